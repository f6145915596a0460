"""Sentence choice beyond the words a question shares with the corpus: English questions, and Chinese ones worded
in words the corpus never uses.

Why: an English question reaches the Chinese sentences through word-by-word dictionary glosses (`english.py`),
which miss how the documents word things ("root" vs 根本, "grounded in" vs 基于真实情境). Sentences are scored
by those glosses (`sentences.score_units`); this module adds what the glosses cannot say by themselves:

- the compounds the question's neighbouring words make in the corpus' own writing (教育发展 for "educational
  development"), preferred where a sentence states them;
- the meaning of the question and of the best-scored sentences, by the multilingual dense model the index
  already uses for retrieval (multilingual-e5 embeds English and Chinese in one space). Only the few best
  sentences are embedded, once each: their vectors are cached by text with the passages' (index/embed.py).

The same principle serves a Chinese question holding a topic word the corpus never uses (盘子, 毛病, 搭班子): meaning
fills in where the question's words cannot be matched lexically. There it costs no embedding at all: the question's
vector is the one dense retrieval embedded (`HybridRetriever.query_vector`), the sentences' are those the build
cached (`sentence_vectors.py`).
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
from .sentence_vectors import SentenceVectors
from .sentences import Unit

if TYPE_CHECKING:
    from .retrieve import PendingVector

W_PHRASE = 0.3  # a sentence stating all the question's compounds (share of them stated, scaled)
# Score per unit of cosine similarity below the closest sentence's. Similarities of one question's candidate
# sentences spread over ~0.05-0.1, so a sentence far from the question's meaning loses about what a missing
# topic word costs (dev-calibrated on the English items of gen/gen2/gen3/gen4/gen5 dev).
W_MEANING = 10.0
MEANING_POOL = 12  # best-scored sentences compared by meaning (each costs one embedding, ~40 ms, when not cached)
# A Chinese question holding a topic word the corpus never uses: the units within MEANING_MARGIN of the best lexical
# score are re-scored by W_MEANING_ZH per unit of cosine below the closest of them; the units outside the margin lose
# as much as the farthest of them, so they keep their order below. Lower than for English because the corpus words
# the question does share still count, and the margin keeps strong lexical choices (weight 10 and a fixed pool of
# 12 overturned good ones). Dev-calibrated on gen–gen9 dev; over gen, gen2, gen3, gen5 (both splits) and gen4,
# gen6-gen9 (dev) it gains 7 answers and loses 4 (contains), and changes nothing on gen10 dev.
W_MEANING_ZH = 4.0
MEANING_MARGIN = 0.1

# The order a Chinese question's sentences are quoted in, once the evidence has been judged: its 20 best-scored
# units re-scored by W_MEANING_ZH per unit of cosine below the closest of them (the units after lose as much as the
# farthest). Measured on the unit stating each answerable item's fact (925 items of gen-gen10), meaning helps
# questions worded in the corpus' own words as much as colloquial ones: the fact's sentence comes first for 0.590 ->
# 0.644 of the tuning items and 0.562 -> 0.598 of the held-out splits not tuned on (gen4, gen6-gen10), 0.579 -> 0.654
# of those without a word the corpus never uses. The abstention rules keep the order they were calibrated on
# (`rerank`): applied before judging, the same shift cost answerable items (false abstention 0.07 -> 0.08).
MEANING_POOL_ZH = 20

Similarity = Callable[[list[str]], np.ndarray]

log = logging.getLogger(__name__)


def rerank(intent: QueryIntent, scored: list[Unit], similarity: Similarity | None = None, unknown: bool = False) -> list[Unit]:
    """The units re-scored, best first, for judging the evidence: an English question's by compounds and meaning, a
    Chinese one's by meaning when it holds a word the corpus never uses (`unknown`) and a similarity is given;
    otherwise the units as they are."""
    if not scored:
        return scored
    if intent.language != "en":
        return _by_meaning_within_margin(scored, similarity) if similarity is not None and unknown else scored
    if intent.phrases:
        for u in scored:
            text = normalize(u.text)
            u.score += W_PHRASE * sum(p in text for p in intent.phrases) / len(intent.phrases)
        scored = sorted(scored, key=lambda u: -u.score)
    if similarity is not None:
        scored = _by_meaning(scored, scored[:MEANING_POOL], similarity, W_MEANING)
    return scored


def answer_order(intent: QueryIntent, lexical: list[Unit], similarity: Similarity | None) -> list[Unit] | None:
    """The order a Chinese question's units are quoted in (see MEANING_POOL_ZH): the lexically scored units
    (`lexical`, best first: copies the judged ones, which `rerank` may have re-scored, do not share) re-scored by
    meaning in place. None, to quote in the judged
    order, for an English question (`rerank` has used meaning already), without a similarity, and for a comparison:
    each place's row answers the aspect for that place, and the meaning of the whole question, which names every
    place, is no guide to one place's sentence."""
    if intent.language == "en" or similarity is None or not lexical or intent.comparative or intent.across:
        return None
    return _by_meaning(lexical, lexical[:MEANING_POOL_ZH], similarity, W_MEANING_ZH)


