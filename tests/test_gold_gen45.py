"""The forty-fifth generalisation gold set (`gold/gen45_*.jsonl`) is well-formed, asks new questions, quotes the cases
verbatim, and its abstention items really are not answerable.

gen45 was written by a helper after gen44 had been spent, before any tuning on gen45, from the case texts only and
without running the engine or the eval runner on it (and without reading gen35's, gen36's, gen37's, gen38's, gen39's,
gen40's, gen41's, gen42's, gen43's or gen44's items). It is checked exactly as gen34 is (`TestGen34`, the checks of
`RequotingGoldSetTests` plus gen7's own two), with its own ids, its own abstention keywords and every earlier set,
gen35 to gen44 included, as the sets it must not repeat or nearly copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen34 import TestGen34 as Gen34Checks  # aliased so pytest does not collect TestGen34 again


class TestGen45(Gen34Checks):
    NAME = "gen45"
    ID_PATTERN = id_patterns("g45")
    EARLIER_SETS = sets_before(45)
    # The keyword that would carry the missing detail of an abstention item, checked absent from the named cases: a
    # practice of another place (wrong_region: accident insurance for exchanged teachers, a chief information officer,
    # a micro-lesson platform, analysis of learners' data, a lesson showcase month, an international forum), the hours
    # of a training course, boarding fees inside private-school fees, a school-based course's share of lesson time, when
    # an exchanged teacher's merit pay is paid and by whom, resident experts in the pilot schools (finer_detail), an
    # off-corpus topic, or a mentor's number of young teachers, full-time inspectors, home visits, whether family-
    # education instructors are serving teachers, who approves a three-year plan, what a negative list of teacher
    # conduct holds, who heads a future-education institute, prizes at a site meeting, the number of teaching-research
    # zones, a deadline for answering the public, the company behind a micro-lesson platform, an audit of community
    # funds, the start year of a national campaign or who pays a new rural teacher while training in town that a near
    # miss asks for. Opinion items (g45-dev-067/068, g45-ho-067/068) ask for a judgement and have none.
    ABSENT: Absent = {
        "g45-dev-058": (("zibo",), ("保险", "意外")),
        "g45-dev-059": (("luxi",), ("首席信息官", "CIO")),
        "g45-dev-060": (("bozhou",), ("微课", "平台")),
        "g45-dev-061": (("bozhou",), ("学时", "结业")),
        "g45-dev-062": (("yuhang",), ("住宿费", "住宿")),
        "g45-dev-063": (("shangcheng",), ("课时", "几成")),
        "g45-dev-064": (ALL, ("门牙", "医药费")),
        "g45-dev-065": (ALL, ("托管班", "双职工")),
        "g45-dev-066": (ALL, ("近视", "角膜塑形镜")),
        "g45-dev-069": (("luxi",), ("青年教师", "骨干教师")),
        "g45-dev-070": (("shangcheng",), ("督学", "专职")),
        "g45-dev-071": (("zibo",), ("家访",)),
        "g45-dev-072": (("dingxi",), ("在职", "招聘")),
        "g45-dev-073": (("tonglu",), ("审定", "报送")),
        "g45-dev-074": (("junior-school-action-plan",), ("体罚", "有偿补课")),
        "g45-dev-075": (("yuhang",), ("院长", "挂靠")),
        "g45-ho-058": (("taizhou",), ("数据",)),
        "g45-ho-059": (("luxi",), ("展示月", "展示")),
        "g45-ho-060": (("dingxi",), ("国际", "论坛")),
        "g45-ho-061": (("taizhou",), ("每周", "节课")),
        "g45-ho-062": (("dingxi",), ("绩效工资",)),
        "g45-ho-063": (("tonglu",), ("驻校",)),
        "g45-ho-064": (ALL, ("午睡", "午觉", "午休")),
        "g45-ho-065": (ALL, ("游泳",)),
        "g45-ho-066": (ALL, ("舞蹈", "中专")),
        "g45-ho-069": (("bozhou",), ("先进", "评出")),
        "g45-ho-070": (("luxi",), ("个片区",)),
        "g45-ho-071": (("shangcheng",), ("工作日", "答复")),
        "g45-ho-072": (("taizhou",), ("公司",)),
        "g45-ho-073": (("zibo",), ("审计",)),
        "g45-ho-074": (("digital-education-resources",), ("启动",)),
        "g45-ho-075": (("junior-school-action-plan",), ("工资",)),
    }
