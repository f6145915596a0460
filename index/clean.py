"""Normalise text for indexing only: stored chunk text and offsets are never altered."""

from __future__ import annotations

import re
import unicodedata

_SPACE_RE = re.compile(r"\s+")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\ufeff]")


def normalize(text: str) -> str:
    """NFKC folds full-width letters, digits and punctuation to half-width; whitespace collapses."""
    text = _CONTROL_RE.sub(" ", text)
    text = unicodedata.normalize("NFKC", text)
    return _SPACE_RE.sub(" ", text).strip().lower()


def strip_controls(text: str) -> str:
    """For user input: drop control characters but keep newlines and tabs."""
    return _CONTROL_RE.sub("", text)
