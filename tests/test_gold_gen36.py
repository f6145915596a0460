"""The thirty-sixth generalisation gold set (`gold/gen36_*.jsonl`) is well-formed, asks new questions, quotes the
cases verbatim, and its abstention items really are not answerable.

gen36 was written by a helper while gen35 was being tuned on, before any tuning on gen36, from the case texts only and
without running the engine or the eval runner on it (and without reading gen35's items). It is checked exactly as
gen34 is (`TestGen34`, the checks of `RequotingGoldSetTests` plus gen7's own two), with its own ids, its own
abstention keywords and every earlier set, gen35 included, as the sets it must not repeat or nearly copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen34 import TestGen34 as Gen34Checks  # aliased so pytest does not collect TestGen34 again


class TestGen36(Gen34Checks):
    NAME = "gen36"
    ID_PATTERN = id_patterns("g36")
    EARLIER_SETS = sets_before(36)
    # The keyword that would carry the missing detail of an abstention item, checked absent from the named cases: a
    # practice of another place (wrong_region: part-time teaching researchers, alumni, managing pupils' phones, family
    # education or parents' schools, a guidance handbook, firms paying for schools), the scoring of a county appraisal,
    # how a teachers' "片" is drawn, the subjects of famous teachers' studios, a review's results made public, parents
    # on a supervision board, the name and address of a service platform (finer_detail), an off-corpus topic, or the
    # weekly lessons of retrained teachers, the papers a migrant child brings, a hotline or a counter, a new seal after
    # a school takes a famous name, the first field visit, meetings held in turn, how a living allowance is paid,
    # seniority or results in selection, stand-in parents, resident art-school teachers, when an incubated school
    # stands alone, where parents watch online classes, an allowance for class teachers or the weekly IT lessons that
    # a near miss asks for. Opinion items (g36-dev-067/068, g36-ho-067/068) ask for a judgement and have none.
    ABSENT: Absent = {
        "g36-dev-058": (("luxi",), ("兼职",)),
        "g36-dev-059": (("zibo",), ("校友",)),
        "g36-dev-060": (("digital-education-resources",), ("手机",)),
        "g36-dev-061": (("tonglu",), ("打分", "权重")),
        "g36-dev-062": (("taizhou",), ("划片", "学段")),
        "g36-dev-063": (("yuhang",), ("学科",)),
        "g36-dev-064": (ALL, ("防晒",)),
        "g36-dev-065": (ALL, ("动画片",)),
        "g36-dev-066": (ALL, ("鞋带", "魔术贴")),
        "g36-dev-069": (("bozhou",), ("每周", "课时")),
        "g36-dev-070": (("luxi",), ("证明", "材料")),
        "g36-dev-071": (("shangcheng",), ("热线", "电话", "窗口")),
        "g36-dev-072": (("zibo",), ("公章", "印章")),
        "g36-dev-073": (("tonglu",), ("调研",)),
        "g36-dev-074": (("dingxi",), ("轮流",)),
        "g36-dev-075": (("yuhang",), ("按月", "一次性")),
        "g36-ho-058": (("bozhou",), ("家庭教育", "家长")),
        "g36-ho-059": (("taizhou",), ("手册", "纲要")),
        "g36-ho-060": (("junior-school-action-plan",), ("企业",)),
        "g36-ho-061": (("shangcheng",), ("公开", "公示")),
        "g36-ho-062": (("zibo",), ("家长代表",)),
        "g36-ho-063": (("digital-education-resources",), ("网址", "域名")),
        "g36-ho-064": (ALL, ("红领巾",)),
        "g36-ho-065": (ALL, ("转笔", "换座位")),
        "g36-ho-066": (ALL, ("冻疮",)),
        "g36-ho-069": (("bozhou",), ("教龄", "成绩")),
        "g36-ho-070": (("luxi",), ("代理家长",)),
        "g36-ho-071": (("yuhang",), ("常驻", "派驻")),
        "g36-ho-072": (("taizhou",), ("独立",)),
        "g36-ho-073": (("dingxi",), ("公众号", "直播平台")),
        "g36-ho-074": (("junior-school-action-plan",), ("津贴",)),
        "g36-ho-075": (("digital-education-resources",), ("信息技术课", "每周")),
    }
