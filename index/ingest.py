"""Import real documents (PDF with scans, Word, saved web pages, text, images) as case files.

Every imported document becomes `cases/<id>.md`: YAML front matter plus the canonical text, which is what
chunks and citations point into (`text[start:end] == quote`). The original is kept beside it as
`cases/originals/<id>.<ext>`; the front matter records its name (`source_file`), path (`original`),
SHA-256 and, for PDFs and images, the offset where each page starts (`pages`, counted from the body).

Bad input never raises out of `import_document`: it returns a result whose Chinese message names the
file. Nothing is written until the text is extracted, both files are written under temporary names and
renamed, and the case is read back with the normal loader before it counts; on any failure both files
are removed, so a failed import leaves no half-written case and never touches existing ones.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import shutil
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, Field

from .clean import strip_controls
from .errors import AssistantError, CaseFileError
from .formats import Extracted, ExtractError, Progress
from .formats.sniff import sniff
from .load import FRONT_RE, case_files, load_case
from .meta import choose_title, detect_date, detect_place, slug_from_name, unique_id
from .settings import IngestSettings

log = logging.getLogger(__name__)

ORIGINALS_DIR = "originals"
_write_lock = threading.Lock()  # id allocation and the final renames: two uploads never take one id


class DocumentError(AssistantError):
    """An uploaded file that cannot be imported; the message names the file."""

    def __init__(self, file: str, reason: str) -> None:
        super().__init__(f"{file}: {reason}")
        self.file = file
        self.reason = reason


class ImportResult(BaseModel):
    """One file's outcome. `status` is imported, duplicate (same SHA-256 as an existing case) or error."""

    file: str  # the name the user gave the file (may be Chinese)
    status: Literal["imported", "duplicate", "error"]
    message: str  # Chinese, names the file: shown as is in the CLI and the app
    case_id: str = ""
    case_path: str = ""
    original_path: str = ""
    name: str = ""
    region: str = ""
    level: str = ""
    title: str = ""
    published: str = ""
    format: str = ""
    pages: int = 0
    ocr_pages: list[int] = Field(default_factory=list)
    chars: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.status == "imported"


def extract(path: Path, kind: str, settings: IngestSettings, progress: Progress | None = None) -> Extracted:
    """Run the parser for `kind`; heavy libraries are imported only for the format in hand."""
    if kind == "pdf":
        from .formats.pdf import read_pdf

        return read_pdf(path, ocr=settings.ocr, ocr_dpi=settings.ocr_dpi, progress=progress)
    if kind == "docx":
        from .formats.docx import read_docx

        return read_docx(path)
    if kind == "html":
        from .formats.html import read_html

        return read_html(path)
    if kind == "image":
        if not settings.ocr:
            raise ExtractError("图片需要文字识别(OCR),但 OCR 已关闭(JY_INGEST__OCR=false)")
        from .formats.image import read_image

        return read_image(path, progress=progress)
    from .formats.text import read_text

    return read_text(path)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


SHA_RE = re.compile(r"^sha256:\s*['\"]?([0-9a-f]{64})", re.M)


def existing_cases(cases_dir: Path) -> tuple[set[str], dict[str, str]]:
    """(ids in use, sha256 -> case id) read from the cases dir's files and front matter."""
    ids: set[str] = set()
    hashes: dict[str, str] = {}
    for path in case_files(cases_dir):
        ids.add(path.stem)
        if path.suffix.lower() in {".md", ".markdown"}:
            try:
                with path.open("rb") as fh:  # the front matter is at the top; a 1,000-page PDF's offsets fit
                    head = fh.read(256 * 1024).decode("utf-8", errors="replace")
            except OSError:
                continue
            match = FRONT_RE.match(head)
            sha = SHA_RE.search(match.group(1)) if match else None
            if sha:
                hashes[sha.group(1)] = path.stem
    originals = cases_dir / ORIGINALS_DIR
    if originals.is_dir():
        ids.update(p.stem for p in originals.iterdir())
    return ids, hashes


