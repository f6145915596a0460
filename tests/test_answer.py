"""The offline extractive engine on real corpus questions: exact citations, grouping, abstention, follow-ups, JSON contract."""

from __future__ import annotations

import json
import re
from functools import lru_cache

import pytest

from assistant import Answer, Assistant
from assistant import cues
from assistant.schema import Message
from index.settings import REPO_ROOT

ZIBO_Q = "淄博的学校发展共同体有哪几种模式?"
COMPARE_Q = "哪些地方在推行名校集团化办学?"
LABEL_RE = re.compile(r"^\*\*([^*]+)\*\*")
MARK_RE = re.compile(r"\[(\d+)\]")


@lru_cache(maxsize=None)
def file_text(source: str) -> str:
    """The case file as the loader decodes it (UTF-8, BOM dropped): citation offsets index this string."""
    return (REPO_ROOT / source).read_bytes().decode("utf-8-sig")


def check_citations(answer: Answer) -> None:
    """Every citation quotes its file exactly and belongs to a passage that was retrieved."""
    retrieved = {r.chunk_id for r in answer.retrieved}
    for c in answer.citations:
        assert file_text(c.source)[c.start:c.end] == c.quote, f"quote of [{c.n}] is not file[{c.start}:{c.end}]"
        assert c.quote and c.chunk_id in retrieved and c.chunk_id.startswith(c.case_id + ":")
        lo, hi = (int(x) for x in c.chunk_id.split(":")[1].split("-"))
        assert lo <= c.start < c.end <= hi, "the quote lies inside its chunk"
    # one display number = one passage
    by_n: dict[int, set[str]] = {}
    for c in answer.citations:
        by_n.setdefault(c.n, set()).add(c.chunk_id)
    assert all(len(v) == 1 for v in by_n.values()), by_n
    assert sorted(by_n) == list(range(1, len(by_n) + 1)), "markers are numbered 1..n"
    assert {int(n) for n in MARK_RE.findall(answer.answer)} == set(by_n)


def test_zibo_modes(assistant: Assistant) -> None:
    answer = assistant.ask(ZIBO_Q)
    assert not answer.abstained and answer.engine == "extractive" and answer.notice == ""
    assert answer.citations and {c.case_id for c in answer.citations} == {"zibo"}
    assert all(c.source == "cases/zibo.md" for c in answer.citations)
    check_citations(answer)
    assert answer.claims and all(c.supported for c in answer.claims), [c for c in answer.claims if not c.supported]
    assert all(c.supported for c in answer.citations)
    texts = [c.text for c in answer.claims]
    assert len(texts) == len(set(texts)), "no sentence is repeated"
    assert len(texts) <= 8, "an answer is a few sentences, not the whole case"
    assert answer.answer.startswith("**淄博市**")
    assert "共同体" in answer.answer
    assert answer.retrieved[0].case_id == "zibo"


def test_answer_sentences_are_verbatim_quotes(assistant: Assistant) -> None:
    answer = assistant.ask(ZIBO_Q)
    quotes = "".join(c.quote for c in answer.citations)
    for claim in answer.claims:
        if re.search(r"共[\d一二三四五六七八九十]+.{0,6}[::].+、", claim.text):
            continue  # the lead naming every item is assembled from the quoted titles (verified item by item)
        core = claim.text.rstrip("。;;!?!?")
        assert core in quotes, f"extractive sentence not quoted verbatim: {claim.text}"


def test_comparative_answer_is_a_table_one_row_per_place(assistant: Assistant) -> None:
    answer = assistant.ask(COMPARE_Q)
    assert not answer.abstained
    check_citations(answer)
    case_of = {c.n: c.case_name for c in answer.citations}
    # A table row ("| **定西市** | …") or a bullet ("- **定西市**:…") per place.
    rows = [ln for ln in answer.answer.splitlines() if re.match(r"(?:\| |- )\*\*", ln)]
    names = [re.match(r"(?:\| |- )\*\*([^*]+)\*\*", r).group(1) for r in rows]
    assert len(names) >= 2 and len(names) == len(set(names)), f"one row per place: {names}"
    for name, row in zip(names, rows):
        marks = [int(n) for n in MARK_RE.findall(row)]
        assert marks, f"row {name} cites nothing"
        assert {case_of[m] for m in marks} == {name}, f"row {name} cites another case"
    assert {"淄博市", "定西市"} <= set(names)
    assert all(c.supported for c in answer.claims)


def test_two_named_places_each_answered(assistant: Assistant) -> None:
    answer = assistant.ask("淄博和定西的集团化办学有什么不同?")
    assert not answer.abstained
    assert {"zibo", "dingxi"} <= {c.case_id for c in answer.citations}
    check_citations(answer)


def test_single_place_answer_stays_on_that_place(assistant: Assistant) -> None:
    answer = assistant.ask("定西的区域教育协作有哪些做法?")
    assert {c.case_id for c in answer.citations} == {"dingxi"}
    assert "区域教育协作" in answer.answer
    check_citations(answer)


