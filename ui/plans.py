"""方案起草: a cited plan outline, shown escaped, with Word (GB/T 9704-style) and Markdown downloads."""

from __future__ import annotations

import logging
import re
import tempfile
from pathlib import Path

import gradio as gr

from assistant.export import plan_to_markdown, write_plan
from assistant.render import escape_md
from index.errors import AssistantError

from .session import Services, over_limit

log = logging.getLogger(__name__)
APP_AUTHOR = "教育改革案例助手"


def safe_filename(text: str, default: str) -> str:
    name = re.sub(r"[\\/:*?\"<>|\s]+", "_", text).strip("._")[:40]
    return name or default


def plan_markdown(markdown: str) -> str:
    """The plan's Markdown escaped like an answer: structure kept, `[n]` as superscripts, no HTML or links, and
    no file paths or offsets (those stay in the downloads)."""
    markdown = re.sub(r",[^,\s]+ 第 \d+–\d+ 字:", ":", markdown)
    text = escape_md(markdown)
    text = re.sub(r"^&gt; ", "> ", text, flags=re.M)
    text = re.sub(r"^\\\[(\d+)\\\] ", r"- **\\[\1\\]** ", text, flags=re.M)
    return re.sub(r"(?<!\*\*)\\\[(\d+)\\\]", r"<sup>[\1]</sup>", text)


class PlanHandler:
    def __init__(self, services: Services, out_dir: Path) -> None:
        self.s = services
        self.out_dir = out_dir

    def draft(self, topic: str, profile: str, request: gr.Request):
        """(plan Markdown, .docx path, .md path)."""
        limited = over_limit(self.s, request)
        if limited:
            return f"⚠ {limited}", None, None
        try:
            plan = self.s.assistant.draft_plan(topic, (profile or "").strip() or None)
            stem = safe_filename(getattr(plan, "title", "") or topic or "", "方案提纲")
            folder = Path(tempfile.mkdtemp(dir=self.out_dir))
            docx_path, md_path = folder / f"{stem}.docx", folder / f"{stem}.txt"  # Markdown as text: opens anywhere
            author = getattr(request, "username", None) or APP_AUTHOR
            write_plan(plan, docx_path, author=author)
            write_plan(plan, md_path)
            return plan_markdown(plan_to_markdown(plan)), str(docx_path), str(md_path)
        except AssistantError as exc:
            return f"⚠ {escape_md(str(exc))}", None, None
        except Exception:
            log.exception("plan drafting failed")
            return "⚠ 系统出错,未能生成方案。请稍后再试;如果反复出现,请联系管理员查看日志。", None, None
