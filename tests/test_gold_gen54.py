"""The fifty-fourth generalisation gold set (`gold/gen54_*.jsonl`) is well-formed, asks new questions, quotes the cases
verbatim, and its abstention items really are not answerable.

gen54 was written by two helpers, one per split, during gen53's round, from the case texts only (the dev helper quoting
the first half of each case, the held-out helper the second); nobody has run the engine or the eval runner on it. It is
checked exactly as gen34 is, with every earlier set, gen53 included, as the sets it must not repeat or nearly copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen34 import TestGen34 as Gen34Checks  # aliased so pytest does not collect TestGen34 again

# The keyword that would carry the missing detail of each abstention item, checked absent from the named cases (see
# `check_absent`). Opinion items (067/068 of each split) ask for a judgement and have none.
# Dev split: written by the dev split's helper. A practice of another place (wrong_region: phone-management model
# parents' meetings, MOOCs pushing resources, alumni donations), the county that hosted the first site meeting, the
# weights and scores of a three-year appraisal, a head count of kindergarten children (finer_detail), an off-corpus
# topic, or a rectification period and re-inspection, a class-size cap, a mid-term review, the term of a letter of
# appointment, how long a twinning agreement runs, the other four ministries behind a guideline or the money per
# urban-rural community and how it is worked out that a near miss asks for.
ABSENT_DEV: Absent = {
    "g54-dev-058": (("bozhou",), ("家长会", "手机")),
    "g54-dev-059": (("shangcheng",), ("慕课",)),
    "g54-dev-060": (("taizhou",), ("校友", "捐资")),
    "g54-dev-061": (("bozhou",), ("谯城", "涡阳", "蒙城", "利辛")),
    "g54-dev-062": (("shangcheng",), ("权重", "分值", "指标")),
    "g54-dev-063": (("yuhang",), ("名幼儿", "在园幼儿", "万名")),
    "g54-dev-064": (ALL, ("月季", "蚜虫")),
    "g54-dev-065": (ALL, ("钓鱼", "鱼饵")),
    "g54-dev-066": (ALL, ("头孢",)),
    "g54-dev-069": (("bozhou",), ("整改", "不达标", "复验")),
    "g54-dev-070": (("luxi",), ("人以内", "人以下", "控制在")),
    "g54-dev-071": (("tonglu",), ("中期",)),
    "g54-dev-072": (("dingxi",), ("聘期", "任期", "聘书")),
    "g54-dev-073": (("zibo",), ("有效期", "续签", "年限")),
    "g54-dev-074": (("digital-education-resources",), ("财政部", "发展改革委", "工业和信息化部")),
    "g54-dev-075": (("junior-school-action-plan",), ("专项经费", "每对", "生均")),
}


# Held-out split: written by the held-out split's helper. A practice of another place (wrong_region: cover training
# of special-post teachers, a teaching-research office renamed, a through-train "foundation" scheme), the names of
# paired schools, the seat and head of a planned research institute, the posts in a staffing "turnover pool"
# (finer_detail), an off-corpus topic, or clicks on a micro-lesson platform, a service centre's phone and hours, an
# insurance sum, a cap on member schools, a yearly training budget, the month of a showcase or the resource count and
# visits of a national platform that a near miss asks for.
ABSENT_HELDOUT: Absent = {
    "g54-ho-058": (("taizhou",), ("特岗", "跟岗", "代培")),
    "g54-ho-059": (("luxi",), ("学生发展研究中心", "教研室")),
    "g54-ho-060": (("shangcheng",), ("筑基", "贯通")),
    "g54-ho-061": (("dingxi",), ("名单",)),
    "g54-ho-062": (("yuhang",), ("院长", "设在", "选址")),
    "g54-ho-063": (("junior-school-action-plan",), ("个编制", "编办", "编制部门")),
    "g54-ho-064": (ALL, ("热水器", "燃气")),
    "g54-ho-065": (ALL, ("血压", "吃盐")),
    "g54-ho-066": (ALL, ("二手车", "过户")),
    "g54-ho-069": (("taizhou",), ("点击", "节微课", "上线")),
    "g54-ho-070": (("shangcheng",), ("电话", "办公时间")),
    "g54-ho-071": (("dingxi",), ("保额", "保费")),
    "g54-ho-072": (("zibo",), ("最多", "不超过", "上限")),
    "g54-ho-073": (("yuhang",), ("万元", "预算")),
    "g54-ho-074": (("junior-school-action-plan",), ("月份", "春季", "秋季", "上半年", "下半年")),
    "g54-ho-075": (("digital-education-resources",), ("访问量", "条资源", "浏览")),
}


class TestGen54(Gen34Checks):
    NAME = "gen54"
    ID_PATTERN = id_patterns("g54")
    EARLIER_SETS = sets_before(54)
    ABSENT: Absent = {**ABSENT_DEV, **ABSENT_HELDOUT}
