"""The seventy-eighth generalisation gold set (`gold/gen78_*.jsonl`) is well-formed, asks new questions, quotes the cases
verbatim, and its abstention items really are not answerable.

gen78 was written by helpers in eight parts (four per split, about nineteen items each), from the case texts only,
dev quoting the first half of each case file and held-out the second; each part passed the part checker
(`gold/drafts/check_part.py`) before the parts were joined, and nobody ran the engine or the eval runner on it before
its round. It is checked exactly as gen34 is, with every earlier set, gen78 included, as the sets it must not repeat
or nearly copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen34 import TestGen34 as Gen34Checks  # aliased so pytest does not collect TestGen34 again

# The keyword that would carry the missing detail of each abstention item, checked absent from the named cases (see
# `check_absent`). Opinion items (067/068 of each split) ask for a judgement and have none.
# Dev split: written by the helper of the dev split's part D.
ABSENT_DEV: Absent = {
    "g78-dev-058": (("bozhou",), ("职称","基层经历",)),
    "g78-dev-059": (("taizhou",), ("出国","境外",)),
    "g78-dev-060": (("luxi",), ("校友","捐",)),
    "g78-dev-061": (("zibo",), ("数据库","学籍",)),
    "g78-dev-062": (("junior-school-action-plan",), ("名单","初级中学",)),
    "g78-dev-063": (("tonglu",), ("获奖",)),
    "g78-dev-064": (ALL, ("诺如","传染病","消毒",)),
    "g78-dev-065": (ALL, ("网吧","摊贩",)),
    "g78-dev-066": (ALL, ("外卖","骑手",)),
    "g78-dev-069": (("luxi",), ("留守儿童","名留守",)),
    "g78-dev-070": (("yuhang",), ("优质园","等级幼儿园",)),
    "g78-dev-071": (("zibo",), ("服务费","家机构",)),
    "g78-dev-072": (("dingxi",), ("市一中派","市一中选派",)),
    "g78-dev-073": (("shangcheng",), ("满意度","排名",)),
    "g78-dev-074": (("junior-school-action-plan",), ("目前","现为",)),
    "g78-dev-075": (("taizhou",), ("场次","人次",)),
}


# Held-out split: written by the helper of the held-out split's part D.
ABSENT_HELDOUT: Absent = {
    "g78-ho-058": (("taizhou",), ("家庭教育","家长会","家校",)),
    "g78-ho-059": (("zibo",), ("美院","美术","艺术",)),
    "g78-ho-060": (("luxi",), ("补助","补贴","意外保险",)),
    "g78-ho-061": (("bozhou",), ("亿元","投资",)),
    "g78-ho-062": (("tonglu",), ("名单","乡镇",)),
    "g78-ho-063": (("dingxi",), ("牵头部门","第七项",)),
    "g78-ho-064": (ALL, ("欺凌","霸凌",)),
    "g78-ho-065": (ALL, ("校服",)),
    "g78-ho-066": (ALL, ("消防","地震","疏散",)),
    "g78-ho-069": (("dingxi",), ("流失","留任",)),
    "g78-ho-070": (("zibo",), ("万元","生均",)),
    "g78-ho-071": (("yuhang",), ("签约","落地",)),
    "g78-ho-072": (("luxi",), ("门慕课","点播",)),
    "g78-ho-073": (("shangcheng",), ("主任","督学",)),
    "g78-ho-074": (("digital-education-resources",), ("文号","印发",)),
    "g78-ho-075": (("junior-school-action-plan",), ("出国名额","经费由",)),
}


class TestGen78(Gen34Checks):
    NAME = "gen78"
    COUNTS = {"paraphrase": (12, 12), "which_place": (4, 4), "cross_case": (5, 5), "english": (7, 7), "fact": (5, 5),
              "followup": (10, 10), "overview": (9, 9), "list": (5, 5), "unanswerable": (11, 11), "near_miss": (7, 7)}
    # Four comparisons name their places in the dev split and four in the held-out; the others ask "哪些地方…".
    MIN_PLACES = 8
    MIN_PLAIN = 2
    ID_PATTERN = id_patterns("g78")
    EARLIER_SETS = sets_before(78)
    ABSENT: Absent = {**ABSENT_DEV, **ABSENT_HELDOUT}
