"""The twentieth generalisation gold set (`gold/gen20_*.jsonl`) is well-formed, asks new questions, quotes the
cases verbatim, and its abstention items really are not answerable.

gen20 was written by a helper at the start of the sixteenth session before any tuning on it, from the case texts only
and without running the engine or the eval runner on it, because `gen19`'s held-out split (the last unspent one) was
read in the fifteenth session. It is checked exactly as gen19 is (`TestGen19`, the checks of `RequotingGoldSetTests`
plus gen7's own two), with its own ids, its own abstention keywords and every earlier set, gen19 included, as the sets
it must not repeat or nearly copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen19 import TestGen19 as Gen19Checks  # aliased so pytest does not collect TestGen19 again


class TestGen20(Gen19Checks):
    NAME = "gen20"
    ID_PATTERN = id_patterns("g20")
    EARLIER_SETS = sets_before(20)
    # The keyword that would carry the missing detail of an abstention item, checked absent from the named cases: a
    # practice of another place (wrong_region), the names of model schools, the conduct a blacklist forbids, a
    # spending ceiling, a count or the names of partnerships, a first-year work plan, a ranking (finer_detail), an
    # off-corpus topic, a sum in hundreds of millions, a count of model schools, an average cost, a pupil count, a
    # lesson length, a staff quota, an organiser, a count of comments, a secondment term, a monthly allowance, an
    # author, a course length, a number of training hours or a site a near miss asks for. Opinion items
    # (g20-dev-067/068, g20-ho-067/068) ask for a judgement and have none.
    ABSENT: Absent = {
        "g20-dev-058": (("bozhou",), ("补助", "补贴")),
        "g20-dev-059": (("tonglu",), ("慕课",)),
        "g20-dev-060": (("yuhang",), ("加挂", "校名")),
        "g20-dev-061": (("dingxi",), ("名单", "分别是")),
        "g20-dev-062": (("junior-school-action-plan",), ("禁止", "不得")),
        "g20-dev-063": (("shangcheng",), ("万元",)),
        "g20-dev-064": (ALL, ("小卖部", "零食")),
        "g20-dev-065": (ALL, ("微信",)),
        "g20-dev-066": (ALL, ("校服",)),
        "g20-dev-069": (("bozhou",), ("亿",)),
        "g20-dev-070": (("luxi",), ("特色学校", "特色校")),
        "g20-dev-071": (("taizhou",), ("平均", "万元")),
        "g20-dev-072": (("tonglu",), ("名学生", "在校生")),
        "g20-dev-073": (("digital-education-resources",), ("分钟",)),
        "g20-dev-074": (("junior-school-action-plan",), ("个编制", "名编制")),
        "g20-dev-075": (("yuhang",), ("主办", "下一届", "第二届")),
        "g20-ho-058": (("taizhou",), ("纲要", "养成教育")),
        "g20-ho-059": (("luxi",), ("县管校聘",)),
        "g20-ho-060": (("yuhang",), ("家庭教育",)),
        "g20-ho-061": (("zibo",), ("名称", "共计")),
        "g20-ho-062": (("tonglu",), ("第一年", "年度重点")),
        "g20-ho-063": (("bozhou",), ("名次", "排名")),
        "g20-ho-064": (ALL, ("外号", "绰号")),
        "g20-ho-065": (ALL, ("午睡",)),
        "g20-ho-066": (ALL, ("退费", "跑路")),
        "g20-ho-069": (("shangcheng",), ("条意见", "件次")),
        "g20-ho-070": (("zibo",), ("名骨干", "年一轮")),
        "g20-ho-071": (("dingxi",), ("每月", "津贴")),
        "g20-ho-072": (("digital-education-resources",), ("作者",)),
        "g20-ho-073": (("junior-school-action-plan",), ("每期",)),
        "g20-ho-074": (("bozhou",), ("学时",)),
        "g20-ho-075": (("yuhang",), ("选址",)),
    }
