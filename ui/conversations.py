"""The conversation list: open, new, rename, delete (with a confirmation step), and the per-conversation filter."""

from __future__ import annotations

from typing import Any

import gradio as gr

from index.errors import AssistantError

from . import render
from .session import Services, chat_messages, ensure_session, follow_ups, turns_from, user_key

ALL_CASES = "全部"


class ConversationsHandler:
    def __init__(self, services: Services) -> None:
        self.s = services

    # -- pieces shared with the chat handler ---------------------------------------------------------
    def list_update(self, user: str, current: str) -> dict[str, Any]:
        convs = self.s.conversations.list(user) if user else []
        choices = [(c.title, c.id) for c in convs]
        return gr.update(choices=choices, value=current if any(c.id == current for c in convs) else None)

    def chip(self, case: str | None) -> dict[str, Any]:
        if not case or case == ALL_CASES:
            return gr.update(value="", visible=False)
        return gr.update(value=f"仅在{self.s.catalog.name_of(case)}中检索 ✕", visible=True)

    def suggestions(self, turns: list[dict[str, Any]]) -> dict[str, Any]:
        return gr.update(samples=[[q] for q in follow_ups(turns, self.s.catalog)])

    def view(self, user: str, session: dict[str, Any], conv_id: str) -> tuple:
        """chatbot, sources, turns, session, conversation list, filter, chip, suggestions, delete-confirm."""
        conv = self.s.conversations.get(user, conv_id) if conv_id and user else None
        turns = turns_from(conv)
        session = dict(session, conv=conv.id if conv else "")
        cases = self.s.catalog.by_id()
        case = conv.case if conv and conv.case else ALL_CASES
        ratings = self.s.feedback.ratings(user, conv.id) if conv else {}
        shown = {"up": "Like", "down": "Dislike"}
        return (
            gr.update(value=chat_messages(turns, cases), feedback_value=[shown.get(ratings.get(i, ""), None) for i in range(len(turns))]),
            render.sources_panel(turns, cases),
            turns,
            session,
            self.list_update(user, session["conv"]),
            gr.update(value=case, choices=[(ALL_CASES, ALL_CASES), *self.s.catalog.choices()]),
            self.chip(case),
            self.suggestions(turns),
            gr.update(visible=False),
        )

    # -- events ---------------------------------------------------------------------------------------
    def load(self, session: dict[str, Any] | None, request: gr.Request) -> tuple:
        """Page load: a browser id if none yet, then the last conversation of this user."""
        session = ensure_session(session)
        user = user_key(request, session)
        conv_id = session.get("conv") or ""
        if not (conv_id and self.s.conversations.owns(user, conv_id)):
            convs = self.s.conversations.list(user)
            conv_id = convs[0].id if convs else ""
        return self.view(user, session, conv_id)

    def new(self, session: dict[str, Any] | None, request: gr.Request) -> tuple:
        """A fresh, empty conversation (created on its first question) with the filter reset."""
        session = ensure_session(session)
        return self.view(user_key(request, session), session, "")

    def open(self, conv_id: str | None, session: dict[str, Any] | None, request: gr.Request) -> tuple:
        session = ensure_session(session)
        return self.view(user_key(request, session), session, conv_id or "")

    def rename(self, title: str, session: dict[str, Any] | None, request: gr.Request) -> tuple[dict, str]:
        session = ensure_session(session)
        user, conv_id = user_key(request, session), session.get("conv") or ""
        if not conv_id:
            return gr.update(), "请先提问或选择一个对话,再重命名。"
        try:
            self.s.conversations.rename(user, conv_id, title)
        except AssistantError as exc:
            return gr.update(), f"⚠ {exc}"
        return self.list_update(user, conv_id), ""

    def ask_delete(self, session: dict[str, Any] | None) -> dict[str, Any]:
        return gr.update(visible=bool((session or {}).get("conv")))

    def delete(self, session: dict[str, Any] | None, request: gr.Request) -> tuple:
        session = ensure_session(session)
        user = user_key(request, session)
        if session.get("conv"):
            self.s.conversations.delete(user, session["conv"])
        convs = self.s.conversations.list(user)
        return self.view(user, session, convs[0].id if convs else "")

    def set_filter(self, case: str | None, session: dict[str, Any] | None, request: gr.Request) -> dict[str, Any]:
        session = ensure_session(session)
        user, conv_id = user_key(request, session), session.get("conv") or ""
        value = "" if not case or case == ALL_CASES else case
        if conv_id and (not value or value in self.s.catalog.by_id()):
            self.s.conversations.set_case(user, conv_id, value)
        return self.chip(case)

    def clear_filter(self) -> dict[str, Any]:
        return gr.update(value=ALL_CASES)
