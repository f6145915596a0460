"""The seventy-second generalisation gold set (`gold/gen72_*.jsonl`) is well-formed, asks new questions, quotes the cases
verbatim, and its abstention items really are not answerable.

gen72 was written by helpers in eight parts (four per split, about nineteen items each), from the case texts only,
dev quoting the first half of each case file and held-out the second; each part passed the part checker
(`gold/drafts/check_part.py`) before the parts were joined, and nobody ran the engine or the eval runner on it before
its round. It is checked exactly as gen34 is, with every earlier set, gen71 included, as the sets it must not repeat
or nearly copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen34 import TestGen34 as Gen34Checks  # aliased so pytest does not collect TestGen34 again

# The keyword that would carry the missing detail of each abstention item, checked absent from the named cases (see
# `check_absent`). Opinion items (067/068 of each split) ask for a judgement and have none.
# Dev split: written by the helper of the dev split's part D.
ABSENT_DEV: Absent = {
    "g72-dev-058": (("tonglu",), ("家庭教育","家长",)),
    "g72-dev-059": (("taizhou",), ("特岗","跟岗",)),
    "g72-dev-060": (("luxi",), ("教研室","学生发展研究中心",)),
    "g72-dev-061": (("bozhou",), ("验收组","评分","打分",)),
    "g72-dev-062": (("yuhang",), ("名单",)),
    "g72-dev-063": (("shangcheng",), ("权重","分值","指标",)),
    "g72-dev-064": (ALL, ("校车",)),
    "g72-dev-065": (ALL, ("近视","照度",)),
    "g72-dev-066": (ALL, ("溺水","野泳","巡河",)),
    "g72-dev-069": (("dingxi",), ("直播","主讲",)),
    "g72-dev-070": (("tonglu",), ("小时","参会","人参加",)),
    "g72-dev-071": (("yuhang",), ("院长","编制",)),
    "g72-dev-072": (("junior-school-action-plan",), ("编办","个编制",)),
    "g72-dev-073": (("digital-education-resources",), ("访问量","浏览量",)),
    "g72-dev-074": (("luxi",), ("结对","对子",)),
    "g72-dev-075": (("taizhou",), ("学时","课时","学分",)),
}


# Held-out split: written by the helper of the held-out split's part D.
ABSENT_HELDOUT: Absent = {
    "g72-ho-058": (("taizhou",), ("家庭教育","家长","指导站",)),
    "g72-ho-059": (("shangcheng",), ("首席信息官","CIO","信息化",)),
    "g72-ho-060": (("luxi",), ("特岗","跟岗",)),
    "g72-ho-061": (("yuhang",), ("名单","所小学","所初中",)),
    "g72-ho-062": (("dingxi",), ("名单","学科分布",)),
    "g72-ho-063": (("zibo",), ("每月","元/","分档",)),
    "g72-ho-064": (ALL, ("饮水机","滤芯","水质",)),
    "g72-ho-065": (ALL, ("校车","驾照","驾驶",)),
    "g72-ho-066": (ALL, ("近视","照明","课桌椅","黑板灯",)),
    "g72-ho-069": (("bozhou",), ("万元","亿元","投入",)),
    "g72-ho-070": (("tonglu",), ("服务费","万元","财政",)),
    "g72-ho-071": (("luxi",), ("印发","牵头","年级段",)),
    "g72-ho-072": (("taizhou",), ("点击","访问","节微课",)),
    "g72-ho-073": (("digital-education-resources",), ("注册","用户数","门课程",)),
    "g72-ho-074": (("junior-school-action-plan",), ("审批","个编制",)),
    "g72-ho-075": (("yuhang",), ("院长","揭牌",)),
}


class TestGen72(Gen34Checks):
    NAME = "gen72"
    COUNTS = {"paraphrase": (12, 12), "which_place": (4, 4), "cross_case": (5, 5), "english": (7, 7), "fact": (5, 5),
              "followup": (10, 10), "overview": (9, 9), "list": (5, 5), "unanswerable": (11, 11), "near_miss": (7, 7)}
    # Three comparisons name their places in the dev split and four in the held-out; the others ask "哪些地方…".
    MIN_PLACES = 7
    MIN_PLAIN = 2
    ID_PATTERN = id_patterns("g72")
    EARLIER_SETS = sets_before(72)
    ABSENT: Absent = {**ABSENT_DEV, **ABSENT_HELDOUT}
