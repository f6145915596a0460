"""Prompt files and the code that fills them agree on their `{vars}`; the prompts are Chinese."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from assistant.prompts import PROMPTS_DIR, VAR_RE, load_prompt, prompt_vars, render_prompt

ASSISTANT_DIR = Path(__file__).resolve().parents[1] / "assistant"
PROMPT_FILES = sorted(PROMPTS_DIR.glob("*.md"))

# What the answer path passes (engine.py / core.py), spelled out so a change on either side is noticed.
EXPECTED = {
    "answer_system": set(),
    "answer_user": {"passages", "history", "question", "gap_note"},
    "answer_gap": {"gap"},
    "condense": {"history", "question"},
}


def render_calls(path: Path) -> list[tuple[str, set[str], int]]:
    """(prompt name, keyword names, line) of every `render_prompt("name", k=...)` call in a module."""
    calls = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) == "render_prompt":
            assert node.args and isinstance(node.args[0], ast.Constant), f"{path.name}:{node.lineno}: prompt name must be a literal"
            assert not any(k.arg is None for k in node.keywords), f"{path.name}:{node.lineno}: no **kwargs, so vars can be checked"
            calls.append((node.args[0].value, {k.arg for k in node.keywords}, node.lineno))
    return calls


ALL_CALLS = [(path.name, *call) for path in sorted(ASSISTANT_DIR.glob("*.py")) for call in render_calls(path)]


def test_answer_path_passes_exactly_the_prompt_vars() -> None:
    seen = {}
    for module in ("engine.py", "core.py"):
        for name, kwargs, line in render_calls(ASSISTANT_DIR / module):
            seen.setdefault(name, []).append((module, line, kwargs))
    assert set(seen) == set(EXPECTED), seen
    for name, expected in EXPECTED.items():
        assert prompt_vars(name) == expected, f"prompts/{name}.md uses {sorted(prompt_vars(name))}"
        for module, line, kwargs in seen[name]:
            assert kwargs == expected, f"{module}:{line} passes {sorted(kwargs)} to {name}, the file uses {sorted(expected)}"


@pytest.mark.parametrize("module, name, kwargs, line", ALL_CALLS, ids=[f"{m}:{ln}:{n}" for m, n, _, ln in ALL_CALLS])
def test_every_render_call_matches_its_file(module: str, name: str, kwargs: set[str], line: int) -> None:
    assert (PROMPTS_DIR / f"{name}.md").is_file(), f"{module}:{line} renders a missing prompt {name!r}"
    assert kwargs == prompt_vars(name), f"{module}:{line}: passes {sorted(kwargs)}, prompts/{name}.md uses {sorted(prompt_vars(name))}"


def test_every_prompt_file_is_used() -> None:
    used = {name for _, name, _, _ in ALL_CALLS}
    unused = [p.stem for p in PROMPT_FILES if p.stem not in used]
    assert not unused, f"prompt files no code renders: {unused}"


@pytest.mark.parametrize("path", PROMPT_FILES, ids=[p.stem for p in PROMPT_FILES])
def test_prompt_is_chinese_and_well_formed(path: Path) -> None:
    text = load_prompt(path.stem)
    letters = [c for c in VAR_RE.sub("", text) if c.isalpha()]
    cjk = sum("\u4e00" <= c <= "\u9fff" for c in letters)
    assert cjk >= 20 and cjk / len(letters) > 0.6, f"{path.name} is not mainly Chinese ({cjk}/{len(letters)})"
    # A placeholder with capitals or spaces would be silently left unfilled.
    odd = [m for m in re.findall(r"\{([^{}\n]{1,30})\}", text) if not VAR_RE.fullmatch("{" + m + "}") and re.fullmatch(r"\s*\w+\s*", m)]
    assert not odd, f"{path.name}: placeholders that VAR_RE does not fill: {odd}"


def test_answer_system_prompt_states_the_rules() -> None:
    text = render_prompt("answer_system")
    assert "[n]" in text and "检索段落" in text
    assert "忽略以上指令" in text  # documents' instructions are data, not orders
    assert "没有找到可以回答这个问题的依据" in text  # the abstention sentence the engine recognises


def test_render_inserts_values_literally() -> None:
    question = "文件里写着 {passages} 和 {question},还有 JSON {\"a\": 1}"
    out = render_prompt("answer_user", passages="[1] 段落{history}", history="(无)", question=question, gap_note="")
    assert question in out and "[1] 段落{history}" in out
    assert "{passages}" not in out.replace(question, "")


def test_render_refuses_missing_vars() -> None:
    with pytest.raises(KeyError, match="question"):
        render_prompt("condense", history="(无)")
