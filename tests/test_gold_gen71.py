"""The seventy-first generalisation gold set (`gold/gen71_*.jsonl`) is well-formed, asks new questions, quotes the cases
verbatim, and its abstention items really are not answerable.

gen71 was written by helpers in eight parts (four per split, about nineteen items each), from the case texts only,
dev quoting the first half of each case file and held-out the second; each part passed the part checker
(`gold/drafts/check_part.py`) before the parts were joined, and nobody ran the engine or the eval runner on it before
its round. It is checked exactly as gen34 is, with every earlier set, gen70 included, as the sets it must not repeat
or nearly copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen34 import TestGen34 as Gen34Checks  # aliased so pytest does not collect TestGen34 again

# The keyword that would carry the missing detail of each abstention item, checked absent from the named cases (see
# `check_absent`). Opinion items (067/068 of each split) ask for a judgement and have none.
# Dev split: written by the helper of the dev split's part D.
ABSENT_DEV: Absent = {
    "g71-dev-058": (("bozhou",), ("县管校聘","校聘",)),
    "g71-dev-059": (("taizhou",), ("筑基","贯通培养",)),
    "g71-dev-060": (("dingxi",), ("音体美","兼职",)),
    "g71-dev-061": (("dingxi",), ("市财政","分担","承担",)),
    "g71-dev-062": (("junior-school-action-plan",), ("语文","英语",)),
    "g71-dev-063": (("yuhang",), ("万元",)),
    "g71-dev-064": (ALL, ("白蚁",)),
    "g71-dev-065": (ALL, ("光伏",)),
    "g71-dev-066": (ALL, ("防雷","避雷",)),
    "g71-dev-069": (("taizhou",), ("路费","每周",)),
    "g71-dev-070": (("shangcheng",), ("热线","电话",)),
    "g71-dev-071": (("luxi",), ("培训班","年龄",)),
    "g71-dev-072": (("tonglu",), ("会费",)),
    "g71-dev-073": (("zibo",), ("工资","绩效",)),
    "g71-dev-074": (("dingxi",), ("保额","保费",)),
    "g71-dev-075": (("bozhou",), ("%","名额",)),
}


# Held-out split: written by the helper of the held-out split's part D.
ABSENT_HELDOUT: Absent = {
    "g71-ho-058": (("luxi",), ("补助","保险","意外险",)),
    "g71-ho-059": (("taizhou",), ("校名","加挂","挂牌",)),
    "g71-ho-060": (("bozhou",), ("家庭教育","家长","指导站",)),
    "g71-ho-061": (("dingxi",), ("名单","其中安定区","其中陇西","其中临洮",)),
    "g71-ho-062": (("yuhang",), ("院士","教授",)),
    "g71-ho-063": (("junior-school-action-plan",), ("顾问费","聘请","教授",)),
    "g71-ho-064": (ALL, ("校服",)),
    "g71-ho-065": (ALL, ("近视","眼保健操","灯光",)),
    "g71-ho-066": (ALL, ("欺凌","霸凌",)),
    "g71-ho-069": (("dingxi",), ("册","书目",)),
    "g71-ho-070": (("zibo",), ("万元","每个共同体每年",)),
    "g71-ho-071": (("tonglu",), ("万元","费用","经费","合同",)),
    "g71-ho-072": (("luxi",), ("门慕课","门课","学习人数",)),
    "g71-ho-073": (("shangcheng",), ("电话","热线","地址",)),
    "g71-ho-074": (("digital-education-resources",), ("文号","年印发","月印发",)),
    "g71-ho-075": (("yuhang",), ("个学位","学位",)),
}


class TestGen71(Gen34Checks):
    NAME = "gen71"
    COUNTS = {"paraphrase": (12, 12), "which_place": (4, 4), "cross_case": (5, 5), "english": (7, 7), "fact": (5, 5),
              "followup": (10, 10), "overview": (9, 9), "list": (5, 5), "unanswerable": (11, 11), "near_miss": (7, 7)}
    # Four comparisons name their places in each split; the others ask "哪些地方…".
    MIN_PLACES = 8
    MIN_PLAIN = 2
    ID_PATTERN = id_patterns("g71")
    EARLIER_SETS = sets_before(71)
    ABSENT: Absent = {**ABSENT_DEV, **ABSENT_HELDOUT}
