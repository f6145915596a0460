"""The sixty-first generalisation gold set (`gold/gen61_*.jsonl`) is well-formed, asks new questions, quotes the cases
verbatim, and its abstention items really are not answerable.

gen61 was written by helpers in eight parts (four per split, about nineteen items each), from the case texts only,
dev quoting the first half of each case file and held-out the second; each part passed the part checker
(`gold/drafts/check_part.py`) before the parts were joined, and nobody ran the engine or the eval runner on it before
its round. It is checked exactly as gen34 is, with every earlier set, gen60 included, as the sets it must not repeat
or nearly copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen34 import TestGen34 as Gen34Checks  # aliased so pytest does not collect TestGen34 again

# The keyword that would carry the missing detail of each abstention item, checked absent from the named cases (see
# `check_absent`). Opinion items (067/068 of each split) ask for a judgement and have none.
# Dev split: written by the helper of the dev split's part D.
ABSENT_DEV: Absent = {
    "g61-dev-058": (("dingxi",), ("优质均衡","验收",)),
    "g61-dev-059": (("yuhang",), ("大讲堂","科技素养","科技",)),
    "g61-dev-060": (("tonglu",), ("问责","结果考核",)),
    "g61-dev-061": (("junior-school-action-plan",), ("入库","专家名单",)),
    "g61-dev-062": (("bozhou",), ("子项目","科室",)),
    "g61-dev-063": (("dingxi",), ("分工","工信部门负责","人社部门负责",)),
    "g61-dev-064": (ALL, ("调频","无线电","电台",)),
    "g61-dev-065": (ALL, ("商标","校徽",)),
    "g61-dev-066": (ALL, ("标本","穿山甲","猫头鹰",)),
    "g61-dev-069": (("tonglu",), ("黄建德校长","现任","任校长",)),
    "g61-dev-070": (("taizhou",), ("所薄弱学校","改造完成",)),
    "g61-dev-071": (("dingxi",), ("新建了","所新学校","塑形周期缩短",)),
    "g61-dev-072": (("digital-education-resources",), ("使用率","利用率",)),
    "g61-dev-073": (("zibo",), ("互派","名学生",)),
    "g61-dev-074": (("junior-school-action-plan",), ("心理教师","心理老师","专职心理",)),
    "g61-dev-075": (("yuhang",), ("划入临平","划归临平","划给临平",)),
}


# Held-out split: written by the helper of the held-out split's part D.
ABSENT_HELDOUT: Absent = {
    "g61-ho-058": (("luxi",), ("补助","补贴","生活费","意外",)),
    "g61-ho-059": (("shangcheng",), ("教研员","薄弱","任教",)),
    "g61-ho-060": (("dingxi",), ("校名","加挂","挂牌",)),
    "g61-ho-061": (("dingxi",), ("牵头部门","重点任务包括",)),
    "g61-ho-062": (("tonglu",), ("万元","经费","费用","合同",)),
    "g61-ho-063": (("junior-school-action-plan",), ("万元","亿元","投资",)),
    "g61-ho-064": (ALL, ("古墓","墓砖","文物",)),
    "g61-ho-065": (ALL, ("泔水","餐厨","剩饭","喂猪",)),
    "g61-ho-066": (ALL, ("古井","水井","井盖",)),
    "g61-ho-069": (("bozhou",), ("万元","亿元","投入",)),
    "g61-ho-070": (("luxi",), ("班班通","多媒体","一体机",)),
    "g61-ho-071": (("shangcheng",), ("电话","热线","地址",)),
    "g61-ho-072": (("zibo",), ("万元","元",)),
    "g61-ho-073": (("taizhou",), ("人次","名教师","每周",)),
    "g61-ho-074": (("tonglu",), ("报名","每期","参会",)),
    "g61-ho-075": (("digital-education-resources",), ("文号","教基","印发",)),
}


class TestGen61(Gen34Checks):
    NAME = "gen61"
    COUNTS = {"paraphrase": (12, 12), "which_place": (4, 4), "cross_case": (5, 5), "english": (7, 7), "fact": (5, 5),
              "followup": (10, 10), "overview": (9, 9), "list": (5, 5), "unanswerable": (11, 11), "near_miss": (7, 7)}
    # Each split has four comparisons that name their places and one "哪些地方…" question (as in gen60).
    MIN_PLACES = 8
    MIN_PLAIN = 2
    ID_PATTERN = id_patterns("g61")
    EARLIER_SETS = sets_before(61)
    ABSENT: Absent = {**ABSENT_DEV, **ABSENT_HELDOUT}
