"""The sixtieth generalisation gold set (`gold/gen60_*.jsonl`) is well-formed, asks new questions, quotes the cases
verbatim, and its abstention items really are not answerable.

gen60 was written by helpers in eight parts (four per split, about nineteen items each), from the case texts only,
dev quoting the first half of each case file and held-out the second; each part passed the part checker
(`gold/drafts/check_part.py`) before the parts were joined, and nobody ran the engine or the eval runner on it before
its round. It is checked exactly as gen34 is, with every earlier set, gen59 included, as the sets it must not repeat
or nearly copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen34 import TestGen34 as Gen34Checks  # aliased so pytest does not collect TestGen34 again

# The keyword that would carry the missing detail of each abstention item, checked absent from the named cases (see
# `check_absent`). Opinion items (067/068 of each split) ask for a judgement and have none.
# Dev split: written by the helper of the dev split's part D.
ABSENT_DEV: Absent = {
    "g60-dev-058": (("bozhou",), ("研究生","硕士",)),
    "g60-dev-059": (("shangcheng",), ("睡眠","手机",)),
    "g60-dev-060": (("taizhou",), ("实验室","教学空间",)),
    "g60-dev-061": (("luxi",), ("环节","分钟",)),
    "g60-dev-062": (("digital-education-resources",), ("企业","公司",)),
    "g60-dev-063": (("dingxi",), ("名单",)),
    "g60-dev-064": (ALL, ("气象","百叶箱","雨量",)),
    "g60-dev-065": (ALL, ("校歌","版权",)),
    "g60-dev-066": (ALL, ("旗杆","国旗",)),
    "g60-dev-069": (("tonglu",), ("获奖","得奖",)),
    "g60-dev-070": (("zibo",), ("人数","万名",)),
    "g60-dev-071": (("yuhang",), ("署名","期刊","杂志",)),
    "g60-dev-072": (("junior-school-action-plan",), ("提高到","名额分配比例达",)),
    "g60-dev-073": (("dingxi",), ("分值","权重",)),
    "g60-dev-074": (("digital-education-resources",), ("培训","万名",)),
    "g60-dev-075": (("luxi",), ("特殊教育","特教",)),
}


# Held-out split: written by the helper of the held-out split's part D.
ABSENT_HELDOUT: Absent = {
    "g60-ho-058": (("taizhou",), ("家庭教育","家长",)),
    "g60-ho-059": (("luxi",), ("更名","研究中心","教研室",)),
    "g60-ho-060": (("tonglu",), ("首席信息官","CIO","信息官",)),
    "g60-ho-061": (("zibo",), ("万元",)),
    "g60-ho-062": (("dingxi",), ("教授",)),
    "g60-ho-063": (("junior-school-action-plan",), ("领衔人",)),
    "g60-ho-064": (ALL, ("望远镜","天文",)),
    "g60-ho-065": (ALL, ("银杏",)),
    "g60-ho-066": (ALL, ("旗杆","国旗","升旗",)),
    "g60-ho-069": (("yuhang",), ("万元",)),
    "g60-ho-070": (("digital-education-resources",), ("频道","播出","开播",)),
    "g60-ho-071": (("bozhou",), ("万元","亿元",)),
    "g60-ho-072": (("shangcheng",), ("挂牌","主任",)),
    "g60-ho-073": (("luxi",), ("结对","对子",)),
    "g60-ho-074": (("dingxi",), ("热线","电话",)),
    "g60-ho-075": (("zibo",), ("共组建","已组建","组建了",)),
}


class TestGen60(Gen34Checks):
    NAME = "gen60"
    COUNTS = {"paraphrase": (12, 12), "which_place": (4, 4), "cross_case": (5, 5), "english": (7, 7), "fact": (5, 5),
              "followup": (10, 10), "overview": (9, 9), "list": (5, 5), "unanswerable": (11, 11), "near_miss": (7, 7)}
    # Each split has four comparisons that name their places and one "哪些地方…" question (as in gen59).
    MIN_PLACES = 8
    MIN_PLAIN = 2
    ID_PATTERN = id_patterns("g60")
    EARLIER_SETS = sets_before(60)
    ABSENT: Absent = {**ABSENT_DEV, **ABSENT_HELDOUT}
