"""The fifty-seventh generalisation gold set (`gold/gen57_*.jsonl`) is well-formed, asks new questions, quotes the cases
verbatim, and its abstention items really are not answerable.

gen57 was written by helpers in parts, from the case texts only, each part quoting mainly one quarter of each case
file (dev: the first two quarters; held-out: the last two); nobody ran the engine or the eval runner on it before its
round. The held-out split's first part (001…038) was written last, after the second part had been read. It is
checked exactly as gen34 is, with every earlier set, gen56 included, as the sets it must not repeat or nearly copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen34 import TestGen34 as Gen34Checks  # aliased so pytest does not collect TestGen34 again

# The keyword that would carry the missing detail of each abstention item, checked absent from the named cases (see
# `check_absent`). Opinion items (067/068 of each split) ask for a judgement and have none.
# Dev split: written by the dev split's helper.
ABSENT_DEV: Absent = {
    "g57-dev-058": (("taizhou",), ("家长", "手机")),
    "g57-dev-059": (("shangcheng",), ("村小", "千所")),
    "g57-dev-060": (("luxi",), ("预警", "学位")),
    "g57-dev-061": (("dingxi",), ("数学", "英语", "名单")),
    "g57-dev-062": (("zibo",), ("万元",)),
    "g57-dev-063": (("junior-school-action-plan",), ("亿元", "投资")),
    "g57-dev-064": (ALL, ("照度", "灯具")),
    "g57-dev-065": (ALL, ("午睡", "午休")),
    "g57-dev-066": (ALL, ("论文",)),
    "g57-dev-069": (("bozhou",), ("学时", "课时")),
    "g57-dev-070": (("luxi",), ("平台", "门课")),
    "g57-dev-071": (("shangcheng",), ("热线", "受理")),
    "g57-dev-072": (("taizhou",), ("节微课", "上线")),
    "g57-dev-073": (("yuhang",), ("保育费", "公办幼儿园")),
    "g57-dev-074": (("digital-education-resources",), ("课时",)),
    "g57-dev-075": (("tonglu",), ("驻校", "派驻")),
}


# Held-out split: written by the held-out split's helper.
ABSENT_HELDOUT: Absent = {
    "g57-ho-058": (("luxi",), ("一月一主题",)),
    "g57-ho-059": (("shangcheng",), ("县管校聘",)),
    "g57-ho-060": (("taizhou",), ("首席信息官", "CIO")),
    "g57-ho-061": (("bozhou",), ("学时", "课时", "脱产")),
    "g57-ho-062": (("shangcheng",), ("编制", "分管")),
    "g57-ho-063": (("zibo",), ("每月", "每人每")),
    "g57-ho-064": (ALL, ("泳池", "游泳")),
    "g57-ho-065": (ALL, ("配餐", "菜品")),
    "g57-ho-066": (ALL, ("拔河",)),
    "g57-ho-069": (("taizhou",), ("得分", "分数")),
    "g57-ho-070": (("luxi",), ("送教上门", "送教")),
    "g57-ho-071": (("digital-education-resources",), ("登录", "每周")),
    "g57-ho-072": (("tonglu",), ("县级教育局",)),
    "g57-ho-073": (("junior-school-action-plan",), ("名教研员", "位教研员")),
    "g57-ho-074": (("dingxi",), ("参会", "人参加")),
    "g57-ho-075": (("yuhang",), ("研修时间", "为期")),
}


class TestGen57(Gen34Checks):
    NAME = "gen57"
    # (the held-out split's first part, 001…038, was written last, after the second part had been read: see the
    # forty-second session's results in evals/README.md)
    COUNTS = {"paraphrase": (12, 12), "which_place": (4, 4), "cross_case": (5, 5), "english": (7, 7), "fact": (5, 5),
              "followup": (10, 10), "overview": (9, 9), "list": (5, 5), "unanswerable": (11, 11), "near_miss": (7, 7)}
    ID_PATTERN = id_patterns("g57")
    EARLIER_SETS = sets_before(57)
    ABSENT: Absent = {**ABSENT_DEV, **ABSENT_HELDOUT}
