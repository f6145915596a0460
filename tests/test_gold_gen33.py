"""The thirty-third generalisation gold set (`gold/gen33_*.jsonl`) is well-formed, asks new questions, quotes the
cases verbatim, and its abstention items really are not answerable.

gen33 was written by a helper in the twenty-first session, after gen32, before any tuning on gen33, from the case
texts only and without running the engine or the eval runner on it. It is checked exactly as gen32 is (`TestGen32`,
the checks of `RequotingGoldSetTests` plus gen7's own two), with its own ids, its own abstention keywords and every
earlier set, gen32 included, as the sets it must not repeat or nearly copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen32 import TestGen32 as Gen32Checks  # aliased so pytest does not collect TestGen32 again


class TestGen33(Gen32Checks):
    NAME = "gen33"
    ID_PATTERN = id_patterns("g33")
    EARLIER_SETS = sets_before(33)
    # The keyword that would carry the missing detail of an abstention item, checked absent from the named cases: a
    # practice of another place (wrong_region: parents' meetings on phones, quota places for senior high, start-of-term
    # checks, readers or handbooks for parents, study trips abroad), the average age of rural teachers, the agenda of a
    # county meeting, how late after-school care runs, the sex ratio of new teachers, a shortfall of school places, who
    # recorded the MOOCs (finer_detail), an off-corpus topic, or who awards a title, who reads a diagnosis report, how
    # returned dropouts are placed, a background check, live streaming, an AI lab, a scoring weight, an earthquake
    # standard, a link to officials' yearly appraisal, a rectification notice or a talk with the head, the renewal of an
    # agreement, a subsidy per school, a plaque handed over, or a pupil's file that a near miss asks for. Opinion items
    # (g33-dev-067/068, g33-ho-067/068) ask for a judgement and have none.
    ABSENT: Absent = {
        "g33-dev-058": (("taizhou",), ("手机", "家长会")),
        "g33-dev-059": (("luxi",), ("定向生",)),
        "g33-dev-060": (("shangcheng",), ("开学",)),
        "g33-dev-061": (("bozhou",), ("平均年龄", "岁")),
        "g33-dev-062": (("tonglu",), ("重点工作",)),
        "g33-dev-063": (("yuhang",), ("延时",)),
        "g33-dev-064": (ALL, ("噩梦", "闹鬼")),
        "g33-dev-065": (ALL, ("架子鼓",)),
        "g33-dev-066": (ALL, ("虱子",)),
        "g33-dev-069": (("bozhou",), ("委托", "教研室")),
        "g33-dev-070": (("shangcheng",), ("诊断报告", "通报")),
        "g33-dev-071": (("luxi",), ("劝返", "编班")),
        "g33-dev-072": (("zibo",), ("背景", "审查")),
        "g33-dev-073": (("dingxi",), ("直播",)),
        "g33-dev-074": (("digital-education-resources",), ("权重", "打分")),
        "g33-dev-075": (("junior-school-action-plan",), ("人工智能实验室",)),
        "g33-ho-058": (("junior-school-action-plan",), ("家长会",)),
        "g33-ho-059": (("dingxi",), ("读本", "手册")),
        "g33-ho-060": (("tonglu",), ("出国", "考察", "境外")),
        "g33-ho-061": (("bozhou",), ("男教师", "女教师", "性别")),
        "g33-ho-062": (("yuhang",), ("缺口",)),
        "g33-ho-063": (("luxi",), ("录制", "购买")),
        "g33-ho-064": (ALL, ("水痘",)),
        "g33-ho-065": (ALL, ("车棚", "自行车")),
        "g33-ho-066": (ALL, ("奔丧",)),
        "g33-ho-069": (("bozhou",), ("抗震", "烈度")),
        "g33-ho-070": (("taizhou",), ("领导干部", "年终")),
        "g33-ho-071": (("shangcheng",), ("整改通知", "约谈")),
        "g33-ho-072": (("zibo",), ("续签", "期限")),
        "g33-ho-073": (("dingxi",), ("奖补",)),
        "g33-ho-074": (("tonglu",), ("授牌",)),
        "g33-ho-075": (("digital-education-resources",), ("档案",)),
    }
