"""End-to-end tests of the Gradio app: the REAL `python app.py` in a subprocess on 127.0.0.1, driven by
gradio_client and plain HTTP: answers, plans, and the app-side limits (login, Host, rate, queue, upload size)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from bench.procs import free_port
from index.settings import REPO_ROOT

READY_TIMEOUT_S = 180.0
QUESTION = "淄博市如何推进学校发展共同体建设?"
CARD_RE = re.compile(r'<div class="jy-card" id="jy-src-\d+-(\d+)"><div class="jy-card-head"><span class="jy-num">\[\d+\]</span> <strong>(.+?)</strong>')


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
        JY_APP__DATA_DIR=str(tmp / "data"),
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


@pytest.fixture
def client(app: RunningApp):
    from gradio_client import Client

    return Client(app.url, verbose=False)  # one session per test: its own conversation state


def message_text(message: dict) -> str:
    content = message["content"]
    if isinstance(content, str):
        return content
    return "".join(part.get("text", "") for part in content if isinstance(part, dict))


def ask(client, question: str, case: str = "全部") -> tuple[list[dict], str, str]:
    chat, sources, box, *_ = client.predict(question, case, api_name="/ask")
    return chat, sources, box


def cited_cases(sources: str) -> set[str]:
    return {name for _, name in CARD_RE.findall(sources)}


def test_ask_returns_linked_citations_and_cards(client) -> None:
    chat, sources, box = ask(client, QUESTION)
    assert box == ""
    assert [m["role"] for m in chat] == ["user", "assistant"]
    assert QUESTION in message_text(chat[0])
    answer = message_text(chat[1])
    assert '<a class="jy-cite" href="#jy-src-0-1">[1]</a>' in answer
    assert 'id="jy-src-0-1"' in sources and "<mark>" in sources and "淄博市" in cited_cases(sources)


def test_case_filter_changes_cited_cases(client) -> None:
    question = "如何推进集团化办学?"
    _, all_sources, _ = ask(client, question)
    _, dingxi_sources, _ = ask(client, question, "dingxi")
    last = dingxi_sources[dingxi_sources.index('id="jy-set-1"'):]
    assert cited_cases(last) == {"定西市"}
    assert cited_cases(all_sources) - {"定西市"}, "without the filter other cases are cited too"


def test_draft_plan_docx(client) -> None:
    from docx import Document

    markdown, docx_path, md_path = client.predict("推进义务教育集团化办学", "", api_name="/draft_plan")
    assert docx_path and docx_path.endswith(".docx") and md_path and md_path.endswith(".txt")
    assert "## 一、" in markdown and "<sup>[1]</sup>" in markdown
    assert "cases/" not in markdown and "资料来源" in Path(md_path).read_text(encoding="utf-8")
    doc = Document(docx_path)
    assert doc.core_properties.author == "教育改革案例助手"
    assert any("保障措施" in p.text for p in doc.paragraphs if p.style.name == "Heading 1")
    markdown, docx_path, md_path = client.predict("", "", api_name="/draft_plan")
    assert markdown.startswith("⚠") and docx_path is None and md_path is None


def test_errors_are_chinese_messages(client) -> None:
    chat, *_ = ask(client, "   ")
    assert "问题为空" in message_text(chat[-1])
    chat, *_ = ask(client, "教" * 2100)
    assert "问题过长" in message_text(chat[-1])
    chat, sources, _ = ask(client, "定西对交流帮扶教师有什么补助?")
    assert "jy-cite" in message_text(chat[-1]) and "定西市" in sources


def test_host_header_is_checked(app: RunningApp) -> None:
    assert httpx.get(app.url, timeout=10).status_code == 200
    assert httpx.get(app.url.replace("127.0.0.1", "localhost"), timeout=10).status_code == 200
    rebound = httpx.get(app.url, headers={"Host": "evil.example"}, timeout=10)
    assert rebound.status_code == 400


def test_upload_size_is_capped(app: RunningApp) -> None:
    small = httpx.post(app.url + "gradio_api/upload", files={"files": ("a.txt", b"x" * 1000)}, timeout=30)
    assert small.status_code == 200
    big = httpx.post(app.url + "gradio_api/upload", files={"files": ("a.bin", b"x" * (1024 * 1024 + 10))}, timeout=30)
    assert big.status_code == 413  # JY_APP__MAX_UPLOAD_MB=1 in the fixture


def test_case_library_and_reindex_interval(client) -> None:
    assert "指导思想" in client.predict("zibo", api_name="/case_text")
    table, note, status, *_ = client.predict(api_name="/reindex")
    assert len(table["data"]) == 10 and {r[0] for r in table["data"]} >= {"淄博市", "定西市"}
    assert "索引完成" in note and "未变 10" in note and "10 个案例" in status
    _, note, *_ = client.predict(api_name="/reindex")  # without login: at most one per interval
    assert "秒后再试" in note


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningApp]:
    yield from start_app(tmp_path_factory.mktemp("app"), JY_APP__MAX_UPLOAD_MB="1", JY_APP__REINDEX_MIN_INTERVAL_S="600")


@pytest.fixture(scope="module")
def limited_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningApp]:
    yield from start_app(tmp_path_factory.mktemp("app-limited"), JY_APP__RATE_PER_MINUTE="3", JY_APP__QUEUE_MAX="1",
                         JY_APP__CONCURRENCY="1")


def test_rate_limit_per_client(limited_app: RunningApp) -> None:
    from gradio_client import Client

    client = Client(limited_app.url, verbose=False)
    answers = [message_text(ask(client, "定西对交流帮扶教师有什么补助?")[0][-1]) for _ in range(4)]
    assert all("jy-cite" in a for a in answers[:3])
    assert "每分钟最多 3 次" in answers[3]


def test_global_queue_cap(limited_app: RunningApp) -> None:
    config = httpx.get(limited_app.url + "config", timeout=10).json()
    fn = next(d["id"] for d in config["dependencies"] if d.get("api_name") == "draft_plan")

    def join(i: int) -> httpx.Response:
        body = {"data": ["推进义务教育集团化办学", ""], "fn_index": fn, "session_hash": f"q{i}", "event_data": None, "trigger_id": None}
        return httpx.post(limited_app.url + "gradio_api/queue/join", json=body, timeout=30)

    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(8) as pool:
        replies = list(pool.map(join, range(8)))
    codes = [r.status_code for r in replies]
    assert 200 in codes and codes.count(503) >= 4, codes  # JY_APP__QUEUE_MAX=1: the rest are refused at once
    refused = next(r for r in replies if r.status_code == 503)
    assert refused.json()["detail"] == "当前排队的请求已满,请稍后再试。"


def test_half_set_login_refuses_to_start(tmp_path: Path) -> None:
    for env in ({"JY_APP__PASSWORD": "secret"}, {"JY_APP__USERNAME": "admin"}):
        full = {k: v for k, v in os.environ.items() if not k.startswith(("JY_", "GRADIO_"))}
        full.update(env, JY_STORE__PATH=str(tmp_path / "chroma"), GRADIO_SERVER_PORT=str(free_port()))
        done = subprocess.run([sys.executable, str(REPO_ROOT / "app.py")], cwd=tmp_path, env=full, capture_output=True,
                              text=True, timeout=120)
        assert done.returncode != 0
        assert "JY_APP__USERNAME" in done.stderr and "JY_APP__PASSWORD" in done.stderr
        assert "拒绝启动" in done.stderr and "Refusing to start" in done.stderr
        assert not (tmp_path / "chroma").exists(), "nothing was built or served"


@pytest.fixture(scope="module")
def login_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningApp]:
    yield from start_app(tmp_path_factory.mktemp("app-login"), JY_APP__USERNAME="clerk", JY_APP__PASSWORD="right-pass",
                         JY_APP__LOGIN_MAX_FAILURES="3", JY_APP__LOGIN_LOCKOUT_S="600")


def test_originals_need_the_login_cookie(login_app: RunningApp) -> None:
    """Runs before the lock-out test below. The originals route sits outside Gradio, so it checks Gradio's cookie."""
    assert httpx.get(login_app.url + "originals/dingxi", timeout=10).status_code == 401
    with httpx.Client(timeout=10) as client:
        assert client.post(login_app.url + "login", data={"username": "clerk", "password": "right-pass"}).status_code == 200
        assert client.get(login_app.url + "originals/dingxi").status_code == 404  # logged in; dingxi has no original
        assert client.get(login_app.url + "originals/..%2Fdingxi").status_code == 404


