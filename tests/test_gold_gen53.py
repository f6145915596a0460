"""The fifty-third generalisation gold set (`gold/gen53_*.jsonl`) is well-formed, asks new questions, quotes the cases
verbatim, and its abstention items really are not answerable.

gen53 was written by two helpers, one per split, during gen52's round, from the case texts only; nobody has run the
engine or the eval runner on it. It is checked exactly as gen34 is, with every earlier set, gen52 included, as the sets
it must not repeat or nearly copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen34 import TestGen34 as Gen34Checks  # aliased so pytest does not collect TestGen34 again

# The keyword that would carry the missing detail of each abstention item, checked absent from the named cases (see
# `check_absent`). Opinion items (067/068 of each split) ask for a judgement and have none.
# Dev split: written by the dev split's helper. A practice of another place (wrong_region: a rural famous-teacher
# studio, a micro-lesson platform for self-study, a family-education guidance station), who sits on an acceptance team,
# the names and universities of the family-education experts, which schools got a place-shortage warning
# (finer_detail), an off-corpus topic, or a project fee, a cap on the schools a core school leads, a count of donated
# books, education's share of public spending, a head teacher's monthly allowance, a service hotline or how many
# schools won a one-school-one-brand title that a near miss asks for.
ABSENT_DEV: Absent = {
    "g53-dev-058": (("bozhou",), ("工作室",)),
    "g53-dev-059": (("dingxi",), ("微课",)),
    "g53-dev-060": (("shangcheng",), ("家庭教育", "工作站")),
    "g53-dev-061": (("bozhou",), ("验收组", "抽调", "每组")),
    "g53-dev-062": (("dingxi",), ("大学", "教授")),
    "g53-dev-063": (("yuhang",), ("其中小学", "所小学", "所初中")),
    "g53-dev-064": (ALL, ("体检",)),
    "g53-dev-065": (ALL, ("自行车", "掉链")),
    "g53-dev-066": (ALL, ("签证", "日本")),
    "g53-dev-069": (("tonglu",), ("经费", "费用", "万元")),
    "g53-dev-070": (("zibo",), ("最多", "不超过", "上限")),
    "g53-dev-071": (("dingxi",), ("册",)),
    "g53-dev-072": (("yuhang",), ("财政支出", "占财政")),
    "g53-dev-073": (("junior-school-action-plan",), ("津贴", "每月")),
    "g53-dev-074": (("shangcheng",), ("电话", "热线")),
    "g53-dev-075": (("luxi",), ("特色学校", "评出")),
}


# Held-out split: written by the held-out split's helper.
ABSENT_HELDOUT: Absent = {
    "g53-ho-058": (("tonglu",), ("走教",)),
    "g53-ho-059": (("luxi",), ("挂牌", "校名", "加挂")),
    "g53-ho-060": (("bozhou",), ("特岗", "跟岗")),
    "g53-ho-061": (("zibo",), ("栏目", "表头")),
    "g53-ho-062": (("yuhang",), ("协议", "签约")),
    "g53-ho-063": (("dingxi",), ("课表", "日程", "课程安排")),
    "g53-ho-064": (ALL, ("承包商", "少油")),
    "g53-ho-065": (ALL, ("胎压",)),
    "g53-ho-066": (ALL, ("柿子",)),
    "g53-ho-069": (("shangcheng",), ("编制", "主任")),
    "g53-ho-070": (("taizhou",), ("孵化期", "孵出")),
    "g53-ho-071": (("zibo",), ("每月", "元")),
    "g53-ho-072": (("luxi",), ("公司", "服务费")),
    "g53-ho-073": (("junior-school-action-plan",), ("个编制", "期限")),
    "g53-ho-074": (("digital-education-resources",), ("周期", "每学期", "每年更新")),
    "g53-ho-075": (("tonglu",), ("理事会", "年会")),
}


class TestGen53(Gen34Checks):
    NAME = "gen53"
    ID_PATTERN = id_patterns("g53")
    EARLIER_SETS = sets_before(53)
    ABSENT: Absent = {**ABSENT_DEV, **ABSENT_HELDOUT}
