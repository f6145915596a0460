"""Lines -> paragraphs for PDF text and OCR: joined wraps, dropped running headers and page numbers."""

from __future__ import annotations

import pytest

from index.formats.layout import PAGE_NUMBER_RE, Line, assemble, join_lines


@pytest.mark.parametrize("text, is_number", [
    ("第 3 页", True), ("第3页 共12页", True), ("- 3 -", True), ("— 12 —", True), ("3", True), ("3 / 12", True),
    ("Page 4 of 9", True), ("第三章", False), ("2023年工作要点", False), ("一、总体要求", False),
])
def test_page_number_pattern(text: str, is_number: bool) -> None:
    assert bool(PAGE_NUMBER_RE.match(text)) is is_number


def test_join_lines() -> None:
    assert join_lines("推动基础教育优质均衡发", "展,定西市") == "推动基础教育优质均衡发展,定西市"
    assert join_lines("open data", "platform") == "open data platform"


def _page(n: int) -> list[Line]:
    """A page with a running header, an indented paragraph wrapped over two full lines, and a page number."""
    return [
        Line("某某县教育局文件", 0.4, 0.03, 0.6, 0.05),
        Line(f"第{n}段开头的文字写满了一整", 0.14, 0.20, 0.90, 0.22),
        Line("行还没有结束。", 0.10, 0.23, 0.40, 0.25),
        Line(f"第{n}段之后又起一段写满了一整", 0.14, 0.26, 0.90, 0.28),
        Line("行也结束了。", 0.10, 0.29, 0.35, 0.31),
        Line(f"- {n} -", 0.48, 0.95, 0.52, 0.97),
    ]


def test_assemble_drops_running_lines_and_keeps_page_offsets() -> None:
    text, starts = assemble([_page(1), _page(2)])
    assert "某某县教育局文件" not in text and "- 1 -" not in text
    assert "第1段开头的文字写满了一整行还没有结束。" in text
    assert text[starts[1]:].startswith("第2段开头")
    assert text.count("\n\n") == 3  # four paragraphs


def test_control_characters_never_reach_the_text() -> None:
    text, starts = assemble([[Line("\x00第一\x02行\u200b文字", 0.1, 0.2, 0.5, 0.22), Line("\x00\x01", 0.1, 0.3, 0.2, 0.32)]])
    assert text == "第一行文字\n" and starts == [0]


def test_ocr_boxes_on_one_row_are_merged_left_to_right() -> None:
    from index.formats.ocr import _merge_rows

    # four characters of 0.02 width each; the second box starts right after, the third one far away
    rows = _merge_rows([
        Line("学段", 0.10, 0.200, 0.14, 0.22), Line("小学", 0.145, 0.201, 0.185, 0.221), Line("142所", 0.40, 0.199, 0.48, 0.219),
        Line("下一行", 0.10, 0.30, 0.16, 0.32),
    ])
    assert [r.text for r in rows] == ["学段小学 142所", "下一行"]
