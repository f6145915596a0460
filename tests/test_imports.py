"""案例库 administration through its handler (`ui/imports.py`) with the real offline Assistant over a private copy
of the cases: upload with a per-file status, the new case answerable at once with 第N页, duplicates and bad
files named, admin-only with login, metadata edits validated by field, delete with confirmation; and the
route serving originals (`ui/originals.py`) over real HTTP: only files under cases/originals/, right type.
"""

from __future__ import annotations

import html
import os
import re
import threading
import time
from pathlib import Path
from types import SimpleNamespace

import httpx
import pytest

from assistant.conversations import ConversationStore
from assistant.feedback import FeedbackStore
from index.load import FRONT_RE, load_case
from ui import render
from ui.catalog import CaseCatalog
from ui.guard import RateLimiter, ReindexGate
from ui.imports import ImportHandler, stage_text
from ui.library import LibraryHandler
from ui.originals import add_originals_route, resolve_original
from ui.session import Services

from conftest import make_settings
from doc_fixtures import CHROMIUM, QUESTIONS, TITLE, print_pdf
from test_app import free_port

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is not installed (run scripts/install_chromium.sh)")
PDF_NAME = f"{TITLE}.pdf"
QUESTION, WORDS, PAGE = QUESTIONS[1]  # 专项经费 800万元, on page 3


def request(username: str | None = None) -> SimpleNamespace:
    return SimpleNamespace(username=username, client=SimpleNamespace(host="127.0.0.1"), session_hash="s1")


@pytest.fixture(scope="module")
def pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return print_pdf(tmp_path_factory.mktemp("pdf") / PDF_NAME)


def make_services(tmp: Path, cases: Path, login_on: bool = False, admins: frozenset[str] = frozenset()) -> Services:
    from assistant import Assistant

    settings = make_settings(tmp, cases, **{"embedding__mode": "none"})
    settings.app.data_dir = tmp / "data"
    assistant = Assistant.load(settings)
    db = settings.app.data_dir / "conversations.sqlite"
    # a 10-minute reindex interval: imports, edits and deletes must still reach the index at once
    return Services(settings=settings, assistant=assistant, catalog=CaseCatalog(assistant),
                    conversations=ConversationStore(db), feedback=FeedbackStore(db, settings.app.feedback_path, 50_000),
                    limiter=RateLimiter(100), ip_limiter=RateLimiter(1000),
                    reindex_gate=ReindexGate(login_on, set(admins), 600))


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, pdf: Path):
    """One import of the Chinese PDF through the handler, every streamed status kept."""
    import shutil

    from index.settings import REPO_ROOT

    tmp = tmp_path_factory.mktemp("imports")
    cases = tmp / "cases"
    shutil.copytree(REPO_ROOT / "cases", cases)
    services = make_services(tmp, cases)
    library = LibraryHandler(services)
    handler = ImportHandler(services, library)
    services.reindex_gate.run(None, lambda: None)  # a manual reindex just ran: the interval rule is now in force
    upload = tmp / "gradio" / PDF_NAME  # as Gradio hands it over: the user's file name in a temp folder
    upload.parent.mkdir()
    shutil.copyfile(pdf, upload)
    steps = list(handler.upload([str(upload)], request()))
    return SimpleNamespace(tmp=tmp, cases=cases, s=services, handler=handler, library=library, steps=steps, upload=upload)


def new_case(world) -> dict:
    return next(c for c in world.s.catalog.cases if c.get("original"))


def test_upload_streams_status_and_the_case_answers_at_once_with_its_page(world) -> None:
    tables = [step[0] for step in world.steps]
    assert any("解析" in t or "建立索引" in t for t in tables[:-1]), tables  # the status moved before it settled
    final, rows, cards, _filter, picker, line, _info = world.steps[-1]
    assert PDF_NAME in final and "已导入为" in final and "现在即可提问" in final and "共 3 页" in final
    case = new_case(world)
    assert picker["value"] == case["id"] and (case["name"], case["id"]) in [tuple(c) for c in picker["choices"]]
    assert any(case["title"] in r for r in map(str, rows)) and render.esc(case["title"]) in cards
    assert "11 个案例" in line
    assert not re.search(r"cases/|\.pdf\b|" + re.escape(case["id"]), final.replace(PDF_NAME, "")), final  # no paths or ids

    answer = world.s.assistant.ask(QUESTION)
    hits = [c for c in answer.citations if c.case_id == case["id"] and all(w in c.quote for w in WORDS)]
    assert hits and all(c.page == PAGE for c in hits), [(c.case_id, c.quote, c.page) for c in answer.citations]
    card = render.source_card(hits[0].n, hits, answer, world.s.catalog.by_id(), "jy-src-0")
    assert f"第{PAGE}页" in card and f'href="originals/{case["id"]}#page={PAGE}"' in card
    assert f"第{PAGE}页" in render.plain_text(answer, world.s.catalog.by_id())


