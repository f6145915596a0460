"""Sentence choice beyond the words a question shares with the corpus: English questions, and the order of Chinese
answers.

Why: an English question reaches the Chinese sentences through word-by-word dictionary glosses (`english.py`),
which miss how the documents word things ("root" vs 根本, "grounded in" vs 基于真实情境). Sentences are scored
by those glosses (`sentences.score_units`); this module adds what the glosses cannot say by themselves:

- the compounds the question's neighbouring words make in the corpus' own writing (教育发展 for "educational
  development"), preferred where a sentence states them;
- the meaning of the question and of the best-scored sentences, by the multilingual dense model the index
  already uses for retrieval (multilingual-e5 embeds English and Chinese in one space). Only the few best
  sentences are embedded, once each: their vectors are cached by text with the passages' (index/embed.py).

Chinese questions use meaning in two places. The sentences' vectors are those the build cached
(`sentence_vectors.py`); the question's is the one dense retrieval embedded (`HybridRetriever.query_vector`), or,
when the question names where to look (a place, a document), that of what it asks without those words
(`intent.meaning_text`): one more short query embedding, started beside retrieval (`Assistant.context`) and read
when first needed:

- judging the evidence (`rerank`), only for a question holding a topic word the corpus never uses (盘子, 毛病,
  搭班子), only among the units near the best lexical score: the abstention rules were calibrated on that order;
- the order an answer quotes its sentences in (`answer_order`), for every Chinese question but a comparison, over
  the 20 best units, unless most of them have no vector yet (the build is still embedding the sentences).

Both return re-scored copies: the units they are given keep their scores.
"""

from __future__ import annotations

import logging

import threading
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

import numpy as np

from index.clean import normalize
from index.embed import EmbeddingCache, embed_with_cache
from index.errors import AssistantError

from .intent import QueryIntent, meaning_text
from .order_weights import order_score, order_weights
from .sentence_vectors import SentenceVectors
from .sentences import W_ANCHOR, TermWeights, Unit

if TYPE_CHECKING:
    from .retrieve import PendingVector

W_PHRASE = 0.3  # a sentence stating all the question's compounds (share of them stated, scaled)
# Score per unit of cosine similarity below the closest sentence's. Similarities of one question's candidate
# sentences spread over ~0.05-0.1, so a sentence far from the question's meaning loses about what a missing
# topic word costs (dev-calibrated on the English items of gen/gen2/gen3/gen4/gen5 dev).
W_MEANING = 10.0
MEANING_POOL = 12  # best-scored sentences compared by meaning (each costs one embedding, ~40 ms, when not cached)
# Judging a Chinese question holding a topic word the corpus never uses (`rerank`): the units within MEANING_MARGIN
# of the best lexical score are re-scored by W_MEANING_ZH per unit of cosine below the closest of them; the units
# outside the margin lose as much as the farthest of them, so they keep their order below. Lower than for English
# because the corpus words the question does share still count. Dev-calibrated on gen–gen9 dev (sixth session).
W_MEANING_ZH = 4.0
MEANING_MARGIN = 0.1

# The order a Chinese question's sentences are quoted in, once the evidence has been judged (`answer_order`): its 20
# best-scored units re-scored from their parts by the fitted weights of `order_weights`, meaning among them (its own
# fitted weight, 2.97 per unit of cosine, replacing W_MEANING_ZH here since the ninth session). The pool of 20 was
# chosen in the eighth session (a pool of 20 at weight 4 put the answering unit first for 0.590 -> 0.644 of the items
# tuned on, 0.562 -> 0.598 of the held-out splits of gen4, gen6-gen10); applied before judging, the same shift cost
# answerable items (false abstention 0.07 -> 0.08), so judging keeps its order.
MEANING_POOL_ZH = 20
# Units of the pool without a vector above which the quoting order is not set by meaning: the build is still
# embedding the sentences. A few always lack one (a body clipped mid-sentence, a caption) and count as the farthest.
MISSING_SHARE = 0.5

Similarity = Callable[[list[str]], np.ndarray]

log = logging.getLogger(__name__)


