"""Gradio web app: a thin Chinese interface over `Assistant` (问答 / 方案起草 / 案例库).

No retrieval or answering logic lives here: every handler calls the `Assistant` façade and only
renders what it returns. Everything shown is escaped, so neither the case documents, nor the
model output, nor the user's own question can inject HTML or script into the page.

Run: `python app.py` (GRADIO_SERVER_NAME / GRADIO_SERVER_PORT override the host and port from settings).
"""

from __future__ import annotations

import atexit
import html
import json
import logging
import os
import re
import shutil
import tempfile
import threading
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # serve offline: no telemetry calls

import gradio as gr  # noqa: E402

from assistant.core import Assistant  # noqa: E402
from assistant.render import answer_to_markdown, escape_md, highlight_quote, source_lines  # noqa: E402
from assistant.schema import Answer, Citation, Message  # noqa: E402
from index.errors import AssistantError  # noqa: E402
from index.settings import Settings  # noqa: E402

log = logging.getLogger("app")

TITLE = "教育改革案例智能问答助手"
ALL_CASES = "全部"
EXAMPLES = [
    "淄博的学校发展共同体有哪几种模式?",
    "哪些地方在推行名校集团化办学?",
    "定西对交流帮扶教师有什么补助?",
]
SOURCES_EMPTY = '<div class="jy-sources"><p class="jy-muted">提问后,这里会列出回答所引用的案例原文。</p></div>'
PHASES = {"chunks": "切分案例", "embed": "计算向量"}
CASE_HEADERS = ["编号", "名称", "地区", "级别", "类型", "标题", "片段数"]
KINDS = {"case": "地方案例", "reference": "参考文件"}
USER_SHOWN_CHARS = 600  # a very long (rejected) question is shown truncated

CSS = """
.jy-sources {max-height: 640px; overflow-y: auto; font-size: 14px; line-height: 1.6;}
.jy-source {border: 1px solid var(--border-color-primary); border-radius: 8px; padding: 8px 10px; margin-bottom: 10px;}
.jy-source-head {font-weight: 600;}
.jy-source-meta {color: var(--body-text-color-subdued); font-size: 12px; word-break: break-all;}
.jy-source-text {white-space: pre-wrap; margin-top: 6px;}
.jy-source mark {background: #fff3a3; color: inherit; padding: 0 1px;}
.jy-flag {color: #b45309; font-weight: 600;}
.jy-muted {color: var(--body-text-color-subdued);}
.jy-case-text {max-height: 560px; overflow-y: auto;}
"""


# ---------------------------------------------------------------------------------------------
# Rendering helpers (pure functions: escaped HTML/Markdown from the assistant's data)
# ---------------------------------------------------------------------------------------------
def _esc(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _highlight(text: str, quotes: list[str]) -> str:
    """The passage as escaped HTML with every quoted sentence highlighted."""
    quotes = [q for q in dict.fromkeys(quotes) if q]
    if len(quotes) <= 1:
        return highlight_quote(text, quotes[0] if quotes else "")
    spans: list[list[int]] = []
    for q in quotes:
        i = text.find(q)
        if i >= 0:
            spans.append([i, i + len(q)])
    spans.sort()
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out, pos = [], 0
    for start, end in merged:
        out.append(html.escape(text[pos:start]))
        out.append("<mark>" + html.escape(text[start:end]) + "</mark>")
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out)


