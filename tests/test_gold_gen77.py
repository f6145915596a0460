"""The seventy-seventh generalisation gold set (`gold/gen77_*.jsonl`) is well-formed, asks new questions, quotes the cases
verbatim, and its abstention items really are not answerable.

gen77 was written by helpers in eight parts (four per split, about nineteen items each), from the case texts only,
dev quoting the first half of each case file and held-out the second; each part passed the part checker
(`gold/drafts/check_part.py`) before the parts were joined, and nobody ran the engine or the eval runner on it before
its round. It is checked exactly as gen34 is, with every earlier set, gen76 included, as the sets it must not repeat
or nearly copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen34 import TestGen34 as Gen34Checks  # aliased so pytest does not collect TestGen34 again

# The keyword that would carry the missing detail of each abstention item, checked absent from the named cases (see
# `check_absent`). Opinion items (067/068 of each split) ask for a judgement and have none.
# Dev split: written by the helper of the dev split's part D.
ABSENT_DEV: Absent = {
    "g77-dev-058": (("luxi",), ("捐","图书","企业",)),
    "g77-dev-059": (("shangcheng",), ("智库","专家",)),
    "g77-dev-060": (("taizhou",), ("中层","干部","选派",)),
    "g77-dev-061": (("dingxi",), ("名单","分别为",)),
    "g77-dev-062": (("junior-school-action-plan",), ("万元","亿元","平方米",)),
    "g77-dev-063": (("yuhang",), ("万元","专项资金额",)),
    "g77-dev-064": (ALL, ("校车","驾驶",)),
    "g77-dev-065": (ALL, ("近视","视力","灯光","眼镜",)),
    "g77-dev-066": (ALL, ("溺水","暑假",)),
    "g77-dev-069": (("bozhou",), ("比例","%","名额",)),
    "g77-dev-070": (("luxi",), ("辍学","劝返",)),
    "g77-dev-071": (("shangcheng",), ("电话","热线",)),
    "g77-dev-072": (("taizhou",), ("第二批","第三批",)),
    "g77-dev-073": (("tonglu",), ("名次","期满","评估结果",)),
    "g77-dev-074": (("zibo",), ("个教育集团","已组建",)),
    "g77-dev-075": (("yuhang",), ("学位","黄牌",)),
}


# Held-out split: written by the helper of the held-out split's part D.
ABSENT_HELDOUT: Absent = {
    "g77-ho-058": (("luxi",), ("更名","研究中心","教研室",)),
    "g77-ho-059": (("tonglu",), ("定向","招生","指标",)),
    "g77-ho-060": (("bozhou",), ("补助","保险","补贴",)),
    "g77-ho-061": (("junior-school-action-plan",), ("名单",)),
    "g77-ho-062": (("yuhang",), ("名单","预警学校",)),
    "g77-ho-063": (("dingxi",), ("名单",)),
    "g77-ho-064": (ALL, ("校车","驾龄","驾照",)),
    "g77-ho-065": (ALL, ("视力","近视","眼保健操",)),
    "g77-ho-066": (ALL, ("校服",)),
    "g77-ho-069": (("bozhou",), ("验收组","不合格",)),
    "g77-ho-070": (("luxi",), ("床位","所食堂",)),
    "g77-ho-071": (("shangcheng",), ("督学","人员编制",)),
    "g77-ho-072": (("taizhou",), ("节微课","点播","点击","人次",)),
    "g77-ho-073": (("tonglu",), ("经费","费用","万元",)),
    "g77-ho-074": (("zibo",), ("每月","元",)),
    "g77-ho-075": (("junior-school-action-plan",), ("出境","人次","天数",)),
}


class TestGen77(Gen34Checks):
    NAME = "gen77"
    COUNTS = {"paraphrase": (12, 12), "which_place": (4, 4), "cross_case": (5, 5), "english": (7, 7), "fact": (5, 5),
              "followup": (10, 10), "overview": (9, 9), "list": (5, 5), "unanswerable": (11, 11), "near_miss": (7, 7)}
    # Three comparisons name their places in the dev split and four in the held-out; the others ask "哪些地方…".
    MIN_PLACES = 7
    MIN_PLAIN = 2
    ID_PATTERN = id_patterns("g77")
    EARLIER_SETS = sets_before(77)
    ABSENT: Absent = {**ABSENT_DEV, **ABSENT_HELDOUT}
