"""The twenty-first generalisation gold set (`gold/gen21_*.jsonl`) is well-formed, asks new questions, quotes the
cases verbatim, and its abstention items really are not answerable.

gen21 was written by a helper in the sixteenth session, after `gen20`'s held-out split had been read in that same
session, before any tuning on it, from the case texts only and without running the engine or the eval runner on it.
It is checked exactly as gen20 is (`TestGen20`, the checks of `RequotingGoldSetTests` plus gen7's own two), with its
own ids, its own abstention keywords and every earlier set, gen20 included, as the sets it must not repeat or nearly
copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen20 import TestGen20 as Gen20Checks  # aliased so pytest does not collect TestGen20 again


class TestGen21(Gen20Checks):
    NAME = "gen21"
    ID_PATTERN = id_patterns("g21")
    EARLIER_SETS = sets_before(21)
    # The keyword that would carry the missing detail of an abstention item, checked absent from the named cases: a
    # practice of another place (wrong_region), the roster of workshops, the institutes or head of a research
    # institute, the wording of seven requirements, each school's brand, the speakers of a lecture series, the roster
    # of an alliance (finer_detail), an off-corpus topic, a floor area, a sum in 万元, full-time staff, a project
    # budget, a count of clips or clicks, a staff quota, a yearly grant, a count of attendees, a term of office, a team
    # leader, a count of registered users, a selection quota, pupils per teacher or the partners already signed a near
    # miss asks for. Opinion items (g21-dev-067/068, g21-ho-067/068) ask for a judgement and have none.
    ABSENT: Absent = {
        "g21-dev-058": (("tonglu",), ("微课",)),
        "g21-dev-059": (("luxi",), ("家庭教育",)),
        "g21-dev-060": (("shangcheng",), ("编制", "周转池")),
        "g21-dev-061": (("zibo",), ("名单", "分别由")),
        "g21-dev-062": (("yuhang",), ("研究所", "院长")),
        "g21-dev-063": (("digital-education-resources",), ("七是", "第七")),
        "g21-dev-064": (ALL, ("短视频", "抖音")),
        "g21-dev-065": (ALL, ("家委会", "菜谱")),
        "g21-dev-066": (ALL, ("志愿填报", "填志愿")),
        "g21-dev-069": (("bozhou",), ("平方米",)),
        "g21-dev-070": (("junior-school-action-plan",), ("万元",)),
        "g21-dev-071": (("dingxi",), ("专职", "值守")),
        "g21-dev-072": (("tonglu",), ("经费", "万元")),
        "g21-dev-073": (("taizhou",), ("节微课", "点击")),
        "g21-dev-074": (("shangcheng",), ("编制", "研究人员")),
        "g21-dev-075": (("yuhang",), ("万元", "每年拨")),
        "g21-ho-058": (("bozhou",), ("民办", "公办民助")),
        "g21-ho-059": (("yuhang",), ("牵手",)),
        "g21-ho-060": (("taizhou",), ("教研室", "研究中心")),
        "g21-ho-061": (("luxi",), ("分别是", "足球", "书法")),
        "g21-ho-062": (("junior-school-action-plan",), ("每期", "主讲")),
        "g21-ho-063": (("tonglu",), ("名单", "分别为")),
        "g21-ho-064": (ALL, ("近视", "户外活动")),
        "g21-ho-065": (ALL, ("抄作业", "家长群")),
        "g21-ho-066": (ALL, ("班费",)),
        "g21-ho-069": (("bozhou",), ("参会", "名代表")),
        "g21-ho-070": (("zibo",), ("任期", "一任")),
        "g21-ho-071": (("dingxi",), ("组长", "专班成员")),
        "g21-ho-072": (("digital-education-resources",), ("注册用户", "用户数")),
        "g21-ho-073": (("junior-school-action-plan",), ("选拔", "强基班")),
        "g21-ho-074": (("luxi",), ("名学生", "结对")),
        "g21-ho-075": (("yuhang",), ("签约", "已签")),
    }
