"""Answer engines behind one interface: extractive (offline default) and an OpenAI-compatible LLM.

Both stream events and end with a verified `Answer`; the LLM engine falls back to the extractive
one after bounded retries, with a visible notice.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from index.clean import normalize

from . import cues
from .compose import compose
from .llm import ChatClient, LLMError
from .prompts import render_prompt
from .render import URL_RE
from .schema import Answer, Message, Passage
from .verify import verify_answer

log = logging.getLogger(__name__)
REFUSAL_MAX_CHARS = 40  # "抱歉,提供的材料中没有相关信息,无法回答该问题。" is 24


def as_refusal(text: str) -> str | None:
    """The reply, links removed, when the whole reply is one short refusal sentence; else None.

    Only such a reply skips verification, because it makes no claim: one sentence, a refusal phrase,
    no citation marker and no number. Anything longer ("没有相关规定,但淄博建了3所学校…") is verified
    sentence by sentence like any answer, so a phrase cannot smuggle unverified text past the check.
    """
    plain = re.sub(r"\s+", " ", URL_RE.sub("", text)).strip()
    sentences = [x for x in re.split(r"(?<=[。!?!?;;])", plain) if x.strip()]
    if (len(plain) > REFUSAL_MAX_CHARS or len(sentences) != 1 or "[" in plain or re.search(r"\d", plain)
            or cues.CLAIM_AFTER_REFUSAL_RE.search(plain) or not any(p in plain for p in cues.LLM_REFUSAL_PHRASES)):
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
    """What the engine answers from: the analysed question, the retrieved passages and their scored units."""

    question: str  # as the user asked it
    query: str  # standalone form used for retrieval
    passages: list[Passage]
    history: list[Message]
    intent: Any = None  # QueryIntent
    scored: list = field(default_factory=list)  # sentences.Unit, best first
    outline: Any = None  # case id -> CaseOutline
    names: dict[str, str] = field(default_factory=dict)
    weights: Any = None  # sentences.TermWeights
    gap: str = ""  # a part of the question the sources leave out, said before the answer (abstain.Verdict.gap)


class AnswerEngine(Protocol):
    name: str

    def stream(self, ctx: Context) -> Iterator[Event]: ...


def finish(ctx: Context, text: str, engine: str, notice: str = "", quoted: list[Passage] | None = None) -> Answer:
    """Verify the text against the passages and build the Answer (shared by both engines).

    `quoted` extends the retrieved passages with chunks the answer quotes from a case outline; markers index it,
    while `Answer.retrieved` stays what retrieval returned.
    """
    text, claims, citations = verify_answer(text, quoted or ctx.passages)
    return Answer(
        question=ctx.question,
        answer=text,
        engine=engine,  # type: ignore[arg-type]
        citations=citations,
        retrieved=[p.brief() for p in (quoted or ctx.passages)],
        claims=claims,
        rewritten_question=_readable(ctx),
        notice=notice,
        intent=ctx.intent.summary() if ctx.intent is not None else "",
    )


def gap_note(ctx: Context) -> str:
    """The note heading an answer that gives all but one asked part (`Context.gap`): a quote block, as abstentions
    are (a note, not a claim, so verification leaves it alone); "" when nothing is left out."""
    return f"> {ctx.gap}\n\n" if ctx.gap else ""


class ExtractiveEngine:
    name = "extractive"

    def answer(self, ctx: Context, notice: str = "") -> Answer | None:
        comp = compose(ctx.intent, ctx.passages, ctx.scored, ctx.weights, ctx.outline, ctx.names)
        if not comp.text:
            return None
        text = gap_note(ctx) + comp.text
        return finish(ctx, text, self.name, notice, quoted=comp.passages)

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
                    "answer_user", passages=format_passages(ctx.passages), history=format_history(ctx.history), question=ctx.question,
                    # what the sources leave out is told to the model, which must not fill it in (the answer is headed by it)
                    gap_note=render_prompt("answer_gap", gap=ctx.gap) if ctx.gap else "",
                ),
            },
        ]

    def stream(self, ctx: Context) -> Iterator[Event]:
        messages = self.messages(ctx)
        error: LLMError | None = None
        prefix = gap_note(ctx)  # what the sources leave out, said first, as offline
        for attempt in range(self.client.settings.max_retries + 1):
            if attempt:
                time.sleep(min(0.25 * 2 ** attempt, 4.0))
            shown: list[str] = []
            if prefix:
                yield Event("delta", prefix)
            try:
                for delta in self.client.stream(messages):
                    shown.append(delta)
                    yield Event("delta", delta)
            except LLMError as exc:
                error = exc
                log.warning("LLM attempt %d failed: %s", attempt + 1, exc)
                if shown or prefix:
                    yield Event("reset")
                continue
            text = "".join(shown).strip()
            if not text:
                error = LLMError("empty answer")
                if prefix:
                    yield Event("reset")  # the gap note was streamed: the next attempt streams it again
                continue
            refusal = as_refusal(text)
            if refusal is not None:
                yield Event("reset")  # what was streamed may have carried a link; show the cleaned refusal only
                yield Event("delta", refusal)
                yield Event("final", answer=Answer(question=ctx.question, answer=refusal, abstained=True, engine="llm",
                                                   retrieved=[p.brief() for p in ctx.passages]))
                return
            yield Event("final", answer=finish(ctx, prefix + text, self.name))
            return
        notice = f"大模型服务暂不可用({error}),已改用离线摘录引擎作答。"
        yield Event("notice", notice)
        answer = self.fallback.answer(ctx, notice)
        yield Event("final", answer=answer)


def _readable(ctx: Context) -> str:
    """How a follow-up was read, as the standalone question it became (empty for a standalone question)."""
    if ctx.intent is None:
        return ctx.query if ctx.query != ctx.question else ""
    return ctx.query if ctx.intent.followup and ctx.query != ctx.question else ""


def abstention(ctx: Context, verdict: Any, engine: str) -> Answer:
    """An abstaining Answer: what the cases do not give, then the closest sentences as cited 相关内容."""
    text = f"> {verdict.message}"  # a note, not a claim: it states what the sources lack
    by_no = {i + 1: p for i, p in enumerate(ctx.passages)}
    if verdict.related:
        from .sentences import cited

        en = ctx.intent is not None and ctx.intent.language == "en"
        heading = "**Related content** (for reference only, not an answer to the question)" if en else "**相关内容**(仅供参考,不是对问题的回答)"
        lines = [f"- **{by_no[u.passage_no].chunk.name}**:{cited(u, f'[{u.passage_no}]')}" for u in verdict.related]
        text += f"\n\n{heading}\n\n" + "\n".join(lines)
        answer = finish(ctx, text, engine)
    else:
        answer = Answer(question=ctx.question, answer=text, engine=engine, retrieved=[p.brief() for p in ctx.passages],
                        rewritten_question=_readable(ctx), intent=ctx.intent.summary() if ctx.intent is not None else "")
    answer.abstained = True
    answer.abstain_rule = verdict.rule
    return answer
