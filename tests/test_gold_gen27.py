"""The twenty-seventh generalisation gold set (`gold/gen27_*.jsonl`) is well-formed, asks new questions, quotes the
cases verbatim, and its abstention items really are not answerable.

gen27 was written by a helper at the start of the nineteenth session, after gen26 had been spent in the eighteenth
and before any tuning on gen27, from the case texts only and without running the engine or the eval runner on it. It
is checked exactly as gen26 is (`TestGen26`, the checks of `RequotingGoldSetTests` plus gen7's own two), with its own
ids, its own abstention keywords and every earlier set, gen26 included, as the sets it must not repeat or nearly copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen26 import TestGen26 as Gen26Checks  # aliased so pytest does not collect TestGen26 again


class TestGen27(Gen26Checks):
    NAME = "gen27"
    ID_PATTERN = id_patterns("g27")
    EARLIER_SETS = sets_before(27)
    # The keyword that would carry the missing detail of an abstention item, checked absent from the named cases: a
    # practice of another place (wrong_region), the channels a wider funding base used, who sits in a think tank of
    # experts, which subjects the required courses are, which universities a town school works with, which title rules
    # were eased to keep talent, which subjects a bank of test items covers (finer_detail), an off-corpus topic, a
    # deadline for putting right a failed inspection, an entry fee, a staff-assembly vote, how often joint research
    # meets, a second group of visitors, where an institute sits, a network speed, a count of school-based courses, a
    # count of school-age children, a month for a yearly report, moving up within a group, how long a title is valid,
    # a term of office or opening hours a near miss asks for. Opinion items (g27-dev-067/068, g27-ho-067/068) ask for
    # a judgement and have none.
    ABSENT: Absent = {
        "g27-dev-058": (("shangcheng",), ("职级",)),
        "g27-dev-059": (("tonglu",), ("音体美", "音乐", "美术")),
        "g27-dev-060": (("taizhou",), ("毕业生", "应届")),
        "g27-dev-061": (("bozhou",), ("捐资", "贷款")),
        "g27-dev-062": (("yuhang",), ("教授", "院士")),
        "g27-dev-063": (("digital-education-resources",), ("音乐", "美术", "科学课")),
        "g27-dev-064": (ALL, ("公众号", "肖像")),
        "g27-dev-065": (ALL, ("毕业证",)),
        "g27-dev-066": (ALL, ("雾霾", "空气质量")),
        "g27-dev-069": (("bozhou",), ("整改",)),
        "g27-dev-070": (("luxi",), ("报名费", "报名")),
        "g27-dev-071": (("shangcheng",), ("教代会", "教职工代表大会", "表决")),
        "g27-dev-072": (("zibo",), ("每月", "每学期")),
        "g27-dev-073": (("dingxi",), ("第二批",)),
        "g27-dev-074": (("tonglu",), ("总部", "北京")),
        "g27-dev-075": (("digital-education-resources",), ("带宽", "兆")),
        "g27-ho-058": (("taizhou",), ("慕课",)),
        "g27-ho-059": (("luxi",), ("负面清单",)),
        "g27-ho-060": (("bozhou",), ("跟岗", "锻炼")),
        "g27-ho-061": (("junior-school-action-plan",), ("大学",)),
        "g27-ho-062": (("yuhang",), ("论文", "年限", "放宽")),
        "g27-ho-063": (("dingxi",), ("题库",)),
        "g27-ho-064": (ALL, ("学籍", "改名")),
        "g27-ho-065": (ALL, ("接种", "疫苗")),
        "g27-ho-066": (ALL, ("剩饭", "挑食")),
        "g27-ho-069": (("taizhou",), ("门校本", "门课程")),
        "g27-ho-070": (("yuhang",), ("学龄",)),
        "g27-ho-071": (("junior-school-action-plan",), ("月份", "月底", "月前")),
        "g27-ho-072": (("zibo",), ("直升",)),
        "g27-ho-073": (("dingxi",), ("有效期", "复评")),
        "g27-ho-074": (("tonglu",), ("任期", "换届")),
        "g27-ho-075": (("shangcheng",), ("周末", "办公时间")),
    }
