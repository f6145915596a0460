"""The tenth generalisation gold set (`gold/gen10_*.jsonl`) is well-formed, asks new questions, quotes the cases
verbatim, and its abstention items really are not answerable.

gen10 was written before any tuning on it, from the case texts only and without running the engine or the eval
runner on it, because every earlier held-out split has been read. It runs the same checks as gen9
(`RequotingGoldSetTests`): evidence may quote text an earlier set quoted (the short cases have no unquoted clause
left), but no question repeats an earlier set's and none is a near copy of an earlier item (gen9 included) or of
another gen10 item about the same place; the dev and held-out splits share no evidence string; every `contains` is
the cases' wording and no echo of the question; a dev follow-up's history hands over no held-out answer; the detail
an abstention item asks for is missing where a keyword can show it (`ABSENT`); and gen7's own two checks (evidence
lies in text a passage can hold; where one passage states the answer, an accepted answer lies inside the evidence).
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, RequotingGoldSetTests, id_patterns, sets_before
from test_gold_gen7 import TestGen7 as Gen7Checks  # aliased so pytest does not collect TestGen7 again


class TestGen10(RequotingGoldSetTests):
    NAME = "gen10"
    # Items per category in (dev, heldout), as written: 75 / 75, the same counts as gen7, gen8 and gen9.
    COUNTS = Gen7Checks.COUNTS
    ID_PATTERN = id_patterns("g10")
    EARLIER_SETS = sets_before(10)
    # The keyword that would carry the missing detail of an abstention item, checked absent from the named cases: a
    # fact of another place (wrong_region), a list, layout or office the text does not give, an off-corpus topic,
    # an amount, count, share, author or date a near miss asks for. Opinion items (g10-dev-067/068,
    # g10-ho-067/068) ask for a judgement and have none.
    ABSENT: Absent = {
        "g10-dev-058": (("taizhou",), ("补助", "补贴")),
        "g10-dev-059": (("zibo",), ("筑基", "贯通培养")),
        "g10-dev-060": (("tonglu",), ("分层", "走班")),
        "g10-dev-061": (("luxi",), ("划分", "所学校")),
        "g10-dev-062": (("yuhang",), ("分布在", "分别位于")),
        "g10-dev-063": (("junior-school-action-plan",), ("分别是", "分别为", "结对名单")),
        "g10-dev-064": (ALL, ("消防", "演练")),
        "g10-dev-065": (ALL, ("产假", "代课")),
        "g10-dev-066": (ALL, ("寒假", "暑假")),
        "g10-dev-069": (("bozhou",), ("亿元", "万元")),
        "g10-dev-070": (("luxi",), ("学位",)),
        "g10-dev-071": (("shangcheng",), ("项服务", "项内容")),
        "g10-dev-072": (("taizhou",), ("比例", "%")),
        "g10-dev-073": (("digital-education-resources",), ("作者",)),
        "g10-dev-074": (("tonglu",), ("名学生", "学生数")),
        "g10-dev-075": (("junior-school-action-plan",), ("个编制", "名编制")),
        "g10-ho-058": (("luxi",), ("教育集团", "集团")),
        "g10-ho-059": (("junior-school-action-plan",), ("学生发展研究中心", "更名")),
        "g10-ho-060": (("digital-education-resources",), ("村小",)),
        "g10-ho-061": (("dingxi",), ("名单", "分别是")),
        "g10-ho-062": (("shangcheng",), ("科室", "内设")),
        "g10-ho-063": (("yuhang",), ("挂靠",)),
        "g10-ho-064": (ALL, ("课间",)),
        "g10-ho-065": (ALL, ("游泳",)),
        "g10-ho-066": (ALL, ("书包",)),
        "g10-ho-069": (("bozhou",), ("亿元", "万元")),
        "g10-ho-070": (("shangcheng",), ("不合格",)),
        "g10-ho-071": (("taizhou",), ("全国义务教育优质均衡",)),
        "g10-ho-072": (("tonglu",), ("驻校",)),
        "g10-ho-073": (("dingxi",), ("带队", "名教师", "位老师")),
        "g10-ho-074": (("junior-school-action-plan",), ("名青年教师",)),
        "g10-ho-075": (("yuhang",), ("年成立", "成立时间")),
    }
    MIN_PLACES = 8
    MIN_PLAIN = 2

    # gen7's own checks, run on this set too.
    test_evidence_lies_in_text_a_passage_can_hold = Gen7Checks.test_evidence_lies_in_text_a_passage_can_hold
    test_an_accepted_answer_lies_inside_the_evidence = Gen7Checks.test_an_accepted_answer_lies_inside_the_evidence
