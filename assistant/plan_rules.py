"""Where a borrowed sentence goes in an implementation plan, by what it is — rules as data.

A plan has six sections (指导思想, 工作目标, 主要任务与举措, 实施步骤, 保障措施, 评估指标). A sentence from a case is
placed by what it states: a target with a year or a number → 工作目标; a measure → 主要任务与举措; a phase or
timeline → 实施步骤; funding, organisation, supervision, incentives → 保障措施; a measured indicator → 评估指标; a
guiding idea or principle → 指导思想. A sentence that states none of these — a situation, a problem, a past result,
commentary or a document's preamble — is 背景: the drafter leaves it out.

Every rule below is one named feature with the principle behind it and an example sentence it fires on (the table
tests in `tests/test_plan_sections.py` check each example). A sentence's score for a section is the sum of the
weights of the rules that fire; the highest score wins, a measure by default. Three kinds of evidence count:

- *what the sentence says anywhere* (`where="any"`): a dated target, a funding source, a phase with its months;
- *its grammatical head* (`where="head"`): the first clause after framing phrases (围绕…, 按照…原则, 在…方面), which
  carries the main predicate — "建立…机制" opens a measure, "到2025年,…达到…" a target, "坚持…理念" a principle,
  "…差距较为显著" a problem;
- *the heading it sits under in its document* (`HEADING_RULES`): a sentence under 基本原则 or 总体目标 serves that
  heading; headings that announce safeguards or measures are weaker evidence, because documents file mechanisms
  that are measures under 保障机制. A situation, significance or problem heading (现状, 意义, 引言, 问题, an appendix)
  makes a sentence background unless the sentence states a measure of its own (an actor's intention: "余杭区将成立…",
  "…必须建立…"); a heading that names a section's subject as deficient ("保障机制不够完善") is a problem heading.

Two refinements keep one word from outweighing what a sentence does:

- *focus* (`where="focus"`): a support or indicator word weighs fully only in the head clause and not as one short
  item of a 、-list ("人员、经费、设备等方面的自主权" names areas, not money), or when it recurs in two clauses (then it
  is what the sentence is about); once in a later clause it is a detail of the measure and weighs `weak`;
- *voice* (`decisive=True`): a sentence in someone else's voice (a scholar, the paper, a speaker reported, a
  national document reported as saying something, a ceremony's news) is commentary whatever it reports, so a
  decisive rule settles the label.

Background also has features of its own, whatever the heading: an argument about what something can do or brings
("X能够/有利于Y" as the head clause's predicate — a measure states what is done, its benefit follows in a later
clause), a significance statement, a forecast, a question, a trend, a deficit without a remedy.

Ties go to a measure: it is the default reading, and another section needs more evidence than the default.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable

GUIDE, GOAL, TASK, STEP, SUPPORT, INDICATOR = "指导思想", "工作目标", "主要任务与举措", "实施步骤", "保障措施", "评估指标"
BACKGROUND = "背景"  # not a plan section: what no plan would state as its own
PLAN_SECTIONS = (GUIDE, GOAL, TASK, STEP, SUPPORT, INDICATOR)
LABELS = PLAN_SECTIONS + (BACKGROUND,)
# Which section wins a tie: a measure (the default reading: any other label needs more evidence than it), then
# the narrower, more specific readings; 背景 last, since leaving a sentence out needs evidence that outweighs it.
TIE_ORDER = (TASK, STEP, GOAL, INDICATOR, SUPPORT, GUIDE, BACKGROUND)
DEFAULT_SCORE = 1.0  # a measure's floor: a sentence with no other feature is a measure


@dataclass(frozen=True)
class Rule:
    section: str
    name: str
    pattern: str
    weight: float
    principle: str
    example: str  # a sentence (or, for a heading rule, a heading) the rule fires on
    where: str = "any"  # any | head | focus | heading
    unless: str = ""  # the rule does not fire when this pattern is present in the same scope
    weak: float = 0.0  # where="focus": the weight when the rule fires only outside the focus
    decisive: bool = False  # when it fires, its label wins whatever else fires
    unless_head: str = ""  # where="heading": the rule does not apply to a sentence whose head clause matches this
    regex: re.Pattern = field(init=False, repr=False, compare=False)
    unless_regex: re.Pattern | None = field(init=False, repr=False, compare=False)
    unless_head_regex: re.Pattern | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "regex", re.compile(self.pattern))
        object.__setattr__(self, "unless_regex", re.compile(self.unless) if self.unless else None)
        object.__setattr__(self, "unless_head_regex", re.compile(self.unless_head) if self.unless_head else None)

    def applies_under(self, parts: list[str], head: str) -> bool:
        """A heading rule: whether it fires on one of the heading parts and the sentence's head clause does not
        cancel it."""
        if self.unless_head_regex and self.unless_head_regex.search(head):
            return False
        return any(self.fires(p) for p in parts)

    def fires(self, scope: str) -> bool:
        return bool(self.regex.search(scope)) and not (self.unless_regex and self.unless_regex.search(scope))

    def fires_in_focus(self, head: str) -> bool:
        """Whether the rule fires in the head clause outside a short 、-list item (see `in_list_item`)."""
        if self.unless_regex and self.unless_regex.search(head):
            return False
        return any(not in_list_item(head, m.start(), m.end()) for m in self.regex.finditer(head))

    def weight_on(self, text: str, head: str) -> float:
        """The weight the rule adds to a sentence (0 when it does not fire)."""
        if self.where == "focus":
            # In the focus, or repeated across clauses (then it is what the sentence is about): full weight.
            if self.fires_in_focus(head) or sum(self.fires(c) for c in CLAUSE_RE.findall(text)) >= 2:
                return self.weight
            return self.weak if self.fires(text) else 0.0
        return self.weight if self.fires(head if self.where == "head" else text) else 0.0


# Verbs that open a measure: what the bureau does (not 补贴/投入, which are funding).
MEASURE_VERBS = (r"建立|健全|完善|实施|实行|推行|推进|推动|开展|组建|成立|设立|出台|印发|制定|构建|探索|组织|召开|举办|举行|"
                r"建设|打造|落实|统筹|配备|配齐|选派|轮岗|招聘|引进|培训|培养|培育|遴选|选树|加强|强化|深化|优化|改善|扩大|"
                r"提升|提高|加大|加快|改革|创新|采用|采取|依托|发挥|帮助|支持|鼓励|引导|签订|缔结|编制|研制|开发|组织|"
                r"推广|利用|改造|新建|扩建|整合|选聘|遴聘|开通|搭建|联合|办好|做好|抓好|赋予|简政放权|启动|试点|试行")
MEASURE_VERB = f"(?:{MEASURE_VERBS})"

# An actor's stated intention to act ("余杭区将成立…", "…必须建立…", "正是通过聘请…"): a measure stated by the
# sentence itself, which no situation heading turns into background. Not a reported announcement ("提出将…") and not
# 重要/主要/需要 as nouns.
OWN_MEASURE = (r"(?:(?<!提出)(?<!即)将|(?<![重主需])要|需要|必须|(?<![相适响对供反])应当?|应该)(?:[^,,;;。]{0,4}?)"
               r"(?:" + MEASURE_VERBS + r"|通过|围绕|利用|攻坚|聘请|设立|成立)|正是通过")
# A heading that names a section's subject as deficient ("保障机制不够完善") is a problem heading.
DEFICIENT = r"不够|不足|不完善|缺乏|薄弱|问题|矛盾|阻碍"

# Framing clauses that precede the main predicate ("围绕奋进计划,在“奋进合作”方面,余杭区将设立…").
FRAMING_RE = re.compile(r"^(?:围绕|根据|按照|结合|依据|遵照|对照|为了?(?!指导|指引)|由于|随着|虽然|在[^,,;;]{0,24}(?:方面|基础上|过程中|期间|下)$|"
                        r"以[^,,;;]{0,20}为单位$|(?:近年来|长期以来|多年来)$|"
                        r"\d{4}\s*年(?:\d{1,2}\s*月)?(?:\d{1,2}\s*日)?(?:底|初|末|春季|秋季)?(?:学期)?$)")
# Words that open a clause without being its predicate: enumerators (1. / (一) / 一是), connectives (其次, 同时…).
PREFIX_RE = re.compile(r"^\s*(?:[((][一二三四五六七八九十\d]{1,2}[))]|[一二三四五六七八九十]{1,3}\s*[、.]|\d{1,2}\s*[、..](?!\d)|"
                       r"[一二三四五六七八九十]+是|(?:首先|其次|再次|最后|同时|此外|另外|与此同时|具体(?:来说|而言)|简单而言|所以|因此|因而|总而言之|但是|然而)(?:是|,|,)?)\s*")
CLAUSE_RE = re.compile(r"[^,,;;::。!?!?]+")
LIST_ITEM_MAX = 12  # a 、-separated segment this short is one item of a list, not the clause's subject


def in_list_item(clause: str, start: int, end: int) -> bool:
    """Whether clause[start:end] lies in a short 、-separated segment of a clause that lists several things."""
    if "、" not in clause:
        return False
    left = clause.rfind("、", 0, start) + 1
    right = clause.find("、", end)
    right = len(clause) if right < 0 else right
    return right - left <= LIST_ITEM_MAX


def head_clause(text: str) -> str:
    """The sentence's first clause after opening words and at most three framing clauses: where its main
    predicate sits."""
    clauses = [c.strip() for c in CLAUSE_RE.findall(PREFIX_RE.sub("", text, count=1))]
    clauses = [c for c in clauses if c]
    skipped = 0
    for clause in clauses:
        if skipped < 3 and FRAMING_RE.search(clause) and len(clauses) > skipped + 1:
            skipped += 1
            continue
        return clause
    return clauses[0] if clauses else text


SENTENCE_RULES: tuple[Rule, ...] = (
    # -- 背景: not plan material ------------------------------------------------------------------------------
    Rule(BACKGROUND, "problem-stated", r"(?:存在|面临)[^,,。]{0,20}(?:问题|困难|矛盾|挑战)|(?:差距|差别)[^,,。]{0,4}(?:明显|显著|较大|突出)|"
         r"较为单一|不够完善|缺乏长效|结构性短缺|突出问题是|(?:矛盾|问题)(?:突出|严重)|严重影响|偏弱", 4.0,
         "A problem stated as the situation (not as what a measure solves) describes the starting point, not a plan item.",
         "二是教育经费投入缺乏长效保障,使用规划不合理。", "head", unless=r"解决|破解|缩小|补齐|着力"),
    Rule(BACKGROUND, "consequence", r"(?:会|将)?导致|必然会?影响|不利于|制约了", 2.5,
         "A sentence about what a situation causes ('会导致…', '必然会影响…') analyses a problem.",
         "城乡教师待遇的差别,必然会影响到教师队伍的稳定。", unless=r"解决|破解|避免|防止|消除"),
    Rule(BACKGROUND, "cause-analysis", r"决定了|使得|(?<!打)造成了?", 2.5,
         "A sentence about what a situation determines or brings about ('…的体制,决定了…', '…使得人口不断增加') "
         "analyses causes; a measure that states its own effect ('实行…,使得…') opens with what is done.",
         "以县为主的办学体制,决定了县级政府是办学的主体。",
         unless=r"解决|破解|避免|防止|消除|^\s*(?:[((]?[一二三四五六七八九十\d]{1,2}[))、..]\s*)?" + MEASURE_VERB),
    Rule(BACKGROUND, "deficit", r"无法(?:真正|满足|得到|兼顾|适应)|未能|不彻底|偏重于|不合理", 2.0,
         "A shortcoming stated without a remedy in the same sentence ('无法真正…', '未能…', '…不合理') describes the "
         "problem, wherever it sits in the sentence.", "这种做法往往流于形式,无法真正提高质量。",
         unless=r"解决|破解|避免|防止|消除|改变|扭转|确保|纠正|规范|整治|杜绝"),
    Rule(BACKGROUND, "trend", r"(?:不断|持续)(?:增长|增加|上升|创新高)|日益(?:严重|突出|增长|增加)", 1.5,
         "A quantity growing ('财政收入不断创新高', '…日益突出') reports a trend: the situation a plan starts from.",
         "全区学龄人口不断增加。"),
    Rule(BACKGROUND, "status-quo", r"已经?(?:成为|无法|不能)|仍然(?:存在|较为|比较|十分)", 2.0,
         "What already is, or still is, the case ('已成为…', '仍然较为紧张') describes the present situation.",
         "线上学习已成为学生的重要学习方式。"),
    Rule(BACKGROUND, "argued-benefit", r"能够|有利于|有助于|为[^,,;;。]{0,30}提供了", 2.5,
         "A head clause arguing what something can do or brings ('X能够…', 'X有利于…', '…为…提供了…') argues a case; "
         "a measure states what is done, and its benefit follows in a later clause ('完善平台,能够…').",
         "(1)推进教育数字化有利于促进教育公平。", "head", unless=r"(?:确保|保障|保证|让|使|帮助|促使)[^,,;;。]{0,20}能够"),
    Rule(BACKGROUND, "significance", r"应有之义|不仅是[^。]{0,40}(?:也是|更是)|是[^,,;;。]{0,30}(?:重要|根本)(?:途径|举措)", 2.5,
         "A significance statement (what something 'is' for the region or the nation: 不仅是…也是…, 应有之义, "
         "是…的重要途径) argues why, not what to do.", "促进教育公平,不仅是民生所系,也是发展所需。"),
    Rule(BACKGROUND, "forecast", r"一定会|必将|终将|势必", 2.5,
         "A forecast of how things will turn out ('…一定会转化为…', '…终将过去') is the author's commentary.",
         "这些经验一定会成为今后改革的动力。"),
    Rule(BACKGROUND, "question", r"[??]\s*$", 3.0,
         "A plan states what is done; a question frames the argument around it ('那么如何…呢?').",
         "那么如何落实这项计划呢?"),
    Rule(BACKGROUND, "retrospective", r"^(?:近年来|长期以来|多年来)|^[^,,。]{2,12}近年来", 2.0,
         "An opening '近年来…' summarises what was done; it is background unless it states a principle (the guiding rules outweigh it).",
         "近年来,某县不断加大工作力度,取得了显著成效。"),
    Rule(BACKGROUND, "past-result", r"(?:取得了?|实现了|走出了|形成了|基本实现了)[^。]{0,40}(?:成效|成就|进展|目标|之路|机制)|"
         r"发挥了[^。]{0,20}作用|积累了[^。]{0,20}经验", 1.5,
         "A result already achieved ('取得了…成效', '基本实现了…目标') reports history.",
         "全县基本实现了县域义务教育基本均衡目标。"),
    Rule(BACKGROUND, "dated-attainment", r"^\d{4}\s*年(?:底|初|末)?[,,][^。]*(?:通过|实现|取得)[^。]*(?:验收|认定|进展|目标)", 3.0,
         "A past year followed by an attained result (passed an inspection, reached a target) is history, not a step.",
         "2016年,全县通过国家义务教育基本均衡县督导评估认定。"),
    Rule(BACKGROUND, "statistics", r"(?:统计|调查)数据显示|数据表明", 4.0,
         "Statistics about the place describe its situation.", "根据统计数据显示,全区常住人口增加5万人。"),
    Rule(BACKGROUND, "commentary", r"^(?:本文|综上所述|可以说|总之|由此可见|摘要|关键词)|有学者|回溯|不可谓不", 4.0,
         "A paper's or editor's own voice (本文, 综上所述, its abstract, 有学者…, a judgement like 不可谓不…) comments "
         "on the case, whatever it reports (phases, figures): a plan does not quote it.", "回溯历史,有学者将其归纳为四个阶段:起步阶段(1978-1984年)。",
         decisive=True),
    Rule(BACKGROUND, "reported-view", r"^[^,,。]{0,8}(?:局长|院长|校长|专家|学者|主任|书记|部长)[^,,。]{0,6}(?:认为|指出|表示|谈到)|"
         r"^[^,,。]{0,8}(?:局长|院长|校长|专家|学者|主任|书记|部长)[^,,。]{0,60}(?:阐述|介绍|梳理)了|"
         r"(?:局长|院长|校长|专家|学者|主任|书记|部长|代表)[^,,。]{0,12}发言$", 4.0,
         "A speaker's view or speech reported in a news item ('徐局长认为…', '张院长从三个方面阐述了…', '…代表…发言') "
         "is the speaker's voice, not a measure.", "徐局长认为项目的实施有利于学校再迈新台阶。", "head", decisive=True),
    Rule(BACKGROUND, "policy-report", r"《[^》]{1,60}》(?:明确|提出(?!的)|指出|强调|从[^。]{0,30}提出|的适时推出|"
         r"为[^,,;;。]{0,40}(?:确立|提供|指明))|^[^,,;;。《]{0,20}发布的《", 4.0,
         "A national document reported as saying something ('《意见》明确了…', '教育部发布的《…》…') is the document's "
         "voice, reported: a place's own measure issues or follows a document ('印发了《…》', '按照《…》要求').",
         "《意见》明确了各级平台协同供给的机制。", decisive=True,
         unless=r"(?:按照|根据|依据|落实|贯彻|遵照|对照|印发|出台|制定)[^,,。]{0,6}《"),
    Rule(BACKGROUND, "preamble", r"如下(?:意见|指导意见|方案|通知|措施)|现就.{0,30}(?:提出|制定)|特制定本|制定如下|制定本(?:行动)?方案", 4.0,
         "A preamble announces the document; it holds no measure.", "结合我县实际,制定如下实施意见。"),
    Rule(BACKGROUND, "example", r"^(?:例如|又例如|比如|譬如)", 0.5,
         "An example ('例如…') illustrates the argument around it: under a situation heading it is background, under a "
         "measures heading a measure (alone it weighs less than the default).", "例如,2019年12月,某区发布40所学校的预警信息。"),
    Rule(BACKGROUND, "ceremony", r"(?:仪式|大会|论坛)在[^。]{0,30}举行|(?:仪式|大会)由[^。]{0,30}主持|参加了?(?:本次|此次)[^。]{0,6}(?:仪式|大会|会议)|出席[^。]{0,10}(?:仪式|大会)", 3.0,
         "A ceremony held, chaired or attended is a news event, whoever attends it.", "2020年5月8日,签约仪式在县教育局举行。",
         decisive=True),
    # -- 实施步骤: a phase or a timeline ------------------------------------------------------------------------
    Rule(STEP, "phase", r"第[一二三四五六七八九十]阶段|[一二三四五六七八九十]个阶段|(?:启动|谋划|筹备|推进|实施|深化|完善|总结|巩固|提升)阶段", 3.0,
         "A named phase orders the work in time.", "第二阶段,全面推进共同体建设。"),
    Rule(STEP, "month-range", r"\d{4}\s*年\s*\d{1,2}\s*(?:月)?\s*[-—~至]\s*\d{1,2}\s*月|\d{4}\s*年\s*\d{1,2}\s*月\s*[-—~至.]\s*\d{4}\s*年|"
         r"阶段[((]\s*\d{4}", 3.0,
         "A span of months is a timeline (a single past date is not: it reports an event).", "统筹谋划阶段(2019年3-6月)。"),
    Rule(STEP, "steps", r"[一二三两]步走|分步(?:实施|推进)|分[一二三两]步|第[一二三四五]步|逐步推开", 3.0,
         "Doing the work in steps is a timeline.", "分三步走,逐步推进县域优质均衡。"),
    Rule(STEP, "deadline", r"(?:年底|年末|月底|日)前(?:完成|报|上报|出台|建成)?|前(?:完成|报送|上报)", 2.5,
         "A deadline says when something is due.", "各校于2024年底前完成方案制定并报教育局备案。"),
    Rule(STEP, "cycle", r"每[一二三四五六七八九十两\d]+年为一(?:轮|个周期)|为一个周期", 2.5,
         "A recurring cycle ('每三年为一轮') is the plan's rhythm in time.", "每两年为一轮,实行动态调整。"),
    Rule(STEP, "timetable", r"时间表|路线图|进度安排", 0.8,
         "A sentence that says a timetable is drawn up does not give the timeline: alone it stays a measure, with a "
         "deadline or a phase it is a step.", "制定年度推进计划,明确时间表。"),
    # -- 工作目标: a target, with a year or a number -------------------------------------------------------------
    Rule(GOAL, "by-year", r"(?<!直)(?:到|至)\s*\d{4}\s*年|(?:力争|争取|计划|预计)[^,,。]{0,6}\d{4}\s*年", 3.0,
         "'到2025年,…' sets a date by which a result is reached: the typical target.", "到2025年,全县乡村学校全部纳入共同体。"),
    Rule(GOAL, "within-years", r"[一二三四五六七八九十两\d]+年(?:内|时间|的?努力)(?!前)", 2.0,
         "'五年内…' / '用3年时间…' bounds a result in time; in a later clause it is the duration of a measure.",
         "力争三年内建成10所市级示范学校。", "focus", weak=1.0),
    Rule(GOAL, "plan-period", r"[“〃\"]*十[一二三四五]五[”〃\"]*期间", 2.5,
         "A five-year-plan period with a figure is a target for that period.", "“十四五”期间,新建学校8所。"),
    Rule(GOAL, "target-word", r"总体目标|总目标|目标(?:是|为)[::]?|旨在|"
         r"(?:计划|预计)(?![”\"〃》])[^。;;,,]{0,16}(?:\d|[一二三四五六七八九十百千]+(?:所|名|个|家|门))", 3.0,
         "A sentence that calls itself the target, or plans a counted result, states a goal ('计划' as a verb: a "
         "named programme, “筑基计划”, plans nothing).", "目标是实现城乡学校结对全覆盖。"),
    Rule(GOAL, "outcome", r"(?:明显|显著)(?:提升|提高|改善|增强)|得到(?:进一步|初步)?(?:优化|提升|加强|建立)|初步(?:形成|建立)|基本(?:形成|满足)|"
         r"全面建成|全面实现|实现[^,,。]{0,12}全覆盖|力争|成为[^,,。]{0,20}(?:强校|名校|示范|标杆|样板|高地|典范)", 2.5,
         "A result phrase ('明显提升', '初步形成', '实现…全覆盖') states what should be achieved: in the head clause, or "
         "repeated across clauses (a list of results), it is what the sentence states; once in a later clause it is "
         "a measure's purpose and weighs less.", "学校管理水平明显提升;", "focus", weak=1.0),
    # -- 评估指标: a measured level or a standard to check against ------------------------------------------------
    Rule(INDICATOR, "indicator-word", r"指标(?!分配)", 2.0,
         "An indicator is named as such (not a quota: 指标分配).", "把共同体建设纳入学校年度考核指标。"),
    Rule(INDICATOR, "rate", r"\d+(?:\.\d+)?\s*%|百分之|覆盖率|合格率|达标率|配备率|巩固率|占比|比例达", 1.5,
         "A rate or share is a measurable level.", "音体美专职教师配备率达到95%。"),
    Rule(INDICATOR, "minimum", r"不少于|不低于|不超过|不高于|以上教师", 1.5,
         "A minimum or maximum is a standard to check against.", "每所学校每学期联合教研不少于4次。"),
    Rule(INDICATOR, "monitoring", r"监测|评价(?:机制|体系|分析|标准|指标)|评估(?:机制|体系|办法|标准)|定量", 2.0,
         "Monitoring and an evaluation mechanism measure progress; named in a later clause or as one item of a list "
         "of reforms, it is a detail of a measure.", "建立学业质量监测机制,每年发布报告。", "focus", weak=1.0),
    Rule(INDICATOR, "check-basis", r"作为[^。]{0,24}(?:考核|检查|评估|评价|验收)的?[^。]{0,6}(?:依据|标准|内容|指标)", 3.0,
         "What serves as the basis of an assessment is the measure assessed against.", "把开齐课程作为开学检查的重点内容。"),
    # -- 保障措施: funding, organisation, supervision, incentives --------------------------------------------------
    Rule(SUPPORT, "funding", r"经费|资金|财政|预算|补助|补贴|保险|\d+(?:\.\d+)?\s*万元", 2.0,
         "Money — its source, amount or use — keeps the measures going; money named in a later clause, or as one "
         "of a list of areas ('人员、经费、设备'), is a detail of a measure.", "设立专项经费,每年安排500万元用于帮扶。",
         "focus", weak=1.0),
    Rule(SUPPORT, "organisation", r"领导小组|工作专班|专班|组织领导|分级负责|负责制|责任制|主体责任|责任分工|职责|领导机制|联席会议|协调机制|"
         r"(?:落实|责任|具体|量化)到(?:岗位?|人|个人)", 2.0,
         "Who leads and who answers for the work (a task assigned to a post or person); named in a later clause, "
         "or as one of a list of areas, it is a detail of a measure.", "成立由分管副县长任组长的领导小组。",
         "focus", weak=1.0),
    Rule(SUPPORT, "supervision", r"督导|督查|问责|验收|通报|(?:纳入|列入)[^。]{0,30}考核|考核(?:奖惩|内容|结果)|绩效考核", 2.0,
         "Supervision and assessment of those doing the work hold them to it (an institution: urging, 督促, is not); "
         "named in a later clause it is a detail of a measure.", "建立督导问责制度,定期通报进展。", "focus", weak=1.0),
    Rule(SUPPORT, "incentive", r"激励|表彰|奖励|职称|职级|评优|评先|待遇|视同[^。]{0,6}经历|积极性|主动性", 2.0,
         "Incentives (titles and ranks, awards, pay, credit for service) make people take part; named in a later "
         "clause they are a measure's purpose.", "对交流教师在职称评聘中予以倾斜。", "focus", weak=1.0),
    Rule(SUPPORT, "safeguard-word", r"保障(?:措施|机制|体系|制度)|(?:加强|强化|细化)[^,,。]{0,6}保障", 1.5,
         "A sentence about safeguards themselves (not about their lack: '保障机制不够完善' is a problem).",
         "细化保障措施,确保落地见效。", unless=r"不完善|不够|缺乏|不足"),
    # -- 指导思想: a guiding idea or principle -------------------------------------------------------------------
    Rule(GUIDE, "guided-by", r"为指导|为指引|指导思想|基本原则", 3.0,
         "'以…为指导' names the idea the plan follows.", "以习近平新时代中国特色社会主义思想为指导,办好人民满意的教育。"),
    Rule(GUIDE, "hold-to", r"(?:坚持|树立|秉持|遵循)[^,,。]{0,24}(?:理念|原则|思路|方针|战略|规律|导向|方向|思想)", 2.5,
         "Holding to an idea, principle or line of thinking is a principle.", "坚持以人为本的理念,促进每个学生全面发展。", "head"),
    Rule(GUIDE, "as-root", r"为(?:根本|核心|动力|导向|宗旨|主线|根本任务)", 1.5,
         "'以…为根本/为核心/为动力' ranks values: what the work is for; once in a later clause it orients a measure.",
         "以促进公平为根本,以改革创新为动力。", "focus", weak=0.5),
    Rule(GUIDE, "definition", r"是[^,,。]{0,14}(?:之本|之源|先导|关键|根本|基础|基石|主导力量|核心|灵魂)|(?:根本|关键|核心)在于|"
         r"最(?:关键|根本|重要)的是", 2.5,
         "A definition ('教师是立教之本', '…的根本在于…', '…最关键的是…') states a belief the plan rests on.",
         "教师是立教之本、兴教之源。"),
    Rule(GUIDE, "values-series", r"以[^,,。]{1,16}为(?:根本|核心|动力|导向|宗旨|主线|手段|抓手|引领|目标)[,,]以[^,,。]{1,16}为", 2.5,
         "Ranking several values in a row ('以…为根本,以…为动力') is the shape of a guiding idea, even in a retrospective.",
         "以促进公平为根本,以改革创新为动力,全面推进均衡发展。"),
    Rule(GUIDE, "grasp-key", r"(?:把握|抓住|抓牢|牵住)[^,,。]{0,16}(?:关键|牛鼻子|根本|要害)", 2.5,
         "Naming the key to grasp ('牢牢把握…这个关键') states what the work turns on: a guiding idea.",
         "全市牢牢把握师资队伍建设这个关键,坚持让教育者先受教育。", "head"),
    Rule(GUIDE, "idea-says", r"(?:理念|思想|精神)(?:强调|要求|指出)", 2.5,
         "What an idea requires ('新发展理念强调协调,要…') restates the idea.", "新发展理念强调协调,要处理好各方面关系。"),
    Rule(GUIDE, "balance", r"既要[^。]{0,30}(?:也要|又要)|相结合|相统一", 1.5,
         "Balancing two aims ('既要…也要', '…相结合') is a principle.", "坚持面向世界与扎根中国相结合。"),
    Rule(GUIDE, "principle-item", r"^(?:坚持|遵循)[^,,。]{2,12}[。,,]?$", 2.5,
         "A bare '坚持X' item is a principle.", "坚持因地制宜。", "head"),
    # -- 主要任务与举措: a measure -------------------------------------------------------------------------------
    Rule(TASK, "measure-verb", MEASURE_VERB, 1.2,
         "A head clause that does something (建立, 实施, 开展…) states a measure.", "开展网络教研,共享优质课程资源。", "head"),
)

# The heading the sentence sits under (its parts below the case name and the document title).
HEADING_RULES: tuple[Rule, ...] = (
    Rule(GUIDE, "heading-guide", r"指导思想|基本原则|总体要求|指导原则|工作原则", 3.0,
         "Every sentence under a principles heading serves it.", "二、基本原则", "heading"),
    Rule(GOAL, "heading-goal", r"目标", 3.0,
         "Every sentence under a targets heading states a target.", "三、总体目标", "heading"),
    Rule(STEP, "heading-step", r"步骤|进度|时间安排|实施安排", 3.0,
         "Every sentence under a steps heading belongs to a phase.", "五、实施步骤", "heading"),
    Rule(SUPPORT, "heading-support", r"保障|组织领导|组织实施|经费", 1.0,
         "A safeguards heading: weaker, since documents file mechanisms that are measures under it (a heading naming "
         "safeguards as deficient is a problem heading).", "六、健全保障机制", "heading", unless=DEFICIENT),
    Rule(INDICATOR, "heading-indicator", r"评估|评价|考核|指标|监测", 1.0,
         "An evaluation heading.", "七、评估考核", "heading", unless=DEFICIENT),
    Rule(TASK, "heading-task", r"举措|任务|措施|做法|行动|路径|模式|工程", 0.6,
         "A measures heading: weak, since a measure is the default reading anyway.", "三、行动举措", "heading",
         unless=r"保障措施|" + DEFICIENT),
    Rule(BACKGROUND, "heading-background", r"现状|问题|矛盾|差距|差别|不够|不足|阻碍|意义|引言|结语|摘要|背景|^附[::]", 2.5,
         "A heading about the situation, its problems, its significance or the document's framing (an introduction, "
         "an appendix) makes a sentence background: it outweighs a measure verb or one support word (there they name "
         "what the situation is about), but not a sentence that states a measure of its own (an actor's intention, "
         "`OWN_MEASURE`) and ties with a target or principle of its own, which wins the tie.",
         "一、现状及问题", "heading", unless_head=OWN_MEASURE),
)


def section_scores(text: str, heading: Iterable[str] = ()) -> dict[str, float]:
    """Per label, the summed weights of the rules that fire (labels with no rule firing are absent)."""
    head = head_clause(text)
    parts = [p for p in heading if p]
    scores: dict[str, float] = {}
    for rule in SENTENCE_RULES:
        weight = rule.weight_on(text, head)
        if weight:
            scores[rule.section] = scores.get(rule.section, 0.0) + weight
    for rule in HEADING_RULES:
        if rule.applies_under(parts, head):
            scores[rule.section] = scores.get(rule.section, 0.0) + rule.weight
    return scores


def classify(text: str, heading: Iterable[str] = ()) -> str:
    """The label of a sentence: a plan section, or 背景 when it is not plan material. A measure by default."""
    head = head_clause(text)
    decisive = next((r.section for r in SENTENCE_RULES if r.decisive and r.weight_on(text, head)), None)
    if decisive:
        return decisive
    scores = section_scores(text, heading)
    scores[TASK] = max(scores.get(TASK, 0.0), DEFAULT_SCORE)
    return max(TIE_ORDER, key=lambda s: (scores.get(s, 0.0), -TIE_ORDER.index(s)))


def fired(text: str, heading: Iterable[str] = ()) -> list[str]:
    """The names of the rules that fire on a sentence (for reports and debugging)."""
    head = head_clause(text)
    parts = [p for p in heading if p]
    names = [r.name for r in SENTENCE_RULES if r.weight_on(text, head)]
    return names + [r.name for r in HEADING_RULES if r.applies_under(parts, head)]
