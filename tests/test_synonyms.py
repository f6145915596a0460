"""The thesaurus's semantic classes: which nouns name people, which verbs judge or guess (HIT 同义词词林 codes)."""

from __future__ import annotations

import pytest

from assistant import cues
from assistant.synonyms import is_person, semantic_classes


@pytest.mark.parametrize("word,person", [
    ("学生", True), ("家长", True), ("校长", True),
    ("骨干教师", True),  # not listed: its head 教师 is
    ("特岗教师", True),
    ("学校", False), ("班级", False), ("经费", False),
    ("特岗", False),  # not listed, and no listed ending of two characters
    ("娃", True),  # listed alone among animals' young; its reduplication 娃娃 names children
    ("娃们", True), ("老师们", True),  # the plural suffix 们 marks people
    ("它们", False),  # except in the pronoun for things
    ("钱", False), ("们", False),
])
def test_a_noun_names_people_by_its_head(word: str, person: bool) -> None:
    assert is_person(word) == person


@pytest.mark.parametrize("word,judges", [
    ("认为", True), ("觉得", True), ("估摸", True), ("预计", True), ("看好", True), ("相信", True), ("确信", True),
    ("知道", False), ("说说", False), ("补助", False), ("可以", False),
])
def test_verbs_of_judging_and_guessing(word: str, judges: bool) -> None:
    assert any(c.startswith(cues.JUDGEMENT_CLASSES) for c in semantic_classes(word)) == judges


def test_unlisted_words_have_no_class() -> None:
    assert semantic_classes("县管校聘") == frozenset()


@pytest.mark.parametrize("word,same", [("网上", "线上"), ("网课", "线上"), ("老师", "教师"),
                                       ("网上", "网络"),  # 网络教研: the documents' word for online teaching research
                                       ("生产总值", "gdp"),  # the documents write GDP
                                       ("山里", "农村"), ("城里", "城镇"),  # the countryside and the town as users say them
                                       ("老毕业生", "校友"),  # a school's former students
                                       ("当家", "自主"),  # a school running its own affairs
                                       ("唱主角", "主导"),  # taking the leading part
                                       ("亮黄灯", "预警"), ("黄灯", "预警"),  # a warning, as people say it
                                       ("应届生", "毕业生"),  # graduates hired straight from university
                                       ("推出", "发布"), ("印发", "发布"), ("出台", "印发"),  # issuing a document
                                       ("部委", "部门"), ("试点", "实验"),
                                       ("截至", "截止"),  # two spellings of "as of"
                                       ("全国", "国内"),  # the whole country as against abroad
                                       ("惠及", "受益"), ("受惠", "受益"),  # benefiting, said from either side
                                       ("家校共育", "家校协同育人"),  # one practice, two names
                                       ("共育", "协同育人"),  # the same, the verb without who does it
                                       ("最低", "至少"), ("不超过", "最多"),  # bounds on a figure
                                       ("孩子", "学生"), ("娃娃", "学生"), ("小孩", "学生"),  # the children a school teaches
                                       ("药方", "路径"),  # the remedy a text prescribes: the paths it proposes
                                       ("贴补", "补贴")])  # a subsidy, the two characters either way round
def test_colloquial_forms_are_the_documents_terms(word: str, same: str) -> None:
    """The education table says what the documents call a user's word: full-weight equivalents, not loose synonyms."""
    from assistant.synonyms import equivalents

    assert same in equivalents(word)


@pytest.mark.parametrize("word,prefixes,among,only", [
    ("题目", ("Dk07A",), True, False),  # one sense in the group of subjects, others elsewhere (Dk03)
    ("议题", ("Dk07A",), True, True),
    ("样式", ("Dk07A",), False, False),  # the same class (Dk07), the group of forms
    ("沾边", ("E",), True, True),  # a class given by its first letter
    ("未收词语", ("D",), False, False),  # an unlisted word is in no class
])
def test_a_class_or_a_finer_group_of_the_thesaurus(word: str, prefixes: tuple[str, ...], among: bool, only: bool) -> None:
    from assistant.synonyms import listed_among, listed_only_among

    assert listed_among(word, prefixes) is among and listed_only_among(word, prefixes) is only


@pytest.mark.parametrize("word,mate,among", [
    ("题目", "主题", True),  # one small fine group (Dk07A, subjects)
    ("题目", "议题", True),
    ("题目", "中亚", False),  # a sense in a large group (Dk03C, place names) gives no mates
    ("机制", "专案组", False),  # Di09D holds hundreds of words: no kind
])
def test_the_words_naming_the_same_kind_of_thing(word: str, mate: str, among: bool) -> None:
    from assistant.synonyms import kind_mates

    assert (mate in kind_mates(word)) is among