def test_duplicate_and_bad_files_get_one_named_row_each(world, tmp_path: Path) -> None:
    fake = tmp_path / "伪装成PDF的程序.pdf"
    fake.write_bytes(b"MZ\x90\x00" + os.urandom(2048))
    before = sorted(p.name for p in world.cases.rglob("*"))
    *_, last = world.handler.upload([str(world.upload), str(fake)], request())
    table = last[0]
    name = new_case(world)["name"]
    assert re.search(rf"{re.escape(PDF_NAME)}</td><td class=\"jy-fail\">未重复导入:与已收录的“{name}”内容完全相同", table), table
    assert "伪装成PDF的程序.pdf</td><td class=\"jy-fail\">失败:" in table
    assert sorted(p.name for p in world.cases.rglob("*")) == before  # nothing written, nothing lost
    assert list(world.handler.upload([], request()))[-1][0].startswith("请先选择")


def test_upload_over_the_app_cap_names_the_setting(world, tmp_path: Path) -> None:
    world.s.settings.app.max_upload_mb = 1
    big = tmp_path / "大文件.txt"
    big.write_bytes("教育".encode() * 600_000)
    try:
        table = list(world.handler.upload([str(big)], request()))[-1][0]
    finally:
        world.s.settings.app.max_upload_mb = 20
    table = html.unescape(table)
    assert "大文件.txt" in table and "超过上传上限 1 MB" in table and "JY_APP__MAX_UPLOAD_MB" in table


def test_only_admins_import_edit_or_delete_when_login_is_on(world, pdf: Path) -> None:
    gate = world.s.reindex_gate
    world.s.reindex_gate = ReindexGate(True, {"boss"}, 600)
    try:
        before = sorted(p.name for p in world.cases.rglob("*"))
        assert "只有管理员" in list(world.handler.upload([str(pdf)], request("clerk")))[-1][0]
        case = new_case(world)
        assert "只有管理员" in world.handler.save_meta(case["id"], "x", "", "", "case", "t", "", request("clerk"))[0]
        assert "只有管理员" in world.handler.delete(case["id"], request("clerk"))[1]
        assert sorted(p.name for p in world.cases.rglob("*")) == before
        assert world.handler.may_edit(request("clerk"))["visible"] is False
        assert world.handler.may_edit(request("boss"))["visible"] is True
    finally:
        world.s.reindex_gate = gate


@pytest.mark.parametrize("field, value, message", [
    ("name", "  ", "字段「名称」:不能为空"),
    ("published", "2023/7/12", "字段「发布日期」:格式应为 YYYY-MM-DD"),
    ("published", "2023-02-30", "字段「发布日期」:2023-02-30 不是有效的日期"),
    ("level", "村", "字段「行政级别」:只能是"),
    ("title", "标" * 201, "字段「标题」:最多 200 个字"),
    ("kind", "other", "字段「类型」:只能是"),
])
def test_metadata_validation_names_the_field_and_changes_nothing(world, field: str, value: str, message: str) -> None:
    case = new_case(world)
    path = world.cases / f"{case['id']}.md"
    before = path.read_bytes()
    values = dict(zip(("name", "region", "level", "kind", "title", "published"), world.handler.load_meta(case["id"])[:6]))
    values[field] = value
    note = world.handler.save_meta(case["id"], *values.values(), request())[0]
    assert message in note and path.read_bytes() == before


def test_metadata_edit_rewrites_front_matter_keeps_the_body_and_pages(world) -> None:
    case = new_case(world)
    path = world.cases / f"{case['id']}.md"
    old = load_case(path)
    out = world.handler.save_meta(case["id"], "定西市教育局", "甘肃省定西市", "市", "reference", "区域教育协作实施意见(修订)",
                                  "2023-07-12", request())
    assert out[0].startswith("✅"), out[0]
    new = load_case(path)
    assert (new.name, new.region, new.level, new.kind, new.title, new.published) == (
        "定西市教育局", "甘肃省定西市", "市", "reference", "区域教育协作实施意见(修订)", "2023-07-12")
    assert new.text[new.body_start:] == old.text[old.body_start:]
    assert [p - new.body_start for p in new.page_starts] == [p - old.body_start for p in old.page_starts]
    assert "sha256:" in FRONT_RE.match(new.text).group(1)  # the rest of the front matter is kept
    assert world.s.catalog.by_id()[case["id"]]["name"] == "定西市教育局"
    assert "定西市教育局" in out[-1]  # the case view shows the new name
    answer = world.s.assistant.ask(QUESTION, case=case["id"])  # offsets moved with the front matter: still exact
    hits = [c for c in answer.citations if c.case_id == case["id"]]
    assert hits and all(new.text[c.start:c.end] == c.quote and c.page == PAGE for c in hits if WORDS[0] in c.quote)


