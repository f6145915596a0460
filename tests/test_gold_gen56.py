"""The fifty-sixth generalisation gold set (`gold/gen56_*.jsonl`) is well-formed, asks new questions, quotes the cases
verbatim, and its abstention items really are not answerable.

gen56 was written by two helpers, one per split, after gen55's round, from the case texts only (the dev helper quoting
the first half of each case, the held-out helper the second); nobody has run the engine or the eval runner on it. It is
checked exactly as gen34 is, with every earlier set, gen55 included, as the sets it must not repeat or nearly copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen34 import TestGen34 as Gen34Checks  # aliased so pytest does not collect TestGen34 again

# The keyword that would carry the missing detail of each abstention item, checked absent from the named cases (see
# `check_absent`). Opinion items (067/068 of each split) ask for a judgement and have none.
# Dev split: written by the dev split's helper.
ABSENT_DEV: Absent = {
    "g56-dev-058": (("bozhou",), ("家庭教育", "工作站")),
    "g56-dev-059": (("luxi",), ("走教", "片管校用")),
    "g56-dev-060": (("shangcheng",), ("提质强校", "研究院")),
    "g56-dev-061": (("bozhou",), ("谯城", "涡阳", "蒙城", "利辛")),
    "g56-dev-062": (("dingxi",), ("册", "书目")),
    "g56-dev-063": (("yuhang",), ("名单", "预警等级")),
    "g56-dev-064": (ALL, ("明厨亮灶",)),
    "g56-dev-065": (ALL, ("校车",)),
    "g56-dev-066": (ALL, ("溺水",)),
    "g56-dev-069": (("shangcheng",), ("等次", "合格")),
    "g56-dev-070": (("taizhou",), ("得分", "分数", "评分")),
    "g56-dev-071": (("dingxi",), ("几天", "住宿")),
    "g56-dev-072": (("zibo",), ("个名师乡村工作室", "工作室数量")),
    "g56-dev-073": (("tonglu",), ("费用", "服务费", "万元")),
    "g56-dev-074": (("yuhang",), ("新增学位", "公办学位")),
    "g56-dev-075": (("junior-school-action-plan",), ("奖金", "奖励")),
}


# Held-out split: written by the held-out split's helper.
ABSENT_HELDOUT: Absent = {
    "g56-ho-058": (("taizhou",), ("筑基",)),
    "g56-ho-059": (("luxi",), ("特岗", "跟岗")),
    "g56-ho-060": (("shangcheng",), ("美院",)),
    "g56-ho-061": (("bozhou",), ("投资", "万元")),
    "g56-ho-062": (("shangcheng",), ("工作时间", "上班")),
    "g56-ho-063": (("yuhang",), ("安家费", "万元")),
    "g56-ho-064": (ALL, ("消毒柜",)),
    "g56-ho-065": (ALL, ("旅游", "退休")),
    "g56-ho-066": (ALL, ("多肉",)),
    "g56-ho-069": (("dingxi",), ("派驻", "每学期")),
    "g56-ho-070": (("bozhou",), ("占比", "比例")),
    "g56-ho-071": (("zibo",), ("万元",)),
    "g56-ho-072": (("tonglu",), ("研究员", "专职")),
    "g56-ho-073": (("luxi",), ("年起", "启动")),
    "g56-ho-074": (("junior-school-action-plan",), ("开发经费", "每门")),
    "g56-ho-075": (("digital-education-resources",), ("更新周期", "每年更新", "每学期")),
}


class TestGen56(Gen34Checks):
    NAME = "gen56"
    ID_PATTERN = id_patterns("g56")
    EARLIER_SETS = sets_before(56)
    ABSENT: Absent = {**ABSENT_DEV, **ABSENT_HELDOUT}
