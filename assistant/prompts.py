"""Prompts are files in prompts/, loaded by name; their `{vars}` are checked against the caller."""

from __future__ import annotations

import re
from functools import lru_cache

from index.settings import REPO_ROOT

PROMPTS_DIR = REPO_ROOT / "prompts"
VAR_RE = re.compile(r"\{([a-z_]+)\}")  # lower-case names only, so JSON examples in prompts stay literal


@lru_cache(maxsize=32)
def load_prompt(name: str) -> str:
    path = PROMPTS_DIR / f"{name}.md"
    if not path.is_file():
        raise FileNotFoundError(f"prompt file missing: {path}")
    return path.read_text(encoding="utf-8")


def prompt_vars(name: str) -> set[str]:
    return set(VAR_RE.findall(load_prompt(name)))


def render_prompt(name: str, **values: str) -> str:
    """Fill a prompt; values are inserted literally (braces in documents cannot break formatting)."""
    template = load_prompt(name)
    missing = prompt_vars(name) - values.keys()
    if missing:
        raise KeyError(f"prompt {name!r} needs {sorted(missing)}")
    return VAR_RE.sub(lambda m: values.get(m.group(1), m.group(0)), template)