def sources_html(answer: Answer | None) -> str:
    """The 来源 panel: one card per distinct citation number, with the passage and its quote highlighted."""
    if answer is None:
        return SOURCES_EMPTY
    if not answer.citations:
        reason = "没有找到可靠依据," if answer.abstained else ""
        return f'<div class="jy-sources"><p class="jy-muted">本次回答{reason}未引用来源。</p></div>'
    passages = {p.chunk_id: p.text for p in answer.retrieved}
    groups: dict[int, list[Citation]] = {}
    for c in answer.citations:
        groups.setdefault(c.n, []).append(c)
    cards = []
    for n in sorted(groups):
        cites = groups[n]
        first = cites[0]
        supported = all(c.supported for c in cites)
        offsets = "、".join(dict.fromkeys(f"{c.start}–{c.end}" for c in cites))
        chunk_ids = list(dict.fromkeys(c.chunk_id for c in cites))
        bodies = []
        for chunk_id in chunk_ids:
            quotes = [c.quote for c in cites if c.chunk_id == chunk_id]
            text = passages.get(chunk_id)
            if text is None:  # passage not in the retrieved list: show the quotes themselves
                bodies.append("<mark>" + "</mark>……<mark>".join(html.escape(q) for q in quotes) + "</mark>")
            else:
                bodies.append(_highlight(text, quotes))
        flag = "" if supported else ' <span class="jy-flag">⚠ 未通过引用核验</span>'
        cards.append(
            f'<div class="jy-source" data-n="{n}">'
            f'<div class="jy-source-head">[{n}] {_esc(first.case_name)}《{_esc(first.title)}》{flag}</div>'
            f'<div class="jy-source-meta">出处:{_esc(first.source)} · 字符位置 {_esc(offsets)} · 片段 {_esc(", ".join(chunk_ids))}</div>'
            + "".join(f'<div class="jy-source-text">{b}</div>' for b in bodies)
            + "</div>"
        )
    return '<div class="jy-sources">' + "".join(cards) + "</div>"


def _md_value(value: Any) -> str:
    """Escaped, and with no `@` left for Markdown to autolink (model names like x@0.3.0 are not e-mails)."""
    return escape_md(str(value)).replace("@", "&#64;")


def status_markdown(status: dict[str, Any], answer: Answer | None = None) -> str:
    parts = [
        f"**引擎**:{_md_value(status.get('engine', ''))}",
        f"**向量模型**:{_md_value(status.get('embedding', ''))}",
        f"**向量数**:{status.get('dense_vectors', 0)}"
        + ("" if status.get("dense_active", True) else "(向量生成中,暂用词法检索)"),
        f"**片段**:{status.get('chunks', 0)}",
        f"**案例**:{status.get('cases', 0)}",
        f"**存储**:{_md_value(status.get('store', ''))}",
    ]
    text = " · ".join(parts)
    if status.get("store_error"):
        text += f"\n\n> ⚠ **存储异常**:{_md_value(status['store_error'])}(目前仅能使用已加载的内容,请检查存储后重新索引)"
    if answer is not None and answer.notice:
        text += f"\n\n> ⚠ **提示**:{_md_value(answer.notice)}"
    return text


def user_markdown(question: str) -> str:
    """The user's own message, escaped so that it is displayed literally."""
    shown = question if len(question) <= USER_SHOWN_CHARS else question[:USER_SHOWN_CHARS] + "……"
    return escape_md(shown) if shown.strip() else "(空问题)"


def answer_markdown(answer: Answer) -> str:
    text = answer_to_markdown(answer)
    if answer.rewritten_question:
        text += f"\n\n<small>检索时理解为:{escape_md(answer.rewritten_question)}</small>"
    return text


def plan_markdown(markdown: str) -> str:
    """The plan's Markdown escaped like an answer: structure kept, `[n]` as superscripts, no HTML or links."""
    text = escape_md(markdown)
    text = re.sub(r"^&gt; ", "> ", text, flags=re.M)  # keep the notice's blockquote marker
    text = re.sub(r"^\\\[(\d+)\\\] ", r"- **\\[\1\\]** ", text, flags=re.M)  # the source list: one item per source
    return re.sub(r"(?<!\*\*)\\\[(\d+)\\\]", r"<sup>[\1]</sup>", text)


def error_markdown(message: str) -> str:
    return f"⚠ {escape_md(message)}"


