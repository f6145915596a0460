"""The seventy-third generalisation gold set (`gold/gen73_*.jsonl`) is well-formed, asks new questions, quotes the cases
verbatim, and its abstention items really are not answerable.

gen73 was written by helpers in eight parts (four per split, about nineteen items each), from the case texts only,
dev quoting the first half of each case file and held-out the second; each part passed the part checker
(`gold/drafts/check_part.py`) before the parts were joined, and nobody ran the engine or the eval runner on it before
its round. It is checked exactly as gen34 is, with every earlier set, gen72 included, as the sets it must not repeat
or nearly copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen34 import TestGen34 as Gen34Checks  # aliased so pytest does not collect TestGen34 again

# The keyword that would carry the missing detail of each abstention item, checked absent from the named cases (see
# `check_absent`). Opinion items (067/068 of each split) ask for a judgement and have none.
# Dev split: written by the helper of the dev split's part D.
ABSENT_DEV: Absent = {
    "g73-dev-058": (("junior-school-action-plan",), ("养成教育","纲要",)),
    "g73-dev-059": (("yuhang",), ("微课",)),
    "g73-dev-060": (("zibo",), ("惠民","咨询",)),
    "g73-dev-061": (("tonglu",), ("名单","常务副理事长单位为","常务副理事长单位包括",)),
    "g73-dev-062": (("junior-school-action-plan",), ("教授","聘期","顾问名单",)),
    "g73-dev-063": (("digital-education-resources",), ("财政部","发展改革委","文号",)),
    "g73-dev-064": (ALL, ("校服",)),
    "g73-dev-065": (ALL, ("欺凌","霸凌","报警",)),
    "g73-dev-066": (ALL, ("周转宿舍","周转房",)),
    "g73-dev-069": (("taizhou",), ("所学校","结对",)),
    "g73-dev-070": (("zibo",), ("元/月","每月","每人每年",)),
    "g73-dev-071": (("shangcheng",), ("编制","主任","挂牌",)),
    "g73-dev-072": (("dingxi",), ("热线","电话",)),
    "g73-dev-073": (("bozhou",), ("万元","亿元",)),
    "g73-dev-074": (("yuhang",), ("年薪","安家费","万元",)),
    "g73-dev-075": (("luxi",), ("个片区","牵头",)),
}


# Held-out split: written by the helper of the held-out split's part D.
ABSENT_HELDOUT: Absent = {
    "g73-ho-058": (("bozhou",), ("慕课","电子备课",)),
    "g73-ho-059": (("taizhou",), ("筑基","贯通",)),
    "g73-ho-060": (("luxi",), ("补助","保险",)),
    "g73-ho-061": (("dingxi",), ("名单",)),
    "g73-ho-062": (("yuhang",), ("万元","按月",)),
    "g73-ho-063": (("taizhou",), ("点播","访问量",)),
    "g73-ho-064": (ALL, ("欺凌","霸凌",)),
    "g73-ho-065": (ALL, ("教辅","征订",)),
    "g73-ho-066": (ALL, ("演练","地震","消防",)),
    "g73-ho-069": (("bozhou",), ("万元","完工",)),
    "g73-ho-070": (("tonglu",), ("费用","服务费",)),
    "g73-ho-071": (("luxi",), ("建成",)),
    "g73-ho-072": (("junior-school-action-plan",), ("派驻","驻校",)),
    "g73-ho-073": (("digital-education-resources",), ("频道",)),
    "g73-ho-074": (("zibo",), ("每月","分档",)),
    "g73-ho-075": (("shangcheng",), ("主任","专职",)),
}


class TestGen73(Gen34Checks):
    NAME = "gen73"
    COUNTS = {"paraphrase": (12, 12), "which_place": (4, 4), "cross_case": (5, 5), "english": (7, 7), "fact": (5, 5),
              "followup": (10, 10), "overview": (9, 9), "list": (5, 5), "unanswerable": (11, 11), "near_miss": (7, 7)}
    # Four comparisons name their places in the dev split and four in the held-out; the others ask "哪些地方…".
    MIN_PLACES = 8
    MIN_PLAIN = 2
    ID_PATTERN = id_patterns("g73")
    EARLIER_SETS = sets_before(73)
    ABSENT: Absent = {**ABSENT_DEV, **ABSENT_HELDOUT}