def test_delete_asks_first_then_removes_case_original_and_index(world) -> None:
    case = new_case(world)
    row, note = world.handler.ask_delete(case["id"])
    assert row["visible"] is True and "确定删除" in note and case["name"] in note
    assert (world.cases / f"{case['id']}.md").exists()  # asking deletes nothing
    out = world.handler.delete(case["id"], request())
    assert out[0]["visible"] is False and "已删除" in out[1]
    assert not (world.cases / f"{case['id']}.md").exists() and not list((world.cases / "originals").glob(f"{case['id']}.*"))
    assert case["id"] not in world.s.catalog.by_id() and out[5]["value"] is None
    answer = world.s.assistant.ask(QUESTION)
    assert all(c.case_id != case["id"] for c in answer.citations)


def test_stage_text() -> None:
    assert stage_text("OCR", 3, 12) == "OCR 第3/12页"
    assert stage_text("解析", 0, 1) == "解析中"
    assert stage_text("解析", 2, 5) == "解析中 第2/5页"


# -- originals over real HTTP --------------------------------------------------------------------------
@pytest.fixture
def originals_server(tmp_path: Path):
    import uvicorn
    from fastapi import FastAPI

    cases = tmp_path / "cases"
    (cases / "originals").mkdir(parents=True)
    (cases / "originals" / "dingxi-yijian.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    (cases / "originals" / "longxi.html").write_text("<script>alert(1)</script>", encoding="utf-8")
    (tmp_path / "secret.txt").write_text("secret", encoding="utf-8")
    (cases / "originals" / "escape.txt").symlink_to(tmp_path / "secret.txt")
    catalog = {
        "dingxi-yijian": {"original": "originals/dingxi-yijian.pdf", "source_file": "定西市实施意见.pdf"},
        "longxi": {"original": "originals/longxi.html", "source_file": "陇西.html"},
        "escape": {"original": "originals/escape.txt"},
        "sneaky": {"original": "../secret.txt"},
        "plain": {"original": ""},
    }
    server = FastAPI()
    add_originals_route(server, catalog.get, lambda: cases, lambda req: req.cookies.get("who"))
    port = free_port()
    config = uvicorn.Server(uvicorn.Config(server, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=config.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not config.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", cases, tmp_path
    config.should_exit = True
    thread.join(5)


def test_originals_served_safely(originals_server) -> None:
    url, cases, tmp = originals_server
    with httpx.Client(base_url=url, cookies={"who": "boss"}, timeout=10) as client:
        r = client.get("/originals/dingxi-yijian")
        assert r.status_code == 200 and r.headers["content-type"] == "application/pdf" and r.content.startswith(b"%PDF")
        assert r.headers["content-disposition"].startswith("inline;") and "%E5%AE%9A%E8%A5%BF" in r.headers["content-disposition"]
        assert r.headers["x-content-type-options"] == "nosniff"
        html = client.get("/originals/longxi")
        assert html.status_code == 200 and html.headers["content-type"].startswith("text/plain")  # never run as HTML
        assert "sandbox" in html.headers["content-security-policy"]
        for path in ["/originals/escape", "/originals/sneaky", "/originals/plain", "/originals/nobody",
                     "/originals/..%2Fsecret", "/originals/../secret.txt", "/originals/%2e%2e", "/originals/DINGXI-YIJIAN"]:
            r = client.get(path)
            assert r.status_code == 404 and b"secret" not in r.content, path
    assert httpx.get(url + "/originals/dingxi-yijian", timeout=10).status_code == 401  # no login cookie


def test_resolve_original_stays_inside_originals(tmp_path: Path) -> None:
    cases = tmp_path / "cases"
    (cases / "originals").mkdir(parents=True)
    (cases / "originals" / "a.pdf").write_bytes(b"%PDF")
    (cases / "a.pdf").write_bytes(b"%PDF")
    assert resolve_original("a", "originals/a.pdf", cases) == (cases / "originals" / "a.pdf").resolve()
    assert resolve_original("a", "a.pdf", cases) is None  # outside originals/
    assert resolve_original("b", "originals/a.pdf", cases) is None  # another case's file
    assert resolve_original("a", "originals/../a.pdf", cases) is None
    assert resolve_original("a", "/etc/passwd", cases) is None
    assert resolve_original("../a", "originals/a.pdf", cases) is None
