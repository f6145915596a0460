"""The sixty-sixth generalisation gold set (`gold/gen66_*.jsonl`) is well-formed, asks new questions, quotes the cases
verbatim, and its abstention items really are not answerable.

gen66 was written by helpers in eight parts (four per split, about nineteen items each), from the case texts only,
dev quoting the first half of each case file and held-out the second; each part passed the part checker
(`gold/drafts/check_part.py`) before the parts were joined, and nobody ran the engine or the eval runner on it before
its round. It is checked exactly as gen34 is, with every earlier set, gen65 included, as the sets it must not repeat
or nearly copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen34 import TestGen34 as Gen34Checks  # aliased so pytest does not collect TestGen34 again

# The keyword that would carry the missing detail of each abstention item, checked absent from the named cases (see
# `check_absent`). Opinion items (067/068 of each split) ask for a judgement and have none.
# Dev split: written by the helper of the dev split's part D.
ABSENT_DEV: Absent = {
    "g66-dev-058": (("zibo",), ("家长会","手机",)),
    "g66-dev-059": (("taizhou",), ("美院","美术","附属学校",)),
    "g66-dev-060": (("luxi",), ("足球",)),
    "g66-dev-061": (("dingxi",), ("初级中学","配对",)),
    "g66-dev-062": (("taizhou",), ("教育集团","名单",)),
    "g66-dev-063": (("luxi",), ("环节","分钟",)),
    "g66-dev-064": (ALL, ("攀岩","安全带",)),
    "g66-dev-065": (ALL, ("加油站",)),
    "g66-dev-066": (ALL, ("烟雾机","干冰","烟感",)),
    "g66-dev-069": (("dingxi",), ("选拔","推荐","同意书",)),
    "g66-dev-070": (("yuhang",), ("启动经费","服务期",)),
    "g66-dev-071": (("zibo",), ("名留守","万名",)),
    "g66-dev-072": (("taizhou",), ("新校区","分校","孵化出",)),
    "g66-dev-073": (("junior-school-action-plan",), ("顾问费","聘期",)),
    "g66-dev-074": (("digital-education-resources",), ("贫困县","收官",)),
    "g66-dev-075": (("tonglu",), ("个班","在校生",)),
}


# Held-out split: written by the helper of the held-out split's part D.
ABSENT_HELDOUT: Absent = {
    "g66-ho-058": (("luxi",), ("推进会","季度","现场会",)),
    "g66-ho-059": (("taizhou",), ("补助","补贴","保险",)),
    "g66-ho-060": (("shangcheng",), ("薄弱","周岁","学年",)),
    "g66-ho-061": (("dingxi",), ("教授","博士","研究员",)),
    "g66-ho-062": (("digital-education-resources",), ("工业和信息化部","广电总局","网信办",)),
    "g66-ho-063": (("tonglu",), ("名单","乡镇",)),
    "g66-ho-064": (ALL, ("光伏",)),
    "g66-ho-065": (ALL, ("号嘴","鼓号",)),
    "g66-ho-066": (ALL, ("无人机","航拍",)),
    "g66-ho-069": (("shangcheng",), ("热线","电话",)),
    "g66-ho-070": (("luxi",), ("家访",)),
    "g66-ho-071": (("zibo",), ("每月","每人每",)),
    "g66-ho-072": (("yuhang",), ("万元","分担",)),
    "g66-ho-073": (("junior-school-action-plan",), ("个编制","名编制","审批",)),
    "g66-ho-074": (("dingxi",), ("小学生","初中生",)),
    "g66-ho-075": (("taizhou",), ("点击","节微课",)),
}


class TestGen66(Gen34Checks):
    NAME = "gen66"
    COUNTS = {"paraphrase": (12, 12), "which_place": (4, 4), "cross_case": (5, 5), "english": (7, 7), "fact": (5, 5),
              "followup": (10, 10), "overview": (9, 9), "list": (5, 5), "unanswerable": (11, 11), "near_miss": (7, 7)}
    # Four comparisons per split name their places; one per split asks "哪些地方…".
    MIN_PLACES = 8
    MIN_PLAIN = 2
    ID_PATTERN = id_patterns("g66")
    EARLIER_SETS = sets_before(66)
    ABSENT: Absent = {**ABSENT_DEV, **ABSENT_HELDOUT}
