"""Implementation-plan outlines in the structure bureaus use, every measure traceable to the cases that tried it.

Offline: per section, retrieve with section-specific queries on the topic and pick concrete sentences
(measures, targets, phases, safeguards) from several cases. With an LLM: the model fills the same
pydantic schema from the evidence (one bounded repair), and every item is verified like an answer.
"""

from __future__ import annotations

import json
import logging
import re
from typing import Iterable

from pydantic import BaseModel, Field, ValidationError, field_validator, model_validator

from . import cues, plan_rules
from .engine import format_passages
from .intent import analyze
from .llm import LLMError
from .outline import section_parts
from .prompts import render_prompt
from .schema import Citation, Passage
from .sentences import Unit, display_text, score_units
from .verify import verify_answer

log = logging.getLogger(__name__)

SECTION_NAMES = ["指导思想", "工作目标", "主要任务与举措", "实施步骤", "保障措施", "评估指标"]
SECTION_QUERIES = {  # what to retrieve for each section, around the topic
    "指导思想": "{topic} 指导思想 理念 原则",
    "工作目标": "{topic} 目标 到 年 实现 形成",
    "主要任务与举措": "{topic} 举措 实施 推进 建立",
    "实施步骤": "{topic} 阶段 步骤 推进 完成",
    "保障措施": "{topic} 保障 经费 考核 督导 激励",
    "评估指标": "{topic} 指标 比例 考核 评价",
}
ITEMS_PER_SECTION = {"指导思想": 2, "工作目标": 3, "主要任务与举措": 6, "实施步骤": 3, "保障措施": 4, "评估指标": 3}
THIN_ITEMS = 2  # items per section when the cases barely cover the topic
MIN_TOPIC_COVERAGE = 0.6  # below this IDF-weighted share (in the best single sentence) of the topic's words in the best passages, the plan carries a warning
MAX_PER_CASE = 2  # items a section draws from one case
SUGGESTION_TEXT = {
    "指导思想": "结合本地实际,明确以促进教育优质均衡为核心的工作理念(起草者建议,案例库中无直接依据)。",
    "工作目标": "结合本地基础数据,设定分年度、可量化的目标(起草者建议,案例库中无直接依据)。",
    "主要任务与举措": "根据本地问题清单确定重点任务(起草者建议,案例库中无直接依据)。",
    "实施步骤": "按“谋划—推进—深化”三个阶段安排时间表(起草者建议,案例库中无直接依据)。",
    "保障措施": "明确组织领导、经费与督导考核责任(起草者建议,案例库中无直接依据)。",
    "评估指标": "设定过程性与结果性评估指标并定期通报(起草者建议,案例库中无直接依据)。",
}


def classify_section(text: str, heading: Iterable[str] = ()) -> str:
    """The plan section a sentence belongs to, by what it is: a phase or timeline → 实施步骤; a target with a
    year or number → 工作目标; an indicator → 评估指标; funding, organisation, supervision, incentives → 保障措施;
    a guiding idea → 指导思想; a measure → 主要任务与举措 — or 背景 for a sentence no section fits (a situation,
    a problem, a past result, commentary), which the drafter leaves out. `heading` is the heading path the
    sentence sits under in its document. Rules are data in `assistant.plan_rules`."""
    return plan_rules.classify(text, heading)


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


class PlanReference(BaseModel):
    """A case worth borrowing from for this region, and why (the case's own sentence)."""

    case_id: str
    name: str
    reason: str


class Plan(BaseModel):
    title: str = Field(min_length=2, max_length=120)
    topic: str
    scope: str = ""
    sections: list[PlanSection]
    engine: str = "extractive"
    notice: str = ""  # e.g. the topic is barely covered, or the LLM failed
    references: list[PlanReference] = Field(default_factory=list)  # 可借鉴案例, ordered by fit to the profile

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


class PlanContext:
    """What drafting needs: retrieval, the corpus description and (optionally) a chat model. No `Assistant`."""

    def __init__(self, retriever, llm=None, check=None) -> None:
        self.retriever = retriever
        self.llm = llm
        self.check = check or (lambda text, what: text)