def test_login_required_reindex_admin_only_and_throttled(login_app: RunningApp) -> None:
    from gradio_client import Client

    assert httpx.get(login_app.url + "config", timeout=10).status_code == 401
    client = Client(login_app.url, auth=("clerk", "right-pass"), verbose=False)
    _, note, *_ = client.predict(api_name="/reindex")
    assert "只有管理员" in note  # JY_APP__ADMIN_USERS is empty: nobody may reindex
    login = login_app.url + "login"
    codes = [httpx.post(login, data={"username": "clerk", "password": f"wrong{i}"}, timeout=10).status_code for i in range(5)]
    assert codes == [400] * 5
    locked = httpx.post(login, data={"username": "clerk", "password": "right-pass"}, timeout=10)
    assert locked.status_code == 400, "after 3 failures the right password waits for the lock-out"


@pytest.fixture(scope="module")
def llm_down_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningApp]:
    """The app configured with an LLM endpoint nobody listens on: it must fall back visibly."""
    dead = f"http://127.0.0.1:{free_port()}/v1"
    yield from start_app(tmp_path_factory.mktemp("app-llm-down"), JY_LLM__BASE_URL=dead, JY_LLM__MODEL="none",
                         JY_LLM__MAX_RETRIES="0", JY_LLM__TIMEOUT_S="3")


def test_llm_failure_falls_back_with_visible_notice(llm_down_app: RunningApp) -> None:
    from gradio_client import Client

    client = Client(llm_down_app.url, verbose=False)
    chat, sources, _ = ask(client, QUESTION)
    answer = message_text(chat[-1])
    assert "jy-notice" in answer and "离线摘录引擎作答" in answer and "jy-cite" in answer
    assert "淄博市" in sources
    status = client.predict(api_name="/status")[0]
    assert "大模型模式" in status
