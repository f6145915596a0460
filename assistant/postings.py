"""Which chunk texts contain a string: candidate chunks from the lexical index's character n-gram postings, then a
substring test on those texts only.

Why (issue 17): the question path asks whether the corpus writes a string (a place no case is named after, 深圳; a
word segmentation split, 县管校/聘; a name a frame word opens, 地方教育研究中心; an English question's compound, 教育发展;
a quoted character), term weighting whether any chunk contains a word the vocabulary lacks, and a drill-down which
chunks hold a quoted sentence. Scanning the corpus text for each (3.1 M characters at 100×) cost 1–4 ms a test and
grows with the corpus. The character 1–3-gram matrix of `lexical.LexicalIndex` is column-major: per n-gram, the
chunks holding it. A chunk whose text contains the string holds each of its n-grams, so only the chunks listed under
its rarest n-grams are tested, and the answer is the scan's (tests/test_postings.py checks both on the real corpus).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

import numpy as np

# Rows that may contain a string (every row that does, in increasing order), or None: the index cannot tell.
Candidates = Callable[[str], "np.ndarray | None"]
BATCH = 256


class ChunkTexts:
    """Texts searched for substrings; `texts[i]` is row i of the index `candidates` answers for ("" leaves a row out).

    `extra` is one more text, searched whole on every call and counted as the last one (the regions, a few
    hundred characters per thousand cases). Without `candidates` every text is tested: the plain scan.
    """

    def __init__(self, texts: Sequence[str], candidates: Candidates | None = None, extra: str = "") -> None:
        self._texts = texts
        self._candidates = candidates
        self._extra = extra

    def __len__(self) -> int:
        return len(self._texts) + bool(self._extra)

    def _rows(self, term: str, below: int | None = None) -> Iterator[int]:
        rows = self._candidates(term) if self._candidates is not None else None
        end = len(self._texts) if below is None else min(below, len(self._texts))
        if rows is None:
            yield from range(end)
            return
        for at in range(0, rows.size, BATCH):  # converted a batch at a time: `contains` often stops at the first
            for i in rows[at:at + BATCH].tolist():
                if i >= end:
                    return
                yield i

    def containing(self, term: str, below: int | None = None) -> list[int]:
        """Indexes of the texts containing `term`, in order (the extra text's is `len(texts)`); `below` keeps
        only texts before that index (and leaves the extra text out). Same as a loop over every text."""
        out = [i for i in self._rows(term, below) if term in self._texts[i]]
        if self._extra and below is None and term in self._extra:
            out.append(len(self._texts))
        return out

    def contains(self, term: str, below: int | None = None) -> bool:
        """Does any text contain `term`?"""
        return any(term in self._texts[i] for i in self._rows(term, below)) or (
            below is None and bool(self._extra) and term in self._extra)

    def count(self, term: str, below: int | None = None) -> int:
        """Number of texts containing `term`."""
        return len(self.containing(term, below))

    def occurrences(self, term: str) -> Iterator[tuple[str, int]]:
        """(text, start) of every non-overlapping occurrence of `term`, in text order (as `re.finditer` over the texts
        joined would find them, none spanning two texts)."""
        step = max(len(term), 1)
        for i in self._rows(term):
            yield from _found(self._texts[i], term, step)
        if self._extra:
            yield from _found(self._extra, term, step)

    def search(self, pattern: re.Pattern[str], required: str) -> bool:
        """Does `pattern` match in a text? Only texts containing `required` (a string every match holds) are tried."""
        return any(pattern.search(self._texts[i]) for i in self._rows(required) if required in self._texts[i]) or (
            bool(self._extra) and pattern.search(self._extra) is not None)


def _found(text: str, term: str, step: int) -> Iterator[tuple[str, int]]:
    pos = text.find(term)
    while pos >= 0:
        yield text, pos
        pos = text.find(term, pos + step)
