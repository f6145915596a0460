"""案例库 administration: import documents from the browser, edit a case's metadata, delete a case.

Why a handler of its own: each of the three changes files under `cases/` and then brings the index up to
date (admins only when login is on, the same rule as 重新索引) through `Assistant.reindex`, whose coalescing
never takes a build that was already running when the files changed as covering them. The import runs in a
worker thread while the handler streams a per-file status table (解析中 / OCR 第3/12页 / 切分 / 向量 /
已导入 / 失败:原因), so a long OCR job shows where it is. Messages name the user's file, never a path or id.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import gradio as gr

from index.edit import update_case_meta
from index.errors import AssistantError
from index.ingest import ImportResult, delete_case, import_document

from . import render
from .conversations import ALL_CASES
from .session import Services

log = logging.getLogger(__name__)
ACCEPTED = [".pdf", ".docx", ".txt", ".md", ".html", ".htm", ".png", ".jpg", ".jpeg", ".bmp", ".tif", ".tiff", ".webp"]
FORMATS = {"pdf": "PDF", "docx": "Word 文档", "html": "网页", "image": "图片", "text": "文本"}
PHASES = {"chunks": "切分", "embed": "向量", "sentences": "句向量"}
KIND_CHOICES = [("地方案例", "case"), ("参考文件", "reference")]
META_FIELDS = ("name", "region", "level", "kind", "title", "published")


class FileState:
    """One row of the status table: the user's file name, what is happening, and how it ended."""

    def __init__(self, file: str) -> None:
        self.file, self.text, self.kind = file, "等待中", "busy"
        self.result: ImportResult | None = None

    def set(self, text: str, kind: str = "busy") -> None:
        self.text, self.kind = text, kind


def stage_text(stage: str, done: int, total: int) -> str:
    """解析中 / 解析 第3/12页 / OCR 第3/12页, from `import_document`'s progress callback."""
    if stage == "OCR":
        return f"OCR 第{done}/{total}页" if total > 1 else "OCR 识别中"
    return f"解析中 第{done}/{total}页" if total > 1 and done else "解析中"


def status_table(states: list[FileState]) -> str:
    if not states:
        return ""
    rows = "".join(f'<tr><td>{render.esc(s.file)}</td><td class="jy-{s.kind}">{render.esc(s.text)}</td></tr>' for s in states)
    return f'<table class="jy-imports"><tbody>{rows}</tbody></table>'