def _gather(ctx: PlanContext, topic: str, profile: str | None) -> list[Passage]:
    """Passages for the topic, per section query, merged; the best few of every case so several cases contribute."""
    merged: dict[str, Passage] = {}
    for template in SECTION_QUERIES.values():
        query = template.format(topic=topic)
        per_case: dict[str, int] = {}
        for p in ctx.retriever.retrieve(query, top_k=40):
            per_case[p.chunk.case_id] = per_case.get(p.chunk.case_id, 0) + 1
            if per_case[p.chunk.case_id] > 4:
                continue
            if p.chunk.chunk_id not in merged or merged[p.chunk.chunk_id].score < p.score:
                merged[p.chunk.chunk_id] = p
    return sorted(merged.values(), key=lambda p: -p.score)[:40]


def profile_fit(ctx: PlanContext, profile: str | None) -> dict[str, tuple[float, str]]:
    """case id -> (how well the case's situation matches the profile, why).

    Why is the case's own sentence that best states the profile's words (山区, 农村学校…), or a shared level
    (县/市/区) when no sentence does; a case with neither does not fit.
    """
    if not profile:
        return {}
    corpus = ctx.retriever.corpus()
    intent = analyze(profile, None, corpus)
    weights = ctx.retriever.term_weights()
    out: dict[str, tuple[float, str]] = {}
    # the level the profile states: the suffix that closes a place word (山区县 -> 县, 地级市 -> 市; not 山区's 区)
    profile_levels = set(re.findall(r"[县市区](?=[,,。;;、\s]|$|级)", profile))
    for cid, kind in corpus.kinds.items():
        if kind != "case":
            continue
        outline = ctx.retriever.outline(cid)
        scored = score_units(intent, outline.passages, weights) if intent.topic_terms else []
        best = next((u for u in scored if not u.rhetoric and not u.caption and u.coverage >= 0.3 and len(u.text) <= 160
                     and _states_situation(intent, u.text)), None)
        level = corpus.names.get(cid, "")[-1:]
        level_match = level in profile_levels
        score = (best.coverage if best else 0.0) + (0.3 if level_match else 0.0)
        why = display_text(best.text) if best else (f"同为{level}级行政区" if level_match else "")
        if why:
            out[cid] = (score, why)
    return out


def _states_situation(intent, text: str) -> bool:
    """Does the sentence state one of the profile's situation words itself (山区, 农村 or a synonym)? Shared characters
    are no situation: "区县经济第一名" says nothing of a 山区县."""
    for t in intent.topic_terms:
        forms = [t, *intent.equivalents.get(t, []), *intent.expansions.get(t, [])]
        if len(t) >= 3 and cues.ADMIN_SUFFIX_RE.search(t):
            forms.append(t[:-1])  # 山区县 -> 山区
        if any(f in text for f in forms if len(f) >= 2):
            return True
    return False


def draft_offline(ctx: PlanContext, topic: str, profile: str | None) -> Plan:
    """Each section from the cases' own sentences, placed by what they are and attributed to their place."""
    corpus = ctx.retriever.corpus()
    intent = analyze(topic, None, corpus)
    passages = _gather(ctx, topic, profile)
    weights = ctx.retriever.term_weights()
    scored = [u for u in score_units(intent, passages, weights)
              if not u.rhetoric and not u.caption and len(u.text) >= 12 and corpus.kinds.get(u.case_id) == "case"]
    # The topic as a whole must be stated somewhere: its words spread over unrelated sentences do not cover it.
    joint = max((u.coverage for u in scored[:20]), default=0.0)
    thin = joint < MIN_TOPIC_COVERAGE
    fit = profile_fit(ctx, profile)
    by_section: dict[str, list[tuple[float, Unit]]] = {name: [] for name in SECTION_NAMES}
    secondary: dict[str, list[tuple[float, Unit]]] = {}
    for u in scored:
        rank = u.coverage + 0.5 * fit.get(u.case_id, (0.0, ""))[0]
        heading = section_parts(passages[u.passage_no - 1].chunk)
        primary = classify_section(u.text, heading)
        if primary not in by_section:
            continue  # 背景: a situation, problem or past result is no plan item
        if u.coverage > 0:
            by_section[primary].append((rank, u))
        else:
            # A fallback for a section nothing on the topic fills: a sentence of that section from the passages
            # retrieved for the section's own query. Never a sentence of another section: an item sits where it belongs.
            secondary.setdefault(primary, []).append((rank, u))
    by_no = {i + 1: p for i, p in enumerate(passages)}
    sections: list[PlanSection] = []
    used: set[tuple[str, int]] = set()
    for name in SECTION_NAMES:
        budget = THIN_ITEMS if thin else ITEMS_PER_SECTION[name]
        per_case: dict[str, int] = {}
        items: list[PlanItem] = []
        for _, u in sorted(by_section[name], key=lambda t: -t[0]):
            if len(items) >= budget:
                break
            if (u.case_id, u.start) in used or per_case.get(u.case_id, 0) >= MAX_PER_CASE:
                continue
            item = _attributed_item(u, by_no[u.passage_no])
            if item is None:
                continue
            items.append(item)
            used.add((u.case_id, u.start))
            per_case[u.case_id] = per_case.get(u.case_id, 0) + 1
        if not items:
            # Nothing on the topic placed here: take the best sentence of this section retrieved for its own query.
            for _, u in sorted(secondary.get(name, []), key=lambda t: -t[0]):
                if (u.case_id, u.start) in used:
                    continue
                item = _attributed_item(u, by_no[u.passage_no])
                if item is not None:
                    items.append(item)
                    used.add((u.case_id, u.start))
                    break
        sections.append(PlanSection(heading=name, items=items or [PlanItem(text=SUGGESTION_TEXT[name], suggestion=True)]))
    notice = ""
    if thin:
        notice = f"案例库对“{topic}”涉及很少(主题词覆盖 {joint:.0%}),以下提纲较短,仅供参考,请结合本地情况补充。"
    references = [PlanReference(case_id=cid, name=corpus.names.get(cid, cid), reason=why or "与本地情况相近")
                  for cid, (score, why) in sorted(fit.items(), key=lambda kv: -kv[1][0])[:4] if score > 0]
    return Plan(title=plan_title(topic, profile), topic=topic, scope=profile or "", sections=sections, engine="extractive",
                notice=notice, references=references)


