"""The forty-ninth generalisation gold set (`gold/gen49_*.jsonl`) is well-formed, asks new questions, quotes the cases
verbatim, and its abstention items really are not answerable.

gen49 was written by two helpers, one per split, during gen48's round, from the case texts only; nobody has run the
engine or the eval runner on it. It is checked exactly as gen34 is, with every earlier set, gen48 included, as the sets
it must not repeat or nearly copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen34 import TestGen34 as Gen34Checks  # aliased so pytest does not collect TestGen34 again

# The keyword that would carry the missing detail of each abstention item, checked absent from the named cases (see
# `check_absent`). Opinion items (067/068 of each split) ask for a judgement and have none.
# Dev split: written by the dev split's helper.
ABSENT_DEV: Absent = {
    "g49-dev-058": (("luxi",), ("补贴", "补助", "万元")),
    "g49-dev-059": (("taizhou",), ("研究院",)),
    "g49-dev-060": (("shangcheng",), ("共同体", "集团")),
    "g49-dev-061": (("dingxi",), ("岷县特岗", "漳县特岗", "渭源县特岗")),
    "g49-dev-062": (("tonglu",), ("经费", "预算", "万元")),
    "g49-dev-063": (("yuhang",), ("北京", "上海", "华东")),
    "g49-dev-064": (ALL, ("空调",)),
    "g49-dev-065": (ALL, ("护膝",)),
    "g49-dev-066": (ALL, ("红烧肉",)),
    "g49-dev-069": (("zibo",), ("万元",)),
    "g49-dev-070": (("dingxi",), ("列支", "专项资金")),
    "g49-dev-071": (("taizhou",), ("学时", "学分")),
    "g49-dev-072": (("shangcheng",), ("主任",)),
    "g49-dev-073": (("luxi",), ("结对",)),
    "g49-dev-074": (("tonglu",), ("签字", "签署")),
    "g49-dev-075": (("yuhang",), ("起草", "牵头")),
}


# Held-out split: written by the held-out split's helper.
ABSENT_HELDOUT: Absent = {
    "g49-ho-058": (("taizhou",), ("补贴", "交通补贴")),
    "g49-ho-059": (("shangcheng",), ("专项资金", "财政", "预算")),
    "g49-ho-060": (("luxi",), ("大学", "高校", "签约")),
    "g49-ho-061": (("dingxi",), ("语文", "数学", "英语")),
    "g49-ho-062": (("shangcheng",), ("主任", "编制")),
    "g49-ho-063": (("yuhang",), ("北京", "上海", "个月")),
    "g49-ho-064": (ALL, ("猫粮",)),
    "g49-ho-065": (ALL, ("登山鞋",)),
    "g49-ho-066": (ALL, ("电饭煲", "夹生")),
    "g49-ho-069": (("dingxi",), ("市级财政", "县级财政")),
    "g49-ho-070": (("tonglu",), ("签字", "签署")),
    "g49-ho-071": (("zibo",), ("任命",)),
    "g49-ho-072": (("bozhou",), ("月份",)),
    "g49-ho-073": (("luxi",), ("牵头", "教研室", "股室")),
    "g49-ho-074": (("taizhou",), ("节课", "课时")),
    "g49-ho-075": (("yuhang",), ("安家费",)),
}


class TestGen49(Gen34Checks):
    NAME = "gen49"
    ID_PATTERN = id_patterns("g49")
    EARLIER_SETS = sets_before(49)
    ABSENT: Absent = {**ABSENT_DEV, **ABSENT_HELDOUT}
