"""Sentence choice for English questions, beyond the dictionary's single words.

Why: an English question reaches the Chinese sentences through word-by-word dictionary glosses (`english.py`),
which miss how the documents word things. Sentences are scored by those glosses (`sentences.score_units`); this
module adds what the glosses cannot say by themselves: the compounds the question's neighbouring words make in
the corpus' own writing (教育发展 for "educational development"), preferred where a sentence states them.
"""

from __future__ import annotations

from index.clean import normalize

from .intent import QueryIntent
from .sentences import Unit

W_PHRASE = 0.3  # a sentence stating all the question's compounds (share of them stated, scaled)


def rerank(intent: QueryIntent, scored: list[Unit]) -> list[Unit]:
    """The units re-scored for an English question, best first (a Chinese question's units are returned as they are)."""
    if intent.language != "en" or not intent.phrases:
        return scored
    for u in scored:
        text = normalize(u.text)
        u.score += W_PHRASE * sum(p in text for p in intent.phrases) / len(intent.phrases)
    return sorted(scored, key=lambda u: -u.score)
