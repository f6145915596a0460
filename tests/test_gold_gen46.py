"""The forty-sixth generalisation gold set (`gold/gen46_*.jsonl`) is well-formed, asks new questions, quotes the cases
verbatim, and its abstention items really are not answerable.

gen46 was written by a helper after gen45 had been spent, before any tuning on gen46, from the case texts only and
without running the engine or the eval runner on it (and without reading gen35's, gen36's, gen37's, gen38's, gen39's,
gen40's, gen41's, gen42's, gen43's, gen44's or gen45's items). It is checked exactly as gen34 is (`TestGen34`, the
checks of `RequotingGoldSetTests` plus gen7's own two), with its own ids, its own abstention keywords and every earlier
set, gen35 to gen45 included, as the sets it must not repeat or nearly copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen34 import TestGen34 as Gen34Checks  # aliased so pytest does not collect TestGen34 again


class TestGen46(Gen34Checks):
    NAME = "gen46"
    ID_PATTERN = id_patterns("g46")
    EARLIER_SETS = sets_before(46)
    # The keyword that would carry the missing detail of an abstention item, checked absent from the named cases: a
    # practice of another place (wrong_region: accident insurance for exchanged teachers, a housing subsidy for
    # teachers moving to weak schools, a parents' school or family-education guidance body, a chief information
    # officer in paired schools, a principal rank system, rewards and penalties for pilot schools), the make-up of an
    # acceptance team, a cap on the N of "1+N" pairing, the stage groups of a research centre, the books per pupil of a
    # village-school library, professors sent by an art academy, the subjects of exchanged teachers (finer_detail), an
    # off-corpus topic, or who signs an agreement, who pays for outsourced online services, the penalty for failing a
    # three-year appraisal, the clicks of a learning platform, the universities advisers come from, the term of a
    # guidance teacher, the streets new schools stand in, the minutes of pupils' own study in a lesson, the first
    # cross-district community, whether an allowance is paid monthly, the ministry departments behind seven demands,
    # the years of service a teaching star needs, a settling-in allowance or the length and countries of study abroad
    # that a near miss asks for. Opinion items (g46-dev-067/068, g46-ho-067/068) ask for a judgement and have none.
    ABSENT: Absent = {
        "g46-dev-058": (("taizhou",), ("保险",)),
        "g46-dev-059": (("junior-school-action-plan",), ("住房", "购房")),
        "g46-dev-060": (("luxi",), ("家长学校", "家庭教育")),
        "g46-dev-061": (("bozhou",), ("验收组", "专家组")),
        "g46-dev-062": (("zibo",), ("上限", "最多")),
        "g46-dev-063": (("shangcheng",), ("学段组",)),
        "g46-dev-064": (ALL, ("拖拉", "磨蹭")),
        "g46-dev-065": (ALL, ("狂犬", "疫苗")),
        "g46-dev-066": (ALL, ("登山鞋", "黄山")),
        "g46-dev-069": (("tonglu",), ("签字",)),
        "g46-dev-070": (("digital-education-resources",), ("费用", "付费", "经费")),
        "g46-dev-071": (("shangcheng",), ("不合格", "免职")),
        "g46-dev-072": (("taizhou",), ("点击", "上线")),
        "g46-dev-073": (("zibo",), ("高校", "大学")),
        "g46-dev-074": (("dingxi",), ("聘期",)),
        "g46-dev-075": (("junior-school-action-plan",), ("街道",)),
        "g46-ho-058": (("dingxi",), ("首席信息官", "CIO")),
        "g46-ho-059": (("shangcheng",), ("职级",)),
        "g46-ho-060": (("tonglu",), ("奖惩", "奖励")),
        "g46-ho-061": (("bozhou",), ("图书", "册")),
        "g46-ho-062": (("yuhang",), ("教授",)),
        "g46-ho-063": (("dingxi",), ("语文", "数学")),
        "g46-ho-064": (ALL, ("打呼噜", "扁桃体")),
        "g46-ho-065": (ALL, ("咖啡",)),
        "g46-ho-066": (ALL, ("头盔", "电动车")),
        "g46-ho-069": (("luxi",), ("分钟",)),
        "g46-ho-070": (("taizhou",), ("第一个", "首个")),
        "g46-ho-071": (("zibo",), ("按月", "按学期")),
        "g46-ho-072": (("digital-education-resources",), ("司局",)),
        "g46-ho-073": (("bozhou",), ("教龄",)),
        "g46-ho-074": (("yuhang",), ("安家费",)),
        "g46-ho-075": (("junior-school-action-plan",), ("时长", "国家")),
    }
