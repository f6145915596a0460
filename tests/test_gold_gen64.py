"""The sixty-fourth generalisation gold set (`gold/gen64_*.jsonl`) is well-formed, asks new questions, quotes the cases
verbatim, and its abstention items really are not answerable.

gen64 was written by helpers in eight parts (four per split, about nineteen items each), from the case texts only,
dev quoting the first half of each case file and held-out the second; each part passed the part checker
(`gold/drafts/check_part.py`) before the parts were joined, and nobody ran the engine or the eval runner on it before
its round. It is checked exactly as gen34 is, with every earlier set, gen63 included, as the sets it must not repeat
or nearly copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen34 import TestGen34 as Gen34Checks  # aliased so pytest does not collect TestGen34 again

# The keyword that would carry the missing detail of each abstention item, checked absent from the named cases (see
# `check_absent`). Opinion items (067/068 of each split) ask for a judgement and have none.
# Dev split: written by the helper of the dev split's part D.
ABSENT_DEV: Absent = {
    "g64-dev-058": (("luxi",), ("教研员","学年",)),
    "g64-dev-059": (("tonglu",), ("美院","美术","附属学校",)),
    "g64-dev-060": (("zibo",), ("公开课","家庭教育","受益",)),
    "g64-dev-061": (("dingxi",), ("基地校名单","其中渭源","其中岷县","其中漳县",)),
    "g64-dev-062": (("yuhang",), ("预警名单","预警学校","所小学","所初中",)),
    "g64-dev-063": (("junior-school-action-plan",), ("名单","对应关系","结对学校",)),
    "g64-dev-064": (ALL, ("抗震","地震","砖混",)),
    "g64-dev-065": (ALL, ("马术","骑马","马背",)),
    "g64-dev-066": (ALL, ("化粪池","旱厕","吸粪",)),
    "g64-dev-069": (("bozhou",), ("亿元","万元","投入",)),
    "g64-dev-070": (("luxi",), ("名学生","结对","人次",)),
    "g64-dev-071": (("shangcheng",), ("电话","热线","地址",)),
    "g64-dev-072": (("taizhou",), ("海陵","高港","兴化","泰兴",)),
    "g64-dev-073": (("dingxi",), ("站长","挂靠","专职人员",)),
    "g64-dev-074": (("digital-education-resources",), ("文号","印发",)),
    "g64-dev-075": (("yuhang",), ("院长","揭牌",)),
}


# Held-out split: written by the helper of the held-out split's part D.
ABSENT_HELDOUT: Absent = {
    "g64-ho-058": (("taizhou",), ("家庭教育","家长",)),
    "g64-ho-059": (("luxi",), ("学生发展","更名","改名",)),
    "g64-ho-060": (("bozhou",), ("周转池","编制",)),
    "g64-ho-061": (("dingxi",), ("语文","英语","学科分布",)),
    "g64-ho-062": (("yuhang",), ("个月","研修时间","食宿",)),
    "g64-ho-063": (("tonglu",), ("服务费","万元","经费",)),
    "g64-ho-064": (ALL, ("古树","樟树","林业",)),
    "g64-ho-065": (ALL, ("蜜蜂","蜂箱","养蜂",)),
    "g64-ho-066": (ALL, ("锅炉","煤改",)),
    "g64-ho-069": (("bozhou",), ("首场","第一场","共召开",)),
    "g64-ho-070": (("luxi",), ("轮岗","人次",)),
    "g64-ho-071": (("shangcheng",), ("比例","%","几成",)),
    "g64-ho-072": (("taizhou",), ("兴化","泰兴","海陵",)),
    "g64-ho-073": (("zibo",), ("万元","人头",)),
    "g64-ho-074": (("junior-school-action-plan",), ("出国经费","芬兰","新加坡",)),
    "g64-ho-075": (("digital-education-resources",), ("财政部","工业和信息化部","印发",)),
}


class TestGen64(Gen34Checks):
    NAME = "gen64"
    COUNTS = {"paraphrase": (12, 12), "which_place": (4, 4), "cross_case": (5, 5), "english": (7, 7), "fact": (5, 5),
              "followup": (10, 10), "overview": (9, 9), "list": (5, 5), "unanswerable": (11, 11), "near_miss": (7, 7)}
    # Four comparisons per split name their places; one per split asks "哪些地方…".
    MIN_PLACES = 8
    MIN_PLAIN = 2
    ID_PATTERN = id_patterns("g64")
    EARLIER_SETS = sets_before(64)
    ABSENT: Absent = {**ABSENT_DEV, **ABSENT_HELDOUT}
