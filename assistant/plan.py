"""Implementation-plan outlines in the structure bureaus use, every measure traceable to the cases that tried it.

Offline: per section, retrieve with section-specific queries on the topic and pick concrete sentences
(measures, targets, phases, safeguards) from several cases. With an LLM: the model fills the same
pydantic schema from the evidence (one bounded repair), and every item is verified like an answer.
"""

from __future__ import annotations

import json
import logging
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field, ValidationError, field_validator, model_validator

from .engine import format_passages
from .extractive import candidates
from .llm import LLMError
from .prompts import render_prompt
from .schema import Citation, Passage
from .text import bigrams
from .verify import verify_answer

if TYPE_CHECKING:
    from .core import Assistant

log = logging.getLogger(__name__)

# (heading, query templates on the topic, sentences per section, cue words that make a sentence fit)
SECTIONS: list[tuple[str, list[str], int, tuple[str, ...]]] = [
    ("指导思想", ["{topic} 指导思想 理念 以 为指引 围绕", "{topic} 坚持 原则"], 2, ("指导", "坚持", "理念", "为指引", "围绕", "原则", "宗旨")),
    ("工作目标", ["{topic} 目标 到 年 实现 形成", "{topic} 总体目标 提升"], 3, ("目标", "到20", "实现", "形成", "提升", "达到", "覆盖")),
    ("主要任务与举措", ["{topic} 举措 实施 推进 建立", "{topic} 做法 组建 开展", "{topic} 机制 模式 结对 交流"], 6, ("实施", "推进", "建立", "组建", "开展", "推行", "实行", "探索", "构建")),
    ("实施步骤", ["{topic} 阶段 步骤 第一阶段 推进实施", "{topic} 年 月 前 完成 启动"], 3, ("阶段", "步", "年", "月", "前", "启动", "推进")),
    ("保障措施", ["{topic} 保障 经费 补助 激励 考核", "{topic} 组织领导 督导 评价"], 4, ("保障", "经费", "补助", "补贴", "考核", "督导", "激励", "领导", "责任")),
    ("评估指标", ["{topic} 指标 比例 考核 评价 达到", "{topic} 数量 覆盖率 场次 人次"], 3, ("指标", "比例", "%", "考核", "评价", "覆盖", "不少于", "率")),
]
SECTION_NAMES = [s[0] for s in SECTIONS]
SUGGESTION_TEXT = {
    "指导思想": "结合本地实际,明确以促进教育优质均衡为核心的工作理念(起草者建议,案例库中无直接依据)。",
    "工作目标": "结合本地基础数据,设定分年度、可量化的目标(起草者建议,案例库中无直接依据)。",
    "主要任务与举措": "根据本地问题清单确定重点任务(起草者建议,案例库中无直接依据)。",
    "实施步骤": "按“谋划—推进—深化”三个阶段安排时间表(起草者建议,案例库中无直接依据)。",
    "保障措施": "明确组织领导、经费与督导考核责任(起草者建议,案例库中无直接依据)。",
    "评估指标": "设定过程性与结果性评估指标并定期通报(起草者建议,案例库中无直接依据)。",
}


class PlanItem(BaseModel):
    text: str = Field(min_length=2, max_length=600)
    cases: list[str] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    suggestion: bool = False  # the drafter's own suggestion: no evidence in the corpus, never cited

    @model_validator(mode="after")
    def _suggestions_uncited(self) -> "PlanItem":
        if self.suggestion and self.citations:
            raise ValueError("a drafter's suggestion cannot carry citations")
        return self


class PlanSection(BaseModel):
    heading: str
    items: list[PlanItem] = Field(default_factory=list)

    @field_validator("heading")
    @classmethod
    def _known_heading(cls, v: str) -> str:
        if v not in SECTION_NAMES:
            raise ValueError(f"section heading must be one of {SECTION_NAMES}, got {v!r}")
        return v


