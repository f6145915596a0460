"""The lexical index: jieba-word BM25 and character 1-3-gram TF-IDF over the chunks, and its on-disk cache.

The llama-index counterpart is a BM25 retriever's index; here both matrices share one row per chunk so the
rankers fuse by row. The cache is data only (`lexical_cache`): a crafted or damaged file is refused, never run.
"""

from __future__ import annotations

import hashlib
import logging
import math
import re
import time
import unicodedata
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from scipy import sparse

from index.build import index_text
from index.clean import normalize
from index.schema import Chunk

from . import lexical_cache
from .gazetteer import Gazetteer, teach_jieba
from .text import words

if TYPE_CHECKING:
    from index.store import ChromaStore

log = logging.getLogger(__name__)

# Characters `normalize` and the character analyser leave as they are wherever they stand: CJK ideographs (NFKC maps
# none of them, lowercasing none, none composes with what follows). A run of them in a chunk's text is therefore a
# run of its indexed text, so every n-gram of the run is among the chunk's columns.
STABLE_RUN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")
ASCII_RUN_RE = re.compile(r"[A-Za-z0-9]+")  # stable too, lowercased, unless the corpus composes one (see `_ascii_stable`)
FEW_CANDIDATES = 32  # postings intersected until at most this many rows remain (each test is ~0.1 µs per character)
MAX_INTERSECTED = 4

