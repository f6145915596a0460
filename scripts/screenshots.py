"""Take the README's answer screenshots from a running app: `python scripts/screenshots.py http://127.0.0.1:7860/`.

Headless Debian chromium at 1440×900, zh-CN; one fresh browser context per shot, so each shows one answer with
its sources. Writes docs/screenshots/answer-*.png and plan-profile.png.
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]
ANSWERS = {
    "answer-list": "淄博的学校发展共同体有哪几种模式?",
    "answer-overview": "定西主要是怎么做的?",
    "answer-comparison": "桐庐和余杭在引进外部资源上有什么不同?",
    "answer-abstain": "定西给交流帮扶人员买的意外保险保额是多少?",
}
PLAN = ("推进城乡学校共同体建设", "山区县,农村学校多")


def open_page(browser, url: str):
    context = browser.new_context(viewport={"width": 1440, "height": 900}, locale="zh-CN")
    page = context.new_page()
    page.set_default_timeout(120_000)
    page.goto(url, wait_until="load")
    page.wait_for_selector("#jy-question textarea")
    page.wait_for_function("() => document.querySelector('#jy-status').innerText.includes('案例')")
    return context, page


def shoot_answer(browser, url: str, name: str, question: str) -> None:
    context, page = open_page(browser, url)
    page.fill("#jy-question textarea", question)
    page.press("#jy-question textarea", "Enter")
    page.wait_for_selector("#jy-answer-0")
    page.wait_for_timeout(1500)  # the chat scrolls to the answer
    first = page.locator("#jy-answer-0 a.jy-cite").first
    if first.count():
        first.click()  # flash the first card in the 来源 panel
        page.wait_for_timeout(800)
    page.mouse.move(5, 890)  # no hover tooltip in the picture
    page.locator("#jy-chatbot .user-row").last.evaluate("e => e.scrollIntoView({block: 'start'})")  # question, then answer
    page.evaluate("window.scrollTo(0, 0)")
    page.wait_for_timeout(500)
    page.screenshot(path=str(OUT / f"{name}.png"))
    context.close()


def shoot_plan(browser, url: str) -> None:
    context, page = open_page(browser, url)
    page.locator("button[role=tab]:has-text('方案起草')").first.click()
    page.fill("#jy-topic textarea, #jy-topic input", PLAN[0])
    page.fill("#jy-profile textarea", PLAN[1])
    page.click("#jy-plan-btn")
    page.wait_for_function("() => document.querySelector('#jy-plan').innerText.includes('资料来源')")
    page.wait_for_timeout(800)
    page.screenshot(path=str(OUT / "plan-profile.png"))
    context.close()


def main(url: str) -> None:
    from playwright.sync_api import sync_playwright

    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        try:
            for name, question in ANSWERS.items():
                shoot_answer(browser, url, name, question)
                print(f"{name}.png")
            shoot_plan(browser, url)
            print("plan-profile.png")
        finally:
            browser.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:7860/")
