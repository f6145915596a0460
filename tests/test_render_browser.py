"""Rendered answers in Gradio's own chat component, in headless chromium: no URL becomes a link.

Separate from test_browser.py (which drives the whole app): this pins what `assistant.render` promises
for any page that shows its Markdown in a `gr.Chatbot`, whatever the app around it looks like.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.render import answer_to_markdown, escape_md
from assistant.schema import Answer

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is not installed (run scripts/install_chromium.sh)"),
]

HOSTILE = [
    "请访问 http://evil.example/login 登录后查看。",
    "见evil.com/x?a=1,或 www.evil.cn,或写信给 a.b@evil.com。",
    "[点我领取](http://evil.example/p) <https://evil.example/auto>",
]


def _links_in_chatbot(messages: list[str]) -> tuple[list[str], str]:
    """(hrefs of every <a> in the rendered chat, its visible text)."""
    import gradio as gr
    from playwright.sync_api import sync_playwright

    with gr.Blocks() as demo:
        gr.Chatbot(value=[{"role": "assistant", "content": m} for m in messages],
                   sanitize_html=True, render_markdown=True, elem_id="jy-chat-under-test")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    demo.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--headless=new", "--no-sandbox", "--disable-gpu"])
            try:
                page = browser.new_page()
                page.goto(f"http://127.0.0.1:{port}/")
                page.wait_for_selector("#jy-chat-under-test .message", timeout=90_000)
                page.wait_for_function("n => document.querySelectorAll('#jy-chat-under-test .message').length >= n",
                                       arg=len(messages), timeout=30_000)
                hrefs = page.eval_on_selector_all("#jy-chat-under-test a", "els => els.map(e => e.getAttribute('href'))")
                return hrefs, page.inner_text("#jy-chat-under-test")
            finally:
                browser.close()
    finally:
        demo.close()


@pytest.fixture(scope="module")
def rendered() -> Iterator[tuple[list[str], list[str], str]]:
    raw_links, _ = _links_in_chatbot(HOSTILE)  # the harness sees links when there are links
    answer = Answer(question="q", answer="\n".join(HOSTILE), engine="llm")
    links, text = _links_in_chatbot([answer_to_markdown(answer)] + [escape_md(t) for t in HOSTILE])
    yield raw_links, links, text


def test_the_harness_detects_links(rendered) -> None:
    raw_links, _, _ = rendered
    assert any("evil.example/login" in h for h in raw_links) and any("mailto:" in h for h in raw_links)


def test_escaped_answers_render_no_links(rendered) -> None:
    _, links, text = rendered
    assert links == []
    visible = text.replace("\u200b", "")
    assert "http://evil.example/login" in visible and "a.b@evil.com" in visible  # still readable