def _attributed_item(u: Unit, passage: Passage) -> PlanItem | None:
    """"借鉴X:<quote>" — another place's sentence, attributed and verified, never passed off as the user's plan."""
    line = f"借鉴{passage.chunk.name}:{display_text(u.text)}[1]"
    _, claims, citations = verify_answer(line, [passage])
    if not claims or not all(c.supported for c in claims):
        return None
    good = [c for c in citations if c.supported]
    return PlanItem(text=f"借鉴{passage.chunk.name}:{display_text(u.text)}", cases=[passage.chunk.case_id], citations=good)


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


def draft_llm(ctx: PlanContext, topic: str, profile: str | None) -> Plan:
    passages = _gather(ctx, topic, profile)[:16]
    messages = [
        {"role": "system", "content": render_prompt("plan_system")},
        {"role": "user", "content": render_prompt("plan_user", topic=topic, profile=profile or "(未提供)",
                                                  passages=format_passages(passages), sections="、".join(SECTION_NAMES))},
    ]
    raw = ctx.llm.complete(messages, json_mode=True)
    try:
        data = _parse_llm_plan(raw, topic, profile)
    except (ValueError, KeyError, TypeError, ValidationError) as exc:
        log.warning("plan JSON invalid (%s); asking the model to repair it once", exc)
        messages += [{"role": "assistant", "content": raw},
                     {"role": "user", "content": render_prompt("plan_repair", error=str(exc)[:500])}]
        raw = ctx.llm.complete(messages, json_mode=True)
        try:
            data = _parse_llm_plan(raw, topic, profile)
        except (ValueError, KeyError, TypeError, ValidationError) as exc2:
            raise LLMError(f"模型两次返回的方案都不符合格式:{str(exc2)[:200]}") from exc2
    sections = [PlanSection(heading=s["heading"], items=_items_from("\n".join(str(t) for t in s.get("items", [])), passages))
                for s in data["sections"]]
    return Plan(title=str(data.get("title") or plan_title(topic, profile)), topic=topic, scope=profile or "",
                sections=sections, engine="llm")


def draft_plan(ctx: PlanContext, topic: str, profile: str | None = None) -> Plan:
    topic = ctx.check(topic, "方案主题")
    profile = ctx.check(profile, "地区情况") if profile and profile.strip() else None
    if ctx.llm is not None:
        try:
            return draft_llm(ctx, topic, profile)
        except LLMError as exc:
            plan = draft_offline(ctx, topic, profile)
            plan.notice = f"大模型起草失败({exc}),已改用离线起草。" + (f" {plan.notice}" if plan.notice else "")
            return plan
    return draft_offline(ctx, topic, profile)