class Plan(BaseModel):
    title: str = Field(min_length=2, max_length=120)
    topic: str
    scope: str = ""
    sections: list[PlanSection]
    engine: str = "extractive"
    notice: str = ""

    @field_validator("sections")
    @classmethod
    def _ordered_and_complete(cls, v: list[PlanSection]) -> list[PlanSection]:
        headings = [s.heading for s in v]
        required = SECTION_NAMES[:5]
        missing = [h for h in required if h not in headings]
        if missing:
            raise ValueError(f"plan lacks section(s) {missing}")
        if headings != sorted(headings, key=SECTION_NAMES.index):
            raise ValueError(f"sections out of order: {headings}")
        if len(set(headings)) != len(headings):
            raise ValueError("a section appears twice")
        return v

    def cited_cases(self) -> list[str]:
        return sorted({c.case_id for s in self.sections for i in s.items for c in i.citations})


def plan_title(topic: str, profile: str | None) -> str:
    topic = topic.strip().rstrip("。")
    for prefix in ("帮我们县起草一份", "帮我们起草一份", "起草一份", "帮我起草", "请起草"):
        topic = topic.replace(prefix, "")
    topic = topic.replace("的实施方案提纲", "").replace("实施方案提纲", "").replace("实施方案", "").strip() or "教育改革"
    return f"关于{topic}的实施方案(提纲)"


def _gather(assistant: "Assistant", topic: str, profile: str | None) -> dict[str, list[Passage]]:
    """Section -> passages, retrieved with the section's queries and merged by best rank."""
    out: dict[str, list[Passage]] = {}
    for heading, queries, _, _ in SECTIONS:
        merged: dict[str, Passage] = {}
        for template in queries:
            query = template.format(topic=topic) + (f" {profile}" if profile else "")
            per_case: dict[str, int] = {}
            for p in assistant.retriever.retrieve(query, top_k=40):
                # The best few passages of every case, so the plan can draw on several cases.
                per_case[p.chunk.case_id] = per_case.get(p.chunk.case_id, 0) + 1
                if per_case[p.chunk.case_id] > 3:
                    continue
                if p.chunk.chunk_id not in merged or merged[p.chunk.chunk_id].score < p.score:
                    merged[p.chunk.chunk_id] = p
        out[heading] = sorted(merged.values(), key=lambda p: -p.score)[:24]
    return out


def _offline_sections(topic: str, gathered: dict[str, list[Passage]]) -> list[tuple[str, str, list[Passage]]]:
    """(heading, marked lines, passages) per section: cue-fitting sentences, spread over several cases."""
    used: list[str] = []
    case_uses: dict[str, int] = {}
    drafts: list[tuple[str, str, list[Passage]]] = []
    for heading, _, n_items, cues in SECTIONS:
        passages = gathered[heading]
        pool = [c for c in candidates(topic, passages, set()) if any(cue in c.text for cue in cues)]
        picked: list = []
        per_case: dict[str, int] = {}
        while len(picked) < n_items:
            # Re-rank each round: topic fit + cue fit, minus how often a case was already drawn on.
            best = max(
                (c for c in pool if c not in picked and per_case.get(c.case_id, 0) < 2 and not any(_similar(c.text, u) for u in used)),
                key=lambda c: c.score + 0.1 * sum(cue in c.text for cue in cues) - 0.15 * case_uses.get(c.case_id, 0),
                default=None,
            )
            if best is None or (picked and best.coverage < 0.15):
                break
            picked.append(best)
            used.append(best.text)
            per_case[best.case_id] = per_case.get(best.case_id, 0) + 1
            case_uses[best.case_id] = case_uses.get(best.case_id, 0) + 1
        text = "\n".join(f"- {c.text}[{c.passage_no}]" for c in sorted(picked, key=lambda c: (c.case_id, c.start)))
        drafts.append((heading, text, passages))
    return drafts


def _similar(a: str, b: str) -> bool:
    x, y = bigrams(a), bigrams(b)
    return bool(x and y) and len(x & y) / min(len(x), len(y)) > 0.6


