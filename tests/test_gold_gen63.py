"""The sixty-third generalisation gold set (`gold/gen63_*.jsonl`) is well-formed, asks new questions, quotes the cases
verbatim, and its abstention items really are not answerable.

gen63 was written by helpers in eight parts (four per split, about nineteen items each), from the case texts only,
dev quoting the first half of each case file and held-out the second; each part passed the part checker
(`gold/drafts/check_part.py`) before the parts were joined, and nobody ran the engine or the eval runner on it before
its round. It is checked exactly as gen34 is, with every earlier set, gen62 included, as the sets it must not repeat
or nearly copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen34 import TestGen34 as Gen34Checks  # aliased so pytest does not collect TestGen34 again

# The keyword that would carry the missing detail of each abstention item, checked absent from the named cases (see
# `check_absent`). Opinion items (067/068 of each split) ask for a judgement and have none.
# Dev split: written by the helper of the dev split's part D.
ABSENT_DEV: Absent = {
    "g63-dev-058": (("dingxi",), ("购房","买房","住房",)),
    "g63-dev-059": (("taizhou",), ("首席信息官","CIO",)),
    "g63-dev-060": (("luxi",), ("音体美","音乐","美术",)),
    "g63-dev-061": (("zibo",), ("元",)),
    "g63-dev-062": (("taizhou",), ("学时","课时",)),
    "g63-dev-063": (("tonglu",), ("名单","七所",)),
    "g63-dev-064": (ALL, ("滑坡","地质灾害","落石",)),
    "g63-dev-065": (ALL, ("击剑","护具",)),
    "g63-dev-066": (ALL, ("蛇","雄黄",)),
    "g63-dev-069": (("shangcheng",), ("督学","专职",)),
    "g63-dev-070": (("luxi",), ("门课","点播","播放",)),
    "g63-dev-071": (("taizhou",), ("点击","播放","访问",)),
    "g63-dev-072": (("yuhang",), ("万元","培训经费",)),
    "g63-dev-073": (("tonglu",), ("会费","入会",)),
    "g63-dev-074": (("digital-education-resources",), ("浏览量","访问量","资源条数",)),
    "g63-dev-075": (("junior-school-action-plan",), ("万元","津贴",)),
}


# Held-out split: written by the helper of the held-out split's part D.
ABSENT_HELDOUT: Absent = {
    "g63-ho-058": (("bozhou",), ("实验","操作",)),
    "g63-ho-059": (("zibo",), ("职称","评优","倾斜",)),
    "g63-ho-060": (("luxi",), ("民办","收费","学费",)),
    "g63-ho-061": (("tonglu",), ("名次","承诺",)),
    "g63-ho-062": (("dingxi",), ("参训","名初中",)),
    "g63-ho-063": (("junior-school-action-plan",), ("个学分","学分要求",)),
    "g63-ho-064": (ALL, ("夹竹桃",)),
    "g63-ho-065": (ALL, ("马蜂","蜂窝",)),
    "g63-ho-066": (ALL, ("胰岛素","糖尿病",)),
    "g63-ho-069": (("bozhou",), ("特岗","公开招聘",)),
    "g63-ho-070": (("luxi",), ("比例","交流比例",)),
    "g63-ho-071": (("shangcheng",), ("研究员","学段组",)),
    "g63-ho-072": (("taizhou",), ("片区",)),
    "g63-ho-073": (("zibo",), ("有效期","废止",)),
    "g63-ho-074": (("dingxi",), ("兰州","路费",)),
    "g63-ho-075": (("yuhang",), ("托位",)),
}


class TestGen63(Gen34Checks):
    NAME = "gen63"
    COUNTS = {"paraphrase": (12, 12), "which_place": (4, 4), "cross_case": (5, 5), "english": (7, 7), "fact": (5, 5),
              "followup": (10, 10), "overview": (9, 9), "list": (5, 5), "unanswerable": (11, 11), "near_miss": (7, 7)}
    # Three comparisons per split name their places; two per split ask "哪些地方…".
    MIN_PLACES = 6
    MIN_PLAIN = 2
    ID_PATTERN = id_patterns("g63")
    EARLIER_SETS = sets_before(63)
    ABSENT: Absent = {**ABSENT_DEV, **ABSENT_HELDOUT}
