"""The sixty-eighth generalisation gold set (`gold/gen68_*.jsonl`) is well-formed, asks new questions, quotes the cases
verbatim, and its abstention items really are not answerable.

gen68 was written by helpers in eight parts (four per split, about nineteen items each), from the case texts only,
dev quoting the first half of each case file and held-out the second; each part passed the part checker
(`gold/drafts/check_part.py`) before the parts were joined, and nobody ran the engine or the eval runner on it before
its round. It is checked exactly as gen34 is, with every earlier set, gen67 included, as the sets it must not repeat
or nearly copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen34 import TestGen34 as Gen34Checks  # aliased so pytest does not collect TestGen34 again

# The keyword that would carry the missing detail of each abstention item, checked absent from the named cases (see
# `check_absent`). Opinion items (067/068 of each split) ask for a judgement and have none.
# Dev split: written by the helper of the dev split's part D.
ABSENT_DEV: Absent = {
    "g68-dev-058": (("taizhou",), ("捐赠","图书","阅读","读者",)),
    "g68-dev-059": (("bozhou",), ("研究院","实验校","签约",)),
    "g68-dev-060": (("zibo",), ("美院","美术",)),
    "g68-dev-061": (("yuhang",), ("名单","国外名校",)),
    "g68-dev-062": (("dingxi",), ("名单",)),
    "g68-dev-063": (("junior-school-action-plan",), ("万元","明细",)),
    "g68-dev-064": (ALL, ("游泳","救生",)),
    "g68-dev-065": (ALL, ("保安","门卫","钢叉",)),
    "g68-dev-066": (ALL, ("空调","增容","供电",)),
    "g68-dev-069": (("bozhou",), ("谯城","涡阳","蒙城","利辛","参会",)),
    "g68-dev-070": (("taizhou",), ("学时","线上",)),
    "g68-dev-071": (("shangcheng",), ("热线","电话","窗口",)),
    "g68-dev-072": (("zibo",), ("个名校教育集团","所成员学校",)),
    "g68-dev-073": (("digital-education-resources",), ("工业和信息化部","网信","广播电视","印发",)),
    "g68-dev-074": (("luxi",), ("章","分册","编写组",)),
    "g68-dev-075": (("tonglu",), ("县长","书记讲话","出台",)),
}


# Held-out split: written by the helper of the held-out split's part D.
ABSENT_HELDOUT: Absent = {
    "g68-ho-058": (("luxi",), ("现场推进会","每季度",)),
    "g68-ho-059": (("dingxi",), ("购房","房补","住房补贴",)),
    "g68-ho-060": (("tonglu",), ("家长会","人次",)),
    "g68-ho-061": (("dingxi",), ("基地校名单","名单",)),
    "g68-ho-062": (("yuhang",), ("万元",)),
    "g68-ho-063": (("taizhou",), ("差异系数",)),
    "g68-ho-064": (ALL, ("校车","驾驶员",)),
    "g68-ho-065": (ALL, ("近视","视力","照度",)),
    "g68-ho-066": (ALL, ("校服",)),
    "g68-ho-069": (("taizhou",), ("学时","学分",)),
    "g68-ho-070": (("luxi",), ("电脑","平板",)),
    "g68-ho-071": (("shangcheng",), ("没过关","不合格","免职",)),
    "g68-ho-072": (("bozhou",), ("万元","亿元",)),
    "g68-ho-073": (("yuhang",), ("院长","挂牌成立",)),
    "g68-ho-074": (("zibo",), ("个集团","个名校教育集团",)),
    "g68-ho-075": (("junior-school-action-plan",), ("人次","出国经费","路费",)),
}


class TestGen68(Gen34Checks):
    NAME = "gen68"
    COUNTS = {"paraphrase": (12, 12), "which_place": (4, 4), "cross_case": (5, 5), "english": (7, 7), "fact": (5, 5),
              "followup": (10, 10), "overview": (9, 9), "list": (5, 5), "unanswerable": (11, 11), "near_miss": (7, 7)}
    # Four comparisons name their places in each split; the others ask "哪些地方…".
    MIN_PLACES = 8
    MIN_PLAIN = 2
    ID_PATTERN = id_patterns("g68")
    EARLIER_SETS = sets_before(68)
    ABSENT: Absent = {**ABSENT_DEV, **ABSENT_HELDOUT}
