"""The forty-eighth generalisation gold set (`gold/gen48_*.jsonl`) is well-formed, asks new questions, quotes the cases
verbatim, and its abstention items really are not answerable.

gen48's dev split was written by a helper during gen47's writing from the case texts only (its attempt at gen47's dev
split, finished after another helper's had been merged), renumbered; its held-out split by a helper after gen47's
round, from the case texts only. Nobody has run the engine or the eval runner on it. It is checked exactly as gen34 is,
with every earlier set, gen47 included, as the sets it must not repeat or nearly copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen34 import TestGen34 as Gen34Checks  # aliased so pytest does not collect TestGen34 again

# The keyword that would carry the missing detail of each abstention item, checked absent from the named cases (see
# `check_absent`). Opinion items (067/068 of each split) ask for a judgement and have none.
# Dev split: written by the dev split's helper.
ABSENT_DEV: Absent = {
    "g48-dev-058": (("luxi",), ("走教",)),
    "g48-dev-059": (("shangcheng",), ("附属", "大学", "高校")),
    "g48-dev-060": (("bozhou",), ("家庭教育", "家长")),
    "g48-dev-061": (("taizhou",), ("孵化出", "小学")),
    "g48-dev-062": (("luxi",), ("万元", "电脑", "计算机")),
    "g48-dev-063": (("shangcheng",), ("万元", "额度")),
    "g48-dev-064": (ALL, ("路由器",)),
    "g48-dev-065": (ALL, ("红烧肉",)),
    "g48-dev-066": (ALL, ("防晒霜",)),
    "g48-dev-069": (("tonglu",), ("费用", "万元")),
    "g48-dev-070": (("dingxi",), ("签发", "市长")),
    "g48-dev-071": (("zibo",), ("万元",)),
    "g48-dev-072": (("yuhang",), ("揭牌", "院长")),
    "g48-dev-073": (("bozhou",), ("牵头", "教育局")),
    "g48-dev-074": (("shangcheng",), ("批准", "编办")),
    "g48-dev-075": (("taizhou",), ("公司",)),
}


# Held-out split: written by the held-out split's helper.
ABSENT_HELDOUT: Absent = {
    "g48-ho-058": (("taizhou",), ("补助", "补贴")),
    "g48-ho-059": (("luxi",), ("研究院",)),
    "g48-ho-060": (("shangcheng",), ("民办", "民助")),
    "g48-ho-061": (("dingxi",), ("名单",)),
    "g48-ho-062": (("bozhou",), ("谯城", "涡阳", "蒙城", "利辛")),
    "g48-ho-063": (("tonglu",), ("经费", "万元")),
    "g48-ho-064": (ALL, ("热水器",)),
    "g48-ho-065": (ALL, ("酸菜",)),
    "g48-ho-066": (ALL, ("碎屏",)),
    "g48-ho-069": (("taizhou",), ("上线",)),
    "g48-ho-070": (("luxi",), ("牵头",)),
    "g48-ho-071": (("shangcheng",), ("地址", "办公地点")),
    "g48-ho-072": (("zibo",), ("每个工作室", "万元")),
    "g48-ho-073": (("dingxi",), ("设在", "挂靠")),
    "g48-ho-074": (("tonglu",), ("签字", "签署")),
    "g48-ho-075": (("junior-school-action-plan",), ("印发",)),
}


class TestGen48(Gen34Checks):
    NAME = "gen48"
    ID_PATTERN = id_patterns("g48")
    EARLIER_SETS = sets_before(48)
    ABSENT: Absent = {**ABSENT_DEV, **ABSENT_HELDOUT}
