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
MAX_ALIASES = 10  # aliases steer retrieval to a case: a few real alternative names, not a keyword list
ALIAS_CHARS = (2, 30)
PLACE_SUFFIXES = ("自治县", "新区", "市", "县", "区", "省")


# The C loader when PyYAML has libyaml: parsing 1,000 front matters is then ~10× faster (restarts, issue 17).
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _safe_yaml(text: str) -> object:
    """`yaml.safe_load` with the C safe loader when available (plain values only, never objects)."""
    loader = _YAML_LOADER(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()

def decode_bytes(data: bytes, path: str) -> str:
    """UTF-16 with a BOM (Windows Notepad's "Unicode"), UTF-8 (with or without BOM), then GB18030 (⊇ GBK/GB2312)."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise CaseFileError(path, f"starts like UTF-16 but does not decode (byte {exc.start})") from exc
    if b"\x00" in data[:4096]:
        raise CaseFileError(path, "binary file (contains NUL bytes), not a text case; UTF-16 needs a byte-order mark")
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
    """GB18030 decodes almost any byte string; accept it only if its non-ASCII part reads as Chinese.

    Judged on the non-ASCII characters only, so a mostly-ASCII GBK file (front matter, numbers, a few
    Chinese lines) is accepted, while Latin-1 or random bytes decode to rare symbols and are not.
    """
    sample = text[:20000]
    wide = [c for c in sample if ord(c) > 127]
    cjk = sum(1 for c in wide if "\u4e00" <= c <= "\u9fff" or "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef")
    odd = sum(1 for c in sample if not (c.isprintable() or c in "\r\n\t"))
    return bool(wide) and cjk >= 0.8 * len(wide) and odd <= len(sample) // 50


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
            meta = _safe_yaml(match.group(1)) or {}
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
    aliases = [str(a).strip() for a in aliases if str(a).strip()]
    if len(aliases) > MAX_ALIASES:
        raise CaseFileError(shown, f"field 'aliases' has {len(aliases)} names; at most {MAX_ALIASES} are allowed")
    lo, hi = ALIAS_CHARS
    odd = [a for a in aliases if not lo <= len(a) <= hi]
    if odd:
        raise CaseFileError(shown, f"field 'aliases': each name must have {lo}-{hi} characters, got {odd[0][:40]!r}")
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
        aliases=aliases,
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
        if (p.is_file() or p.is_symlink()) and not p.name.startswith((".", "_")) and p.name.lower() != "readme.md"
    )


def place_names(case: Case) -> set[str]:
    """The names a question may use for a case: its aliases, and for a case its name with and without 市/县/区."""
    names = set(case.aliases)
    if case.kind == "case":
        names.add(case.name)
        for suffix in PLACE_SUFFIXES:
            if case.name.endswith(suffix) and len(case.name) - len(suffix) >= 2:
                names.add(case.name[: -len(suffix)])
    return {n for n in names if len(n) >= 2}


def _drop_hijacking_aliases(cases: list[Case], errors: list[CaseFileError]) -> list[Case]:
    """An alias may not name another case: a file listing 淄博, 定西… would otherwise be retrieved for their questions.

    An alias that equals, contains or is contained in another case's name or alias is dropped from the file
    that declares it (from both files when two aliases clash: neither wins), with an error naming both files.
    The case itself still loads; its digest changes so the store re-chunks it without the dropped alias.
    """
    own = {c.id: place_names(c) - set(c.aliases) for c in cases}  # names from `name`, which aliases may not touch
    out: list[Case] = []
    for case in cases:
        kept = []
        for alias in case.aliases:
            clash = next(
                ((other, n) for other in cases if other.id != case.id
                 for n in sorted(own[other.id] | set(other.aliases)) if alias in n or n in alias),
                None,
            )
            if clash is None:
                kept.append(alias)
                continue
            other, name = clash
            errors.append(CaseFileError(case.path, f"alias {alias!r} rejected: it names another case ({name!r} in {other.path})"))
        if len(kept) < len(case.aliases):
            digest = hashlib.sha1(f"{case.digest}|aliases:{'|'.join(kept)}".encode()).hexdigest()
            case = case.model_copy(update={"aliases": kept, "digest": digest})
        out.append(case)
    return out


def _pick_duplicates(loaded: list[Case], errors: list[CaseFileError]) -> list[Case]:
    """Files sharing an id: `<id>.md` wins and each other file is reported; without one, none loads.

    Sorted order must not decide (zibo.markdown sorts before zibo.md): the error names every file involved,
    and when no file wins, the store keeps the chunks it already has for that id.
    """
    by_id: dict[str, list[Case]] = {}
    for case in loaded:
        by_id.setdefault(case.id, []).append(case)
    cases = []
    for case_id, group in by_id.items():
        if len(group) == 1:
            cases.append(group[0])
            continue
        winner = next((c for c in group if Path(c.path).name == f"{case_id}.md"), None)
        for c in group:
            if c is winner:
                continue
            if winner is not None:
                errors.append(CaseFileError(c.path, f"duplicate case id {case_id!r}, skipped (already used by {winner.path})"))
            else:
                others = ", ".join(o.path for o in group if o is not c)
                errors.append(CaseFileError(c.path, f"duplicate case id {case_id!r} (also in {others}); none is loaded "
                                                    f"until one is renamed: only {case_id}.md may claim the id"))
        if winner is not None:
            cases.append(winner)
    return cases


def load_cases(cases_dir: Path) -> tuple[list[Case], list[CaseFileError]]:
    """All loadable cases plus one error per file that was skipped (never raises for a bad file)."""
    if not cases_dir.is_dir():
        raise CaseFileError(str(cases_dir), "cases directory does not exist")
    loaded: list[Case] = []
    errors: list[CaseFileError] = []
    for path in case_files(cases_dir):
        if path.is_symlink():  # a link could pull in /etc/passwd or .env and show it as a case
            errors.append(CaseFileError(display_path(path), "symbolic link, not read; copy the file into the cases folder"))
            continue
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
        loaded.append(case)
    cases = _drop_hijacking_aliases(_pick_duplicates(loaded, errors), errors)
    for err in errors:
        log.warning("skipped %s", err)
    return cases, errors
