"""Read case files (Markdown/text/.docx) in UTF-8 or GB18030/GBK, with YAML front matter."""

from __future__ import annotations

import hashlib
import logging
import re
from datetime import date
from pathlib import Path

import yaml

from .errors import CaseFileError
from .schema import Case
from .settings import REPO_ROOT

log = logging.getLogger(__name__)

CASE_SUFFIXES = {".md", ".markdown", ".txt", ".docx"}
ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
FRONT_RE = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
REQUIRED = ("id", "name", "kind", "title")


def decode_bytes(data: bytes, path: str) -> str:
    """UTF-8 first (with or without BOM), then GB18030 (a superset of GBK/GB2312)."""
    if b"\x00" in data[:4096]:
        raise CaseFileError(path, "binary file (contains NUL bytes), not a text case")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "gb18030" and not _looks_chinese(text):
            break
        return text
    raise CaseFileError(path, "cannot decode as UTF-8 or GB18030/GBK")


def _looks_chinese(text: str) -> bool:
    """GB18030 decodes almost any byte string; accept it only if the result reads as CJK text."""
    sample = text[:4000]
    cjk = sum(1 for c in sample if "\u4e00" <= c <= "\u9fff")
    odd = sum(1 for c in sample if not (c.isprintable() or c in "\r\n\t"))
    return cjk >= max(1, len(sample) // 20) and odd <= len(sample) // 50


def read_docx(path: Path) -> str:
    """Headings as `#` lines and tables as "cell | cell" rows, in document order (index.formats.docx)."""
    from .formats import ExtractError
    from .formats.docx import docx_text

    try:
        return docx_text(path)[0]
    except ExtractError as exc:
        raise CaseFileError(display_path(path), f"unreadable .docx ({exc.reason})") from exc


def display_path(path: Path) -> str:
    try:
        return path.resolve().relative_to(REPO_ROOT).as_posix()
    except ValueError:
        return str(path)


def load_case(path: Path) -> Case:
    shown = display_path(path)
    if path.suffix.lower() == ".docx":
        text = read_docx(path)
    else:
        text = decode_bytes(path.read_bytes(), shown)
    if not text.strip():
        raise CaseFileError(shown, "empty file")
    meta: dict = {}
    body_start = 0
    match = FRONT_RE.match(text)
    if match:
        try:
            meta = yaml.safe_load(match.group(1)) or {}
        except yaml.YAMLError as exc:
            raise CaseFileError(shown, f"bad YAML front matter: {exc}".splitlines()[0]) from exc
        if not isinstance(meta, dict):
            raise CaseFileError(shown, "front matter must be a YAML mapping")
        body_start = match.end()
    elif path.suffix.lower() in {".md", ".markdown"} and text.lstrip().startswith("---"):
        raise CaseFileError(shown, "front matter opened with '---' but never closed")
    if not text[body_start:].strip():
        raise CaseFileError(shown, "no text after the front matter")
    meta = {k: v for k, v in meta.items() if v is not None}
    case_id = str(meta.get("id") or path.stem)
    if not ID_RE.match(case_id):
        raise CaseFileError(shown, f"field 'id' must be an ascii slug (a-z, 0-9, - or _), got {case_id!r}")
    if meta and "id" in meta and case_id != path.stem:
        raise CaseFileError(shown, f"field 'id' ({case_id!r}) must equal the file name stem ({path.stem!r})")
    if match:
        missing = [k for k in REQUIRED if not meta.get(k)]
        if missing:
            raise CaseFileError(shown, f"front matter lacks required field(s): {', '.join(missing)}")
    kind = str(meta.get("kind", "case"))
    if kind not in {"case", "reference"}:
        raise CaseFileError(shown, f"field 'kind' must be 'case' or 'reference', got {kind!r}")
    topics = meta.get("topics") or []
    if isinstance(topics, str):
        topics = [t for t in re.split(r"[,,、\s]+", topics) if t]
    aliases = meta.get("aliases") or []
    if isinstance(aliases, str):
        aliases = [a for a in re.split(r"[,,、|]+", aliases) if a.strip()]
    if not isinstance(aliases, list):
        raise CaseFileError(shown, "field 'aliases' must be a list of names")
    published = meta.get("published", "")
    if isinstance(published, date):
        published = published.isoformat()
    title = str(meta.get("title") or _first_heading(text[body_start:]) or path.stem)
    page_starts = _page_starts(meta.get("pages"), body_start, len(text), shown)
    return Case(
        id=case_id,
        name=str(meta.get("name") or title),
        region=str(meta.get("region", "")),
        level=str(meta.get("level", "")),
        kind=kind,
        title=title,
        source_file=str(meta.get("source_file", "")),
        source_url=str(meta.get("source_url", "")),
        published=str(published),
        topics=[str(t) for t in topics],
        aliases=[str(a).strip() for a in aliases if str(a).strip()],
        path=shown,
        text=text,
        body_start=body_start,
        digest=hashlib.sha1(text.encode("utf-8")).hexdigest(),
        original=str(meta.get("original", "")),
        sha256=str(meta.get("sha256", "")),
        page_starts=page_starts,
    )


def _page_starts(pages: object, body_start: int, end: int, shown: str) -> list[int]:
    """Front matter `pages` counts from the start of the body (the front matter's own length depends on it)."""
    if pages is None:
        return []
    if not isinstance(pages, list) or not all(isinstance(p, int) and not isinstance(p, bool) for p in pages):
        raise CaseFileError(shown, "field 'pages' must be a list of character offsets (integers)")
    absolute = [body_start + p for p in pages]
    if any(b < a for a, b in zip(absolute, absolute[1:])) or any(p < body_start or p > end for p in absolute):
        raise CaseFileError(shown, f"field 'pages' must be increasing offsets within the body (0..{end - body_start})")
    return absolute


def _first_heading(body: str) -> str:
    for line in body.splitlines():
        line = line.strip()
        if line:
            return line.lstrip("#").strip()[:60]
    return ""


def case_files(cases_dir: Path) -> list[Path]:
    """Files directly in the cases dir; sub-directories (originals/ of imported documents) are not cases."""
    return sorted(
        p for p in cases_dir.iterdir()
        if p.is_file() and not p.name.startswith((".", "_")) and p.name.lower() != "readme.md"
    )


def load_cases(cases_dir: Path) -> tuple[list[Case], list[CaseFileError]]:
    """All loadable cases plus one error per file that was skipped (never raises for a bad file)."""
    if not cases_dir.is_dir():
        raise CaseFileError(str(cases_dir), "cases directory does not exist")
    cases: list[Case] = []
    errors: list[CaseFileError] = []
    seen: dict[str, str] = {}
    for path in case_files(cases_dir):
        if path.suffix.lower() not in CASE_SUFFIXES:
            errors.append(CaseFileError(display_path(path), f"unsupported file type {path.suffix or '(none)'}; use .md, .txt or .docx"))
            continue
        try:
            case = load_case(path)
        except CaseFileError as exc:
            errors.append(exc)
            continue
        except OSError as exc:
            errors.append(CaseFileError(display_path(path), f"cannot read: {exc.strerror}"))
            continue
        if case.id in seen:
            errors.append(CaseFileError(case.path, f"duplicate case id {case.id!r} (already used by {seen[case.id]})"))
            continue
        seen[case.id] = case.path
        cases.append(case)
    for err in errors:
        log.warning("skipped %s", err)
    return cases, errors
