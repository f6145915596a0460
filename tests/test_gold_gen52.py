"""The fifty-second generalisation gold set (`gold/gen52_*.jsonl`) is well-formed, asks new questions, quotes the cases
verbatim, and its abstention items really are not answerable.

gen52 was written by two helpers, one per split, during gen51's round, from the case texts only; nobody has run the
engine or the eval runner on it. It is checked exactly as gen34 is, with every earlier set, gen51 included, as the sets
it must not repeat or nearly copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen34 import TestGen34 as Gen34Checks  # aliased so pytest does not collect TestGen34 again

# The keyword that would carry the missing detail of each abstention item, checked absent from the named cases (see
# `check_absent`). Opinion items (067/068 of each split) ask for a judgement and have none.
# Dev split: written by the dev split's helper.
ABSENT_DEV: Absent = {
    "g52-dev-058": (("luxi",), ("微课",)),
    "g52-dev-059": (("shangcheng",), ("补助", "保险")),
    "g52-dev-060": (("bozhou",), ("协作体",)),
    "g52-dev-061": (("bozhou",), ("参会", "出席", "参加")),
    "g52-dev-062": (("yuhang",), ("已签约", "签约")),
    "g52-dev-063": (("taizhou",), ("个跨区域", "个共同体")),
    "g52-dev-064": (ALL, ("菜价", "供应商")),
    "g52-dev-065": (ALL, ("照度", "勒克斯")),
    "g52-dev-066": (ALL, ("校车", "驾照")),
    "g52-dev-069": (("tonglu",), ("驻校", "每月")),
    "g52-dev-070": (("dingxi",), ("课时", "节课")),
    "g52-dev-071": (("zibo",), ("专职",)),
    "g52-dev-072": (("shangcheng",), ("不合格", "免职", "降职")),
    "g52-dev-073": (("junior-school-action-plan",), ("工资", "薪酬")),
    "g52-dev-074": (("luxi",), ("结对", "青年教师")),
    "g52-dev-075": (("digital-education-resources",), ("门课", "条资源")),
}


# Held-out split: written by the held-out split's helper.
ABSENT_HELDOUT: Absent = {
    "g52-ho-058": (("zibo",), ("走教",)),
    "g52-ho-059": (("tonglu",), ("惠民", "服务中心")),
    "g52-ho-060": (("bozhou",), ("基层经历",)),
    "g52-ho-061": (("tonglu",), ("(6)", "第六")),
    "g52-ho-062": (("digital-education-resources",), ("频道", "播出")),
    "g52-ho-063": (("junior-school-action-plan",), ("退出", "摘帽")),
    "g52-ho-064": (ALL, ("伙食", "菜价")),
    "g52-ho-065": (ALL, ("试讲", "资格证")),
    "g52-ho-066": (ALL, ("空调",)),
    "g52-ho-069": (("bozhou",), ("所学校", "每个联盟")),
    "g52-ho-070": (("luxi",), ("末位", "免职", "问责")),
    "g52-ho-071": (("shangcheng",), ("审批", "审定", "备案")),
    "g52-ho-072": (("taizhou",), ("点击", "访问量", "浏览")),
    "g52-ho-073": (("dingxi",), ("评选条件", "评选标准")),
    "g52-ho-074": (("zibo",), ("处室", "办公室")),
    "g52-ho-075": (("yuhang",), ("签约", "落地")),
}


class TestGen52(Gen34Checks):
    NAME = "gen52"
    ID_PATTERN = id_patterns("g52")
    EARLIER_SETS = sets_before(52)
    ABSENT: Absent = {**ABSENT_DEV, **ABSENT_HELDOUT}
