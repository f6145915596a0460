"""Embedder stand-ins for the benchmark: a timing wrapper, and re-used vectors for synthetic copies.

`ReusedEmbedder` lets `index.build.build_index` run its whole dense path (cache, batching, Chroma
upserts, HNSW inserts) at 100x without running the model on 11,700 renamed passages: a synthetic
passage gets the real model's vector of its 1x source passage (`SynthCase.restore` maps the text back;
~1% whose chunk boundaries moved because the new place name tokenizes differently are matched to
the source passage of the same case with the most character bigrams in common).

Exact copies would put ~100 identical vectors per passage into HNSW, which is not what real renamed
passages look like (they embed close to, not onto, their source). So each re-used vector gets
deterministic isotropic noise scaled to a target cosine with its source (`noise_cos`), which `bench.run`
calibrates on the 10x corpus, where every renamed passage *is* embedded for real. The time the model
would have taken is then extrapolated from the measured throughput, and labelled as such.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Sequence

import numpy as np

from index.embed import EmbeddingCache, _normalized

from .synth import Manifest, SynthCase


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


def _seeded(text: str, salt: str = "") -> np.random.Generator:
    return np.random.default_rng(int.from_bytes(hashlib.sha1((salt + text).encode("utf-8")).digest()[:8], "little"))


def hash_vector(text: str, dim: int) -> np.ndarray:
    """A deterministic pseudo-random unit vector (stands in for a model where only pipeline cost is measured)."""
    return _normalized(_seeded(text, "hash").standard_normal(dim).astype(np.float32))


class TimedEmbedder:
    """Passes through to a real embedder, accumulating model seconds, passages and characters."""

    def __init__(self, inner) -> None:
        self.inner = inner
        self.name, self.dim = inner.name, inner.dim
        self.seconds = 0.0
        self.passages = 0
        self.chars = 0

    def embed_texts(self, texts: Sequence[str]) -> np.ndarray:
        t0 = time.perf_counter()
        out = self.inner.embed_texts(texts)
        self.seconds += time.perf_counter() - t0
        self.passages += len(texts)
        self.chars += sum(len(t) for t in texts)
        return out

    def embed_query(self, text: str) -> np.ndarray:
        return self.inner.embed_query(text)


class ReusedEmbedder:
    """Same `name`/`dim`/queries as the real model; passage vectors come from the 1x source passages."""

    def __init__(self, real, manifest: Manifest, source_vectors: dict[str, np.ndarray], noise_cos: float = 1.0) -> None:
        self.real = real
        self.name, self.dim = real.name, real.dim
        self.by_name: dict[str, SynthCase] = {c.name: c for c in manifest.cases}
        self.source = source_vectors  # original index_text -> vector
        self.by_case: dict[str, list[tuple[str, set[str]]]] = {}
        for text in source_vectors:
            case = self.by_name.get(text.split("\n", 1)[0].split(" > ")[0])
            if case is not None:
                self.by_case.setdefault(case.source_id, []).append((text, _bigrams(text)))
        self.sigma = float(np.sqrt(max(1.0 / max(noise_cos, 1e-3) ** 2 - 1.0, 0.0)))
        self.exact = 0
        self.nearest = 0
        self.seconds = 0.0
        self.passages = 0

    def source_text(self, text: str) -> tuple[str, bool]:
        """(the 1x passage text this synthetic passage came from, whether the match is exact)."""
        case = self.by_name.get(text.split("\n", 1)[0].split(" > ")[0])
        if case is None:
            raise KeyError(f"passage of an unknown case: {text[:60]!r}")
        restored = case.restore(text)
        if restored in self.source:
            return restored, True
        grams = _bigrams(restored)
        best = max(self.by_case[case.source_id], key=lambda item: len(grams & item[1]) / (len(grams | item[1]) or 1))
        return best[0], False

    def embed_texts(self, texts: Sequence[str]) -> np.ndarray:
        t0 = time.perf_counter()
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            src, exact = self.source_text(text)
            self.exact += exact
            self.nearest += not exact
            vec = self.source[src]
            if self.sigma > 0 and src != text:  # copy 0 (the real corpus) keeps its true vector
                vec = vec + self.sigma * _seeded(text).standard_normal(self.dim).astype(np.float32) / np.sqrt(self.dim)
            out[i] = vec
        self.seconds += time.perf_counter() - t0
        self.passages += len(texts)
        return _normalized(out)

    def embed_query(self, text: str) -> np.ndarray:
        return self.real.embed_query(text)


def source_vectors(real, texts: Sequence[str], cache: EmbeddingCache | None) -> dict[str, np.ndarray]:
    """Real vectors of the 1x passages: from the embedding cache where present, else embedded now (not cached)."""
    found = cache.get_many(real.name, texts) if cache is not None else {}
    missing = [t for t in dict.fromkeys(texts) if EmbeddingCache.key(t) not in found]
    out = {t: found[EmbeddingCache.key(t)] for t in texts if EmbeddingCache.key(t) in found}
    for i in range(0, len(missing), 16):
        batch = missing[i:i + 16]
        out.update(zip(batch, real.embed_texts(batch)))
    return out
