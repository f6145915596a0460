"""Hybrid retrieval: jieba-word BM25 + character 1-3-gram TF-IDF + dense vectors in Chroma, fused by weighted RRF.

Lexical indexes live in memory, built from the chunk texts in Chroma and rebuilt when another build
(this process or another one sharing the server) bumps the store's generation.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from scipy import sparse

from index.build import index_text
from index.chunk import sentence_spans
from index.clean import normalize
from index.embed import Embedder
from index.errors import AssistantError, StoreError
from index.schema import Chunk
from index.settings import RetrievalSettings
from index.store import ChromaStore

from . import lexical_cache
from .schema import Passage
from .stuffing import is_keyword_list
from .text import add_words, bigrams, place_tags, strip_question, words

if TYPE_CHECKING:
    from .intent import Corpus, QueryIntent
    from .outline import CaseOutline
    from .sentences import TermWeights

log = logging.getLogger(__name__)
RANKERS = ("words", "chars", "dense")
LEXICAL_VERSION = "2"  # bump when LexicalIndex or the tokenisation changes: old caches are then ignored
_PLACE_SUFFIXES = ("自治县", "新区", "市", "县", "区", "省")
# Lexical work per request is bounded: longer questions are pasted text whose head carries the topic
# (a 2,000-character question would otherwise be 2,000 jieba terms and ~6,000 character n-grams per ranker).
MAX_QUERY_CHARS = 256


@dataclass
class Filters:
    """Resolved filters: the case ids allowed (None = all) and the kind wanted."""

    case_ids: set[str] | None = None
    kind: str | None = None


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


class LexicalIndex:
    """Two sparse matrices over the same chunks: BM25 on jieba words and TF-IDF on character n-grams."""

    def __init__(self, chunks: list[Chunk], k1: float = 1.5, b: float = 0.75) -> None:
        from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

        self.chunks = chunks
        self.row = {c.chunk_id: i for i, c in enumerate(chunks)}
        self.case_of = np.array([c.case_id for c in chunks])
        self.kind_of = np.array([c.kind for c in chunks])
        docs = [normalize(index_text(c)) for c in chunks] or ["空"]  # vectorizers refuse an empty corpus
        self._words = CountVectorizer(analyzer=words)
        tf = self._words.fit_transform(docs).tocsr().astype(np.float32)
        dl = np.asarray(tf.sum(axis=1)).ravel()
        avgdl = dl.mean() if len(dl) else 1.0
        df = np.bincount(tf.indices, minlength=tf.shape[1])
        idf = np.log(1 + (tf.shape[0] - df + 0.5) / (df + 0.5)).astype(np.float32)
        norm = k1 * (1 - b + b * dl / max(avgdl, 1e-9))
        tf.data = tf.data * (k1 + 1) / (tf.data + np.repeat(norm, np.diff(tf.indptr)))
        self._bm25 = (tf @ sparse.diags(idf)).tocsc()
        self._chars = TfidfVectorizer(analyzer="char", ngram_range=(1, 3), sublinear_tf=True, min_df=1)
        self._char_matrix = self._chars.fit_transform(docs).tocsr()

    def to_cache(self) -> tuple[dict[str, np.ndarray | sparse.spmatrix], dict]:
        """Arrays and a JSON document that `from_cache` turns back into this index (no pickle, see lexical_cache)."""
        arrays = {"bm25": self._bm25, "chars": self._char_matrix, "idf": np.asarray(self._chars.idf_)}
        doc = {
            "chunks": [c.model_dump() for c in self.chunks],
            "words": sorted(self._words.vocabulary_, key=self._words.vocabulary_.__getitem__),
            "chars": sorted(self._chars.vocabulary_, key=self._chars.vocabulary_.__getitem__),
        }
        return arrays, doc

    @classmethod
    def from_cache(cls, arrays: dict, doc: dict) -> "LexicalIndex":
        """The inverse of `to_cache`, checking every size so a crafted file cannot index out of bounds."""
        from pydantic import ValidationError
        from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

        try:
            chunks = [Chunk.model_validate(c) for c in doc["chunks"]]
            vocab_words, vocab_chars = list(doc["words"]), list(doc["chars"])
            bm25, chars, idf = arrays["bm25"].tocsc(), arrays["chars"].tocsr(), np.asarray(arrays["idf"], dtype=np.float64)
        except (KeyError, TypeError, AttributeError, ValidationError) as exc:
            raise lexical_cache.CacheError(f"lexical index incomplete ({exc.__class__.__name__})") from exc
        rows = max(len(chunks), 1)  # an empty index holds one placeholder document
        for vocab in (vocab_words, vocab_chars):
            if not all(isinstance(t, str) for t in vocab) or len(set(vocab)) != len(vocab):
                raise lexical_cache.CacheError("vocabulary is not a list of distinct terms")
        if bm25.shape != (rows, len(vocab_words)) or chars.shape != (rows, len(vocab_chars)) or idf.shape != (len(vocab_chars),):
            raise lexical_cache.CacheError("matrix sizes do not match the chunks and vocabularies")
        self = cls.__new__(cls)
        self.chunks = chunks
        self.row = {c.chunk_id: i for i, c in enumerate(chunks)}
        self.case_of = np.array([c.case_id for c in chunks])
        self.kind_of = np.array([c.kind for c in chunks])
        self._words = CountVectorizer(analyzer=words)
        self._words.vocabulary_ = {t: i for i, t in enumerate(vocab_words)}
        self._bm25 = bm25
        self._chars = TfidfVectorizer(analyzer="char", ngram_range=(1, 3), sublinear_tf=True, min_df=1,
                                      vocabulary={t: i for i, t in enumerate(vocab_chars)})
        self._chars.idf_ = idf
        self._char_matrix = chars
        return self

    def scores_words(self, query: str) -> np.ndarray:
        if not self.chunks:
            return np.zeros(0, dtype=np.float32)
        vocab = self._words.vocabulary_
        cols = sorted({vocab[w] for w in words(query) if w in vocab})
        if not cols:
            return np.zeros(len(self.chunks), dtype=np.float32)
        return np.asarray(self._bm25[:, cols].sum(axis=1)).ravel()

    def scores_terms(self, terms: list[tuple[str, float]]) -> np.ndarray:
        """BM25 of weighted query words (the user's words at 1.0, their synonyms lower)."""
        if not self.chunks:
            return np.zeros(0, dtype=np.float32)
        vocab = self._words.vocabulary_
        cols: dict[int, float] = {}
        for term, weight in terms:
            for w in words(term):
                if w in vocab and len(w) >= 2 or w == term and w in vocab:
                    cols[vocab[w]] = max(cols.get(vocab[w], 0.0), weight)
        if not cols:
            return np.zeros(len(self.chunks), dtype=np.float32)
        idx = sorted(cols)
        weights = np.array([cols[i] for i in idx], dtype=np.float32)
        return np.asarray(self._bm25[:, idx] @ weights).ravel()

    def scores_chars(self, query: str) -> np.ndarray:
        if not self.chunks:
            return np.zeros(0, dtype=np.float32)
        q = self._chars.transform([normalize(query)])
        return np.asarray((self._char_matrix @ q.T).todense()).ravel()


def _ranked(scores: np.ndarray, mask: np.ndarray | None, depth: int) -> list[int]:
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    positive = np.flatnonzero(scores > 0)
    if positive.size == 0:
        return []
    take = positive[np.argsort(-scores[positive], kind="stable")[:depth]]
    return take.tolist()


def _teach_jieba(chunks: list[Chunk], gazetteer: Gazetteer) -> None:
    """Case names as place words (ns), reference aliases as other proper nouns (nz)."""
    kinds = {c.case_id: c.kind for c in chunks}
    add_words({n for cid, names in gazetteer.aliases.items() if kinds[cid] == "case" for n in names})
    add_words({n for cid, names in gazetteer.aliases.items() if kinds[cid] != "case" for n in names}, tag="nz")


def _prune_lexical_caches(current: Path, keep: int = 3) -> None:
    """Pickles of older versions are never loaded: remove them. Of other states keep the `keep` newest under an hour old."""
    others = []
    for old in current.parent.glob("lexical-*"):
        if old.suffix == ".pkl":
            old.unlink(missing_ok=True)
        elif old != current and old.suffix == ".npz":
            others.append((old.stat().st_mtime, old))
        elif old.suffix.startswith(".tmp") and time.time() - old.stat().st_mtime > 3600:
            old.unlink(missing_ok=True)  # left by a process killed while writing
    others.sort(reverse=True)
    for i, (mtime, old) in enumerate(others):
        if i >= keep or time.time() - mtime > 3600:
            old.unlink(missing_ok=True)


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
        """Build the lexical index, or load it from the local cache made for this exact store state.

        The cache is data only (`lexical_cache`): a crafted or damaged file is refused and rebuilt, never run.
        """
        path = None
        if self.cache_dir is not None:
            state = f"{LEXICAL_VERSION}|{self.store.location}|{self.store.collection_id()}|{gen}|{self.store.count()}"
            path = self.cache_dir / f"lexical-{hashlib.sha1(state.encode()).hexdigest()[:16]}.npz"
            if path.is_file():
                try:
                    arrays, doc = lexical_cache.load(path, state)
                    lexical, gazetteer = LexicalIndex.from_cache(arrays, doc), Gazetteer.from_json(doc.get("gazetteer"))
                    _teach_jieba(lexical.chunks, gazetteer)
                    self.cache_error = ""
                    return lexical, gazetteer
                except (lexical_cache.CacheError, KeyError) as exc:  # a stale, truncated or crafted cache is rebuilt
                    self.cache_error = f"词法索引缓存 {path} 无法使用({exc}),已从向量库重建"
                    log.warning("lexical cache %s refused (%s); rebuilding", path, exc)
        chunks = self.store.all_chunks()
        gazetteer = Gazetteer.from_chunks(chunks)
        _teach_jieba(chunks, gazetteer)  # before tokenising, so documents and questions split names alike
        lexical = LexicalIndex(chunks)
        if path is not None:
            try:
                arrays, doc = lexical.to_cache()
                lexical_cache.save(path, arrays, {**doc, "gazetteer": gazetteer.to_json()}, state)
                _prune_lexical_caches(path)
            except OSError as exc:
                log.warning("cannot write lexical cache %s: %s", path, exc)
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
        known = {c.case_id: c for c in self.chunks}
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
    def rankings(self, query: str, filters: Filters | None = None, depth: int | None = None,
                 intent: "QueryIntent | None" = None, similarities: dict[str, float] | None = None) -> dict[str, list[str]]:
        """Chunk ids ranked by each ranker separately (also what the evals report per retriever).

        With an intent, the word ranker scores the question's topic terms and their synonyms (weighted), the
        character ranker the standalone query, and the dense ranker the question in its own language.
        """
        self.refresh()
        filters = filters or Filters()
        depth = depth or self.settings.candidates
        lexical = self.lexical
        mask = self._mask(filters)
        if intent is not None:
            topic = strip_question(intent.query[:MAX_QUERY_CHARS]) or intent.query[:MAX_QUERY_CHARS]
            weighted = intent.weighted_terms(self.settings.synonym_weight, self.settings.equivalent_weight)
            word_scores = lexical.scores_terms(weighted + [(w, 1.0) for w in words(topic)][:24])
            dense_query = intent.question if intent.language == "en" else intent.query
        else:
            topic = strip_question(query[:MAX_QUERY_CHARS]) or query[:MAX_QUERY_CHARS]
            word_scores = lexical.scores_words(topic)
            dense_query = query
        out = {
            "words": [lexical.chunks[i].chunk_id for i in _ranked(word_scores, mask, depth)],
            "chars": [lexical.chunks[i].chunk_id for i in _ranked(lexical.scores_chars(topic), mask, depth)],
        }
        if self.embedder is not None and self.dense_active.is_set():
            hits = self._dense(dense_query, filters, depth)
            out["dense"] = [cid for cid, _ in hits]
            if similarities is not None:
                similarities.update(hits)
        return out

    def _dense(self, query: str, filters: Filters, depth: int) -> list[tuple[str, float]]:
        clauses = []
        if filters.case_ids is not None:
            clauses.append({"case_id": {"$in": sorted(filters.case_ids)}})
        if filters.kind is not None:
            clauses.append({"kind": filters.kind})
        where = clauses[0] if len(clauses) == 1 else ({"$and": clauses} if clauses else None)
        try:
            vector = self.embedder.embed_query(query)
            hits = self.store.query_vectors(self.embedder.name, self.embedder.dim, vector, depth, where)
        except (StoreError, AssistantError) as exc:
            self.store_error = str(exc)
            return []
        return [(cid, sim) for cid, sim in hits if cid in self.lexical.row]

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
    ) -> list[Passage]:
        filters = self.resolve_filters(case, region, kind)
        top_k = top_k or self.settings.top_k
        if intent is None:  # a bare query (plans, evals, benchmarks) gets the same analysis as a question
            from .intent import analyze

            intent = analyze(query, None, self.corpus())
        query = intent.query
        named = set(intent.places)
        comparative = intent.comparative or intent.across
        sims: dict[str, float] = {}
        rankings = self.rankings(query, filters, intent=intent, similarities=sims)
        fused = self.rerank(query, self.fuse(rankings, named))
        if named and not comparative and len(named) >= 1:
            # A question about one place: its passages first, others still follow.
            fused.sort(key=lambda t: (self.chunks[self.lexical.row[t[0]]].case_id not in named, -t[1]))
        row = self.lexical.row
        # Keyword lists are not evidence: after every real passage, whatever their scores (see stuffing.py).
        fused.sort(key=lambda t: is_keyword_list(self.chunks[row[t[0]]].text))
        if comparative and len(named) != 1:
            fused = self._spread(fused, top_k)
        top = fused[:top_k]
        if len(named) > 1:
            # A comparison of named places: each of them keeps its best passage in the top k.
            present = {self.chunks[row[cid]].case_id for cid, _, _ in top}
            for case_id in named - present:
                best = next((t for t in fused[top_k:] if self.chunks[row[t[0]]].case_id == case_id), None)
                if best is not None:
                    top = top[:-1] + [best] if len(top) >= top_k else top + [best]
        passages = [Passage(chunk=self.chunks[row[cid]], score=score, ranks=r, similarity=sims.get(cid, 0.0)) for cid, score, r in top]
        if intent is not None and intent.focus:
            passages = self._with_focus(passages, intent, filters)
        return passages

    def _with_focus(self, passages: list[Passage], intent: "QueryIntent", filters: Filters) -> list[Passage]:
        """A drill-down searches what the previous answer quoted first: those chunks lead the passages."""
        keys = [normalize(f)[:16] for f in intent.focus if len(f) >= 8]
        places = set(intent.places)
        hits = [c for c in self.chunks if (not places or c.case_id in places) and (filters.case_ids is None or c.case_id in filters.case_ids)
                and any(k in c.text for k in keys)]
        have = {p.chunk.chunk_id for p in passages}
        lead = [Passage(chunk=c, score=passages[0].score if passages else 1.0, ranks={"focus": 1}) for c in hits[:4] if c.chunk_id not in have]
        return (lead + passages)[: max(len(passages), len(lead) + 2)]

    def corpus(self) -> "Corpus":
        """What question analysis needs of the corpus, cached per index generation."""
        from .intent import Corpus

        cached = getattr(self, "_corpus_cache", None)
        if cached is None or cached[0] != self._generation:
            kinds = {c.case_id: c.kind for c in self.chunks}
            names = {c.case_id: c.name for c in self.chunks}
            table = getattr(self.lexical._words, "vocabulary_", {})
            df = np.diff(self.lexical._bm25.indptr) if table and self.lexical._bm25.format == "csc" else None
            frequency = {w: int(df[i]) for w, i in table.items()} if df is not None else {}
            corpus = Corpus(aliases={cid: frozenset(ns) for cid, ns in self.gazetteer.aliases.items()}, kinds=kinds, names=names,
                            vocabulary=frozenset(table), text=self._all_text(), frequency=frequency,
                            chunk_count=len(self.chunks))
            cached = (self._generation, corpus)
            self._corpus_cache = cached
        return cached[1]

    def term_weights(self) -> "TermWeights":
        from .sentences import TermWeights

        cached = getattr(self, "_weights_cache", None)
        if cached is None or cached[0] != self._generation:
            cached = (self._generation, TermWeights(self.lexical))
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
            cache[1][case_id] = build_outline([c for c in self.chunks if c.case_id == case_id])
        return cache[1][case_id]

    def rerank(self, query: str, fused: list[tuple[str, float, dict[str, int]]]) -> list[tuple[str, float, dict[str, int]]]:
        """Re-order the head by how well its best sentence matches the question: the answer quotes sentences."""
        depth, weight = self.settings.rerank_depth, self.settings.rerank_weight
        if not fused or weight <= 0:
            return fused
        topic = bigrams(strip_question(query) or query)
        if not topic:
            return fused
        head, tail = fused[:depth], fused[depth:]
        top = head[0][1]
        row, chunks = self.lexical.row, self.chunks

        def best_sentence(cid: str) -> float:
            text = chunks[row[cid]].text
            return max((len(topic & bigrams(text[s:e])) / len(topic) for s, e in sentence_spans(text)), default=0.0)

        rescored = [(cid, score / top + weight * best_sentence(cid), ranks) for cid, score, ranks in head]
        rescored.sort(key=lambda t: -t[1])
        floor = rescored[-1][1] if rescored else 0.0
        # Keep the tail below the head whatever its fused score.
        return rescored + [(cid, min(score / top, floor) * 0.999, ranks) for cid, score, ranks in tail]

    def _spread(self, fused: list[tuple[str, float, dict[str, int]]], top_k: int) -> list[tuple[str, float, dict[str, int]]]:
        """For "which places…" questions: at most `cap` passages per case in the top k, so several places show."""
        cap = max(1, top_k // 3)
        head, tail, per_case = [], [], {}
        for item in fused:
            case_id = self.chunks[self.lexical.row[item[0]]].case_id
            per_case[case_id] = per_case.get(case_id, 0) + 1
            (head if per_case[case_id] <= cap and len(head) < top_k else tail).append(item)
        return head + tail

    def expand_sections(self, query: str, passages: list[Passage], max_added: int = 4) -> list[Passage]:
        """For "有哪几种…" questions: the rest of a top passage's section when its heading matches the question."""
        topic = bigrams(strip_question(query) or query)
        have = {p.chunk.chunk_id for p in passages}
        added: list[Passage] = []
        named = set(self.gazetteer.named_cases(query))
        for p in passages[:3]:
            if is_keyword_list(p.chunk.text) or (named and p.chunk.case_id not in named):
                continue  # never widen a keyword list, nor another place's section, over the place asked about
            section = p.chunk.heading.split(" > ")[-1]
            if not topic or not topic & bigrams(section):
                continue
            for c in self.chunks:
                if c.case_id == p.chunk.case_id and c.heading == p.chunk.heading and c.chunk_id not in have and len(added) < max_added:
                    added.append(Passage(chunk=c, score=p.score * 0.99, ranks={"section": 1}))
                    have.add(c.chunk_id)
        if not added:
            return passages
        # The top k stays k: the matched sections come first, other passages fill what is left.
        sections = {(q.chunk.case_id, q.chunk.heading) for q in added}
        in_section = [q for q in passages if (q.chunk.case_id, q.chunk.heading) in sections]
        others = [q for q in passages if (q.chunk.case_id, q.chunk.heading) not in sections]
        merged = sorted(in_section + added, key=lambda q: q.chunk.start)[: len(passages)]
        return merged + others[: len(passages) - len(merged)]

    def unknown_places(self, question: str) -> list[str]:
        """Places the question names that no case text mentions at all (深圳, 成都…)."""
        known_text = self._all_text()
        return [p for p in place_tags(question[:MAX_QUERY_CHARS]) if len(p) >= 2 and p not in known_text]

    def _all_text(self) -> str:
        cached = getattr(self, "_text_cache", None)
        if cached is None or cached[0] != self._generation:
            # A keyword list would make every place it lists look covered (stuffing.py).
            texts = [c.text for c in self.chunks if not is_keyword_list(c.text)]
            cached = (self._generation, "\n".join(texts) + "\n".join(c.region for c in self.chunks))
            self._text_cache = cached
        return cached[1]
