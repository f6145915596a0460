"""Importing real documents: a Chinese PDF printed by chromium, a scan of it (OCR), a .docx with a table and a
saved web page, through `import_files`, `python -m index build` and `Assistant.ask`, down to the cited page.

Fixtures are built here (tests/doc_fixtures.py); the measured accuracies are printed (run with -s to see them).
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from index.ingest import import_document, import_files
from index.load import load_case, load_cases
from index.settings import REPO_ROOT, IngestSettings

from conftest import make_settings
from doc_fixtures import (
    CHROMIUM, DOCX_FACT, HEADER, HTML_PARAGRAPHS, NAV, QUESTIONS, SECTIONS, TABLE, TITLE, char_accuracy,
    make_docx, make_saved_html, print_pdf, scan_pdf, source_text,
)

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is not installed (run scripts/install_chromium.sh)")

PDF_NAME = f"{TITLE}.pdf"
SCAN_NAME = f"{TITLE}(扫描件).pdf"
DOCX_NAME = "临洮县工作总结.docx"
HTML_NAME = "陇西县推进城乡教育一体化改革 - 定西市教育局.html"


def body(case_path: str) -> str:
    case = load_case(Path(case_path))
    return case.text[case.body_start:]


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("sources")
    pdf = print_pdf(d / PDF_NAME)
    return {
        PDF_NAME: pdf,
        SCAN_NAME: scan_pdf(pdf, d / SCAN_NAME),
        DOCX_NAME: make_docx(d / DOCX_NAME),
        HTML_NAME: make_saved_html(d / HTML_NAME),
    }


@pytest.fixture(scope="module")
def imported(sources: dict[str, Path], tmp_path_factory: pytest.TempPathFactory):
    """All four imported into one empty cases dir, with every progress event recorded."""
    cases = tmp_path_factory.mktemp("imported") / "cases"
    cases.mkdir()
    events: list[tuple[str, str, int, int]] = []
    results = import_files(list(sources.values()), cases, progress=lambda *e: events.append(e))
    return cases, {r.file: r for r in results}, events


def test_every_file_imports_with_chinese_names(imported) -> None:
    cases, results, _ = imported
    assert [r.status for r in results.values()] == ["imported"] * 4, [r.message for r in results.values()]
    loaded, errors = load_cases(cases)
    assert errors == [] and len(loaded) == 4  # originals/ is not read as cases
    for r in results.values():
        assert r.case_id.isascii() and r.file in r.message
        original = Path(r.original_path)
        assert original.parent == cases / "originals" and original.stem == r.case_id
        case = load_case(Path(r.case_path))
        assert case.source_file == r.file and case.original == f"originals/{original.name}"
        assert case.sha256 == hashlib.sha256(original.read_bytes()).hexdigest()


def test_text_layer_pdf(imported) -> None:
    _, results, _ = imported
    r = results[PDF_NAME]
    assert r.case_id == "dingxishi-shenhua-quyu-jiaoyu-xiezuo-shishi-yijian"
    assert (r.name, r.region, r.level, r.title, r.published) == ("定西市", "甘肃省定西市", "市", TITLE, "2023-07-12")
    assert (r.pages, r.ocr_pages) == (3, [])
    text = body(r.case_path)
    accuracy = char_accuracy(source_text(), text)
    print(f"\ntext-layer character accuracy: {accuracy:.4f}")
    assert accuracy >= 0.99
    assert HEADER not in text and "第 1 页" not in text and "共 3 页" not in text  # running header, page numbers
    assert "优质均衡发展，定西市坚持" in text  # a line wrapped mid-sentence is joined back
    _assert_pages_start_at_sections(r.case_path)


def _assert_pages_start_at_sections(case_path: str) -> None:
    case = load_case(Path(case_path))
    assert len(case.page_starts) == len(SECTIONS)
    for start, (heading, _) in zip(case.page_starts[1:], SECTIONS[1:]):
        assert case.text[start:].lstrip("# ").startswith(heading)


@pytest.mark.slow
def test_scanned_pdf_is_ocred(imported) -> None:
    _, results, events = imported
    r = results[SCAN_NAME]
    assert (r.pages, r.ocr_pages) == (3, [1, 2, 3])
    assert (r.name, r.title) == ("定西市", TITLE)
    accuracy = char_accuracy(source_text(), body(r.case_path))
    print(f"\nOCR character accuracy: {accuracy:.4f}")
    assert accuracy >= 0.95
    assert HEADER not in body(r.case_path)
    _assert_pages_start_at_sections(r.case_path)
    assert [(stage, done, total) for f, stage, done, total in events if f == SCAN_NAME and stage == "OCR"] == [("OCR", i, 3) for i in (1, 2, 3)]


def test_docx_keeps_headings_and_table_rows(imported) -> None:
    _, results, _ = imported
    r = results[DOCX_NAME]
    text = body(r.case_path)
    assert text.startswith("## 临洮县推进义务教育优质均衡发展工作总结\n") and "### 集团化办学情况" in text
    for row in TABLE:
        assert " | ".join(row) in text
    assert DOCX_FACT in text
    assert (r.name, r.region, r.level) == ("临洮县", "甘肃省定西市", "县")
    assert r.pages == 0 and load_case(Path(r.case_path)).page_starts == []


def test_html_drops_navigation(imported) -> None:
    _, results, _ = imported
    r = results[HTML_NAME]
    text = body(r.case_path)
    for paragraph in HTML_PARAGRAPHS:
        assert paragraph in text
    for boilerplate in [*NAV, "当前位置", "相关新闻", "版权所有", "备案号", "浏览次数"]:
        assert boilerplate not in text
    accuracy = char_accuracy("\n".join(HTML_PARAGRAPHS), "\n".join(p for p in text.split("\n") if p in HTML_PARAGRAPHS))
    assert accuracy == 1.0
    assert (r.title, r.published, r.name) == ("陇西县推进城乡教育一体化改革", "2023-09-18", "陇西县")


def test_duplicate_upload_is_refused_and_writes_nothing(imported, sources) -> None:
    cases, results, _ = imported
    before = sorted(p.relative_to(cases) for p in cases.rglob("*"))
    again = import_document(sources[PDF_NAME], cases, name="另一个名字.pdf")
    assert again.status == "duplicate" and again.case_id == results[PDF_NAME].case_id
    assert again.message.startswith("另一个名字.pdf:") and "内容完全相同" in again.message
    assert sorted(p.relative_to(cases) for p in cases.rglob("*")) == before


@pytest.fixture(scope="module")
def answering(imported, tmp_path_factory: pytest.TempPathFactory):
    """`python -m index build` over the imported cases (lexical only), then the real Assistant."""
    from assistant import Assistant

    cases, results, _ = imported
    tmp = tmp_path_factory.mktemp("answering")
    env = {k: v for k, v in os.environ.items() if not k.startswith("JY_")}
    env.update(JY_CASES_DIR=str(cases), JY_STORE__PATH=str(tmp / "chroma"), JY_EMBEDDING__MODE="none",
               PYTHONPATH=str(REPO_ROOT), PYTHONIOENCODING="utf-8")
    done = subprocess.run([sys.executable, "-m", "index", "build", "--json"], env=env, cwd=tmp,
                          capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["cases"] == 4 and report["errors"] == []
    settings = make_settings(tmp, cases, **{"embedding__mode": "none"})
    return Assistant.load(settings, build_if_missing=False), results


@pytest.mark.slow
@pytest.mark.parametrize("file", [PDF_NAME, SCAN_NAME])
@pytest.mark.parametrize("question, words, page", QUESTIONS, ids=["page2", "page3"])
def test_answer_cites_the_right_page(answering, file: str, question: str, words: list[str], page: int) -> None:
    assistant, results = answering
    case_id = results[file].case_id
    answer = assistant.ask(question, case=case_id)
    assert not answer.abstained, answer.answer
    hits = [c for c in answer.citations if c.case_id == case_id and all(w in c.quote for w in words)]
    assert hits, [c.quote for c in answer.citations]
    text = load_case(Path(results[file].case_path)).text
    for c in hits:
        assert c.supported and text[c.start:c.end] == c.quote
        assert c.page == page


@pytest.mark.slow
@pytest.mark.parametrize("file, question, words", [
    (DOCX_NAME, "临洮县累计交流校长教师多少人次?", ["486人次"]),
    (HTML_NAME, "陇西县建成了多少间智慧教室?", ["326间"]),
])
def test_answer_from_docx_and_html_has_no_page(answering, file: str, question: str, words: list[str]) -> None:
    assistant, results = answering
    answer = assistant.ask(question, case=results[file].case_id)
    hits = [c for c in answer.citations if all(w in c.quote for w in words)]
    assert hits and all(c.supported and c.page is None for c in hits), answer.answer


# -- bad input ----------------------------------------------------------------------------------------


def _encrypted_pdf(pdf: Path, out: Path) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=str(pdf))
    writer.encrypt("secret", algorithm="RC4-128")
    writer.write(str(out))
    return out.read_bytes()


def _zero_page_pdf(out: Path) -> bytes:
    from pypdf import PdfWriter

    PdfWriter().write(str(out))
    return out.read_bytes()


def _zip(out: Path) -> bytes:
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("说明.txt", "压缩包里的文件")
    return out.read_bytes()


def _blank_png(out: Path) -> bytes:
    from PIL import Image

    Image.new("RGB", (600, 400), "white").save(out)
    return out.read_bytes()


BAD = [
    ("空文件.pdf", lambda d, src: b"", "空的"),
    ("加密文件.pdf", lambda d, src: _encrypted_pdf(src, d / "x.pdf"), "已加密"),
    ("损坏文件.pdf", lambda d, src: b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage", "已损坏"),
    ("零页.pdf", lambda d, src: _zero_page_pdf(d / "z.pdf"), "没有页面"),
    ("通知.pdf", lambda d, src: b"MZ\x90\x00\x03" + b"\x00" * 200, "可执行程序"),
    ("材料.zip", lambda d, src: _zip(d / "a.zip"), "压缩包"),
    ("材料.pdf", lambda d, src: _zip(d / "b.zip"), "压缩包"),
    ("材料.rar", lambda d, src: b"Rar!\x1a\x07\x00" + b"\x00" * 64, "RAR 压缩包"),
    ("统计表.xlsx", lambda d, src: _zip(d / "c.zip"), "不支持的文件类型 .xlsx"),
    ("旧文件.doc", lambda d, src: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "旧版 Office"),
    ("空白图片.png", lambda d, src: _blank_png(d / "w.png"), "没有识别出文字"),
    ("改名的图片.pdf", lambda d, src: b"not a pdf at all, just text", "内容不是 PDF"),
    ("坏的.docx", lambda d, src: b"PK\x03\x04 not really a zip", "已损坏"),
    ("备注.xyz", lambda d, src: "一些文字".encode(), "不支持的文件类型 .xyz"),
]


@pytest.mark.parametrize("name, make, reason", BAD, ids=[b[0] for b in BAD])
def test_bad_input_gets_one_clear_message_and_loses_nothing(tmp_path: Path, sources, name, make, reason) -> None:
    cases = tmp_path / "cases"
    cases.mkdir()
    existing = cases / "tonglu.md"
    existing.write_bytes((REPO_ROOT / "cases" / "tonglu.md").read_bytes())
    upload = tmp_path / "upload" / name
    upload.parent.mkdir()
    upload.write_bytes(make(tmp_path, sources[PDF_NAME]))
    result = import_document(upload, cases)
    assert result.status == "error"
    assert result.message.startswith(f"{name}: ") and reason in result.message, result.message
    assert sorted(p.name for p in cases.rglob("*") if p.is_file()) == ["tonglu.md"]  # no half-written case, no temp file
    assert existing.read_bytes() == (REPO_ROOT / "cases" / "tonglu.md").read_bytes()


def test_size_limit_names_the_setting(tmp_path: Path, sources) -> None:
    cases = tmp_path / "cases"
    cases.mkdir()
    result = import_document(sources[PDF_NAME], cases, settings=IngestSettings(max_file_mb=0.01))
    assert result.status == "error" and "超过上限 0.01 MB" in result.message and "JY_INGEST__MAX_FILE_MB" in result.message
    assert list(cases.iterdir()) == []


def test_a_case_that_does_not_read_back_is_removed(tmp_path: Path, sources, monkeypatch: pytest.MonkeyPatch) -> None:
    """The last step reads the new case back with the loader; if that fails, both files go."""
    from index import ingest
    from index.errors import CaseFileError

    def broken(path: Path):
        raise CaseFileError(str(path), "simulated")

    monkeypatch.setattr(ingest, "load_case", broken)
    cases = tmp_path / "cases"
    cases.mkdir()
    result = import_document(sources[DOCX_NAME], cases)
    assert result.status == "error" and "simulated" in result.message
    assert [p for p in cases.rglob("*") if p.is_file()] == []


# -- CLI ----------------------------------------------------------------------------------------------


def test_cli_import_json_and_errors(tmp_path: Path, sources) -> None:
    cases = tmp_path / "cases"
    cases.mkdir()
    bad = tmp_path / "压缩包.zip"
    _zip(bad)
    env = {k: v for k, v in os.environ.items() if not k.startswith("JY_")}
    env.update(JY_CASES_DIR=str(cases), PYTHONPATH=str(REPO_ROOT), PYTHONIOENCODING="utf-8")
    run = lambda *args: subprocess.run([sys.executable, "-m", "index", *args], env=env, cwd=tmp_path,  # noqa: E731
                                       capture_output=True, text=True, encoding="utf-8", timeout=300)
    done = run("import", str(sources[DOCX_NAME]), "--json")
    assert done.returncode == 0, done.stderr
    [result] = json.loads(done.stdout)["results"]
    assert result["status"] == "imported" and (cases / f"{result['case_id']}.md").is_file()
    done = run("add", str(sources[HTML_NAME]), str(bad))
    assert done.returncode == 1
    assert f"{HTML_NAME}: 已导入为案例" in done.stdout
    assert "错误: 压缩包.zip: 这是 ZIP 压缩包" in done.stderr


def test_delete_case_removes_the_case_and_its_original(tmp_path: Path, sources) -> None:
    from index.ingest import DocumentError, delete_case

    cases = tmp_path / "cases"
    cases.mkdir()
    (cases / "tonglu.md").write_bytes((REPO_ROOT / "cases" / "tonglu.md").read_bytes())
    result = import_document(sources[DOCX_NAME], cases)
    removed = delete_case(result.case_id, cases)
    assert sorted(p.name for p in removed) == sorted([f"{result.case_id}.md", f"{result.case_id}.docx"])
    assert sorted(p.name for p in cases.rglob("*") if p.is_file()) == ["tonglu.md"]
    with pytest.raises(DocumentError, match="没有这个案例"):
        delete_case(result.case_id, cases)
    with pytest.raises(DocumentError, match="不是有效的案例编号"):
        delete_case("../tonglu", cases)
    assert import_document(sources[DOCX_NAME], cases).status == "imported"  # no longer a duplicate


@pytest.mark.slow
def test_mixed_pdf_ocrs_only_the_scanned_pages(tmp_path: Path, sources) -> None:
    """Page 1 with a text layer, pages 2-3 scanned (e.g. a signed appendix): only 2-3 go through OCR."""
    import pypdfium2 as pdfium

    mixed = pdfium.PdfDocument.new()
    text_pdf, scan = pdfium.PdfDocument(str(sources[PDF_NAME])), pdfium.PdfDocument(str(sources[SCAN_NAME]))
    mixed.import_pages(text_pdf, [0])
    mixed.import_pages(scan, [1, 2])
    path = tmp_path / "混合.pdf"
    mixed.save(str(path))
    for doc in (mixed, text_pdf, scan):
        doc.close()
    cases = tmp_path / "cases"
    cases.mkdir()
    result = import_document(path, cases)
    assert (result.status, result.pages, result.ocr_pages) == ("imported", 3, [2, 3]), result.message
    assert char_accuracy(source_text(), body(result.case_path)) >= 0.95
    _assert_pages_start_at_sections(result.case_path)


def test_a_parser_crash_is_one_error_and_the_batch_goes_on(tmp_path: Path, sources, monkeypatch: pytest.MonkeyPatch) -> None:
    from index import ingest

    real = ingest.extract

    def flaky(path, kind, settings, progress=None):
        if kind == "html":
            raise ValueError("parser bug")
        return real(path, kind, settings, progress)

    monkeypatch.setattr(ingest, "extract", flaky)
    cases = tmp_path / "cases"
    cases.mkdir()
    results = import_files([sources[HTML_NAME], sources[DOCX_NAME]], cases)
    assert [r.status for r in results] == ["error", "imported"]
    assert results[0].message == f"{HTML_NAME}: 无法解析此文件(ValueError);文件可能已损坏"
    assert sorted(p.name for p in cases.glob("*.md")) == [f"{results[1].case_id}.md"]


@pytest.mark.parametrize("name, data, kind", [
    ("说明.txt", "BM 开头的普通文本".encode(), "text"),  # "BM" is a BMP header only with a .bmp name
    ("扫描.bmp", b"BM" + b"\x00" * 60, "image"),
    ("照片.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 60, "image"),
    ("无扩展名", b"%PDF-1.7\n", "pdf"),
    ("脚本.txt", b"#!/bin/sh\necho", "text"),  # a text file may show a script
])
def test_sniff_by_content(tmp_path: Path, name: str, data: bytes, kind: str) -> None:
    from index.formats.sniff import sniff

    path = tmp_path / "upload.bin"
    path.write_bytes(data)
    assert sniff(path, Path(name).suffix) == kind
