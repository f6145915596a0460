"""The seventy-fourth generalisation gold set (`gold/gen74_*.jsonl`) is well-formed, asks new questions, quotes the cases
verbatim, and its abstention items really are not answerable.

gen74 was written by helpers in eight parts (four per split, about nineteen items each), from the case texts only,
dev quoting the first half of each case file and held-out the second; each part passed the part checker
(`gold/drafts/check_part.py`) before the parts were joined, and nobody ran the engine or the eval runner on it before
its round. It is checked exactly as gen34 is, with every earlier set, gen73 included, as the sets it must not repeat
or nearly copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen34 import TestGen34 as Gen34Checks  # aliased so pytest does not collect TestGen34 again

# The keyword that would carry the missing detail of each abstention item, checked absent from the named cases (see
# `check_absent`). Opinion items (067/068 of each split) ask for a judgement and have none.
# Dev split: written by the helper of the dev split's part D.
ABSENT_DEV: Absent = {
    "g74-dev-058": (("taizhou",), ("家庭教育","家长","示范校",)),
    "g74-dev-059": (("yuhang",), ("首席信息官","CIO","信息官",)),
    "g74-dev-060": (("luxi",), ("特岗","跟岗",)),
    "g74-dev-061": (("bozhou",), ("谯城","涡阳","蒙城","利辛",)),
    "g74-dev-062": (("tonglu",), ("分水","横村","富春","江南",)),
    "g74-dev-063": (("yuhang",), ("教授","院士",)),
    "g74-dev-064": (ALL, ("剔旧","图书馆","报废",)),
    "g74-dev-065": (ALL, ("防雷","避雷",)),
    "g74-dev-066": (ALL, ("代课","劳动合同","五险","社保",)),
    "g74-dev-069": (("dingxi",), ("教授","大学","研究员",)),
    "g74-dev-070": (("shangcheng",), ("电话","热线","受理",)),
    "g74-dev-071": (("taizhou",), ("补贴","津贴",)),
    "g74-dev-072": (("digital-education-resources",), ("访问量","浏览","点击",)),
    "g74-dev-073": (("bozhou",), ("平方米","万元","亿元",)),
    "g74-dev-074": (("junior-school-action-plan",), ("万元","经费补助",)),
    "g74-dev-075": (("zibo",), ("任期","期满",)),
}


# Held-out split: written by the helper of the held-out split's part D.
ABSENT_HELDOUT: Absent = {
    "g74-ho-058": (("shangcheng",), ("补助","保险","补贴",)),
    "g74-ho-059": (("taizhou",), ("周转池","编制",)),
    "g74-ho-060": (("yuhang",), ("首席信息官","CIO",)),
    "g74-ho-061": (("dingxi",), ("名单","附件",)),
    "g74-ho-062": (("bozhou",), ("万元","经费标准",)),
    "g74-ho-063": (("junior-school-action-plan",), ("课程名单","课程目录","牵头开发",)),
    "g74-ho-064": (ALL, ("溺水","巡河",)),
    "g74-ho-065": (ALL, ("近视","视力","灯光",)),
    "g74-ho-066": (ALL, ("校车","司机",)),
    "g74-ho-069": (("tonglu",), ("费用","经费","万元",)),
    "g74-ho-070": (("taizhou",), ("每周","交通","补贴",)),
    "g74-ho-071": (("zibo",), ("共同体总数","所农村学校","所城区学校",)),
    "g74-ho-072": (("shangcheng",), ("教研员","更名于",)),
    "g74-ho-073": (("luxi",), ("在编","名教师","教师总数",)),
    "g74-ho-074": (("digital-education-resources",), ("访问量","浏览量","万节",)),
    "g74-ho-075": (("junior-school-action-plan",), ("奖金","万元","奖励",)),
}


class TestGen74(Gen34Checks):
    NAME = "gen74"
    COUNTS = {"paraphrase": (12, 12), "which_place": (4, 4), "cross_case": (5, 5), "english": (7, 7), "fact": (5, 5),
              "followup": (10, 10), "overview": (9, 9), "list": (5, 5), "unanswerable": (11, 11), "near_miss": (7, 7)}
    # Three comparisons name their places in the dev split and four in the held-out; the others ask "哪些地方…".
    MIN_PLACES = 7
    MIN_PLAIN = 2
    ID_PATTERN = id_patterns("g74")
    EARLIER_SETS = sets_before(74)
    ABSENT: Absent = {**ABSENT_DEV, **ABSENT_HELDOUT}
