"""Keyword stuffing: a passage that is mostly bare term lists or questions is not evidence for anything.

Why: a case file can list every place and topic word ("淄博、定西、桐庐、…、补助、标准、模式。"); such a
"sentence" covers any question's terms, so BM25, character n-grams and the sentence re-ranker all rate it
highly, and it also makes every place look mentioned by the corpus. Real case prose has lists too
("师资共享、学生共育、资源共建、责任共担"), but short ones inside sentences: over the whole bundled corpus no
passage has a single sentence with 8 or more items averaging 4 characters or less. Such passages are
demoted below every real passage, never get a place boost and never make an unknown place "known".
The same holds for questions: a file that copies the questions users ask ("…有哪几种模式?") matches them
perfectly but states nothing; the bundled corpus has two question sentences in 10 files.
"""

from __future__ import annotations

import re
from functools import lru_cache

_SENTENCE_RE = re.compile(r"[^。!?!?\n]+[。!?!?]?")
_ITEM_SEP_RE = re.compile(r"[、,,;;/|\s]+")
MIN_ITEMS = 8  # items in one sentence before it counts as a bare list
MAX_MEAN_ITEM_CHARS = 4.0
MAX_LIST_SHARE = 0.5  # share of a passage's characters in such lists before the passage is demoted


def list_share(text: str) -> float:
    """Share of the text's characters that sit in sentences which are bare lists of short terms, or questions."""
    total = listy = 0
    for m in _SENTENCE_RE.finditer(text):
        sentence = m.group(0).strip()
        if not sentence:
            continue
        total += len(sentence)
        if sentence[-1] in "??":
            listy += len(sentence)
            continue
        items = [x for x in _ITEM_SEP_RE.split(sentence.rstrip("。!!")) if x]
        if len(items) >= MIN_ITEMS and sum(map(len, items)) / len(items) <= MAX_MEAN_ITEM_CHARS:
            listy += len(sentence)
    return listy / total if total else 0.0


@lru_cache(maxsize=8192)
def is_keyword_list(text: str) -> bool:
    """True for a passage made mostly of term lists: kept retrievable, but never ranked above real text."""
    return list_share(text) > MAX_LIST_SHARE
