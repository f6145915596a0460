"""The sixty-ninth generalisation gold set (`gold/gen69_*.jsonl`) is well-formed, asks new questions, quotes the cases
verbatim, and its abstention items really are not answerable.

gen69 was written by helpers in eight parts (four per split, about nineteen items each), from the case texts only,
dev quoting the first half of each case file and held-out the second; each part passed the part checker
(`gold/drafts/check_part.py`) before the parts were joined, and nobody ran the engine or the eval runner on it before
its round. It is checked exactly as gen34 is, with every earlier set, gen68 included, as the sets it must not repeat
or nearly copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen34 import TestGen34 as Gen34Checks  # aliased so pytest does not collect TestGen34 again

# The keyword that would carry the missing detail of each abstention item, checked absent from the named cases (see
# `check_absent`). Opinion items (067/068 of each split) ask for a judgement and have none.
# Dev split: written by the helper of the dev split's part D.
ABSENT_DEV: Absent = {
    "g69-dev-058": (("bozhou",), ("补助","保险",)),
    "g69-dev-059": (("shangcheng",), ("慕课","电子备课",)),
    "g69-dev-060": (("taizhou",), ("特岗","跟岗",)),
    "g69-dev-061": (("yuhang",), ("语文","数学",)),
    "g69-dev-062": (("tonglu",), ("万元","费用",)),
    "g69-dev-063": (("zibo",), ("每月","元/月",)),
    "g69-dev-064": (ALL, ("校服",)),
    "g69-dev-065": (ALL, ("净水","饮水",)),
    "g69-dev-066": (ALL, ("近视","照明","护眼",)),
    "g69-dev-069": (("luxi",), ("结对","对教师",)),
    "g69-dev-070": (("shangcheng",), ("不合格","未达标",)),
    "g69-dev-071": (("bozhou",), ("万元","亿元",)),
    "g69-dev-072": (("taizhou",), ("点击","节微课",)),
    "g69-dev-073": (("yuhang",), ("院长","挂牌成立",)),
    "g69-dev-074": (("junior-school-action-plan",), ("津贴","课时",)),
    "g69-dev-075": (("dingxi",), ("站长","电话",)),
}


# Held-out split: written by the helper of the held-out split's part D.
ABSENT_HELDOUT: Absent = {
    "g69-ho-058": (("luxi",), ("家庭教育","工作站","人次","家长",)),
    "g69-ho-059": (("taizhou",), ("县管校聘","统一调配",)),
    "g69-ho-060": (("shangcheng",), ("首席信息官","CIO","信息化",)),
    "g69-ho-061": (("tonglu",), ("费用","万元","经费",)),
    "g69-ho-062": (("dingxi",), ("语文","数学","英语",)),
    "g69-ho-063": (("zibo",), ("万元","拨付标准",)),
    "g69-ho-064": (ALL, ("取暖","锅炉","暖气",)),
    "g69-ho-065": (ALL, ("校服",)),
    "g69-ho-066": (ALL, ("近视","眼保健操","灯光",)),
    "g69-ho-069": (("bozhou",), ("万元","亿元","平均",)),
    "g69-ho-070": (("luxi",), ("人次","名校长","名教师","比例",)),
    "g69-ho-071": (("shangcheng",), ("电话","热线","地址",)),
    "g69-ho-072": (("taizhou",), ("点击","访问量","点播","万节",)),
    "g69-ho-073": (("digital-education-resources",), ("2021","印发","文号",)),
    "g69-ho-074": (("yuhang",), ("万元","补贴标准",)),
    "g69-ho-075": (("junior-school-action-plan",), ("聘期","聘任","报酬",)),
}


class TestGen69(Gen34Checks):
    NAME = "gen69"
    COUNTS = {"paraphrase": (12, 12), "which_place": (4, 4), "cross_case": (5, 5), "english": (7, 7), "fact": (5, 5),
              "followup": (10, 10), "overview": (9, 9), "list": (5, 5), "unanswerable": (11, 11), "near_miss": (7, 7)}
    # Four comparisons name their places in each split; the others ask "哪些地方…".
    MIN_PLACES = 8
    MIN_PLAIN = 2
    ID_PATTERN = id_patterns("g69")
    EARLIER_SETS = sets_before(69)
    ABSENT: Absent = {**ABSENT_DEV, **ABSENT_HELDOUT}
