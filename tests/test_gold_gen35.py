"""The thirty-fifth generalisation gold set (`gold/gen35_*.jsonl`) is well-formed, asks new questions, quotes the
cases verbatim, and its abstention items really are not answerable.

gen35 was written by a helper after gen34, before any tuning on gen35, from the case texts only and without running
the engine or the eval runner on it. It is checked exactly as gen34 is (`TestGen34`, the checks of
`RequotingGoldSetTests` plus gen7's own two), with its own ids, its own abstention keywords and every earlier set,
gen34 included, as the sets it must not repeat or nearly copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen34 import TestGen34 as Gen34Checks  # aliased so pytest does not collect TestGen34 again


class TestGen35(Gen34Checks):
    NAME = "gen35"
    ID_PATTERN = id_patterns("g35")
    EARLIER_SETS = sets_before(35)
    # The keyword that would carry the missing detail of an abstention item, checked absent from the named cases: a
    # practice of another place (wrong_region: diagnosing lessons in class, a salon of bureau heads, childcare for the
    # under-threes, credits for joining research activities, alumni donations, a psychology teacher for village
    # children), the weights of a monitoring index, the rules on pupils' phones, the towns whose schools are enlarged,
    # the districts of a city, the other four ministries behind a national opinion (finer_detail), an off-corpus
    # topic, or a re-inspection after a failed acceptance, the former superior of a youth centre, a fee for an online
    # platform, a count of school projects, a company's name on a school, the city a research centre sits in, how
    # many of a hundred schools are renovated, the years a selected teacher must serve, a reply deadline, the
    # neighbouring city of a merger, who pays a subsidy, the grade a through-train plan starts at, apprentices of a
    # workshop or a third party that a near miss asks for. Opinion items (g35-dev-067/068, g35-ho-067/068) ask for a
    # judgement and have none; g35-dev-062 asks for the tasks and deadlines of a briefing the text only mentions.
    ABSENT: Absent = {
        "g35-dev-058": (("luxi",), ("诊断",)),
        "g35-dev-059": (("dingxi",), ("沙龙",)),
        "g35-dev-060": (("taizhou",), ("幼托", "托育", "幼儿园")),
        "g35-dev-061": (("junior-school-action-plan",), ("权重",)),
        "g35-dev-063": (("dingxi",), ("带手机", "进校门")),
        "g35-dev-064": (ALL, ("磨牙", "蛔虫")),
        "g35-dev-065": (ALL, ("压岁钱",)),
        "g35-dev-066": (ALL, ("晕车",)),
        "g35-dev-069": (("bozhou",), ("复验",)),
        "g35-dev-070": (("shangcheng",), ("团委",)),
        "g35-dev-071": (("digital-education-resources",), ("收费", "免费")),
        "g35-dev-072": (("taizhou",), ("特色项目",)),
        "g35-dev-073": (("zibo",), ("冠名",)),
        "g35-dev-074": (("tonglu",), ("北京", "办公")),
        "g35-dev-075": (("yuhang",), ("改造提升", "老校")),
        "g35-ho-058": (("shangcheng",), ("学分",)),
        "g35-ho-059": (("yuhang",), ("校友", "捐资")),
        "g35-ho-060": (("bozhou",), ("心理",)),
        "g35-ho-061": (("zibo",), ("张店", "淄川")),
        "g35-ho-062": (("luxi",), ("宣风", "上埠", "个班")),
        "g35-ho-063": (("digital-education-resources",), ("网信办", "工业和信息化部", "财政部", "发展改革委")),
        "g35-ho-064": (ALL, ("冻疮",)),
        "g35-ho-065": (ALL, ("倒插笔", "笔顺")),
        "g35-ho-066": (ALL, ("梦话",)),
        "g35-ho-069": (("bozhou",), ("满", "年限")),
        "g35-ho-070": (("shangcheng",), ("答复", "工作日")),
        "g35-ho-071": (("taizhou",), ("扬州", "南通", "相邻")),
        "g35-ho-072": (("zibo",), ("发放", "直接发")),
        "g35-ho-073": (("dingxi",), ("年级",)),
        "g35-ho-074": (("junior-school-action-plan",), ("徒弟",)),
        "g35-ho-075": (("digital-education-resources",), ("第三方",)),
    }
