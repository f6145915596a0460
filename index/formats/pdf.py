"""PDF -> text with page offsets: the text layer via pypdfium2, pages without one through OCR.

Why pypdfium2: PDFium is the PDF engine of Chromium, fast (C), tolerant of damaged files, licensed
Apache-2.0/BSD-3, and it renders pages for OCR too, so one library covers both paths.
"""

from __future__ import annotations

from pathlib import Path

from . import Extracted, ExtractError, Progress
from .layout import Line, assemble

OCR_MIN_CHARS = 20  # a page with fewer text-layer characters than this is treated as a scan
MAX_RENDER_SIDE = 3000  # pixels: a poster-sized page is rendered smaller (RapidOCR scales to 2,000 anyway)


def _text_lines(page, width: float, height: float) -> list[Line]:
    """Visual lines of the page's text layer, in content order, from PDFium's per-character boxes."""
    textpage = page.get_textpage()
    try:
        n = textpage.count_chars()
        text = textpage.get_text_range(0, n) if n else ""
        if len(text) != n:  # characters outside the BMP: fall back to one call per character
            text = "".join((textpage.get_text_range(i, 1) or " ")[:1] for i in range(n))
        lines: list[Line] = []
        chars: list[str] = []
        boxes: list[tuple[float, float, float, float]] = []

        def flush() -> None:
            line = "".join(chars).strip()
            if line and boxes:
                x0 = min(b[0] for b in boxes)
                x1 = max(b[2] for b in boxes)
                y0 = min(b[1] for b in boxes)
                y1 = max(b[3] for b in boxes)
                lines.append(Line(line, x0 / width, 1 - y1 / height, x1 / width, 1 - y0 / height))
            chars.clear()
            boxes.clear()

        for i, ch in enumerate(text):
            if ch in "\r\n":
                flush()
                continue
            chars.append(ch)
            if not ch.isspace():
                boxes.append(textpage.get_charbox(i))
        flush()
        return lines
    finally:
        textpage.close()


def _visible_chars(lines: list[Line]) -> int:
    return sum(len("".join(ln.text.split())) for ln in lines)


def read_pdf(path: Path, *, ocr: bool = True, ocr_dpi: int = 200, progress: Progress | None = None) -> Extracted:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        # PDFium also says "password" for some broken files (e.g. an empty page tree): check for /Encrypt
        if "password" in str(exc).lower() and _has_encrypt_dict(path):
            raise ExtractError("PDF 已加密(需要密码),无法读取;请先去除密码再上传") from exc
        raise ExtractError("PDF 文件已损坏或没有页面,无法打开") from exc
    try:
        total = len(document)
        if total == 0:
            raise ExtractError("PDF 没有任何页面")
        pages: list[list[Line]] = []
        scanned: list[int] = []
        for i in range(total):
            page = document[i]
            try:
                width, height = page.get_size()
                lines = _text_lines(page, width, height)
                if _visible_chars(lines) < OCR_MIN_CHARS and ocr:
                    from .ocr import ocr_lines

                    if progress:
                        progress("OCR", i + 1, total)
                    scale = min(ocr_dpi / 72, MAX_RENDER_SIDE / max(width, height, 1))
                    image = page.render(scale=scale).to_numpy()[:, :, :3][:, :, ::-1]  # BGR -> RGB
                    ocr_found = ocr_lines(image)
                    if _visible_chars(ocr_found) > _visible_chars(lines):
                        lines = ocr_found
                        scanned.append(i + 1)
                elif progress:
                    progress("解析", i + 1, total)
            finally:
                page.close()
            pages.append(lines)
        meta = document.get_metadata_dict() if hasattr(document, "get_metadata_dict") else {}
    finally:
        document.close()
    text, starts = assemble(pages)
    if not text.strip():
        hint = "" if ocr else "(文字识别已关闭)"
        raise ExtractError(f"PDF 中没有可提取的文字{hint};可能是空白页或无法识别的扫描件")
    title = str(meta.get("Title") or "").strip()
    return Extracted(text=text, pages=starts, ocr_pages=scanned, title=title if _useful_title(title) else "")


def _has_encrypt_dict(path: Path) -> bool:
    with path.open("rb") as fh:
        fh.seek(0, 2)
        size = fh.tell()
        fh.seek(max(0, size - (1 << 20)))  # the trailer (and its /Encrypt) is at the end
        return b"/Encrypt" in fh.read()


def _useful_title(title: str) -> bool:
    """PDF Title metadata is often a file name or an editor default ("Microsoft Word - 1.doc", "untitled")."""
    low = title.lower()
    return bool(title) and not any(bad in low for bad in ("microsoft", "untitled", ".doc", ".pdf", "wps", "about:", "http")) and len(title) <= 80
