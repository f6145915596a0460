"""Citation verification on hand-made passages: claim splitting, renumbering, exact quotes, number checks."""

from __future__ import annotations

import pytest

from assistant.schema import Passage
from assistant.verify import SUPPORT_THRESHOLD, best_quote, renumber, split_claims, verify_answer
from index.schema import Chunk

FRONT = "---\nid: demo\nname: 示例县\n---\n\n# 示例县教育改革\n\n"
BODY_A = (
    "示例县组建了12个城乡学校共同体。"
    "每个共同体由一所城区优质学校牵头,带动2至3所农村学校。"
    "县教育局每年安排专项经费500万元用于共同体建设。\n"
)
BODY_B = (
    "另一县推行教师“县管校聘”改革,三年交流轮岗教师860名。"
    "交流教师在职称评审中优先考虑。\n"
)
FILE_TEXT = FRONT + BODY_A + "\n## 其他\n\n" + BODY_B


def passage(body: str, case_id: str = "demo", score: float = 1.0) -> Passage:
    start = FILE_TEXT.index(body)
    end = start + len(body.rstrip("\n"))
    chunk = Chunk(
        chunk_id=f"{case_id}:{start}-{end}", case_id=case_id, name="示例县", title="示例县教育改革", kind="case",
        region="某省示例县", source="cases/demo.md", heading="示例县", start=start, end=end, text=FILE_TEXT[start:end],
    )
    return Passage(chunk=chunk, score=score)


PASSAGES = [passage(BODY_A), passage(BODY_B, "other")]


# -- split_claims -----------------------------------------------------------------
@pytest.mark.parametrize(
    "answer, expected",
    [
        ("甲地推行集团化办学[1]。乙地开展结对帮扶。[2]", [("甲地推行集团化办学。", [1]), ("乙地开展结对帮扶。", [2])]),
        ("甲地推行集团化办学。[1][3]乙地开展结对帮扶[2]", [("甲地推行集团化办学。", [1, 3]), ("乙地开展结对帮扶", [2])]),
        ("甲句子[1,2]。乙句子[1、3]", [("甲句子。", [1, 2]), ("乙句子", [1, 3])]),
        ("甲句子[1, 2];乙句子[3]!", [("甲句子;", [1, 2]), ("乙句子!", [3])]),
        ("甲句子。\n[2]", [("甲句子。", [2])]),  # a marker alone on the next line belongs to the sentence before
        ("- 帮扶式共同体[1]\n- 联盟式共同体[2]\n1. 集团式共同体[3]\n2、名校集团[4]",
         [("帮扶式共同体", [1]), ("联盟式共同体", [2]), ("集团式共同体", [3]), ("名校集团", [4])]),
        ("**淄博市** ·《指导意见》\n\n淄博推行共同体[1]。", [("淄博推行共同体。", [1])]),
        ("**定西市**\n定西组建协作体。[2]", [("定西组建协作体。", [2])]),
        ("# 标题\n> 引用说明\n---\n正文一句。[1]", [("正文一句。", [1])]),
        ("没有标注的句子。", [("没有标注的句子。", [])]),
        ("", []),
        ("[1][2]", []),
    ],
    ids=["after-and-before-punct", "multi-markers", "grouped", "semicolon-bang", "marker-next-line", "list-items",
         "bold-label-with-title", "bold-label", "heading-quote-rule", "no-marker", "empty", "markers-only"],
)
def test_split_claims(answer: str, expected: list[tuple[str, list[int]]]) -> None:
    assert split_claims(answer) == expected


# -- verify_answer -------------------------------------------------------------------
def test_renumbers_markers_by_first_appearance() -> None:
    answer = "另一县三年交流轮岗教师860名。[2]示例县组建了12个城乡学校共同体。[1]交流教师在职称评审中优先考虑。[2]"
    text, claims, citations = verify_answer(answer, PASSAGES)
    assert text == "另一县三年交流轮岗教师860名。[1]示例县组建了12个城乡学校共同体。[2]交流教师在职称评审中优先考虑。[1]"
    assert [c.markers for c in claims] == [[1], [2], [1]]
    assert [(c.n, c.case_id) for c in citations] == [(1, "other"), (2, "demo"), (1, "other")]
    assert all(c.supported for c in claims)


def test_renumber_merges_grouped_markers() -> None:
    assert renumber("句[2,1]。句[1、2]", {2: 1, 1: 2}, 2) == "句[1][2]。句[2][1]"
    assert renumber("句[7]。", {1: 1}, 2) == "句。"


def test_quote_offsets_are_exact() -> None:
    answer = "每个共同体由一所城区优质学校牵头,带动2至3所农村学校[1]。交流教师在职称评审中优先考虑[2]。"
    _, claims, citations = verify_answer(answer, PASSAGES)
    assert all(c.supported for c in claims)
    for c in citations:
        assert FILE_TEXT[c.start:c.end] == c.quote
        assert c.source == "cases/demo.md" and c.quote
    assert citations[0].quote == "每个共同体由一所城区优质学校牵头,带动2至3所农村学校。"
    assert citations[1].quote == "交流教师在职称评审中优先考虑。"


