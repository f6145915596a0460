"""`bench.load` against a real `python app.py`: 20 concurrent sessions, no failures, no cross-talk.

The app runs in its own subprocess (own session, loopback, free port, a temp Chroma dir, the shared
embedding cache so start-up does not re-embed). Each session asks a place question and an elliptic
follow-up that only its own history can resolve; the test asserts every answer is about the
session's own place. The pure helpers (endpoint discovery, result parsing) are tested without the app.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from bench.load import Endpoint, discover, extract, first_place, plans, places, run_load
from bench.procs import free_port, wait_http
from index.settings import REPO_ROOT

APP = REPO_ROOT / "app.py"
CACHE = REPO_ROOT / ".embed-cache" / "vectors.sqlite"


@pytest.fixture
def app_url(tmp_path: Path):
    if not APP.exists():
        pytest.skip("app.py not written yet")
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("JY_")}
    env.update(
        GRADIO_SERVER_PORT=str(port), GRADIO_SERVER_NAME="127.0.0.1", GRADIO_ANALYTICS_ENABLED="False",
        JY_STORE__PATH=str(tmp_path / "chroma"), JY_EMBEDDING__CACHE_PATH=str(CACHE),
        JY_APP__FEEDBACK_PATH=str(tmp_path / "feedback.jsonl"), HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1",
    )
    log = (tmp_path / "app.log").open("w")
    proc = subprocess.Popen([sys.executable, str(APP)], cwd=REPO_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
                            start_new_session=True)
    url = f"http://127.0.0.1:{port}/"
    try:
        if not wait_http(url, proc, 300):
            pytest.fail(f"app did not answer on {url}:\n{(tmp_path / 'app.log').read_text(errors='replace')[-3000:]}")
        yield url
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(15)
        log.close()


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_twenty_concurrent_sessions_no_failures_no_crosstalk(app_url: str) -> None:
    report = run_load(app_url, sessions=20, duration=30, questions=2, timeout=240, max_sessions=20)
    assert report["failures"] == []
    assert report["wrong_place"] == []
    assert report["sessions"] == 20 and report["sessions_complete"] == 20
    assert report["ok"] == 40
    # sessions really overlapped: the load test is only meaningful if they ran concurrently
    assert report["wall_seconds"] < sum(r["seconds"] for r in report["records"])


# ----------------------------------------------------------------------------- pure helpers

API = {  # shape of gradio 6 `view_api(return_format="dict")` for app.py (abridged)
    "named_endpoints": {
        "/ask": {"parameters": [
            {"parameter_name": "question", "label": "问题", "parameter_has_default": False, "component": "Textbox", "python_type": {"type": "str"}},
            {"parameter_name": "case", "label": "案例筛选", "parameter_has_default": True, "component": "Dropdown", "python_type": {"type": "str"}}],
            "returns": [{"component": "Chatbot"}, {"component": "HTML"}, {"component": "Markdown"}, {"component": "Textbox"}]},
        "/clear": {"parameters": [], "returns": []},
        "/draft_plan": {"parameters": [
            {"parameter_name": "topic", "parameter_has_default": False, "component": "Textbox", "python_type": {"type": "str"}},
            {"parameter_name": "profile", "parameter_has_default": False, "component": "Textbox", "python_type": {"type": "str"}}],
            "returns": []},
        "/feedback_up": {"parameters": [], "returns": []},
        "/case_text": {"parameters": [{"parameter_name": "case_id", "parameter_has_default": True, "component": "Dropdown",
                                        "python_type": {"type": "str"}}], "returns": []},
    }
}


def test_discover_picks_the_chat_endpoint() -> None:
    ep = discover(API)
    assert (ep.api_name, ep.question, ep.history) == ("/ask", "question", "")
    assert ep.kwargs("问?", None) == {"question": "问?"}


def test_discover_chatinterface_and_explicit_history() -> None:
    ci = {"named_endpoints": {"/respond": {"parameters": [{"parameter_name": "message", "parameter_has_default": False,
                                                           "component": "Textbox", "python_type": {"type": "str"}}],
                                          "returns": [{"component": "Json"}]}}}
    assert discover(ci).api_name == "/respond"
    blocks = {"named_endpoints": {"/chat": {"parameters": [
        {"parameter_name": "message", "parameter_has_default": False, "component": "Textbox", "python_type": {"type": "str"}},
        {"parameter_name": "history", "parameter_has_default": True, "component": "Chatbot", "python_type": {"type": "list"}}],
        "returns": [{"component": "Textbox"}, {"component": "Chatbot"}]}}}
    ep = discover(blocks)
    assert ep.history == "history" and ep.kwargs("q", [{"role": "user", "content": "x"}])["history"]


def test_extract_reads_chat_histories_and_strings() -> None:
    chat = [{"role": "user", "content": "淄博?"}, {"role": "assistant", "content": [{"type": "text", "text": "**淄博市** ·"}]}]
    assert extract((chat, "<div/>", "status", "", None)) == ("**淄博市** ·", chat)
    assert extract("纯文本回答") == ("纯文本回答", None)
    assert extract({"role": "assistant", "content": "答"}) == ("答", None)
    assert isinstance(Endpoint("/x", "q"), Endpoint)


def test_plans_and_place_detection_over_the_corpus() -> None:
    names = places(REPO_ROOT / "cases")
    conversations = plans(REPO_ROOT / "cases")
    assert len({p.case_id for p in conversations[:len(names)]}) == len(names)  # round-robin: consecutive sessions differ
    assert all(len(p.questions) == 2 and p.name in p.questions[0] and p.name not in p.questions[1] for p in conversations)
    assert first_place("据**定西市**材料,与淄博不同", names) == "dingxi"
    assert first_place("没有提到任何地方", names) is None
