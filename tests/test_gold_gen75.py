"""The seventy-fifth generalisation gold set (`gold/gen75_*.jsonl`) is well-formed, asks new questions, quotes the cases
verbatim, and its abstention items really are not answerable.

gen75 was written by helpers in eight parts (four per split, about nineteen items each), from the case texts only,
dev quoting the first half of each case file and held-out the second; each part passed the part checker
(`gold/drafts/check_part.py`) before the parts were joined, and nobody ran the engine or the eval runner on it before
its round. It is checked exactly as gen34 is, with every earlier set, gen74 included, as the sets it must not repeat
or nearly copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen34 import TestGen34 as Gen34Checks  # aliased so pytest does not collect TestGen34 again

# The keyword that would carry the missing detail of each abstention item, checked absent from the named cases (see
# `check_absent`). Opinion items (067/068 of each split) ask for a judgement and have none.
# Dev split: written by the helper of the dev split's part D.
ABSENT_DEV: Absent = {
    "g75-dev-058": (("bozhou",), ("购房","住房","补贴",)),
    "g75-dev-059": (("shangcheng",), ("教研员","薄弱","学年",)),
    "g75-dev-060": (("luxi",), ("捐","书香","图书",)),
    "g75-dev-061": (("yuhang",), ("名单","预警学校","所小学","所初中",)),
    "g75-dev-062": (("junior-school-action-plan",), ("万元","亿元","投资",)),
    "g75-dev-063": (("dingxi",), ("名单",)),
    "g75-dev-064": (ALL, ("档案","销毁","学籍卡",)),
    "g75-dev-065": (ALL, ("上铺","双层床","护栏",)),
    "g75-dev-066": (ALL, ("返聘","退休",)),
    "g75-dev-069": (("luxi",), ("末位","免职",)),
    "g75-dev-070": (("zibo",), ("汇编","个典型","案例集",)),
    "g75-dev-071": (("shangcheng",), ("督学","专职",)),
    "g75-dev-072": (("tonglu",), ("费用","经费","万元",)),
    "g75-dev-073": (("digital-education-resources",), ("所学校","万所","万名","开通",)),
    "g75-dev-074": (("dingxi",), ("保额","保费",)),
    "g75-dev-075": (("yuhang",), ("年薪","万元",)),
}


# Held-out split: written by the helper of the held-out split's part D.
ABSENT_HELDOUT: Absent = {
    "g75-ho-058": (("taizhou",), ("补助","保险","意外",)),
    "g75-ho-059": (("shangcheng",), ("薄弱","学年","周岁",)),
    "g75-ho-060": (("bozhou",), ("购房","安家",)),
    "g75-ho-061": (("dingxi",), ("名单",)),
    "g75-ho-062": (("yuhang",), ("名单","预警学校","所小学",)),
    "g75-ho-063": (("zibo",), ("名单","领衔人",)),
    "g75-ho-064": (ALL, ("近视","视力","照度",)),
    "g75-ho-065": (ALL, ("取暖","采暖","供暖","煤炉",)),
    "g75-ho-066": (ALL, ("校车","驾照","驾龄","驾驶",)),
    "g75-ho-069": (("luxi",), ("印发","版本",)),
    "g75-ho-070": (("taizhou",), ("节微课","访问","点击","用户",)),
    "g75-ho-071": (("tonglu",), ("会费","入会","联系人",)),
    "g75-ho-072": (("shangcheng",), ("发文","文件","统计",)),
    "g75-ho-073": (("dingxi",), ("留任","流失","离职",)),
    "g75-ho-074": (("bozhou",), ("万元","完工","竣工",)),
    "g75-ho-075": (("junior-school-action-plan",), ("个编制","申请",)),
}


class TestGen75(Gen34Checks):
    NAME = "gen75"
    COUNTS = {"paraphrase": (12, 12), "which_place": (4, 4), "cross_case": (5, 5), "english": (7, 7), "fact": (5, 5),
              "followup": (10, 10), "overview": (9, 9), "list": (5, 5), "unanswerable": (11, 11), "near_miss": (7, 7)}
    # Four comparisons name their places in the dev split and three in the held-out; the others ask "哪些地方…".
    MIN_PLACES = 7
    MIN_PLAIN = 2
    ID_PATTERN = id_patterns("g75")
    EARLIER_SETS = sets_before(75)
    ABSENT: Absent = {**ABSENT_DEV, **ABSENT_HELDOUT}
