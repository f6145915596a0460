"""Lines with positions -> paragraphs: shared by the PDF text layer and OCR, which both yield lines.

Why: PDF text and OCR output are visual lines. Chinese paragraphs wrap mid-sentence, so lines are joined
unless the line ends short of the right margin, the next one is indented, spaced apart or in a larger size.
Running headers/footers and page numbers sit in the page margins and repeat from page to page; they are
dropped so they never split a sentence or get cited.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass

from ..clean import strip_controls

# 第 3 页 / 共 12 页 / - 3 - / — 3 — / 3 / 12 / Page 3 / 3/12
PAGE_NUMBER_RE = re.compile(
    r"^\s*(?:第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|[-—–－~]*\s*\d{1,4}\s*[-—–－~]*|"
    r"\d{1,4}\s*/\s*\d{1,4}|(?:page|p\.)\s*\d+(?:\s*of\s*\d+)?)\s*$",
    re.I,
)
MARGIN = 0.08  # share of the page height at the top and bottom where running headers/footers live


@dataclass
class Line:
    """One visual line; coordinates are fractions of the page (0 = top/left, 1 = bottom/right)."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def height(self) -> float:
        return self.bottom - self.top


def _is_cjk(ch: str) -> bool:
    return "\u2e80" <= ch <= "\u9fff" or "\uf900" <= ch <= "\uffef" or "\u3000" <= ch <= "\u303f"


def join_lines(left: str, right: str) -> str:
    """Join a wrapped line: no space between CJK characters, one space between Latin words."""
    if not left or not right:
        return left + right
    if _is_cjk(left[-1]) or _is_cjk(right[0]) or left.endswith("-"):
        return left + right
    return left + " " + right


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def drop_running_lines(pages: list[list[Line]]) -> list[list[Line]]:
    """Drop page numbers and lines repeated in the top/bottom margin of at least half the pages."""
    def in_margin(ln: Line) -> bool:
        return ln.bottom < MARGIN or ln.top > 1 - MARGIN

    counts = Counter(shape for page in pages for shape in {_shape(ln.text) for ln in page if in_margin(ln)})
    repeated = {s for s, n in counts.items() if len(pages) >= 2 and n >= max(2, (len(pages) + 1) // 2)}
    kept: list[list[Line]] = []
    for page in pages:
        kept.append([
            ln for ln in page
            if not (in_margin(ln) and (PAGE_NUMBER_RE.match(ln.text) or _shape(ln.text) in repeated))
        ])
    return kept


@dataclass
class Geometry:
    """Body-text measures over the whole document: typical line height, pitch and text block edges."""

    height: float
    pitch: float
    left: float
    right: float
    indented: bool = False  # paragraphs open with a first-line indent (公文 style): wraps can then end ragged

    @classmethod
    def of(cls, pages: list[list[Line]]) -> "Geometry":
        lines = [ln for page in pages for ln in page if ln.text.strip()]
        if not lines:
            return cls(0.02, 0.03, 0.0, 1.0)
        height = statistics.median(ln.height for ln in lines)
        gaps = [b.top - a.top for page in pages for a, b in zip(page, page[1:]) if 0 < b.top - a.top < 4 * height]
        pitch = statistics.median(gaps) if gaps else 1.5 * height
        right = statistics.quantiles([ln.x1 for ln in lines], n=10, method="inclusive")[-1] if len(lines) >= 2 else lines[0].x1
        left = statistics.quantiles([ln.x0 for ln in lines], n=10, method="inclusive")[0] if len(lines) >= 2 else lines[0].x0
        starts = sum(1 for ln in lines if left + 1.2 * height < ln.x0 < left + 4 * height)
        return cls(height, pitch, left, right, indented=starts >= 2 and starts >= 0.05 * len(lines))


def ends_paragraph(line: Line, nxt: Line, geo: Geometry) -> bool:
    """A line ends its paragraph when it stops short of the right edge, or the next line starts a new block.

    Where paragraphs are indented, a wrapped line may end a character or two short (a character that may not
    open a line pulls its predecessor along), so only a clearly short line ends a paragraph by itself.
    """
    if line.x1 < geo.right - (4.0 if geo.indented else 1.5) * geo.height:
        return True
    if nxt.x0 > geo.left + 1.2 * geo.height:  # first-line indent (two full-width spaces in 公文)
        return True
    if nxt.top - line.top > 1.6 * geo.pitch:
        return True
    return is_heading(line, geo) or is_heading(nxt, geo)


def is_heading(line: Line, geo: Geometry) -> bool:
    return line.height > 1.3 * geo.height and len(line.text.strip()) <= 60


def _continues(prev: Line, first: Line, geo: Geometry) -> bool:
    """Does the first line of a page continue the paragraph of the previous page's last line?"""
    return (
        prev.x1 >= geo.right - (4.0 if geo.indented else 1.5) * geo.height
        and first.x0 <= geo.left + 1.2 * geo.height
        and not is_heading(prev, geo)
        and not is_heading(first, geo)
    )


def assemble(pages: list[list[Line]]) -> tuple[str, list[int]]:
    """Body text and the offset where each page starts; headings (larger type) become Markdown headings."""
    pages = drop_running_lines(pages)
    geo = Geometry.of(pages)
    sizes = sorted({round(ln.height / geo.height, 1) for page in pages for ln in page if is_heading(ln, geo)}, reverse=True)
    out = ""
    starts: list[int] = []
    prev: Line | None = None
    for page in pages:
        # control characters (PDFium's \x02 for a soft hyphen, NULs from broken fonts) never reach the case file
        lines = [Line(strip_controls(ln.text), ln.x0, ln.top, ln.x1, ln.bottom) for ln in page]
        lines = [ln for ln in lines if ln.text.strip()]
        if not lines:
            starts.append(len(out))
            continue
        for i, line in enumerate(lines):
            text = line.text.strip()
            if is_heading(line, geo):
                text = "#" * min(1 + sizes.index(round(line.height / geo.height, 1)), 3) + " " + text
            if prev is None:
                joined = False
            elif i == 0:
                joined = _continues(prev, line, geo)
            else:
                joined = not ends_paragraph(lines[i - 1], line, geo)
            if joined:
                out = join_lines(out, text)
            else:
                out = (out + "\n\n" if out else out) + text
            if i == 0:
                starts.append(len(out) - len(text))
            prev = line
    out = out.rstrip() + "\n"
    return out, [min(s, len(out)) for s in starts]
