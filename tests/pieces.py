"""Small hand-made chunks for the retrieval pieces' own tests (lexical index, gazetteer, post-processors)."""

from __future__ import annotations

from index.schema import Chunk


def chunk(chunk_id: str, case_id: str, text: str, *, name: str = "", kind: str = "case", heading: str = "概述",
          aliases: str = "", start: int = 0) -> Chunk:
    """A chunk whose span invariant holds for its own text (start..start+len)."""
    return Chunk(chunk_id=chunk_id, case_id=case_id, name=name or case_id, title=f"{name or case_id}案例", kind=kind,
                 region=name or case_id, source=f"cases/{case_id}.md", heading=heading, aliases=aliases,
                 start=start, end=start + len(text), text=text)
