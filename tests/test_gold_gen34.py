"""The thirty-fourth generalisation gold set (`gold/gen34_*.jsonl`) is well-formed, asks new questions, quotes the
cases verbatim, and its abstention items really are not answerable.

gen34 was written by a helper in the twenty-first session, after gen33, before any tuning on gen34, from the case
texts only and without running the engine or the eval runner on it. It is checked exactly as gen33 is (`TestGen33`,
the checks of `RequotingGoldSetTests` plus gen7's own two), with its own ids, its own abstention keywords and every
earlier set, gen33 included, as the sets it must not repeat or nearly copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen33 import TestGen33 as Gen33Checks  # aliased so pytest does not collect TestGen33 again


class TestGen34(Gen33Checks):
    NAME = "gen34"
    ID_PATTERN = id_patterns("g34")
    EARLIER_SETS = sets_before(34)
    # The keyword that would carry the missing detail of an abstention item, checked absent from the named cases: a
    # practice of another place (wrong_region: a reform's results counted in the appraisal of sub-districts, a
    # case-by-case deal for a famous teacher, promotion favouring exchanged teachers, a struggling school hanging a
    # famous school's name, a task list for pilot schools, problems turned into research projects), a cap on a school's
    # own spending, the money spent on weak schools, how catchment areas are drawn, special-post teachers among the
    # new recruits, how many of eight junior schools are new builds, the provinces teachers are hired from
    # (finer_detail), an off-corpus topic, or who leads a site meeting, the sections of a research centre, the grades of
    # an appraisal, the last county to pass a review, the penalty for a late plan, which expert serves which school,
    # who sets a monthly theme, the money per village school, where researchers come from, who buys teachers'
    # computers, who heads a school district, whether a seconded teacher's post moves, the post a seconded head takes
    # or a prize for a course that a near miss asks for. Opinion items (g34-dev-067/068, g34-ho-067/068) ask for a
    # judgement and have none.
    ABSENT: Absent = {
        "g34-dev-058": (("shangcheng",), ("街道",)),
        "g34-dev-059": (("taizhou",), ("一事一议", "一人一议")),
        "g34-dev-060": (("luxi",), ("职称", "倾斜")),
        "g34-dev-061": (("shangcheng",), ("上限", "单笔")),
        "g34-dev-062": (("yuhang",), ("师范",)),
        "g34-dev-063": (("luxi",), ("户籍", "房产")),
        "g34-dev-064": (ALL, ("眼镜", "折旧")),
        "g34-dev-065": (ALL, ("古筝", "琵琶")),
        "g34-dev-066": (ALL, ("换牙", "铅笔")),
        "g34-dev-069": (("bozhou",), ("牵头", "市政府")),
        "g34-dev-070": (("shangcheng",), ("付费", "收费")),
        "g34-dev-071": (("junior-school-action-plan",), ("顶岗", "代理")),
        "g34-dev-072": (("taizhou",), ("最晚", "最后")),
        "g34-dev-073": (("zibo",), ("逾期",)),
        "g34-dev-074": (("tonglu",), ("对接",)),
        "g34-dev-075": (("dingxi",), ("主题由",)),
        "g34-ho-058": (("bozhou",), ("校名", "挂牌")),
        "g34-ho-059": (("tonglu",), ("清单", "任务书")),
        "g34-ho-060": (("digital-education-resources",), ("课题",)),
        "g34-ho-061": (("bozhou",), ("特岗",)),
        "g34-ho-062": (("junior-school-action-plan",), ("其中新建",)),
        "g34-ho-063": (("yuhang",), ("省份", "外省")),
        "g34-ho-064": (ALL, ("涂改液",)),
        "g34-ho-065": (ALL, ("志愿者",)),
        "g34-ho-066": (ALL, ("头发丝",)),
        "g34-ho-069": (("bozhou",), ("万元", "平均")),
        "g34-ho-070": (("shangcheng",), ("抽调", "招聘")),
        "g34-ho-071": (("luxi",), ("电脑", "采购")),
        "g34-ho-072": (("taizhou",), ("学区长",)),
        "g34-ho-073": (("zibo",), ("人事关系",)),
        "g34-ho-074": (("dingxi",), ("副校长", "校长助理")),
        "g34-ho-075": (("junior-school-action-plan",), ("奖励",)),
    }
