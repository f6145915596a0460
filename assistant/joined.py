"""Chunk texts joined into one string, so "which chunks contain this string" is one C-speed scan.

Why: a drill-down asked `key in c.text` of every chunk for each quoted sentence: 7.8 ms per key at 100×
(8,495 chunks), ten times that at 1,000×. `str.find` over the joined text finds the same chunks, in the same
order, in 1.0 ms. Measured and not used for short terms (TermWeights' containment fallback): there the scan
itself dominates and joining gains nothing (1.7 vs 2.8 ms for an absent 6-character term over 5,000 chunks).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

SEP = "\x00"  # never in normalised text, so a match never spans two chunks


class JoinedTexts:
    def __init__(self, texts: Sequence[str]) -> None:
        self._texts = list(texts)
        self._starts: list[int] = []
        at = 0
        for t in self._texts:
            self._starts.append(at)
            at += len(t) + 1
        self._joined = SEP.join(self._texts)

    def __len__(self) -> int:
        return len(self._texts)

    def contains(self, term: str) -> bool:
        """Does any text contain `term` (same as `any(term in t for t in texts)`)?"""
        if not self._texts:
            return False
        if SEP in term:
            return any(term in t for t in self._texts)
        return term in self._joined

    def containing(self, term: str) -> list[int]:
        """Indexes of the texts containing `term`, in order (same as `[i for i, t in enumerate(texts) if term in t]`)."""
        if not term or SEP in term:
            return [i for i, t in enumerate(self._texts) if term in t]
        out: list[int] = []
        pos = self._joined.find(term)
        while pos >= 0:
            i = bisect_right(self._starts, pos) - 1
            out.append(i)
            if i + 1 >= len(self._starts):
                break
            pos = self._joined.find(term, self._starts[i + 1])
        return out

    def count(self, term: str) -> int:
        """Number of texts containing `term`."""
        return len(self.containing(term))
