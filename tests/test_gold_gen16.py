"""The sixteenth generalisation gold set (`gold/gen16_*.jsonl`) is well-formed, asks new questions, quotes the cases
verbatim, and its abstention items really are not answerable.

gen16 was written by a helper in the twelfth session before any tuning on it, from the case texts only and without
running the engine or the eval runner on it, because `gen15`'s held-out split (the last unspent one) was read in the
eleventh session. It is checked exactly as gen15 is (`TestGen15`, the checks of `RequotingGoldSetTests` plus gen7's
own two), with its own ids, its own abstention keywords and every earlier set, gen15 included, as the sets it must not
repeat or nearly copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen15 import TestGen15 as Gen15Checks  # aliased so pytest does not collect TestGen15 again


class TestGen16(Gen15Checks):
    NAME = "gen16"
    ID_PATTERN = id_patterns("g16")
    EARLIER_SETS = sets_before(16)
    # The keyword that would carry the missing detail of an abstention item, checked absent from the named cases: a
    # practice of another place (wrong_region), the make-up of an inspection team, a monthly sum, the schools named
    # as smart-campus models, the lead school of each group, who of the experts serves which school or the chapters
    # of a guide (finer_detail), an off-corpus topic, a meeting's length in days, a count of research districts,
    # a count of meetings saved, a fee, a class count, a service fee, a time frame, a term of stay, a travel cost, a
    # salary, a teaching stint, a weekly round, a date of issue or a forum's frequency a near miss asks for. Opinion
    # items (g16-dev-067/068, g16-ho-067/068) ask for a judgement and have none.
    ABSENT: Absent = {
        "g16-dev-058": (("luxi",), ("家长会",)),
        "g16-dev-059": (("shangcheng",), ("专项资金",)),
        "g16-dev-060": (("taizhou",), ("惠民",)),
        "g16-dev-061": (("bozhou",), ("验收组",)),
        "g16-dev-062": (("zibo",), ("每月", "元")),
        "g16-dev-063": (("junior-school-action-plan",), ("名单",)),
        "g16-dev-064": (ALL, ("红包", "购物卡")),
        "g16-dev-065": (ALL, ("蹲位",)),
        "g16-dev-066": (ALL, ("大雪", "暴雪", "结冰")),
        "g16-dev-069": (("bozhou",), ("天",)),
        "g16-dev-070": (("luxi",), ("个片区",)),
        "g16-dev-071": (("shangcheng",), ("场",)),
        "g16-dev-072": (("taizhou",), ("收费",)),
        "g16-dev-073": (("yuhang",), ("个班",)),
        "g16-dev-074": (("tonglu",), ("服务费",)),
        "g16-dev-075": (("digital-education-resources",), ("年内",)),
        "g16-ho-058": (("bozhou",), ("学生发展研究中心", "教研室")),
        "g16-ho-059": (("junior-school-action-plan",), ("指导工作站",)),
        "g16-ho-060": (("yuhang",), ("养成教育",)),
        "g16-ho-061": (("taizhou",), ("牵头",)),
        "g16-ho-062": (("tonglu",), ("分工", "负责哪所")),
        "g16-ho-063": (("luxi",), ("章",)),
        "g16-ho-064": (ALL, ("医药费",)),
        "g16-ho-065": (ALL, ("护学岗",)),
        "g16-ho-066": (ALL, ("摄像头",)),
        "g16-ho-069": (("zibo",), ("年限", "满一年")),
        "g16-ho-070": (("dingxi",), ("交通费",)),
        "g16-ho-071": (("junior-school-action-plan",), ("工资",)),
        "g16-ho-072": (("bozhou",), ("支教",)),
        "g16-ho-073": (("taizhou",), ("每周",)),
        "g16-ho-074": (("digital-education-resources",), ("印发",)),
        "g16-ho-075": (("yuhang",), ("每年举办", "每两年")),
    }
