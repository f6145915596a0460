"""Word (.docx) -> Markdown-like text: headings become `#` lines, tables become one text row per table row.

Why rows: a table in a bureau document often carries the figures a question asks for (学校数, 经费);
flattening each row to "cell | cell | cell" keeps every cell searchable and quotable in reading order.
"""

from __future__ import annotations

from pathlib import Path

from . import Extracted, ExtractError


def _heading_level(paragraph) -> int:
    """0 for body text; 1.. for Title / Heading n (Title and Heading 1 both map to level 1 + 1)."""
    style = (paragraph.style.name or "").lower() if paragraph.style is not None else ""
    if style == "title":
        return 1
    if style.startswith("heading"):
        digits = "".join(ch for ch in style if ch.isdigit())
        return min(int(digits or "1") + 1, 6)
    return 0


def _table_rows(table) -> list[str]:
    rows: list[str] = []
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            text = " ".join(cell.text.split())
            if cells and cells[-1] == text:  # a merged cell repeats in every grid column it spans
                continue
            cells.append(text)
        if any(cells):
            rows.append(" | ".join(cells))
    return rows


def docx_text(path: Path) -> tuple[str, str]:
    """(text, title): paragraphs and tables in document order, blocks separated by blank lines."""
    import docx  # python-docx

    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises several unrelated types for a damaged package
        raise ExtractError(f"Word 文件已损坏或不是 .docx 格式({exc.__class__.__name__})") from exc
    blocks: list[str] = []
    title = ""
    for item in document.iter_inner_content():
        if hasattr(item, "rows"):
            rows = _table_rows(item)
            if rows:
                blocks.append("\n".join(rows))
            continue
        text = item.text.strip()
        if not text:
            continue
        level = _heading_level(item)
        if level:
            title = title or text
            blocks.append("#" * level + " " + text)
        else:
            blocks.append(text)
    return ("\n\n".join(blocks) + "\n" if blocks else ""), title


def read_docx(path: Path) -> Extracted:
    text, title = docx_text(path)
    if not text.strip():
        raise ExtractError("Word 文件中没有文字")
    return Extracted(text=text, title=title)
