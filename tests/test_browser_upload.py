"""Document import in a real headless browser (Debian chromium via Playwright): a PDF with a Chinese file name
uploaded through the 案例库 tab, its status followed to 已导入, then a question about it cited with 第N页 and the
original opening as a PDF; no machine text in zh-CN or en-US; deleting asks first. The app runs on a private
copy of the cases, so the repository's cases/ is never touched.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from doc_fixtures import QUESTIONS, TITLE, print_pdf  # noqa: E402
from test_app import RunningApp, start_app  # noqa: E402
from test_browser import ARTIFACTS, CHROMIUM, browser, machine_text, open_page  # noqa: E402,F401

from index.settings import REPO_ROOT  # noqa: E402

PDF_NAME = f"{TITLE}.pdf"
QUESTION, WORDS, PAGE = QUESTIONS[1]  # 专项经费 800万元, printed on page 3

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is not installed (run scripts/install_chromium.sh)"),
]


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningApp]:
    tmp = tmp_path_factory.mktemp("upload-app")
    shutil.copytree(REPO_ROOT / "cases", tmp / "cases")
    yield from start_app(tmp, JY_CASES_DIR=str(tmp / "cases"))


@pytest.fixture(scope="module")
def pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Printed before the browser fixture starts (Playwright's sync API does not nest)."""
    return print_pdf(tmp_path_factory.mktemp("upload-pdf") / PDF_NAME)


def open_tab(page, name: str) -> None:
    page.locator(f"button[role=tab]:has-text('{name}')").first.click()


def test_upload_chinese_pdf_then_ask_and_see_the_page(pdf: Path, app: RunningApp, browser) -> None:
    context, page = open_page(app, browser, "zh-CN")
    open_tab(page, "案例库")
    page.wait_for_selector("#jy-import:visible")  # no login: the import tools are there for everyone
    page.locator("#jy-upload input[type=file]").set_input_files(str(pdf))
    page.wait_for_function("() => document.querySelector('#jy-upload').innerText.includes('定西市深化')")
    page.click("#jy-upload-btn")
    seen: set[str] = set()
    for _ in range(600):  # follow the per-file status until it settles
        text = page.inner_text("#jy-upload-status")
        seen.add(text)
        if "已导入为" in text or "失败" in text:
            break
        page.wait_for_timeout(200)
    status = page.inner_text("#jy-upload-status")
    assert PDF_NAME in status and "已导入为" in status and "现在即可提问" in status, status
    assert any("解析" in s or "建立索引" in s for s in seen), seen  # the status moved through its stages
    page.wait_for_function("() => document.querySelector('#jy-status').innerText.includes('11 个案例')")
    page.wait_for_function(f"() => document.querySelector('#jy-case-table').innerText.includes('{TITLE}')")
    assert machine_text(page) == []
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "upload-desktop.png"))
    context.close()

    # a fresh visitor in an English browser asks about it: answered at once, cited with the page
    context, page = open_page(app, browser, "en-US")
    page.fill("#jy-question textarea", QUESTION)
    page.press("#jy-question textarea", "Enter")
    page.wait_for_selector("#jy-answer-0")
    page.wait_for_function("() => document.querySelector('#jy-sources .jy-active .jy-card')")
    cards = page.locator("#jy-sources .jy-active .jy-card")
    texts = [cards.nth(i).inner_text() for i in range(cards.count())]
    with_page = [i for i, t in enumerate(texts) if f"第{PAGE}页" in t and WORDS[0] in t]
    assert with_page, texts
    card = cards.nth(with_page[0])
    link = card.locator("a.jy-original")
    assert f"第{PAGE}页" in link.inner_text()
    href = link.get_attribute("href") or ""
    assert href.startswith("originals/") and href.endswith(f"#page={PAGE}")
    original = page.request.get(app.url + href.split("#")[0])
    assert original.status == 200 and original.headers["content-type"] == "application/pdf"
    assert original.body() == pdf.read_bytes()
    assert machine_text(page) == []
    assert page.errors == []  # type: ignore[attr-defined]
    context.close()


def test_delete_asks_for_confirmation(app: RunningApp, browser) -> None:
    context, page = open_page(app, browser, "zh-CN")
    open_tab(page, "案例库")
    page.locator("#jy-meta-box").get_by_text("编辑所选案例的信息").click()
    page.click("#jy-case-pick input")
    options = page.get_by_role("option")
    names = [options.nth(i).inner_text() for i in range(options.count())]
    target = "定西市" if names.count("定西市") > 1 else names[-1]  # the imported document (the second 定西市)
    options.filter(has_text=target).last.click()
    page.wait_for_function("() => (document.querySelector('#jy-meta-title input') || {}).value === '%s'" % TITLE)
    page.click("#jy-case-delete")
    page.wait_for_selector("#jy-case-delete-yes:visible")
    assert "确定删除" in page.inner_text("#jy-meta-note")
    page.click("#jy-case-delete-no")  # cancel: nothing happens
    page.wait_for_selector("#jy-case-delete-yes", state="hidden")
    assert "11 个案例" in page.inner_text("#jy-status")
    page.click("#jy-case-delete")
    page.click("#jy-case-delete-yes")
    page.wait_for_function("() => document.querySelector('#jy-meta-note').innerText.includes('已删除')")
    page.wait_for_function("() => document.querySelector('#jy-status').innerText.includes('10 个案例')")
    assert machine_text(page) == []
    context.close()


def test_a_file_over_the_cap_is_refused_in_chinese(app: RunningApp, browser, tmp_path: Path) -> None:
    big = tmp_path / "超大文件.pdf"
    with big.open("wb") as fh:  # 21 MB, over the default JY_APP__MAX_UPLOAD_MB = 20; Gradio's client refuses it
        fh.truncate(21 * 1024 * 1024)
    context, page = open_page(app, browser, "en-US")
    open_tab(page, "案例库")
    page.wait_for_selector("#jy-import:visible")
    page.locator("#jy-upload input[type=file]").set_input_files(str(big))
    page.wait_for_function("() => document.body.innerText.includes('文件超过上传上限 20.0 MB')")
    assert "超大文件.pdf" in page.inner_text("body") and "exceed" not in page.inner_text("body")
    assert machine_text(page) == []
    context.close()
