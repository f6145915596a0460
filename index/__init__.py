"""Ingestion: cases/ -> cleaned, sentence-aligned chunks -> embeddings -> Chroma."""

from .errors import AssistantError
from .schema import Case, Chunk
from .settings import Settings

__all__ = ["AssistantError", "Case", "Chunk", "Settings"]
