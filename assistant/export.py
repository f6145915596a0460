"""Plan -> Markdown and Word (.docx), with a numbered source list giving case, title and source of every citation."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from index.errors import AssistantError

from .plan import Plan

CN_NUMBERS = "一二三四五六七八九十"


def source_list(plan: Plan) -> list[tuple[int, str]]:
    """Distinct cited passages numbered in order of first use: (number, description)."""
    numbers: dict[tuple[str, int, int], int] = {}
    out: list[tuple[int, str]] = []
    for section in plan.sections:
        for item in section.items:
            for c in item.citations:
                key = (c.source, c.start, c.end)
                if key not in numbers:
                    numbers[key] = len(numbers) + 1
                    out.append((numbers[key], f"{c.case_name}《{c.title}》,{c.source} 第 {c.start}–{c.end} 字:“{c.quote}”"))
    return out


def _item_refs(plan: Plan) -> dict[int, list[int]]:
    """id(item) -> source numbers it cites, consistent with `source_list`."""
    numbers: dict[tuple[str, int, int], int] = {}
    refs: dict[int, list[int]] = {}
    for section in plan.sections:
        for item in section.items:
            nums = []
            for c in item.citations:
                key = (c.source, c.start, c.end)
                numbers.setdefault(key, len(numbers) + 1)
                if numbers[key] not in nums:
                    nums.append(numbers[key])
            refs[id(item)] = nums
    return refs


def plan_to_markdown(plan: Plan) -> str:
    refs = _item_refs(plan)
    lines = [f"# {plan.title}", ""]
    if plan.scope:
        lines += [f"**适用范围/本地情况:** {plan.scope}", ""]
    if plan.notice:
        lines += [f"> {plan.notice}", ""]
    if plan.references:
        lines += ["**可借鉴案例**(按与本地情况的相近程度排列)", "", "| 案例 | 为什么适合(案例原文) |", "|---|---|"]
        lines += [f"| {r.name} | {r.reason.replace('|', '/')} |" for r in plan.references] + [""]
    for i, section in enumerate(plan.sections):
        lines += [f"## {CN_NUMBERS[i]}、{section.heading}", ""]
        for k, item in enumerate(section.items, 1):
            marks = "".join(f"[{n}]" for n in refs[id(item)])
            names = list(dict.fromkeys(c.case_name for c in item.citations))
            attributed = all(item.text.startswith(f"借鉴{n}") for n in names)
            cases = f"(参考:{'、'.join(names)})" if names and not attributed else ""
            lines.append(f"{k}. {item.text}{marks}{cases}")
        lines.append("")
    sources = source_list(plan)
    if sources:
        lines += ["## 资料来源", ""] + [f"[{n}] {desc}" for n, desc in sources]
    return "\n".join(lines).rstrip() + "\n"


# GB/T 9704-2012 (党政机关公文格式) as far as a draft needs: A4, margins 37/35/28/26 mm, title in 小标宋 二号,
# headings in 黑体 三号, body in 仿宋 三号 with a fixed 28 pt line. Each East-Asian font names a fallback that
# ships with Windows/WPS (`w:altName` in the font table), so a machine without 方正 fonts still shows the layout.
FONTS = {  # role -> (East-Asian font, fallback, size in pt)
    "title": ("方正小标宋简体", "宋体", 22),
    "heading": ("黑体", "SimHei", 16),
    "body": ("仿宋_GB2312", "仿宋", 16),
}
LATIN_FONT = "Times New Roman"
DEFAULT_AUTHOR = "教育改革案例助手"


def _set_fonts(run_or_style_rpr, east_asian: str) -> None:
    """rFonts with the East-Asian font, and zh-CN as the language (python-docx's template says ja-JP)."""
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    rpr = run_or_style_rpr
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(attr), LATIN_FONT)
    fonts.set(qn("w:eastAsia"), east_asian)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):  # theme fonts would win
        fonts.attrib.pop(qn(attr), None)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "zh-CN")
    lang.set(qn("w:eastAsia"), "zh-CN")
    lang.set(qn("w:bidi"), "ar-SA")


def _font_table(document) -> None:
    """Declare each East-Asian font with its fallback (`altName`), charset GB2312."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import parse_xml

    part = next((r.target_part for r in document.part.rels.values() if r.reltype == RT.FONT_TABLE), None)
    if part is None:
        return
    root = parse_xml(part.blob)
    ns = root.nsmap.get("w") or "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    for name, alt, _ in FONTS.values():
        font = parse_xml(
            f'<w:font xmlns:w="{ns}" w:name="{name}"><w:altName w:val="{alt}"/><w:charset w:val="86"/>'
            f'<w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>')
        root.append(font)
    from lxml import etree

    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _page_number(section) -> None:
    """A centred "— n —" page number in the footer."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("— ")
    run = p.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)
    p.add_run(" —")


