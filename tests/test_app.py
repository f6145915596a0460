"""End-to-end tests of the Gradio app: the REAL `python app.py` in a subprocess, driven by gradio_client."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from index.settings import REPO_ROOT

READY_TIMEOUT_S = 180.0
QUESTION = "淄博市如何推进学校发展共同体建设?"
CARD_RE = re.compile(r'<div class="jy-source-head">\[(\d+)\] (.+?)《')


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class RunningApp:
    def __init__(self, url: str, tmp: Path, proc: subprocess.Popen, log_path: Path) -> None:
        self.url = url
        self.tmp = tmp
        self.proc = proc
        self.log_path = log_path
        self.feedback_path = tmp / "feedback.jsonl"

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")[-4000:]


def start_app(tmp: Path, **extra_env: str) -> Iterator[RunningApp]:
    """Start `python app.py` on a free loopback port with an isolated store; yield once it serves; stop it."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("JY_", "GRADIO_"))}
    env.update(
        JY_STORE__PATH=str(tmp / "chroma"),
        JY_EMBEDDING__CACHE_PATH=str(REPO_ROOT / ".embed-cache" / "vectors.sqlite"),
        JY_APP__FEEDBACK_PATH=str(tmp / "feedback.jsonl"),
        GRADIO_SERVER_NAME="127.0.0.1",
        GRADIO_SERVER_PORT=str(port),
        GRADIO_ANALYTICS_ENABLED="False",
        HF_HUB_OFFLINE="1",
        TRANSFORMERS_OFFLINE="1",
        NO_PROXY="127.0.0.1,localhost",
        no_proxy="127.0.0.1,localhost",
        PYTHONUNBUFFERED="1",
    )
    env.update(extra_env)
    log_path = tmp / "app.log"
    log_file = log_path.open("w", encoding="utf-8")
    # cwd is the temp dir, so that a developer's .env never leaks into the test.
    proc = subprocess.Popen([sys.executable, str(REPO_ROOT / "app.py")], cwd=tmp, env=env, stdout=log_file, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/"
    app = RunningApp(url, tmp, proc, log_path)
    try:
        deadline = time.monotonic() + READY_TIMEOUT_S
        while True:
            if proc.poll() is not None:
                pytest.fail(f"app.py exited with code {proc.returncode} before serving:\n{app.log()}")
            try:
                if httpx.get(url, timeout=2.0).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"app.py did not serve {url} within {READY_TIMEOUT_S:.0f} s:\n{app.log()}")
            time.sleep(0.5)
        yield app
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=15)
        log_file.close()


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningApp]:
    yield from start_app(tmp_path_factory.mktemp("app"))


@pytest.fixture
def client(app: RunningApp):
    from gradio_client import Client

    return Client(app.url, verbose=False)  # one session per test: its own conversation state


def message_text(message: dict) -> str:
    content = message["content"]
    if isinstance(content, str):
        return content
    return "".join(part.get("text", "") for part in content if isinstance(part, dict))


def ask(client, question: str, case: str = "全部") -> tuple[list[dict], str, str, str]:
    chat, sources, status, box = client.predict(question, case, api_name="/ask")
    return chat, sources, status, box


def cited_cases(sources: str) -> set[str]:
    return {name for _, name in CARD_RE.findall(sources)}


def test_ask_returns_cited_answer(client) -> None:
    chat, sources, status, box = ask(client, QUESTION)
    assert box == ""  # the question box is cleared
    assert [m["role"] for m in chat] == ["user", "assistant"]
    assert message_text(chat[0]) == QUESTION
    answer = message_text(chat[1])
    assert "[1]" in answer and "<sup>[1]</sup>" in answer
    assert "淄博市" in sources
    assert "<mark>" in sources  # the quoted sentence is highlighted in its passage
    assert "cases/zibo.md" in sources
    assert "离线摘录引擎" in status


def test_case_filter_changes_cited_cases(client) -> None:
    question = "如何推进集团化办学?"
    _, all_sources, _, _ = ask(client, question)
    _, dingxi_sources, _, _ = ask(client, question, "dingxi")
    assert cited_cases(dingxi_sources) == {"定西市"}
    assert cited_cases(all_sources) - {"定西市"}, "without the filter other cases are cited too"
    # The display name is accepted as well as the id.
    _, by_name, _, _ = ask(client, question, "定西市")
    assert cited_cases(by_name) == {"定西市"}


