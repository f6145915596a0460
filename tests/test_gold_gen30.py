"""The thirtieth generalisation gold set (`gold/gen30_*.jsonl`) is well-formed, asks new questions, quotes the cases
verbatim, and its abstention items really are not answerable.

gen30 was written by a helper after gen29, before any tuning on gen30, from the case texts only and without running
the engine or the eval runner on it. It is checked exactly as gen29 is (`TestGen29`, the checks of
`RequotingGoldSetTests` plus gen7's own two), with its own ids, its own abstention keywords and every earlier set,
gen29 included, as the sets it must not repeat or nearly copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen29 import TestGen29 as Gen29Checks  # aliased so pytest does not collect TestGen29 again


class TestGen30(Gen29Checks):
    NAME = "gen30"
    ID_PATTERN = id_patterns("g30")
    EARLIER_SETS = sets_before(30)
    # The keyword that would carry the missing detail of an abstention item, checked absent from the named cases: a
    # practice of another place (wrong_region), the classroom model a city pushes, the private schools that joined a
    # partnership, how often and how long a school-based training runs, how many special-post teachers were hired, which
    # ten schools won a title, how a teacher quota is phased (finer_detail), an off-corpus topic, a head of an alumni
    # association, a monthly travel allowance, a way to drop out of a pilot, a rural-urban connection gap, a head's pay,
    # the standard for a digital model school, a school's culture budget, a prize for a county, a third-party assessor,
    # whether assessments are published, who spoke at a parents' meeting, the marks of a lab test, what a plan strand
    # with no section of its own covers, or the hour of a signing a near miss asks for. Opinion items (g30-dev-067/068,
    # g30-ho-067/068) ask for a judgement and have none.
    ABSENT: Absent = {
        "g30-dev-058": (("zibo",), ("保险",)),
        "g30-dev-059": (("shangcheng",), ("学年", "年限")),
        "g30-dev-060": (("bozhou",), ("三区", "支教")),
        "g30-dev-061": (("taizhou",), ("模式",)),
        "g30-dev-062": (("zibo",), ("民办学校",)),
        "g30-dev-063": (("tonglu",), ("学期", "课时")),
        "g30-dev-064": (ALL, ("蛋糕",)),
        "g30-dev-065": (ALL, ("电子烟",)),
        "g30-dev-066": (ALL, ("随堂",)),
        "g30-dev-069": (("dingxi",), ("校友会",)),
        "g30-dev-070": (("zibo",), ("每月", "元")),
        "g30-dev-071": (("tonglu",), ("退出", "替换")),
        "g30-dev-072": (("digital-education-resources",), ("接入率",)),
        "g30-dev-073": (("junior-school-action-plan",), ("工资", "薪酬")),
        "g30-dev-074": (("yuhang",), ("评定标准", "评选标准")),
        "g30-dev-075": (("luxi",), ("经费",)),
        "g30-ho-058": (("dingxi",), ("数据",)),
        "g30-ho-059": (("taizhou",), ("教研员",)),
        "g30-ho-060": (("shangcheng",), ("负面清单", "师德")),
        "g30-ho-061": (("bozhou",), ("特岗",)),
        "g30-ho-062": (("dingxi",), ("名单",)),
        "g30-ho-063": (("yuhang",), ("每批", "分批")),
        "g30-ho-064": (ALL, ("赔",)),
        "g30-ho-065": (ALL, ("清真",)),
        "g30-ho-066": (ALL, ("操场",)),
        "g30-ho-069": (("bozhou",), ("奖励", "表彰")),
        "g30-ho-070": (("taizhou",), ("第三方",)),
        "g30-ho-071": (("shangcheng",), ("公布", "公开")),
        "g30-ho-072": (("dingxi",), ("报告",)),
        "g30-ho-073": (("junior-school-action-plan",), ("分值", "总分")),
        "g30-ho-074": (("yuhang",), ("“奋进登高”方面",)),
        "g30-ho-075": (("tonglu",), ("上午", "下午")),
    }
