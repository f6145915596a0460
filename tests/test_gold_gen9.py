"""The ninth generalisation gold set (`gold/gen9_*.jsonl`) is well-formed, asks new questions, quotes the cases
verbatim, and its abstention items really are not answerable.

gen9 was written before any tuning on it, from the case texts only and without running the engine on it, because
`gen8`'s dev split is tuning material. It keeps gen8's checks but one: eight sets had quoted nearly every clause of
the short cases (亳州, 芦溪, 上城, 泰州 have no unquoted clause left, 淄博 and 定西 only a few), so the rule that
every evidence string quotes text no earlier set quoted (and equals, contains or sits inside no earlier evidence
string) would keep those six cases out of the answerable items. **Relaxed for gen9** (`RequotingGoldSetTests`):
evidence may quote text an earlier set quoted; instead no question repeats an earlier set's, and none is a near copy
of an earlier item (or of another gen9 item) about the same place: what the two ask, the user turns of a follow-up's
history included, shares less than 0.65 of its bigrams (Dice), or less than 0.45 where their accepted answers
overlap. The dev and held-out splits still share no evidence string. Kept as in gen8: every `contains` is the cases'
wording and no echo of the question, a dev follow-up's history hands over no held-out answer, the detail an
abstention item asks for is missing where a keyword can show it (`ABSENT`), and gen7's own two checks (evidence lies
in text a passage can hold, not a heading line or the front matter; where one passage states the answer, an
accepted answer lies inside the evidence).
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, RequotingGoldSetTests, id_patterns, sets_before
from test_gold_gen7 import TestGen7 as Gen7Checks  # aliased so pytest does not collect TestGen7 again


class TestGen9(RequotingGoldSetTests):
    NAME = "gen9"
    # Items per category in (dev, heldout), as written: 75 / 75, the same counts as gen7 and gen8.
    COUNTS = Gen7Checks.COUNTS
    ID_PATTERN = id_patterns("g9")
    EARLIER_SETS = sets_before(9)
    # The keyword that would carry the missing detail of an abstention item, checked absent from the named cases: a
    # fact of another place (wrong_region), a list, name or criterion the text does not give, an off-corpus topic,
    # a year, count or office a near miss asks for. Opinion items (g9-dev-067/068, g9-ho-067/068) ask for a
    # judgement and have none.
    ABSENT: Absent = {
        "g9-dev-058": (("tonglu",), ("家庭教育", "巡讲")),
        "g9-dev-059": (("luxi",), ("县管校聘", "统一调配")),
        "g9-dev-060": (("shangcheng",), ("村小",)),
        "g9-dev-061": (("bozhou",), ("选拔", "入选")),
        "g9-dev-062": (("dingxi",), ("分别位于", "分布在")),
        "g9-dev-063": (("yuhang",), ("名单", "分别是")),
        "g9-dev-064": (ALL, ("营养餐", "营养改善")),
        "g9-dev-065": (ALL, ("学区房",)),
        "g9-dev-066": (ALL, ("家长委员会", "家委会")),
        "g9-dev-069": (("bozhou",), ("启动",)),
        "g9-dev-070": (("luxi",), ("名教师", "名老师")),
        "g9-dev-071": (("shangcheng",), ("年成立", "挂牌")),
        "g9-dev-072": (("zibo",), ("位特级教师", "名特级教师")),
        "g9-dev-073": (("dingxi",), ("专职",)),
        "g9-dev-074": (("digital-education-resources",), ("开通", "年上线")),
        "g9-dev-075": (("junior-school-action-plan",), ("每学期", "讲座")),
        "g9-ho-058": (("dingxi",), ("惠民服务中心",)),
        "g9-ho-059": (("zibo",), ("微课",)),
        "g9-ho-060": (("yuhang",), ("家庭教育指导", "工作站")),
        "g9-ho-061": (("zibo",), ("科室", "牵头")),
        "g9-ho-062": (("luxi",), ("结对",)),
        "g9-ho-063": (("junior-school-action-plan",), ("课程名单", "分别是")),
        "g9-ho-064": (ALL, ("午休",)),
        "g9-ho-065": (ALL, ("师生比",)),
        "g9-ho-066": (ALL, ("校服",)),
        "g9-ho-069": (("bozhou",), ("共召开", "次现场")),
        "g9-ho-070": (("luxi",), ("所农村", "所中小学")),
        "g9-ho-071": (("shangcheng",), ("教研员",)),
        "g9-ho-072": (("taizhou",), ("所学校",)),
        "g9-ho-073": (("tonglu",), ("年成立",)),
        "g9-ho-074": (("yuhang",), ("2022", "生产总值")),
        "g9-ho-075": (("dingxi",), ("起草",)),
    }
    MIN_PLACES = 8
    MIN_PLAIN = 2

    # gen7's own checks, run on this set too.
    test_evidence_lies_in_text_a_passage_can_hold = Gen7Checks.test_evidence_lies_in_text_a_passage_can_hold
    test_an_accepted_answer_lies_inside_the_evidence = Gen7Checks.test_an_accepted_answer_lies_inside_the_evidence