class ImportHandler:
    """Receives the services and the library handler (for the table, cards and status it re-renders)."""

    def __init__(self, services: Services, library: Any) -> None:
        self.s = services
        self.library = library

    # -- shared -------------------------------------------------------------------------------------------
    def _user(self, request: gr.Request | None) -> str | None:
        return getattr(request, "username", None) if request is not None else None

    def may_edit(self, request: gr.Request) -> dict[str, Any]:
        """The import/edit/delete tools are shown to whoever may reindex (everyone without login)."""
        return gr.update(visible=self.s.reindex_gate.may_reindex(self._user(request)))

    def _refresh_index(self, user: str | None, progress: Callable[[str, int, int], None] | None = None) -> None:
        """Incremental build; the catalog (names, choices) follows.

        Not through `ReindexGate.run`: its once-per-interval rule is for the 重新索引 button, and it would hand a
        request the result of a build already under way, which may have read `cases/` before these files were
        written. `Assistant.reindex` coalesces the right way (a caller waits for the next build, which sees them).
        """
        if not self.s.reindex_gate.may_reindex(user):
            raise AssistantError("只有管理员可以导入、修改、删除案例或重新索引(JY_APP__ADMIN_USERS)。")
        try:
            self.s.assistant.reindex(progress=progress)
        finally:
            self.s.catalog.refresh()

    def _views(self, pick: Any = None) -> tuple:
        """(table, cards, chat filter, case picker, status line, 系统信息) after the case list changed."""
        line, info, _ = self.library.status()
        choices = self.s.catalog.choices()
        picker = gr.update(choices=choices) if pick is None else gr.update(choices=choices, value=pick)
        return (self.library.rows(), self.library.cards(), gr.update(choices=[(ALL_CASES, ALL_CASES), *choices]),
                picker, line, info)

    def catalog_views(self) -> tuple:
        """(table, cards, case picker) on page load: the layout was built before later imports and deletes."""
        return self.library.rows(), self.library.cards(), gr.update(choices=self.s.catalog.choices())

    # -- import -------------------------------------------------------------------------------------------
    def _outcome(self, state: FileState, result: ImportResult) -> None:
        state.result = result
        if result.status == "duplicate":
            state.set(f"未重复导入:与已收录的“{self.s.catalog.name_of(result.case_id)}”内容完全相同", "fail")
        elif result.status == "error":
            reason = result.message.split(": ", 1)[-1] if result.message.startswith(result.file) else result.message
            state.set(f"失败:{render._redact(reason)}", "fail")
        else:
            label = FORMATS.get(result.format, result.format)
            pages = f" {result.pages} 页" if result.pages else ""
            ocr = f"(其中 {len(result.ocr_pages)} 页经 OCR 识别)" if result.ocr_pages else ""
            state.set(f"已解析:{label}{pages}{ocr},{result.chars} 字;等待建立索引", "busy")

    def _work(self, files: list[str], states: list[FileState], user: str | None) -> None:
        cases_dir = Path(self.s.settings.cases_dir)
        cap_mb = self.s.settings.app.max_upload_mb
        for path, state in zip(files, states):
            try:
                size = Path(path).stat().st_size
            except OSError:
                state.set("失败:上传的文件已丢失,请重新选择", "fail")
                continue
            if size > cap_mb * 1024 * 1024:
                state.set(f"失败:文件大小 {size / 1024 / 1024:.1f} MB 超过上传上限 {cap_mb} MB(设置项 JY_APP__MAX_UPLOAD_MB)", "fail")
                continue
            state.set("解析中")
            result = import_document(Path(path), cases_dir, name=state.file, settings=self.s.settings.ingest,
                                     progress=lambda stage, done, total, st=state: st.set(stage_text(stage, done, total)))
            self._outcome(state, result)
        new = [s for s in states if s.result is not None and s.result.ok]
        if not new:
            return

        def report(phase: str, done: int, total: int) -> None:
            text = f"建立索引:{PHASES.get(phase, phase)} {done}/{total}" if total else f"建立索引:{PHASES.get(phase, phase)}"
            for s in new:
                s.set(text)

        try:
            self._refresh_index(user, report)
        except Exception as exc:  # the files are imported; only the index lags: say so, keep them
            log.exception("index refresh after import failed")
            shown = str(exc) if isinstance(exc, AssistantError) else "系统出错"
            for s in new:
                s.set(f"已保存,但索引未更新:{render._redact(shown)}。请稍后点“重新索引”", "fail")
            return
        for s in new:
            r = s.result
            assert r is not None
            where = f"“{r.name}”《{r.title}》" if r.title and r.title != r.name else f"“{r.name}”"
            s.set(f"已导入为 {where},现在即可提问" + (f"(共 {r.pages} 页)" if r.pages else ""), "ok")

    def upload(self, files: list[str] | None, request: gr.Request) -> Iterator[tuple]:
        """Streams (status table, table, cards, chat filter, case picker, status line, 系统信息)."""
        skip = (gr.skip(),) * 6
        user = self._user(request)
        if not self.s.reindex_gate.may_reindex(user):
            yield ("⚠ 只有管理员可以导入案例(JY_APP__ADMIN_USERS)。", *skip)
            return
        files = [str(f) for f in (files or []) if f]
        if not files:
            yield ("请先选择要导入的文件(PDF、Word、网页、文本或图片)。", *skip)
            return
        states = [FileState(Path(f).name) for f in files]
        states[0].set(stage_text("parse", 0, 0))  # the first file is parsed at once: said before the first poll,
        shown = status_table(states)  # so the user sees the import start even when it finishes within one poll
        yield (shown, *skip)
        worker = threading.Thread(target=self._work, args=(files, states, user), name="jy-import", daemon=True)
        worker.start()
        while worker.is_alive():
            worker.join(0.3)
            table = status_table(states)
            if table != shown and worker.is_alive():
                shown = table
                yield (table, *skip)
        new = [s.result.case_id for s in states if s.result is not None and s.result.ok]
        yield (status_table(states), *self._views(pick=new[-1] if new else None))

    # -- metadata -----------------------------------------------------------------------------------------
    def load_meta(self, case_id: str | None) -> tuple:
        """The form's six values and an empty note; blanks when nothing is picked."""
        case = self.s.catalog.by_id().get(case_id or "")
        if not case:
            return ("", "", "", "case", "", "", "")
        return (case["name"], case["region"], case["level"], case["kind"], case["title"], case.get("published", ""), "")

    def save_meta(self, case_id: str | None, name: str, region: str, level: str, kind: str, title: str, published: str,
                  request: gr.Request) -> tuple:
        """(note, table, cards, chat filter, case picker, status line, 系统信息, case text)."""
        skip = (gr.skip(),) * 7
        user = self._user(request)
        if not self.s.reindex_gate.may_reindex(user):
            return ("⚠ 只有管理员可以修改案例信息(JY_APP__ADMIN_USERS)。", *skip)
        if not case_id:
            return ("请先在上方选择一个案例。", *skip)
        values = dict(zip(META_FIELDS, (name, region, level, kind, title, published)))
        try:
            update_case_meta(case_id, Path(self.s.settings.cases_dir), values)
        except AssistantError as exc:
            return (f"⚠ {render.esc(render._redact(str(exc)))}", *skip)
        try:
            self._refresh_index(user)
            note = "✅ 已保存,索引已更新。"
        except AssistantError as exc:
            note = f"已保存,但索引未更新:{render.esc(render._redact(str(exc)))}"
        return (note, *self._views(pick=case_id), self.library.show(case_id))

    # -- delete -------------------------------------------------------------------------------------------
    def ask_delete(self, case_id: str | None) -> tuple:
        """(confirm row, note): nothing is deleted before 确认删除."""
        case = self.s.catalog.by_id().get(case_id or "")
        if not case:
            return gr.update(visible=False), "请先在上方选择要删除的案例。"
        return (gr.update(visible=True),
                f"确定删除“{render.esc(case['name'])}”《{render.esc(case['title'])}》吗?案例文件和保存的原件都会删除,无法恢复。")

    def delete(self, case_id: str | None, request: gr.Request) -> tuple:
        """(confirm row, note, table, cards, chat filter, case picker, status line, 系统信息, case text)."""
        hide = gr.update(visible=False)
        skip = (gr.skip(),) * 7
        user = self._user(request)
        if not self.s.reindex_gate.may_reindex(user):
            return (hide, "⚠ 只有管理员可以删除案例(JY_APP__ADMIN_USERS)。", *skip)
        case = self.s.catalog.by_id().get(case_id or "")
        if not case:
            return (hide, "请先在上方选择要删除的案例。", *skip)
        try:
            delete_case(case["id"], Path(self.s.settings.cases_dir))
        except AssistantError as exc:
            return (hide, f"⚠ {render.esc(render._redact(str(exc)))}", *skip)
        try:
            self._refresh_index(user)
            note = f"已删除“{render.esc(case['name'])}”《{render.esc(case['title'])}》。"
        except AssistantError as exc:
            note = f"已删除,但索引未更新:{render.esc(render._redact(str(exc)))}"
        table, cards, filt, _, line, info = self._views()
        picker = gr.update(choices=self.s.catalog.choices(), value=None)
        return (hide, note, table, cards, filt, picker, line, info, "请在上方表格中点选一个案例,或从下拉框选择。")