def _by_meaning_within_margin(scored: list[Unit], similarity: Similarity) -> list[Unit]:
    """`scored` (best first) with the units near the best lexical score re-scored by meaning (see W_MEANING_ZH)."""
    top = scored[0].score
    return _by_meaning(scored, [u for u in scored if u.score >= top - MEANING_MARGIN], similarity, W_MEANING_ZH)


def _by_meaning(scored: list[Unit], pool: list[Unit], similarity: Similarity, weight: float) -> list[Unit]:
    """`scored` (best first; `pool` is its head) re-sorted after shifting each pooled unit by `weight` per unit of
    cosine below the closest pooled one, and every unit after the pool by as much as the farthest (not compared:
    they keep their order below). A unit without a vector (NaN similarity) counts as the farthest compared one; with
    none compared nothing moves, and a fault of the meaning step leaves the order as it is."""
    try:
        sims = np.asarray(similarity([u.text for u in pool]), dtype=np.float64)
    except Exception as exc:  # the meaning step only re-ranks: an embedding or cache fault must not fail the answer
        log.warning("sentence similarity skipped: %s", exc)
        return scored
    if np.isnan(sims).all():
        return scored
    best, low = float(np.nanmax(sims)), float(np.nanmin(sims))
    sims = np.where(np.isnan(sims), low, sims)
    for u, s in zip(pool, sims):
        u.score += weight * (float(s) - best)
    for u in scored[len(pool):]:
        u.score += weight * (low - best)
    return sorted(scored, key=lambda u: -u.score)


class SentenceMeaning:
    """Similarity of sentences to an English question by the dense embedder, sentence vectors cached by text."""

    def __init__(self, embedder, cache: Callable[[], EmbeddingCache]) -> None:
        self.embedder = embedder
        self._cache = cache

    def for_question(self, question: str, pending: PendingVector | None) -> Similarity:
        """A function of sentence texts -> cosine similarities to `question` (its vector embedded once, or the one
        retrieval embedded ahead)."""
        vector: list[np.ndarray] = []

        def similarity(texts: list[str]) -> np.ndarray:
            if not vector:
                embed = self.embedder.embed_query
                vector.append(pending.vector_for(question, embed) if pending is not None else embed(question))
            vectors, _ = embed_with_cache(self.embedder, self._cache(), texts)
            return vectors @ np.asarray(vector[0], dtype=np.float32)

        return similarity


class Meanings:
    """The assistant's sentence meaning, made when first needed for the embedder the retriever has then: by
    embedding for English questions (`SentenceMeaning`), from the build's sentence vectors for Chinese ones
    (`SentenceVectors`). Both read one embedding cache, opened on first use."""

    def __init__(self, cache_path) -> None:
        self.cache_path = cache_path
        self._cache: EmbeddingCache | None = None
        self._lock = threading.Lock()
        self._current: tuple[SentenceMeaning, SentenceVectors] | None = None  # replaced whole: requests run in threads

    def _store(self) -> EmbeddingCache:
        with self._lock:
            if self._cache is None:
                self._cache = EmbeddingCache(self.cache_path)
            return self._cache

    def for_intent(self, retriever, intent: QueryIntent, pending: PendingVector | None) -> Similarity | None:
        """The sentence similarity for an English question, or for a Chinese one whose vector dense retrieval has
        embedded, when the dense model is loaded and active (else None)."""
        embedder = retriever.embedder
        if embedder is None or not retriever.dense_active.is_set():
            return None
        current = self._current
        if current is None or current[0].embedder is not embedder:
            current = self._current = (SentenceMeaning(embedder, self._store), SentenceVectors(embedder.name, self._store))
        english, units = current
        if intent.language == "en":
            return english.for_question(intent.question, pending)
        query = retriever.query_vector(intent.query)
        if query is None:
            return None
        return lambda texts: units.similarities(query, texts)


def meaning(assistant, intent: QueryIntent, pending: PendingVector | None) -> Similarity | None:
    """`Assistant.meanings.for_intent` with the assistant's retriever."""
    return assistant.meanings.for_intent(assistant.retriever, intent, pending)
