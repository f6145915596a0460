"""Where a follow-up's answer is likeliest: beside the source of what the previous answer said (`anchored`)."""

from __future__ import annotations

from assistant.intent import QueryIntent
from assistant.schema import Passage
from assistant.sentences import anchored, score_units
from index.clean import normalize
from tests.pieces import chunk

TEXT = ("帮扶教师的帮扶经历视同基层经历,激发骨干教师参与帮扶工作的主动性。每年评选一次优秀帮扶教师。\n"
        "另一段讲的是课程改革,开展走班教学。")
PASSAGES = [Passage(chunk=chunk("dx-0", "dingxi", TEXT), score=1.0, ranks={"words": 1})]


def _texts(said: list[str]) -> list[str]:
    units = score_units(QueryIntent(question="", query=""), PASSAGES, _Weights())
    by_no = {1: PASSAGES[0]}
    return [u.text for u in anchored(units, by_no, [normalize(s) for s in said])]


class _Weights:
    """IDF 1 for every word: `anchored` does not weigh terms; `score_units` needs the interface."""
    n = 10

    def idf(self, term: str) -> float:
        return 1.0

    def unknown(self, term: str) -> bool:
        return False


def test_the_paragraph_of_what_was_said_in_other_words() -> None:
    texts = _texts(["帮扶教师的帮扶经历可以当作基层经历。"])
    assert any("每年评选" in t for t in texts)  # the rest of its paragraph
    assert any("主动性" in t for t in texts)  # its own sentence holds more than was said
    assert not any("走班教学" in t for t in texts)  # another paragraph


def test_a_sentence_said_in_full_is_not_its_own_answer() -> None:
    texts = _texts(["帮扶教师的帮扶经历视同基层经历,激发骨干教师参与帮扶工作的主动性。"])
    assert texts and not any("主动性" in t for t in texts) and any("每年评选" in t for t in texts)


def test_nothing_said_there_anchors_nothing() -> None:
    assert _texts(["淄博组建名校教育集团,统一调配教师。"]) == []


def test_a_looser_retelling_whose_pairs_point_at_one_sentence_anchors_its_paragraph() -> None:
    """Below `ANCHOR_SHARE` (0.56 of its pairs) but more than twice the next sentence's share: that sentence is its
    source (`LOOSE_ANCHOR_SHARE`, `LOOSE_ANCHOR_LEAD`); a retelling in mostly other words (0.22) anchors nothing."""
    texts = _texts(["骨干教师去帮扶,经历视同基层,每年还评优秀。"])
    assert any("每年评选" in t for t in texts) and not any("走班教学" in t for t in texts)
    assert _texts(["去帮扶的老师,这段经历算成在基层干过,好让骨干更主动。"]) == []


def test_a_followup_pointing_back_takes_a_typed_answer_beside_what_was_said() -> None:
    """"那这些变化打算用几年干出来?": the span stated beside the source of what was said answers it, though that sentence
    names none of the asker's words (变化); a follow-up naming its own subject still needs it named."""
    text = "合作总体目标是:全县教育质量显著提升,实验校特色发展能力初步建立。期待通过三年的努力,实验学校可以有以下提升:\n另一段:课程改革用了两年。"
    passages = [Passage(chunk=chunk("tl-0", "tonglu", text), score=1.0, ranks={"words": 1})]
    said = ["全县教育质量明显提升,实验校初步具备特色发展能力。"]

    def typed(question: str, own: list[str]) -> list[str]:
        intent = QueryIntent(question=question, query=question, answer_type="figure", terms=own, own_terms=own,
                             followup="carry", said=said, focus=said)
        return [u.text for u in score_units(intent, passages, _Weights()) if u.has_type]

    assert any("三年" in t for t in typed("那这些变化打算用几年干出来?", ["变化"]))
    assert not any("两年" in t for t in typed("那这些变化打算用几年干出来?", ["变化"]))  # another paragraph
    assert not any("三年" in t for t in typed("那变化打算用几年干出来?", ["变化"]))  # no pointer: its own subject
    # words of its own beside the pointer (教师, 培训): a subject that must be stated, not what was said
    assert not any("三年" in t for t in typed("那这个项目里教师培训了几年?", ["项目", "教师", "培训"]))


def test_a_looser_retelling_is_judged_per_sentence() -> None:
    """A second said sentence matching loosely elsewhere does not cancel the first one's source."""
    texts = _texts(["骨干教师去帮扶,经历视同基层,每年还评优秀。", "还讲到课程改革,推行走班。"])
    assert any("每年评选" in t for t in texts)
