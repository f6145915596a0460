"""`place_meaning.lead` on the real corpus and index: what a question asks is closer in meaning to the named place's
text when the place's case says it, and closer to another case's when it asks that case's practice."""

from __future__ import annotations

import pytest

from assistant import Assistant, crosslingual, place_meaning
from assistant.intent import analyze


def _lead(assistant: Assistant, question: str) -> float | None:
    intent = analyze(question, None, assistant.retriever.corpus())
    similarity = crosslingual.meaning(assistant, intent, None)
    return place_meaning.lead(assistant.retriever, intent, similarity)


@pytest.mark.parametrize("question,sign", [
    ("亳州在把校舍弄得像样这块,都有哪些大动作?", 1),  # 亳州 builds standard schools (标准化建设)
    ("泰州的名师是怎么在全市走教的?", 1),  # 名师片管校用全市域走教 is 泰州's
    ("余杭开范式家长会有什么经验?", -1),  # 定西's 范式家长会
    ("上城区给引进人才发购房补贴是怎么做的?", -1),  # 余杭's 人才 policy
])
def test_the_lead_says_whose_text_is_closest(assistant: Assistant, question: str, sign: int) -> None:
    lead = _lead(assistant, question)
    assert lead is not None and lead * sign > 0, lead


def test_no_lead_without_exactly_one_place_or_without_meaning(assistant: Assistant) -> None:
    assert _lead(assistant, "泰州和淄博在教师交流上有什么不同?") is None  # two places: nothing to anchor
    intent = analyze("亳州的做法有什么亮点?", None, assistant.retriever.corpus())
    assert place_meaning.lead(assistant.retriever, intent, None) is None  # no sentence meaning (lexical only)


def test_an_answer_anchored_by_meaning_is_quoted_in_the_order_of_meaning(assistant: Assistant) -> None:
    """Its words failed, so the coverage in its sentences' scores measures little: the sentence closest in meaning
    (standard school buildings, for 校舍弄得像样) comes first, not a teacher-training sentence sharing a word."""
    answer = assistant.ask("亳州在把校舍弄得像样这块,都有哪些大动作?")
    assert not answer.abstained
    body = answer.answer.split("\n\n", 1)[1]
    assert "标准化" in body.split("。", 1)[0], body[:200]
