"""The README's benchmark commands stay true: every `--flag` it shows for a `python -m bench.X` exists in that CLI."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from index.settings import REPO_ROOT

README = (REPO_ROOT / "README.md").read_text(encoding="utf-8")


def readme_flags() -> dict[str, set[str]]:
    """Module -> flags the README's benchmark section names for it (a flag belongs to the last module before it)."""
    section = README.split("## Evals and benchmarks", 1)[1].split("\n## ", 1)[0]
    found: dict[str, set[str]] = {}
    module = ""
    for token in re.findall(r"python -m (bench\.\w+)|(--[a-z][a-z-]*)", section):
        if token[0]:
            module = token[0]
            found.setdefault(module, set())
        elif module:
            found[module].add(token[1])
    return found


def test_the_readme_names_benchmark_flags() -> None:
    flags = readme_flags()
    assert {"bench.run", "bench.profile", "bench.embed_server"} <= flags.keys()
    assert {"--scales", "--lexical-only", "--no-llama", "--server", "--quick"} <= flags["bench.run"]


@pytest.mark.parametrize("module", sorted(readme_flags()))
def test_every_readme_flag_exists(module: str) -> None:
    proc = subprocess.run([sys.executable, "-m", module, "--help"], cwd=REPO_ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    missing = {f for f in readme_flags()[module] if not re.search(re.escape(f) + r"\b", proc.stdout)}
    assert not missing, f"README names {sorted(missing)} for python -m {module}, which its --help does not list"
