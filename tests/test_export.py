"""Exports a bureau can file: the plan .docx in a GB/T 9704-like layout, the chat Markdown with full sources."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
from docx.shared import Mm

from assistant.core import Assistant
from assistant.export import FONTS, conversation_to_markdown, write_plan

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def test_plan_docx_is_a4_chinese_official_layout(assistant: Assistant, tmp_path: Path) -> None:
    plan = assistant.draft_plan("推进义务教育集团化办学", "山区县")
    path = write_plan(plan, tmp_path / "plan.docx", author="张局长")
    document = docx.Document(str(path))
    section = document.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(0.5) and abs(section.page_height - Mm(297)) < Mm(0.5)
    assert [round(m / 36000) for m in (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)] == [37, 35, 28, 26]

    with zipfile.ZipFile(path) as z:
        xml = {name: z.read(name).decode("utf-8") for name in ("word/document.xml", "word/styles.xml", "word/fontTable.xml")}
    east = set(re.findall(r'w:eastAsia="([^"]+)"', xml["word/document.xml"] + xml["word/styles.xml"]))
    assert {"方正小标宋简体", "黑体", "仿宋_GB2312"} <= east
    assert "zh-CN" in east and "ja-JP" not in xml["word/styles.xml"] + xml["word/document.xml"]
    assert 'w:lang w:val="zh-CN" w:eastAsia="zh-CN"' in xml["word/styles.xml"]
    for name, fallback, _ in FONTS.values():  # each East-Asian font declares a fallback present on common systems
        assert re.search(rf'w:name="{name}"><w:altName w:val="{fallback}"/>', xml["word/fontTable.xml"]), name

    title = document.paragraphs[0]
    assert title.text == plan.title and title.runs[0]._r.rPr.rFonts.get(f"{W}eastAsia") == "方正小标宋简体"
    assert document.styles["Title"].font.size.pt == 22 and document.styles["Heading 1"].font.size.pt == 16
    assert document.styles["Normal"].font.size.pt == 16
    headings = [p for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings and all(p.runs[0]._r.rPr.rFonts.get(f"{W}eastAsia") == "黑体" for p in headings)

    props = document.core_properties
    assert props.title == plan.title and props.author == "张局长" and props.language == "zh-CN"
    assert "python-docx" not in (props.author + props.last_modified_by + props.comments)
    default = write_plan(plan, tmp_path / "default.docx")
    assert docx.Document(str(default)).core_properties.author == "教育改革案例助手"


def test_chat_markdown_keeps_every_quote_with_source_details(assistant: Assistant) -> None:
    question = "淄博的学校发展共同体有哪几种模式?"
    answer = assistant.ask(question)
    cases = {c["id"]: c for c in assistant.cases()}
    text = conversation_to_markdown([{"question": question, "answer": answer}], cases, "对话记录")
    quotes = {c.quote for c in answer.citations}
    assert len(quotes) > 1 and all(f"> {q}" in text for q in quotes)
    assert "发布日期:2019-03-20" in text and "《关于推进义务教育学校发展共同体建设的指导意见》" in text
    assert "cases/" not in text and "**" not in text and "<sup>" not in text
