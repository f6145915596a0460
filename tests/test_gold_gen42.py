"""The forty-second generalisation gold set (`gold/gen42_*.jsonl`) is well-formed, asks new questions, quotes the cases
verbatim, and its abstention items really are not answerable.

gen42 was written by a helper while gen41 was being tuned on, before any tuning on gen42, from the case texts only and
without running the engine or the eval runner on it (and without reading gen35's, gen36's, gen37's, gen38's, gen39's,
gen40's or gen41's items). It is checked exactly as gen34 is (`TestGen34`, the checks of `RequotingGoldSetTests` plus
gen7's own two), with its own ids, its own abstention keywords and every earlier set, gen35 to gen41 included, as the
sets it must not repeat or nearly copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen34 import TestGen34 as Gen34Checks  # aliased so pytest does not collect TestGen34 again


class TestGen42(Gen34Checks):
    NAME = "gen42"
    ID_PATTERN = id_patterns("g42")
    EARLIER_SETS = sets_before(42)
    # The keyword that would carry the missing detail of an abstention item, checked absent from the named cases: a
    # practice of another place (wrong_region: accident insurance for exchanged staff, a research institute, a chief
    # information officer in schools, a shared micro-lesson platform, care for left-behind children in a contracted
    # project, a launch meeting for cross-county cooperation), the money per village school, full-time inspectors of
    # a supervision centre, the yearly budget of a training fund, a minimum yearly sum per school community, how many
    # months a study stay lasts and who covers the classes, dismissal after a failed three-year appraisal
    # (finer_detail), an off-corpus topic, or the share of new teachers sent to scarce subjects, the year a conduct
    # guide was issued, the office that former administrators moved to, the scores of an acceptance review, the term
    # of a pairing agreement, who pays board and lodging during training, the list of an alliance's executive vice
    # chairs, how many days a site meeting lasts, new school places, the number of researchers, the year a platform
    # went online, who drafted an Opinions document, the share of junior pupils in a pilot, or the money per rural
    # studio that a near miss asks for. Opinion items (g42-dev-067/068, g42-ho-067/068) ask for a judgement and have
    # none.
    ABSENT: Absent = {
        "g42-dev-058": (("zibo",), ("保险",)),
        "g42-dev-059": (("shangcheng",), ("研究院",)),
        "g42-dev-060": (("luxi",), ("首席信息官", "CIO")),
        "g42-dev-061": (("bozhou",), ("万元", "每所")),
        "g42-dev-062": (("shangcheng",), ("督学",)),
        "g42-dev-063": (("yuhang",), ("万元",)),
        "g42-dev-064": (ALL, ("橡皮",)),
        "g42-dev-065": (ALL, ("营业执照",)),
        "g42-dev-066": (ALL, ("练习册",)),
        "g42-dev-069": (("bozhou",), ("比例", "占")),
        "g42-dev-070": (("luxi",), ("第一批", "首批")),
        "g42-dev-071": (("shangcheng",), ("科室", "转岗")),
        "g42-dev-072": (("taizhou",), ("得分", "分数")),
        "g42-dev-073": (("zibo",), ("协议期", "有效期")),
        "g42-dev-074": (("dingxi",), ("食宿",)),
        "g42-dev-075": (("tonglu",), ("分管",)),
        "g42-ho-058": (("bozhou",), ("微课",)),
        "g42-ho-059": (("tonglu",), ("留守",)),
        "g42-ho-060": (("taizhou",), ("启动会",)),
        "g42-ho-061": (("zibo",), ("万元", "至少")),
        "g42-ho-062": (("yuhang",), ("个月", "顶课")),
        "g42-ho-063": (("shangcheng",), ("免职", "撤换")),
        "g42-ho-064": (ALL, ("肚子疼",)),
        "g42-ho-065": (ALL, ("游泳",)),
        "g42-ho-066": (ALL, ("高考志愿", "填志愿")),
        "g42-ho-069": (("bozhou",), ("会期", "天")),
        "g42-ho-070": (("luxi",), ("经费",)),
        "g42-ho-071": (("shangcheng",), ("研究人员",)),
        "g42-ho-072": (("taizhou",), ("上线",)),
        "g42-ho-073": (("zibo",), ("起草",)),
        "g42-ho-074": (("dingxi",), ("占比", "比例")),
        "g42-ho-075": (("junior-school-action-plan",), ("月份",)),
    }
