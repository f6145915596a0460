"""The twenty-fourth generalisation gold set (`gold/gen24_*.jsonl`) is well-formed, asks new questions, quotes the
cases verbatim, and its abstention items really are not answerable.

gen24 was written by a helper in the seventeenth session, after `gen23`'s held-out split had been read in that
session, before any tuning on it, from the case texts only and without running the engine or the eval runner on it.
It is checked exactly as gen23 is (`TestGen23`, the checks of `RequotingGoldSetTests` plus gen7's own two), with its
own ids, its own abstention keywords and every earlier set, gen23 included, as the sets it must not repeat or nearly
copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen23 import TestGen23 as Gen23Checks  # aliased so pytest does not collect TestGen23 again


class TestGen24(Gen23Checks):
    NAME = "gen24"
    ID_PATTERN = id_patterns("g24")
    EARLIER_SETS = sets_before(24)
    # The keyword that would carry the missing detail of an abstention item, checked absent from the named cases: a
    # practice of another place (wrong_region), what a village-school project added, the tiers of an indicator set,
    # the districts of a cross-region community, the spread of village schools over the counties, the chapters of a
    # charter template, what each supply level provides (finer_detail), an off-corpus topic, the subjects of a
    # quality test, a cap on lecturing minutes, a bonus, the weights of an evaluation, a term of office, the audience
    # of a lecture tour, a fee for recording lessons, a catchment radius, a call-out service, a share of GDP, a meeting
    # cycle, a third-party assessor, the month of a showcase or new school places a near miss asks for. Opinion items
    # (g24-dev-067/068, g24-ho-067/068) ask for a judgement and have none.
    ABSENT: Absent = {
        "g24-dev-058": (("luxi",), ("民办",)),
        "g24-dev-059": (("shangcheng",), ("微课",)),
        "g24-dev-060": (("tonglu",), ("职称", "基层经历")),
        "g24-dev-061": (("bozhou",), ("操场", "图书")),
        "g24-dev-062": (("junior-school-action-plan",), ("一级指标", "二级指标")),
        "g24-dev-063": (("taizhou",), ("海陵", "高港", "兴化", "泰兴")),
        "g24-dev-064": (ALL, ("双胞胎",)),
        "g24-dev-065": (ALL, ("免考",)),
        "g24-dev-066": (ALL, ("作弊",)),
        "g24-dev-069": (("bozhou",), ("科目",)),
        "g24-dev-070": (("luxi",), ("分钟",)),
        "g24-dev-071": (("shangcheng",), ("奖金", "奖励")),
        "g24-dev-072": (("taizhou",), ("权重",)),
        "g24-dev-073": (("zibo",), ("任期",)),
        "g24-dev-074": (("dingxi",), ("平均", "听众")),
        "g24-dev-075": (("digital-education-resources",), ("报酬", "课酬")),
        "g24-ho-058": (("dingxi",), ("加挂", "校名")),
        "g24-ho-059": (("yuhang",), ("开学",)),
        "g24-ho-060": (("luxi",), ("教研室", "更名")),
        "g24-ho-061": (("bozhou",), ("谯城", "涡阳", "蒙城", "利辛")),
        "g24-ho-062": (("shangcheng",), ("章节", "总则")),
        "g24-ho-063": (("digital-education-resources",), ("负责",)),
        "g24-ho-064": (ALL, ("左撇子", "右手")),
        "g24-ho-065": (ALL, ("早恋", "恋爱")),
        "g24-ho-066": (ALL, ("牛奶",)),
        "g24-ho-069": (("luxi",), ("公里", "半径")),
        "g24-ho-070": (("shangcheng",), ("上门",)),
        "g24-ho-071": (("taizhou",), ("GDP", "%")),
        "g24-ho-072": (("zibo",), ("例会", "每季度")),
        "g24-ho-073": (("tonglu",), ("第三方",)),
        "g24-ho-074": (("junior-school-action-plan",), ("月份",)),
        "g24-ho-075": (("yuhang",), ("学位",)),
    }
