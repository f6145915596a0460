"""The seventy-ninth generalisation gold set (`gold/gen79_*.jsonl`) is well-formed, asks new questions, quotes the cases
verbatim, and its abstention items really are not answerable.

gen79 was written by helpers in eight parts (four per split, about nineteen items each), from the case texts only,
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
    "g79-dev-058": (("luxi",), ("家庭教育","家长","公开课",)),
    "g79-dev-059": (("bozhou",), ("县管校聘","编制",)),
    "g79-dev-060": (("shangcheng",), ("职级",)),
    "g79-dev-061": (("zibo",), ("元/月","分档",)),
    "g79-dev-062": (("junior-school-action-plan",), ("课程名单","课程目录",)),
    "g79-dev-063": (("yuhang",), ("预警名单","预警学校",)),
    "g79-dev-064": (ALL, ("营养","午餐","配餐",)),
    "g79-dev-065": (ALL, ("代课","清退",)),
    "g79-dev-066": (ALL, ("取暖","采暖","电费",)),
    "g79-dev-069": (("dingxi",), ("投用","设备",)),
    "g79-dev-070": (("bozhou",), ("谯城","涡阳","蒙城","利辛",)),
    "g79-dev-071": (("shangcheng",), ("回复","办结","诉求",)),
    "g79-dev-072": (("luxi",), ("印发",)),
    "g79-dev-073": (("taizhou",), ("随迁","积分","务工",)),
    "g79-dev-074": (("junior-school-action-plan",), ("纪念馆","革命","烈士",)),
    "g79-dev-075": (("digital-education-resources",), ("频道","CETV","播出",)),
}


# Held-out split: written by the helper of the held-out split's part D.
ABSENT_HELDOUT: Absent = {
    "g79-ho-058": (("zibo",), ("首席信息官","CIO","信息主管",)),
    "g79-ho-059": (("shangcheng",), ("家庭教育","家长",)),
    "g79-ho-060": (("tonglu",), ("购房","住房","补贴",)),
    "g79-ho-061": (("dingxi",), ("十个维度分别","校园文化",)),
    "g79-ho-062": (("junior-school-action-plan",), ("领衔","工作室名单",)),
    "g79-ho-063": (("taizhou",), ("海陵","高港","兴化","泰兴",)),
    "g79-ho-064": (ALL, ("校车","司机",)),
    "g79-ho-065": (ALL, ("近视","照明","灯光",)),
    "g79-ho-066": (ALL, ("校服",)),
    "g79-ho-069": (("luxi",), ("结对","对子",)),
    "g79-ho-070": (("bozhou",), ("占比","比例","%",)),
    "g79-ho-071": (("shangcheng",), ("研究人员","研究员","教研员",)),
    "g79-ho-072": (("dingxi",), ("教授","博士",)),
    "g79-ho-073": (("tonglu",), ("经费","费用","万元",)),
    "g79-ho-074": (("yuhang",), ("保育费","保教费",)),
    "g79-ho-075": (("digital-education-resources",), ("工业和信息化部","广播电视","发展改革","财政部","印发",)),
}


class TestGen79(Gen34Checks):
    NAME = "gen79"
    COUNTS = {"paraphrase": (12, 12), "which_place": (4, 4), "cross_case": (5, 5), "english": (7, 7), "fact": (5, 5),
              "followup": (10, 10), "overview": (9, 9), "list": (5, 5), "unanswerable": (11, 11), "near_miss": (7, 7)}
    # Four comparisons name their places in the dev split and three in the held-out; the others ask "哪些地方…".
    MIN_PLACES = 7
    MIN_PLAIN = 2
    ID_PATTERN = id_patterns("g79")
    EARLIER_SETS = sets_before(79)
    ABSENT: Absent = {**ABSENT_DEV, **ABSENT_HELDOUT}
