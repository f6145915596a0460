"""The fifty-first generalisation gold set (`gold/gen51_*.jsonl`) is well-formed, asks new questions, quotes the cases
verbatim, and its abstention items really are not answerable.

gen51 was written by two helpers, one per split, during gen50's round, from the case texts only; nobody has run the
engine or the eval runner on it. It is checked exactly as gen34 is, with every earlier set, gen50 included, as the sets
it must not repeat or nearly copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen34 import TestGen34 as Gen34Checks  # aliased so pytest does not collect TestGen34 again

# The keyword that would carry the missing detail of each abstention item, checked absent from the named cases (see
# `check_absent`). Opinion items (067/068 of each split) ask for a judgement and have none.
# Dev split: written by the dev split's helper.
ABSENT_DEV: Absent = {
    "g51-dev-058": (("luxi",), ("微课",)),
    "g51-dev-059": (("zibo",), ("保险",)),
    "g51-dev-060": (("bozhou",), ("教研室",)),
    "g51-dev-061": (("dingxi",), ("城区家长", "农村家长")),
    "g51-dev-062": (("shangcheng",), ("额度", "万元")),
    "g51-dev-063": (("taizhou",), ("节课", "每学期")),
    "g51-dev-064": (ALL, ("空调",)),
    "g51-dev-065": (ALL, ("饺子",)),
    "g51-dev-066": (ALL, ("驾照",)),
    "g51-dev-069": (("dingxi",), ("妇联", "挂靠")),
    "g51-dev-070": (("zibo",), ("生均",)),
    "g51-dev-071": (("tonglu",), ("驻校",)),
    "g51-dev-072": (("taizhou",), ("年限", "周期")),
    "g51-dev-073": (("luxi",), ("启动", "始于")),
    "g51-dev-074": (("shangcheng",), ("挂牌",)),
    "g51-dev-075": (("bozhou",), ("完工", "竣工")),
}


# Held-out split: written by the held-out split's helper.
ABSENT_HELDOUT: Absent = {
    "g51-ho-058": (("taizhou",), ("补贴", "补助")),
    "g51-ho-059": (("yuhang",), ("教研室",)),
    "g51-ho-060": (("luxi",), ("首席信息官", "CIO")),
    "g51-ho-061": (("yuhang",), ("名单", "预警学校")),
    "g51-ho-062": (("bozhou",), ("小学校长", "初中校长")),
    "g51-ho-063": (("taizhou",), ("节微课", "微课数量")),
    "g51-ho-064": (ALL, ("电饭煲",)),
    "g51-ho-065": (ALL, ("护膝", "登山杖")),
    "g51-ho-066": (ALL, ("转账",)),
    "g51-ho-069": (("zibo",), ("津贴",)),
    "g51-ho-070": (("dingxi",), ("到账", "拨付")),
    "g51-ho-071": (("tonglu",), ("经费", "财政", "万元")),
    "g51-ho-072": (("bozhou",), ("抽调",)),
    "g51-ho-073": (("shangcheng",), ("地址", "接待时间")),
    "g51-ho-074": (("luxi",), ("干满", "任满", "届满")),
    "g51-ho-075": (("yuhang",), ("首批", "第一批")),
}


class TestGen51(Gen34Checks):
    NAME = "gen51"
    ID_PATTERN = id_patterns("g51")
    EARLIER_SETS = sets_before(51)
    ABSENT: Absent = {**ABSENT_DEV, **ABSENT_HELDOUT}
