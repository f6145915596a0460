"""The seventieth generalisation gold set (`gold/gen70_*.jsonl`) is well-formed, asks new questions, quotes the cases
verbatim, and its abstention items really are not answerable.

gen70 was written by helpers in eight parts (four per split, about nineteen items each), from the case texts only,
dev quoting the first half of each case file and held-out the second; each part passed the part checker
(`gold/drafts/check_part.py`) before the parts were joined, and nobody ran the engine or the eval runner on it before
its round. It is checked exactly as gen34 is, with every earlier set, gen69 included, as the sets it must not repeat
or nearly copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen34 import TestGen34 as Gen34Checks  # aliased so pytest does not collect TestGen34 again

# The keyword that would carry the missing detail of each abstention item, checked absent from the named cases (see
# `check_absent`). Opinion items (067/068 of each split) ask for a judgement and have none.
# Dev split: written by the helper of the dev split's part D.
ABSENT_DEV: Absent = {
    "g70-dev-058": (("bozhou",), ("工作室","下乡",)),
    "g70-dev-059": (("shangcheng",), ("美院","美育",)),
    "g70-dev-060": (("luxi",), ("首席信息官","CIO",)),
    "g70-dev-061": (("dingxi",), ("教授","大学",)),
    "g70-dev-062": (("yuhang",), ("万元",)),
    "g70-dev-063": (("junior-school-action-plan",), ("个编制","归还","借用",)),
    "g70-dev-064": (ALL, ("校车","司机",)),
    "g70-dev-065": (ALL, ("空调","电费",)),
    "g70-dev-066": (ALL, ("班主任津贴","绩效工资",)),
    "g70-dev-069": (("tonglu",), ("常驻","驻校",)),
    "g70-dev-070": (("digital-education-resources",), ("财政部","工业和信息化部","发展改革委",)),
    "g70-dev-071": (("zibo",), ("组建了","共同体数量",)),
    "g70-dev-072": (("taizhou",), ("泰兴","兴化",)),
    "g70-dev-073": (("bozhou",), ("达标率","验收合格",)),
    "g70-dev-074": (("luxi",), ("人以内","名学生",)),
    "g70-dev-075": (("shangcheng",), ("研究人员","更名于",)),
}


# Held-out split: written by the helper of the held-out split's part D.
ABSENT_HELDOUT: Absent = {
    "g70-ho-058": (("bozhou",), ("购房","补贴",)),
    "g70-ho-059": (("taizhou",), ("周转池","编制",)),
    "g70-ho-060": (("shangcheng",), ("校名","集团",)),
    "g70-ho-061": (("dingxi",), ("名单","第二中学",)),
    "g70-ho-062": (("yuhang",), ("万元","培训费",)),
    "g70-ho-063": (("junior-school-action-plan",), ("投资","个班",)),
    "g70-ho-064": (ALL, ("校车",)),
    "g70-ho-065": (ALL, ("溺水","游泳",)),
    "g70-ho-066": (ALL, ("欺凌","勒索",)),
    "g70-ho-069": (("luxi",), ("印发","牵头",)),
    "g70-ho-070": (("taizhou",), ("兴化","泰兴",)),
    "g70-ho-071": (("bozhou",), ("牵头校","盟主",)),
    "g70-ho-072": (("tonglu",), ("驻校","每月",)),
    "g70-ho-073": (("zibo",), ("电话","科长",)),
    "g70-ho-074": (("digital-education-resources",), ("文号","教基",)),
    "g70-ho-075": (("dingxi",), ("节课","回放",)),
}


class TestGen70(Gen34Checks):
    NAME = "gen70"
    COUNTS = {"paraphrase": (12, 12), "which_place": (4, 4), "cross_case": (5, 5), "english": (7, 7), "fact": (5, 5),
              "followup": (10, 10), "overview": (9, 9), "list": (5, 5), "unanswerable": (11, 11), "near_miss": (7, 7)}
    # Four comparisons name their places in each split; the others ask "哪些地方…".
    MIN_PLACES = 8
    MIN_PLAIN = 2
    ID_PATTERN = id_patterns("g70")
    EARLIER_SETS = sets_before(70)
    ABSENT: Absent = {**ABSENT_DEV, **ABSENT_HELDOUT}
