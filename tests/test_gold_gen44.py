"""The forty-fourth generalisation gold set (`gold/gen44_*.jsonl`) is well-formed, asks new questions, quotes the cases
verbatim, and its abstention items really are not answerable.

gen44 was written by a helper while gen43 was being tuned on, before any tuning on gen44, from the case texts only and
without running the engine or the eval runner on it (and without reading gen35's, gen36's, gen37's, gen38's, gen39's,
gen40's, gen41's, gen42's or gen43's items). It is checked exactly as gen34 is (`TestGen34`, the checks of
`RequotingGoldSetTests` plus gen7's own two), with its own ids, its own abstention keywords and every earlier set,
gen35 to gen43 included, as the sets it must not repeat or nearly copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen34 import TestGen34 as Gen34Checks  # aliased so pytest does not collect TestGen34 again


class TestGen44(Gen34Checks):
    NAME = "gen44"
    ID_PATTERN = id_patterns("g44")
    EARLIER_SETS = sets_before(44)
    # The keyword that would carry the missing detail of an abstention item, checked absent from the named cases: a
    # practice of another place (wrong_region: a micro-lesson platform named after the county, quarterly site
    # meetings of school communities, an art academy taking part in a project, a moral-education outline, a renamed
    # teaching-research office, a rank system for heads), the money per trainee, the per-pupil running funds, the
    # yearly sum of community funds in ten thousands of yuan, the rounds and pay of travelling teachers, how many
    # pupils a teacher pairs with, the countries partner schools come from (finer_detail), an off-corpus topic, or
    # the size and source of an inspection team, a posting term before rotation, where staff separated from
    # administration went, a fee for a borrowed school name, how pupils are selected, the fee paid to a research
    # institute, the term of an expert pool, a minimum term in a village, the year an outline was issued, the
    # researchers of a centre, the clicks of a platform, the university and pay of advisers, the office of a
    # guidance station or the courses of a national platform that a near miss asks for. Opinion items
    # (g44-dev-067/068, g44-ho-067/068) ask for a judgement and have none.
    ABSENT: Absent = {
        "g44-dev-058": (("luxi",), ("微课", "冠名")),
        "g44-dev-059": (("zibo",), ("季度",)),
        "g44-dev-060": (("tonglu",), ("美院", "美术")),
        "g44-dev-061": (("bozhou",), ("培训费", "经费")),
        "g44-dev-062": (("shangcheng",), ("生均",)),
        "g44-dev-063": (("zibo",), ("万元",)),
        "g44-dev-064": (ALL, ("磨牙", "蛔虫")),
        "g44-dev-065": (ALL, ("尿酸", "啤酒")),
        "g44-dev-066": (ALL, ("沙发",)),
        "g44-dev-069": (("bozhou",), ("验收组", "抽调")),
        "g44-dev-070": (("luxi",), ("任满", "年限")),
        "g44-dev-071": (("shangcheng",), ("分流",)),
        "g44-dev-072": (("zibo",), ("使用费",)),
        "g44-dev-073": (("dingxi",), ("选拔",)),
        "g44-dev-074": (("tonglu",), ("费用", "万元")),
        "g44-dev-075": (("junior-school-action-plan",), ("聘期",)),
        "g44-ho-058": (("taizhou",), ("纲要", "德育")),
        "g44-ho-059": (("bozhou",), ("教研室", "研究中心")),
        "g44-ho-060": (("zibo",), ("职级",)),
        "g44-ho-061": (("taizhou",), ("补贴", "学期")),
        "g44-ho-062": (("luxi",), ("结对",)),
        "g44-ho-063": (("yuhang",), ("美国", "英国")),
        "g44-ho-064": (ALL, ("晕车",)),
        "g44-ho-065": (ALL, ("血压",)),
        "g44-ho-066": (ALL, ("仓鼠",)),
        "g44-ho-069": (("bozhou",), ("服务期", "干满")),
        "g44-ho-070": (("luxi",), ("印发", "年级段")),
        "g44-ho-071": (("shangcheng",), ("研究员",)),
        "g44-ho-072": (("taizhou",), ("点击", "节微课")),
        "g44-ho-073": (("zibo",), ("大学", "高校", "报酬")),
        "g44-ho-074": (("dingxi",), ("挂靠", "办公场所")),
        "g44-ho-075": (("digital-education-resources",), ("门课程",)),
    }
