"""Loading case files: front matter, encodings, .docx, and one clear error per bad file."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.errors import CaseFileError
from index.load import decode_bytes, load_case, load_cases

FRONT = """---
id: {id}
name: {name}
region: 测试省{name}
level: 市
kind: case
title: {name}教育改革案例
published: 2021-05-06
topics: 集团化办学, 县管校聘、教师交流
---

# {name}教育改革案例

{name}推进学校发展共同体建设,形成了“城乡结对”模式。全市共有学校一百二十所!
"""


def good(name: str = "甲市", case_id: str = "good") -> str:
    return FRONT.format(id=case_id, name=name)


def write(dir_: Path, name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
    path = dir_ / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
    return path


# -- front matter --------------------------------------------------------------------------------------


def test_front_matter_fields(tmp_path: Path) -> None:
    path = write(tmp_path, "good.md", good())
    case = load_case(path)
    assert case.id == "good"
    assert case.name == "甲市"
    assert case.region == "测试省甲市"
    assert case.level == "市"
    assert case.kind == "case"
    assert case.title == "甲市教育改革案例"
    assert case.published == "2021-05-06"  # a YAML date becomes an ISO string
    assert case.topics == ["集团化办学", "县管校聘", "教师交流"]  # a string of topics is split
    # body_start points just after the closing '---'; offsets are offsets into the whole file text
    assert case.text[: case.body_start].rstrip().endswith("---")
    assert case.text[case.body_start:].lstrip().startswith("# 甲市教育改革案例")
    assert case.text == path.read_text(encoding="utf-8")
    assert len(case.digest) == 40


def test_no_front_matter_uses_stem_and_first_heading(tmp_path: Path) -> None:
    path = write(tmp_path, "plain-case.txt", "# 乙县的做法\n\n乙县推行教师县管校聘。\n")
    case = load_case(path)
    assert case.id == "plain-case"
    assert case.title == "乙县的做法"
    assert case.body_start == 0
    assert case.kind == "case"


def test_real_corpus_loads_without_errors() -> None:
    from index.settings import REPO_ROOT

    cases, errors = load_cases(REPO_ROOT / "cases")
    assert errors == []
    assert len(cases) >= 10
    assert len({c.id for c in cases}) == len(cases)
    for c in cases:
        assert c.path.startswith("cases/")  # shown relative to the repo
        assert c.text[c.body_start:].strip()


# -- encodings -----------------------------------------------------------------------------------------


def test_gbk_file_decodes(tmp_path: Path) -> None:
    text = good("丙市", "gbk-case")
    path = write(tmp_path, "gbk-case.md", text, encoding="gbk")
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")  # really not UTF-8
    case = load_case(path)
    assert case.text == text
    assert case.name == "丙市"
    assert "城乡结对" in case.text[case.body_start:]


def test_gb18030_plain_text_decodes(tmp_path: Path) -> None:
    text = "丁区实施“管办助评”改革,释放学校办学活力。区教育局负责统筹。\n"
    path = write(tmp_path, "ding.txt", text, encoding="gb18030")
    assert load_case(path).text == text


def test_utf8_bom(tmp_path: Path) -> None:
    text = good("戊市", "bom-case")
    path = write(tmp_path, "bom-case.md", b"\xef\xbb\xbf" + text.encode("utf-8"))
    case = load_case(path)
    assert not case.text.startswith("\ufeff")
    assert case.text == text
    assert case.id == "bom-case" and case.name == "戊市"  # the front matter is still recognised


def test_crlf_front_matter(tmp_path: Path) -> None:
    text = good("己市", "crlf-case").replace("\n", "\r\n")
    case = load_case(write(tmp_path, "crlf-case.md", text))
    assert case.name == "己市"
    assert case.text[case.body_start:].lstrip().startswith("# 己市")


def test_undecodable_bytes_rejected() -> None:
    latin1 = "Résumé – café naïve déjà vu. " * 5
    with pytest.raises(CaseFileError, match="cannot decode"):
        decode_bytes(latin1.encode("cp1252"), "x.txt")


# -- bad files: each reported with its path and reason, the rest still loads ------------------------------

BAD_FILES: dict[str, tuple[bytes, str]] = {
    "binary.md": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
    "empty.md": (b"", "empty file"),
    "blank.txt": (b"  \n\n \t\n", "empty file"),
    "bad-yaml.md": ("---\nid: bad-yaml\nname: [未闭合\ntitle: x\n---\n\n正文。\n".encode(), "bad YAML"),
    "list-yaml.md": ("---\n- a\n- b\n---\n\n正文。\n".encode(), "YAML mapping"),
    "unclosed.md": ("---\nid: unclosed\nname: 某市\n\n正文没有结束的前言。\n".encode(), "never closed"),
    "Bad_ID.md": ("---\nid: Bad ID!\nname: 某市\nkind: case\ntitle: 标题\n---\n\n正文。\n".encode(), "ascii slug"),
    "中文名.txt": ("没有前言的文件,文件名不是合法的编号。\n".encode(), "ascii slug"),
    "wrong-id.md": (good(case_id="other-id").encode(), "must equal the file name stem"),
    "missing.md": ("---\nid: missing\nname: 某市\n---\n\n正文。\n".encode(), "lacks required field(s): kind, title"),
    "bad-kind.md": ("---\nid: bad-kind\nname: 某市\nkind: blog\ntitle: 标题\n---\n\n正文。\n".encode(), "'kind' must be"),
    "only-front.md": (b"---\nid: only-front\nname: x\nkind: case\ntitle: t\n---\n\n", "no text after the front matter"),
    "notes.pdf": (b"%PDF-1.4 fake", "unsupported file type .pdf"),
    "noext": ("无扩展名的文件。\n".encode(), "unsupported file type (none)"),
    "broken.docx": (b"PK\x03\x04 this is not really a zip", "unreadable .docx"),
    # same id as good.md (id must equal the stem, so the duplicate is good.txt)
    "good.txt": ("另一个同名案例。\n".encode(), "duplicate case id 'good'"),
}


def test_bad_files_reported_and_rest_loaded(tmp_path: Path) -> None:
    write(tmp_path, "good.md", good())
    write(tmp_path, "second.md", good("庚市", "second"))
    for name, (content, _reason) in BAD_FILES.items():
        write(tmp_path, name, content)
    # ignored, never reported: hidden files, underscore files, README
    write(tmp_path, ".hidden.md", b"\x00\x00")
    write(tmp_path, "_draft.md", b"")
    write(tmp_path, "README.md", "# 说明\n")

    cases, errors = load_cases(tmp_path)

    assert sorted(c.id for c in cases) == ["good", "second"]
    by_file = {Path(e.path).name: e for e in errors}
    assert set(by_file) == set(BAD_FILES), f"unexpected error set: {[str(e) for e in errors]}"
    for name, (_content, reason) in BAD_FILES.items():
        err = by_file[name]
        assert isinstance(err, CaseFileError)
        assert err.path == str(tmp_path / name)  # outside the repo: the full path
        assert reason in err.reason, f"{name}: {err.reason!r} lacks {reason!r}"
        assert str(err) == f"{err.path}: {err.reason}"
    # the duplicate keeps the first file (sorted order) and names it
    assert by_file["good.txt"].reason.endswith(f"(already used by {tmp_path / 'good.md'})")


def test_missing_cases_dir(tmp_path: Path) -> None:
    with pytest.raises(CaseFileError, match="does not exist"):
        load_cases(tmp_path / "nope")


# -- .docx ---------------------------------------------------------------------------------------------


def test_docx_case_loads(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("辛县推进集团化办学", level=1)
    document.add_paragraph("辛县组建了八个教育集团,覆盖全部农村学校。")
    document.add_paragraph("")
    document.add_heading("主要做法", level=2)
    document.add_paragraph("集团内教师统一调配,课程资源共享。")
    path = tmp_path / "xin-county.docx"
    document.save(str(path))

    cases, errors = load_cases(tmp_path)
    assert errors == []
    [case] = cases
    assert case.id == "xin-county"
    assert case.title == "辛县推进集团化办学"
    assert case.text == (
        "## 辛县推进集团化办学\n\n辛县组建了八个教育集团,覆盖全部农村学校。\n\n"
        "### 主要做法\n\n集团内教师统一调配,课程资源共享。\n"
    )

    from index.chunk import chunk_case

    chunks = chunk_case(case)
    assert chunks and all(case.text[c.start:c.end] == c.text for c in chunks)
    assert any(c.heading.endswith("主要做法") for c in chunks)
