"""The fifty-eighth generalisation gold set (`gold/gen58_*.jsonl`) is well-formed, asks new questions, quotes the cases
verbatim, and its abstention items really are not answerable.

gen58 was written by helpers in eight parts (four per split, about nineteen items each), from the case texts only,
dev quoting the first half of each case file and held-out the second; each part passed the part checker
(`gold/drafts/check_part.py`) before the parts were joined, and nobody ran the engine or the eval runner on it before
its round. It is checked exactly as gen34 is, with every earlier set, gen57 included, as the sets it must not repeat
or nearly copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen34 import TestGen34 as Gen34Checks  # aliased so pytest does not collect TestGen34 again

# The keyword that would carry the missing detail of each abstention item, checked absent from the named cases (see
# `check_absent`). Opinion items (067/068 of each split) ask for a judgement and have none.
# Dev split: written by the helper of the dev split's part D.
ABSENT_DEV: Absent = {
    "g58-dev-058": (("luxi",), ("错位验收", "为期一周",)),
    "g58-dev-059": (("zibo",), ("信用记录", "负面清单",)),
    "g58-dev-060": (("tonglu",), ("读者集团", "图书",)),
    "g58-dev-061": (("dingxi",), ("教授", "题目",)),
    "g58-dev-062": (("junior-school-action-plan",), ("初级中学", "结对名单",)),
    "g58-dev-063": (("yuhang",), ("普惠性民办", "普惠园",)),
    "g58-dev-064": (ALL, ("无人机", "航拍",)),
    "g58-dev-065": (ALL, ("光伏",)),
    "g58-dev-066": (ALL, ("樟树", "移栽",)),
    "g58-dev-069": (("bozhou",), ("达标率", "比例",)),
    "g58-dev-070": (("shangcheng",), ("编制", "主任",)),
    "g58-dev-071": (("taizhou",), ("留守", "随迁",)),
    "g58-dev-072": (("luxi",), ("结对", "农村教师",)),
    "g58-dev-073": (("dingxi",), ("热线", "电话",)),
    "g58-dev-074": (("yuhang",), ("三万以上", "所民办中小学",)),
    "g58-dev-075": (("zibo",), ("每月", "元",)),
}


# Held-out split: written by the helper of the held-out split's part D.
ABSENT_HELDOUT: Absent = {
    "g58-ho-058": (("taizhou",), ("苏甘", "甘肃", "支教",)),
    "g58-ho-059": (("tonglu",), ("STEM", "创客",)),
    "g58-ho-060": (("luxi",), ("思政",)),
    "g58-ho-061": (("dingxi",), ("名单",)),
    "g58-ho-062": (("yuhang",), ("咨询费",)),
    "g58-ho-063": (("bozhou",), ("音乐教师", "体育教师",)),
    "g58-ho-064": (ALL, ("蔬菜", "农残",)),
    "g58-ho-065": (ALL, ("防雷", "避雷",)),
    "g58-ho-066": (ALL, ("兔", "禽流感",)),
    "g58-ho-069": (("luxi",), ("未开齐", "没开齐",)),
    "g58-ho-070": (("shangcheng",), ("人次", "场次",)),
    "g58-ho-071": (("dingxi",), ("平均分",)),
    "g58-ho-072": (("junior-school-action-plan",), ("实际拥有", "现有名师",)),
    "g58-ho-073": (("tonglu",), ("浙江省内",)),
    "g58-ho-074": (("digital-education-resources",), ("万元", "亿元",)),
    "g58-ho-075": (("yuhang",), ("所数字化示范",)),
}


class TestGen58(Gen34Checks):
    NAME = "gen58"
    COUNTS = {"paraphrase": (12, 12), "which_place": (4, 4), "cross_case": (5, 5), "english": (7, 7), "fact": (5, 5),
              "followup": (10, 10), "overview": (9, 9), "list": (5, 5), "unanswerable": (11, 11), "near_miss": (7, 7)}
    # The part briefs asked for five comparisons per split without fixing how many name their places: each split has
    # three that do and two "哪些地方…" questions (gen57 had eight and two).
    MIN_PLACES = 6
    MIN_PLAIN = 4
    ID_PATTERN = id_patterns("g58")
    EARLIER_SETS = sets_before(58)
    ABSENT: Absent = {**ABSENT_DEV, **ABSENT_HELDOUT}
