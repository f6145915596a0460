"""The eval runner as CI uses it: the whole gold set, both splits, the baseline, thresholds enforced."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from evals.metrics import Span, retrieval_scores
from evals.run import check_thresholds, load_gold, load_thresholds
from index.settings import REPO_ROOT

from conftest import SESSION_CACHE


def test_gold_set_shape() -> None:
    items = load_gold("all")
    assert len(items) >= 100
    types = {i["type"] for i in items}
    assert types == {"fact", "numeric", "cross-case", "follow-up", "unanswerable", "plan"}
    assert sum(i["type"] == "plan" for i in items) >= 10
    assert {i["split"] for i in items} == {"dev", "heldout"}
    cases = {p.stem for p in (REPO_ROOT / "cases").glob("*.md")}
    covered = {c for i in items for c in i.get("cases", [])}
    assert cases <= covered, f"case files without a gold question: {cases - covered}"
    for item in items:
        for case_id in item.get("cases", []):
            if item["type"] in ("plan", "unanswerable"):
                continue
            text = (REPO_ROOT / "cases" / f"{case_id}.md").read_text(encoding="utf-8")
            if any(ev in text for ev in item["evidence"]):
                break
        else:
            if item["type"] not in ("plan", "unanswerable"):
                pytest.fail(f"{item['_where']}: no evidence string occurs verbatim in {item['cases']}")


def test_retrieval_scores_definition() -> None:
    gold = [Span("zibo", 100, 120)]
    ranked = [Span("dingxi", 0, 300), Span("zibo", 90, 300), Span("zibo", 0, 50)]
    s = retrieval_scores(ranked, gold)
    assert s["hit@1"] == 0.0 and s["hit@3"] == 1.0 and s["mrr"] == 0.5 and s["recall@5"] == 1.0
    # a chunk holding less than half of the evidence is not a hit
    assert retrieval_scores([Span("zibo", 115, 300)], gold)["hit@5"] == 0.0


def test_thresholds_are_checked_per_split() -> None:
    bounds = load_thresholds()
    assert bounds["min"]["hit@5"] >= 0.95 and bounds["max"]["false_abstention"] <= 0.05
    broken = check_thresholds({"dev": {"hit@5": 0.99, "false_abstention": 0.0}, "heldout": {"hit@5": 0.90}}, bounds)
    assert broken == [f"heldout: hit@5 = 0.900 < {bounds['min']['hit@5']}"]


def test_eval_runner_meets_thresholds(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("JY_")}
    env.update(JY_STORE__PATH=str(tmp_path / "chroma"), JY_EMBEDDING__CACHE_PATH=str(SESSION_CACHE), HF_HUB_OFFLINE="1")
    report = tmp_path / "report.md"
    proc = subprocess.run(
        [sys.executable, "-m", "evals", "run", "--split", "all", "--json", "--report", str(report)],
        cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=1500,
    )
    result = json.loads(proc.stdout[proc.stdout.index("{"):])
    assert proc.returncode == 0, f"thresholds broken: {result['threshold_failures']}"
    assert set(result["summary"]) == {"dev", "heldout"}
    for split in ("dev", "heldout"):
        assert {"fused", "words", "chars", "dense", "llama-bm25", "llama-vector"} <= set(result["retrievers"][split])
    text = report.read_text(encoding="utf-8")
    assert "heldout" in text and "llama-bm25" in text and "## Failures" in text
    assert report.with_suffix(".png").stat().st_size > 1000
