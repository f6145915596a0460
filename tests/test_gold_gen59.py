"""The fifty-ninth generalisation gold set (`gold/gen59_*.jsonl`) is well-formed, asks new questions, quotes the cases
verbatim, and its abstention items really are not answerable.

gen59 was written by helpers in eight parts (four per split, about nineteen items each), from the case texts only,
dev quoting the first half of each case file and held-out the second; each part passed the part checker
(`gold/drafts/check_part.py`) before the parts were joined, and nobody ran the engine or the eval runner on it before
its round. It is checked exactly as gen34 is, with every earlier set, gen58 included, as the sets it must not repeat
or nearly copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen34 import TestGen34 as Gen34Checks  # aliased so pytest does not collect TestGen34 again

# The keyword that would carry the missing detail of each abstention item, checked absent from the named cases (see
# `check_absent`). Opinion items (067/068 of each split) ask for a judgement and have none.
# Dev split: written by the helper of the dev split's part D.
ABSENT_DEV: Absent = {
    "g59-dev-058": (("tonglu",), ("生命","生存",)),
    "g59-dev-059": (("dingxi",), ("未来教育","研究院",)),
    "g59-dev-060": (("bozhou",), ("孵化",)),
    "g59-dev-061": (("taizhou",), ("模块","授课专家",)),
    "g59-dev-062": (("yuhang",), ("名单","落户",)),
    "g59-dev-063": (("digital-education-resources",), ("财政部","工业和信息化部","发展改革委",)),
    "g59-dev-064": (ALL, ("钢琴","调音",)),
    "g59-dev-065": (ALL, ("白蚁",)),
    "g59-dev-066": (ALL, ("匾额","文物",)),
    "g59-dev-069": (("tonglu",), ("阶段评估","第三方",)),
    "g59-dev-070": (("luxi",), ("间宿舍","平方米",)),
    "g59-dev-071": (("bozhou",), ("捐赠","捐款",)),
    "g59-dev-072": (("shangcheng",), ("工作人员","周末",)),
    "g59-dev-073": (("dingxi",), ("派驻","每学期",)),
    "g59-dev-074": (("digital-education-resources",), ("接入率",)),
    "g59-dev-075": (("yuhang",), ("托费","减免",)),
}


# Held-out split: written by the helper of the held-out split's part D.
ABSENT_HELDOUT: Absent = {
    "g59-ho-058": (("dingxi",), ("集镇","层级",)),
    "g59-ho-059": (("luxi",), ("实验操作","学业水平考试",)),
    "g59-ho-060": (("yuhang",), ("五项管理","睡眠","手机",)),
    "g59-ho-061": (("dingxi",), ("名单","姓名","任教学科",)),
    "g59-ho-062": (("zibo",), ("名单","学区划分",)),
    "g59-ho-063": (("digital-education-resources",), ("清晰度","分辨率","时长",)),
    "g59-ho-064": (ALL, ("除颤","AED",)),
    "g59-ho-065": (ALL, ("手语","聋",)),
    "g59-ho-066": (ALL, ("报废","废品",)),
    "g59-ho-069": (("taizhou",), ("兴化","泰兴","海陵","高港",)),
    "g59-ho-070": (("dingxi",), ("上线率","本科",)),
    "g59-ho-071": (("yuhang",), ("个月","研修期",)),
    "g59-ho-072": (("shangcheng",), ("下降","百分之",)),
    "g59-ho-073": (("luxi",), ("送教",)),
    "g59-ho-074": (("tonglu",), ("名次","倒数","中游",)),
    "g59-ho-075": (("junior-school-action-plan",), ("已达","当前占比",)),
}


class TestGen59(Gen34Checks):
    NAME = "gen59"
    COUNTS = {"paraphrase": (12, 12), "which_place": (4, 4), "cross_case": (5, 5), "english": (7, 7), "fact": (5, 5),
              "followup": (10, 10), "overview": (9, 9), "list": (5, 5), "unanswerable": (11, 11), "near_miss": (7, 7)}
    # Each split has four comparisons that name their places and one "哪些地方…" question (gen58 had three and two).
    MIN_PLACES = 8
    MIN_PLAIN = 2
    ID_PATTERN = id_patterns("g59")
    EARLIER_SETS = sets_before(59)
    ABSENT: Absent = {**ABSENT_DEV, **ABSENT_HELDOUT}
