"""The fifty-third generalisation gold set (`gold/gen53_*.jsonl`) is well-formed, asks new questions, quotes the cases
verbatim, and its abstention items really are not answerable.

gen53 was written by two helpers, one per split, during gen52's round, from the case texts only; nobody has run the
engine or the eval runner on it. It is checked exactly as gen34 is, with every earlier set, gen52 included, as the sets
it must not repeat or nearly copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen34 import TestGen34 as Gen34Checks  # aliased so pytest does not collect TestGen34 again

# The keyword that would carry the missing detail of each abstention item, checked absent from the named cases (see
# `check_absent`). Opinion items (067/068 of each split) ask for a judgement and have none.
# Dev split: written by the dev split's helper.
ABSENT_DEV: Absent = {
}


# Held-out split: written by the held-out split's helper.
ABSENT_HELDOUT: Absent = {
    "g53-ho-058": (("tonglu",), ("走教",)),
    "g53-ho-059": (("luxi",), ("挂牌", "校名", "加挂")),
    "g53-ho-060": (("bozhou",), ("特岗", "跟岗")),
    "g53-ho-061": (("zibo",), ("栏目", "表头")),
    "g53-ho-062": (("yuhang",), ("协议", "签约")),
    "g53-ho-063": (("dingxi",), ("课表", "日程", "课程安排")),
    "g53-ho-064": (ALL, ("承包商", "少油")),
    "g53-ho-065": (ALL, ("胎压",)),
    "g53-ho-066": (ALL, ("柿子",)),
    "g53-ho-069": (("shangcheng",), ("编制", "主任")),
    "g53-ho-070": (("taizhou",), ("孵化期", "孵出")),
    "g53-ho-071": (("zibo",), ("每月", "元")),
    "g53-ho-072": (("luxi",), ("公司", "服务费")),
    "g53-ho-073": (("junior-school-action-plan",), ("个编制", "期限")),
    "g53-ho-074": (("digital-education-resources",), ("周期", "每学期", "每年更新")),
    "g53-ho-075": (("tonglu",), ("理事会", "年会")),
}


class TestGen53(Gen34Checks):
    NAME = "gen53"
    ID_PATTERN = id_patterns("g53")
    EARLIER_SETS = sets_before(53)
    ABSENT: Absent = {**ABSENT_DEV, **ABSENT_HELDOUT}
