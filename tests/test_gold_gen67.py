"""The sixty-seventh generalisation gold set (`gold/gen67_*.jsonl`) is well-formed, asks new questions, quotes the cases
verbatim, and its abstention items really are not answerable.

gen67 was written by helpers in eight parts (four per split, about nineteen items each), from the case texts only,
dev quoting the first half of each case file and held-out the second; each part passed the part checker
(`gold/drafts/check_part.py`) before the parts were joined, and nobody ran the engine or the eval runner on it before
its round. It is checked exactly as gen34 is, with every earlier set, gen66 included, as the sets it must not repeat
or nearly copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen34 import TestGen34 as Gen34Checks  # aliased so pytest does not collect TestGen34 again

# The keyword that would carry the missing detail of each abstention item, checked absent from the named cases (see
# `check_absent`). Opinion items (067/068 of each split) ask for a judgement and have none.
# Dev split: written by the helper of the dev split's part D.
ABSENT_DEV: Absent = {
    "g67-dev-058": (("bozhou",), ("补助","补贴","保险",)),
    "g67-dev-059": (("luxi",), ("微课","平台","自主学习",)),
    "g67-dev-060": (("zibo",), ("首席信息官","CIO",)),
    "g67-dev-061": (("dingxi",), ("教授","专家名单",)),
    "g67-dev-062": (("yuhang",), ("名单","预警学校",)),
    "g67-dev-063": (("zibo",), ("每月","元/月","每人每",)),
    "g67-dev-064": (ALL, ("窝沟","牙齿",)),
    "g67-dev-065": (ALL, ("斑马线","减速带","交警",)),
    "g67-dev-066": (ALL, ("失物","招领",)),
    "g67-dev-069": (("luxi",), ("帮扶期","青年教师",)),
    "g67-dev-070": (("taizhou",), ("补贴","车补","交通",)),
    "g67-dev-071": (("shangcheng",), ("编制","主任",)),
    "g67-dev-072": (("digital-education-resources",), ("万节","访问量","人次",)),
    "g67-dev-073": (("junior-school-action-plan",), ("个编制","周转期",)),
    "g67-dev-074": (("tonglu",), ("万元","经费","常驻",)),
    "g67-dev-075": (("dingxi",), ("站长","热线",)),
}


# Held-out split: written by the helper of the held-out split's part D.
ABSENT_HELDOUT: Absent = {
    "g67-ho-058": (("bozhou",), ("补贴","补助","生活",)),
    "g67-ho-059": (("luxi",), ("更名","改名","研究中心",)),
    "g67-ho-060": (("taizhou",), ("首席信息官","CIO",)),
    "g67-ho-061": (("dingxi",), ("设备","机器人","采购",)),
    "g67-ho-062": (("zibo",), ("万元","比例",)),
    "g67-ho-063": (("bozhou",), ("万元","亿元","每所",)),
    "g67-ho-064": (ALL, ("马蜂","蜂窝","119",)),
    "g67-ho-065": (ALL, ("文物","祠堂",)),
    "g67-ho-066": (ALL, ("光伏","楼顶",)),
    "g67-ho-069": (("dingxi",), ("回放","直播",)),
    "g67-ho-070": (("shangcheng",), ("热线","电话","地址",)),
    "g67-ho-071": (("zibo",), ("联系人","邮箱","电话",)),
    "g67-ho-072": (("yuhang",), ("院长","挂靠",)),
    "g67-ho-073": (("digital-education-resources",), ("印发","发展改革委","工业和信息化部","财政部",)),
    "g67-ho-074": (("tonglu",), ("经费","费用","服务费","万元",)),
    "g67-ho-075": (("junior-school-action-plan",), ("新加坡","芬兰","英国","个月",)),
}


class TestGen67(Gen34Checks):
    NAME = "gen67"
    COUNTS = {"paraphrase": (12, 12), "which_place": (4, 4), "cross_case": (5, 5), "english": (7, 7), "fact": (5, 5),
              "followup": (10, 10), "overview": (9, 9), "list": (5, 5), "unanswerable": (11, 11), "near_miss": (7, 7)}
    # Three comparisons name their places in the dev split, four in the held-out one; the others ask "哪些地方…".
    MIN_PLACES = 6
    MIN_PLAIN = 2
    ID_PATTERN = id_patterns("g67")
    EARLIER_SETS = sets_before(67)
    ABSENT: Absent = {**ABSENT_DEV, **ABSENT_HELDOUT}
