"""The twelfth generalisation gold set (`gold/gen12_*.jsonl`) is well-formed, asks new questions, quotes the cases
verbatim, and its abstention items really are not answerable.

gen12 was written by a helper before any tuning on it, from the case texts only and without running the engine or the
eval runner on it, because `gen11`'s held-out split (the last unspent one) has been read. It is checked exactly as
gen11 is (`TestGen11`, the checks of `RequotingGoldSetTests` plus gen7's own two), with its own ids, its own
abstention keywords and every earlier set, gen11 included, as the sets it must not repeat or nearly copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen11 import TestGen11 as Gen11Checks  # aliased so pytest does not collect TestGen11 again


class TestGen12(Gen11Checks):
    NAME = "gen12"
    ID_PATTERN = id_patterns("g12")
    EARLIER_SETS = sets_before(12)
    # The keyword that would carry the missing detail of an abstention item, checked absent from the named cases: a
    # practice of another place (wrong_region), a subject list, roster, clause or catalogue the text does not give, an
    # off-corpus topic, a term of service, a pilot school, a start year, a share, a count, cost or bonus a near miss
    # asks for. Opinion items (g12-dev-067/068, g12-ho-067/068) ask for a judgement and have none.
    ABSENT: Absent = {
        "g12-dev-058": (("tonglu",), ("读者", "研学")),
        "g12-dev-059": (("taizhou",), ("民办", "收费")),
        "g12-dev-060": (("junior-school-action-plan",), ("合作经费",)),
        "g12-dev-061": (("shangcheng",), ("语文", "数学")),
        "g12-dev-062": (("dingxi",), ("学科",)),
        "g12-dev-063": (("digital-education-resources",), ("教学点",)),
        "g12-dev-064": (ALL, ("监控", "录像")),
        "g12-dev-065": (ALL, ("空调",)),
        "g12-dev-066": (ALL, ("溺水",)),
        "g12-dev-069": (("bozhou",), ("服务期", "待满")),
        "g12-dev-070": (("luxi",), ("试点",)),
        "g12-dev-071": (("shangcheng",), ("启动",)),
        "g12-dev-072": (("yuhang",), ("每届",)),
        "g12-dev-073": (("tonglu",), ("中期",)),
        "g12-dev-074": (("zibo",), ("立项",)),
        "g12-dev-075": (("junior-school-action-plan",), ("每周", "课时")),
        "g12-ho-058": (("luxi",), ("教研员",)),
        "g12-ho-059": (("bozhou",), ("校友",)),
        "g12-ho-060": (("digital-education-resources",), ("走教",)),
        "g12-ho-061": (("yuhang",), ("名单",)),
        "g12-ho-062": (("taizhou",), ("条目", "细则")),
        "g12-ho-063": (("zibo",), ("条款", "范本")),
        "g12-ho-064": (ALL, ("危化品", "化学品")),
        "g12-ho-065": (ALL, ("暖气", "供暖")),
        "g12-ho-066": (ALL, ("狗", "咬伤")),
        "g12-ho-069": (("shangcheng",), ("优秀",)),
        "g12-ho-070": (("dingxi",), ("路费", "差旅")),
        "g12-ho-071": (("junior-school-action-plan",), ("试点学校",)),
        "g12-ho-072": (("luxi",), ("平台",)),
        "g12-ho-073": (("bozhou",), ("奖金", "奖励")),
        "g12-ho-074": (("taizhou",), ("特色学校",)),
        "g12-ho-075": (("digital-education-resources",), ("亿元", "财政")),
    }
