"""Edit a case's metadata (name, region, level, kind, title, date) in its front matter.

Why its own module: the 案例库 tab corrects what import detected (place, title, date) without anyone
touching the file. Only the front matter changes; the body, and so every page offset counted from the body,
stays byte for byte. The new file is written under a temporary name, read back with the normal loader and
only then renamed over the old one, so a bad edit never leaves a broken case. Offsets into the whole file
shift with the front matter, so the caller reindexes afterwards (the incremental build re-chunks the case).
"""

from __future__ import annotations

import os
import re
from datetime import date
from pathlib import Path

import yaml

from .errors import AssistantError, CaseFileError
from .ingest import _write_lock, render_case
from .load import FRONT_RE, ID_RE, case_files, decode_bytes, load_case
from .schema import Case

# Editable fields: front-matter key -> (Chinese label shown in messages, max length, required).
FIELDS: dict[str, tuple[str, int, bool]] = {
    "name": ("名称", 40, True),
    "region": ("地区", 40, False),
    "level": ("行政级别", 10, False),
    "kind": ("类型", 10, True),
    "title": ("标题", 200, True),
    "published": ("发布日期", 10, False),
}
KINDS = ("case", "reference")
LEVELS = ("省", "市", "区", "县", "乡镇", "—", "")


class MetaError(AssistantError):
    """A metadata edit that cannot be saved; the message names the field (in Chinese)."""

    def __init__(self, field: str, reason: str) -> None:
        label = FIELDS.get(field, (field, 0, False))[0]
        super().__init__(f"字段「{label}」:{reason}")
        self.field = field


def validate_meta(changes: dict[str, str]) -> dict[str, str]:
    """Trimmed, checked values; raises MetaError naming the first bad field."""
    clean: dict[str, str] = {}
    for key, value in changes.items():
        if key not in FIELDS:
            raise MetaError(key, "不是可编辑的字段")
        label, limit, required = FIELDS[key]
        text = str(value if value is not None else "").strip()
        if required and not text:
            raise MetaError(key, "不能为空")
        if re.search(r"[\x00-\x1f\x7f]", text):
            raise MetaError(key, "不能包含换行或控制字符")
        if len(text) > limit:
            raise MetaError(key, f"最多 {limit} 个字,现在 {len(text)} 个")
        if key == "kind" and text not in KINDS:
            raise MetaError(key, "只能是“地方案例”(case)或“参考文件”(reference)")
        if key == "level" and text not in LEVELS:
            raise MetaError(key, "只能是 省、市、区、县、乡镇 或留空")
        if key == "published" and text:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
                raise MetaError(key, f"格式应为 YYYY-MM-DD(例如 2023-07-12),收到 {text!r}")
            try:
                date.fromisoformat(text)
            except ValueError:
                raise MetaError(key, f"{text} 不是有效的日期") from None
        clean[key] = text
    return clean


def case_path(case_id: str, cases_dir: Path) -> Path:
    """The case's Markdown file; only Markdown cases have front matter to edit."""
    if not ID_RE.match(case_id or ""):
        raise AssistantError(f"{case_id!r} 不是有效的案例编号")
    for path in case_files(Path(cases_dir)):
        if path.stem == case_id:
            if path.suffix.lower() not in {".md", ".markdown"}:
                raise AssistantError(f"案例 {case_id} 是 {path.suffix} 文件,没有可编辑的元数据;请先转成 Markdown")
            return path
    raise AssistantError(f"没有这个案例:{case_id}")


def update_case_meta(case_id: str, cases_dir: Path, changes: dict[str, str]) -> Case:
    """Write the validated `changes` into the case's front matter; returns the case as read back."""
    clean = validate_meta(changes)
    with _write_lock:
        path = case_path(case_id, cases_dir)
        text = decode_bytes(path.read_bytes(), str(path))
        match = FRONT_RE.match(text)
        if not match:
            raise AssistantError(f"案例 {case_id} 没有 YAML 前置信息,无法编辑元数据")
        front = yaml.safe_load(match.group(1)) or {}
        if not isinstance(front, dict):
            raise AssistantError(f"案例 {case_id} 的前置信息不是 YAML 映射,无法编辑")
        front.update(clean)
        old = path.read_bytes()
        tmp = path.with_name(f".{path.name}.{os.getpid()}.edit.tmp")
        try:
            tmp.write_text(render_case(front, text[match.end():]), encoding="utf-8")
            tmp.replace(path)
            return load_case(path)  # read back exactly as the index will
        except CaseFileError as exc:
            path.write_bytes(old)  # the edit is undone: the case stays as it was
            raise AssistantError(f"保存后的案例文件无法读取({exc.reason}),未做修改") from exc
        finally:
            tmp.unlink(missing_ok=True)
