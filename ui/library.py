"""案例库: the case list with Chinese names, a case's text, status, and the guarded reindex."""

from __future__ import annotations

import logging
from typing import Any

import gradio as gr

from assistant.render import escape_md
from index.errors import AssistantError

from . import render
from .conversations import ALL_CASES
from .session import Services

log = logging.getLogger(__name__)
CASE_HEADERS = ["名称", "地区", "类型", "标题", "发布日期"]
PHASES = {"chunks": "切分案例", "embed": "计算向量", "sentences": "计算句向量"}


class LibraryHandler:
    def __init__(self, services: Services) -> None:
        self.s = services

    def rows(self) -> list[list[Any]]:
        return [[c["name"], c["region"], render.KINDS.get(c["kind"], c["kind"]), c["title"], c.get("published", "")]
                for c in self.s.catalog.cases]

    def cards(self) -> str:
        """The case list as cards, for phones (the table is hidden there)."""
        out = []
        for c in self.s.catalog.cases:
            meta = " · ".join(x for x in (c["region"], render.KINDS.get(c["kind"], c["kind"]), c.get("published", "")) if x)
            out.append(f'<div class="jy-case-card"><b>{render.esc(c["name"])}</b> 《{render.esc(c["title"])}》'
                       f'<div class="jy-muted">{render.esc(meta)}</div></div>')
        return "".join(out)

    def status(self) -> tuple[str, str, dict[str, Any]]:
        """(status line, 系统信息, timer update): the timer ticks only while vectors are being generated."""
        try:
            st = self.s.assistant.status()
        except Exception:
            log.exception("status failed")
            return '<div class="jy-status-line">⚠ 状态暂不可用</div>', "", gr.update(active=False)
        return render.status_line(st), render.system_info(st), gr.update(active=render.vectors_pending(st))

    def show(self, case_id: str | None) -> str:
        if not case_id:
            return "请在上方表格中点选一个案例,或从下拉框选择。"
        try:
            case = self.s.catalog.by_id().get(case_id)
            head = ""
            if case:
                meta = " · ".join(x for x in (case.get("published", ""), case.get("source_url", "")) if x)
                head = f"**{escape_md(case['name'])}** 《{escape_md(case['title'])}》" + (f"\n\n{escape_md(meta)}" if meta else "") + "\n\n---\n\n"
            return head + escape_md(self.s.assistant.case_text(case_id))
        except AssistantError as exc:
            return f"⚠ {escape_md(str(exc))}"

    def select_row(self, evt: gr.SelectData) -> tuple[str, str]:
        """A click on a table row opens that case."""
        row = evt.index[0] if isinstance(evt.index, (list, tuple)) else evt.index
        cases = self.s.catalog.cases
        if not 0 <= int(row) < len(cases):
            return gr.skip(), gr.skip()
        case_id = cases[int(row)]["id"]
        return case_id, self.show(case_id)

    def reindex(self, request: gr.Request, progress=gr.Progress()):
        """(table, note, status line, 系统信息, filter choices, case picker choices)."""
        def report_progress(phase: str, done: int, total: int) -> None:
            progress((done, total or None), desc=PHASES.get(phase, phase), unit="项")

        try:
            report, shared = self.s.reindex_gate.run(getattr(request, "username", None),
                                                     lambda: self.s.assistant.reindex(progress=report_progress))
            self.s.catalog.refresh()
            msg = (
                f"✅ 索引完成:{report.cases} 个案例;新增 {len(report.added_cases)},更新 {len(report.updated_cases)},"
                f"删除 {len(report.removed_cases)},未变 {report.unchanged_cases};用时 {report.seconds_total:.1f} 秒。"
            )
            if shared:
                msg = "已有一次重新索引在进行,本次直接使用它的结果。\n\n" + msg
            if report.errors:
                msg += "\n\n⚠ 以下文件未能导入:\n" + "\n".join(f"- {escape_md(e)}" for e in report.errors)
        except AssistantError as exc:
            msg = f"⚠ {escape_md(str(exc))}"
        except Exception:
            log.exception("reindex failed")
            msg = "⚠ 系统出错,重新索引失败。请联系管理员查看日志。"
        line, info, _ = self.status()
        choices = self.s.catalog.choices()
        return (self.rows(), msg, line, info, gr.update(choices=[(ALL_CASES, ALL_CASES), *choices]), gr.update(choices=choices))

    def reindex_visible(self, request: gr.Request) -> dict[str, Any]:
        return gr.update(visible=self.s.reindex_gate.may_reindex(getattr(request, "username", None)))