def conversation_markdown(turns: list[dict[str, Any]]) -> str:
    lines = [f"# {TITLE} · 对话记录", "", f"导出时间:{datetime.now().strftime('%Y-%m-%d %H:%M:%S')}", ""]
    for i, turn in enumerate(turns, 1):
        lines += [f"## 问题 {i}", "", turn["question"], ""]
        if turn.get("case"):
            lines += [f"(案例筛选:{turn['case']})", ""]
        answer: Answer | None = turn.get("answer")
        if answer is None:
            lines += ["**回答**:" + turn.get("error", ""), ""]
            continue
        if answer.notice:
            lines += [f"> 提示:{answer.notice}", ""]
        lines += ["**回答**:", "", answer.answer, ""]
        if answer.unsupported:
            lines += ["未通过引用核验的句子:", ""] + [f"- ⚠ {c.text}" for c in answer.unsupported] + [""]
        if answer.citations:
            lines += ["**来源**:", ""] + source_lines(answer) + [""]
    return "\n".join(lines)


def _safe_filename(text: str, default: str) -> str:
    name = re.sub(r"[\\/:*?\"<>|\s]+", "_", text).strip("._")[:40]
    return name or default


# ---------------------------------------------------------------------------------------------
# The app
# ---------------------------------------------------------------------------------------------
def build_app(assistant: Assistant) -> gr.Blocks:
    settings = assistant.settings
    out_dir = Path(tempfile.mkdtemp(prefix="jiaoyu-app-"))
    atexit.register(shutil.rmtree, out_dir, ignore_errors=True)  # downloads live as long as the app
    feedback_lock = threading.Lock()

    # -- data from the assistant ------------------------------------------------------------
    def case_rows() -> list[list[Any]]:
        return [
            [c["id"], c["name"], c["region"], c["level"], KINDS.get(c["kind"], c["kind"]), c["title"], c["chunks"]]
            for c in assistant.cases()
        ]

    def case_choices() -> list[tuple[str, str]]:
        return [(f"{c['name']}({c['title']})" if c["kind"] != "case" else c["name"], c["id"]) for c in assistant.cases()]

    def filter_choices() -> list[tuple[str, str]]:
        return [(ALL_CASES, ALL_CASES)] + case_choices()

    def resolve_case(value: str | None) -> str | None:
        value = (value or "").strip()
        if not value or value == ALL_CASES:
            return None
        for c in assistant.cases():  # accept the display name too (e.g. 定西市 / 定西)
            if value in (c["name"], c["id"]) or (len(value) >= 2 and c["kind"] == "case" and c["name"].startswith(value)):
                return c["id"]
        return value  # unknown: the assistant raises a Chinese AssistantError

    def current_status(answer: Answer | None = None) -> str:
        try:
            return status_markdown(assistant.status(), answer)
        except Exception as exc:  # the status line must never break the page
            log.exception("status failed")
            return f"> ⚠ **状态不可用**:{escape_md(str(exc))}"

    # -- 问答 ----------------------------------------------------------------------------------
    def ask(question: str, case: str | None, turns: list[dict[str, Any]] | None):
        question = question or ""
        turns = list(turns or [])
        chat: list[dict[str, str]] = []
        for t in turns:
            chat.append({"role": "user", "content": user_markdown(t["question"])})
            chat.append({"role": "assistant", "content": t["shown"]})
        chat.append({"role": "user", "content": user_markdown(question)})
        chat.append({"role": "assistant", "content": "正在检索案例……"})
        history = [
            m
            for t in turns
            if t.get("answer") is not None
            for m in (Message(role="user", content=t["question"]), Message(role="assistant", content=t["answer"].answer))
        ]
        yield chat, gr.skip(), gr.skip(), "", turns

        shown, notice = "", ""
        answer: Answer | None = None
        error = ""
        case_id: str | None = None
        try:
            case_id = resolve_case(case)
            for event in assistant.stream(question, history=history, case=case_id):
                if event.kind == "delta":
                    shown += event.text
                elif event.kind == "reset":
                    shown = ""
                elif event.kind == "notice":
                    notice = event.text
                elif event.kind == "final":
                    answer = event.answer
                    break
                else:
                    continue
                prefix = f"> ⚠ {escape_md(notice)}\n\n" if notice else ""
                chat[-1] = {"role": "assistant", "content": prefix + escape_md(shown) + " ▌"}
                yield chat, gr.skip(), gr.skip(), "", turns
            if answer is None:
                error = "未能生成回答,请换个问法再试。"
        except AssistantError as exc:
            error = str(exc)
        except Exception as exc:  # never crash the page: show the failure in Chinese
            log.exception("answering failed")
            error = f"系统出错,未能回答:{exc}"

        case_label = "" if case_id is None else str(case)
        if answer is not None:
            content = answer_markdown(answer)
        else:
            content = error_markdown(error)
        chat[-1] = {"role": "assistant", "content": content}
        turns.append({"question": question, "answer": answer, "error": error, "case": case_label, "shown": content})
        yield chat, sources_html(answer), current_status(answer), "", turns

    def clear():
        return [], SOURCES_EMPTY, [], "", gr.update(value=None, visible=False)

    def pick_example(evt: gr.SelectData) -> str:
        value = evt.value
        if isinstance(value, dict):
            return value.get("text") or value.get("display_text") or ""
        return str(value or "")

    def download_chat(turns: list[dict[str, Any]] | None):
        if not turns:
            gr.Warning("还没有对话可以下载。")
            return gr.update(value=None, visible=False)
        path = out_dir / f"对话记录-{datetime.now().strftime('%Y%m%d-%H%M%S-%f')}.md"
        path.write_text(conversation_markdown(turns), encoding="utf-8")
        return gr.update(value=str(path), visible=True)

    def record_feedback(turn: dict[str, Any], rating: str, via: str) -> str:
        answer: Answer | None = turn.get("answer")
        record = {
            "timestamp": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "rating": rating,
            "question": turn["question"],
            "answer": answer.answer if answer is not None else turn.get("error", ""),
            "citations": [c.model_dump() for c in answer.citations] if answer is not None else [],
            "engine": answer.engine if answer is not None else "",
            "abstained": answer.abstained if answer is not None else False,
            "case": turn.get("case", ""),
            "via": via,
        }
        path = Path(settings.app.feedback_path)
        with feedback_lock:
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("a", encoding="utf-8") as f:
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
        return f"已记录反馈({'👍 有帮助' if rating == 'up' else '👎 没帮助'}),谢谢!"

    def rate_last(turns: list[dict[str, Any]] | None, rating: str) -> str:
        if not turns:
            return "还没有可评价的回答。"
        try:
            return record_feedback(turns[-1], rating, "button")
        except OSError as exc:
            return f"⚠ 反馈保存失败:{escape_md(str(exc))}"

    def rate_up(turns):
        return rate_last(turns, "up")

    def rate_down(turns):
        return rate_last(turns, "down")

    def on_like(turns: list[dict[str, Any]] | None, data: gr.LikeData) -> str:
        turns = turns or []
        index = data.index[0] if isinstance(data.index, (list, tuple)) else data.index
        i = int(index) // 2
        if not 0 <= i < len(turns):
            return "未找到对应的回答。"
        liked = data.liked
        if liked is True or liked == "Like":
            rating = "up"
        elif liked is False or liked == "Dislike":
            rating = "down"
        else:
            return "已取消评价。"
        try:
            return record_feedback(turns[i], rating, "like")
        except OSError as exc:
            return f"⚠ 反馈保存失败:{escape_md(str(exc))}"

    # -- 方案起草 ------------------------------------------------------------------------------
    def draft(topic: str, profile: str):
        try:
            from assistant.export import plan_to_markdown, write_plan

            plan = assistant.draft_plan(topic, (profile or "").strip() or None)
            stem = _safe_filename(getattr(plan, "title", "") or topic or "", "方案提纲")
            folder = Path(tempfile.mkdtemp(dir=out_dir))
            docx_path, md_path = folder / f"{stem}.docx", folder / f"{stem}.md"
            write_plan(plan, docx_path)
            write_plan(plan, md_path)
            return plan_markdown(plan_to_markdown(plan)), str(docx_path), str(md_path)
        except AssistantError as exc:
            return error_markdown(str(exc)), None, None
        except Exception as exc:
            log.exception("plan drafting failed")
            return error_markdown(f"系统出错,未能生成方案:{exc}"), None, None

    # -- 案例库 --------------------------------------------------------------------------------
    def show_case(case_id: str | None) -> str:
        if not case_id:
            return "请选择一个案例。"
        try:
            return escape_md(assistant.case_text(case_id))
        except AssistantError as exc:
            return error_markdown(str(exc))

    def reindex(progress=gr.Progress()):
        def report_progress(phase: str, done: int, total: int) -> None:
            progress((done, total or None), desc=PHASES.get(phase, phase))

        try:
            report = assistant.reindex(progress=report_progress)
            changed = report.added_cases + report.updated_cases + report.removed_cases
            msg = (
                f"✅ 索引完成:{report.cases} 个案例、{report.chunks} 个片段、{report.vectors} 个向量;"
                f"新增 {len(report.added_cases)},更新 {len(report.updated_cases)},删除 {len(report.removed_cases)},"
                f"未变 {report.unchanged_cases};新计算向量 {report.embedded} 条;用时 {report.seconds_total:.1f} 秒。"
            )
            if changed:
                msg += f"\n\n变动的案例:{escape_md('、'.join(changed))}"
            if report.errors:
                msg += "\n\n⚠ 以下文件未能导入:\n" + "\n".join(f"- {escape_md(e)}" for e in report.errors)
        except AssistantError as exc:
            msg = error_markdown(f"重新索引失败:{exc}")
        except Exception as exc:
            log.exception("reindex failed")
            msg = error_markdown(f"系统出错,重新索引失败:{exc}")
        return (
            case_rows(),
            msg,
            current_status(),
            gr.update(choices=filter_choices()),
            gr.update(choices=case_choices()),
        )

    def on_load():
        return current_status(), case_rows(), gr.update(choices=filter_choices()), gr.update(choices=case_choices())

    # -- layout --------------------------------------------------------------------------------
    with gr.Blocks(title=TITLE, analytics_enabled=False) as demo:
        gr.Markdown(f"# {TITLE}\n面向教育局负责人的区域教育改革案例问答:回答均来自案例原文,并标注出处。")
        status = gr.Markdown(current_status(), elem_id="jy-status")

        with gr.Tabs():
            with gr.Tab("问答", id="chat"):
                turns = gr.State([])
                with gr.Row():
                    with gr.Column(scale=3):
                        chatbot = gr.Chatbot(
                            label="对话",
                            height=560,
                            elem_id="jy-chatbot",
                            sanitize_html=True,
                            render_markdown=True,
                            latex_delimiters=[],
                            allow_tags=False,
                            examples=[{"text": q} for q in EXAMPLES],
                            placeholder="**您好!** 我可以根据收录的教育改革案例回答问题,并给出原文出处。可以点击下面的示例问题开始。",
                            feedback_options=["Like", "Dislike"],
                            buttons=["copy"],
                        )
                        with gr.Row():
                            question = gr.Textbox(
                                label="问题",
                                placeholder="请输入您的问题,例如:淄博的学校发展共同体有哪几种模式?",
                                lines=2,
                                scale=5,
                                elem_id="jy-question",
                            )
                            with gr.Column(scale=1, min_width=160):
                                case = gr.Dropdown(
                                    choices=filter_choices(),
                                    value=ALL_CASES,
                                    label="案例筛选",
                                    allow_custom_value=True,
                                    elem_id="jy-case",
                                )
                                send = gr.Button("发送", variant="primary", elem_id="jy-send")
                        with gr.Row():
                            clear_btn = gr.Button("清空对话", elem_id="jy-clear")
                            download_btn = gr.Button("下载对话", elem_id="jy-download")
                            up_btn = gr.Button("👍 有帮助", elem_id="jy-up")
                            down_btn = gr.Button("👎 没帮助", elem_id="jy-down")
                        feedback_note = gr.Markdown("", elem_id="jy-feedback")
                        chat_file = gr.File(label="对话记录(Markdown)", visible=False, interactive=False, height=80, elem_id="jy-chat-file")
                    with gr.Column(scale=2):
                        gr.Markdown("### 来源")
                        sources = gr.HTML(SOURCES_EMPTY, elem_id="jy-sources", js_on_load=None)

            with gr.Tab("方案起草", id="plan"):
                gr.Markdown("根据案例库起草工作方案提纲,每条举措都标注参考的案例与出处。")
                with gr.Row():
                    with gr.Column(scale=2):
                        topic = gr.Textbox(label="方案主题", placeholder="例如:推进义务教育集团化办学", elem_id="jy-topic")
                        profile = gr.Textbox(
                            label="地区情况(可选)",
                            placeholder="例如:县域内城乡学校差距较大,农村学校教师流失严重……",
                            lines=4,
                            elem_id="jy-profile",
                        )
                        plan_btn = gr.Button("生成方案提纲", variant="primary", elem_id="jy-plan-btn")
                        plan_docx = gr.File(label="下载 Word(.docx)", interactive=False, elem_id="jy-plan-docx")
                        plan_md_file = gr.File(label="下载 Markdown(.md)", interactive=False, elem_id="jy-plan-md")
                    with gr.Column(scale=3):
                        plan_view = gr.Markdown("生成的方案提纲将显示在这里。", elem_id="jy-plan", latex_delimiters=[], line_breaks=True)

            with gr.Tab("案例库", id="cases"):
                case_table = gr.Dataframe(
                    value=case_rows(),
                    headers=CASE_HEADERS,
                    interactive=False,
                    wrap=True,
                    column_widths=["16%", "14%", "12%", "6%", "9%", "35%", "8%"],
                    label="已收录案例",
                    elem_id="jy-case-table",
                )
                with gr.Row():
                    case_pick = gr.Dropdown(choices=case_choices(), label="查看案例原文", value=None, scale=3, elem_id="jy-case-pick")
                    reindex_btn = gr.Button("重新索引", scale=1, elem_id="jy-reindex")
                reindex_note = gr.Markdown("", elem_id="jy-reindex-note")
                case_view = gr.Markdown("请选择一个案例。", elem_classes=["jy-case-text"], latex_delimiters=[], elem_id="jy-case-view")

        # -- events ----------------------------------------------------------------------------
        chat_outputs = [chatbot, sources, status, question, turns]
        question.submit(ask, [question, case, turns], chat_outputs, api_name="ask")
        send.click(ask, [question, case, turns], chat_outputs, api_name=False)
        chatbot.example_select(pick_example, None, question, api_name=False).then(
            ask, [question, case, turns], chat_outputs, api_name=False
        )
        clear_btn.click(clear, None, [chatbot, sources, turns, feedback_note, chat_file], api_name="clear")
        chatbot.clear(clear, None, [chatbot, sources, turns, feedback_note, chat_file], api_name=False)
        download_btn.click(download_chat, turns, chat_file, api_name="download_chat")
        up_btn.click(rate_up, turns, feedback_note, api_name="feedback_up")
        down_btn.click(rate_down, turns, feedback_note, api_name="feedback_down")
        chatbot.like(on_like, turns, feedback_note, api_name=False)

        plan_btn.click(draft, [topic, profile], [plan_view, plan_docx, plan_md_file], api_name="draft_plan")
        topic.submit(draft, [topic, profile], [plan_view, plan_docx, plan_md_file], api_name=False)

        case_pick.change(show_case, case_pick, case_view, api_name="case_text")
        reindex_btn.click(
            reindex, None, [case_table, reindex_note, status, case, case_pick], api_name="reindex", concurrency_limit=1
        )
        demo.load(on_load, None, [status, case_table, case, case_pick], api_name="status")
    return demo


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = Settings()
    assistant = Assistant.load(settings, dense_in_background=True)
    demo = build_app(assistant)
    password = settings.app.password.get_secret_value()
    demo.queue(default_concurrency_limit=settings.app.concurrency).launch(
        server_name=os.environ.get("GRADIO_SERVER_NAME", settings.app.host),
        server_port=int(os.environ.get("GRADIO_SERVER_PORT", settings.app.port)),
        auth=(settings.app.username, password) if settings.app.username else None,
        css=CSS,
        theme=gr.themes.Soft(),
    )


if __name__ == "__main__":
    main()