def plan_to_docx(plan: Plan, path: Path, author: str = DEFAULT_AUTHOR) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt, RGBColor

    refs = _item_refs(plan)
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    _page_number(section)

    styles = document.styles
    normal = styles["Normal"]
    normal.font.size = Pt(FONTS["body"][2])
    normal.font.name = LATIN_FONT
    normal.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    normal.paragraph_format.line_spacing = Pt(28)
    normal.paragraph_format.space_after = Pt(0)
    _set_fonts(normal.element.get_or_add_rPr(), FONTS["body"][0])
    defaults = document.styles.element.find(".//{*}docDefaults/{*}rPrDefault/{*}rPr")
    if defaults is not None:
        _set_fonts(defaults, FONTS["body"][0])

    for style_name, role in (("Title", "title"), ("Heading 1", "heading")):
        style = styles[style_name]
        style.font.size = Pt(FONTS[role][2])
        style.font.bold = role == "heading"
        style.font.color.rgb = RGBColor(0, 0, 0)
        style.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        style.paragraph_format.line_spacing = Pt(36 if role == "title" else 28)
        style.paragraph_format.space_before = Pt(0 if role == "title" else 6)
        style.paragraph_format.space_after = Pt(28 if role == "title" else 0)
        style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER if role == "title" else None
        _set_fonts(style.element.get_or_add_rPr(), FONTS[role][0])
        ppr = style.element.find(qn("w:pPr"))
        border = ppr.find(qn("w:pBdr")) if ppr is not None else None
        if border is not None:  # the template's Title has a rule under it; official documents do not
            ppr.remove(border)

    def heading(text: str, role: str):
        h = document.add_heading(level=0 if role == "title" else 1)
        run = h.add_run(text)
        _set_fonts(run._r.get_or_add_rPr(), FONTS[role][0])
        if role == "heading":
            h.paragraph_format.first_line_indent = Pt(FONTS["body"][2] * 2)
        return h

    def paragraph(text: str, role: str = "body", center: bool = False, indent: bool = True):
        p = document.add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif indent:
            p.paragraph_format.first_line_indent = Pt(FONTS[role][2] * 2)  # two characters
        run = p.add_run(text)
        run.font.size = Pt(FONTS[role][2])
        _set_fonts(run._r.get_or_add_rPr(), FONTS[role][0])
        return p

    heading(plan.title, "title")
    if plan.scope:
        paragraph(f"适用范围/本地情况:{plan.scope}")
    if plan.notice:
        paragraph(plan.notice)
    if plan.references:
        heading("可借鉴案例", "heading")
        for r in plan.references:
            paragraph(f"{r.name}:{r.reason}")
    for i, sec in enumerate(plan.sections):
        heading(f"{CN_NUMBERS[i]}、{sec.heading}", "heading")
        for k, item in enumerate(sec.items, 1):
            p = paragraph(f"{k}. {item.text}")
            marks = "".join(f"[{n}]" for n in refs[id(item)])
            if marks:
                run = p.add_run(marks)
                run.font.superscript = True
                _set_fonts(run._r.get_or_add_rPr(), FONTS["body"][0])
    sources = source_list(plan)
    if sources:
        heading("资料来源", "heading")
        for n, desc in sources:
            paragraph(f"[{n}] {desc}", indent=False)
    _font_table(document)

    props = document.core_properties
    props.title = plan.title
    props.author = author or DEFAULT_AUTHOR
    props.last_modified_by = author or DEFAULT_AUTHOR
    props.subject = "工作方案提纲(草稿)"
    props.keywords = "教育改革;方案;案例"
    props.language = "zh-CN"
    props.comments = "由教育改革案例助手根据案例库起草,引用须核对原文。"
    from datetime import datetime, timezone

    props.created = props.modified = datetime.now(timezone.utc).replace(microsecond=0)
    props.revision = 1
    document.save(str(path))


def write_plan(plan: Plan, path: Path, author: str = DEFAULT_AUTHOR) -> Path:
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if suffix == ".docx":
            plan_to_docx(plan, path, author)
        elif suffix in (".md", ".markdown", ".txt"):
            path.write_text(plan_to_markdown(plan), encoding="utf-8")
        else:
            raise AssistantError(f"{path}: 不支持的导出格式 {suffix or '(无)'},请用 .docx、.md 或 .txt")
    except OSError as exc:
        raise AssistantError(f"{path}: 无法写入 ({exc.strerror})") from exc
    return path


def conversation_to_markdown(turns: list[dict[str, Any]], cases: Mapping[str, Mapping[str, Any]], title: str) -> str:
    """A conversation for filing: each question, the answer as plain text, and for every source its case,
    title, publisher, date and link with every quote the answer used (no file paths or offsets)."""
    from datetime import datetime

    lines = [f"# {title}", "", f"导出时间:{datetime.now().strftime('%Y-%m-%d %H:%M')}", ""]
    for i, turn in enumerate(turns, 1):
        lines += [f"## 问题 {i}:{turn['question']}", ""]
        answer = turn.get("answer")
        if answer is None:
            lines += [f"(未能回答:{turn.get('error', '')})", ""]
            continue
        if answer.notice:
            lines += [f"> 提示:{answer.notice}", ""]
        lines += [re.sub(r"\*\*([^*]+)\*\*", r"\1", answer.answer).strip(), ""]
        flagged = answer.unsupported
        if flagged:
            lines += ["未通过引用核验的句子:", ""] + [f"- ⚠ {c.text}" for c in flagged] + [""]
        groups: dict[int, list] = {}
        for c in answer.citations:
            groups.setdefault(c.n, []).append(c)
        if groups:
            lines += ["来源:", ""]
        for n in sorted(groups):
            first = groups[n][0]
            case = cases.get(first.case_id, {})
            extra = [f"{label}:{case[key]}" for key, label in (("publisher", "发布单位"), ("published", "发布日期"), ("source_url", "链接"))
                     if case.get(key)]
            lines.append(f"[{n}] {first.case_name}《{first.title}》" + (f"({';'.join(extra)})" if extra else ""))
            lines += [f"    > {q}" for q in dict.fromkeys(c.quote for c in groups[n])]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