@pytest.mark.parametrize(
    "question",
    [
        "深圳的课后服务是怎么做的?",
        "成都市如何推进教育数字化?",
        "深圳和成都的集团化办学有什么经验?",
        "淄博共投入多少亿元建设智慧校园?",  # a figure no case gives
        "定西市一共有多少名留守儿童?",  # a figure no case gives
        "how to cook pasta?",
    ],
)
def test_abstains_when_the_corpus_does_not_cover_it(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert answer.abstained, f"answered {question!r}: {answer.answer[:120]}"
    note, _, related = answer.answer.partition("相关内容")
    assert "没有" in note or "say nothing" in note or "do not give" in note
    assert not MARK_RE.search(note), "the refusal itself cites nothing"
    if answer.citations:  # the closest sentences, shown as related content only
        assert related and all(f"[{c.n}]" in related for c in answer.citations)
    if not question.isascii():
        assert "目前收录的案例包括" in note or "没有给出" in note
        for name in ("淄博市", "定西市", "桐庐县"):
            assert name in note or "没有给出" in note  # tells the user what the corpus does cover


def test_abstention_names_the_unknown_place(assistant: Assistant) -> None:
    assert "深圳" in assistant.ask("深圳的课后服务是怎么做的?").answer


# -- follow-ups ---------------------------------------------------------------------------
ZIBO_HISTORY = [
    {"role": "user", "content": ZIBO_Q},
    {"role": "assistant", "content": "淄博市打造帮扶式、联盟式和集团式共同体。[1]"},
]


@pytest.mark.parametrize("followup", ["那定西呢?", "定西呢", "那么定西市呢?"])
def test_followup_switches_place(assistant: Assistant, followup: str) -> None:
    answer = assistant.ask(followup, history=ZIBO_HISTORY)
    assert not answer.abstained
    assert answer.question == followup
    assert "定西" in answer.rewritten_question and "淄博" not in answer.rewritten_question
    assert "共同体" in answer.rewritten_question or "模式" in answer.rewritten_question, "the topic carries over"
    assert {c.case_id for c in answer.citations} == {"dingxi"}
    check_citations(answer)


def test_followup_keeps_place(assistant: Assistant) -> None:
    answer = assistant.ask("他们的经费怎么保障?", history=ZIBO_HISTORY)
    assert not answer.abstained and "淄博" in answer.rewritten_question
    assert {c.case_id for c in answer.citations} == {"zibo"}
    assert "经费" in answer.answer
    check_citations(answer)


def test_history_accepts_message_objects(assistant: Assistant) -> None:
    from assistant import Message

    answer = assistant.ask("那定西呢?", history=[Message(**m) for m in ZIBO_HISTORY])
    assert {c.case_id for c in answer.citations} == {"dingxi"}


def test_question_without_history_is_not_rewritten(assistant: Assistant) -> None:
    assert assistant.ask(ZIBO_Q).rewritten_question == ""


# -- streaming and the JSON contract ----------------------------------------------------------
def test_stream_deltas_add_up_to_the_answer(assistant: Assistant) -> None:
    events = list(assistant.stream(ZIBO_Q))
    final = events[-1]
    assert final.kind == "final" and final.answer is not None
    assert [e.kind for e in events[:-1]] == ["delta"] * (len(events) - 1)
    assert "".join(e.text for e in events[:-1]) == final.answer.answer
    assert final.answer.seconds > 0


def test_case_filter_on_ask(assistant: Assistant) -> None:
    answer = assistant.ask("集团化办学是怎么做的?", case="dingxi")
    assert answer.citations and {c.case_id for c in answer.citations} == {"dingxi"}
    assert {r.case_id for r in answer.retrieved} == {"dingxi"}


def test_case_filter_names_the_place_a_bare_question_is_about(assistant: Assistant) -> None:
    # "有哪几种模式?" names no subject of its own; with the 淄博 filter on it is a question about 淄博 (it was refused).
    answer = assistant.ask("有哪几种模式?", case="zibo")
    assert not answer.abstained, answer.answer[:200]
    assert "帮扶式共同体、联盟式共同体、集团式共同体" in answer.answer
    assert assistant.ask("有哪几种模式?").abstained  # without the filter there is nothing to go on


def test_top_k(assistant: Assistant) -> None:
    assert len(assistant.retriever.retrieve(ZIBO_Q, top_k=2)) == 2
    answer = assistant.ask(ZIBO_Q, top_k=2)
    # Retrieval's two passages come first; chunks the answer quotes from the case outline follow them.
    assert [r.chunk_id for r in answer.retrieved[:2]] == [p.chunk.chunk_id for p in assistant.retriever.retrieve(ZIBO_Q, top_k=2)]
    assert max(c.n for c in answer.citations) <= len(answer.retrieved)
    check_citations(answer)


CITATION_FIELDS = {"n", "case_id", "case_name", "title", "chunk_id", "source", "start", "end", "quote", "supported", "score"}
RETRIEVED_FIELDS = {"chunk_id", "case_id", "score", "text"}


@pytest.mark.parametrize("question", [ZIBO_Q, "深圳的课后服务是怎么做的?"])
def test_json_contract(assistant: Assistant, question: str) -> None:
    data = json.loads(assistant.ask(question).model_dump_json())
    for key, kind in {"question": str, "answer": str, "abstained": bool, "engine": str, "citations": list, "retrieved": list}.items():
        assert isinstance(data[key], kind), key
    assert data["question"] == question and data["engine"] in ("extractive", "llm")
    assert data["retrieved"], "what was retrieved is reported even when abstaining"
    for r in data["retrieved"]:
        assert RETRIEVED_FIELDS <= r.keys()
        assert isinstance(r["score"], float) and isinstance(r["text"], str) and r["text"]
    for c in data["citations"]:
        assert CITATION_FIELDS <= c.keys()
        assert isinstance(c["n"], int) and isinstance(c["start"], int) and isinstance(c["end"], int)
        assert isinstance(c["supported"], bool) and isinstance(c["score"], float)
        assert file_text(c["source"])[c["start"]:c["end"]] == c["quote"]
    if data["abstained"]:
        assert all(f"[{c['n']}]" in data["answer"].partition("相关内容")[2] for c in data["citations"])
    else:
        assert data["citations"]
    # round trip
    assert Answer.model_validate(data).model_dump() == Answer.model_validate_json(json.dumps(data)).model_dump()


def test_case_outline_lists_key_measures_with_exact_spans(assistant: Assistant) -> None:
    outline = assistant.case_outline("dingxi")
    assert len(outline) >= 3
    assert any("走出去" in m["measure"] for m in outline)
    for m in outline:
        assert file_text(m["source"])[m["start"]:m["end"]].strip()
    with pytest.raises(Exception):
        assistant.case_outline("nowhere")


def test_a_colon_lead_holds_the_numbered_paragraphs_after_it(assistant: Assistant) -> None:
    """"…以下六项主要内容…:" then "(1)…" … "(5)…" one per paragraph, the last closing a chunk: the lead's items are
    all five (the text lists five of the six it announces), however long each numbered paragraph runs."""
    case = assistant.retriever.outline("tonglu")
    lead = next(m for m in case.measures if "以下六项" in m.unit.text)
    items = [case.measures[c].unit.text for c in lead.children]
    assert [t[:3] for t in items] == ["(1)", "(2)", "(3)", "(4)", "(5)"]
    assert "深化落实教学常规" in items[-1]
    wish = next(m for m in case.measures if "以下提升" in m.unit.text)  # a colon lead worded as a wish is structure
    assert len(wish.children) == 8


@pytest.mark.parametrize("case_id,label,parts", [
    ("junior-school-action-plan", "三、行动举措", 5),  # a heading over sub-sections only
    ("yuhang", "三、余杭区推进教育高质量发展的创新路径", 5),  # an introduction before them: they are still its parts
    ("yuhang", "一、余杭区教育改革发展的现状及问题", 4),
    # a section with measures of its own keeps them: tonglu's 附 (its 定位 list, a lead "具体目标包括:")
    ("tonglu", "附:21世纪教育研究院地方教育研究中心与全国教育局长研究联盟", 0),
])
def test_a_section_divided_into_sub_sections_is_made_of_them(assistant: Assistant, case_id: str, label: str, parts: int) -> None:
    case = assistant.retriever.outline(case_id)
    head = next(m for m in case.measures if m.label == label)
    children = [case.measures[c] for c in head.children]
    subsections = [c for c in children if c.level == "heading"]
    assert len(subsections) == parts and (not parts or len(children) == parts)


@pytest.mark.parametrize("question,parts", [
    # the whole's frame asked: its top-level parts, whatever words the asker retells its story in
    ("泰州从基本均衡一路往更高水平走,给我讲讲大的框架。", ("三步走战略", "硬软件齐抓", "三方面合力")),
    ("上城区激发学校活力的整套改革,大框架是什么样的?", ("管办助评", "简政放权", "育人为本")),
    ("初中方案的大框架是什么?", ("**指导思想**", "**行动目标**", "**行动举措**")),  # a document's own sections
])
def test_a_whole_frame_is_answered_with_the_top_level_parts(assistant: Assistant, question: str, parts: tuple) -> None:
    answer = assistant.ask(question).answer
    assert all(p in answer for p in parts), answer


def test_the_aspects_a_change_is_seen_in_are_the_list_it_introduces(assistant: Assistant) -> None:
    """"盼着实验学校三年后在哪些方面见提升": the list introduced "…可以有以下提升:", not the co-operation's six tasks,
    however often those name the pilot schools (实验校)."""
    answer = assistant.ask("桐庐合作方盼着实验学校三年后在哪些方面见提升?").answer
    assert "管理团队治理水平" in answer and "编制三年发展规划" not in answer, answer


def test_the_parts_of_a_section_are_answered_named(assistant: Assistant) -> None:
    """"行动举措一共分成几大块?": counted and named first, as any list's items are, then each sub-section by its
    heading and its first sentence."""
    answer = assistant.ask("初中方案的行动举措一共分成几大块?").answer
    assert "“行动举措”共五" in answer, answer
    for name in ("建设“统领”行动", "优质资源拓展行动", "师资素质优化行动", "教育教学质量提高行动"):
        assert f"**{name}**" in answer, answer


def test_a_heading_holding_only_sub_sections_is_a_part_of_the_document(assistant: Assistant) -> None:
    """"## 三、行动举措" is followed at once by "### (一)…": it has no text of its own, yet it is the plan's third
    part, so a question about that part is answered and the document's parts are counted as three."""
    from assistant.outline import top_sections

    plan = assistant.retriever.outline("junior-school-action-plan")
    assert top_sections(plan) == ["指导思想", "行动目标", "行动举措"]
    part = next(m for m in plan.measures if m.label == "三、行动举措")
    assert part.level == "heading" and "(一)" in plan.measures[plan.measures.index(part) + 1].label


def test_a_list_opening_its_chunk_is_introduced_by_the_announcing_paragraph_before(assistant: Assistant) -> None:
    """"### 1. 聚焦…" opens a chunk; "…具体目标包括:" closes the one before: it introduces the list. A paragraph
    ending a section ("…推进会。" before "二、特色与经验") introduces nothing."""
    tonglu = assistant.retriever.outline("tonglu")
    goals = next(g for _, g in tonglu.groups() if "遵循区域教育内涵发展原则" in g[0].unit.text)
    assert tonglu.introduction(goals).endswith("具体目标包括:")
    dingxi = assistant.retriever.outline("dingxi")
    lessons = next(g for c, g in dingxi.groups() if c.startswith("二、特色与经验"))
    assert "推进会" not in dingxi.introduction(lessons)


def test_a_part_of_the_case_named_by_its_whole_name_is_answered_with_what_stands_under_it(assistant: Assistant) -> None:
    """"讲重点举措与成效那部分,分成几大板块" writes a section's title: its parts, each once (a section opening with
    its first item quotes no head before them)."""
    case = assistant.retriever.outline("dingxi")
    assert [m.label for m in case.named_in("定西这篇讲重点举措与成效那部分有哪些板块?")] == ["一、重点举措与成效"]
    answer = assistant.ask("定西这篇讲重点举措与成效那部分,分成哪几大块?").answer
    assert all(w in answer for w in ("走出去", "引进来", "沉下来")) and answer.count("- 秉持开放理念") == 1


@pytest.mark.parametrize("name,text,named", [
    ("城乡教育优质均衡发展行动", "初中方案那个城乡优质均衡行动,分了哪几路?", True),  # words left out in two places
    ("师资素质优化行动", "师资优化行动怎么搞", True),
    ("师资素质优化行动", "师资行动怎么搞", False),  # too little of the title kept
    ("城乡教育优质均衡发展行动", "城乡教育发展", False),  # its closing words missing
    ("重点举措与成效", "重点成效", False),  # a short title is named only whole
])
def test_a_section_is_named_by_its_title_shortened(name: str, text: str, named: bool) -> None:
    from assistant.outline import shortened_in

    assert shortened_in(name, text) is named


@pytest.mark.parametrize("question,items", [
    # a broad question whose words name no measure, answered best by a lead's own headline: that lead's items
    ("定西在向外借力、往外走这一块,主要有什么经验?", ["一是主动对接先进", "二是积极拓展空间", "三是推进协同育人"]),
    # a list of one place no list of its case fits (哪几块 of the whole): the place's own measures
    ("亳州总体上抓了哪几块?", ["实施学校标准化建设", "加强教师队伍建设"]),
    ("亳州抓均衡的打法,分了哪几摊?", ["实施学校标准化建设", "加强教师队伍建设"]),  # 摊 counts portions, as 块 does
])
def test_broad_questions_no_words_fit_are_answered_from_the_outline(assistant: Assistant, question: str,
                                                                    items: list[str]) -> None:
    answer = assistant.ask(question).answer
    assert all(f"- {i}" in answer for i in items), answer


@pytest.mark.parametrize("question,named", [
    ("上城在重建导助机构的工作机制上,主要是怎么做的?", ["三、坚持育人为本,重建导助机构工作机制。"]),  # its measure clause, 的 added
    ("上城是怎么坚持育人为本的?", ["三、坚持育人为本,重建导助机构工作机制。"]),  # its name, the principle, whole
    ("上城的导助机构怎么改的?", []),
    ("上城是怎么提高科学管理和协同管理的水平的?", ["二、强化简政放权,提高科学管理和协同管理的水平。"]),  # 的 on both sides
])
def test_a_heading_is_named_by_its_measure_clause(assistant: Assistant, question: str, named: list[str]) -> None:
    assert [m.unit.head for m in assistant.retriever.outline("shangcheng").named_in(question)] == named


@pytest.mark.parametrize("question,named", [
    # an item named whole, with a 的 the question adds inside its name
    ("淄博那种帮扶式的共同体,是怎么结起来的?", ["帮扶式共同体"]),
    ("淄博的帮扶式共同体怎么搞?", ["帮扶式共同体"]),
    ("淄博的共同体怎么搞?", []),
    # a bracketed aside (its dates) is no part of the name
    ("淄博推进实施阶段都干了什么?", ["推进实施阶段(2019年7-12月)"]),
])
def test_an_item_is_named_whole_with_a_de_inside(assistant: Assistant, question: str, named: list[str]) -> None:
    from assistant.outline import item_name

    assert [item_name(m.label or m.unit.head) for m in assistant.retriever.outline("zibo").named_in(question)] == named


def test_a_section_named_by_its_shortened_title_is_answered_with_its_parts(assistant: Assistant) -> None:
    """"初中方案那个城乡优质均衡行动…分了哪几路" names "(三)城乡教育优质均衡发展行动" by its key words."""
    answer = assistant.ask("初中方案那个城乡优质均衡行动,是按学校在哪儿分路推进的吧?分了哪几路、各干啥?").answer
    assert all(w in answer for w in ("补短提升", "提档升级", "品质铸造"))


def test_the_text_under_a_section_is_quoted_to_its_end_across_passages(assistant: Assistant) -> None:
    """A section's paragraph that runs on past its passage's end ("三、加强教师队伍建设…": five measures, the last three
    in the next passage) is quoted to its end, each sentence cited to the passage that holds it."""
    from evals.metrics import check_answer

    answer = assistant.ask("亳州在加强教师队伍建设、促进师资均衡配置上采取了哪些举措?")
    for measure in ("对2000名校长进行素质提升", "音乐体育美术教师专项培训计划", "全市每年补充教师近2000人", "建立教师层级遴选机制"):
        assert measure in answer.answer, measure
    assert not check_answer(answer).bad_citations
    assert len({c.chunk_id for c in answer.citations}) >= 2  # the section spans two passages


def test_a_summary_names_the_documents_own_sections_and_their_points(assistant: Assistant) -> None:
    """"主要讲了啥" asks for the whole document: its top-level sections (引言, 结语 aside), each with its
    sub-sections named, not only the sections that state measures."""
    answer = assistant.ask("余杭那篇文章主要讲了啥?").answer
    for section in ("现状及问题", "重大意义", "创新路径", "**教育资源供需矛盾突出**", "**打造“未来教育”高地**"):
        assert section in answer, section
    assert "引言" not in answer and "结语" not in answer
    problems = assistant.ask("余杭那篇文章里余杭教育的现状和问题,总体说说。").answer  # a subject: the one section stating it
    assert all(p in problems for p in ("**教育资源供需矛盾突出**", "**教育改革政策阻碍存在**")) and "重大意义" not in problems
    parts = assistant.ask("淄博那份指导意见通篇分几块?给我理个大概。").answer  # a list of the whole's parts: its sections
    assert all(p in parts for p in ("指导思想", "基本原则", "实施步骤", "健全保障机制")), parts
    points = assistant.ask("数字资源那篇整篇的主要观点,能不能给我捋一捋?").answer
    assert all(p in points for p in ("重要举措", "推动供给侧改革", "以生为本需求驱动"))


def test_a_which_place_answer_names_a_reference_document_as_a_document(assistant: Assistant) -> None:
    """A reference document belongs to no named place: the answer says it is a document, by the short name people
    call it, and that no place is given; a case is named by its place."""
    doc = assistant.ask("有没有哪份方案提出借市中学生科技素养大讲堂这个课后服务平台?").answer
    assert doc.startswith("**涉及的材料:《某区初中教育高质量发展行动方案》(参考材料,简称“初中行动方案”,未注明地区)**"), doc
    place = assistant.ask("哪个区跟中国美院合作办学?").answer
    assert place.startswith("**涉及的地区:余杭区**"), place


@pytest.mark.parametrize("question,places", [
    ("那个地方教育研究中心打算做哪些研究?", ["tonglu"]),  # a long name only the 桐庐 case uses names it
    ("集团化办学有哪些做法?", []),  # a name several cases use names none of them
    ("哪个地方成立了地方教育研究中心?", []),  # a question asking which place names none
    ("闲林街道的公办学位后来怎么样了?", ["yuhang"]),  # a place inside one case (a street) names that case
    ("请问在闲林街道,公办学位后来怎么样了?", ["yuhang"]),  # whatever comes before it
    ("渭源县的特岗教师是怎么培训的?", ["dingxi"]),
    ("按淄政办发20167号的规定,轮岗老师的补贴怎么定?", ["zibo"]),  # a document's number names its case
    ("淄政办发那个文件说交流老师的补贴怎么定?", ["zibo"]),  # so does its issuing code
    ("《关于推进城乡学校优质均衡发展的意见》说了啥?", []),  # a title no case writes names none (not its tail)
])
def test_a_name_only_one_case_uses_names_that_case(assistant: Assistant, question: str, places: list[str]) -> None:
    ctx = assistant.context(question)
    intent = ctx.intent if hasattr(ctx, "intent") else None
    assert intent is not None and intent.places == places


def test_the_documents_top_level_enumeration_is_a_list(assistant: Assistant) -> None:
    """一、…二、…三、… right under a document's title, with no section heading above them, form one list (the
    first may lead sub-items of its own); it is listed before the lists nested in it."""
    groups = assistant.retriever.outline("taizhou").groups()
    context, top = groups[0]
    assert context == "" and [m.unit.head[:2] for m in top] == ["一、", "二、", "三、"]
    assert any(len(g) == 3 and "第一阶段" in g[0].unit.head for _, g in groups[1:])


def test_the_rest_of_a_list_the_previous_answer_began(assistant: Assistant) -> None:
    """"其他几项呢?" after an answer quoting two items (shortened): the list it quoted, without those two."""
    from assistant.schema import Message

    history = [Message(role="user", content="研究院要帮桐庐实验校做哪些工作?先说两项。"),
               Message(role="assistant", content="(1)帮助实验校编制三年发展规划;(2)帮助实验校优化重组管理结构、修订完善规章制度。")]
    answer = assistant.ask("其他几项呢?", history=history)
    assert "建立教师成长规划" in answer.answer and "编制三年发展规划" not in answer.answer


def test_a_followup_with_no_subject_of_its_own_is_answered_beside_what_was_said(assistant: Assistant) -> None:
    """"这么做图个啥?" after an answer given in other words: the answer comes from the paragraph the previous
    answer came from, what it had not said yet."""
    from assistant.schema import Message

    history = [Message(role="user", content="淄博的集团式共同体是怎么组建的?"),
               Message(role="assistant", content="按地理位置就近,以学区为单位,按“1+N”模式组建紧密型的名校教育集团。")]
    answer = assistant.ask("这么做图个啥?", history=history)
    assert not answer.abstained and "名校教育集团以名校校长为领衔校长" in answer.answer
    check_citations(answer)


def test_a_drill_down_into_an_item_the_outline_lacks_quotes_the_sentence_stating_it(assistant: Assistant) -> None:
    """"筑基那块…" after the four parts of 余杭's plan, which the case states in running text ("在“奋进筑基”方面,
    …"), not as an outline item: the sentence stating that part, not the list again."""
    from assistant.schema import Message

    history = [Message(role="user", content="余杭的奋进计划具体分成哪几块?"),
               Message(role="assistant", content="奋进筑基、奋进聚才、奋进合作、奋进登高四个方面。")]
    answer = assistant.ask("筑基那块具体要干点啥?", history=history)
    assert not answer.abstained and "100所以上高品质" in answer.answer.split("\n\n")[1]
    check_citations(answer)


def test_a_drill_down_into_an_item_quotes_what_stands_under_it(assistant: Assistant) -> None:
    """"第三个展开说说" after a list of the alliance's aims: the text under that aim's own heading, not a sentence
    that merely repeats its words."""
    from assistant.schema import Message

    history = [Message(role="user", content="全国教育局长研究联盟有哪些具体目标?"),
               Message(role="assistant", content="四个:聚焦区域教育问题研究并共同讨论个性化的解决方案;提升区域教育品牌影响力;"
                                                 "打造政府、社会组织、研究机构的资源共享价值链;寻找帮助区域教育示范“样本”。")]
    answer = assistant.ask("第三个展开说说", history=history)
    assert not answer.abstained and "区域教育研究课题为抓手" in answer.answer


def test_a_position_asked_after_a_summary_naming_the_items_is_in_that_list(assistant: Assistant) -> None:
    """"三步:先统筹谋划,再推进实施…" named the items of the stages list in other words (统筹谋划阶段(2019年3-6月)):
    "那第二步" is that list's second item, not the second of another list (基本原则)."""
    from assistant.schema import Message

    history = [Message(role="user", content="淄博搞学校发展共同体,分几步走?"),
               Message(role="assistant", content="三步:先统筹谋划,再推进实施,最后深化完善。")]
    answer = assistant.ask("那第二步主要靠哪些办法往前推?", history=history)
    assert not answer.abstained and "推进实施阶段" in answer.answer and "现场会" in answer.answer, answer.answer
    check_citations(answer)


@pytest.mark.parametrize("followup,held,left", [
    # the drill-down's own words ask a thing inside the item: the item's clause stating them is quoted with it
    ("第三阶段里,为了让教师队伍整体提升,开展的是什么培训?", "开展教师市级平台全员培训", ""),
    # asking the item itself: its own lines, no clause of it picked by words the question does not have
    ("第三阶段讲的是啥?", "致力全域高位均衡", "开展教师市级平台全员培训"),
])
def test_a_drill_down_into_a_position_quotes_what_its_own_words_ask_inside_it(assistant: Assistant, followup: str,
                                                                            held: str, left: str) -> None:
    from assistant.schema import Message

    history = [Message(role="user", content="泰州的县域基本均衡是哪年实现的?"),
               Message(role="assistant", content="2014年,所有市(区)通过国家义务教育发展基本均衡县(市、区)督导评估认定。")]
    answer = assistant.ask(followup, history=history)
    assert not answer.abstained and held in answer.answer, answer.answer
    assert not left or left not in answer.answer.split("**最相关的原文**")[0], answer.answer
    check_citations(answer)


@pytest.mark.parametrize("asked,said,followup,held", [
    # the previous answer retold a list in its own words: the position counts in the list whose items it retells
    ("研究院跟桐庐合作,主要帮实验学校做哪些事?", "六项:第一是帮学校编三年规划,第二是理顺管理结构、改评价,还有教师、课程和教学常规。",
     "那第三条具体怎么说?", "教师成长规划"),
    ("桐庐希望三年后九所实验学校有哪些变化?", "八个方面:校风学风面貌改善,教师境界和专业能力提升,学生学业质量提升,等等。",
     "第二条展开讲讲?", "教师教育境界与专业能力"),
])
def test_a_position_counts_in_the_list_the_previous_answer_retold(assistant: Assistant, asked: str, said: str,
                                                                  followup: str, held: str) -> None:
    history = [Message(role="user", content=asked), Message(role="assistant", content=said)]
    answer = assistant.ask(followup, history=history)
    assert not answer.abstained and held in answer.answer.split("**最相关的原文**")[0], answer.answer
    check_citations(answer)


SHAPE_ROWS = [
    # (question, strings the answer must hold, why)
    ("桐庐那九所实验校,三年干下来希望在哪些地方见到变化?都列一下。", ["共八个方面"],
     "where inside the named place, every item asked (都列一下): the list of what is hoped for, counted as aspects"),
    ("两所学校牵了手,平日里除了互相听听课就没下文了。淄博的城乡帮扶共同体,内部要靠哪几种工作机制转起来?", ["课题引领、网络教研"],
     "a count in the scene before the sentence that asks (两所学校) sizes what it describes, not the list asked"),
    ("余杭那篇文章引的学者说法,把这段历史分成了哪几段?", ["初步发展阶段(1978-1984年)"],
     "an aside after each item (its years) belongs to the item: the list is still read"),
    ("余杭对这几个教育阶段分别提出了哪些要求?", ["特色一流"],
     "a list its text declares to be of another kind (归纳为四个阶段:) is not the 要求 asked, though it shares 阶段"),
    ("泰州说要集聚三方面合力,政府、部门和学校各自落在哪些事上?", ["政府层面", "部门层面", "学校层面"],
     "where each one's effort goes (落在哪些事上) asks what each does: the measures under the named item"),
    ("余杭在引进人才上有哪几个问题要回答?", ["其次,余杭区要不断提高引进人才的力度", "最后,最根本的是要留住人才"],
     "items that are the text's own questions are shown with the sentences answering them in order"),
    ("定西讲“引进来”,分了哪几块部署?", ["聚焦县际协作", "聚焦学校结对", "聚焦师资交流"],
     "a list introduced by the phrase the question quotes is the one asked, whatever the asker calls its parts"),
    ("定西要从校友身上挖掘哪几样东西?", ["榜样示范、科研引领、捐资助学"],
     "东西 is things in general: no kind, and no topic (not the 东西 of 东西协作)"),
    ("数字资源那篇说新的教学模式要覆盖哪几个环节?", ["课前、课中、课后"],
     "the noun right after the items (…各环节) names them as surely as items naming it"),
    ("淄博的共同体分哪几种类型?", ["帮扶式共同体", "联盟式共同体", "集团式共同体"],
     "a word for a kind itself (类型) names no items' noun: the subject's instances, each naming it, are the kinds"),
    ("定西搞区域教育协作,整体上分成了哪几大板块?每块要汇聚或增强的是什么?", ["走出去", "引进来", "沉下来"],
     "the case's theme divided, asked overall, where no sentence divides it: its top-level measures; the words asked "
     "of each part (汇聚, 增强) say nothing of which list the parts are"),
    ("定西在家校共育上评过的典型有哪几种类型?", ["家长实验学校", "书香家庭"],
     "a word for a kind itself (类型) names no noun: the subject's word (典型) is the kind the items are taken up as"),
    ("泰州政府层面的到位整体上分成哪几条?", ["规划布局到位", "经费投入到位"],
     "a part of the case asked overall and divided is its own list; only the case's theme is divided by its top-level "
     "measures where no sentence divides it"),
    ("淄博鼓励探索的合作办学形式有哪几种类型?", ["公办民助"],
     "kinds of the subject are items each naming its noun, not a list another noun (…等形式) closes"),
    ("区县抱团办学的形式很多。淄博文件推荐的共同体有哪几种类型?", ["帮扶式共同体", "联盟式共同体", "集团式共同体"],
     "the kinds of the asking sentence's noun (共同体), not of its doing (推荐, 推介 closing another list) nor the scene's"),
    ("淄博的共同体要“共”哪几样?", ["师资共享", "学生共育"],
     "哪几样 asks which things, not kinds of the subject: the list of the 共 asked, not the kinds of 共同体"),
    ("淄博联盟那种共同体是怎么组起来的?", ["联盟式共同体"],
     "an item named by the asker's word as written (联盟式共同体), its siblings only by an equivalent (共同体 = 联盟)"),
    ("定西在家校协同上树了哪几类典型?", ["家长实验学校", "书香家庭"],
     "the clause right after the items taking them up as the kind asked (…,以典型引领…) names them as that kind"),
    ("初中方案要建设哪几类特色初中?", ["德育、外语、科技、艺术、体育"],
     "items before 等方面的 + the kind are its instances (等…的 is not an attributive that hides them)"),
    ("初中方案到2022年定了哪些目标?", ["初中标准化学校比例达100%"],
     "a list for a year the question names is that year's: the sentences of that year, when no list states it"),
    ("泰州是怎么推进义务教育均衡的?", ["三步走", "硬软件", "三方面合力"],
     "the subject is the case's own theme: its top-level measures, not the sentences repeating the theme's words"),
    ("泰州往高位均衡走,整体上是靠哪几大块撑起来的?", ["三步走", "硬软件", "三方面合力"],
     "a list asked overall of the case's own theme is its top-level measures, not a list inside one of them (三步走's "
     "stages); the asker's own verb (撑起来), written nowhere, says nothing of the theme"),
    ("定西推区域协作,大的方面分了哪几路?", ["走出去", "引进来", "沉下来"],
     "the same for a theme in the title (深化区域教育协作): the three top-level measures, not one's sub-list"),
    ("泰州集聚了哪三方面的合力?", ["政府层面、部门层面、学校层面"], "clauses that open alike, named in the lead"),
    ("定西那篇的重点举措分了哪几块来写?", ["“走出去”", "“引进来”", "“沉下来”"],
     "a document's parts asked of one of its sections named by its title's words: that section's parts"),
    ("芦溪扩建镇区学校主要想解决哪两个矛盾?", ["镇区大班额突出、专用教室不足"],
     "things joined by 和 before 的 + the asked kind (…和…的矛盾) are its members, though no 、 joins them"),
    ("定西在家长这头选树的家校共育典型分哪几类?", ["甘肃省家庭教育创新实践基地、定西市家长实验学校"],
     "an item keeps the place naming its level (甘肃省) as the items beside it do"),
    ("淄博的学校发展共同体有哪几种模式?", ["帮扶式共同体、联盟式共同体、集团式共同体"],
     "the section titled with the asked kind (参考发展模式) beats an in-text list followed, after a comma, by 模式"),
    ("芦溪的片区教研模式分哪几级", ["县促片、片帮片、片扶校、校领区"], "a quoted 、-list in running text"),
    ("定西的区域教育协作体有哪几个?", ["“临洮县与渭源县”“安定区、市一中与漳县”"], "items holding 、 are named in quotes"),
    ("余杭提出的“三个全面”是指哪三个?", ["全面实现名校集团化"], "a quoted numbered set, spelled out after 即"),
    ("泰州推进义务教育均衡是分几步走的?", ["实现县域基本均衡、推进县域优质均衡、致力全域高位均衡"],
     "an ordinal item is named by what follows 第一阶段"),
    ("初中行动方案提出了哪几大行动?", ["建设“统领”行动、优质资源拓展行动"],
     "sub-sections whose titles all name the asked kind (行动), under a heading with no text of its own"),
    ("数字资源那篇文章举了哪几种教学新模式?", ["线上线下融合教学、翻转课堂、智慧课堂"],
     "a list introduced by 如 after the asked kind (新模式)"),
    ("初中方案一共安排了哪几项行动?", ["优质资源拓展行动", "城乡教育优质均衡发展行动"],
     "the list of sections each naming the kind; an item whose body says the subject more is not named by the question"),
    ("初中方案点了哪几个方向可以建特色初中?", ["德育、外语、科技、艺术、体育"],
     "a list of another kind word whose closing noun is the subject asked (…等方面的特色初中)"),
    ("桐庐提质强校的合作目标里第七项是什么?", ["第七项", "社会对项目实验学校认可度明显提升"],
     "a position asked outside a follow-up is that item of the case's list (numbered paragraphs after a colon lead)"),
    ("桐庐提质强校围绕哪几项内容与实验校合作?", ["深化落实教学常规"],
     "the last item of a list closing a chunk is not lost"),
    ("桐庐的实验学校三年后要达到什么样?", ["以下提升", "实验学校学生学业质量及学习素养明显提升"],
     "a lead whose paragraph names the subject, tied with one of its own items: the lead with all its items"),
    ("桐庐那个项目给参与的学校定了三年目标,具体包括哪些方面的提升?", ["共八个方面", "实验学校学生学业质量及学习素养明显提升"],
     "the noun the aspects asked are of (方面的提升) names the list whose introduction ends in it (…有以下提升:)"),
    ("有篇文章讲网上教学资源怎么建怎么用,通篇分哪几大块?", ["共三大块", "需要推动供给侧改革"],
     "a document described by its subject, not named: the parts of the one document stating it best"),
    ("亳州推义务教育均衡,主要从哪几路发力?", ["共三项", "实施学校标准化建设", "优化教育资源配置"],
     "路 glued to the doing after it (路发力) is the classifier asked: the case's list, counted in 项"),
    ("我们县村小、教学点底子薄,想整体学亳州。它那篇经验归拢起来是哪几大条?", ["共三部分", "优化教育资源配置"],
     "a document's main items summed up (归拢起来, spoken for 归纳起来): its top-level sections, the asker's scene aside"),
    ("淄博那份共同体文件,后面给兜底撑腰的措施一共几条?各是什么机制?", ["共四条机制", "建立经费保障机制"],
     "items counted by a bare classifier, then asked what each is (各是什么机制): the list of that kind"),
    ("初中方案里,特色初中是按哪些领域来建的?", ["共五个领域", "德育、外语、科技、艺术、体育"],
     "领域, in 方面's thesaurus group, asks aspects: it rules out no list, and …等方面 closes one"),
    ("淄博的集团式共同体具体怎么搞?", ["集团式共同体", "地理位置相对就近"],
     "an item whose own name states the subject: the sentences of its paragraph, one bullet each"),
    ("淄博那份指导意见是根据哪个文件制定的?", ["鲁政发"],
     "a preamble holding the wanted type (a document number) answers a document question, though it ranks as rhetoric"),
    ("余杭的“未来教育”高地准备怎么建?", ["未来教育研究院", "国际“未来教育”论坛"],
     "a section heading that names the subject: the sentences under it, though the section has no items"),
    ("芦溪在“办”字上下功夫,都办了哪几样?", ["落实立德树人、实施科研兴教、强化标准管理"],
     "a quoted character is the sources' quoted word (管理 is not “管”); at a tie the document's own list wins"),
    ("上城“管办助评”里,管的和评的分别是谁,各干什么?", ["教育督导"],
     "who does what asks for the bodies and their duties, not for a person's name"),
    ("泰州义务教育均衡一共走了哪几步?", ["实现县域基本均衡、推进县域优质均衡、致力全域高位均衡"],
     "a one-character kind (步) counted where the list is introduced (三步走) names a list of stages"),
    ("淄博的共同体建设分几个阶段走?", ["统筹谋划阶段", "推进实施阶段", "深化完善阶段"],
     "an item naming the asked kind (阶段性总结) is not thereby on the subject: the case's own list of stages wins"),
    ("初中行动方案和数字资源那篇在用新技术上各提了什么?", ["| 地区 |", "**数字教育资源机制建设**(数字资源)"],
     "two documents, one by its short form, asked what each proposes: a comparison table whose row names the "
     "document as the question did too"),
    ("淄博的帮扶式共同体,城里的好学校具体怎么带乡下薄弱学校?", ["帮扶式共同体", "以城带乡"],
     "an item whose whole name the question writes is named by it, whatever else the question says about it"),
    ("泰州的义务教育均衡经验有哪几条?", ["实施三步走战略、坚持硬软件齐抓、集聚三方面合力"],
     "the document's own top-level list (一、二、三、 under its title) is a list; its first item leading sub-items "
     "does not make the question about that item when the opening states the subject as well"),
    ("定西讲重点举措时是从哪几个方向发力的?", ["“重点举措与成效”共三个方向:秉持开放理念“走出去”"],
     "the section the question names is listed by the kind after 从哪几个 (方向), not by an in-text list elsewhere "
     "whose predicate (发力) the question repeats"),
    ("全国教育局长研究联盟把“教育局长研究”拆成了哪些题目?", ["共五个题目", "教育局长定位"],
     "a heading's half written as the body that acts (…与全国教育局长研究联盟) names the body, not that section"),
    ("定西讲重点举措时分了哪几块?", ["“重点举措与成效”共三", "秉持开放理念“走出去”"],
     "a heading joining two things (重点举措与成效) is named by one of them written whole: its own items are the list"),
    ("上城的改革分哪几块?", ["实施“管办助评”改革、强化简政放权、坚持育人为本"],
     "the document's top-level list beats an in-text pair of clauses; the lead names the place, not the title"),
    ("泰州从县县过关一路干到全市高位均衡,材料归成了哪几大条?", ["泰州市共三大条:实施三步走战略、坚持硬软件齐抓、集聚三方面合力"],
     "a document asked divided: its top-level sections, counted by the asker's word for its parts and named in the "
     "lead, whatever the words describing the document (县县过关, 高位均衡: the first section's own stages)"),
    ("芦溪那轮改革的路子,总共分成几个板块?", ["芦溪县共三个板块:"],
     "the whole's own frame after 的 (的路子) is the whole: its top-level sections, counted with the classifier its "
     "part word takes"),
    ("余杭的经验最后提炼成了哪几条?", ["余杭区共"],
     "a whole distilled into points (提炼成…几条) is its top-level sections, counted by the asker's word (条)"),
    ("那篇讲数字教育资源的文章,整体思路是分几层论证的?", ["共三层:"],
     "层 of an argument are the document's top-level sections: listed, not refused as unlisted"),
    ("淄博那份共同体的指导意见是哪天的?", ["2019"],
     "the document itself is the subject: its dateline answers, not a date stated inside it (2023年…)"),
    ("泰州分政府、部门、学校三层使劲,落到部门那一层,要推进的是哪几样?", ["学校管理标准化、教育评价多元化、教育教学信息化"],
     "one member pointed at by what tells it from its siblings (部门 of 部门层面: 那一层) is the item asked inside; "
     "the list of the three layers the question itself states is granted"),
    ("泰州想把名校的好处放大到更多学校,用了哪几种办法?", ["组建名校集团(共同体)、实行学区一体化"],
     "a sibling's distinguishing word (学校) not pointed at (更多学校) names no member"),
    ("发文的时候得写上编号。淄博教育局那份共同体文件,编号是哪个?", ["淄教基字(2019)12号"],
     "a document's own number is its header line under the title, not the number of a document it cites inside"),
    ("亳州建校缺钱咋办?", ["拓宽资金渠道"],
     "a method one sentence states better than any measure's name opens the answer; 缺钱 reaches 资金 through 钱"),
    ("余杭那篇文章第三部分提了几条路径?", ["坚持新思想新理念新战略的指导", "全面拓展优质教育资源战略合作"],
     "a part asked by its position is the document's section numbered so (三、), read by its title"),
    ("亳州对标准化学校的验收,怎么避免走形式?", ["错位验收"],
     "a method one sentence states as well as the best-matching measure's name opens the answer"),
    ("家长说孩子交给学校就完事了。定西在推动家校协同育人上,都做了哪些事?", ["推进协同育人", "大巡讲"],
     "the part named by the sentence that asks (the scene before it says why): what stands under that heading"),
    ("那份初中学校高质量发展行动方案,主要打算从哪几方面发力?", ["建设“统领”行动", "师资素质优化行动", "教育教学质量提高行动"],
     "the question writes a stretch of the document's title (高质量发展行动方案): those words name the document, not "
     "the one item (城乡教育优质均衡发展行动) sharing 发展, nor its first list (指导思想、行动目标), introduced by the title"),
    ("亳州在抓教师队伍建设上整体有哪几条做法?", ["素质提升", "专项培训计划", "层级遴选机制"],
     "amounts enumerated in a sentence (3000名市级教坛新星、1000名…) are no list of ways of doing (做法): the "
     "section's measures are"),
    ("桐庐那九所试点校,期待三年里在哪些方面见到成效?", ["共八个方面", "治理水平明显提高"],
     "a count of institutions (九所) sizes them, not the aspects asked: it does not rule out the list of eight"),
    ("芦溪推法治化那一块,具体分了哪几样来抓?", ["落实立德树人", "实施科研兴教", "强化标准管理"],
     "one word of the title alone (法治化 of 推进标准化法治化公平化建设) still names the part it heads"),
    ("那个全国性的局长联盟,给自己定位时用了哪几个两字词?", ["共五项:自主、互助、共生、专业、参与"],
     "how long the items are written (两字) is no kind: the document's own list under its heading"),
    ("泰州在硬件软件两手抓这一块,具体干了哪几件?", ["全面改善学校办学条件", "努力实现师资动态均衡", "放大名校资源效应"],
     "a list question naming one item that has no items of its own: the sentences of its paragraph, not its "
     "siblings' names"),
    ("上城推行“管办助评”,是从哪几方面推进的?", ["实施“管办助评”改革、强化简政放权、坚持育人为本"],
     "a phrase the document's title quotes names the document: its own top-level list, not a list under the heading "
     "repeating it; items closed as aspects of another thing (…等方面的自主权) are not the aspects asked"),
    ("亳州在学校标准化建设上有哪些门道?", ["现场推进会", "严格评估验收", "拓宽资金渠道"],
     "a colloquial word for ways (门道) is the generic 办法, no kind a list must name; the item the question names "
     "by its own words (学校标准化建设): the sentences under it, not a list in a sibling's paragraph"),
    ("余杭那篇文章说要靠哪几条路子推进教育高质量发展?", ["坚持新思想新理念新战略的指导", "全面拓展优质教育资源战略合作"],
     "a section whose title calls its parts by a thesaurus synonym of the asked kind (…的创新路径 for 路子) may be the "
     "list asked; the document's own title names only the document"),
    ("初中方案的师资素质优化行动有哪几项?", ["提升校长专业领导能力、优化学校师资配置、改进教师培养培训方式。"],
     "items whose number the source lost (.提升…) are numbered like their sibling (11.改进…): one list, which a "
     "paragraph with no number after it does not join"),
    ("除了硬软件齐抓,泰州还做了哪几方面?", ["实施三步走战略", "集聚三方面合力"],
     "an item the question sets aside (除了…) is not the one it asks inside: the list it belongs to"),
    ("上城“管办助评”改革在哪几个方面放权?", ["人员、经费、设备、课程"],
     "items closed as aspects of a thing the sentence that asks names by its head (放权: 自主权) are the aspects asked"),
    ("初中方案列了哪些门类的特色初中?", ["德育、外语、科技、艺术、体育"],
     "the question's 哪些K的N met by the list's …等K'的N: the same noun, whatever word each uses for the kind"),
    ("初中方案的教育教学质量提高行动下面有哪些项目?", ["丰富“三生”课程体系", "深化数字化教学改革"],
     "a section the question names by its whole name: its own list, whatever word the question uses for the items"),
    ("余杭优化学校布局主要有哪些做法?", ["大型社区配套", "改(扩)建工程"],
     "a section heading naming the subject: the sentences under it over all its paragraphs, to the next heading"),
    ("定西为区域协作设了哪些激励?", ["评优选先倾斜、职称评定倾斜、提拔任用优先。"],
     "the list the asker's word closes (…等在内的各类激励机制), not the one after it: a clause that is itself a "
     "list introduces no other"),
]


@pytest.mark.parametrize("question,place,thematic", [
    ("泰州往高位均衡走,整体上是靠哪几大块撑起来的?", "taizhou", True),  # every word of it in the title
    # the title retold in the asker's words, 农村 added: nearly all of it is still the case's theme
    ("亳州提的是把农村学校办在农民家门口,整体上分了哪几大块来抓?", "bozhou", True),
    ("亳州整体上在音体美教师培训上分了哪几块?", "bozhou", False),  # a subject inside the case, not its theme
    # the words a clause asks of each part are set aside, unless they are all that names the theme (建设)
    ("定西搞区域教育协作,整体上分成了哪几大板块?每块要汇聚或增强的是什么?", "dingxi", True),
    ("芦溪整体是分哪几个着力点去推的,每块落在什么建设上?", "luxi", True),
])
def test_a_question_asked_overall_of_the_cases_theme(assistant: Assistant, question: str, place: str, thematic: bool) -> None:
    from assistant.compose import _thematic

    intent = assistant.analyze(question, [])
    retriever = assistant.retriever
    assert _thematic(intent, retriever.outline(place), retriever.term_weights(), written_only=True) is thematic


def test_the_text_under_an_item_ends_where_the_next_item_begins(assistant: Assistant) -> None:
    """"二是聚焦学校结对…" runs on, in the next passage, into "三是聚焦师资交流…": that is the next item, not this
    one's text."""
    answer = assistant.ask("定西在聚焦学校结对方面做了哪几件事?")
    assert not answer.abstained and "一托N" in answer.answer and "聚焦师资交流" not in answer.answer, answer.answer


def test_the_text_under_an_item_quotes_each_clause_once(assistant: Assistant) -> None:
    """A paragraph of clauses closed by ; ("突破…共同体;立足…走教制度;…"): one bullet per clause, never the whole
    sentence once per clause."""
    answer = assistant.ask("泰州致力全域高位均衡那一阶段具体做了哪些事?")
    assert not answer.abstained
    assert answer.answer.count("推行名师片管校用全市域走教制度") == 1, answer.answer
    assert answer.answer.count("\n- ") >= 3, answer.answer


@pytest.mark.parametrize("head,style", [
    ("11.改进教师培养培训方式。", "digit"),
    (".提升校长专业领导能力。", "digit"),  # a number the source lost, its dot left: numbered like "11."
    ("用优质师资保障初中教育优质发展。", "title"),  # no enumerator
    ("(一)建设“统领”行动", "paren"),
    ("二是紧盯师资培训,学用结合筑根基。", "shi"),
    ("三、集聚三方面合力", "cn"),
    ("...", "title"),  # dots before no word open no item
])
def test_enumerator_styles(head: str, style: str) -> None:
    from assistant.outline import enum_style

    assert enum_style(head) == style


@pytest.mark.parametrize("case,position,title", [
    ("yuhang", 3, "余杭区推进教育高质量发展的创新路径"),  # numbered 三、 by the document
    ("yuhang", 9, ""),  # the document numbers its sections and has no ninth
    ("junior-school-action-plan", 2, "行动目标"),
    # a document without headings whose parts are paragraphs it numbers 一、二、…: those paragraphs' first sentences
    ("taizhou", 3, "集聚三方面合力,创新性引领,有效激发教育主体内生发展活力"),
    ("luxi", 2, "在“办”字上下功夫,推进法治化建设"),
    ("luxi", 4, ""),  # three numbered parts
])
def test_a_section_by_its_position(assistant: Assistant, case: str, position: int, title: str) -> None:
    from assistant.outline import section_title

    assert section_title(assistant.retriever.outline(case), position) == title


@pytest.mark.parametrize("question,held,missing", [
    # past the top level, a position counts among a divided section's sub-sections only where the question names that
    # sub-section in its title's words; else the document has no such part, and the answer says what it has
    ("初中方案第五大块讲提高教育教学质量的,一共列了几条行动?", "生动课堂", False),
    ("初中方案第五大块“质量提高”底下分了哪几项?", "生动课堂", False),
    ("初中那个行动方案第四部分是什么内容?", "全文分3个部分", True),
])
def test_a_position_past_the_top_level(assistant: Assistant, question: str, held: str, missing: bool) -> None:
    answer = assistant.ask(question)
    assert answer.abstained is missing and held in answer.answer, answer.answer


@pytest.mark.parametrize("case,question,title", [
    # a top-level section named by its title's first half (重点举措 of 重点举措与成效), or whole
    ("dingxi", "定西那篇的重点举措分了哪几块来写?", "重点举措与成效"),
    ("dingxi", "定西那篇的特色与经验分了哪几块来写?", "特色与经验"),
    ("dingxi", "定西那篇文章分了哪几块来写?", ""),  # no section named: the whole document
    ("junior-school-action-plan", "初中方案的行动举措分了哪几块来写?", "行动举措"),
    ("yuhang", "余杭那篇的教育改革分了哪几块?", ""),  # words inside titles, no title's own opening
    ("zibo", "我们县刚定了总体目标。淄博那篇分了哪几大块?", ""),  # a title in the asker's statement names no part
])
def test_a_section_by_its_name(assistant: Assistant, case: str, question: str, title: str) -> None:
    """As the assistant reads it: in the sentence that asks (`core._section_by_name`)."""
    intent = assistant.analyze(question, [])
    assert intent.section_title == title, intent.section


@pytest.mark.parametrize("case,position,following,found", [
    # every sibling section of the plan's measures ends with 行动: the plan's own word for its parts
    ("junior-school-action-plan", 1, "行动管党建", ("行动", "建设“统领”行动")),
    ("junior-school-action-plan", 3, "行动主要干啥", ("行动", "城乡教育优质均衡发展行动")),
    ("junior-school-action-plan", 9, "行动", None),  # five actions: no ninth
    ("junior-school-action-plan", 0, "行动", None),  # no zeroth
    ("junior-school-action-plan", 1, "批学校", None),  # no part of the plan is named so
    ("yuhang", 2, "行动", None),  # another document's parts are not actions
])
def test_a_part_counted_by_the_documents_own_word_for_its_parts(assistant: Assistant, case: str, position: int,
                                                                 following: str, found: tuple[str, str] | None) -> None:
    from assistant.outline import part_at

    assert part_at(assistant.retriever.outline(case), position, following) == found


@pytest.mark.parametrize("case,question,found", [
    # a set the question names by its count (三步走), introduced by that phrase over as many items: the item at the position
    ("taizhou", "泰州那个三步走,头一步达标的时间节点落在哪年?", ("头一步", "实现县域基本均衡")),
    ("taizhou", "三步走的第三步是哪年提出的?", ("第三步", "致力全域高位均衡")),
    ("taizhou", "三步走的第四步是哪年?", None),  # three steps: no fourth
    ("taizhou", "两步走的第一步是哪年?", None),  # no set of two introduced so
    ("taizhou", "三步走是哪年提出的?", None),  # no position asked
    ("taizhou", "三步走的倒数第一步是哪年?", None),  # counted from the end: not the first
])
def test_a_position_in_a_set_the_question_names_by_its_count(assistant: Assistant, case: str, question: str,
                                                             found: tuple[str, str] | None) -> None:
    from assistant.outline import item_of_named_set

    got = item_of_named_set(assistant.retriever.outline(case), question)
    # (the item's name as `item_name` gives it: "第一阶段,实现县域基本均衡" or its words after the stage word)
    assert got == found if found is None else (got is not None and got[0] == found[0] and found[1] in got[1]), got


def test_a_typed_answer_asked_of_a_position_in_a_named_set(assistant: Assistant) -> None:
    """"泰州那个三步走,头一步达标的时间节点落在哪年?": the date of the first stage, not a refusal for want of the
    question's words (时间节点, 达标) in the sentence stating it."""
    answer = assistant.ask("省里催我们争创均衡县。泰州那个三步走,头一步达标的时间节点落在哪年?")
    assert not answer.abstained and "2014年" in answer.answer.split("\n\n")[1], answer.answer


def test_an_ordinal_in_a_named_set_keeps_the_list_reading(assistant: Assistant) -> None:
    """"泰州三步走的第三步是哪年开始的?": 第三步 the list answer reads by its ordinal (the third stage), not the
    first stage's year."""
    lead = assistant.ask("泰州三步走的第三步是哪年开始的?").answer.split("\n\n")[1]
    assert "第三阶段" in lead and "2014年" not in lead, lead


def test_the_reading_of_a_counted_part_is_shown_and_answered_by_its_items(assistant: Assistant) -> None:
    answer = assistant.ask("初中方案的第二个行动里都有些啥?")
    assert "第二个行动即“优质资源拓展行动”" in answer.intent and not answer.abstained
    assert "优化初中学校规划布局" in answer.answer
    check_citations(answer)


def test_a_part_ranked_with_de_is_the_counted_part(assistant: Assistant) -> None:
    """"排第二的行动" counts the plan's actions as "第二个行动" does."""
    answer = assistant.ask("初中方案里排第二的行动下面有哪几条?")
    assert "优质资源拓展行动" in answer.intent and "优化初中学校规划布局" in answer.answer


def test_a_gloss_of_the_part_asked_by_position_gives_way_to_its_title(assistant: Assistant) -> None:
    """"排第一的行动,讲党建和思政这部分,…": the clause glossing the part is the asker's; the part's title and its
    items answer (its items never write 党建 or 思政)."""
    assert cues.PART_APPOSITION_RE.match(cues.PART_APPOSITION_EXAMPLE.split("行动", 1)[1])
    answer = assistant.ask(cues.PART_APPOSITION_EXAMPLE)
    assert not answer.abstained and "建设“统领”行动" in answer.intent
    assert "强化队伍政治建设" in answer.answer and "加强思想政治教育" in answer.answer


@pytest.mark.parametrize("question,part", [
    # the first said in words is position one; a gloss ending in 的 and a pointer may stand before the part word
    ("初中方案里排在头一个、管方向定调子的那项行动,底下具体布置了几件事?", "建设“统领”行动"),
    ("初中方案打头的那项行动讲了啥?", "建设“统领”行动"),
    ("初中方案里排第二、管资源的那项行动下面有哪几条?", "优质资源拓展行动"),
    ("初中方案的头一个行动包括哪几项?", "建设“统领”行动"),  # 头一个 says 第一个 in speech
])
def test_a_part_asked_by_a_position_in_words_or_with_a_gloss(assistant: Assistant, question: str, part: str) -> None:
    answer = assistant.ask(question)
    assert not answer.abstained and f"即“{part}”" in answer.intent


@pytest.mark.parametrize("question,items", [
    # the words pointing at a part (…那部分, …那块) name it by its heading; the rest asks what is done there
    ("我们区的初中有城里的、城郊的、山沟里的。初中方案在城乡均衡那部分,是怎么按学校所处位置分头使劲的?",
     ["补短提升", "提档升级", "品质铸造"]),
    ("初中方案在城乡均衡那一块是怎么安排的?", ["补短提升", "提档升级", "品质铸造"]),
])
def test_a_part_pointed_at_by_words_of_its_heading_is_answered_by_its_items(assistant: Assistant, question: str,
                                                                            items: list[str]) -> None:
    answer = assistant.ask(question)
    lead = answer.answer.split("**最相关的原文**")[0]
    assert not answer.abstained and all(i in lead for i in items), answer.answer
    check_citations(answer)


def test_a_position_not_followed_by_a_part_word_names_no_part(assistant: Assistant) -> None:
    """"排在头一个的是谁" names no part of the document: nothing is read as one."""
    assert "即“" not in assistant.ask("泰州那三个阶段里,排在头一个的是哪个?").intent


def test_a_missing_position_names_the_parts_there_are(assistant: Assistant) -> None:
    answer = assistant.ask("余杭那篇文章第八部分写了什么?")
    assert answer.abstained and "全文分3个部分" in answer.answer and "“余杭区推进教育高质量发展的创新路径”" in answer.answer


def test_the_reading_of_a_position_is_shown(assistant: Assistant) -> None:
    answer = assistant.ask("余杭那篇第二部分讲了什么?")
    assert "第二部分即“推进区域教育高质量发展的重大意义”" in answer.intent and not answer.abstained
    assert not assistant.analyze("定西的老师第一节课前要做什么?", []).section  # 第一节课 counts lessons


@pytest.mark.parametrize("question,needed,why", SHAPE_ROWS)
def test_answer_shape(assistant: Assistant, question: str, needed: list[str], why: str) -> None:
    answer = assistant.ask(question)
    assert not answer.abstained, why
    lead = next(line for line in answer.answer.splitlines()[1:] if line.strip())
    for text in needed:
        assert text in (answer.answer if len(needed) > 1 else lead), f"{why}: {text!r} missing from {answer.answer[:300]!r}"
    check_citations(answer)



@pytest.mark.parametrize("kind,items,around,surety", [
    ("阶段", ["统筹谋划阶段", "推进实施阶段", "深化完善阶段"], "", 1.0),  # every item names the kind
    ("模式", ["帮扶式", "联盟式", "集团式"], "四、参考发展模式", 0.5),  # what introduces the list names it
    ("事", ["理事长单位1家", "常务理事单位33家"], "", 0.0),  # a one-character generic kind inside words names nothing
    ("东西", ["紧抓东西协作", "名师支教"], "紧抓东西协作", 0.0),  # a word for things in general names no kind
    ("经验", ["坚持高起点谋划", "坚持高标准推进"], "二、特色与经验", 0.5),  # a generic word of two characters does
    # roles are named as people by what they do
    ("身份", ["区域教育发展方向的导引者", "行政管理的领导者", "专业发展的引领者"], "", 1.0),
    ("身份", ["行动研究", "高端研讨", "国际合作"], "", 0.0),  # doings are no roles
    ("角色", ["理事长单位1家", "副理事长单位12家", "理事单位78家"], "", 0.0),  # counted members are no roles
    ("角色", ["立德树人", "五育并举", "全面育人"], "", 0.0),  # 育人 is a doing, not a person
    # a word of the kind's small fine thesaurus group names it too (题目: Dk07A, 主题); a large group mixes kinds
    ("题目", ["教育管理", "课程建设", "教学研究"], "3个区域教育协作体聚焦…等主题", 0.5),
    ("题目", ["排出“任务书”", "划出“硬杠杠”"], "全面部署区域教育协作推进和各项年度工作任务", 0.0),
    # a benefit is written as what a thing is good for (有利于)
    ("好处", ["扩大线上教育资源供给有利于实现教育公共服务均等化", "扩大线上教育资源供给有利于教育服务供给创新"], "", 1.0),
    ("好处", ["资源共享", "渠道互补"], "", 0.0),
    # a generic kind's curated equivalents name it (好处 = 倾斜, 激励)
    ("好处", ["评优选先倾斜", "职称评定倾斜"], "", 1.0),
    ("好处", ["评优选先倾斜", "职称评定倾斜", "提拔任用优先"], "建立完善…等在内的各类激励机制", 0.5),
    ("好处", ["优质学校主动辐射引领", "结对学校自主发展", "校长教师积极参与"], "推动形成", 0.0),
    # ways of organising are written as models or forms (`KIND_ALIASES`)
    ("方式", ["多校协同", "区域组团", "同学段联盟"], "健全多校协同、区域组团、同学段联盟等多种模式", 0.5),
    ("方式", ["多校协同", "区域组团", "同学段联盟"], "健全多校协同、区域组团、同学段联盟等多种渠道", 0.0),
    ("形式", ["多校协同", "区域组团", "同学段联盟"], "健全多校协同、区域组团、同学段联盟等多种模式", 0.5),
    # a style is written as a model (样式: 模式), not as the forms of events
    ("样式", ["帮扶式共同体", "联盟式共同体", "集团式共同体"], "四、参考发展模式", 0.5),
    ("样式", ["帮扶式共同体", "联盟式共同体", "集团式共同体"], "四、实施步骤", 0.0),
    # a change hoped for is written as the verb of changing (…明显提升, …面貌改善); actions to take are no changes
    ("变化", ["实验学校教师专业能力明显提升", "学生学业质量明显提升", "管理团队治理水平明显提高", "学校面貌改善"], "", 1.0),
    ("变化", ["帮助实验校编制三年发展规划", "帮助实验校建立教师成长规划", "帮助实验校开展课程建设"], "", 0.0),
    ("变化", ["推动课堂教学改革", "转变学生学习方式", "优化薄弱地区资源配置", "提升师生教学体验"], "", 0.0),  # actions
    ("变化", ["办学模式初步形成", "课业负担明显减轻", "城乡差距逐步缩小"], "", 1.0),
    ("变化", ["推动教育质量全面提升", "促进城乡差距缩小", "加快办学条件改善"], "", 0.0),  # actions ending in a change
    # a compound kind is named by its generic head under another modifier (运行机制 asked, 工作机制 written)
    ("运行机制", ["课题引领", "网络教研", "空中课堂"], "通过构建共同体内部课题引领、网络教研、空中课堂等工作机制", 0.5),
    ("运行机制", ["课题引领", "网络教研", "空中课堂"], "通过构建共同体内部课题引领、网络教研、空中课堂等工作", 0.0),
    ("具体目标", ["帮助实验校编制三年发展规划", "帮助实验校开展课程建设"], "为达成上述合作目标,合作双方将围绕以下六项", 0.0),
    ("具体目标", ["课题研究", "专业领导力"], "等三项目标", 0.0),  # (a count after 等 modifies nothing)
])
def test_how_surely_items_are_of_the_asked_kind(kind: str, items: list[str], around: str, surety: float) -> None:
    from assistant.compose import _of_kind

    assert _of_kind(kind, items, around) == surety


@pytest.mark.parametrize("question,items,bonus", [
    ("余杭的计划是从哪几个“奋进”上铺开的?", ["奋进筑基", "奋进聚才", "奋进合作", "奋进登高"], True),  # all write it
    ("余杭的计划是从哪几个“奋进”上铺开的?", ["全面开启教育大变样", "大奋进", "大跨越的全新征程"], False),  # one of three
    ("余杭的计划是从哪几个奋进上铺开的?", ["奋进筑基", "奋进聚才", "奋进合作", "奋进登高"], False),  # not quoted
    ("那篇许诺能带来哪几样“化”的变化?", ["课程管理可视化", "教学决策数据化", "评价反馈即时化"], True),  # the kind asked is 变化
    ("那篇许诺能带来哪几样“化”的变化?", ["学生流动", "人口出生", "适龄人口变化"], False),
])
def test_a_quoted_wording_prefers_the_list_whose_items_write_it(question: str, items: list[str], bonus: bool) -> None:
    from assistant.compose import QUOTED_KIND, _quoted_kind

    assert _quoted_kind(question, items) == (QUOTED_KIND if bonus else 0.0)


@pytest.mark.parametrize("question,items,share", [
    # the examples the asker gives of the items point at the list writing them (two of three here)
    ("内部要建起哪些日常机制,像教研、课堂、人员往来这些,能一条条列给我吗?",
     ["课题引领", "网络教研", "空中课堂", "校干教师交流", "特色共享"], 2 / 3),
    ("内部要建起哪些日常机制,像教研、课堂、人员往来这些,能一条条列给我吗?",
     ["管理评价一体化机制", "发展新机制", "经费保障机制"], 0.0),
    ("比如作业和睡眠这些,具体管哪几样?", ["作业", "睡眠", "手机", "读物", "体质"], 1.0),  # 和 joins examples too
    ("具体管哪几样?", ["作业", "睡眠", "手机"], 0.0),  # no examples given
    ("像淄博那样的共同体有哪几种?", ["帮扶式", "联盟式", "集团式"], 0.0),  # a model place, no list of examples
    ("老录像、图像这些资料还留着哪些?", ["录像", "图像"], 0.0),  # the 像 of 录像, 图像 gives no example
])
def test_examples_the_asker_gives_point_at_the_list(question: str, items: list[str], share: float) -> None:
    from assistant.compose import _examples_met

    assert _examples_met(question, items) == pytest.approx(share)


@pytest.mark.parametrize("question,before,named", [
    ("联盟把“教育局长研究”拆成了哪些题目?", "教育局长研究包括", True),  # the quoted phrase is the list's subject
    ("联盟把“教育局长研究”拆成了哪些题目?", "联盟的工作主要有", False),  # another subject
    ("联盟把教育局长研究拆成了哪些题目?", "教育局长研究包括", False),  # not quoted
    ("联盟把“教育局长研究”拆成了哪些题目?", "联盟除教育局长研究还有", False),  # things besides it
])
def test_a_list_whose_subject_the_question_quotes(question: str, before: str, named: bool) -> None:
    from assistant.compose import _introduced_by_quoted

    assert _introduced_by_quoted(question, before) is named


@pytest.mark.parametrize("question,texts,names", [
    # the sources name the quoted scheme right after the quote; later sentences call it by that name alone
    ("余杭“1388”这个计划拆成了哪几个方面?", ["发布教育高质量发展“1388”奋进计划,全面开启…"], ("奋进计划",)),
    ("“管办助评”是怎么回事?", ["“管办助评”释放学校办学活力"], ()),  # no scheme noun after it: no name
])
def test_the_name_the_sources_give_a_quoted_scheme(question: str, texts: list[str], names: tuple[str, ...]) -> None:
    from assistant.compose import _introduced_by_quoted, quoted_names

    assert quoted_names(question, texts) == names
    if names:
        assert _introduced_by_quoted(question, "简单而言," + names[0] + "分为", names)
        assert not _introduced_by_quoted(question, "简单而言," + names[0] + "分为")


@pytest.mark.parametrize("kind,excludes", [
    ("题目", False), ("议题", False), ("主题", False),  # what something is about: any list on the subject
    ("方面", False), ("", False),  # a generic kind, no kind
    ("工程", True), ("模式", True),
    ("样式", True),  # a form (the same thesaurus class, another group) is a kind of its own
    ("板块", False), ("部分", False),  # a part of a whole: whatever the text divides the whole into
    ("变化", True),  # a change: only items written as states reached answer it (`compose.CHANGE_REACHED_RE`)
])
def test_a_kind_that_rules_out_lists_of_other_things(kind: str, excludes: bool) -> None:
    from assistant.enumerations import excludes_other_kinds

    assert excludes_other_kinds(kind) is excludes


@pytest.mark.parametrize("items,closing,kind,topic,other", [
    # items closed by 的 + one noun describe that thing: not things of the kind asked
    (["打造资源共享", "优势互补", "合作共赢"], "的教育发展联盟", "工程", ["资源", "工程"], True),
    (["推动形成优质学校主动辐射引领", "结对学校自主发展", "校长教师积极参与的良好氛围"], "", "好处", ["协作", "好处"], True),
    (["推动形成优质学校主动辐射引领", "结对学校自主发展", "校长教师积极参与的良好氛围"], "", "事", ["借鉴"], False),
    (["课前", "课中", "课后各环节的教育教学新模式"], "", "模式", ["模式"], False),  # the noun is the kind asked
    # …or the thing the question asks about: its qualities are what is asked
    (["资源充裕", "公平开放", "选择多元"], "的现代基础教育体系", "特点", ["现代", "体系", "特点"], False),
    (["评优选先倾斜", "职称评定倾斜", "提拔任用优先"], "等在内的各类激励机制", "好处", [], False),  # no 的 closing it
    (["资源共享", "优势互补", "合作共赢"], "的教育发展联盟", "", [], False),  # no kind asked: nothing to tell apart
    (["学生的需求", "教师的需求", "家长的需求"], "", "需求", [], False),  # 的 in every item is their own wording
])
def test_a_list_describing_another_thing_is_no_list_of_the_asked_kind(items: list[str], closing: str, kind: str,
                                                                      topic: list[str], other: bool) -> None:
    from assistant.compose import _describes_another

    assert _describes_another(items, closing, kind, topic) is other


@pytest.mark.parametrize("question,before,divided", [
    ("余杭那个奋进计划,按内容拆开来是哪几块?", "简单而言,奋进计划分为", True),  # parts asked, parts stated
    ("余杭那个奋进计划,按内容拆开来是哪几块?", "全面开启教育", False),  # a list after another verb
    ("奋进计划由哪几块组成?", "奋进计划包括", True),
    ("奋进计划有哪几块?", "简单而言,奋进计划分为", False),  # no dividing asked
    ("亳州大的方面分了哪几块来干?", "简单而言,奋进计划分为", False),  # a bare 分 of a programme's parts
])
def test_a_list_after_a_verb_of_dividing_answers_what_a_whole_divides_into(question: str, before: str, divided: bool) -> None:
    from assistant.compose import _divided_as_asked

    assert _divided_as_asked(question, before) is divided


def test_a_whole_asked_by_its_parts_is_answered_by_the_list_a_verb_of_dividing_introduces(assistant) -> None:
    """"它具体分成哪几块?" after an answer about when 余杭's plan was published: the sentence publishing it writes a
    list too (大变样、大奋进、大跨越), and shares every word carried over; the parts asked are the list 分为 introduces."""
    history = [Message(role="user", content="余杭那个“1388”计划哪年发布的?"),
               Message(role="assistant", content="2021年8月,杭州市余杭区正式发布教育高质量发展“1388”奋进计划。")]
    answer = assistant.ask("它具体分成哪几块?", history=history)
    lead = answer.answer.split("\n\n")[1]
    assert "奋进筑基" in lead and "大奋进" not in lead, answer.answer


@pytest.mark.parametrize("question,overall", [
    ("芦溪推均衡,整体上是从哪几头使劲的?", True), ("泰州总的来说分了哪几步?", True), ("亳州从大的方面抓了哪几条线?", True),
    ("上城的整体改革有哪几条?", False),  # 整体 modifying a noun says what is asked about, not how broadly
    ("把合作内容一项项列给我。", True), ("那几条原则逐条念给我听。", True),  # the items one by one
    ("一个个学校都要去看吗?", False),  # a count word twice is one by one only with a classifier of items
    # a count of main items (大 before a generic kind) asks the document's own items
    ("那一块整体上安排了哪几件大事?", True), ("那篇材料是按哪几个大点展开来写的?", True), ("计划分成了哪几大块?", True),
    ("这是件大事吗?", False), ("哪几所大学参与了?", False),  # 大 of a noun of its own (大学) is no count of main items
    # a word of wholeness before the verb of the asking clause, or a word of summing up, asks overall too
    ("那份初中方案里队伍素质这一块,整体安排了哪几项?", True), ("桐庐跟研究院合作,总的想达到哪些效果?", True),
    ("定西借力外部这一块,总共抓了哪几方面?", True), ("他们搞协作的特色做法,归纳起来是哪几条?", True),
    ("泰州要把各校办学条件整体提起来,靠的是哪两手?", False),  # in another clause: what is raised
    # a word of wholeness as the subject of a how-question: the whole is to be laid out
    ("上城那套改革,整体是怎么布局的?主要抓了几条?", True), ("总体上如何安排的?", True), ("亳州的经验是哪几大条?", True),
    ("总体目标是怎么定的?", False),  # before a noun: what is asked about
    # a bare 几 after a summing-up word counts the items summed up, as 哪几 does; a whole's trunk asks its main strands
    ("那篇文章给出的办法归拢起来有几条?", True), ("它那套打法的主干是哪几条?", True),
    ("归拢起来有多少人?", False),  # a figure, no items
    ("淄博总共有几种共同体模式?", False),  # a bare 几 after 总共: an ordinary count of kinds
])
def test_a_question_asked_overall(question: str, overall: bool) -> None:
    from assistant import cues
    from assistant.intent import asked_overall

    assert bool(asked_overall(question) or cues.ONE_BY_ONE_RE.search(question)) == overall


def test_a_list_asked_overall_is_the_documents_own_items(assistant) -> None:
    """"…推义务教育均衡,整体上是从哪几头使劲的?": the sentence stating the goal reached lists four qualities of the
    balance (机会均等、条件一流…) and shares the question's words; asked overall, the parts are the document's own
    items (推进标准化建设, 推进法治化建设, 推进公平化建设)."""
    answer = assistant.ask("芦溪这几年推义务教育均衡,整体上是从哪几头使劲的?")
    assert "推进标准化建设" in answer.answer and "机会均等" not in answer.answer.split("\n\n")[1], answer.answer


@pytest.mark.parametrize("items,asking,topics", [
    (["为什么要做“提质强校”工程", "这是一个什么项目", "怎么样来做这个项目"], "双方要做哪些方面的工作?", False),
    (["为什么要做“提质强校”工程", "这是一个什么项目", "怎么样来做这个项目"], "方院长从哪几个方面阐述的?", True),
    (["编制三年发展规划", "建立教师成长规划", "开展课程建设"], "双方要做哪些方面的工作?", True),  # things done
    # said, but of a kind no topic is: targets are no questions a speech went through
    (["为什么要做“提质强校”工程", "这是一个什么项目", "怎么样来做这个项目"], "徐局长说项目能让学校实现哪几个目标?", False),
    (["为什么要做“提质强校”工程", "这是一个什么项目", "怎么样来做这个项目"], "方院长讲了哪几个问题?", True),
])
def test_items_that_are_questions_answer_only_what_was_discussed(items: list[str], asking: str, topics: bool) -> None:
    """An enumeration of questions ("从为什么要做…、这是一个什么项目…等三个方面阐述") lists what a speaker takes up:
    it is a candidate list only for a question about what was said or discussed (`compose._inline_list`)."""
    from assistant.compose import _topics_taken_up

    from assistant.enumerations import asked_kind

    assert _topics_taken_up(items, asking, asked_kind(asking)) is not topics


def test_a_whole_documents_parts_asked_by_a_kind_of_their_own_are_its_list_of_that_kind(assistant) -> None:
    """"通篇主干上安排了哪几项行动": the document's own list of actions, wherever its outline puts it, not its
    top-level sections (those answer "通篇分几大块")."""
    kinded = assistant.ask("那个区的初中行动方案,通篇主干上一共安排了哪几项行动?").answer
    parts = assistant.ask("那个区的初中行动方案通篇分几大块讲的?").answer
    lead = kinded.split("\n\n")[1]
    assert "五项行动" in lead and "师资素质优化行动" in lead and "指导思想" not in lead, kinded
    assert "指导思想" in parts.split("\n\n")[1], parts


@pytest.mark.parametrize("target,named", [
    ("扩大线上教育资源供给有利于教育服务供给创新", "教育服务供给创新"),  # the whole name
    ("教育服务供给创新", "教育服务供给创新"),  # without the opening the list's items share
    ("有利于服务供给创新", "教育服务供给创新"),  # shortened further by the asker
    ("有利于", ""),  # too short to name anything surely
    ("扩大线上教育资源供给", ""),  # held by every sibling alike: no one item
])
def test_items_a_previous_answers_item_names(assistant, target: str, named: str) -> None:
    from assistant.compose import _items_named
    from assistant.outline import item_name

    found = _items_named(assistant.retriever.outline("digital-education-resources"), target)
    names = {item_name(m.label or m.unit.head) for m in found}
    assert (len(names) == 1 and named in names.pop()) if named else not found, names


def test_a_drill_pointing_at_an_item_finds_inside_it_what_its_other_words_ask(assistant) -> None:
    """"讲服务供给创新那条,…跟什么融合?" after the engine's own list: the item is resolved by the words pointing at
    it (the outline item whose name holds them), and its paragraph's clause stating the rest of the question's
    words is quoted; the pointing words count for finding the item, not for what is asked inside it."""
    first = "线上资源那篇文章说,多供给线上资源有哪些好处?"
    said = assistant.ask(first).answer
    history = [Message(role="user", content=first), Message(role="assistant", content=said)]
    answer = assistant.ask("讲服务供给创新那条,学校的线上教育要跟什么融合?", history=history).answer
    assert "教育服务供给创新”" in answer and "社会线上教育资源的融合" in answer, answer
    # asked how the item is put, with no words of its own: its paragraph's sentences after its opening say it
    put = assistant.ask("服务供给创新那条怎么讲的?", history=history).answer
    assert "新型供给机制" in put and "社会线上教育资源的融合" in put, put


def test_a_list_of_what_was_done_is_not_the_questions_a_speech_took_up(assistant) -> None:
    done = assistant.ask("桐庐请了研究院进校帮扶,那双方围着试点校要做哪些方面的工作?").answer
    said = assistant.ask("方院长在签约仪式上从哪几个方面阐述了提质强校工程?").answer
    assert "编制三年发展规划" in done.split("\n\n")[1] and "为什么要做" not in done.split("\n\n")[1], done
    assert "为什么要做" in said.split("\n\n")[1], said


@pytest.mark.parametrize("question", [
    "淄博的帮扶式共同体有哪些工作机制?",
    # a state reached after the kind predicates it: the kind is 机制, not the doing after it
    "淄博的帮扶式共同体靠哪几样机制常态化运作?",
])
def test_a_list_closed_by_its_modified_kind_is_of_that_kind(assistant, question: str) -> None:
    # "…课题引领、网络教研、空中课堂、校干教师交流、特色共享等工作机制": 等 and a word modifying the generic kind
    # (机制) name the items, as surely as a kind of its own would; the clauses of another sentence are no mechanisms
    lead = assistant.ask(question).answer.split("\n\n")[1]
    assert all(item in lead for item in ("课题引领", "网络教研", "空中课堂", "校干教师交流", "特色共享")), lead


@pytest.mark.parametrize("question,names,opened", [
    # the verb before the question word opens every item: the things done so
    ("到底统哪几样?", ["统筹招生培养", "统筹教师资源", "统筹课程建设"], True),
    ("要统筹哪几样?", ["统筹招生培养", "统筹教师资源"], True),
    ("到底统哪几样?", ["加强品牌引领", "加强管理引领"], False),
    ("到底统哪几样?", ["统筹招生培养", "加强管理引领"], False),  # not every item
])
def test_a_verb_before_the_question_word_opening_every_item(question: str, names: list[str], opened: bool) -> None:
    from assistant.compose import _opened_by_asked_verb

    assert _opened_by_asked_verb(question, names) is opened


@pytest.mark.parametrize("question,before,introduced", [
    # the verb whose objects are asked (…做到的是哪几点) written right before the list
    ("他说要做到的是哪几点?", "徐局长认为…再迈新台阶,做到“", True),
    ("他说要做到的是哪几点?", "徐局长认为…再迈新台阶,做到", True),
    ("他说要做到的是哪几点?", "期待通过三年的努力,实现", False),  # another verb
    ("他说的是哪几点?", "做到“", False),  # no verb of the question's own before 的是
])
def test_the_verb_the_question_asks_the_objects_of_introduces_the_list(question: str, before: str, introduced: bool) -> None:
    from assistant.compose import _introduced_by_asked_verb

    assert _introduced_by_asked_verb(question, before) is introduced


@pytest.mark.parametrize("question,expected", [
    # a section titled as courses of action (…的创新路径) lists the ways asked by any word for them
    ("余杭GDP在全省数一数二,娃上好学照样难。那篇课题文章给出的破解办法归拢起来有几条?", "全面拓展优质教育资源战略合作"),
    # a whole's parts asked by 几大块 after a verb of splitting (拆开)
    ("下个月省里来调研,我得讲讲外地怎么干的。亳州那篇文章总体思路拆开是几大块?各块落脚点在哪?", "加强教师队伍建设"),
    # a whole's trunk (主干) asks its main strands: the case's top-level measures
    ("常委会上要我说说泰州的均衡路子。它那套打法的主干是哪几条,能一条一句概括吗?", "集聚三方面合力"),
    # each of the parts asked by the part's word (每方面): the parts are still what is wanted
    ("芦溪把县域均衡这摊事归成了哪几个方面?每方面在什么字眼上使劲、要推进啥?", "在“办”字上下功夫"),
    # the verb asked (做到) right before the list names it
    ("桐庐分管副局长在签约会上说,这项目能让各层面学校再上个台阶。他说要做到的是哪几点?", "打造品牌、提升品质、促进均衡"),
])
def test_a_list_named_by_how_the_question_words_its_parts(assistant, question: str, expected: str) -> None:
    lead = assistant.ask(question).answer.split("\n\n")[1]
    assert expected in lead, lead


@pytest.mark.parametrize("question,title,only", [
    ("亳州办农民家门口的学校,从大的方面一共抓了哪几条线?", "安徽省亳州市:办好农民家门口的学校", True),
    ("亳州办农村学校,抓了哪几条线?", "安徽省亳州市:办好农民家门口的学校", False),  # 农村学校 is no stretch of the title
    ("亳州千所村小提升工程有哪几项?", "安徽省亳州市:办好农民家门口的学校", False),
    # the verb of starting closing "从哪几头下手" says where the work begins: it names no subject
    ("亳州办家门口的学校,是从哪几头同时下手的?", "安徽省亳州市:办好农民家门口的学校", True),
    ("亳州办家门口的学校,从哪几方面入手?", "安徽省亳州市:办好农民家门口的学校", True),
    ("亳州办家门口的学校,下手狠不狠?", "安徽省亳州市:办好农民家门口的学校", False),  # no 从哪… frame: 下手 is a word of its own
    # the asker's scene before the sentence that asks names no subject of the document
    ("市里要我们把乡下的学校办好。亳州那篇经验是从哪几头下手的?", "安徽省亳州市:办好农民家门口的学校", True),
    ("市里要我们把乡下的学校办好。亳州那篇经验是从哪几头下手的呢?", "安徽省亳州市:办好农民家门口的学校", True),
    ("市里要我们把乡下的学校办好。亳州办农村学校,抓了哪几条线?", "安徽省亳州市:办好农民家门口的学校", False),
    # (items the asking sentence qualifies, 线上上课的办法, are a kind of its own; an English question's words are
    # translations, none of them written in it)
    ("我们山里学校缺老师。数字教育资源那篇文章说可以靠哪些线上上课的办法补上?",
     "优质数字教育资源服务区域基础教育高质量发展的机制建设", False),
    ("Which three cross-county partnership groups did Dingxi build?", "定西市深化区域教育协作促进基础教育高质量发展", False),
])
def test_a_question_naming_only_its_document(assistant, question: str, title: str, only: bool) -> None:
    from types import SimpleNamespace

    from assistant.compose import _names_only_its_document

    case = SimpleNamespace(passages=[SimpleNamespace(chunk=SimpleNamespace(title=title))])
    assert _names_only_its_document(assistant.analyze(question, None), case) is only


@pytest.mark.parametrize("question,framed", [
    ("上城要在哪几头上都体现服务?", True),  # asked inside 在…上, written inside it
    ("上城要在哪些方面体现服务?", False),  # no frame asked
    ("上城的孩子在哪上学?", False),  # 上学 is no frame
])
def test_a_list_written_in_the_frame_the_question_asks_in(question: str, framed: bool) -> None:
    from assistant.compose import _in_asked_frame
    from assistant.enumerations import inline_lists

    text = "无论是在机构设置、职责设定还是工作方式上,都突出为学生、教师、学校发展服务的理念。"
    first, second = inline_lists(text)[:2]
    assert _in_asked_frame(question, first) == framed and not _in_asked_frame(question, second)


@pytest.mark.parametrize("question,asked", [
    ("泰州拿什么当根本、靠什么做动力?", True),  # two roles of the repeated frame named: that list is pointed at
    ("泰州推均衡的根本是什么?", False),  # one role is a word of anything
    ("泰州推均衡有哪几条?", False),
])
def test_a_list_whose_roles_the_question_names(question: str, asked: bool) -> None:
    from assistant.compose import _in_asked_frame
    from assistant.enumerations import inline_lists

    text = "泰州市以促进教育公平为根本,以深化改革创新为动力,以加快信息化建设为手段,全面推进义务教育优质均衡发展。"
    framed = [f for f in inline_lists(text) if f.roles]
    assert len(framed) == 1 and _in_asked_frame(question, framed[0]) is asked


def test_a_list_of_roles_names_each_item_with_its_role(assistant) -> None:
    """"拿什么当根本、靠什么做动力、用什么当手段" asks what fills 以A为根本,以B为动力,以C为手段: the lead names each."""
    answer = assistant.ask("泰州推均衡,拿什么当根本、靠什么做动力、用什么当手段?这三样分别是啥?").answer
    assert "促进教育公平(根本)、深化改革创新(动力)、加快信息化建设(手段)" in answer, answer
    # one of the roles is the kind another question asks (手段): the list, each item its own role, is of no one kind;
    # the ways written in the named part's own paragraph ("融合型发展…通过组建名校集团…等举措") are the ones asked
    answer = assistant.ask("泰州那一块说融合型发展,具体是靠哪些手段的?").answer
    assert "(手段)" not in answer and "组建名校集团" in answer, answer


@pytest.mark.parametrize("head,number", [("二是如何引进人才?", 2), ("3 .坚持共建共享。", 3), ("(四)优化布局", 4), ("坚持特色发展。", 0)])
def test_an_item_carries_its_own_number(head: str, number: int) -> None:
    from assistant.compose import _enumerator

    assert _enumerator(head) == number


def test_a_question_listed_by_the_text_is_answered_where_the_text_answers_it(assistant: Assistant) -> None:
    """"一是引进哪些人才?二是如何引进人才?三是如何留住人才?首先,…其次,…": the text answers its questions in order,
    so the first question's answer is the sentence opening with 首先, the second's with 其次; the count phrase of a
    list of two says 两, not 二."""
    history = [Message(role="user", content="余杭那篇说人才引进要先想清楚哪几个问题?"),
               Message(role="assistant", content="一是引进哪些人才?二是如何引进人才?三是如何留住人才?")]
    first = assistant.ask("第一个问题它怎么回答的?", history=history)
    assert "名校毕业生" in first.answer and not first.abstained
    second = assistant.ask("第二个问题呢?", history=history)
    assert "其次" in second.answer and "一人一议" in second.answer
    listed = assistant.ask("余杭说要引进人才,得先想清楚哪几个问题?")
    assert "共三个问题:引进哪些人才、如何引进人才、如何留住人才" in listed.answer


def test_a_summing_up_list_question_falls_back_to_its_best_sentences(assistant: Assistant, monkeypatch) -> None:
    """"…上下了哪些本钱,帮我捋一捋?": when neither the document's sections nor any of its lists fits, the question is
    still answered by its best sentences, never by an empty composition (which the engine would report as no
    evidence although the evidence check passed)."""
    from assistant import compose as composing

    ctx = assistant.context("亳州在教师队伍上下了哪些本钱,帮我捋一捋?")
    assert not isinstance(ctx, Answer) and ctx.intent.sums_up and ctx.intent.answer_type == "list"
    monkeypatch.setattr(composing, "_measures", lambda *a, **k: ("", []))
    monkeypatch.setattr(composing, "_list", lambda *a, **k: ("", []))
    done = composing.compose(ctx.intent, ctx.passages, ctx.scored, ctx.weights, ctx.outline, ctx.names)
    assert "亳州" in done.text and done.units


@pytest.mark.parametrize("followup,inside", [("那具体能评学生哪些方面?", True), ("其他几个方面呢?", False)])
def test_a_drill_in_lists_inside_what_was_said_a_continuation_lists_its_siblings(assistant: Assistant, followup: str,
                                                                                  inside: bool) -> None:
    """After an answer quoting one item of a list (线上教育 helps evaluation), "具体…哪些方面" asks for the list inside
    that item's paragraph (学业成绩、…、兴趣爱好); "其他几个方面呢" asks for the item's siblings."""
    history = [Message(role="user", content="数字资源那篇说线上教育对评价改革有什么作用?"),
               Message(role="assistant", content="发展线上教育有利于提升教育评价的科学性、专业性和客观性,改变简单以考分排名评价师生、评价学校的传统做法。")]
    answer = assistant.ask(followup, history=history)
    lead = (answer.answer.split("\n\n") + [""])[1]  # the line naming the list's items
    assert not answer.abstained and ("兴趣爱好" in lead) == inside and ("均等化" in lead) == (not inside)


def _best_fixture(text: str) -> tuple:
    from assistant.compose import _Cites
    from assistant.schema import Passage
    from index.schema import Chunk

    chunk = Chunk(chunk_id="c1", case_id="zibo", name="淄博市", title="意见", kind="case", region="", source="zibo.md",
                  heading="", start=0, end=len(text), text=text)
    passage = Passage(chunk=chunk, score=1.0)
    return {1: passage}, _Cites([passage])


BEST_SOURCE = "共同体分三种。一是帮扶式。二是联盟式。城乡学校可开展纵向评价和横向评价。全国教育局长研究联盟定位。"


def _span(sentence: str) -> tuple[int, int]:
    at = BEST_SOURCE.index(sentence)
    return at, at + len(sentence)


EVALUATION, HELP, ALLIANCE = "城乡学校可开展纵向评价和横向评价。", "一是帮扶式。", "全国教育局长研究联盟定位。"


@pytest.mark.parametrize("best, used, answer, added, why", [
    # the structure answered with another list: the best-ranked sentence follows it
    ((EVALUATION, 0.6, False, False), [HELP, "二是联盟式。"], "共两项:帮扶式、联盟式。", True, "left out: added"),
    ((EVALUATION, 0.6, False, False), [EVALUATION], "共一项。", False, "already quoted"),
    ((ALLIANCE, 0.6, False, False), [HELP], "“全国教育局长研究联盟定位”共五个关键字", False, "its words already said (the list's heading)"),
    ((EVALUATION, 0.0, False, False), [HELP], "共两项。", False, "states none of the question's words"),
    ((EVALUATION, 0.6, True, False), [HELP], "共两项。", False, "rhetoric is no answer"),
    ((EVALUATION, 0.6, False, True), [HELP], "共两项。", False, "a caption is no answer"),
])
def test_a_structured_answer_keeps_the_best_ranked_sentence(best, used, answer, added, why) -> None:
    from assistant.compose import BEST_HEAD, _with_best
    from assistant.intent import QueryIntent
    from assistant.sentences import Unit

    by_no, cites = _best_fixture(BEST_SOURCE)
    sentence, cov, rhetoric, caption = best
    top = Unit(1, "zibo", *_span(sentence), sentence, coverage=cov, rhetoric=rhetoric, caption=caption, score=2.0)
    chosen = [Unit(1, "zibo", *_span(u), u) for u in used]
    text, units = _with_best(QueryIntent("问题", "问题", places=["zibo"]), answer, chosen, [top], by_no, cites)
    assert (BEST_HEAD["zh"] in text) is added, why
    assert (f"{BEST_HEAD['zh']}\n\n{sentence}[1]" in text) is added, why  # quoted whole, with its citation
    assert len(units) == len(chosen) + added


@pytest.mark.parametrize("question", [
    "桐庐和余杭在引进外部资源上有什么不同?",  # a comparison quotes per place
    "哪些地方建立了教育集团?",  # one bullet per place
    "初中方案的第二个行动里都有些啥?",  # a part asked by its position: its own items answer
    "定西给支教老师每月补助多少钱?",  # a fact answer opens with its best sentence already
])
def test_only_a_structured_answer_adds_the_best_ranked_sentence(assistant: Assistant, question: str) -> None:
    from assistant.compose import BEST_HEAD

    answer = assistant.ask(question)
    assert not answer.abstained and BEST_HEAD["zh"] not in answer.answer


@pytest.mark.parametrize("question,items", [
    # a part asked as a whole by its position is answered by its own items, not by its siblings' titles
    ("芦溪那篇第二部分讲了什么?", ["落实立德树人", "实施科研兴教", "强化标准管理"]),
    ("泰州那篇第一部分讲的啥?", ["第一阶段", "第二阶段"]),
    # a list asked of a part named by its position: that part's own measures, not an enumeration of figures in it
    ("亳州那篇第三部分,为师资均衡配置都做了哪几件事?", ["素质提升", "专项培训计划", "层级遴选机制"]),
])
def test_a_part_asked_as_a_whole_is_answered_by_its_items(assistant: Assistant, question: str, items: list[str]) -> None:
    answer = assistant.ask(question)
    assert not answer.abstained and all(i in answer.answer for i in items), answer.answer
    assert "在“管”字上下功夫" not in answer.answer  # a sibling part


@pytest.mark.parametrize("question,lead,not_lead", [
    # the question names one item of a list word for word (学校层面): the list asked is that item's own
    ("泰州要求学校层面做哪几件事?", ["校本课程开发", "特殊群体关爱"], ["政府层面、部门层面"]),
    ("泰州部门层面要推进哪些工作?", ["学校管理标准化", "教育教学信息化"], ["校本课程开发"]),
    # the lists the named item's siblings introduce (部门层面推进学校管理标准化…) are theirs, whatever words they share
    ("泰州的三方面合力里,学校层面要做哪几项?", ["校本课程开发", "特殊群体关爱"], ["学校管理标准化"]),
    # a phrase the question shares with what introduces a list is no named item: the list of the subject stays
    ("定西的区域教育协作体有哪几个?", ["临洮县与渭源县"], ["教育管理、课程建设"]),
    # the kind closes the running-text list after a count of 多 ("…等多种模式"); a doing before 的 modifies it
    ("定西依托三个县区的优质教育资源,健全了哪几种协作的模式?", ["多校协同、区域组团、同学段联盟、跨学段联合"], ["临洮县与渭源县"]),
    # a named part (帮扶式共同体) and a kind asked of it: the list its running text closes with that kind
    ("淄博的帮扶式共同体要在内部搭起哪些工作机制?", ["课题引领", "特色共享"], []),
])
def test_a_list_asked_inside_one_named_item_is_that_items_own(assistant: Assistant, question: str, lead: list[str],
                                                               not_lead: list[str]) -> None:
    first = assistant.ask(question).answer.split("\n\n")[1]  # the lead, after the case's label
    assert all(i in first for i in lead) and not any(i in first for i in not_lead), first


@pytest.mark.parametrize("question,left", [
    # the items set aside by what tells them apart leave one: that one is asked inside
    ("政府、部门那两头之外,轮到学校头上的任务有哪几项?", "学校层面"),
    ("除了政府层面,另外两个层面做什么?", ""),  # two are left: no one item is asked
    ("学校层面做什么?", ""),  # nothing set aside
])
def test_the_one_item_left_when_the_others_are_set_aside(question: str, left: str) -> None:
    from assistant.compose import _left_over

    assert _left_over(question, ["政府层面", "部门层面", "学校层面"], 2) == left


def test_a_part_whose_name_quotes_words_is_named_by_a_question_writing_it(assistant: Assistant) -> None:
    """The question writes the name with its quotation marks (在“办”字上下功夫): it still names that part."""
    named = assistant.retriever.outline("luxi").named_in("芦溪在“办”字上下功夫,具体有哪几项?")
    assert [m.unit.head or m.unit.text for m in named] == ["二、在“办”字上下功夫,推进法治化建设。"]


def test_a_comparison_row_from_the_outline_quotes_each_sentence_once() -> None:
    """An outline lists a sentence once per level it heads (a section and its first item); a comparison row drawn
    from the outline (its best sentences say too little) quotes it once (`compose._comparison`)."""
    from assistant.compose import _Cites, _comparison
    from assistant.intent import QueryIntent
    from assistant.outline import CaseOutline, Measure
    from assistant.schema import Passage
    from assistant.sentences import Unit
    from index.schema import Chunk

    text = "提升校长专业领导能力。深化校长学习共同体建设。优化学校师资配置。"
    chunk = Chunk(chunk_id="c1", case_id="plan", name="方案", title="t", kind="case", region="r", source="s",
                  heading="h", start=0, end=len(text), text=text)
    passage = Passage(chunk=chunk, score=1.0)
    head = Unit(1, "plan", 0, 22, text[:22])
    outline = CaseOutline("plan", [passage], [Measure("h", "", head, True, level="heading"),
                                              Measure("h", "", head, True), Measure("h", "", Unit(1, "plan", 22, 31, text[22:]), True)])
    intent = QueryIntent(question="方案和上城在校长上各怎么做?", query="", answer_type="method", places=["plan"], comparative=True,
                         terms=["校长"])
    from types import SimpleNamespace

    weights = SimpleNamespace(idf=lambda term: 1.0, unknown=lambda term: False)  # every word equally rare
    table, used = _comparison(intent, [], {1: passage}, _Cites([passage]), weights, lambda cid: outline, {"plan": "方案"})
    assert table.count("提升校长专业领导能力") == 1, table


@pytest.mark.parametrize("question,not_lead", [
    # a quoted run of one-character items is a slogan (“比、学、赶、超”氛围): no list of the kind asked
    ("亳州搞标准化学校,为了让各县区你追我赶,设计了哪些机制?", ":比、学、赶、超"),
    # a repeated thing cut inside its phrase names nothing (改进教师 of 改进教师培养培训方式)
    ("初中方案师资那一块分了哪几条?", ":改进教师、"),
])
def test_a_list_lead_names_no_fragments(assistant: Assistant, question: str, not_lead: str) -> None:
    answer = assistant.ask(question)
    assert not answer.abstained and answer.claims, answer.answer[:300]
    assert not_lead not in answer.answer, answer.answer[:300]


def test_a_typed_drill_into_an_item_quotes_the_items_sentence_of_that_kind(assistant: Assistant) -> None:
    """"第一项里要新成立个啥机构?" after the three 意义 of 余杭's plan: the first item's paragraph names the body."""
    from assistant.schema import Message

    history = [Message(role="user", content="余杭奋进计划说有哪三项重大意义?"),
               Message(role="assistant", content="打造“未来教育”高地,构建现代基础教育体系,实现教育优质均衡发展。")]
    answer = assistant.ask("第一项里要新成立个啥机构?", history=history)
    assert not answer.abstained and "未来教育研究院" in answer.answer, answer.answer[:300]


@pytest.mark.parametrize("question,abstains,holds", [
    # a place the asker wants to learn from, referred back to (那边), is the place asked about: not in the corpus
    ("我们区想学海淀的集团化办学,那边有哪些办学模式?", True, "海淀"),
    ("我们县准备学成都的做法,那边的教师交流每人每年补助多少钱?", True, "成都"),
    # a closing request leaves what is wanted to the statement: the six schools' names, which no case lists
    ("我想知道定西结对的那6所初中分别是哪几所。你能列出来吗?", True, "6所初中"),
    ("定西评上98所家庭教育示范学校,都有哪些?", True, "98所"),  # 评上 is no rough amount
    # a verb of reaching the end names no action of its own: the duration is the subject's
    ("亳州的音体美教师专项培训计划要用多长时间完成?", False, "3年"),
    ("定西骨干教师去协作县交流多长时间才能回来?", False, "1年"),
    ("初中方案里新入职的老师在城镇学校得待多久才回去?", False, "三年"),  # 回去, as 回来
    # doings are options only when the question names their kind (渠道)
    ("淄博的帮扶是派老师下乡还是让学生进城?", False, "下乡"),
    # a question setting a named item aside asks the rest of its list
    ("定西的区域协作体,除了“临洮县与渭源县”,另外两个是哪两个?", False, "安定区、市一中与漳县"),
    # a word in a simile is not the thing asked
    ("淄博的名校教育集团是不是像教代会那样设了决策机构?", False, "决策机构"),
])
def test_readings_kept_narrow(assistant: Assistant, question: str, abstains: bool, holds: str) -> None:
    """Counter-examples to over-broad readings: each rule applies only where its principle does."""
    answer = assistant.ask(question)
    assert answer.abstained == abstains and holds in answer.answer, answer.answer[:300]


SHORT_NAME_ROWS = [
    # (sentence, people named by surname and post only)
    ("季局长介绍了本次合作项目的背景与重要意义。", [("季", "局长")]),
    ("季副局长对下一阶段工作进行布置。", [("季", "局长")]),  # 副 between surname and post
    ("签约仪式由桐庐教育局徐志强副局长主持。", []),  # a full name
    ("会上局长强调,要抓好落实。", []),  # a post with no surname
]


@pytest.mark.parametrize("sentence,named", SHORT_NAME_ROWS)
def test_people_named_by_surname_and_post(sentence: str, named: list[tuple[str, str]]) -> None:
    from assistant.compose import short_names

    assert short_names(sentence) == named


FULL_NAME_ROWS = [
    # (surname, post, text, the full name the text writes beside the post)
    ("季", "局长", "桐庐县教育局党委书记、局长季建平", "季建平"),  # a caption line: the name ends it
    ("季", "局长", "季建平局长在会上讲话。", "季建平"),  # the name before the post, opening its clause
    ("方", "院长", "21世纪教育研究院副院长方华、上海市杨浦区教育督导室责任督学包荣年", "方华"),
    ("季", "局长", "会上局长季强调,要抓好落实。", None),  # the surname's character before a verb is no name
    ("周", "局长", "局长周到地安排了参观。", None),  # a common word is no name
]


@pytest.mark.parametrize("surname,post,text,name", FULL_NAME_ROWS)
def test_a_full_name_is_written_beside_the_post(surname: str, post: str, text: str, name: str | None) -> None:
    from assistant.compose import full_name

    m = full_name(surname, post, text)
    assert (m and (m.group("name") or m.group("before"))) == name


def test_a_person_asked_and_quoted_by_surname_gets_the_full_name(assistant: Assistant) -> None:
    """"季局长介绍了…" answers who spoke; the case's own line "…局长季建平" says who that is, quoted and cited."""
    answer = assistant.ask("桐庐签约会上介绍合作背景的局领导叫什么名字?")
    assert not answer.abstained and "季局长介绍" in answer.answer
    assert "季局长:桐庐县教育局党委书记、局长季建平。[" in answer.answer
    check_citations(answer)
    assert any("季建平" in c.quote for c in answer.citations)


def test_an_english_question_on_the_parts_a_whole_divides_into_lists_them(assistant: Assistant) -> None:
    """"…broken down into four strands. What are they?": the pronoun asks of what the statement names; the list the
    sources introduce by a verb of dividing (奋进计划分为…等四个具体方面) is the one, not a three-item slogan beside it."""
    answer = assistant.ask("Yuhang's '1388' plan is broken down into four strands. What are they?")
    assert not answer.abstained
    assert "奋进筑基、奋进聚才、奋进合作、奋进登高" in answer.answer
    check_citations(answer)


@pytest.mark.parametrize("text, expected", [
    # the same sentence and marks twice in a row: said once
    ("第一阶段。[1]2014年通过认定。[1]2014年通过认定。[1]", "第一阶段。[1]2014年通过认定。[1]"),
    ("教师是立教之本。[5]教师是立教之本。[5]教师是立教之本。[5]", "教师是立教之本。[5]"),
    # the same words with another citation are two sources saying it: both stay
    ("经费保障到位。[1]经费保障到位。[2]", "经费保障到位。[1]经费保障到位。[2]"),
    # repeated, but not back to back: both stay (a list item and the closest passage below it)
    ("- 经费保障到位。[1]\n\n**最相关的原文**\n\n经费保障到位。[1]", "- 经费保障到位。[1]\n\n**最相关的原文**\n\n经费保障到位。[1]"),
    # a sentence ending like the one before it is another sentence: both stay
    ("前期经费保障到位。[1]经费保障到位。[1]", "前期经费保障到位。[1]经费保障到位。[1]"),
    ("- 经费保障到位。[1]经费保障到位。[1]", "- 经费保障到位。[1]"),
    ("", ""),
])
def test_a_cited_sentence_repeated_back_to_back_is_said_once(text: str, expected: str) -> None:
    from assistant.compose import without_repeats

    assert without_repeats(text) == expected


@pytest.mark.parametrize("unit_text, shown, expected", [
    # every sentence of the unit is already quoted in the outline: nothing new to add below it
    ("第一阶段,实现县域基本均衡。2014年,所有市(区)通过认定。", "- 三步走。[1]\n  - 第一阶段,实现县域基本均衡。[1]2014年,所有市(区)通过认定。[1]", True),
    # one sentence new: it adds something
    ("第一阶段,实现县域基本均衡。2015年,再推进一步。", "  - 第一阶段,实现县域基本均衡。[1]", False),
    # nothing of it shown
    ("近年来,泰州市全面推进义务教育优质均衡发展。", "- 三步走。[1]", False),
])
def test_an_outlines_detail_skips_a_unit_its_lines_already_quote(unit_text: str, shown: str, expected: bool) -> None:
    from assistant.compose import _all_shown
    from assistant.sentences import Unit

    assert _all_shown(Unit(1, "taizhou", 0, len(unit_text), unit_text), shown) is expected


@pytest.mark.parametrize("question,shown,not_shown", [
    # the step after the one named is asked: the following item of the list the case writes in order
    ("泰州分三步走搞均衡,各市区都过了基本均衡那一关以后,下一步瞄准的目标是啥?", "第二阶段,推进县域优质均衡", "第一阶段"),
    ("淄博推进实施阶段之后,接下来是什么阶段?", "深化完善阶段", "推进实施阶段"),  # named whole, its dates aside
    ("淄博的共同体建设,统筹谋划阶段之后下一步干什么?", "推进实施阶段", "统筹谋划阶段"),
])
def test_the_step_after_the_one_named(assistant, question: str, shown: str, not_shown: str) -> None:
    answer = assistant.ask(question).answer.split("**最相关的原文**")[0]
    assert shown in answer and not_shown not in answer, answer


def test_the_step_named_is_the_one_before_the_cue_not_the_scene(assistant) -> None:
    """"泰州分三步走搞均衡,…基本均衡那一关以后,下一步…": 三步走 sets the scene (the whole); the step named is in
    the clause before 下一步, so the answer is the second stage, not the second of the case's top-level parts."""
    answer = assistant.ask("泰州分三步走搞均衡,各市区都过了基本均衡那一关以后,下一步瞄准的目标是啥?").answer
    assert "坚持硬软件齐抓" not in answer.split("**最相关的原文**")[0], answer


@pytest.mark.parametrize("question,shown", [
    # a whole asked divided, even overall (几大块), is divided where a sentence writes it so (奋进计划分为…)
    ("余杭的奋进计划具体分成哪几大块?", "奋进筑基、奋进聚才、奋进合作、奋进登高"),
    # asked overall without dividing, the document's own items answer (not a list inside one sentence)
    ("芦溪这几年推义务教育均衡,整体上是从哪几头使劲的?", "推进标准化建设"),
])
def test_a_whole_divided_is_divided_where_a_sentence_writes_it(assistant, question: str, shown: str) -> None:
    answer = assistant.ask(question).answer
    assert shown in answer.split("\n\n")[1], answer


@pytest.mark.parametrize("question,history,lead", [
    # what the digits of a coded name stand for: the sentence quoting them one by one, each before what it counts
    ("余杭那个“1388”计划名字挺唬人,几个数字分别代表啥?", None, "锚定“1”个总目标"),
    ("我看编号末尾连着俩八,这两个数字各代表计划里的什么?",
     [{"role": "user", "content": "余杭二〇二一年发布的1388教育奋进计划,大体分几块来推?"},
      {"role": "assistant", "content": "分四块:奋进筑基、奋进聚才、奋进合作、奋进登高。"}], "突出“8”项重点指标"),
    # items opening with their position in a kind the question writes (分阶段…几个台阶) are the parts asked
    ("泰州说均衡是分阶段一级级往上爬的,一共几个台阶,每个台阶的目标叫啥?", None, "实现县域基本均衡、推进县域优质均衡"),
    # summed up, the document's top-level list, not the one inside its first item
    ("泰州中间的总体打法能归成几条?每条大意是啥?", None, "实施三步走战略、坚持硬软件齐抓"),
    ("我们市几个县均衡水平参差不齐,市长想要一个分阶段往上走的方案。泰州那份经验材料通篇是围着哪几条主线讲的?", None,
     "实施三步走战略、坚持硬软件齐抓"),  # (the stages of the asker's own plan ask no stages of the document)
    # a word of the document's title, which every part writes, names no kind of its parts
    ("余杭财政那么宽裕,可那篇课题文章说教育上的钱大头都砸在盖校舍这类硬件上了。哪几块因此顾不上?", None, "加快教学数字化改革"),
    # which place: the words' best sentence, not one case that meaning alone prefers
    ("听说有个区真把用人、花钱、添设备、开课程这些事的决定权都交给了学校,局里只管规划。这是哪个地方?", None, "上城区"),
    # one word no source writes (身心) beside four the sentence states word for word: the asker's wording
    ("有份材料讲关心孩子身心时,提出要把青少年健康护航工程用起来。这是哪份材料里写的?", None, "初中"),
])
def test_answers_read_the_documents_own_structure(assistant: Assistant, question: str, history: list | None, lead: str) -> None:
    answer = assistant.ask(question, history=history)
    assert not answer.abstained, answer.answer
    assert lead in answer.answer.split("\n\n")[1], answer.answer


@pytest.mark.parametrize("question", [
    "那份初中方案说要新建、改扩建一批初中。到底是哪几所学校?",  # 8所(含九年一贯制学校) names none
    "余杭教育局给学校亮过学位紧张的黄牌。亮牌以后,区里到底新增了多少个学位?",  # 40所学校 counts schools
    # strange words beside few the sentences state: no subject of the cases
    "有份材料讲关心孩子身心时,提出要给每个班配空气净化器。这是哪份材料里写的?",
    "哪个地方给中小学配了校车接送孩子上下学?",
    # the strange word in the clause that asks is the thing asked; words quoted from the sources identify no more
    "那篇文章说要探索“政府主导、社会参与、竞争提供、择优遴选”的机制,最后择优选中的资源供应商有哪几家?",
])
def test_counts_and_categories_answer_no_finer_detail(assistant: Assistant, question: str) -> None:
    assert assistant.ask(question).abstained


@pytest.mark.parametrize("question,case,edge", [
    ("淄博文件末尾给共同体撑了哪几道保障?", "zibo", "ending"),
    ("余杭那篇开头点出了教育上哪些老大难?", "yuhang", "opening"),
])
def test_the_asked_edge_of_a_document_is_among_the_passages(assistant: Assistant, question: str, case: str, edge: str) -> None:
    """Its first or last chunks are retrieved and marked as the edge, whatever the words find, after the passages the
    words found (their order, which the sentences' scores weigh, is kept)."""
    chunks = assistant.retriever.case_chunks(case)
    edge_ids = {c.chunk_id for c in (chunks[:3] if edge == "opening" else chunks[-3:])}
    passages = assistant.retriever.retrieve(question)
    marked = {p.chunk.chunk_id for p in passages if "edge" in p.ranks}
    assert marked == edge_ids, (marked, edge_ids)
    added = [p for p in passages if p.ranks == {"edge": 1}]  # (not found by the words: after those that were)
    assert passages[len(passages) - len(added):] == added


def test_a_list_at_the_asked_edge_is_the_one_asked(assistant: Assistant) -> None:
    answer = assistant.ask("我们也在组建校际共同体,怕搭起架子没人管没钱花。淄博文件末尾给共同体撑了哪几道保障?").answer
    assert "建立经费保障机制" in answer.split("\n\n")[1], answer


@pytest.mark.parametrize("question,lead", [
    # a position asked in the unit the question counts (第三步 of 第三阶段), its own members asked: the clauses under it
    ("泰州三步走里的第三步,具体从哪几个方面发力?", "推行名师片管校用全市域走教制度"),
    # the size and kind the question states (哪三个问题) name the list whose introduction states them (三点问题)
    ("余杭那篇文章讲引进人才,先得回答哪三个问题?", "引进哪些人才、如何引进人才、如何留住人才"),
    # the verb asked (自主确定的是哪几项) closing the clause after a list that opens its sentence: its fronted objects
    ("上城让学校自己确定的是哪几项?", "办学目标、发展路径、主要措施"),
    # groups of people by kind answer "有几类?分别是谁?"
    ("芦溪说要关注的特殊学生有几类?分别是谁?", "留守学生"),
    # an English count in education terms (district-level enrichment courses: 区级…拓展性课程)
    ("How many district-level enrichment courses does the junior school plan want developed?", "30门"),
])
def test_parts_asked_by_position_size_and_verb(assistant: Assistant, question: str, lead: str) -> None:
    answer = assistant.ask(question).answer
    assert lead in answer, answer
    assert answer.count("推行名师片管校用全市域走教制度") <= 1, answer  # each clause under the position quoted once


@pytest.mark.parametrize("question,history,shown", [
    # a light verb after a demonstrative points at the doing said: its source's own sentence answers what it brought
    ("这样一来,能落着什么实惠?",
     [{"role": "user", "content": "上城教育局在机构设置上做了什么调整?"},
      {"role": "assistant", "content": "设立了教育惠民服务中心,对外面向社会,对内发挥综合办公室职能,统筹协调各部门工作。"}],
     "减轻学校负担"),
    # a drill-down's own words (研究, 载体) say what is asked, not the words carried from the question before
    ("那这个中心具体以什么作为研究载体?",
     [{"role": "user", "content": "桐庐材料里说21世纪教育研究院为什么要成立地方教育研究中心?"},
      {"role": "assistant", "content": "研究院长期关注地方教育创新,为推动地方教育发展,决定成立地方教育研究中心。"}],
     "样本县"),
])
def test_a_followup_is_answered_by_what_it_asks_of_what_was_said(assistant: Assistant, question: str, history: list,
                                                                  shown: str) -> None:
    answer = assistant.ask(question, history=history)
    assert not answer.abstained, answer.answer
    assert shown in answer.answer.split("\n\n")[1], answer.answer


@pytest.mark.parametrize("question,history,lead", [
    # a whole's division asked: the sentence dividing it, wherever the words rank it
    ("余杭的奋进计划按内容划分成了哪几个方面?", None, "奋进筑基、奋进聚才、奋进合作、奋进登高"),
    # the verb asked after the kind (帮扶) opens every item in a synonym (帮助实验校…)
    ("研究院签约以后,对桐庐九所实验校具体从哪些方面下手帮扶?", None, "编制三年发展规划"),
    # a phrase quoted with exactly the characters counted, in a sentence of the place on some of its words
    ("那县里分管的局长最后把项目成败押在哪四个字上?",
     [{"role": "user", "content": "桐庐提质强校项目签约时,研究院谁讲的项目内涵?"},
      {"role": "assistant", "content": "研究院副院长方华讲的。"}], "实干优先"),
])
def test_lists_and_wordings_asked_in_users_words(assistant: Assistant, question: str, history: list | None, lead: str) -> None:
    answer = assistant.ask(question, history=history)
    assert not answer.abstained, answer.answer
    assert lead in answer.answer.split("\n\n")[1], answer.answer


def test_each_place_of_a_joined_comparison_is_answered_on_its_own_thing(assistant: Assistant) -> None:
    answer = assistant.ask("亳州验收标准化学校、泰州各市区过均衡这道关,分别是用什么方式来把关的?").answer
    row = next(line for line in answer.splitlines() if line.startswith("| **亳州"))
    assert "错位验收" in row, answer


@pytest.mark.parametrize("question,abstains", [
    # neither ask is answered (芦溪 states no allowance figure and no 意外险): the whole is refused, though the
    # statement's words (县内交流, 牵手帮扶) match its sentences
    ("我们想让城里老师下乡交流,最怕人家嫌苦不去。芦溪搞校长老师县内交流、牵手帮扶那一套,给下去的老师每年发多少生活补助?意外险谁来买?", True),
    # one ask is answered (the exchange system): the whole is answered, the other ask missing
    ("芦溪建立了什么交流制度?意外险谁来买?", False),
])
def test_a_question_of_several_asks_is_answered_when_one_ask_is(assistant: Assistant, question: str, abstains: bool) -> None:
    answer = assistant.ask(question)
    assert answer.abstained == abstains, answer.answer[:200]
    if abstains:
        assert answer.abstain_rule.startswith("no_ask_answered:") and answer.question == question


def test_the_asks_of_a_follow_up_are_not_put_apart(assistant: Assistant) -> None:
    """"淄博也开现场会吗?拿来干啥用?" after a question on 亳州's on-site meetings: each ask alone would carry the
    conversation's figure asked (多久开一次) and be refused; together they are answered."""
    history = [{"role": "user", "content": "亳州的标准化建设现场会多久开一次?"},
               {"role": "assistant", "content": "坚持每季度在一个县区召开一次现场推进会。"}]
    answer = assistant.ask("淄博也开现场会吗?拿来干啥用?", history=history)
    assert not answer.abstain_rule.startswith("no_ask_answered")


def test_items_named_after_a_shared_verb_are_led_by_their_names(assistant: Assistant) -> None:
    """"列了几项工程?" is answered by the projects' names: the verb opening every item (实施) frames the list, and
    哪一项 in the asker's remark asks no list of its own."""
    answer = assistant.ask("亳州那篇第二部分讲优化配置,列了几项工程?我想对照看看我们县还缺哪一项。")
    lead = answer.answer.split("\n\n")[1]
    assert "四项工程:校安工程、千所村小提升工程、教育质量提升工程、结对帮扶工程" in lead, lead