def test_draft_plan_docx(client) -> None:
    from docx import Document

    markdown, docx_path, md_path = client.predict("推进义务教育集团化办学", "", api_name="/draft_plan")
    assert docx_path and docx_path.endswith(".docx")
    assert md_path and md_path.endswith(".md")
    assert "## 一、" in markdown and "<sup>[1]</sup>" in markdown
    doc = Document(docx_path)
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith(("Heading", "Title"))]
    assert len(headings) >= 4, headings
    assert any("保障措施" in h for h in headings), headings
    assert "资料来源" in Path(md_path).read_text(encoding="utf-8")
    # an empty topic is a Chinese message, not a crash
    markdown, docx_path, md_path = client.predict("", "", api_name="/draft_plan")
    assert markdown.startswith("⚠") and docx_path is None and md_path is None


def test_errors_are_chinese_messages(client) -> None:
    chat, *_ = ask(client, "   ")
    assert "问题为空" in message_text(chat[-1])
    chat, *_ = ask(client, "教" * 2100)
    assert "问题过长" in message_text(chat[-1])
    chat, *_ = ask(client, "有什么做法?", "北京")
    assert "未知的案例" in message_text(chat[-1])
    # the app keeps answering afterwards
    chat, sources, _, _ = ask(client, "定西对交流帮扶教师有什么补助?")
    assert len(chat) == 8
    assert "[1]" in message_text(chat[-1]) and "定西市" in sources


def test_user_markup_is_escaped(client) -> None:
    chat, *_ = ask(client, "<img src=x onerror=alert(1)>")
    shown = message_text(chat[0])
    assert "<img" not in shown and "&lt;img" in shown
    assert "<img" not in message_text(chat[1])


def test_feedback_and_download(app: RunningApp, client) -> None:
    assert "还没有" in client.predict(api_name="/feedback_up")
    ask(client, "哪些地方在推行名校集团化办学?")
    assert "已记录" in client.predict(api_name="/feedback_down")
    records = [json.loads(line) for line in app.feedback_path.read_text(encoding="utf-8").splitlines()]
    mine = [r for r in records if r["question"] == "哪些地方在推行名校集团化办学?"]
    assert mine and mine[-1]["rating"] == "down"
    assert mine[-1]["citations"] and mine[-1]["answer"] and mine[-1]["timestamp"]

    path = client.predict(api_name="/download_chat")
    if isinstance(path, dict):  # the file component is also made visible: an update carrying the file
        path = path["value"]
    text = Path(path).read_text(encoding="utf-8")
    assert "哪些地方在推行名校集团化办学?" in text and "来源" in text

    chat, sources, _, _, = client.predict(api_name="/clear")
    assert chat == [] and "jy-source" not in sources.replace("jy-sources", "")


def test_case_library_and_reindex(client) -> None:
    text = client.predict("zibo", api_name="/case_text")
    assert "指导思想" in text
    table, note, status, *_ = client.predict(api_name="/reindex")
    rows = table["data"]
    assert len(rows) == 10 and {r[0] for r in rows} >= {"zibo", "dingxi"}
    assert "索引完成" in note and "未变 10" in note
    assert "**案例**:10" in status


@pytest.fixture(scope="module")
def llm_down_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningApp]:
    """The app configured with an LLM endpoint nobody listens on: it must fall back visibly."""
    dead = f"http://127.0.0.1:{free_port()}/v1"
    yield from start_app(tmp_path_factory.mktemp("app-llm-down"), JY_LLM__BASE_URL=dead, JY_LLM__MODEL="none",
                         JY_LLM__MAX_RETRIES="0", JY_LLM__TIMEOUT_S="3")


def test_llm_failure_falls_back_with_visible_notice(llm_down_app: RunningApp) -> None:
    from gradio_client import Client

    client = Client(llm_down_app.url, verbose=False)
    chat, sources, status, _ = ask(client, QUESTION)
    answer = message_text(chat[-1])
    assert "离线摘录引擎作答" in answer and "[1]" in answer
    assert "淄博市" in sources
    assert "大模型" in status and "⚠" in status and "离线摘录引擎作答" in status
