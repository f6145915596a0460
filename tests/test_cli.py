"""`python -m assistant` as a user runs it: a real subprocess over its own index directory."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from index.settings import REPO_ROOT

ZIBO_Q = "淄博的学校发展共同体有哪几种模式?"
CACHE = REPO_ROOT / ".embed-cache" / "vectors.sqlite"


@pytest.fixture(scope="module")
def cli_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """One store directory for the module: the first call builds the index, the others reuse it."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("JY_")}
    env.update(
        JY_STORE__PATH=str(tmp_path_factory.mktemp("cli-store") / "chroma"),
        JY_EMBEDDING__CACHE_PATH=str(CACHE),
        HF_HUB_OFFLINE="1",
        TRANSFORMERS_OFFLINE="1",
        PYTHONPATH=os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH", "")])),
        PYTHONIOENCODING="utf-8",
    )
    return env


def run(env: dict[str, str], *args: str, cwd: Path | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    # cwd outside the repo: a developer's .env must not reach the test
    return subprocess.run([sys.executable, "-m", "assistant", *args], env=env, cwd=cwd or Path(env["JY_STORE__PATH"]).parent,
                          capture_output=True, text=True, encoding="utf-8", timeout=timeout)


def file_text(source: str) -> str:
    return (REPO_ROOT / source).read_bytes().decode("utf-8-sig")


def test_help_lists_commands(cli_env) -> None:
    proc = run(cli_env, "--help")
    assert proc.returncode == 0, proc.stderr
    assert "ask" in proc.stdout and "plan" in proc.stdout
    proc = run(cli_env, "ask", "--help")
    assert proc.returncode == 0
    for option in ("--batch", "--case", "--json", "--top-k"):
        assert option in proc.stdout


def test_ask_json(cli_env) -> None:
    proc = run(cli_env, "ask", ZIBO_Q, "--json")
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    data = json.loads(proc.stdout)
    assert data["question"] == ZIBO_Q and data["engine"] == "extractive" and not data["abstained"]
    assert data["citations"] and {c["case_id"] for c in data["citations"]} == {"zibo"}
    for c in data["citations"]:
        assert file_text(c["source"])[c["start"]:c["end"]] == c["quote"]
    assert data["retrieved"] and all({"chunk_id", "case_id", "score", "text"} <= r.keys() for r in data["retrieved"])


def test_ask_case_filter_text_output(cli_env) -> None:
    proc = run(cli_env, "ask", "集团化办学是怎么做的?", "--case", "dingxi")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "**定西市**" in out and "来源:" in out and "cases/dingxi.md:" in out
    sources = [line for line in out.splitlines() if line.startswith("  [")]
    assert sources and all("定西市" in line for line in sources)


def test_ask_errors_exit_2(cli_env) -> None:
    proc = run(cli_env, "ask", ZIBO_Q, "--case", "shenzhen")
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.startswith("error: 未知的案例 shenzhen") and "dingxi" in proc.stderr and "zibo" in proc.stderr


def test_batch_answers_in_context(cli_env, tmp_path: Path) -> None:
    lines = [
        {"id": "plain", "q": ZIBO_Q},
        {"id": "followup", "q": "那定西呢?", "history": [
            {"role": "user", "content": ZIBO_Q},
            {"role": "assistant", "content": "淄博市打造帮扶式、联盟式和集团式共同体。"},
        ]},
        {"id": "filtered", "q": "集团化办学是怎么做的?", "case": "dingxi"},
        {"id": "two-cases", "q": "集团化办学是怎么做的?", "case": ["zibo", "yuhang"]},
        {"id": "abstain", "q": "深圳的课后服务是怎么做的?"},
    ]
    text = "\n".join(json.dumps(item, ensure_ascii=False) for item in lines)
    text += "\n{这不是 JSON\n" + json.dumps({"id": "bad-case", "q": ZIBO_Q, "case": "nowhere"}) + "\n"
    batch = tmp_path / "questions.jsonl"
    batch.write_text(text, encoding="utf-8")
    proc = run(cli_env, "ask", "--batch", str(batch))
    assert proc.returncode == 1, proc.stderr  # some lines failed
    assert "Traceback" not in proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(out) == len(lines) + 2
    by_id = {o["id"]: o for o in out if "id" in o}

    assert {c["case_id"] for c in by_id["plain"]["citations"]} == {"zibo"}
    followup = by_id["followup"]
    assert followup["question"] == "那定西呢?" and "定西" in followup["rewritten_question"]
    assert followup["citations"] and {c["case_id"] for c in followup["citations"]} == {"dingxi"}
    assert {c["case_id"] for c in by_id["filtered"]["citations"]} == {"dingxi"}
    assert {r["case_id"] for r in by_id["two-cases"]["retrieved"]} <= {"zibo", "yuhang"}
    assert by_id["abstain"]["abstained"] and by_id["abstain"]["citations"] == []

    bad_json, bad_case = out[-2:]
    assert set(bad_json) == {"error"} and bad_json["error"].startswith(f"{batch}:{len(lines) + 1}: ")
    assert set(bad_case) == {"error"} and bad_case["error"].startswith(f"{batch}:{len(lines) + 2}: ")
    assert "nowhere" in bad_case["error"] and "zibo" in bad_case["error"]


def test_batch_all_good_exits_0(cli_env, tmp_path: Path) -> None:
    batch = tmp_path / "ok.jsonl"
    batch.write_text(json.dumps({"q": "定西的区域教育协作有哪些做法?"}, ensure_ascii=False) + "\n\n", encoding="utf-8")
    proc = run(cli_env, "ask", "--batch", str(batch), "--top-k", "3")
    assert proc.returncode == 0, proc.stderr
    (answer,) = [json.loads(line) for line in proc.stdout.splitlines()]
    # The top 3 passages, then any chunk the answer quotes from the case's outline (each of those is cited).
    assert len(answer["retrieved"]) >= 3 and {c["case_id"] for c in answer["citations"]} == {"dingxi"}
    cited = {c["chunk_id"] for c in answer["citations"]}
    assert all(r["chunk_id"] in cited for r in answer["retrieved"][3:])
