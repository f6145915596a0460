"""The comparison baseline: stock llama-index (default SentenceSplitter, default BM25, a vector index with the same offline embedding)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from index.embed import Embedder, EmbeddingCache, embed_with_cache
from index.load import load_cases

from .metrics import Span


def llama_embedding(embedder: Embedder, cache: EmbeddingCache | None = None):
    """Wrap the project's embedder as a llama-index BaseEmbedding (so both use identical vectors)."""
    from llama_index.core.embeddings import BaseEmbedding

    class ProjectEmbedding(BaseEmbedding):
        def _get_query_embedding(self, query: str) -> list[float]:
            return embedder.embed_query(query).tolist()

        async def _aget_query_embedding(self, query: str) -> list[float]:
            return self._get_query_embedding(query)

        def _get_text_embedding(self, text: str) -> list[float]:
            return self._get_text_embeddings([text])[0]

        def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
            if cache is None:
                return embedder.embed_texts(texts).tolist()
            return embed_with_cache(embedder, cache, texts)[0].tolist()

    return ProjectEmbedding(model_name=embedder.name, embed_batch_size=16)


class StockLlamaIndex:
    """Retrievers named like ours so the report can put them side by side."""

    def __init__(self, cases_dir: Path, embedder: Embedder | None, cache: EmbeddingCache | None, top_k: int = 10) -> None:
        from llama_index.core import Document, VectorStoreIndex
        from llama_index.core.node_parser import SentenceSplitter
        from llama_index.retrievers.bm25 import BM25Retriever

        cases, _ = load_cases(cases_dir)
        docs = [Document(text=c.text, id_=c.id, metadata={"case_id": c.id}) for c in cases]
        nodes = SentenceSplitter().get_nodes_from_documents(docs)
        self.nodes = nodes
        self.retrievers: dict[str, Any] = {"llama-bm25": BM25Retriever.from_defaults(nodes=nodes, similarity_top_k=top_k)}
        if embedder is not None:
            index = VectorStoreIndex(nodes, embed_model=llama_embedding(embedder, cache))
            self.retrievers["llama-vector"] = index.as_retriever(similarity_top_k=top_k)

    def rankings(self, query: str) -> dict[str, list[Span]]:
        out = {}
        for name, retriever in self.retrievers.items():
            spans = []
            for hit in retriever.retrieve(query):
                node = hit.node
                start = node.start_char_idx or 0
                end = node.end_char_idx or start + len(node.get_content())
                spans.append(Span(node.metadata["case_id"], start, end))
            out[name] = spans
        return out