def _items_from(text: str, passages: list[Passage]) -> list[PlanItem]:
    """One item per line, verified; unsupported lines become uncited suggestions, never fake citations."""
    items: list[PlanItem] = []
    for line in (ln.strip() for ln in text.splitlines()):
        if not line:
            continue
        line = line.lstrip("-•* ").strip()
        _, claims, citations = verify_answer(line, passages)
        supported = claims and all(c.supported for c in claims)
        clean = " ".join(c.text for c in claims).strip() or line
        if supported:
            good = [c for c in citations if c.supported]
            items.append(PlanItem(text=clean, cases=sorted({c.case_id for c in good}), citations=good))
        else:
            items.append(PlanItem(text=clean + "(起草者建议,未找到案例依据)", suggestion=True))
    return items


def draft_offline(assistant: "Assistant", topic: str, profile: str | None) -> Plan:
    gathered = _gather(assistant, topic, profile)
    drafts = _offline_sections(topic, gathered)
    sections = []
    for heading, text, passages in drafts:
        items = _items_from(text, passages)
        if not items:
            items = [PlanItem(text=SUGGESTION_TEXT[heading], suggestion=True)]
        sections.append(PlanSection(heading=heading, items=items))
    return Plan(title=plan_title(topic, profile), topic=topic, scope=profile or "", sections=sections, engine="extractive")


def _parse_llm_plan(raw: str, topic: str, profile: str | None) -> dict:
    start, end = raw.find("{"), raw.rfind("}")
    if start < 0 or end <= start:
        raise ValueError("no JSON object in the reply")
    data = json.loads(raw[start:end + 1])
    if not isinstance(data, dict) or not isinstance(data.get("sections"), list):
        raise ValueError("JSON must be an object with a 'sections' list")
    # Validate the shape before citations are attached.
    Plan(title=data.get("title") or plan_title(topic, profile), topic=topic, scope=profile or "",
         sections=[PlanSection(heading=s["heading"], items=[PlanItem(text=str(t)) for t in s.get("items", [])]) for s in data["sections"]])
    return data


def draft_llm(assistant: "Assistant", topic: str, profile: str | None) -> Plan:
    gathered = _gather(assistant, topic, profile)
    passages: list[Passage] = []
    for section_passages in gathered.values():
        for p in section_passages[:4]:
            if all(p.chunk.chunk_id != q.chunk.chunk_id for q in passages):
                passages.append(p)
    passages = passages[:16]
    messages = [
        {"role": "system", "content": render_prompt("plan_system")},
        {"role": "user", "content": render_prompt("plan_user", topic=topic, profile=profile or "(未提供)",
                                                  passages=format_passages(passages), sections="、".join(SECTION_NAMES))},
    ]
    raw = assistant.llm.complete(messages, json_mode=True)
    try:
        data = _parse_llm_plan(raw, topic, profile)
    except (ValueError, KeyError, TypeError, ValidationError) as exc:
        log.warning("plan JSON invalid (%s); asking the model to repair it once", exc)
        messages += [{"role": "assistant", "content": raw},
                     {"role": "user", "content": render_prompt("plan_repair", error=str(exc)[:500])}]
        raw = assistant.llm.complete(messages, json_mode=True)
        try:
            data = _parse_llm_plan(raw, topic, profile)
        except (ValueError, KeyError, TypeError, ValidationError) as exc2:
            raise LLMError(f"模型两次返回的方案都不符合格式:{str(exc2)[:200]}") from exc2
    sections = [PlanSection(heading=s["heading"], items=_items_from("\n".join(str(t) for t in s.get("items", [])), passages))
                for s in data["sections"]]
    return Plan(title=str(data.get("title") or plan_title(topic, profile)), topic=topic, scope=profile or "",
                sections=sections, engine="llm")


def draft_plan(assistant: "Assistant", topic: str, profile: str | None = None) -> Plan:
    topic = assistant.check_question(topic, "方案主题")
    if profile and profile.strip():
        profile = assistant.check_question(profile, "地区情况")
    else:
        profile = None
    if assistant.llm is not None:
        try:
            return draft_llm(assistant, topic, profile)
        except LLMError as exc:
            plan = draft_offline(assistant, topic, profile)
            plan.notice = f"大模型起草失败({exc}),已改用离线起草。"
            return plan
    return draft_offline(assistant, topic, profile)