def rerank(intent: QueryIntent, scored: list[Unit], similarity: Similarity | None = None,
           weights: TermWeights | None = None) -> list[Unit]:
    """The units, best first, as the evidence is judged: an English question's re-scored by compounds and meaning, a
    Chinese one's by meaning when it holds a topic word the corpus never uses (`weights` tell) and a similarity is
    given; otherwise as they are. Re-scored units are copies."""
    if not scored:
        return scored
    if intent.language != "en":
        unknown = weights is not None and any(weights.unknown(t) for t in intent.topic_terms)
        if similarity is None or not unknown:
            return scored
        top = scored[0].score
        return _judged(_by_meaning(scored, sum(u.score >= top - MEANING_MARGIN for u in scored), similarity, W_MEANING_ZH))
    if intent.phrases:
        scored = [replace(u, score=u.score + W_PHRASE * sum(p in normalize(u.text) for p in intent.phrases) / len(intent.phrases))
                  for u in scored]
        scored = sorted(scored, key=lambda u: -u.score)
    if similarity is not None:
        scored = _by_meaning(scored, MEANING_POOL, similarity, W_MEANING)
    return _judged(scored)


def _judged(units: list[Unit] | None) -> list[Unit]:
    """The re-scored units, their new score recorded as the one the evidence is judged on (`Unit.judged`): judging
    uses this order, so the context an answer adds is weighed on it too."""
    return [replace(u, judged=u.score) for u in units or []]


def answer_order(intent: QueryIntent, scored: list[Unit], similarity: Similarity | None) -> list[Unit] | None:
    """The order a Chinese question's units are quoted in (see MEANING_POOL_ZH): `scored`, the units as the words
    scored them (before `rerank`), re-scored by meaning. None, to quote in the judged order, for an English question
    (`rerank` has used meaning already), without a similarity, while the sentences are still being embedded (more
    than MISSING_SHARE of the pool without a vector), and for a comparison or a question across places: each
    place's row answers the aspect for that place, and even without the places' names (`intent.meaning_text`) the
    question's meaning chose no better rows when tried (tenth session: 6 answers gained, 6 lost)."""
    if intent.language == "en" or similarity is None or not scored or intent.comparative or intent.across:
        return None
    weights = order_weights()
    # (a follow-up about what was said, "这么做图的是啥?", is answered beside its source: that holds for the quoting
    # order of a sentence answer as for judging, `score_units`; the fitted weight of `anchored` is an average over all
    # follow-ups; a list or a broad answer is chosen by the documents' structure, not by this order)
    beside = intent.refers_back and intent.answer_type not in ("list", "overview", "method")
    return _by_meaning(scored, MEANING_POOL_ZH, similarity, weights["meaning"], complete=True,
                       base=lambda u: order_score(u, weights) + W_ANCHOR * (beside and u.anchored))


def nearest(units: list[Unit], n: int = 4) -> list[Unit]:
    """The `n` units closest in meaning to the question, closest first, among those the meaning order compared
    (`Unit.closeness`); none when it compared none."""
    return sorted((u for u in units if u.closeness is not None), key=lambda u: -(u.closeness or 0.0))[:n]


def meaning_first(scored: list[Unit], similarity: Similarity | None) -> list[Unit] | None:
    """The quoting order of a question whose words failed and whose meaning tied it to its place (abstain.py,
    `Verdict.by_meaning`): its 20 best units re-scored with meaning at the English weight (W_MEANING), since the
    coverage their scores hold measures words the question does not share with the documents. None when the
    sentences' meaning cannot be had (the usual order then)."""
    if similarity is None or not scored:
        return None
    return _by_meaning(scored, MEANING_POOL_ZH, similarity, W_MEANING, complete=True)


def _by_meaning(scored: list[Unit], pool: int, similarity: Similarity, weight: float,
                complete: bool = False, base: Callable[[Unit], float] | None = None) -> list[Unit] | None:
    """Copies of `scored` (best first), re-sorted after shifting each unit by `weight` per unit of cosine below the
    closest of the first `pool` (`relative_similarities`). With no `base`, the units after the pool keep their order
    below the compared ones; `base` re-weighs each unit's own score first (the quoting order's fitted weights), and
    the pool is still the first `pool` units as given. When the similarities cannot be had, `complete` leaves nothing
    re-scored (None); otherwise the order stays as it is."""
    found = relative_similarities(similarity, scored, pool, complete)
    if found is None:
        return None if complete else scored
    shifts, compared = found
    base = base or (lambda u: u.score)
    # closeness only where a cosine was had: the units after the pool and those without a vector were not compared
    return sorted((replace(u, score=base(u) + weight * float(d), closeness=float(d) if seen else None)
                   for u, d, seen in zip(scored, shifts, compared)), key=lambda u: -u.score)


