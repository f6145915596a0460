"""The sixty-second generalisation gold set (`gold/gen62_*.jsonl`) is well-formed, asks new questions, quotes the cases
verbatim, and its abstention items really are not answerable.

gen62 was written by helpers in eight parts (four per split, about nineteen items each), from the case texts only,
dev quoting the first half of each case file and held-out the second; each part passed the part checker
(`gold/drafts/check_part.py`) before the parts were joined, and nobody ran the engine or the eval runner on it before
its round. It is checked exactly as gen34 is, with every earlier set, gen61 included, as the sets it must not repeat
or nearly copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen34 import TestGen34 as Gen34Checks  # aliased so pytest does not collect TestGen34 again

# The keyword that would carry the missing detail of each abstention item, checked absent from the named cases (see
# `check_absent`). Opinion items (067/068 of each split) ask for a judgement and have none.
# Dev split: written by the helper of the dev split's part D.
ABSENT_DEV: Absent = {
    "g62-dev-058": (("shangcheng",), ("教研员","任教",)),
    "g62-dev-059": (("bozhou",), ("跟岗","特岗",)),
    "g62-dev-060": (("taizhou",), ("补助","补贴","保险",)),
    "g62-dev-061": (("junior-school-action-plan",), ("名单",)),
    "g62-dev-062": (("zibo",), ("万元",)),
    "g62-dev-063": (("tonglu",), ("万元","经费",)),
    "g62-dev-064": (ALL, ("电梯",)),
    "g62-dev-065": (ALL, ("准印证","校报",)),
    "g62-dev-066": (ALL, ("锅炉",)),
    "g62-dev-069": (("dingxi",), ("热线","电话",)),
    "g62-dev-070": (("taizhou",), ("每周","人数",)),
    "g62-dev-071": (("bozhou",), ("万元","亿元",)),
    "g62-dev-072": (("shangcheng",), ("电话","热线",)),
    "g62-dev-073": (("yuhang",), ("学位","缺口",)),
    "g62-dev-074": (("junior-school-action-plan",), ("人次","每年选派",)),
    "g62-dev-075": (("digital-education-resources",), ("文号","印发",)),
}


# Held-out split: written by the helper of the held-out split's part D.
ABSENT_HELDOUT: Absent = {
    "g62-ho-058": (("luxi",), ("现场推进会","每季度",)),
    "g62-ho-059": (("zibo",), ("首席信息官","CIO",)),
    "g62-ho-060": (("yuhang",), ("加挂","校名",)),
    "g62-ho-061": (("digital-education-resources",), ("财政部","工业和信息化部","发展改革委","广播电视总局",)),
    "g62-ho-062": (("taizhou",), ("片区","每周",)),
    "g62-ho-063": (("shangcheng",), ("权重","分值","指标",)),
    "g62-ho-064": (ALL, ("电梯","年检",)),
    "g62-ho-065": (ALL, ("外籍","护照",)),
    "g62-ho-066": (ALL, ("锦鲤","水池","护栏",)),
    "g62-ho-069": (("luxi",), ("人次","交流期","轮岗",)),
    "g62-ho-070": (("bozhou",), ("万元","亿元","投入",)),
    "g62-ho-071": (("zibo",), ("万元","生均",)),
    "g62-ho-072": (("shangcheng",), ("热线","电话",)),
    "g62-ho-073": (("dingxi",), ("册","书目",)),
    "g62-ho-074": (("tonglu",), ("万元","费用","经费",)),
    "g62-ho-075": (("junior-school-action-plan",), ("个编制","借用",)),
}


class TestGen62(Gen34Checks):
    NAME = "gen62"
    COUNTS = {"paraphrase": (12, 12), "which_place": (4, 4), "cross_case": (5, 5), "english": (7, 7), "fact": (5, 5),
              "followup": (10, 10), "overview": (9, 9), "list": (5, 5), "unanswerable": (11, 11), "near_miss": (7, 7)}
    # Four held-out comparisons name their places and one does not; three dev ones do and two ask "哪些地方…".
    MIN_PLACES = 7
    MIN_PLAIN = 2
    ID_PATTERN = id_patterns("g62")
    EARLIER_SETS = sets_before(62)
    ABSENT: Absent = {**ABSENT_DEV, **ABSENT_HELDOUT}