def render_case(front: dict, body: str) -> str:
    """Front matter + body. Page offsets count from the body start, so they do not depend on the front matter."""
    head = yaml.safe_dump(front, allow_unicode=True, sort_keys=False, default_flow_style=None, width=100)
    return f"---\n{head}---\n{body}"


def import_document(
    path: Path,
    cases_dir: Path,
    *,
    name: str | None = None,
    settings: IngestSettings | None = None,
    progress: Progress | None = None,
    kind: str = "case",
) -> ImportResult:
    """Import one file as a case; never raises for bad input (the result says what was wrong)."""
    t0 = time.perf_counter()
    path = Path(path)
    file = name or path.name
    settings = settings or IngestSettings()
    try:
        result = _import(path, Path(cases_dir), file, settings, progress, kind)
    except DocumentError as exc:
        result = ImportResult(file=file, status="error", message=str(exc))
    except ExtractError as exc:
        result = ImportResult(file=file, status="error", message=f"{file}: {exc.reason}")
    except OSError as exc:
        result = ImportResult(file=file, status="error", message=f"{file}: 无法读取或写入文件({exc.strerror or exc})")
    except Exception as exc:  # a parser failing on a malformed upload must not stop a batch or the app
        log.exception("import of %s failed", file)
        result = ImportResult(file=file, status="error", message=f"{file}: 无法解析此文件({exc.__class__.__name__});文件可能已损坏")
    result.seconds = round(time.perf_counter() - t0, 3)
    log.info("import %s", result.message)  # callers show the message; no second copy on stderr
    return result


def _import(path: Path, cases_dir: Path, file: str, settings: IngestSettings, progress: Progress | None, case_kind: str) -> ImportResult:
    if not path.is_file():
        raise DocumentError(file, "文件不存在")
    size = path.stat().st_size
    if size == 0:
        raise DocumentError(file, "文件是空的(0 字节)")
    limit = settings.max_file_mb * 1024 * 1024
    if size > limit:
        raise DocumentError(file, f"文件大小 {size / 1024 / 1024:.1f} MB 超过上限 {settings.max_file_mb:g} MB(设置项 JY_INGEST__MAX_FILE_MB)")
    if not cases_dir.is_dir():
        raise DocumentError(file, f"案例目录 {cases_dir} 不存在")
    if case_kind not in {"case", "reference"}:
        raise DocumentError(file, f"kind 只能是 case 或 reference,收到 {case_kind!r}")
    fmt = sniff(path, Path(file).suffix)
    sha = file_sha256(path)
    _, hashes = existing_cases(cases_dir)
    if sha in hashes:
        return ImportResult(file=file, status="duplicate", case_id=hashes[sha], format=fmt,
                            message=f"{file}: 与已导入的案例 {hashes[sha]} 内容完全相同,未重复导入")
    if progress:
        progress("解析", 0, 1)
    extracted = extract(path, fmt, settings, progress)
    if not extracted.pages:  # paged text is cleaned line by line before its offsets are taken
        extracted.text = strip_controls(extracted.text)
    stem = Path(file).stem
    title = choose_title(extracted.text, extracted.title, stem)
    place = detect_place(f"{stem} {title}", extracted.text)
    published = _iso_or_empty(extracted.published) or detect_date(extracted.text)
    ext = {"pdf": ".pdf", "docx": ".docx", "html": ".html", "image": path.suffix.lower() or Path(file).suffix.lower() or ".png"}.get(fmt, Path(file).suffix.lower() or ".txt")
    with _write_lock:
        ids, hashes = existing_cases(cases_dir)
        if sha in hashes:  # the same file finished importing while this one was being parsed
            return ImportResult(file=file, status="duplicate", case_id=hashes[sha], format=fmt,
                                message=f"{file}: 与已导入的案例 {hashes[sha]} 内容完全相同,未重复导入")
        case_id = unique_id(slug_from_name(stem), ids)
        front = {
            "id": case_id,
            "name": place.name if place else title[:40],
            "region": place.region if place else "",
            "level": place.level if place else "",
            "kind": case_kind,
            "title": title,
            "source_file": file,
            "original": f"{ORIGINALS_DIR}/{case_id}{ext}",
            "sha256": sha,
            "published": published,
            "topics": [],
        }
        if extracted.ocr_pages:
            front["ocr_pages"] = extracted.ocr_pages
        if extracted.pages:
            front["pages"] = extracted.pages
        _write_case(path, cases_dir, case_id, ext, render_case(front, extracted.text), file)
    n_pages = len(extracted.pages)
    label = {"pdf": "PDF", "docx": "Word 文档", "html": "网页", "image": "图片", "text": "文本"}[fmt]
    detail = f"{label} {n_pages} 页" + (f",其中 {len(extracted.ocr_pages)} 页经 OCR 识别" if extracted.ocr_pages else "") if n_pages else label
    return ImportResult(
        file=file, status="imported", case_id=case_id, case_path=str(cases_dir / f"{case_id}.md"),
        original_path=str(cases_dir / front["original"]), name=front["name"], region=front["region"],
        level=front["level"], title=title, published=published, format=fmt, pages=n_pages,
        ocr_pages=extracted.ocr_pages, chars=len(extracted.text),
        message=f"{file}: 已导入为案例 {case_id}({detail},{len(extracted.text)} 字)",
    )


