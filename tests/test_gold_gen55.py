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


# Held-out split: written by the held-out split's helper. A practice of another place (wrong_region: cover training
# of special-post teachers, a teaching-research office renamed, a through-train "foundation" scheme), the names of
# paired schools, the seat and head of a planned research institute, the posts in a staffing "turnover pool"
# (finer_detail), an off-corpus topic, or clicks on a micro-lesson platform, a service centre's phone and hours, an
# insurance sum, a cap on member schools, a yearly training budget, the month of a showcase or the resource count and
# visits of a national platform that a near miss asks for.
ABSENT_HELDOUT: Absent = {
}


class TestGen55(Gen34Checks):
    NAME = "gen55"
    ID_PATTERN = id_patterns("g55")
    EARLIER_SETS = sets_before(55)
    ABSENT: Absent = {**ABSENT_DEV, **ABSENT_HELDOUT}
