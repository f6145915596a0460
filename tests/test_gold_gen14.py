"""The fourteenth generalisation gold set (`gold/gen14_*.jsonl`) is well-formed, asks new questions, quotes the cases
verbatim, and its abstention items really are not answerable.

gen14 was written by a helper before any tuning on it, from the case texts only and without running the engine or the
eval runner on it, because `gen13`'s held-out split (the last unspent one) was read in the ninth session. It is
checked exactly as gen13 is (`TestGen13`, the checks of `RequotingGoldSetTests` plus gen7's own two), with its own
ids, its own abstention keywords and every earlier set, gen13 included, as the sets it must not repeat or nearly copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen13 import TestGen13 as Gen13Checks  # aliased so pytest does not collect TestGen13 again


class TestGen14(Gen13Checks):
    NAME = "gen14"
    ID_PATTERN = id_patterns("g14")
    EARLIER_SETS = sets_before(14)
    # The keyword that would carry the missing detail of an abstention item, checked absent from the named cases: a
    # practice of another place (wrong_region), a course list, a school roster, a list of requirements or tasks, or
    # the advisers the text does not give, an off-corpus topic, an inspector count, a count of new famous schools, an
    # amount, a stay, a share of graduates, an online course count, a term of posting, a number of training hours, a
    # yearly share, a count of notices, an allowance, a penalty in points, a contract sum or a grading scale a near miss
    # asks for. Opinion items (g14-dev-067/068, g14-ho-067/068) ask for a judgement and have none.
    ABSENT: Absent = {
        "g14-dev-058": (("luxi",), ("特岗",)),
        "g14-dev-059": (("tonglu",), ("购房", "补贴")),
        "g14-dev-060": (("zibo",), ("惠民",)),
        "g14-dev-061": (("bozhou",), ("课程", "培训内容")),
        "g14-dev-062": (("dingxi",), ("名单",)),
        "g14-dev-063": (("digital-education-resources",), ("第七", "其七")),
        "g14-dev-064": (ALL, ("欺凌", "霸凌")),
        "g14-dev-065": (ALL, ("论文",)),
        "g14-dev-066": (ALL, ("摔伤",)),
        "g14-dev-069": (("shangcheng",), ("督学",)),
        "g14-dev-070": (("taizhou",), ("孵化出",)),
        "g14-dev-071": (("yuhang",), ("万元",)),
        "g14-dev-072": (("tonglu",), ("驻校",)),
        "g14-dev-073": (("bozhou",), ("研究生",)),
        "g14-dev-074": (("luxi",), ("上线",)),
        "g14-dev-075": (("zibo",), ("任期",)),
        "g14-ho-058": (("dingxi",), ("一校一品",)),
        "g14-ho-059": (("bozhou",), ("首席信息官", "CIO")),
        "g14-ho-060": (("shangcheng",), ("交通", "补助")),
        "g14-ho-061": (("yuhang",), ("名单",)),
        "g14-ho-062": (("dingxi",), ("任务一", "第一项")),
        "g14-ho-063": (("junior-school-action-plan",), ("聘请", "顾问名单")),
        "g14-ho-064": (ALL, ("饮水", "水质")),
        "g14-ho-065": (ALL, ("分钟",)),
        "g14-ho-066": (ALL, ("保安",)),
        "g14-ho-069": (("bozhou",), ("学时",)),
        "g14-ho-070": (("luxi",), ("比例",)),
        "g14-ho-071": (("shangcheng",), ("份",)),
        "g14-ho-072": (("taizhou",), ("补贴",)),
        "g14-ho-073": (("zibo",), ("扣分", "分值")),
        "g14-ho-074": (("tonglu",), ("金额", "万元")),
        "g14-ho-075": (("digital-education-resources",), ("等级",)),
    }