def _iso_or_empty(value: str) -> str:
    return value if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value or "") else ""


def _write_case(source: Path, cases_dir: Path, case_id: str, ext: str, content: str, file: str) -> None:
    """Original first, case file last (the case file is what makes it a case); both via temp names."""
    originals = cases_dir / ORIGINALS_DIR
    originals.mkdir(exist_ok=True)
    original = originals / f"{case_id}{ext}"
    case_path = cases_dir / f"{case_id}.md"
    tmp_original = originals / f".{case_id}{ext}.{os.getpid()}.tmp"
    tmp_case = cases_dir / f".{case_id}.md.{os.getpid()}.tmp"
    written: list[Path] = []
    try:
        shutil.copyfile(source, tmp_original)
        tmp_case.write_text(content, encoding="utf-8")
        tmp_original.replace(original)
        written.append(original)
        tmp_case.replace(case_path)
        written.append(case_path)
        load_case(case_path)  # read back exactly as the index will
    except CaseFileError as exc:
        for p in written:
            p.unlink(missing_ok=True)
        raise DocumentError(file, f"生成的案例文件无法读取({exc.reason})") from exc
    except BaseException:
        for p in written:
            p.unlink(missing_ok=True)
        raise
    finally:
        tmp_original.unlink(missing_ok=True)
        tmp_case.unlink(missing_ok=True)


FileProgress = Callable[[str, str, int, int], None]  # (file, stage, done, total)


def import_files(
    paths: Iterable[Path],
    cases_dir: Path,
    *,
    names: Iterable[str | None] | None = None,
    settings: IngestSettings | None = None,
    progress: FileProgress | None = None,
    kind: str = "case",
) -> list[ImportResult]:
    """Import several files in order, one result each; a bad file never stops the others."""
    paths = list(paths)
    given = list(names) if names is not None else [None] * len(paths)
    results: list[ImportResult] = []
    for path, name in zip(paths, given + [None] * (len(paths) - len(given))):
        file = name or Path(path).name
        step = (lambda stage, done, total, f=file: progress(f, stage, done, total)) if progress else None
        results.append(import_document(Path(path), cases_dir, name=name, settings=settings, progress=step, kind=kind))
    return results


def delete_case(case_id: str, cases_dir: Path) -> list[Path]:
    """Remove a case file and its kept original; returns what was removed (an unknown id raises).

    The index drops the case's chunks at the next build (a file that is gone is removed from the store).
    """
    from .load import ID_RE

    if not ID_RE.match(case_id):
        raise DocumentError(case_id, "不是有效的案例编号")
    cases_dir = Path(cases_dir)
    with _write_lock:
        targets = [p for p in case_files(cases_dir) if p.stem == case_id]
        originals = cases_dir / ORIGINALS_DIR
        if originals.is_dir():
            targets += [p for p in originals.iterdir() if p.is_file() and p.stem == case_id]
        if not targets:
            raise DocumentError(case_id, "没有这个案例")
        for p in targets:
            p.unlink()
    return targets
