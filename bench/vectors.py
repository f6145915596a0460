"""Embedder stand-ins for the benchmark: a timing wrapper, and re-used vectors for synthetic copies.

`ReusedEmbedder` lets `index.build.build_index` run its whole dense path (cache, batching, Chroma
upserts, HNSW inserts) at 100x without running the model on 11,700 renamed passages: a synthetic
passage gets the real model's vector of its 1x source passage (`SynthCase.restore` maps the text back;
~1% whose chunk boundaries moved because the new place name tokenizes differently are matched to
the source passage of the same case with the most character bigrams in common).

Sentence vectors (`index.build.sync_sentence_vectors`) are re-used the same way: a sentence carries no heading, so
its copy is found by the fictional stem it contains (`synth.find_stem`); a sentence without one is the real
corpus' own text and gets its true vector.

Exact copies would put ~100 identical vectors per passage into HNSW, which is not what real renamed
passages look like (they embed close to, not onto, their source). So each re-used vector gets
deterministic isotropic noise scaled to a target cosine with its source (`noise_cos`), which `bench.run`
calibrates on the 10x corpus, where every renamed passage *is* embedded for real. The time the model
would have taken is then extrapolated from the measured throughput, and labelled as such.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np

from index.build import index_text, sentence_texts
from index.chunk import chunk_case
from index.embed import EmbeddingCache, _normalized
from index.load import load_cases
from index.settings import ChunkSettings

from .synth import Manifest, SynthCase, find_stem


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
    """Same `name`/`dim`/queries as the real model; passage and sentence vectors come from the 1x sources."""

    def __init__(self, real, manifest: Manifest, source_vectors: dict[str, np.ndarray], noise_cos: float = 1.0,
                 sentence_cases: Mapping[str, str] | None = None) -> None:
        """`source_vectors`: 1x text -> vector (passages as `index_text`, and sentences); `sentence_cases`: each 1x
        sentence's case id, so a sentence whose text moved is matched within its own case."""
        self.real = real
        self.name, self.dim = real.name, real.dim
        self.by_name: dict[str, SynthCase] = {c.name: c for c in manifest.cases}
        self.by_stem: dict[str, SynthCase] = {c.stem: c for c in manifest.cases if c.stem}
        self.source = source_vectors  # original index_text or sentence -> vector
        self.by_case: dict[tuple[str, bool], list[tuple[str, set[str]]]] = {}  # (case id, is a sentence) -> texts
        sentence_cases = sentence_cases or {}
        for text in source_vectors:
            if _is_passage(text):
                case = self.by_name.get(text.split("\n", 1)[0].split(" > ")[0])
                source_id = case.source_id if case is not None else None
            else:
                source_id = sentence_cases.get(text)
            if source_id is not None:
                self.by_case.setdefault((source_id, not _is_passage(text)), []).append((text, _bigrams(text)))
        self.sigma = float(np.sqrt(max(1.0 / max(noise_cos, 1e-3) ** 2 - 1.0, 0.0)))
        self.exact = 0
        self.nearest = 0
        self.seconds = 0.0
        self.passages = 0  # texts looked up, passages and sentences

    def source_text(self, text: str) -> tuple[str, bool]:
        """(the 1x text this synthetic passage or sentence came from, whether the match is exact)."""
        if _is_passage(text):
            case = self.by_name.get(text.split("\n", 1)[0].split(" > ")[0])
            if case is None:
                raise KeyError(f"passage of an unknown case: {text[:60]!r}")
        else:
            case = find_stem(text, self.by_stem)
        restored = case.restore(text) if case is not None else text
        if restored in self.source:
            return restored, True
        if case is None:
            raise KeyError(f"sentence of no copy and not in the 1x sources: {text[:60]!r}")
        grams = _bigrams(restored)
        pool = self.by_case[(case.source_id, not _is_passage(text))]
        best = max(pool, key=lambda item: len(grams & item[1]) / (len(grams | item[1]) or 1))
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


def _is_passage(text: str) -> bool:
    """A passage is embedded as its heading, a line break and its text (`index_text`); a sentence never holds a
    line break (`sentence_spans` ends sentences there)."""
    return "\n" in text


def reused_embedder(real, manifest: Manifest, chunk: ChunkSettings, cache: EmbeddingCache | None,
                    noise_cos: float) -> ReusedEmbedder:
    """A `ReusedEmbedder` over the 1x corpus' passages and sentences, their vectors from `cache` (else embedded now)."""
    chunks = [ch for c in load_cases(Path(manifest.source))[0] for ch in chunk_case(c, chunk)]
    sentences = {t: ch.case_id for ch in chunks for t in sentence_texts([ch])}
    texts = [index_text(ch) for ch in chunks] + list(sentences)
    return ReusedEmbedder(real, manifest, source_vectors(real, texts, cache), noise_cos, sentences)


def source_vectors(real, texts: Sequence[str], cache: EmbeddingCache | None) -> dict[str, np.ndarray]:
    """Real vectors of the 1x passages: from the embedding cache where present, else embedded now (not cached)."""
    found = cache.get_many(real.name, texts) if cache is not None else {}
    missing = [t for t in dict.fromkeys(texts) if EmbeddingCache.key(t) not in found]
    out = {t: found[EmbeddingCache.key(t)] for t in texts if EmbeddingCache.key(t) in found}
    for i in range(0, len(missing), 16):
        batch = missing[i:i + 16]
        out.update(zip(batch, real.embed_texts(batch)))
    return out
