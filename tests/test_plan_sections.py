"""Plan items are placed by what they are (table-driven), borrowed text is attributed, thin topics are flagged."""

from __future__ import annotations

import re

import pytest

from assistant import Assistant
from assistant.plan import SECTION_NAMES, classify_section

ROWS = [
    # (sentence, section) — written for the rules in cues.SECTION_FEATURES
    ("第一阶段,2019年3月至6月完成摸底调研。", "实施步骤"),
    ("分三步走,逐步推进县域优质均衡。", "实施步骤"),
    ("各校于2024年底前完成方案制定并报教育局备案。", "实施步骤"),
    ("到2025年,全县乡村学校全部纳入共同体。", "工作目标"),
    ("力争三年内建成10所市级示范学校。", "工作目标"),
    ("目标是实现城乡学校结对全覆盖,覆盖100所学校。", "工作目标"),
    ("音体美专职教师配备率达到95%。", "评估指标"),
    ("每所共同体学校每学期联合教研不少于4次。", "评估指标"),
    ("把共同体建设纳入学校年度考核指标。", "评估指标"),
    ("设立专项经费,每年安排500万元用于帮扶。", "保障措施"),
    ("成立由分管副县长任组长的领导小组。", "保障措施"),
    ("建立督导问责制度,定期通报进展。", "保障措施"),
    ("对交流教师在职称评聘中予以倾斜。", "保障措施"),
    ("以习近平新时代中国特色社会主义思想为指导,办好人民满意的教育。", "指导思想"),
    ("坚持以人为本的理念,促进每个学生全面发展。", "指导思想"),
    ("组建城乡学校发展共同体,实行一体化管理。", "主要任务与举措"),
    ("推行县管校聘,促进教师合理流动。", "主要任务与举措"),
    ("开展网络教研,共享优质课程资源。", "主要任务与举措"),
]


@pytest.mark.parametrize("text,section", ROWS)
def test_classify_section(text: str, section: str) -> None:
    assert classify_section(text) == section


def test_every_section_has_a_rule_or_is_the_default() -> None:
    from assistant import cues

    assert {name for name, _, _ in cues.SECTION_FEATURES} | {"主要任务与举措"} == set(SECTION_NAMES)


@pytest.mark.parametrize("topic,profile", [("推进城乡学校共同体建设", "山区县,农村学校多"), ("加强乡村教师队伍建设", None)])
def test_borrowed_items_are_attributed_and_placed(assistant: Assistant, topic: str, profile: str | None) -> None:
    plan = assistant.draft_plan(topic, profile)
    names = {c["name"] for c in assistant.cases() if c["kind"] == "case"}
    short = {n[:-1] for n in names if len(n) >= 3}
    for section in plan.sections:
        assert section.items, f"{section.heading} is empty"
        for item in section.items:
            if item.suggestion:
                assert not item.citations and not any(n in item.text for n in names | short)
                continue
            m = re.match(r"借鉴([^::]+)[::]", item.text)
            assert m, f"cited item not attributed: {item.text[:40]}"
            assert {c.case_name for c in item.citations} == {m.group(1)}
            assert classify_section(item.citations[0].quote) == section.heading or section.heading == "主要任务与举措"
    if profile:
        assert plan.references and all(r.reason for r in plan.references)


def test_thin_topic_gets_a_warning_and_a_shorter_plan(assistant: Assistant) -> None:
    covered = assistant.draft_plan("推进城乡学校共同体建设")
    thin = assistant.draft_plan("智慧校园网络安全")
    assert "涉及很少" in thin.notice and "涉及很少" not in covered.notice
    assert sum(len(s.items) for s in thin.sections) < sum(len(s.items) for s in covered.sections)
