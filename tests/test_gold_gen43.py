"""The forty-third generalisation gold set (`gold/gen43_*.jsonl`) is well-formed, asks new questions, quotes the cases
verbatim, and its abstention items really are not answerable.

gen43 was written by a helper while gen42 was being tuned on, before any tuning on gen43, from the case texts only and
without running the engine or the eval runner on it (and without reading gen35's, gen36's, gen37's, gen38's, gen39's,
gen40's, gen41's or gen42's items). It is checked exactly as gen34 is (`TestGen34`, the checks of
`RequotingGoldSetTests` plus gen7's own two), with its own ids, its own abstention keywords and every earlier set,
gen35 to gen42 included, as the sets it must not repeat or nearly copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen34 import TestGen34 as Gen34Checks  # aliased so pytest does not collect TestGen34 again


class TestGen43(Gen34Checks):
    NAME = "gen43"
    ID_PATTERN = id_patterns("g43")
    EARLIER_SETS = sets_before(43)
    # The keyword that would carry the missing detail of an abstention item, checked absent from the named cases: a
    # practice of another place (wrong_region: a travel allowance for exchanged teachers, an expert think tank, a
    # cross-checking inspection, accident insurance for exchanged staff, a service centre for the public, duties laid
    # on sub-districts), the number of donated books, what the training of principals cost, the grades of principals,
    # the pay of recruited graduates, what a county pays a research institute, the study hours of a training
    # (finer_detail), an off-corpus topic, or a travel allowance for travelling teachers, how often a board meets, the
    # minutes a teacher may lecture, awards at a county meeting, the size of a national platform, the equipment of a
    # donated classroom, who heads a research institute, how long a village school's works take, where a service
    # centre sits, how long an exchange term lasts, who picks a core school, where online classes are streamed, how
    # many hours a television classroom runs or the start-up money of a studio that a near miss asks for. Opinion
    # items (g43-dev-067/068, g43-ho-067/068) ask for a judgement and have none.
    ABSENT: Absent = {
        "g43-dev-058": (("luxi",), ("交通", "补助")),
        "g43-dev-059": (("tonglu",), ("智库",)),
        "g43-dev-060": (("taizhou",), ("错位",)),
        "g43-dev-061": (("dingxi",), ("册",)),
        "g43-dev-062": (("bozhou",), ("经费", "万元")),
        "g43-dev-063": (("junior-school-action-plan",), ("特级校长", "高级校长")),
        "g43-dev-064": (ALL, ("学平险", "崴")),
        "g43-dev-065": (ALL, ("围棋",)),
        "g43-dev-066": (ALL, ("台灯",)),
        "g43-dev-069": (("taizhou",), ("补贴", "交通")),
        "g43-dev-070": (("zibo",), ("例会", "多久")),
        "g43-dev-071": (("luxi",), ("分钟",)),
        "g43-dev-072": (("tonglu",), ("表彰",)),
        "g43-dev-073": (("digital-education-resources",), ("万条", "条资源")),
        "g43-dev-074": (("dingxi",), ("设备",)),
        "g43-dev-075": (("yuhang",), ("院长",)),
        "g43-ho-058": (("zibo",), ("保险",)),
        "g43-ho-059": (("luxi",), ("惠民",)),
        "g43-ho-060": (("junior-school-action-plan",), ("街道",)),
        "g43-ho-061": (("yuhang",), ("年薪", "薪酬")),
        "g43-ho-062": (("tonglu",), ("经费", "万元")),
        "g43-ho-063": (("taizhou",), ("学时", "学分")),
        "g43-ho-064": (ALL, ("外号", "绰号")),
        "g43-ho-065": (ALL, ("角膜", "近视")),
        "g43-ho-066": (ALL, ("调剂", "志愿填报")),
        "g43-ho-069": (("bozhou",), ("工期",)),
        "g43-ho-070": (("shangcheng",), ("地址", "楼")),
        "g43-ho-071": (("taizhou",), ("期限", "一轮")),
        "g43-ho-072": (("zibo",), ("推选", "指定")),
        "g43-ho-073": (("dingxi",), ("直播",)),
        "g43-ho-074": (("digital-education-resources",), ("小时", "每天")),
        "g43-ho-075": (("junior-school-action-plan",), ("启动经费", "万元")),
    }
