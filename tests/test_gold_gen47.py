"""The forty-seventh generalisation gold set (`gold/gen47_*.jsonl`) is well-formed, asks new questions, quotes the cases
verbatim, and its abstention items really are not answerable.

gen47 was written by two helpers, one per split, after gen46 had been spent, before any tuning on gen47, from the case
texts only and without running the engine or the eval runner on it (and without reading gen35's to gen46's items). It
is checked exactly as gen34 is (`TestGen34`, the checks of `RequotingGoldSetTests` plus gen7's own two), with its own
ids, its own abstention keywords and every earlier set, gen35 to gen46 included, as the sets it must not repeat or
nearly copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen34 import TestGen34 as Gen34Checks  # aliased so pytest does not collect TestGen34 again

# The keyword that would carry the missing detail of each abstention item, checked absent from the named cases (see
# `check_absent`). Opinion items (067/068 of each split) ask for a judgement and have none.
# Dev split: written by the dev split's helper.
ABSENT_DEV: Absent = {
    "g47-dev-058": (("luxi",), ("补助", "补贴")),
    "g47-dev-059": (("shangcheng",), ("工作室", "乡村")),
    "g47-dev-060": (("taizhou",), ("研究院",)),
    "g47-dev-061": (("dingxi",), ("名单", "姓名")),
    "g47-dev-062": (("yuhang",), ("预算", "万元")),
    "g47-dev-063": (("luxi",), ("年龄", "岁")),
    "g47-dev-064": (ALL, ("多肉",)),
    "g47-dev-065": (ALL, ("羽绒",)),
    "g47-dev-066": (ALL, ("牛腩",)),
    "g47-dev-069": (("zibo",), ("办公会", "审议")),
    "g47-dev-070": (("luxi",), ("平台",)),
    "g47-dev-071": (("shangcheng",), ("电话", "地址")),
    "g47-dev-072": (("bozhou",), ("承办", "师范")),
    "g47-dev-073": (("taizhou",), ("教师发展中心", "教育学院")),
    "g47-dev-074": (("dingxi",), ("带队",)),
    "g47-dev-075": (("digital-education-resources",), ("工业和信息化部", "财政部", "网信")),
}


# Held-out split: written by the held-out split's helper.
ABSENT_HELDOUT: Absent = {
    "g47-ho-058": (("taizhou",), ("补助", "补贴")),
    "g47-ho-059": (("luxi",), ("合作办学", "名校")),
    "g47-ho-060": (("bozhou",), ("家庭教育", "家长")),
    "g47-ho-061": (("zibo",), ("万元",)),
    "g47-ho-062": (("yuhang",), ("学科", "语文", "数学")),
    "g47-ho-063": (("shangcheng",), ("编制", "工作人员")),
    "g47-ho-064": (ALL, ("血压",)),
    "g47-ho-065": (ALL, ("登山鞋",)),
    "g47-ho-066": (ALL, ("电池",)),
    "g47-ho-069": (("zibo",), ("最先",)),
    "g47-ho-070": (("tonglu",), ("服务费", "费用")),
    "g47-ho-071": (("dingxi",), ("挂靠",)),
    "g47-ho-072": (("bozhou",), ("牵头",)),
    "g47-ho-073": (("luxi",), ("名学生",)),
    "g47-ho-074": (("taizhou",), ("公司",)),
    "g47-ho-075": (("junior-school-action-plan",), ("兼任",)),
}


class TestGen47(Gen34Checks):
    NAME = "gen47"
    ID_PATTERN = id_patterns("g47")
    EARLIER_SETS = sets_before(47)
    ABSENT: Absent = {**ABSENT_DEV, **ABSENT_HELDOUT}
