"""The seventy-sixth generalisation gold set (`gold/gen76_*.jsonl`) is well-formed, asks new questions, quotes the cases
verbatim, and its abstention items really are not answerable.

gen76 was written by helpers in eight parts (four per split, about nineteen items each), from the case texts only,
dev quoting the first half of each case file and held-out the second; each part passed the part checker
(`gold/drafts/check_part.py`) before the parts were joined, and nobody ran the engine or the eval runner on it before
its round. It is checked exactly as gen34 is, with every earlier set, gen75 included, as the sets it must not repeat
or nearly copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen34 import TestGen34 as Gen34Checks  # aliased so pytest does not collect TestGen34 again

# The keyword that would carry the missing detail of each abstention item, checked absent from the named cases (see
# `check_absent`). Opinion items (067/068 of each split) ask for a judgement and have none.
# Dev split: written by the helper of the dev split's part D.
ABSENT_DEV: Absent = {
    "g76-dev-058": (("taizhou",), ("家庭教育","家长","指导站",)),
    "g76-dev-059": (("zibo",), ("基层经历","职称","提拔",)),
    "g76-dev-060": (("bozhou",), ("工作室","带徒","师徒",)),
    "g76-dev-061": (("yuhang",), ("清华","北大","北师大","华东师","哈佛","名单",)),
    "g76-dev-062": (("tonglu",), ("分水","横村","江南","富春","瑶琳","名单",)),
    "g76-dev-063": (("dingxi",), ("临洮中学","岷县一中","渭源一中","漳县一中","陇西一中","名单",)),
    "g76-dev-064": (ALL, ("军训","教官",)),
    "g76-dev-065": (ALL, ("普通话",)),
    "g76-dev-066": (ALL, ("垃圾分类","厨余",)),
    "g76-dev-069": (("tonglu",), ("入校","每月","每学期","驻校",)),
    "g76-dev-070": (("dingxi",), ("套试题","题库","共享平台",)),
    "g76-dev-071": (("digital-education-resources",), ("学时","培训","课时",)),
    "g76-dev-072": (("taizhou",), ("补贴","津贴","补助","交通费",)),
    "g76-dev-073": (("luxi",), ("比例","人次","名额","每年",)),
    "g76-dev-074": (("shangcheng",), ("比例","课时","校本课程","上限",)),
    "g76-dev-075": (("junior-school-action-plan",), ("三月","四月","五月","九月","十月","十一月","十二月","月份",)),
}


# Held-out split: written by the helper of the held-out split's part D.
ABSENT_HELDOUT: Absent = {
    "g76-ho-058": (("taizhou",), ("特岗","跟岗",)),
    "g76-ho-059": (("zibo",), ("首席信息官","CIO",)),
    "g76-ho-060": (("bozhou",), ("美院","附属学校","艺术院校",)),
    "g76-ho-061": (("tonglu",), ("名单","省内",)),
    "g76-ho-062": (("dingxi",), ("名额","选拔",)),
    "g76-ho-063": (("junior-school-action-plan",), ("万元","领衔",)),
    "g76-ho-064": (ALL, ("校服",)),
    "g76-ho-065": (ALL, ("近视","照度","黑板灯","眼镜",)),
    "g76-ho-066": (ALL, ("取暖","煤炉","煤气",)),
    "g76-ho-069": (("bozhou",), ("万元","亿元",)),
    "g76-ho-070": (("zibo",), ("万元",)),
    "g76-ho-071": (("taizhou",), ("节微课","登录","点击",)),
    "g76-ho-072": (("luxi",), ("门课","上线","科目",)),
    "g76-ho-073": (("yuhang",), ("万元",)),
    "g76-ho-074": (("shangcheng",), ("电话","热线",)),
    "g76-ho-075": (("junior-school-action-plan",), ("美国","英国","芬兰","新加坡","日本",)),
}


class TestGen76(Gen34Checks):
    NAME = "gen76"
    COUNTS = {"paraphrase": (12, 12), "which_place": (4, 4), "cross_case": (5, 5), "english": (7, 7), "fact": (5, 5),
              "followup": (10, 10), "overview": (9, 9), "list": (5, 5), "unanswerable": (11, 11), "near_miss": (7, 7)}
    # Three comparisons name their places in the dev split and four in the held-out; the others ask "哪些地方…".
    MIN_PLACES = 7
    MIN_PLAIN = 2
    ID_PATTERN = id_patterns("g76")
    EARLIER_SETS = sets_before(76)
    ABSENT: Absent = {**ABSENT_DEV, **ABSENT_HELDOUT}
