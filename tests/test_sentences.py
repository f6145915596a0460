"""Unit scoring helpers: a person's name next to a title (`has_person`), checked against the tagging it shortcuts."""

from __future__ import annotations

import re

import pytest

from assistant.sentences import SURNAMES, TITLE_RE, _name_after_title, has_person, people_named
from index.clean import normalize
from index.load import load_cases
from index.settings import Settings


def _tagged(text: str) -> bool:
    """`has_person` as it was, tagging every text: a jieba person name (nr) of 2-3 characters opening with a surname
    within 4 characters after a title."""
    import jieba.posseg as pseg

    from assistant.sentences import NAME_AFTER_TITLE_RE
    from assistant.text import _jieba

    if NAME_AFTER_TITLE_RE.search(text):
        return True
    _jieba()
    pos = 0
    for w, flag in pseg.cut(text):
        if flag == "nr" and 2 <= len(w) <= 3 and w[0] in SURNAMES and TITLE_RE.search(text[max(0, pos - 4):pos]):
            return True
        pos += len(w)
    return False


@pytest.mark.parametrize("text,person", [
    ("该项目由局长王建国牵头负责。", True),  # title, then a name
    ("校长张伟介绍了学校的做法。", True),
    ("学校实行校长负责制。", False),  # a title, no name after it
    ("全市组建教育集团三十个。", False),  # no title at all: not tagged
    ("专家分城乡开展指导。", False),  # 分 is no surname
])
def test_a_name_after_a_title(text: str, person: bool) -> None:
    assert _name_after_title(text) is person is _tagged(text)
    assert has_person(text) is person


@pytest.mark.parametrize("text,person", [
    ("签约仪式由桐庐教育局徐志强副局长主持。", True),  # a name, then its title (副 opening it)
    ("会议由陈立群校长主持。", True),
    ("各位高中校长参加了培训。", False),  # 高 opens a place of study, not a name
    ("学校实行校长负责制。", False),
    ("王校长说要抓好落实。", False),  # a surname alone is no name
    ("姜堰区区长出席了会议。", False),  # a place's name ending in its level
])
def test_a_name_before_a_title(text: str, person: bool) -> None:
    assert has_person(text) is person


@pytest.mark.parametrize("question,text,people", [
    ("徐志强副局长分管什么?", "签约仪式由桐庐教育局徐志强副局长主持。", ["徐志强"]),  # name, then title (徐/志强 cut)
    ("杨伟军表了什么态?", "城关初中校长杨伟军发言。", ["杨伟军"]),  # title, then name
    ("高中校长有哪些要求?", "各位高中校长参加了培训。", []),  # 高中 is a school, not a name
    ("王建国负责什么?", "签约仪式由桐庐教育局徐志强副局长主持。", []),  # a name the text does not write
    ("徐志强是谁?", "徐志强参加了会议。", []),  # no title beside it: not known as a person here
])
def test_the_people_a_question_names_as_the_text_writes_them(question: str, text: str, people: list[str]) -> None:
    assert people_named(question, text) == people


def test_same_as_tagging_every_sentence_of_the_corpus() -> None:
    cases, _ = load_cases(Settings().cases_dir)
    sentences = [normalize(s) for c in cases for s in re.split(r"[。!?!?\n]", c.text) if s.strip()]
    assert [s for s in sentences if _name_after_title(s) != _tagged(s)] == []
    assert any(_name_after_title(s) for s in sentences)  # the corpus names people after titles, so both answers occur


@pytest.mark.parametrize("text,expected", [
    # a sentence announcing a list whose first item follows its colon: the announcement, then that item
    ("因此,必须深化解决三点问题:一是引进哪些人才?二是如何引进人才?",
     ["因此,必须深化解决三点问题:", "一是引进哪些人才?", "二是如何引进人才?"]),
    # items in a semicolon series stay with their announcement: the sentence is read as one inline list
    ("主要表现在两方面:一是城乡之间;二是公办与民办之间。", ["主要表现在两方面:一是城乡之间;", "二是公办与民办之间。"]),
    ("全市共有三类学校:城区学校、镇区学校和村小。", ["全市共有三类学校:城区学校、镇区学校和村小。"]),  # no enumerator
    ("生均公用经费标准为:1.5万元。", ["生均公用经费标准为:1.5万元。"]),  # a decimal is no enumerator
])
def test_an_announcement_is_split_from_its_first_item(text: str, expected: list[str]) -> None:
    from assistant.sentences import _announcements_split
    from index.chunk import sentence_spans

    assert [text[s:e] for s, e in _announcements_split(text, sentence_spans(text))] == expected


@pytest.mark.parametrize("text,named", [
    # a document is named by its title or its number, with the year in brackets or, brackets lost, after 发
    ("参照淄政办发20167号中关于到乡村学校交流轮岗的校长教师的补贴政策执行。", True),
    ("根据市政府办公厅〔2017〕34号文件精神。", True),
    ("印发《关于推进义务教育学校发展共同体建设的指导意见》。", True),
    ("先后出台20份配套文件。", False),  # a count of documents names none
    ("2021年8月正式发布奋进计划。", False),  # a date is no number of a document
])
def test_a_document_is_named(text: str, named: bool) -> None:
    from assistant.sentences import DOCUMENT_RE

    assert bool(DOCUMENT_RE.search(text)) is named


LED_SOURCE = ("一、实施三步走战略,阶段式推进,致力实现全域高位均衡。第一阶段,实现县域基本均衡。2014年,所有市(区)通过督导评估认定。"
              "第二阶段,推进县域优质均衡。\n二、坚持硬软件齐抓。通过实施薄弱学校改造,全面改善办学条件。")


@pytest.mark.parametrize("sentence,lead", [
    ("2014年,所有市(区)通过督导评估认定。", "一、实施三步走战略,阶段式推进,致力实现全域高位均衡。"),  # under a step the lead opens
    ("第二阶段,推进县域优质均衡。", "一、实施三步走战略,阶段式推进,致力实现全域高位均衡。"),  # the lead's next item
    ("一、实施三步走战略,阶段式推进,致力实现全域高位均衡。", ""),  # the lead itself
    ("通过实施薄弱学校改造,全面改善办学条件。", ""),  # another paragraph, whose first sentence is a head with a body, no lead
])
def test_the_items_a_lead_opens_are_led_by_it(sentence: str, lead: str) -> None:
    """A paragraph's lead names what the items after it are part of (`sentences._mark_led`)."""
    from assistant.schema import Passage
    from assistant.sentences import units
    from index.schema import Chunk

    chunk = Chunk(chunk_id="c1", case_id="taizhou", name="泰州市", title="t", kind="case", region="", source="t.md",
                  heading="", start=0, end=len(LED_SOURCE), text=LED_SOURCE)
    found = [u for u in units([Passage(chunk=chunk, score=1.0)]) if sentence in u.text]
    assert found and found[0].led_by == lead
