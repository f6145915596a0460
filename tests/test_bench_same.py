"""`bench.same`: two code versions compared in one process over one index (see its docstring for why)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SESSION_CACHE

from bench.same import differences
from index.settings import REPO_ROOT


def test_differences_name_the_questions_that_changed() -> None:
    old = {"retrieve": [[["zibo:0-10", 0.5, 0.0, {"words": 1}]], [["dingxi:0-9", 0.4, 0.0, {}]]], "ask": [{"answer": "甲"}, {"answer": "乙"}]}
    new = {"retrieve": [[["zibo:0-10", 0.5, 0.0, {"words": 1}]], [["dingxi:0-9", 0.4000001, 0.0, {}]]], "ask": [{"answer": "甲"}]}
    assert differences(old, old) == {"ask": [], "retrieve": []}
    assert differences(old, new) == {"ask": [0, 1], "retrieve": [1]}  # a float's last digits count; so does a missing answer


@pytest.mark.slow
def test_the_same_tree_twice_is_identical(tmp_path: Path) -> None:
    """The working tree against itself, imported twice into one process over a fresh 1x index: nothing differs
    (a version imported second must not reuse the first one's modules, caches or query vectors)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("JY_")}
    env.update(JY_STORE__PATH=str(tmp_path / "chroma"), JY_EMBEDDING__CACHE_PATH=str(SESSION_CACHE), HF_HUB_OFFLINE="1")
    script = (
        "import sys\nfrom pathlib import Path\nfrom bench.same import REPO, differences, outcomes\n"
        "first = outcomes(REPO, None, 6)\nsecond = outcomes(REPO, None, 6)\n"
        "assert len(first['ask']) == 6 and all(first['vector']), first\n"
        "print(differences(first, second))\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stdout.strip().splitlines()[-1] == "{'ask': [], 'retrieve': [], 'vector': []}"


def test_timing_rounds_alternate_and_pool_per_version(monkeypatch: pytest.MonkeyPatch) -> None:
    """`--rounds`: versions take turns in ABBA order (so load drift falls on both alike), samples pooled per version."""
    import bench.same as same

    calls: list[str] = []

    def fake_timings(root: Path, work, n: int, questions=None) -> dict:
        calls.append(root.name)
        k = len(calls)
        return {"retrieve": [0.001 * k] * n, "ask": [0.002 * k] * n, "loadavg": [1.0, 1.5]}

    monkeypatch.setattr(same, "timings", fake_timings)
    pooled = same.interleaved({"old": Path("/x/old"), "new": Path("/x/new")}, None, 2, 3)
    assert calls == ["old", "new", "new", "old", "old", "new"]
    assert pooled["old"]["retrieve"] == [0.001, 0.001, 0.004, 0.004, 0.005, 0.005]
    assert [r[0] for r in pooled["new"]["round_p50_ms"]] == pytest.approx([2.0, 3.0, 6.0])
    assert len(pooled["new"]["loadavg"]) == 6


def test_gold_questions_are_every_gold_item_with_its_history() -> None:
    import json

    from bench.questions import GOLD_DIR, gold_questions

    qs = gold_questions()
    lines = [json.loads(line) for f in sorted(GOLD_DIR.glob("*.jsonl")) if not f.name.startswith("plan_")
             for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert [q.q for q in qs] == [item["q"] for item in lines if "q" in item and item.get("type") != "plan"] and len(qs) > 1000
    assert any(q.history for q in qs) and any(q.kind == "english" for q in qs)
