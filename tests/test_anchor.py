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
