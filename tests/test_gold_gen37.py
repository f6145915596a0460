"""The thirty-seventh generalisation gold set (`gold/gen37_*.jsonl`) is well-formed, asks new questions, quotes the
cases verbatim, and its abstention items really are not answerable.

gen37 was written by a helper while gen36 was being tuned on, before any tuning on gen37, from the case texts only and
without running the engine or the eval runner on it (and without reading gen35's or gen36's items). It is checked
exactly as gen34 is (`TestGen34`, the checks of `RequotingGoldSetTests` plus gen7's own two), with its own ids, its own
abstention keywords and every earlier set, gen35 and gen36 included, as the sets it must not repeat or nearly copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen34 import TestGen34 as Gen34Checks  # aliased so pytest does not collect TestGen34 again


class TestGen37(Gen34Checks):
    NAME = "gen37"
    ID_PATTERN = id_patterns("g37")
    EARLIER_SETS = sets_before(37)
    # The keyword that would carry the missing detail of an abstention item, checked absent from the named cases: a
    # practice of another place (wrong_region: easing schools' load of meetings and papers, mentor-apprentice pairs
    # online, a group pooling parents as a resource, developers building schools in new estates, incubating famous
    # schools, salons for heads), the number of new school-age children, the head teachers at a training, whether
    # community funds go per pupil or as a fixed sum, which school stages a micro-lesson platform serves, a special
    # teacher's days in the countryside, how often a diagnosis report comes out (finer_detail), an off-corpus topic,
    # or a probation period, self-inspection at the term's start, the office that took over stripped powers, a
    # teacher-pupil ratio, hiring advisers, intake per host school, a mentor's allowance, a village school's building
    # time, the length of a lecture, a secretariat, shadowing for heads, network bandwidth, filing a charter or the
    # science association a partnership names that a near miss asks for. Opinion items (g37-dev-067/068,
    # g37-ho-067/068) ask for a judgement and have none.
    ABSENT: Absent = {
        "g37-dev-058": (("tonglu",), ("减轻", "负担")),
        "g37-dev-059": (("digital-education-resources",), ("师徒",)),
        "g37-dev-060": (("taizhou",), ("家长",)),
        "g37-dev-061": (("yuhang",), ("入学儿童", "适龄")),
        "g37-dev-062": (("dingxi",), ("班主任",)),
        "g37-dev-063": (("zibo",), ("生均", "定额")),
        "g37-dev-064": (ALL, ("手电", "漫画")),
        "g37-dev-065": (ALL, ("梦游", "梦话")),
        "g37-dev-066": (ALL, ("鸡蛋壳",)),
        "g37-dev-069": (("bozhou",), ("试用期",)),
        "g37-dev-070": (("luxi",), ("自查", "督导组")),
        "g37-dev-071": (("shangcheng",), ("科室", "划给")),
        "g37-dev-072": (("taizhou",), ("师生比",)),
        "g37-dev-073": (("zibo",), ("聘请",)),
        "g37-dev-074": (("dingxi",), ("接收",)),
        "g37-dev-075": (("junior-school-action-plan",), ("补贴",)),
        "g37-ho-058": (("luxi",), ("楼盘", "开发商")),
        "g37-ho-059": (("shangcheng",), ("孵化",)),
        "g37-ho-060": (("junior-school-action-plan",), ("沙龙",)),
        "g37-ho-061": (("taizhou",), ("小学", "初中", "高中")),
        "g37-ho-062": (("zibo",), ("天",)),
        "g37-ho-063": (("digital-education-resources",), ("诊断报告",)),
        "g37-ho-064": (ALL, ("橡皮泥", "鼻孔")),
        "g37-ho-065": (ALL, ("扁桃体", "呼噜")),
        "g37-ho-066": (ALL, ("冻疮",)),
        "g37-ho-069": (("bozhou",), ("工期",)),
        "g37-ho-070": (("dingxi",), ("小时", "分钟")),
        "g37-ho-071": (("yuhang",), ("秘书处",)),
        "g37-ho-072": (("tonglu",), ("跟岗",)),
        "g37-ho-073": (("digital-education-resources",), ("带宽", "兆")),
        "g37-ho-074": (("zibo",), ("备案",)),
        "g37-ho-075": (("junior-school-action-plan",), ("科协",)),
    }
