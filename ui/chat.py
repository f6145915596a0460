"""Asking: rate limit, the conversation it belongs to, the filter notice, streaming, saving, and feedback."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.export import conversation_to_markdown
from assistant.schema import Answer
from index.errors import AssistantError

from . import render
from .conversations import ALL_CASES, ConversationsHandler
from .session import Services, chat_messages, ensure_session, history, over_limit, to_turn, user_key

log = logging.getLogger(__name__)


def pick_example(evt: gr.SelectData) -> str:
    """The text of a clicked example question."""
    value = evt.value
    if isinstance(value, dict):
        return value.get("text") or value.get("display_text") or ""
    return str(value or "")


class ChatHandler:
    def __init__(self, services: Services, conversations: ConversationsHandler, out_dir: Path) -> None:
        self.s = services
        self.convs = conversations
        self.out_dir = out_dir

    def download(self, turns: list[dict[str, Any]] | None) -> dict[str, Any]:
        """The conversation as Markdown: every quote of every source, with title, publisher, date and link."""
        if not turns:
            gr.Warning("还没有对话可以下载。")
            return gr.update(value=None, visible=False)
        path = self.out_dir / f"对话记录-{datetime.now().strftime('%Y%m%d-%H%M%S-%f')}.txt"  # Markdown that opens anywhere
        path.write_text(conversation_to_markdown(turns, self.s.catalog.by_id(), "教育改革案例智能问答助手 · 对话记录"), encoding="utf-8")
        return gr.update(value=str(path), visible=True)

    def filter_notice(self, question: str, case: str | None) -> str:
        if not case:
            return ""
        others = self.s.catalog.places_named(question, exclude=case)
        if not others:
            return ""
        name = self.s.catalog.name_of(case)
        return (f"当前仅在{name}中检索:问题提到的{'、'.join(others)}不在筛选范围内,下面的回答只来自{name}。"
                f"如需查询{'、'.join(others)},请点输入框旁的“仅在{name}中检索 ✕”取消筛选。")

    def ask(self, question: str, case: str | None, session: dict[str, Any] | None, turns: list[dict[str, Any]] | None,
            request: gr.Request):
        """Yields (chatbot, sources, question box, turns, session, conversation list, suggestions)."""
        question = question or ""
        session = ensure_session(session)
        user = user_key(request, session)
        turns = list(turns or [])
        cases = self.s.catalog.by_id()
        case_id = None if not case or case == ALL_CASES else case
        pending = chat_messages(turns, cases) + [{"role": "user", "content": render.user_html(question)}]

        def view(content: str, done: bool = False, box: str = "") -> tuple:
            chat = pending + [{"role": "assistant", "content": content}]
            if not done:
                return chat, gr.skip(), box, gr.skip(), gr.skip(), gr.skip(), gr.skip()
            return (chat_messages(turns, cases), render.sources_panel(turns, cases), box, turns, session,
                    self.convs.list_update(user, session["conv"]), self.convs.suggestions(turns))

        limited = over_limit(self.s, request)
        if limited:
            yield view(render.error_html(limited), box=question)
            return
        if case_id is not None and case_id not in cases:
            yield view(render.error_html("所选案例不在案例库中,请从列表中选择。"), box=question)
            return
        yield view('<div class="jy-answer"><p>正在检索案例……</p></div>')

        notice = self.filter_notice(question, case_id)
        answer: Answer | None = None
        error, shown, llm_notice = "", "", ""
        try:
            for event in self.s.assistant.stream(question, history=history(turns), case=case_id):
                if event.kind == "delta":
                    shown += event.text
                elif event.kind == "reset":
                    shown = ""
                elif event.kind == "notice":
                    llm_notice = event.text
                elif event.kind == "final":
                    answer = event.answer
                    break
                else:
                    continue
                yield view(render.streaming_html(shown, llm_notice))
            if answer is None:
                error = "未能生成回答,请换个问法再试。"
        except AssistantError as exc:
            error = str(exc)
        except Exception:  # never crash the page, never show raw exception text
            log.exception("answering failed")
            error = "系统出错,未能回答。请稍后再试;如果反复出现,请联系管理员查看日志。"

        kept = question[: self.s.settings.app.max_question_chars + 1]  # a refused over-long question is not stored whole
        turn = {"question": kept, "answer": answer, "error": error, "case": case_id or "", "notices": [notice] if notice else []}
        if user:
            try:
                if not session.get("conv") or not self.s.conversations.owns(user, session["conv"]):
                    session["conv"] = self.s.conversations.create(user, case=case_id or "").id
                self.s.conversations.append(user, session["conv"], to_turn(turn))
            except AssistantError as exc:
                turn["notices"].append(f"本轮未能保存:{exc}")
        turns.append(turn)
        yield view("", done=True)

    def like(self, turns: list[dict[str, Any]] | None, session: dict[str, Any] | None, data: gr.LikeData,
             request: gr.Request) -> str:
        """One rating per answer: a new click replaces the old one, un-clicking withdraws it."""
        turns = turns or []
        index = data.index[0] if isinstance(data.index, (list, tuple)) else data.index
        i = int(index) // 2
        if not 0 <= i < len(turns):
            return "未找到对应的回答。"
        session = ensure_session(session)
        user, conv = user_key(request, session), session.get("conv") or ""
        if not conv:
            return "这段对话尚未保存,无法评价。"
        liked = data.liked
        rating = "up" if liked in (True, "Like") else "down" if liked in (False, "Dislike") else None
        turn = turns[i]
        answer: Answer | None = turn.get("answer")
        record = {
            "question": turn["question"],
            "answer": answer.answer if answer else turn.get("error", ""),
            "citations": [c.model_dump() for c in answer.citations] if answer else [],
            "engine": answer.engine if answer else "",
            "abstained": answer.abstained if answer else False,
            "case": turn.get("case", ""),
            "conversation": conv,
            "turn": i,
        }
        try:
            self.s.feedback.set(user, conv, i, rating, record)  # type: ignore[arg-type]
        except AssistantError as exc:
            return f"⚠ {exc}"
        if rating is None:
            return "已取消评价。"
        return f"已记录第 {i + 1} 问的评价({'👍 有帮助' if rating == 'up' else '👎 没帮助'}),可随时更改。"
