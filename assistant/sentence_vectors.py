"""Vectors of answer units, made from the sentence vectors the build cached: meaning without a query-time embedding.

Why: comparing a question's meaning with its candidate sentences needs their vectors, and embedding them while
answering cost ~40 ms per sentence new to the cache (answer p95 624 ms, bench/RESULTS.md §19). The build embeds
every stored chunk's sentences into the embedding cache, keyed by exact text (`index.build.sync_sentence_vectors`).
An answer unit (`sentences.Unit`) is exact source text spanning whole sentences, so its vector is the normalised
mean of its sentences' vectors, read from that cache and never embedded here. A unit with a sentence the cache
lacks (vectors still being embedded after a fresh install, a body clipped mid-sentence) has no vector; once the
build has cached its sentences it gets one, since only found vectors are remembered.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence

import numpy as np

from index.chunk import sentence_spans
from index.embed import EmbeddingCache

# Unit vectors kept in memory: one question compares a handful to a few dozen units, and the same passages come
# back for related questions; 4,096 vectors are ~6 MB.
UNIT_LRU = 4096


class SentenceVectors:
    """Unit vectors of one embedding model, from its cached sentence vectors, with a bounded LRU in front."""

    def __init__(self, model: str, cache: Callable[[], EmbeddingCache], capacity: int = UNIT_LRU) -> None:
        self.model = model
        self._cache = cache  # opened on first use: an English-only or lexical session never opens it
        self.capacity = capacity
        self._known: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def unit_vectors(self, texts: Sequence[str]) -> list[np.ndarray | None]:
        """The vector of each unit text, or None where one of its sentences has no cached vector."""
        out: dict[str, np.ndarray | None] = {}
        with self._lock:
            for t in texts:
                if t in self._known:
                    self._known.move_to_end(t)
                    out[t] = self._known[t]
        todo = [t for t in dict.fromkeys(texts) if t not in out]
        if todo:
            parts = {t: [t[s:e] for s, e in sentence_spans(t)] or [t] for t in todo}
            found = self._cache().get_many(self.model, [p for ps in parts.values() for p in ps])
            for t, ps in parts.items():
                vectors = [found.get(EmbeddingCache.key(p)) for p in ps]
                out[t] = None if any(v is None for v in vectors) else _unit(np.mean(vectors, axis=0))
            self._keep({t: v for t, v in out.items() if t in parts and v is not None})
        return [out[t] for t in texts]

    def similarities(self, query_vector: np.ndarray, texts: Sequence[str]) -> np.ndarray:
        """Cosine of each unit to the query vector; NaN for a unit without a vector."""
        query = np.asarray(query_vector, dtype=np.float32)
        return np.array([float(v @ query) if v is not None else np.nan for v in self.unit_vectors(texts)], dtype=np.float32)

    def _keep(self, vectors: dict[str, np.ndarray]) -> None:
        with self._lock:
            self._known.update(vectors)
            while len(self._known) > self.capacity:
                self._known.popitem(last=False)


def _unit(vector: np.ndarray) -> np.ndarray:
    return (vector / max(float(np.linalg.norm(vector)), 1e-12)).astype(np.float32)
