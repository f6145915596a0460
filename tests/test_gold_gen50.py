"""The fiftieth generalisation gold set (`gold/gen50_*.jsonl`) is well-formed, asks new questions, quotes the cases
verbatim, and its abstention items really are not answerable.

gen50 was written by two helpers, one per split, during gen49's round, from the case texts only; nobody has run the
engine or the eval runner on it. It is checked exactly as gen34 is, with every earlier set, gen49 included, as the sets
it must not repeat or nearly copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen34 import TestGen34 as Gen34Checks  # aliased so pytest does not collect TestGen34 again

# The keyword that would carry the missing detail of each abstention item, checked absent from the named cases (see
# `check_absent`). Opinion items (067/068 of each split) ask for a judgement and have none.
# Dev split: written by the dev split's helper.
ABSENT_DEV: Absent = {
    "g50-dev-058": (("luxi",), ("走教",)),
    "g50-dev-059": (("bozhou",), ("保险",)),
    "g50-dev-060": (("shangcheng",), ("研究院",)),
    "g50-dev-061": (("taizhou",), ("亿元", "万元")),
    "g50-dev-062": (("bozhou",), ("培训基地", "天")),
    "g50-dev-063": (("yuhang",), ("普惠性",)),
    "g50-dev-064": (ALL, ("猫",)),
    "g50-dev-065": (ALL, ("膝盖",)),
    "g50-dev-066": (ALL, ("鸡蛋",)),
    "g50-dev-069": (("dingxi",), ("站长",)),
    "g50-dev-070": (("shangcheng",), ("研究员",)),
    "g50-dev-071": (("luxi",), ("牵头",)),
    "g50-dev-072": (("tonglu",), ("经费",)),
    "g50-dev-073": (("zibo",), ("万元",)),
    "g50-dev-074": (("taizhou",), ("交通", "补贴")),
    "g50-dev-075": (("yuhang",), ("签发",)),
}


# Held-out split: written by the held-out split's helper.
ABSENT_HELDOUT: Absent = {
    "g50-ho-058": (("zibo",), ("家庭教育", "工作站")),
    "g50-ho-059": (("taizhou",), ("首席信息官", "CIO")),
    "g50-ho-060": (("luxi",), ("现场推进会", "每季度")),
    "g50-ho-061": (("yuhang",), ("语文", "数学", "英语")),
    "g50-ho-062": (("shangcheng",), ("百分之", "比例")),
    "g50-ho-063": (("taizhou",), ("节微课", "万节")),
    "g50-ho-064": (ALL, ("电饭煲", "内胆")),
    "g50-ho-065": (ALL, ("绿萝",)),
    "g50-ho-066": (ALL, ("微信",)),
    "g50-ho-069": (("dingxi",), ("挂靠", "妇联")),
    "g50-ho-070": (("tonglu",), ("签字", "签署", "签名")),
    "g50-ho-071": (("zibo",), ("签发",)),
    "g50-ho-072": (("luxi",), ("名学生", "每位教师")),
    "g50-ho-073": (("bozhou",), ("督导", "牵头")),
    "g50-ho-074": (("junior-school-action-plan",), ("兼任", "副校长")),
    "g50-ho-075": (("yuhang",), ("首届", "第一届")),
}


class TestGen50(Gen34Checks):
    NAME = "gen50"
    ID_PATTERN = id_patterns("g50")
    EARLIER_SETS = sets_before(50)
    ABSENT: Absent = {**ABSENT_DEV, **ABSENT_HELDOUT}
