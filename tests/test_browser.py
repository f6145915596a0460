"""The app in a real headless browser (Debian chromium via Playwright): chat, sources panel, no script injection.

Install the browser and fonts with `scripts/install_chromium.sh`.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_app import QUESTION, RunningApp, start_app  # noqa: E402  (one way to start the real app)

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TIMEOUT_MS = 90_000

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is not installed (run scripts/install_chromium.sh)"),
]


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningApp]:
    yield from start_app(tmp_path_factory.mktemp("browser-app"))


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture
def page(app: RunningApp, browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="zh-CN")
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    page.dialogs = []  # type: ignore[attr-defined]

    def on_dialog(dialog) -> None:
        page.dialogs.append(dialog.message)  # type: ignore[attr-defined]
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.goto(app.url, wait_until="load")
    page.wait_for_selector("#jy-question textarea")
    yield page
    context.close()


def ask(page, question: str) -> None:
    """Type and send a question, then wait until its answer is complete."""
    before = page.locator("#jy-chatbot .bot-row").count()
    page.fill("#jy-question textarea", question)
    page.click("#jy-send")
    wait_for_answer(page, before + 1)


def wait_for_answer(page, bot_messages: int) -> None:
    page.wait_for_function(
        """n => {
            const rows = document.querySelectorAll('#jy-chatbot .bot-row');
            if (rows.length < n) return false;
            const last = rows[rows.length - 1].innerText;
            return last.trim() && !last.includes('正在检索') && !last.includes('▌');
        }""",
        arg=bot_messages,
    )


def test_chat_shows_answer_and_sources(page) -> None:
    assert page.get_by_text("教育改革案例智能问答助手").first.is_visible()
    assert page.get_by_text("淄博的学校发展共同体有哪几种模式?").first.is_visible()  # example questions on first open
    ask(page, QUESTION)
    page.wait_for_selector("#jy-sources .jy-source mark")
    bot = page.locator("#jy-chatbot .bot-row").last
    assert bot.locator("sup").first.inner_text() == "[1]"
    sources = page.inner_text("#jy-sources")
    assert "淄博市" in sources and "cases/zibo.md" in sources
    assert "离线摘录引擎" in page.inner_text("#jy-status")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "chat.png"), full_page=True)


def test_markup_in_questions_is_shown_literally(page) -> None:
    payloads = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>"]
    for payload in payloads:
        ask(page, payload)
        user = page.locator("#jy-chatbot .user-row").last
        assert user.inner_text().strip() == payload
    page.wait_for_timeout(1000)  # give any injected handler (img onerror) time to fire
    assert page.dialogs == []  # type: ignore[attr-defined]
    chat = page.locator("#jy-chatbot")
    assert chat.locator("script").count() == 0
    assert chat.locator("img[src='x']").count() == 0
    for payload in payloads:
        assert page.get_by_text(payload, exact=True).first.is_visible()


def test_example_question_and_like(page, app: RunningApp) -> None:
    page.get_by_text("定西对交流帮扶教师有什么补助?").first.click()
    wait_for_answer(page, 1)
    page.wait_for_selector("#jy-sources .jy-source")
    assert "定西市" in page.inner_text("#jy-sources")
    page.locator("#jy-chatbot button[aria-label='赞'], #jy-chatbot button[aria-label='Like']").last.click()
    page.wait_for_function("() => document.querySelector('#jy-feedback').innerText.includes('已记录')")
    records = [json.loads(line) for line in app.feedback_path.read_text(encoding="utf-8").splitlines()]
    assert records[-1]["question"] == "定西对交流帮扶教师有什么补助?"
    assert records[-1]["rating"] == "up" and records[-1]["via"] == "like"