LEXICAL_VERSION = "3"  # 3: character matrix stored column-major (CSC); bump when LexicalIndex or the tokenisation changes: old caches are then ignored


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
        # Column-major: a query touches a few dozen n-gram columns, so scoring reads only those (0.9 ms
        # instead of 20 ms for a row-major product at 100×, issue 17).
        self._char_matrix = self._chars.fit_transform(docs).tocsc()

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
            bm25, chars, idf = arrays["bm25"].tocsc(), arrays["chars"].tocsc(), np.asarray(arrays["idf"], dtype=np.float64)
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

    def rows_holding(self, term: str) -> np.ndarray | None:
        """Rows, in increasing order, whose indexed text holds the rarest character n-grams of `term`: every chunk
        whose text contains `term` is among them (`postings.ChunkTexts` then tests only these). None when `term` has no
        n-gram that holds for (punctuation, or Latin letters in a corpus where they combine with accents).

        The n-grams are those of `term`'s runs of stable characters (`STABLE_RUN_RE`): its trigrams, or a shorter run
        whole. Their postings are the columns of the character matrix; the rarest few are intersected.
        """
        grams = self._stable_ngrams(term)
        if not grams:
            return None
        vocab, m = self._char_vocabulary, self._char_matrix
        cols = []
        for g in grams:
            j = vocab.get(g)
            if j is None:
                return np.zeros(0, dtype=np.int64)  # no chunk holds this n-gram, so none contains the term
            cols.append(j)
        cols = sorted(set(cols), key=lambda j: m.indptr[j + 1] - m.indptr[j])
        rows = self._posting(cols[0])
        for j in cols[1:MAX_INTERSECTED]:
            if rows.size <= FEW_CANDIDATES:
                break
            holds = np.zeros(m.shape[0], dtype=bool)  # intersected through a mask: linear, no sort
            holds[m.indices[m.indptr[j]:m.indptr[j + 1]]] = True
            rows = rows[holds[rows]]
        return rows

    def _posting(self, column: int) -> np.ndarray:
        """Rows holding a character n-gram, in increasing order."""
        m = self._char_matrix
        rows = m.indices[m.indptr[column]:m.indptr[column + 1]]
        return rows if m.has_sorted_indices else np.sort(rows)

    def _stable_ngrams(self, term: str) -> list[str]:
        runs = STABLE_RUN_RE.findall(term)
        if self._ascii_stable:
            runs += [r.lower() for r in ASCII_RUN_RE.findall(term)]
        return [r[i:i + 3] for r in runs for i in range(max(len(r) - 2, 1))]

    @cached_property
    def _ascii_stable(self) -> bool:
        """Are Latin letters and digits indexed as written (lowercased)? Not when the corpus writes one followed by a
        combining accent that NFKC composes (P + ́ -> ṕ): then "P" of the text is no "p" column."""
        if self._char_matrix.shape[1] == 0:
            return True
        return not any(len(g) == 1 and len(d := unicodedata.normalize("NFD", g)) > 1 and d[0].isascii()
                       for g in self._char_vocabulary)

    @cached_property
    def _char_vocabulary(self) -> dict[str, int]:
        """n-gram -> column (a loaded index holds it as the vectoriser's parameter until its first `transform`)."""
        return getattr(self._chars, "vocabulary_", None) or self._chars.vocabulary

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
        cols, weights = self.char_query(normalize(query))
        if cols.size == 0:
            return np.zeros(len(self.chunks), dtype=np.float64)
        return np.asarray(self._char_matrix[:, cols] @ weights).ravel()

    def char_query(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """The character TF-IDF vector of a query (columns, weights), bit for bit what the vectoriser's `transform`
        returns: counts per n-gram in column order, 1 + log, times idf, divided by the square root of the squares
        summed one after another in column order (as scikit-learn's row normalisation does). Made here without
        `transform`'s per-call validation, which cost ~0.4 of its 0.45 ms per query (tests/test_lexical.py checks it)."""
        vocab, counts = self._char_vocabulary, {}
        for g in self._char_analyzer(text):
            j = vocab.get(g)
            if j is not None:
                counts[j] = counts.get(j, 0) + 1
        cols = np.array(sorted(counts), dtype=np.int32)
        weights = np.array([counts[j] for j in cols.tolist()], dtype=np.float64)
        if not weights.size:
            return cols, weights
        np.log(weights, out=weights)
        weights += 1.0
        weights *= self._char_idf[cols]
        total = float(np.cumsum(weights * weights)[-1])  # cumsum adds in order; np.sum would add pairwise
        if total != 0.0:
            weights /= math.sqrt(total)
        return cols, weights

    @cached_property
    def _char_analyzer(self):
        return self._chars.build_analyzer()

    @cached_property
    def _char_idf(self) -> np.ndarray:
        return np.asarray(self._chars.idf_, dtype=np.float64)


def ranked(scores: np.ndarray, mask: np.ndarray | None, depth: int) -> list[int]:
    """Rows with a positive score, best first (stable, so ties keep document order), at most `depth`."""
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    positive = np.flatnonzero(scores > 0)
    if positive.size == 0:
        return []
    if positive.size > depth > 0:
        # Sort only the rows at or above the depth-th best score (ties at that score included, so the stable
        # order of the first `depth` is the same as sorting them all): the character ranker scores almost
        # every chunk, and a full stable sort of 8.5k scores cost ~0.6 ms at 100x.
        values = scores[positive]
        floor = np.partition(values, positive.size - depth)[positive.size - depth]
        positive = positive[values >= floor]
    take = positive[np.argsort(-scores[positive], kind="stable")[:depth]]
    return take.tolist()


def cache_state(location: str, collection_id: str, generation: int, count: int) -> str:
    """The store state a cache file is made for: any change (a build, another store) names another file."""
    return f"{LEXICAL_VERSION}|{location}|{collection_id}|{generation}|{count}"


def cache_path(cache_dir: Path, state: str) -> Path:
    return cache_dir / f"lexical-{hashlib.sha1(state.encode()).hexdigest()[:16]}.npz"


def prune_caches(current: Path, keep: int = 3) -> None:
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


def load_or_build(store: "ChromaStore", cache_dir: Path | None, generation: int) -> tuple[LexicalIndex, Gazetteer, str]:
    """The lexical index and gazetteer for this store state, from the local cache when one was made for it.

    Builds from the store's chunk texts otherwise and writes the cache, so the next start (or the first start
    after `python -m index build`, which calls this too) only loads arrays. The third value is the message for
    a cache that had to be refused (crafted, truncated, stale), empty otherwise.
    """
    path, state, refused = None, "", ""
    if cache_dir is not None:
        state = cache_state(store.location, store.collection_id(), generation, store.count())
        path = cache_path(cache_dir, state)
        if path.is_file():
            try:
                arrays, doc = lexical_cache.load(path, state)
                lexical, gazetteer = LexicalIndex.from_cache(arrays, doc), Gazetteer.from_json(doc.get("gazetteer"))
                teach_jieba(lexical.chunks, gazetteer)
                return lexical, gazetteer, ""
            except (lexical_cache.CacheError, KeyError) as exc:  # a stale, truncated or crafted cache is rebuilt
                refused = f"词法索引缓存 {path} 无法使用({exc}),已从向量库重建"
                log.warning("lexical cache %s refused (%s); rebuilding", path, exc)
    chunks = store.all_chunks()
    gazetteer = Gazetteer.from_chunks(chunks)
    teach_jieba(chunks, gazetteer)  # before tokenising, so documents and questions split names alike
    lexical = LexicalIndex(chunks)
    if path is not None:
        try:
            arrays, doc = lexical.to_cache()
            lexical_cache.save(path, arrays, {**doc, "gazetteer": gazetteer.to_json()}, state)
            prune_caches(path)
        except OSError as exc:
            log.warning("cannot write lexical cache %s: %s", path, exc)
    return lexical, gazetteer, refused
