"""Retrieval, cited answers, verification and plan drafting over the indexed cases."""

from .core import Assistant
from .schema import Answer, Citation, Message, Passage

__all__ = ["Assistant", "Answer", "Citation", "Message", "Passage"]
