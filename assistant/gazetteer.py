"""Place names per case, and teaching them to jieba: the llama-index "keyword table" of this project.

Why a module of its own: which case a question names decides filtering, boosting and abstention, and
the same names must split alike in documents and questions, so jieba learns them before tokenising.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from index.clean import normalize
from index.schema import Chunk

from . import lexical_cache
from .text import add_words

_PLACE_SUFFIXES = ("自治县", "新区", "市", "县", "区", "省")


@dataclass
class Gazetteer:
    """Place aliases per case, from the case metadata (淄博市 -> 淄博, 杭州市上城区 -> 上城)."""

    aliases: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def from_chunks(cls, chunks: list[Chunk]) -> "Gazetteer":
        aliases: dict[str, set[str]] = {}
        for c in chunks:
            if c.case_id in aliases:
                continue
            names = {a for a in c.aliases.split("|") if a}
            if c.kind == "case":  # a reference document is named only by its aliases
                names.add(c.name)
                for suffix in _PLACE_SUFFIXES:
                    if c.name.endswith(suffix) and len(c.name) - len(suffix) >= 2:
                        names.add(c.name[: -len(suffix)])
            if names:
                aliases[c.case_id] = {n for n in names if len(n) >= 2}
        return cls(aliases)

    def named_cases(self, question: str) -> list[str]:
        q = normalize(question)
        return [cid for cid, names in self.aliases.items() if any(n in q for n in names)]

    def to_json(self) -> dict[str, list[str]]:
        return {cid: sorted(names) for cid, names in self.aliases.items()}

    @classmethod
    def from_json(cls, doc: object) -> "Gazetteer":
        if not isinstance(doc, dict) or not all(
            isinstance(k, str) and isinstance(v, list) and all(isinstance(n, str) for n in v) for k, v in doc.items()
        ):
            raise lexical_cache.CacheError("gazetteer is not a map of name lists")
        return cls({k: set(v) for k, v in doc.items()})


def teach_jieba(chunks: list[Chunk], gazetteer: Gazetteer) -> None:
    """Case names as place words (ns), reference aliases as other proper nouns (nz)."""
    kinds = {c.case_id: c.kind for c in chunks}
    add_words({n for cid, names in gazetteer.aliases.items() if kinds[cid] == "case" for n in names})
    add_words({n for cid, names in gazetteer.aliases.items() if kinds[cid] != "case" for n in names}, tag="nz")
