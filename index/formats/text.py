"""Plain text and Markdown files: decoded as cases are (UTF-8, else GB18030/GBK), front matter dropped."""

from __future__ import annotations

from pathlib import Path

from ..load import FRONT_RE, decode_bytes
from . import Extracted, ExtractError


def read_text(path: Path) -> Extracted:
    from ..errors import CaseFileError

    try:
        text = decode_bytes(path.read_bytes(), path.name)
    except CaseFileError as exc:
        raise ExtractError(f"文本文件无法解码({exc.reason})") from exc
    match = FRONT_RE.match(text)
    if match:
        text = text[match.end():]
    text = text.replace("\r\n", "\n").strip()
    if not text:
        raise ExtractError("文件中没有文字")
    return Extracted(text=text + "\n")