def relative_similarities(similarity: Similarity, units: list[Unit], pool: int,
                          complete: bool = False) -> tuple[np.ndarray, np.ndarray] | None:
    """Each unit's cosine to the question minus the closest of the first `pool` units' (<= 0); the farthest of them
    for the units after the pool and for a unit without a vector (NaN); and which units were compared (in the pool,
    with a vector). None when nothing can be compared: the meaning step failed (an embedding or cache fault must not
    fail the answer), no unit of the pool has a vector, or, with `complete`, more than MISSING_SHARE of them lack one
    (the sentences are still being embedded)."""
    head = units[:pool]
    try:
        sims = np.asarray(similarity([u.text for u in head]), dtype=np.float64)
    except Exception as exc:
        log.warning("sentence similarity skipped: %s", exc)
        return None
    if not len(sims) or np.isnan(sims).all() or (complete and np.isnan(sims).mean() > MISSING_SHARE):
        return None
    best, low = float(np.nanmax(sims)), float(np.nanmin(sims))
    rest = len(units) - len(head)
    return (np.concatenate([np.where(np.isnan(sims), low, sims) - best, np.full(rest, low - best)]),
            np.concatenate([~np.isnan(sims), np.zeros(rest, dtype=bool)]))


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

    def for_intent(self, retriever, intent: QueryIntent, pending: PendingVector | None,
                   asked: PendingVector | None = None) -> Similarity | None:
        """The sentence similarity for an English question, or for a Chinese one (by what it asks: `asked`, the
        embedding `embed_asked` started, or the vector dense retrieval embedded), when the dense model is loaded
        and active (else None)."""
        embedder = retriever.embedder
        if embedder is None or not retriever.dense_active.is_set():
            if asked is not None:
                asked.future.cancel()
            return None
        current = self._current
        if current is None or current[0].embedder is not embedder:
            current = self._current = (SentenceMeaning(embedder, self._store), SentenceVectors(embedder.name, self._store))
        english, units = current
        if intent.language == "en":
            return english.for_question(intent.question, pending)
        text = asked.text if asked is not None else meaning_text(intent, retriever.corpus())
        if text == intent.query:  # the question asks all it says: the vector retrieval embedded
            query = retriever.query_vector(intent.query)
            return None if query is None else (lambda texts: units.similarities(query, texts))
        vector: list[np.ndarray] = []

        def similarity(texts: list[str]) -> np.ndarray:
            # resolved on first use, so a failed embedding fails only the meaning step (`relative_similarities`)
            if not vector:
                found = asked.vector_for(text, embedder.embed_query) if asked is not None else retriever.vector_of(text)
                if found is None:
                    raise AssistantError("the asked part of the question has no vector")
                retriever.remember(text, found)
                vector.append(found)
            return units.similarities(vector[0], texts)

        return similarity


def meaning(assistant, intent: QueryIntent, pending: PendingVector | None,
            asked: PendingVector | None = None) -> Similarity | None:
    """`Assistant.meanings.for_intent` with the assistant's retriever."""
    return assistant.meanings.for_intent(assistant.retriever, intent, pending, asked)


def embed_asked(retriever, intent: QueryIntent) -> PendingVector | None:
    """Start embedding what a Chinese question asks (`meaning_text`) in a thread of its own, when it is not the
    query retrieval embeds: the model runs it while Python ranks and scores (the caller picks the moment). Not for
    comparisons and questions across places, whose answers are not ordered by meaning (`answer_order`)."""
    if intent.language == "en" or intent.comparative or intent.across:
        return None
    text = meaning_text(intent, retriever.corpus())
    return retriever.embed_soon(text) if text != intent.query else None
