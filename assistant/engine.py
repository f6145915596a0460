"""Answer engines behind one interface: extractive (offline default) and an OpenAI-compatible LLM.

Both stream events and end with a verified `Answer`; the LLM engine falls back to the extractive
one after bounded retries, with a visible notice.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal, Protocol

from index.clean import normalize

from .extractive import compose
from .llm import ChatClient, LLMError
from .prompts import render_prompt
from .render import URL_RE
from .schema import Answer, Message, Passage
from .verify import verify_answer

log = logging.getLogger(__name__)
ABSTAIN_PHRASES = ("没有找到可以回答", "无法回答", "没有相关", "未提及", "没有提供")
REFUSAL_MAX_CHARS = 40  # "抱歉,提供的材料中没有相关信息,无法回答该问题。" is 24
CLAIM_AFTER_REFUSAL_RE = re.compile(r"但|不过|然而|而是|只是|其中|包括")


def as_refusal(text: str) -> str | None:
    """The reply, links removed, when the whole reply is one short refusal sentence; else None.

    Only such a reply skips verification, because it makes no claim: one sentence, a refusal phrase,
    no citation marker and no number. Anything longer ("没有相关规定,但淄博建了3所学校…") is verified
    sentence by sentence like any answer, so a phrase cannot smuggle unverified text past the check.
    """
    plain = re.sub(r"\s+", " ", URL_RE.sub("", text)).strip()
    sentences = [x for x in re.split(r"(?<=[。!?!?;;])", plain) if x.strip()]
    if (len(plain) > REFUSAL_MAX_CHARS or len(sentences) != 1 or "[" in plain or re.search(r"\d", plain)
            or CLAIM_AFTER_REFUSAL_RE.search(plain) or not any(p in plain for p in ABSTAIN_PHRASES)):
        return None
    return plain


@dataclass
class Event:
    """A streaming event: text to append, a reset (discard shown text), a notice, or the final answer."""

    kind: Literal["delta", "reset", "notice", "final"]
    text: str = ""
    answer: Answer | None = None


@dataclass
class Context:
    """What the engine answers from: the (possibly rewritten) question and the retrieved passages."""

    question: str  # as the user asked it
    query: str  # standalone form used for retrieval
    passages: list[Passage]
    named_cases: set[str]
    comparative: bool
    history: list[Message]


class AnswerEngine(Protocol):
    name: str

    def stream(self, ctx: Context) -> Iterator[Event]: ...


def finish(ctx: Context, text: str, engine: str, notice: str = "") -> Answer:
    """Verify the text against the passages and build the Answer (shared by both engines)."""
    text, claims, citations = verify_answer(text, ctx.passages)
    return Answer(
        question=ctx.question,
        answer=text,
        engine=engine,  # type: ignore[arg-type]
        citations=citations,
        retrieved=[p.brief() for p in ctx.passages],
        claims=claims,
        rewritten_question=ctx.query if ctx.query != ctx.question else "",
        notice=notice,
    )


class ExtractiveEngine:
    name = "extractive"

    def answer(self, ctx: Context, notice: str = "") -> Answer | None:
        text, _ = compose(ctx.query, ctx.passages, ctx.named_cases, ctx.comparative)
        if not text:
            return None
        return finish(ctx, text, self.name, notice)

    def stream(self, ctx: Context) -> Iterator[Event]:
        answer = self.answer(ctx)
        if answer is None:
            yield Event("final")
            return
        for part in _pieces(answer.answer):
            yield Event("delta", part)
        yield Event("final", answer=answer)


def _pieces(text: str, size: int = 12) -> Iterator[str]:
    for i in range(0, len(text), size):
        yield text[i:i + size]


def format_passages(passages: list[Passage]) -> str:
    return "\n\n".join(
        f"[{i}] 《{p.chunk.title}》({p.chunk.name};{p.chunk.heading})\n{p.chunk.text}" for i, p in enumerate(passages, 1)
    )


def format_history(history: list[Message], limit: int = 6) -> str:
    turns = [m for m in history if m.role in ("user", "assistant")][-limit:]
    return "\n".join(f"{'用户' if m.role == 'user' else '助手'}:{m.content[:400]}" for m in turns) or "(无)"


class LLMEngine:
    name = "llm"

    def __init__(self, client: ChatClient, fallback: ExtractiveEngine) -> None:
        self.client = client
        self.fallback = fallback

    def messages(self, ctx: Context) -> list[dict]:
        return [
            {"role": "system", "content": render_prompt("answer_system")},
            {
                "role": "user",
                "content": render_prompt(
                    "answer_user", passages=format_passages(ctx.passages), history=format_history(ctx.history), question=ctx.question
                ),
            },
        ]

    def stream(self, ctx: Context) -> Iterator[Event]:
        messages = self.messages(ctx)
        error: LLMError | None = None
        for attempt in range(self.client.settings.max_retries + 1):
            if attempt:
                time.sleep(min(0.25 * 2 ** attempt, 4.0))
            shown: list[str] = []
            try:
                for delta in self.client.stream(messages):
                    shown.append(delta)
                    yield Event("delta", delta)
            except LLMError as exc:
                error = exc
                log.warning("LLM attempt %d failed: %s", attempt + 1, exc)
                if shown:
                    yield Event("reset")
                continue
            text = "".join(shown).strip()
            if not text:
                error = LLMError("empty answer")
                continue
            refusal = as_refusal(text)
            if refusal is not None:
                yield Event("reset")  # what was streamed may have carried a link; show the cleaned refusal only
                yield Event("delta", refusal)
                yield Event("final", answer=Answer(question=ctx.question, answer=refusal, abstained=True, engine="llm",
                                                   retrieved=[p.brief() for p in ctx.passages]))
                return
            yield Event("final", answer=finish(ctx, text, self.name))
            return
        notice = f"大模型服务暂不可用({error}),已改用离线摘录引擎作答。"
        yield Event("notice", notice)
        answer = self.fallback.answer(ctx, notice)
        yield Event("final", answer=answer)


def rewrite_offline(question: str, history: list[Message], place_names: dict[str, set[str]]) -> str:
    """Carry the previous question's subject into an elliptic follow-up ("那定西呢?")."""
    previous = next((m.content for m in reversed(history) if m.role == "user"), "")
    if not previous:
        return question
    q = normalize(question)
    named_now = [cid for cid, names in place_names.items() if any(n in q for n in names)]
    named_before = [cid for cid, names in place_names.items() if any(n in normalize(previous) for n in names)]
    from .text import strip_question

    topic_now = strip_question(question)
    for cid in named_now:
        for n in sorted(place_names[cid], key=len, reverse=True):
            topic_now = topic_now.replace(normalize(n), " ")
    topic_now = topic_now.strip()
    if named_now and len(topic_now) <= 2:
        # Same question, another place: swap the places of the previous question.
        new = previous
        for cid in named_before:
            for n in sorted(place_names[cid], key=len, reverse=True):
                new = new.replace(n, "")
        names = "、".join(sorted(place_names[cid], key=len)[-1] for cid in named_now)
        return f"{names}{new.strip()}"
    if not named_now and named_before and (len(strip_question(question)) <= 12 or any(w in question for w in ("他们", "它", "那里", "该地", "当地", "这个", "那个", "其"))):
        names = "、".join(sorted(place_names[cid], key=len)[-1] for cid in named_before)
        return f"{names}:{question}"
    return question
