"""The fifty-fifth generalisation gold set (`gold/gen55_*.jsonl`) is well-formed, asks new questions, quotes the cases
verbatim, and its abstention items really are not answerable.

gen55 was written by two helpers, one per split, after gen54's round, from the case texts only (the dev helper quoting
the first half of each case, the held-out helper the second); nobody has run the engine or the eval runner on it. It is
checked exactly as gen34 is, with every earlier set, gen54 included, as the sets it must not repeat or nearly copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen34 import TestGen34 as Gen34Checks  # aliased so pytest does not collect TestGen34 again

# The keyword that would carry the missing detail of each abstention item, checked absent from the named cases (see
# `check_absent`). Opinion items (067/068 of each split) ask for a judgement and have none.
# Dev split: written by the dev split's helper. A practice of another place (wrong_region: a family-education
# guidance workstation, rural famous-teacher studios, a future-education research institute), how many volumes and
# which titles a donated book batch held, the fee paid to a research institute, the names of schools under a
# school-place warning (finer_detail), an off-corpus topic, or the scores and ranking of a provincial review, what
# happens to a head whose school fails an appraisal, the money spent on enlarging town schools, how many online
# lessons were recorded and where they were shown, the term of a studio's leader, the total investment in new junior
# schools or the date and document number of a guideline that a near miss asks for.
ABSENT_DEV: Absent = {
    "g55-dev-058": (("taizhou",), ("家庭教育", "工作站")),
    "g55-dev-059": (("shangcheng",), ("名师乡村工作室", "乡村工作室")),
    "g55-dev-060": (("luxi",), ("研究院", "未来教育")),
    "g55-dev-061": (("dingxi",), ("册", "书目")),
    "g55-dev-062": (("tonglu",), ("经费", "费用", "万元")),
    "g55-dev-063": (("yuhang",), ("名单", "分别是")),
    "g55-dev-064": (ALL, ("空调", "遥控器")),
    "g55-dev-065": (ALL, ("高铁", "白酒")),
    "g55-dev-066": (ALL, ("红烧肉", "冰糖")),
    "g55-dev-069": (("taizhou",), ("分数", "得分", "排名")),
    "g55-dev-070": (("shangcheng",), ("免职", "调岗", "不合格")),
    "g55-dev-071": (("luxi",), ("万元", "亿元")),
    "g55-dev-072": (("dingxi",), ("节课", "播放")),
    "g55-dev-073": (("zibo",), ("任期", "主持人")),
    "g55-dev-074": (("junior-school-action-plan",), ("投资", "亿元")),
    "g55-dev-075": (("digital-education-resources",), ("文号", "印发")),
}


# Held-out split: written by the held-out split's helper. A practice of another place (wrong_region: a living
# allowance for exchanged teachers, famous teachers touring every school, young researchers sent to weak schools), the
# official who chaired a launch meeting, the monthly allowance of a mobile teacher, the names and origins of partner
# schools (finer_detail), an off-corpus topic, or the schools in an alliance, how many apprentices a mentor takes, the
# fix for a failed appraisal, famous teachers' weekly rounds, the grade a scheme starts at, how often a board meets or
# an allowance for a chief information officer that a near miss asks for.
ABSENT_HELDOUT: Absent = {
    "g55-ho-058": (("luxi",), ("补助", "补贴")),
    "g55-ho-059": (("shangcheng",), ("走教",)),
    "g55-ho-060": (("bozhou",), ("教研员",)),
    "g55-ho-061": (("dingxi",), ("副市长", "市长")),
    "g55-ho-062": (("zibo",), ("每月", "元")),
    "g55-ho-063": (("yuhang",), ("北京", "省外")),
    "g55-ho-064": (ALL, ("留样",)),
    "g55-ho-065": (ALL, ("灭火器",)),
    "g55-ho-066": (ALL, ("校服",)),
    "g55-ho-069": (("bozhou",), ("加入", "成员校")),
    "g55-ho-070": (("luxi",), ("徒弟", "师徒")),
    "g55-ho-071": (("shangcheng",), ("不合格", "整改")),
    "g55-ho-072": (("taizhou",), ("每周",)),
    "g55-ho-073": (("dingxi",), ("年级",)),
    "g55-ho-074": (("zibo",), ("例会",)),
    "g55-ho-075": (("junior-school-action-plan",), ("津贴",)),
}


class TestGen55(Gen34Checks):
    NAME = "gen55"
    ID_PATTERN = id_patterns("g55")
    EARLIER_SETS = sets_before(55)
    ABSENT: Absent = {**ABSENT_DEV, **ABSENT_HELDOUT}
