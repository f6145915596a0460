"""Page numbers for offsets: a case records where each page of its original starts (PDF imports).

Why its own module: a chunk carries only the page it starts on and the page starts inside it (Chroma
metadata holds scalars), and a citation's page is looked up from those at citation time, in one place.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from .schema import Case, Chunk


def page_at(page_starts: Sequence[int], pos: int) -> int:
    """1-based page holding absolute offset `pos`; 0 when the document has no pages."""
    if not page_starts:
        return 0
    return max(1, bisect_right(page_starts, pos))


def chunk_pages(case: Case, start: int, end: int) -> dict[str, int | str]:
    """The Chunk fields for span [start, end): its first page and the page starts strictly inside it."""
    if not case.page_starts:
        return {"page": 0, "page_starts": ""}
    inside = [p for p in case.page_starts if start < p < end]
    return {"page": page_at(case.page_starts, start), "page_starts": ",".join(map(str, inside))}


def page_of(chunk: Chunk, pos: int) -> int | None:
    """1-based page of absolute offset `pos` inside `chunk`, or None for a case without pages."""
    if not chunk.page:
        return None
    inside = [int(p) for p in chunk.page_starts.split(",") if p]
    return chunk.page + sum(1 for p in inside if p <= pos)
