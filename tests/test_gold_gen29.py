"""The twenty-ninth generalisation gold set (`gold/gen29_*.jsonl`) is well-formed, asks new questions, quotes the
cases verbatim, and its abstention items really are not answerable.

gen29 was written by a helper at the end of the nineteenth session, after gen28's held-out split had been read and
before any tuning on gen29, from the case texts only and without running the engine or the eval runner on it. It is
checked exactly as gen28 is (`TestGen28`, the checks of `RequotingGoldSetTests` plus gen7's own two), with its own
ids, its own abstention keywords and every earlier set, gen28 included, as the sets it must not repeat or nearly copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen28 import TestGen28 as Gen28Checks  # aliased so pytest does not collect TestGen28 again


class TestGen29(Gen28Checks):
    NAME = "gen29"
    ID_PATTERN = id_patterns("g29")
    EARLIER_SETS = sets_before(29)
    # The keyword that would carry the missing detail of an abstention item, checked absent from the named cases: a
    # practice of another place (wrong_region), the first estates to get schools built alongside, the titles of a donated
    # book set, how often tailored research visits a school, the data a warehouse collects, how often network research
    # meets, the qualifications of resource makers (finer_detail), an off-corpus topic, who chairs a site meeting, who
    # leads a national campaign, where the first site meeting was held, prize money for mentors, a head's own targets,
    # the rules for appraising clean schools, a count of public primary schools, who runs a service centre, where
    # admission results are posted, interactive whiteboards, a downloadable task sheet, which high schools join an
    # alliance, a degree requirement, or press coverage a near miss asks for. Opinion items (g29-dev-067/068,
    # g29-ho-067/068) ask for a judgement and have none.
    ABSENT: Absent = {
        "g29-dev-058": (("luxi",), ("社区",)),
        "g29-dev-059": (("taizhou",), ("工作室",)),
        "g29-dev-060": (("digital-education-resources",), ("工作量", "职称")),
        "g29-dev-061": (("yuhang",), ("首批", "第一批")),
        "g29-dev-062": (("dingxi",), ("书单", "书目")),
        "g29-dev-063": (("shangcheng",), ("学期",)),
        "g29-dev-064": (ALL, ("后厨", "承包")),
        "g29-dev-065": (ALL, ("值日",)),
        "g29-dev-066": (ALL, ("晕倒",)),
        "g29-dev-069": (("bozhou",), ("主持",)),
        "g29-dev-070": (("digital-education-resources",), ("牵头", "启动")),
        "g29-dev-071": (("zibo",), ("首场", "第一场")),
        "g29-dev-072": (("dingxi",), ("奖金",)),
        "g29-dev-073": (("tonglu",), ("指标",)),
        "g29-dev-074": (("junior-school-action-plan",), ("细则",)),
        "g29-dev-075": (("yuhang",), ("公办小学",)),
        "g29-ho-058": (("bozhou",), ("经费",)),
        "g29-ho-059": (("shangcheng",), ("信息官", "CIO")),
        "g29-ho-060": (("junior-school-action-plan",), ("论坛",)),
        "g29-ho-061": (("zibo",), ("采集",)),
        "g29-ho-062": (("luxi",), ("每周", "每月")),
        "g29-ho-063": (("digital-education-resources",), ("资格",)),
        "g29-ho-064": (ALL, ("送饭",)),
        "g29-ho-065": (ALL, ("跳级",)),
        "g29-ho-066": (ALL, ("平板",)),
        "g29-ho-069": (("luxi",), ("网站", "公示")),
        "g29-ho-070": (("taizhou",), ("白板",)),
        "g29-ho-071": (("shangcheng",), ("主任", "负责人")),
        "g29-ho-072": (("dingxi",), ("下载",)),
        "g29-ho-073": (("junior-school-action-plan",), ("高级中学",)),
        "g29-ho-074": (("yuhang",), ("硕士", "研究生")),
        "g29-ho-075": (("tonglu",), ("记者", "媒体")),
    }
