"""The twenty-second generalisation gold set (`gold/gen22_*.jsonl`) is well-formed, asks new questions, quotes the
cases verbatim, and its abstention items really are not answerable.

gen22 was written by a helper in the sixteenth session, after `gen21`'s held-out split had been read in that same
session, before any tuning on it, from the case texts only and without running the engine or the eval runner on it.
It is checked exactly as gen21 is (`TestGen21`, the checks of `RequotingGoldSetTests` plus gen7's own two), with its
own ids, its own abstention keywords and every earlier set, gen21 included, as the sets it must not repeat or nearly
copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen21 import TestGen21 as Gen21Checks  # aliased so pytest does not collect TestGen21 again


class TestGen22(Gen21Checks):
    NAME = "gen22"
    ID_PATTERN = id_patterns("g22")
    EARLIER_SETS = sets_before(22)
    # The keyword that would carry the missing detail of an abstention item, checked absent from the named cases: a
    # practice of another place (wrong_region), a per-subject quota, the items of a service menu, the names of
    # family-education teachers, the pairs of a partnership, the eight indicators, the names of school groups
    # (finer_detail), an off-corpus topic, hours of broadcast, an investment in 亿, lessons a year, a class-size cap, a
    # yearly sum in 万元, a pupil count, a housing grant, a count of sessions, a team size, a yearly visit, an author, a
    # room capacity or a quota a near miss asks for. Opinion items (g22-dev-067/068, g22-ho-067/068) ask for a
    # judgement and have none.
    ABSENT: Absent = {
        "g22-dev-058": (("taizhou",), ("筑基", "贯通")),
        "g22-dev-059": (("zibo",), ("美院", "美术学院")),
        "g22-dev-060": (("luxi",), ("首席信息官", "CIO")),
        "g22-dev-061": (("bozhou",), ("学科分配", "名额")),
        "g22-dev-062": (("shangcheng",), ("服务项目", "菜单包括")),
        "g22-dev-063": (("dingxi",), ("名单",)),
        "g22-dev-064": (ALL, ("补课",)),
        "g22-dev-065": (ALL, ("理赔", "运动会")),
        "g22-dev-066": (ALL, ("午睡",)),
        "g22-dev-069": (("digital-education-resources",), ("小时",)),
        "g22-dev-070": (("junior-school-action-plan",), ("亿", "总投资")),
        "g22-dev-071": (("taizhou",), ("节课",)),
        "g22-dev-072": (("luxi",), ("每班", "人以内")),
        "g22-dev-073": (("zibo",), ("万元", "万块")),
        "g22-dev-074": (("tonglu",), ("在校学生", "学生数")),
        "g22-dev-075": (("yuhang",), ("万元",)),
        "g22-ho-058": (("bozhou",), ("专项资金",)),
        "g22-ho-059": (("dingxi",), ("县管校聘",)),
        "g22-ho-060": (("shangcheng",), ("创客", "STEM")),
        "g22-ho-061": (("junior-school-action-plan",), ("分别是", "结对名单")),
        "g22-ho-062": (("yuhang",), ("八项行动", "行动分别")),
        "g22-ho-063": (("taizhou",), ("集团名称", "个名校集团")),
        "g22-ho-064": (ALL, ("监控软件",)),
        "g22-ho-065": (ALL, ("购物卡", "举报")),
        "g22-ho-066": (ALL, ("书包", "储物柜")),
        "g22-ho-069": (("luxi",), ("场次", "一学期")),
        "g22-ho-070": (("shangcheng",), ("场次", "每年")),
        "g22-ho-071": (("zibo",), ("每队", "名教师")),
        "g22-ho-072": (("tonglu",), ("驻校", "每年")),
        "g22-ho-073": (("digital-education-resources",), ("作者", "期刊")),
        "g22-ho-074": (("dingxi",), ("容纳",)),
        "g22-ho-075": (("junior-school-action-plan",), ("人次", "每年选派")),
    }