def test_best_quote_joins_neighbouring_sentences_for_a_condensed_claim() -> None:
    claim = "示例县组建了12个城乡学校共同体,每个共同体由一所城区优质学校牵头。"
    start, end, score = best_quote(claim, PASSAGES[0])
    assert FILE_TEXT[start:end] == "示例县组建了12个城乡学校共同体。每个共同体由一所城区优质学校牵头,带动2至3所农村学校。"
    assert score >= SUPPORT_THRESHOLD


def test_number_missing_from_cited_passage_fails_the_claim() -> None:
    answer = "县教育局每年安排专项经费999万元用于共同体建设。[1]"
    _, (claim,), (citation,) = verify_answer(answer, PASSAGES)
    assert not claim.supported and not citation.supported
    assert "999" in claim.reason and claim.score >= SUPPORT_THRESHOLD


def test_number_from_another_passage_does_not_count() -> None:
    # 860 is in passage 2, but the sentence cites passage 1.
    _, (claim,), _ = verify_answer("示例县组建了860个城乡学校共同体。[1]", PASSAGES)
    assert not claim.supported and "860" in claim.reason
    _, (claim,), _ = verify_answer("示例县组建了12个城乡学校共同体。[1]", PASSAGES)
    assert claim.supported and claim.reason == ""


def test_full_width_digits_match_the_source() -> None:
    _, (claim,), _ = verify_answer("示例县组建了\uff11\uff12个城乡学校共同体。[1]", PASSAGES)
    assert claim.supported


def test_out_of_range_and_missing_markers() -> None:
    text, claims, citations = verify_answer("示例县组建了12个城乡学校共同体。[9]县教育局每年安排专项经费500万元。", PASSAGES)
    assert [c.supported for c in claims] == [False, False]
    assert "[9]" in claims[0].reason and claims[0].markers == []
    assert "未标注引用" in claims[1].reason
    assert citations == [] and "[9]" not in text


def test_marker_zero_is_invalid() -> None:
    _, (claim,), citations = verify_answer("示例县组建了12个城乡学校共同体。[0]", PASSAGES)
    assert not claim.supported and "[0]" in claim.reason and citations == []


def test_unrelated_sentence_is_unsupported() -> None:
    _, (claim,), (citation,) = verify_answer("全市中小学每周开设三节足球课并举办联赛。[1]", PASSAGES)
    assert not claim.supported and "引文不足以支持" in claim.reason
    assert claim.score < SUPPORT_THRESHOLD and not citation.supported
    assert FILE_TEXT[citation.start:citation.end] == citation.quote  # the closest sentence is still quoted exactly


def test_sentence_supported_by_one_of_two_cited_passages() -> None:
    _, (claim,), citations = verify_answer("交流教师在职称评审中优先考虑。[1][2]", PASSAGES)
    assert claim.supported and claim.markers == [1, 2]
    assert [c.supported for c in citations] == [False, True]  # each citation says whether its own quote supports


@pytest.mark.parametrize("lead,supported", [
    ("示例县的第二项:县管校聘改革。[2]", True),  # quotation marks are display: “县管校聘”改革 is the item
    ("示例县的第二项:职称评审改革。[2]", False),  # the named item is not in the source
    ("示例县的第二项:交流教师在职称评审中优先考虑。[2]", True),  # one item named after a colon, quoted whole
    ("示例县的第二项:优先。[2]", False),  # too short to be an item's name
])
def test_a_lead_naming_one_item_is_supported_when_the_item_is_quoted(lead: str, supported: bool) -> None:
    _, (claim,), _ = verify_answer(lead, PASSAGES)
    assert claim.supported == supported


def test_a_lead_naming_quoted_items_that_hold_commas() -> None:
    _, (claim,), _ = verify_answer("示例县共两项:“每个共同体由一所城区优质学校牵头,带动2至3所农村学校”“县教育局每年安排专项经费500万元用于共同体建设”。[1]",
                                   PASSAGES)
    assert claim.supported


def test_a_lead_naming_an_item_that_quotes_a_word_itself() -> None:
    """“…“县管校聘”改革”: an item may quote a word inside the quotation marks that delimit it."""
    _, (claim,), _ = verify_answer("示例县共两项:“推行教师“县管校聘”改革”“交流教师在职称评审中优先考虑”。[2]", PASSAGES)
    assert claim.supported
    _, (claim,), _ = verify_answer("示例县共两项:“推行教师“县管校聘”改革”“交流教师优先提拔”。[2]", PASSAGES)
    assert not claim.supported  # the second item is not in the source


def test_a_number_taken_from_a_heading_is_cited() -> None:
    """Headings are the document's own words: a lead naming its list by a heading holding a number is supported."""
    base = passage(BODY_A)
    p = Passage(chunk=base.chunk.model_copy(update={"heading": "示例县 > 附:21世纪教育研究院与示例县的合作"}), score=1.0)
    _, (claim,), _ = verify_answer("示例县“21世纪教育研究院与示例县的合作”共两项:“示例县组建了12个城乡学校共同体”“县教育局每年安排专项经费500万元用于共同体建设”。[1]", [p])
    assert claim.supported and "数字" not in claim.reason
