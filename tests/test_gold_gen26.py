"""The twenty-sixth generalisation gold set (`gold/gen26_*.jsonl`) is well-formed, asks new questions, quotes the
cases verbatim, and its abstention items really are not answerable.

gen26 was written by a helper in the eighteenth session, after gen25's dev split had been tuned on and before any
tuning on gen26, from the case texts only and without running the engine or the eval runner on it. It is checked
exactly as gen25 is (`TestGen25`, the checks of `RequotingGoldSetTests` plus gen7's own two), with its own ids, its own
abstention keywords and every earlier set, gen25 included, as the sets it must not repeat or nearly copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen25 import TestGen25 as Gen25Checks  # aliased so pytest does not collect TestGen25 again


class TestGen26(Gen25Checks):
    NAME = "gen26"
    ID_PATTERN = id_patterns("g26")
    EARLIER_SETS = sets_before(26)
    # The keyword that would carry the missing detail of an abstention item, checked absent from the named cases: a
    # practice of another place (wrong_region), the layers a flatter group removed, the firms an outsourced service
    # uses, what research staff are assessed on, the kind of toilet a village school got, the courses of an IT
    # training, what a weak school's renovation rebuilt (finer_detail), an off-corpus topic, an acceptance score, a
    # count of migrant children, a distance limit, a threshold for joining, levels of review, grades of a warning, how
    # an allowance is paid, a count of support bodies, how often inspections visit, a yearly quota of model teachers,
    # how long data are kept, a count of children in private kindergartens, the year a strategy began or the size of a
    # school group a near miss asks for. Opinion items (g26-dev-067/068, g26-ho-067/068) ask for a judgement
    # and have none.
    ABSENT: Absent = {
        "g26-dev-058": (("taizhou",), ("定向生",)),
        "g26-dev-059": (("dingxi",), ("每百名",)),
        "g26-dev-060": (("luxi",), ("大数据", "数据仓库")),
        "g26-dev-061": (("zibo",), ("层级",)),
        "g26-dev-062": (("digital-education-resources",), ("公司",)),
        "g26-dev-063": (("junior-school-action-plan",), ("考核指标", "考核内容")),
        "g26-dev-064": (ALL, ("留级", "留一级")),
        "g26-dev-065": (ALL, ("座位",)),
        "g26-dev-066": (ALL, ("计算器",)),
        "g26-dev-069": (("taizhou",), ("得分", "分数")),
        "g26-dev-070": (("luxi",), ("名随迁", "接收")),
        "g26-dev-071": (("zibo",), ("公里",)),
        "g26-dev-072": (("tonglu",), ("门槛", "入会", "申请")),
        "g26-dev-073": (("digital-education-resources",), ("审核",)),
        "g26-dev-074": (("yuhang",), ("红色", "黄色", "等级")),
        "g26-dev-075": (("dingxi",), ("按月", "一次性")),
        "g26-ho-058": (("shangcheng",), ("留守",)),
        "g26-ho-059": (("bozhou",), ("人工智能",)),
        "g26-ho-060": (("yuhang",), ("开放日",)),
        "g26-ho-061": (("luxi",), ("水冲",)),
        "g26-ho-062": (("zibo",), ("培训课程", "课时")),
        "g26-ho-063": (("taizhou",), ("校舍", "操场", "食堂")),
        "g26-ho-064": (ALL, ("口吃",)),
        "g26-ho-065": (ALL, ("旁听",)),
        "g26-ho-066": (ALL, ("捐款",)),
        "g26-ho-069": (("shangcheng",), ("共有", "几家")),
        "g26-ho-070": (("dingxi",), ("每季度", "每学期", "每半年")),
        "g26-ho-071": (("junior-school-action-plan",), ("每年评", "评出", "奖励")),
        "g26-ho-072": (("digital-education-resources",), ("保存",)),
        "g26-ho-073": (("yuhang",), ("名幼儿", "万名")),
        "g26-ho-074": (("luxi",), ("开始",)),
        "g26-ho-075": (("tonglu",), ("成员学校", "成员校")),
    }
