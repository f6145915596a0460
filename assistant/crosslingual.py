"""Sentence choice for English questions, beyond the dictionary's single words.

Why: an English question reaches the Chinese sentences through word-by-word dictionary glosses (`english.py`),
which miss how the documents word things ("root" vs 根本, "grounded in" vs 基于真实情境). Sentences are scored
by those glosses (`sentences.score_units`); this module adds what the glosses cannot say by themselves:

- the compounds the question's neighbouring words make in the corpus' own writing (教育发展 for "educational
  development"), preferred where a sentence states them;
- the meaning of the question and of the best-scored sentences, by the multilingual dense model the index
  already uses for retrieval (multilingual-e5 embeds English and Chinese in one space). Only the few best
  sentences are embedded, once each: their vectors are cached by text with the passages' (index/embed.py).
"""

from __future__ import annotations

import logging

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np

from index.clean import normalize
from index.embed import EmbeddingCache, embed_with_cache

from .intent import QueryIntent
from .sentences import Unit

if TYPE_CHECKING:
    from .retrieve import PendingVector

W_PHRASE = 0.3  # a sentence stating all the question's compounds (share of them stated, scaled)
# Score per unit of cosine similarity below the closest sentence's. Similarities of one question's candidate
# sentences spread over ~0.05-0.1, so a sentence far from the question's meaning loses about what a missing
# topic word costs (dev-calibrated on the English items of gen/gen2/gen3/gen4/gen5 dev).
W_MEANING = 10.0
MEANING_POOL = 12  # best-scored sentences compared by meaning (each costs one embedding, ~40 ms, when not cached)

Similarity = Callable[[list[str]], np.ndarray]

log = logging.getLogger(__name__)


def rerank(intent: QueryIntent, scored: list[Unit], similarity: Similarity | None = None) -> list[Unit]:
    """The units re-scored for an English question, best first (a Chinese question's units are returned as they are)."""
    if intent.language != "en" or not scored:
        return scored
    if intent.phrases:
        for u in scored:
            text = normalize(u.text)
            u.score += W_PHRASE * sum(p in text for p in intent.phrases) / len(intent.phrases)
        scored = sorted(scored, key=lambda u: -u.score)
    if similarity is not None:
        pool = scored[:MEANING_POOL]
        try:
            sims = similarity([u.text for u in pool])
        except Exception as exc:  # the meaning step only re-ranks: an embedding or cache fault must not fail the answer
            log.warning("sentence similarity skipped: %s", exc)
            return scored
        best = float(sims.max())
        for u, s in zip(pool, sims):
            u.score += W_MEANING * (float(s) - best)
        for u in scored[MEANING_POOL:]:  # not compared: as far as the farthest compared one
            u.score += W_MEANING * (float(sims.min()) - best)
        scored = sorted(scored, key=lambda u: -u.score)
    return scored


class SentenceMeaning:
    """Similarity of sentences to a question by the dense embedder, sentence vectors cached by text."""

    def __init__(self, embedder, cache_path) -> None:
        self.embedder = embedder
        self.cache_path = cache_path
        self._cache: EmbeddingCache | None = None
        self._lock = threading.Lock()

    def _store(self) -> EmbeddingCache:
        with self._lock:
            if self._cache is None:
                self._cache = EmbeddingCache(self.cache_path)
            return self._cache

    def for_question(self, question: str, pending: PendingVector | None) -> Similarity:
        """A function of sentence texts -> cosine similarities to `question` (its vector embedded once, or the one
        retrieval embedded ahead)."""
        vector: list[np.ndarray] = []

        def similarity(texts: list[str]) -> np.ndarray:
            if not vector:
                embed = self.embedder.embed_query
                vector.append(pending.vector_for(question, embed) if pending is not None else embed(question))
            vectors, _ = embed_with_cache(self.embedder, self._store(), texts)
            return vectors @ np.asarray(vector[0], dtype=np.float32)

        return similarity


class Meanings:
    """The assistant's one `SentenceMeaning`, made when first needed for the embedder the retriever has then."""

    def __init__(self, cache_path) -> None:
        self.cache_path = cache_path
        self._current: SentenceMeaning | None = None

    def for_intent(self, retriever, intent: QueryIntent, pending: PendingVector | None) -> Similarity | None:
        """The sentence similarity for an English question, when the dense model is loaded and active (else None)."""
        if intent.language != "en" or retriever.embedder is None or not retriever.dense_active.is_set():
            return None
        if self._current is None or self._current.embedder is not retriever.embedder:
            self._current = SentenceMeaning(retriever.embedder, self.cache_path)
        return self._current.for_question(intent.question, pending)


def meaning(assistant, intent: QueryIntent, pending: PendingVector | None) -> Similarity | None:
    """`Assistant.meanings.for_intent` with the assistant's retriever."""
    return assistant.meanings.for_intent(assistant.retriever, intent, pending)
