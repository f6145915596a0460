"""Plan outlines: the model's rules, offline drafting on real topics, LLM drafting with repair, and export."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest
from pydantic import ValidationError

from assistant import Assistant
from assistant.export import plan_to_markdown, write_plan
from assistant.llm import ChatClient
from assistant.plan import SECTION_NAMES, Plan, PlanItem, PlanSection
from assistant.schema import Citation
from index.errors import AssistantError
from index.settings import REPO_ROOT

from fake_llm import fake_llm  # noqa: F401 (fixture)

REQUIRED = SECTION_NAMES[:5]
TOPICS = [
    ("推进城乡学校共同体建设", "山区县,农村学校多,教师流动难"),
    ("推进校长教师交流轮岗", None),
    ("深化区域教育协作,带动薄弱学校", "西部地级市"),
]


def _citation(**kw) -> Citation:
    base = dict(n=1, case_id="zibo", case_name="淄博市", title="t", chunk_id="zibo:0-1", source="cases/zibo.md",
                start=0, end=1, quote="-", supported=True, score=1.0)
    return Citation(**{**base, **kw})


def _sections(headings=REQUIRED) -> list[PlanSection]:
    return [PlanSection(heading=h, items=[PlanItem(text="起草者建议的条目", suggestion=True)]) for h in headings]


def test_plan_model_rejects_bad_structure() -> None:
    Plan(title="关于测试的实施方案(提纲)", topic="测试", sections=_sections())
    with pytest.raises(ValidationError, match="lacks section"):
        Plan(title="关于测试的实施方案", topic="测试", sections=_sections(REQUIRED[:4]))
    with pytest.raises(ValidationError, match="out of order"):
        Plan(title="关于测试的实施方案", topic="测试", sections=_sections(list(reversed(REQUIRED))))
    with pytest.raises(ValidationError, match="must be one of"):
        PlanSection(heading="随便写写", items=[])
    with pytest.raises(ValidationError, match="suggestion cannot carry citations"):
        PlanItem(text="建议", suggestion=True, citations=[_citation()])


@pytest.mark.parametrize("topic,profile", TOPICS)
def test_offline_plan_is_complete_cited_and_varied(assistant: Assistant, topic: str, profile: str | None) -> None:
    plan = assistant.draft_plan(topic, profile)
    assert plan.engine == "extractive"
    assert [s.heading for s in plan.sections][:5] == list(REQUIRED)
    for section in plan.sections:
        assert section.items, f"empty section {section.heading}"
    cited = [i for s in plan.sections for i in s.items if not i.suggestion]
    assert len({c.case_id for i in cited for c in i.citations}) >= 3, plan.cited_cases()
    texts = [i.text for s in plan.sections for i in s.items]
    assert len(texts) == len(set(texts)), "an item is repeated"
    for item in cited:
        assert item.citations and item.cases
        for c in item.citations:
            assert (REPO_ROOT / c.source).read_text(encoding="utf-8")[c.start:c.end] == c.quote
            assert c.supported
    for s in plan.sections:
        for i in s.items:
            if i.suggestion:
                assert not i.citations and "建议" in i.text


def test_plan_exports_markdown_and_docx(assistant: Assistant, tmp_path: Path) -> None:
    plan = assistant.draft_plan(*TOPICS[0])
    md = write_plan(plan, tmp_path / "plan.md").read_text(encoding="utf-8")
    assert md.startswith(f"# {plan.title}") and "## 资料来源" in md and "## 一、指导思想" in md
    assert ("(参考:" in md or "借鉴" in md) and "zibo)" not in md  # case names, not ids
    document = docx.Document(str(write_plan(plan, tmp_path / "plan.docx")))
    headings = [(p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith(("Heading", "Title"))]
    texts = [t for _, t in headings]
    assert texts[0] == plan.title
    for i, name in enumerate(REQUIRED):
        assert any(t.endswith(name) for t in texts), name
    assert "资料来源" in texts
    sources = [p.text for p in document.paragraphs if p.text.startswith("[")]
    n_citations = len({(c.source, c.start, c.end) for s in plan.sections for i in s.items for c in i.citations})
    assert len(sources) == n_citations and all("cases/" in s for s in sources)
    with pytest.raises(AssistantError, match="不支持的导出格式"):
        write_plan(plan, tmp_path / "plan.pdf")
    assert plan_to_markdown(plan) == md


def test_empty_topic_is_refused(assistant: Assistant) -> None:
    with pytest.raises(AssistantError, match="方案主题为空"):
        assistant.draft_plan("   ")


@pytest.fixture
def llm_assistant(assistant: Assistant, fake_llm) -> Assistant:  # noqa: F811
    settings = assistant.settings.model_copy(deep=True)
    settings.llm.base_url = fake_llm.url
    settings.llm.timeout_s = 5.0
    settings.llm.max_retries = 0
    return Assistant(settings, assistant.retriever, ChatClient(settings.llm))


def _plan_json(assistant: Assistant, topic: str) -> str:
    """A plausible model reply: every section cites a sentence copied from a passage it was given."""
    from assistant.plan import _gather

    passages = []
    from assistant.plan import PlanContext

    for ps in [_gather(PlanContext(assistant.retriever), topic, None)]:
        for p in ps[:4]:
            if all(p.chunk.chunk_id != q.chunk.chunk_id for q in passages):
                passages.append(p)
    first = passages[0].chunk.text.split("。")[0] + "。"
    return json.dumps({
        "title": f"关于{topic}的实施方案(提纲)",
        "sections": [{"heading": h, "items": [f"{first}[1]", "每学期召开一次推进会(起草者建议)"]} for h in REQUIRED],
    }, ensure_ascii=False)


def test_llm_plan_valid_output(llm_assistant: Assistant, fake_llm) -> None:  # noqa: F811
    topic = "推进城乡学校共同体建设"
    fake_llm.enqueue(_plan_json(llm_assistant, topic))
    plan = llm_assistant.draft_plan(topic)
    assert plan.engine == "llm" and not plan.notice
    assert [s.heading for s in plan.sections] == list(REQUIRED)
    first, second = plan.sections[0].items
    assert first.citations and first.citations[0].supported and not first.suggestion
    assert second.suggestion and not second.citations
    sent = fake_llm.history[0]
    assert sent.get("response_format") == {"type": "json_object"}
    assert topic in sent["messages"][1]["content"] and "[1]" in sent["messages"][1]["content"]


def test_llm_plan_invalid_then_repaired(llm_assistant: Assistant, fake_llm) -> None:  # noqa: F811
    topic = "推进校长教师交流轮岗"
    fake_llm.enqueue('{"title": "x", "sections": [{"heading": "乱写", "items": []}]}', _plan_json(llm_assistant, topic))
    plan = llm_assistant.draft_plan(topic)
    assert plan.engine == "llm" and len(fake_llm.history) == 2
    repair = fake_llm.history[1]["messages"][-1]["content"]
    assert "不符合要求" in repair


def test_llm_plan_invalid_twice_falls_back_offline(llm_assistant: Assistant, fake_llm) -> None:  # noqa: F811
    fake_llm.enqueue("这不是 JSON", '{"sections": "也不对"}')
    plan = llm_assistant.draft_plan("推进城乡学校共同体建设")
    assert plan.engine == "extractive" and "离线起草" in plan.notice
    assert all(s.items for s in plan.sections)


def test_llm_plan_invented_number_becomes_uncited_suggestion(llm_assistant: Assistant, fake_llm) -> None:  # noqa: F811
    topic = "推进城乡学校共同体建设"
    data = json.loads(_plan_json(llm_assistant, topic))
    data["sections"][1]["items"] = ["到2030年建成999个城乡学校共同体。[1]"]
    fake_llm.enqueue(json.dumps(data, ensure_ascii=False))
    plan = llm_assistant.draft_plan(topic)
    item = plan.sections[1].items[0]
    assert item.suggestion and not item.citations


def test_profile_fit_states_the_situation_or_the_level(assistant: Assistant) -> None:
    """山区县 is a county (its 区 is part of 山区); a case fits by a sentence stating a situation word itself (农村), not
    by shared characters ("区县经济第一名"), or by the same level."""
    from assistant.plan import PlanContext, profile_fit

    ctx = PlanContext(assistant.retriever, assistant.llm, assistant.check_question)
    fit = profile_fit(ctx, "山区县,农村学校多")
    assert "农村" in fit["luxi"][1] and fit["tonglu"][1] == "同为县级行政区"
    assert "yuhang" not in fit and "shangcheng" not in fit  # districts, and no sentence of theirs states 山区 or 农村
