"""Who is asking and what they see: the user key, the turns of the open conversation and their rendering.

The user is the login name, or without login a random id kept in the browser (`gr.BrowserState`), so
conversations are per user either way. Turns live in a `gr.State` as dicts holding `Answer` objects and are
saved to the `ConversationStore` as JSON.
"""

from __future__ import annotations

import logging
import secrets
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.conversations import Conversation, ConversationStore, Turn
from assistant.core import Assistant
from assistant.feedback import FeedbackStore
from assistant.schema import Answer, Message
from index.settings import Settings

from . import render
from .catalog import CaseCatalog
from .guard import RateLimiter, ReindexGate

log = logging.getLogger(__name__)
EXAMPLES = [
    "淄博的学校发展共同体有哪几种模式?",
    "哪些地方在推行名校集团化办学?",
    "定西对交流帮扶教师有什么补助?",
]


@dataclass
class Services:
    """Everything the handlers share, built once in `app.py`."""

    settings: Settings
    assistant: Assistant
    catalog: CaseCatalog
    conversations: ConversationStore
    feedback: FeedbackStore
    limiter: RateLimiter  # per browser session (or login name)
    ip_limiter: RateLimiter  # per client address: rotating sessions does not lift the cap
    reindex_gate: ReindexGate


def user_key(request: gr.Request | None, session: dict[str, Any] | None) -> str:
    name = getattr(request, "username", None) if request is not None else None
    if name:
        return f"user:{name}"
    client = (session or {}).get("client") or ""
    return f"local:{client}" if client else ""


def client_keys(request: gr.Request | None) -> tuple[str, str]:
    """Rate-limit keys: (the login name or browser session, the client address)."""
    if request is None:
        return "anonymous", "ip:unknown"
    client = getattr(request, "client", None)
    ip = f"ip:{getattr(client, 'host', '') or 'unknown'}"
    name = getattr(request, "username", None)
    return (f"user:{name}" if name else f"session:{getattr(request, 'session_hash', '') or ip}"), ip


def over_limit(services: "Services", request: gr.Request | None) -> str:
    """A Chinese message when this client asked too often, else ""."""
    who, ip = client_keys(request)
    if not services.limiter.allow(who):
        return f"请求过于频繁:每分钟最多 {services.limiter.limit} 次,请稍后再试。"
    if not services.ip_limiter.allow(ip):
        return f"来自同一地址的请求过于频繁:每分钟最多 {services.ip_limiter.limit} 次,请稍后再试。"
    return ""


def ensure_session(session: dict[str, Any] | None) -> dict[str, Any]:
    session = dict(session or {})
    if not session.get("client"):
        session["client"] = uuid.uuid4().hex
    session.setdefault("conv", "")
    return session


def turns_from(conv: Conversation | None) -> list[dict[str, Any]]:
    if conv is None:
        return []
    return [
        {"question": t.question, "answer": Answer.model_validate(t.answer) if t.answer else None, "error": t.error, "case": t.case,
         "notices": list(t.notices)}
        for t in conv.turns
    ]


def to_turn(turn: dict[str, Any]) -> Turn:
    answer: Answer | None = turn.get("answer")
    return Turn(question=turn["question"], answer=answer.model_dump(mode="json") if answer else None, error=turn.get("error", ""),
                case=turn.get("case", ""), notices=list(turn.get("notices") or []))


def history(turns: list[dict[str, Any]]) -> list[Message]:
    """Earlier questions and answers for follow-up questions (also after a reload)."""
    out: list[Message] = []
    for t in turns:
        if t.get("answer") is not None:
            out += [Message(role="user", content=t["question"]), Message(role="assistant", content=t["answer"].answer)]
    return out


def chat_messages(turns: list[dict[str, Any]], cases: dict[str, dict[str, Any]]) -> list[dict[str, str]]:
    msgs: list[dict[str, str]] = []
    for i, t in enumerate(turns):
        msgs.append({"role": "user", "content": render.user_html(t["question"])})
        answer = t.get("answer")
        content = render.answer_html(answer, i, cases, t.get("notices")) if answer else render.error_html(t.get("error", ""))
        msgs.append({"role": "assistant", "content": content})
    return msgs


def follow_ups(turns: list[dict[str, Any]], catalog: CaseCatalog, limit: int = 2) -> list[str]:
    """Up to two questions suggested after an answer, from the headings around the passages it cites; then the examples."""
    asked = {t["question"] for t in turns}
    out: list[str] = []
    last = turns[-1].get("answer") if turns else None
    if last is not None and not last.abstained:
        cases = catalog.by_id()
        for c in last.citations:
            name = render.short_name(cases.get(c.case_id, {}).get("name", c.case_name))
            for heading in catalog.headings_near(c.case_id, c.quote)[1:]:  # the sections after the cited one
                if len(heading) < 2 or heading in last.question:
                    continue
                q = f"{name}在“{heading}”方面有哪些做法?"
                if q not in asked and q not in out:
                    out.append(q)
                    break
            if len(out) >= limit:
                break
    for q in EXAMPLES:
        if len(out) >= limit + 1:
            break
        if q not in asked and q not in out:
            out.append(q)
    return out


def browser_secret(data_dir: Path) -> str:
    """A stable key for the browser-local session, so anonymous users keep their conversations across restarts."""
    path = data_dir / "browser-secret"
    try:
        if path.exists():
            return path.read_text(encoding="utf-8").strip()
        data_dir.mkdir(parents=True, exist_ok=True)
        value = secrets.token_hex(32)
        path.write_text(value, encoding="utf-8")
        path.chmod(0o600)
        return value
    except OSError as exc:
        log.warning("cannot keep the browser-session key in %s (%s): sessions end with the process", path, exc)
        return secrets.token_hex(32)
