"""Page numbers: front matter `pages` -> chunk fields -> the page on each citation."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.schema import Passage
from assistant.verify import verify_answer
from index.chunk import chunk_case
from index.errors import CaseFileError
from index.load import load_case
from index.pages import chunk_pages, page_at, page_of
from index.settings import ChunkSettings

PAGE1 = "# 示例县教育改革\n\n示例县组建了12个城乡学校共同体。每个共同体由一所城区优质学校牵头。"
PAGE2 = "县教育局每年安排专项经费500万元用于共同体建设。交流轮岗教师860名。"
PAGE3 = "全县建成智慧教室326间。"


def write_case(tmp_path: Path, pages: str) -> Path:
    body = PAGE1 + PAGE2 + "\n\n" + PAGE3 + "\n"
    path = tmp_path / "demo.md"
    path.write_text(f"---\nid: demo\nname: 示例县\nkind: case\ntitle: 示例县教育改革\npages: {pages}\n---\n{body}", encoding="utf-8")
    return path


def offsets() -> str:
    return f"[0, {len(PAGE1)}, {len(PAGE1 + PAGE2) + 2}]"


@pytest.mark.parametrize("pos, page", [(0, 1), (9, 1), (10, 2), (19, 2), (20, 3), (10_000, 3)])
def test_page_at(pos: int, page: int) -> None:
    assert page_at([0, 10, 20], pos) == page
    assert page_at([], pos) == 0


def test_page_offsets_count_from_the_body(tmp_path: Path) -> None:
    case = load_case(write_case(tmp_path, offsets()))
    assert [case.text[p:p + 6] for p in case.page_starts] == ["# 示例县教", "县教育局每年", "全县建成智慧"]


def test_a_chunk_spanning_pages_gives_each_quote_its_page(tmp_path: Path) -> None:
    case = load_case(write_case(tmp_path, offsets()))
    [chunk] = chunk_case(case, ChunkSettings(size_tokens=2000, overlap_tokens=0))
    assert chunk.page == 1 and chunk.page_starts == ",".join(map(str, case.page_starts[1:]))
    assert chunk_pages(case, case.page_starts[1], case.page_starts[2] - 2) == {"page": 2, "page_starts": ""}
    assert page_of(chunk, case.text.index("每个共同体")) == 1
    assert page_of(chunk, case.text.index("专项经费")) == 2
    assert page_of(chunk, case.text.index("智慧教室")) == 3
    answer = "示例县每年安排专项经费500万元用于共同体建设[1]。全县建成智慧教室326间[1]。"
    _, _, citations = verify_answer(answer, [Passage(chunk=chunk, score=1.0)])
    assert [(c.page, c.supported, case.text[c.start:c.end] == c.quote) for c in citations] == [(2, True, True), (3, True, True)]


def test_a_case_without_pages_cites_no_page(tmp_path: Path) -> None:
    path = tmp_path / "plain.md"
    path.write_text("---\nid: plain\nname: 示例县\nkind: case\ntitle: 示例\n---\n全县建成智慧教室326间。\n", encoding="utf-8")
    [chunk] = chunk_case(load_case(path))
    assert (chunk.page, chunk.page_starts) == (0, "")
    _, _, [citation] = verify_answer("全县建成智慧教室326间[1]。", [Passage(chunk=chunk, score=1.0)])
    assert citation.page is None


@pytest.mark.parametrize("pages, reason", [
    ("[0, 50, 20]", "increasing offsets"),
    ("[0, 99999]", "increasing offsets within the body"),
    ("[0, 'x']", "list of character offsets"),
    ("12", "list of character offsets"),
])
def test_bad_pages_field_names_the_field(tmp_path: Path, pages: str, reason: str) -> None:
    with pytest.raises(CaseFileError, match="field 'pages'") as err:
        load_case(write_case(tmp_path, pages))
    assert reason in str(err.value)
