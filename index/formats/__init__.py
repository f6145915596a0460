"""Per-format text extraction for imported documents: each parser returns an `Extracted` text.

`index.ingest` picks the parser by the file's content (magic bytes), not only its name, and turns the
result into a case Markdown file; the parsers never write anything.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

Progress = Callable[[str, int, int], None]  # (stage, done, total), e.g. ("OCR", 3, 12)


class ExtractError(Exception):
    """The document cannot be read; `reason` is a Chinese sentence shown to the user with the file name."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class Extracted:
    """Canonical body text of a document. `pages[i]` is the offset in `text` where page i+1 starts."""

    text: str
    pages: list[int] = field(default_factory=list)  # empty: the format has no pages
    ocr_pages: list[int] = field(default_factory=list)  # 1-based numbers of the pages read by OCR
    title: str = ""  # from the document's own metadata or first heading, if any
    published: str = ""  # ISO date from the document's metadata, if any
