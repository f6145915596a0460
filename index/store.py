"""Chroma, embedded on disk or a `chroma run` server: chunk texts in one collection, vectors in one per embedding model.

Chunk texts live apart from vectors so that lexical retrieval works as soon as chunks are written and
a query can never reach vectors made by another model (each model has its own collection, named by its
identity and dimension).
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

from .errors import StoreError
from .schema import Chunk
from .settings import StoreSettings

log = logging.getLogger(__name__)
T = TypeVar("T")
BATCH = 1000
# Chroma needs a vector per record; the text collection is never searched by vector, so it holds one constant.
_PLACEHOLDER = [1.0]


def _guard(fn: Callable[..., T]) -> Callable[..., T]:
    """Turn any Chroma/transport failure into a StoreError that names the store."""

    @functools.wraps(fn)
    def wrapper(self: "ChromaStore", *args: Any, **kwargs: Any) -> T:
        try:
            return fn(self, *args, **kwargs)
        except StoreError:
            raise
        except Exception as exc:
            raise StoreError(f"向量库不可用 ({self.location}): {exc.__class__.__name__}: {exc}") from exc

    return wrapper


class ChromaStore:
    def __init__(self, settings: StoreSettings) -> None:
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        self.settings = settings
        chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=True)
        if settings.host:
            self.location = f"chroma server http://{settings.host}:{settings.port}"
            try:
                self._client = chromadb.HttpClient(host=settings.host, port=settings.port, settings=chroma_settings)
            except Exception as exc:
                raise StoreError(f"无法连接向量库服务 {self.location}: {exc}") from exc
        else:
            path = Path(settings.path)
            self.location = f"chroma directory {path}"
            _check_writable(path)
            try:
                self._client = chromadb.PersistentClient(path=str(path), settings=chroma_settings)
            except Exception as exc:
                raise StoreError(f"无法打开向量库目录 {path}: {exc}") from exc
        self._chunks = None
        self._searched: dict[tuple[str, int], Any] = {}  # (model, dim) -> vector collection handle, for queries

    # -- chunk texts ---------------------------------------------------
    @property
    def chunks(self):
        if self._chunks is None:
            self._chunks = self._collection(f"{self.settings.collection}_chunks", {"role": "chunks", "generation": 0})
        return self._chunks

    @_guard
    def _collection(self, name: str, metadata: dict[str, Any]):
        return self._client.get_or_create_collection(name=name, metadata=metadata, embedding_function=None)

    @_guard
    def generation(self) -> int:
        """Bumped by every build that changed something; readers reload their lexical index on change."""
        self._chunks = None  # re-read metadata, which another process may have changed
        return int((self.chunks.metadata or {}).get("generation", 0))

    @_guard
    def bump_generation(self) -> None:
        gen = self.generation() + 1
        self.chunks.modify(metadata={"role": "chunks", "generation": gen, "building": 0})

    @_guard
    def mark_building(self) -> None:
        """Flag the chunk texts as being changed until the next `bump_generation`.

        A build killed in between leaves the flag, so a later start can say the index may be partial
        instead of serving it as if it were whole.
        """
        self.chunks.modify(metadata={"role": "chunks", "generation": self.generation(), "building": int(time.time())})

    @_guard
    def building_since(self) -> int:
        """Unix time a build began changing chunks and has not finished (0 = none)."""
        self._chunks = None
        return int((self.chunks.metadata or {}).get("building", 0))

    @_guard
    def collection_id(self) -> str:
        """Changes when the collection is recreated (--rebuild), so caches keyed on it go stale."""
        return str(self.chunks.id)

    def missing(self) -> str:
        """Why the local store's files are gone (deleted while the app runs), or "" when they are there.

        Chroma keeps the deleted SQLite file open, so reads and even writes still "work" on a file nobody
        can see again: status and reindex must say so instead of reporting success.
        """
        if self.settings.host:
            return ""
        path = Path(self.settings.path)
        if not (path / "chroma.sqlite3").is_file():
            return f"索引目录 {path} 已被删除或移动;现在的回答来自内存中的旧索引,重新索引不会写到磁盘。请重启应用,索引会自动重建。"
        return ""

    @_guard
    def count(self) -> int:
        return self.chunks.count()

    @_guard
    def case_manifest(self) -> dict[str, dict[str, Any]]:
        """case_id -> {digest, n_chunks, stored, ids}; a case is complete only when stored == n_chunks."""
        manifest: dict[str, dict[str, Any]] = {}
        for ids, metas, _ in self._scan(include=["metadatas"]):
            for cid, meta in zip(ids, metas):
                entry = manifest.setdefault(meta["case_id"], {"digests": set(), "n_chunks": meta.get("n_chunks", -1), "ids": []})
                entry["digests"].add(meta.get("digest", ""))
                entry["ids"].append(cid)
        for entry in manifest.values():
            entry["stored"] = len(entry["ids"])
        return manifest

    def _scan(self, include: list[str]) -> Iterable[tuple[list[str], list[dict], list[str]]]:
        total = self.chunks.count()
        for offset in range(0, total, BATCH):
            got = self.chunks.get(include=include, limit=BATCH, offset=offset)
            yield got["ids"], got.get("metadatas") or [], got.get("documents") or []

    @_guard
    def upsert_chunks(self, chunks: Sequence[Chunk], extra: dict[str, Any]) -> None:
        self.upsert_chunk_groups([(chunks, extra)])

    @_guard
    def upsert_chunk_groups(self, groups: Sequence[tuple[Sequence[Chunk], dict[str, Any]]]) -> None:
        """Chunks of several cases, each group with its own extra metadata, in calls of up to BATCH chunks.

        Why: a Chroma upsert costs ~0.2 s whatever its size up to a batch, so one call per case made a
        1,000-case build spend minutes in call overhead.
        """
        rows = [(c, extra) for chunks, extra in groups for c in chunks]
        for i in range(0, len(rows), BATCH):
            part = rows[i:i + BATCH]
            self.chunks.upsert(
                ids=[c.chunk_id for c, _ in part],
                documents=[c.text for c, _ in part],
                metadatas=[{**c.metadata(), **extra} for c, extra in part],
                embeddings=[_PLACEHOLDER] * len(part),
            )

    @_guard
    def delete_chunks(self, ids: Sequence[str]) -> None:
        for i in range(0, len(ids), BATCH):
            self.chunks.delete(ids=list(ids[i:i + BATCH]))

    @_guard
    def all_chunks(self) -> list[Chunk]:
        out: list[Chunk] = []
        for _ids, metas, docs in self._scan(include=["metadatas", "documents"]):
            for meta, doc in zip(metas, docs):
                out.append(Chunk(**{k: meta[k] for k in Chunk.model_fields if k != "text" and k in meta}, text=doc))
        out.sort(key=lambda c: (c.case_id, c.start))
        return out

    # -- vectors -------------------------------------------------------
    def vector_collection_name(self, model: str, dim: int) -> str:
        digest = hashlib.sha1(f"{model}|{dim}".encode()).hexdigest()[:12]
        return f"{self.settings.collection}_v_{digest}"

    @_guard
    def vectors(self, model: str, dim: int):
        name = self.vector_collection_name(model, dim)
        coll = self._client.get_or_create_collection(
            name=name, metadata={"embedding": model, "dim": dim, "hnsw:space": "cosine"}, embedding_function=None
        )
        meta = coll.metadata or {}
        if meta.get("embedding") != model or int(meta.get("dim", dim)) != dim:
            raise StoreError(f"collection {name} holds vectors of {meta.get('embedding')!r}, not {model!r}")
        return coll

    @_guard
    def vector_ids(self, model: str, dim: int) -> set[str]:
        coll = self.vectors(model, dim)
        ids: set[str] = set()
        for offset in range(0, coll.count(), BATCH * 5):
            ids.update(coll.get(include=[], limit=BATCH * 5, offset=offset)["ids"])
        return ids

    @_guard
    def vector_keys(self, model: str, dim: int) -> dict[str, str]:
        """chunk id -> key of the text its vector was made from ("" for vectors stored without one)."""
        coll = self.vectors(model, dim)
        keys: dict[str, str] = {}
        for offset in range(0, coll.count(), BATCH * 5):
            got = coll.get(include=["metadatas"], limit=BATCH * 5, offset=offset)
            keys.update((cid, str((meta or {}).get("key", ""))) for cid, meta in zip(got["ids"], got["metadatas"] or []))
        return keys

    @_guard
    def upsert_vectors(self, model: str, dim: int, chunks: Sequence[Chunk], vectors: np.ndarray, keys: Sequence[str] = ()) -> None:
        coll = self.vectors(model, dim)
        for i in range(0, len(chunks), BATCH):
            part = chunks[i:i + BATCH]
            coll.upsert(
                ids=[c.chunk_id for c in part],
                embeddings=vectors[i:i + BATCH].tolist(),
                metadatas=[
                    {"case_id": c.case_id, "kind": c.kind, "region": c.region, **({"key": keys[i + n]} if keys else {})}
                    for n, c in enumerate(part)
                ],
            )

    @_guard
    def delete_vectors(self, model: str, dim: int, ids: Sequence[str]) -> None:
        coll = self.vectors(model, dim)
        for i in range(0, len(ids), BATCH):
            coll.delete(ids=list(ids[i:i + BATCH]))

    @_guard
    def vector_count(self, model: str, dim: int) -> int:
        return self.vectors(model, dim).count()

    @_guard
    def query_vectors(self, model: str, dim: int, vector: np.ndarray, n: int, where: dict | None = None) -> list[tuple[str, float]]:
        """The `n` nearest chunk ids with their cosine similarity (fewer when the collection holds fewer).

        Why the handle is kept: looking the collection up and counting it cost ~2.7 ms of a ~4 ms query at
        8.5k vectors. Chroma itself returns at most what the collection holds (nothing when it is empty), and
        a handle to a collection dropped since (a rebuild, here or by another process) fails with "does not
        exist" rather than answering from old data: then the collection is looked up again, once.
        """
        key = (model, dim)

        def search(coll: Any) -> dict[str, Any]:
            return coll.query(query_embeddings=[vector.tolist()], n_results=n, where=where or None, include=["distances"])

        kept = self._searched.get(key)
        coll = kept if kept is not None else self.vectors(model, dim)
        try:
            got = search(coll)
        except Exception:
            if kept is None:
                raise
            coll = self.vectors(model, dim)  # the kept handle went stale: the collection was made again since
            got = search(coll)
        self._searched[key] = coll
        return [(cid, 1.0 - float(d)) for cid, d in zip(got["ids"][0], got["distances"][0])]

    @_guard
    def reset(self) -> None:
        """Drop every collection of this project's prefix (for --rebuild)."""
        prefix = self.settings.collection + "_"
        for coll in self._client.list_collections():
            name = getattr(coll, "name", coll)
            if name.startswith(prefix):
                self._client.delete_collection(name)
        self._chunks = None
        self._searched.clear()


def _check_writable(path: Path) -> None:
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"向量库目录无法创建: {path} ({exc.strerror})") from exc
    if not os.access(path, os.W_OK):
        raise StoreError(f"向量库目录不可写: {path} (检查权限或设置 JY_STORE__PATH)")
    probe = path / f".write-probe-{os.getpid()}-{threading.get_ident()}"  # one per process: two starts at once must not race
    try:
        probe.write_bytes(b"0" * 4096)
    except OSError as exc:
        raise StoreError(f"向量库目录无法写入: {path} ({exc.strerror}; 磁盘已满或只读?)") from exc
    finally:
        probe.unlink(missing_ok=True)  # a partly written probe is not left behind
