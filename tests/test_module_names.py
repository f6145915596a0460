"""Every module of the answer path binds each module-level name once.

Why: the rules live as data in module constants (`cues.py` holds hundreds). A second assignment to a name silently
replaces the first table for every rule that reads it, so adding a rule under a name already taken (it happened:
a second `LOCATIVE_FRAME_RE`) changes unrelated answers without any error.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGES = [Path(__file__).resolve().parents[1] / name for name in ("assistant", "index", "evals")]
MODULES = sorted(p for d in PACKAGES for p in d.glob("*.py"))


def bound_names(tree: ast.Module) -> list[str]:
    """Names a module's top-level statements assign (plain and annotated assignments, defs and classes)."""
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names.append(node.target.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_each_module_level_name_is_bound_once(path: Path) -> None:
    twice = [n for n, k in Counter(bound_names(ast.parse(path.read_text(encoding="utf-8")))).items() if k > 1]
    assert not twice, f"{path.name} binds {twice} more than once: the later binding replaces the earlier for every reader"


def test_the_check_sees_a_second_binding() -> None:
    tree = ast.parse("import re\nA_RE = re.compile('a')\ndef f(): pass\nA_RE = re.compile('b')\n")
    assert Counter(bound_names(tree))["A_RE"] == 2
