"""tiktoken set-up that works offline: fall back to llama-index's bundled encoding cache."""

from __future__ import annotations

import importlib.util
import logging
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Callable

log = logging.getLogger(__name__)
_CJK_RE = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")


def _bundled_cache_dir() -> str | None:
    """llama-index's bundled encodings, located without importing llama-index (3 s)."""
    try:
        spec = importlib.util.find_spec("llama_index.core")
    except (ImportError, ValueError):
        return None
    for location in (spec.submodule_search_locations or []) if spec else []:
        path = Path(location) / "_static" / "tiktoken_cache"
        if path.is_dir():
            return str(path)
    return None


@lru_cache(maxsize=4)
def token_counter(encoding: str = "cl100k_base") -> Callable[[str], int]:
    """Return a function counting tokens; never downloads when a local cache exists."""
    import tiktoken

    bundled = _bundled_cache_dir()
    if bundled and "TIKTOKEN_CACHE_DIR" not in os.environ:
        os.environ["TIKTOKEN_CACHE_DIR"] = bundled  # no download attempt when the encoding ships locally
    try:
        enc = tiktoken.get_encoding(encoding)
    except Exception as first:
        cache = _bundled_cache_dir()
        if cache and os.environ.get("TIKTOKEN_CACHE_DIR") != cache:
            os.environ["TIKTOKEN_CACHE_DIR"] = cache
            try:
                enc = tiktoken.get_encoding(encoding)
            except Exception as second:
                first = second
            else:
                return lambda text: len(enc.encode(text, disallowed_special=()))
        log.warning("tiktoken encoding %r unavailable offline (%s); estimating tokens from characters", encoding, first)
        return estimate_tokens
    return lambda text: len(enc.encode(text, disallowed_special=()))


def estimate_tokens(text: str) -> int:
    """About one token per CJK character and one per four other characters."""
    cjk = len(_CJK_RE.findall(text))
    return cjk + (len(text) - cjk + 3) // 4
