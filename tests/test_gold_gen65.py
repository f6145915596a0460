"""The sixty-fifth generalisation gold set (`gold/gen65_*.jsonl`) is well-formed, asks new questions, quotes the cases
verbatim, and its abstention items really are not answerable.

gen65 was written by helpers in eight parts (four per split, about nineteen items each), from the case texts only,
dev quoting the first half of each case file and held-out the second; each part passed the part checker
(`gold/drafts/check_part.py`) before the parts were joined, and nobody ran the engine or the eval runner on it before
its round. It is checked exactly as gen34 is, with every earlier set, gen64 included, as the sets it must not repeat
or nearly copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen34 import TestGen34 as Gen34Checks  # aliased so pytest does not collect TestGen34 again

# The keyword that would carry the missing detail of each abstention item, checked absent from the named cases (see
# `check_absent`). Opinion items (067/068 of each split) ask for a judgement and have none.
# Dev split: written by the helper of the dev split's part D.
ABSENT_DEV: Absent = {
    "g65-dev-058": (("zibo",), ("新入职","学习锻炼","新教师",)),
    "g65-dev-059": (("bozhou",), ("教研","片区","网络",)),
    "g65-dev-060": (("yuhang",), ("缺编","遴选","农村学校任教",)),
    "g65-dev-061": (("shangcheng",), ("研究员","学段组",)),
    "g65-dev-062": (("digital-education-resources",), ("分钟","分辨率","清晰度",)),
    "g65-dev-063": (("taizhou",), ("亿元","万元",)),
    "g65-dev-064": (ALL, ("炮弹","哑弹","弹药",)),
    "g65-dev-065": (ALL, ("高压线","千伏",)),
    "g65-dev-066": (ALL, ("冰场","冰刀","滑冰",)),
    "g65-dev-069": (("dingxi",), ("保额","保险公司",)),
    "g65-dev-070": (("luxi",), ("学位","班额上限",)),
    "g65-dev-071": (("shangcheng",), ("额度","万元",)),
    "g65-dev-072": (("junior-school-action-plan",), ("津贴","职级工资",)),
    "g65-dev-073": (("tonglu",), ("蹲点","对口联系",)),
    "g65-dev-074": (("yuhang",), ("研修期","个月",)),
    "g65-dev-075": (("bozhou",), ("特岗","公开招聘",)),
}


# Held-out split: written by the helper of the held-out split's part D.
ABSENT_HELDOUT: Absent = {
    "g65-ho-058": (("taizhou",), ("家长会","人次",)),
    "g65-ho-059": (("luxi",), ("推进会","每季度",)),
    "g65-ho-060": (("shangcheng",), ("走教",)),
    "g65-ho-061": (("dingxi",), ("名单",)),
    "g65-ho-062": (("yuhang",), ("万元",)),
    "g65-ho-063": (("digital-education-resources",), ("万元","亿元",)),
    "g65-ho-064": (ALL, ("午睡","躺椅",)),
    "g65-ho-065": (ALL, ("戏曲","京剧",)),
    "g65-ho-066": (ALL, ("校服",)),
    "g65-ho-069": (("bozhou",), ("结对学校","对学校",)),
    "g65-ho-070": (("luxi",), ("结对","对子",)),
    "g65-ho-071": (("dingxi",), ("热线","电话",)),
    "g65-ho-072": (("zibo",), ("每月","元/月",)),
    "g65-ho-073": (("tonglu",), ("中考","平均分",)),
    "g65-ho-074": (("junior-school-action-plan",), ("个编制","名编制",)),
    "g65-ho-075": (("shangcheng",), ("人次","来电",)),
}


class TestGen65(Gen34Checks):
    NAME = "gen65"
    COUNTS = {"paraphrase": (12, 12), "which_place": (4, 4), "cross_case": (5, 5), "english": (7, 7), "fact": (5, 5),
              "followup": (10, 10), "overview": (9, 9), "list": (5, 5), "unanswerable": (11, 11), "near_miss": (7, 7)}
    # Four comparisons name their places in the dev split, three in the held-out one; the others ask "哪些地方…".
    MIN_PLACES = 6
    MIN_PLAIN = 2
    ID_PATTERN = id_patterns("g65")
    EARLIER_SETS = sets_before(65)
    ABSENT: Absent = {**ABSENT_DEV, **ABSENT_HELDOUT}
