"""Saved web pages -> main text with trafilatura, which drops navigation, footers and other boilerplate.

Why trafilatura: it scores blocks by text density and link ratio (what `scripts/curate_seeds.py` does by
hand for the seed pages), keeps headings and tables, and reads the page's title and date.
"""

from __future__ import annotations

import re
from pathlib import Path

from . import Extracted, ExtractError

# The article's info bar on Chinese government sites: "发布时间:… 来源:… 浏览次数:…", "【打印】【关闭】"
META_FIELD_RE = re.compile(r"(发布时间|发布日期|来源|浏览次数|点击数|阅读数|访问量|作者|责任编辑|编辑|字号)\s*[:\uff1a]")
ACTIONS_RE = re.compile(r"(\s*[【\[]?(打印|关闭|收藏|分享|返回顶部)(本页|窗口)?[】\]]?\s*)+")
CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)""", re.I)


def decode_html(data: bytes) -> str:
    """UTF-8, else the charset the page declares, else GB18030 (covers GBK/GB2312 pages saved in China)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    m = CHARSET_RE.search(data[:4096])
    for encoding in ([m.group(1).decode("ascii")] if m else []) + ["gb18030"]:
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    raise ExtractError("网页编码无法识别(不是 UTF-8 或 GBK)")


def _info_bar(line: str) -> bool:
    """A short line without sentence punctuation made of two or more "field: value" pairs, or of page actions."""
    if len(line) > 100 or re.search(r"[\u3002\uff0c,\uff1b;]", line):  # sentence punctuation: content, not an info bar
        return False
    return len(set(META_FIELD_RE.findall(line))) >= 2 or bool(ACTIONS_RE.fullmatch(line))


def read_html(path: Path) -> Extracted:
    import trafilatura

    page = decode_html(path.read_bytes())
    result = trafilatura.bare_extraction(
        page, output_format="python", include_tables=True, include_comments=False, with_metadata=True
    )
    text = ""
    title = published = ""
    if result is not None:
        data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
        title = str(data.get("title") or "").strip()
        published = str(data.get("date") or "").strip()
    text = trafilatura.extract(page, output_format="markdown", include_tables=True, include_comments=False) or ""
    text = "\n".join(line for line in text.splitlines() if not _info_bar(line))
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    if not text:
        raise ExtractError("网页中没有找到正文")
    if title and not text.lstrip("# ").startswith(title):
        text = f"# {title}\n\n{text}"
    return Extracted(text=text + "\n", title=title, published=published)
