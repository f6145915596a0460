"""Abstention by evidence: answer when a sentence of the wanted kind about the asked subject exists.

Each rule below states its principle; `decide` applies them in order and the first that fires explains, in the
user's language, precisely what the cases do not give. Closest sentences are still shown as 相关内容 (cited), never
presented as the answer. Rules are data (`RULES`) and every one is covered by `tests/test_abstain.py`.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from index.clean import normalize
from index.meta import division_names_in

from .enumerations import ITEM_COUNT_CLASSIFIERS, InlineList, cn_number, inline_lists, org_names, is_member, lists_kind, member_kind, members_named, members_phrase, set_name, set_sizes, size_of_kind_stated
from . import cues
from .cues import GENERIC_KINDS, ITEM_KINDS, PART_KINDS, SIMILE_RE
from .intent import EQUIVALENT_WEIGHT, SYNONYM_WEIGHT, QueryIntent, _is_verb, added_detail, alternatives, asked_doing, answer_type, asking_clauses, asking_offset, asking_part, kinds_asked, option_names
from .outline import CaseOutline, item_name, top_sections
from .schema import Passage
from .sentences import TITLE_RE, TermWeights, Unit, abbreviated_in, coordinated_in, coverage, dates_occasion, has_answer_type, people_named, points_back
from .synonyms import equivalents, listed_among, listed_only_among, semantic_classes, synonyms, is_person
from .text import word_starts

SEMANTIC_SUPPORT = 0.89  # dense similarity above which words the corpus never uses are judged by meaning (dev-calibrated)
# Dense similarity below which a question naming no place, about a thing the corpus never names (照明, 补测, 档案),
# is off the corpus. Calibrated on the tuning sets: answerable questions whose colloquial nouns the corpus lacks (把脉,
# 本子) all reach 0.880 or more; off-corpus questions lie at 0.841–0.879, a few up to 0.898. The two groups touch, so
# the threshold has no margin: revisit it when new sets add points near it.
OFF_CORPUS_SIMILARITY = 0.879
MIN_TOPIC_COVERAGE = 0.5  # share (IDF-weighted, synonyms counted) of topic terms the best sentences must state
# a comparison, or a broad question about one place, needs only the gist: each place, each measure, words it its own
# way (dev-calibrated)
MIN_ASPECT_COVERAGE = 0.35
MIN_UNIT_COVERAGE = 0.3  # the best single sentence must state at least this much of the topic
FULL_COVERAGE = 0.99  # every word weighed (or a synonym at full weight): all of what a clause names
# a sentence stating this much of the question's words (strange ones counted unstated) is what it asks about: the
# words no source writes are the asker's for a detail (`_rest_stated_together`)
NEARLY_ALL = 0.75
IDENTIFYING_WORDS = 4  # a sentence stating this many of the question's own words word for word is on its subject
# An English question's topic is its glosses: dictionary words for the asker's words, one of several senses each
# ("swapped" -> 交换, "head count" -> 人数), so a sentence states fewer of them than of a Chinese question's words
# and the shares it must state are lower. The trade, swept on the English items of every gold set (251) and 24 English
# questions the cases do not answer (wrong place, finer detail, off-corpus): at 0.35/0.3 (the Chinese gist shares)
# 29 answerable questions were refused and 12 of the 24 abstained; at 0.2/0.15, 12 and 8 (0.25/0.2: 18 and 8; 0.0:
# 4 and 7): 17 fewer false refusals for 4 more unanswerable questions answered (16 of the 24 now are). Wrong-place
# names (`foreign_names`) and missing answer types still refuse.
EN_ASPECT_COVERAGE = 0.2
EN_UNIT_COVERAGE = 0.15
ADDED_POOL = 20  # an addition a yes/no question asks about must be named among this many of the place's best sentences
GRANTED_STATED = 0.5  # share of what a yes/no question grants that one best sentence must state (`_stated_before`)
TYPED_POOL = 8  # the wanted answer type must appear among this many best sentences on the subject
OPTIONS_POOL = 16  # an offered option must be named among this many best sentences of the place (twice TYPED_POOL: a name is looked for loosely)
# ... or in this many sentences closest in meaning to what is asked (`decide`'s `nearest`): the words of a colloquial
# question or one opening with the asker's own situation ("我们在测算学位缺口。…2021年统计下来一共多少人?") leave the
# answering sentence below the coverage a sentence on the subject needs. Sixteenth session, 2,965 items: the closest
# one gained 6 answers and lost 1 abstention; the closest two gained 10 and lost 4 (three near misses).
NEAREST_TYPED = 1
# A detail asked (how much, when, who, which body) is stated with its subject: a sentence holding one but saying much
# less of the subject than the sentence saying most of it gives the detail of something else (经费 of 部门协同, not of
# the 生活补助 asked). Share of the best coverage the typed sentence must reach (dev-calibrated, thirty-fourth session).
TYPED_SHARE = 0.6
DETAIL_TYPES = ("figure", "date", "person", "organisation")
JOINT_POOL = 24  # best sentences looked at, per case, for a question naming no place
GENERAL_IDF = 0.5  # a word in more than about 60% of passages (教育, 学校, 发展) says nothing of which case it is
SPECIFIC_DF = 3  # a word in at most this many passages is specific: another place's fact when its case lacks it
# "分几级", "有几个阶段": how many parts, of a kind that names itself in its items (一级, 第一阶段); "这几层" points
# at parts the question has named itself ("县与县、校与校、人与人这几层"), it asks no count
# (层面 is an aspect, as 方面 is: "分几个层面" asks aspects, which the sources need not count in 层)
# (环节, the steps of a process or a lesson, as 步 and 阶段 are: "一节课分几个环节")
# (not 步棋, "走了几步棋": moves in a game, the measures taken, which the sources need not count in 步)
PARTS_ASKED_RE = re.compile(r"(?<![哪这那])几(?:个)?(级|步(?!棋)|阶段|层(?!面)|档|章|节|环节)")
BROAD_TYPES = ("overview", "method", "list")  # answer types asking what was done, not a fact of a thing
THING_ASKED = ("yesno", "figure")  # answer types asking whether a place has a thing, or how much of it
BROAD = ("method", "overview")  # answer types whose answer is several measures, not one sentence
# Answer types a place's text can answer in its own words: its measures, or their parts (`_anchored_by_meaning`).
ANCHORED_TYPES = (*BROAD, "list")
# Answer types a question about one place, worded so that its words fail, may be anchored to its place by meaning
# (`_anchored_by_meaning`): every kind but those asking whether the place has a thing, or how much of it
# (THING_ASKED): a text close in meaning is about the topic, which shows nothing of whether that thing is in it ("芦溪
# 给新引进的老师发不发购房补贴?" is close to 芦溪's teacher measures, which pay no such subsidy). Widened from the broad
# kinds in the sixteenth session: 2,965 items, 11 answers gained, 1 lost (with the A-not-A yes/no form in cues.py).
# Nor "place": a one-place question asking for places asks about the others ("除了余杭,还有哪些地方…").
MEANING_ANCHORED = (*dict.fromkeys(c.kind for c in cues.ANSWER_TYPES if c.kind not in (*THING_ASKED, "opinion", "place")),
                    "fact")
# How much closer another case's closest sentence may be, in cosine, than the named place's, for the place to still
# anchor a broad question its words fail (place_meaning.py). Calibrated on the tuning sets (fourteenth session):
# answerable questions refused by words lie at -0.020 or above, questions asking another case's practice mostly
# below -0.026; one question's sentences spread over ~0.05-0.1.
PLACE_MEANING_MARGIN = 0.02
# A question naming no place whose words fail is about the one case whose text is clearly the closest to what is
# asked (`place_meaning.closest_case`): its closest sentence at least this close in cosine, and ahead of any other
# case's by at least the lead. Calibrated on the tuning (dev) splits of the spent sets (twenty-ninth session, the 39
# Chinese questions naming no place refused for too little coverage): the answerable ones whose closest case is theirs
# and at 0.905 or more lead by 0.017 or more (two more lie at 0.889-0.895, among unanswerable ones); unanswerable ones
# reach 0.915 but then lead by under 0.01, and lead by 0.014 only at 0.903. Off-corpus refusals (a thing no case
# names) are not reopened: they have their own bound.
CASE_MEANING_MIN = 0.905
CASE_MEANING_LEAD = 0.01
NAME_CHARS = 4  # a compound this long names a thing (意外保险), not a way of saying it
PASSING_MENTIONS = 2  # sentences: a thing the place's text names no more often is mentioned in passing
FOREIGN_NAME_CHARS = 5  # a run of the question another case writes verbatim, this long, is a name (首席信息官)
FOREIGN_AFFIX = 2  # characters a place may add or drop around the same name (县管校聘 / 县管校聘改革)

WHAT = {"figure": "这一数字", "date": "具体时间", "location": "具体地点", "person": "相关人员的姓名", "organisation": "相关机构的名称", "document": "相关文件的名称",
        "criterion": "具体的条件或标准", "wording": "这几个字的原话",
        "event": "相关会议或活动的名称", "contact": "联系电话或网址"}
# The gap an answer states before the rest (`asks_beside_type`): what the asking clause wanted.
GAP_WHAT = {"figure": "的具体数字", "date": "的具体时间", "location": "的具体地点", "person": "的具体人选",
            "organisation": "的机构名称", "document": "的文件名称", "criterion": "的具体条件或标准", "wording": "的原话", "event": "的会议或活动名称",
            "contact": "的联系电话或网址"}
WHAT_EN = {"figure": "this figure", "date": "the date", "location": "the location", "person": "the person's name", "organisation": "the organisation's name",
           "document": "the document", "criterion": "the criteria", "wording": "the exact wording",
           "event": "the meeting or event", "contact": "the phone number or address"}


@dataclass
class Verdict:
    answer: bool
    rule: str = ""  # which rule fired (logged, tested)
    message: str = ""  # what the user is told when not answering
    related: list[Unit] = field(default_factory=list)  # closest sentences, shown as 相关内容
    by_meaning: bool = False  # answered because meaning, not the words, tied the question to its place
    gap: str = ""  # answered, but one typed ask of several is not stated: what the answer says first
    case: str = ""  # a question naming no place that meaning tied to one case (`_case_by_meaning`): answered from it


RULES: tuple[tuple[str, str], ...] = (
    ("no_passages", "Nothing was retrieved: there is nothing to answer from."),
    ("unknown_place", "The question names only places the corpus never mentions."),
    ("instruction", "An instruction addressed to the assistant is not a question about the cases."),
    ("missing_section", "A part asked by its position that the document does not have (第九部分 of three) is not "
                        "there to answer from: say which parts it has."),
    ("opinion", "Judgements and forecasts are not facts in the sources; say so and show the closest facts."),
    ("off_corpus", "A question naming no place asks about a thing the corpus never names (no synonym either), and no "
                   "passage is close to it in meaning: the cases do not cover it."),
    ("off_topic", "Too little of the question's subject (with synonyms) is stated by the place's best sentences, "
                  "unless the question writes the whole name of a part of the case (a section, an item). A broad "
                  "question about one place needs only the gist, once one sentence states a fair share by itself; "
                  "when its words fail, the place anchors it if the place's text is as close in meaning to what "
                  "is asked as any other case's and it quotes no name the place does not write. A question naming "
                  "no place whose words fail is about the one case whose text is clearly the closest in meaning, "
                  "when its closest sentence is close: that case answers it."),
    ("wrong_place", "The question names a place; sentences from other places do not answer it, nor does its case "
                    "when another case writes the thing asked (a specific word, or a name of several words word for "
                    "word) and it does not. A broad question borrowing such a name asks that case's practice when its "
                    "meaning is clearly closer (beyond the margin) to another case's text than to the place's."),
    ("unknown_thing", "A yes/no question about a place asks whether it did a thing: a name of that thing neither any "
                      "case nor the thesaurus knows (教代会), or a person or object the thesaurus lists that no "
                      "case names in any synonym (公章, 联络员), is stated nowhere, so nothing confirms it."),
    ("missing_type", "A figure, date, name or organisation is asked: some sentence on the subject must hold one; "
                     "an organisation of a kind the corpus never names (哪家期刊) is one no sentence holds."),
    ("unnamed_options", "A question offering named options (实验室、音乐室还是美术室; 瓶窑、良渚、径山这些…哪几个) asks "
                        "which holds: the place's best sentences must name one of them."),
    ("unnamed_kind", "One kind of a thing is asked (哪一种课堂模式): some sentence on the subject must name a thing of "
                     "that kind by its head noun (模式); a sentence naming none does not say which."),
    ("unstated_alternative", "A question choosing between two doings (…直接评,还是委托…来评?) asks which was done: some "
                             "sentence of the place must state one of them, every word telling it from the other (its "
                             "doer and its doing; a doing the corpus never writes, 推选, is stated nowhere). Options "
                             "named only in words the corpus never writes, in no synonym either, and in no idiom "
                             "(是考笔试还是面试?), are stated by no sentence."),
    ("unstated_detail", "A yes/no question granting what the sources say and asking whether something was added to it "
                        "(…也统一起来?) asks the addition: the place's best sentences must name one of its things; "
                        "an addition in a word the corpus never writes nor any synonym of it (水冲式) is confirmed "
                        "nowhere."),
    ("unstated_of_person", "A doing or thing is asked of a person the sources name (…徐志强副局长,分管哪一块业务?): "
                           "some sentence naming that person (a later mention by surname and title included) must "
                           "state it (the verb before the question word or the noun after it, or a curated equivalent); "
                           "sentences naming the person for something else do not. The person's part in general "
                           "(担任什么角色) is answered by what the sources say of them."),
    ("unstated_of_name", "How an act was done is asked of a thing the question names as the sources write it (“筑基"
                         "计划”…是怎么选拔出来的?): when the place's text mentions the thing only in passing (a few "
                         "sentences), those sentences must state the act (a word the corpus uses) in some form: itself, "
                         "a curated equivalent or a synonym."),
    ("unstated_premise", "One place's fact stated as a premise and asked yes or no of another (定西…列进考核,上城有没有…"
                         "列进对街道的考核?) asks whether the other has it: every thing the asking clauses name must be "
                         "stated in that place's best sentences."),
    ("unranked_members", "Which member of a set is first, last or most is asked (哪个…最晚, 最先…是哪几个): some sentence "
                         "on the subject must rank them in that sense (率先, 首批 for first; 最晚, 最后 for last)."),
    ("unstated_instance", "One instance of something recurring is asked by its position (头一届, 首场, 第二批): some "
                          "sentence on the subject must state that instance (a later one by its own ordinal); one "
                          "saying that it recurs, or stating another instance (首批…), does not."),
    ("unlisted_members", "Members of a set are asked (its size stated, or a position in it): the sources must name at "
                         "least that many; a count alone (“6所初中”) or a shorter list is not the members. How many parts "
                         "(分几级) is answered only by a stated count or a list of those parts. A position the case counts "
                         "from the first (第一阶段…第三阶段) exists: the question asks what is in it. A name list asked "
                         "(名单能不能列给我) needs members named one by one in the sentences stating the set best; a set "
                         "they only count (优质基地校44所) names none."),
)


def decide(intent: QueryIntent, passages: list[Passage], scored: list[Unit], covered_names: list[str],
           weights: TermWeights | None = None, names: dict[str, str] | None = None,
           outline: Callable[[str], CaseOutline] | None = None,
           cases_using: Callable[[str], set[str]] | None = None,
           place_lead: Callable[[], float | None] | None = None,
           nearest: list[Unit] | None = None,
           case_lead: Callable[[], tuple[str, float, float] | None] | None = None) -> Verdict:
    """The verdict on the evidence. `place_lead` says how much closer in meaning the place's text is to what is
    asked than any other case's (`place_meaning`); it is asked only of a Chinese question about one place, when its
    words fail (any kind in MEANING_ANCHORED) or when a broad one borrows a name only another case writes, and the
    caller computes it once. `nearest`: the units closest in meaning to what is asked, closest first
    (`crosslingual.nearest`; empty without meaning and for English questions, comparisons and questions across
    places, whose quoting order is not set by meaning). `case_lead`: for a question naming no place, the case
    closest to it in meaning, that closeness and its lead over the other cases (`place_meaning.closest_case`),
    asked only when its words fail."""
    en = intent.language == "en"
    subject = "、".join(intent.topic_terms[:4]) or intent.question[:20]
    if not passages or not scored:
        return Verdict(False, "no_passages", _msg(en, f"案例库中没有找到与“{subject}”相关的材料。{_covered(covered_names)}", "The case library has nothing on this question."))
    if intent.unknown_places and not intent.places:
        where = "、".join(intent.unknown_places)
        return Verdict(False, "unknown_place", _msg(en, f"案例库中没有找到{where}的案例。{_covered(covered_names)}",
                                                    f"The case library has no case about {where}."))
    if intent.answer_type == "instruction":
        return Verdict(False, "instruction", _msg(en, "这是对助手本身的指令,不是关于案例的问题;助手只根据案例材料回答问题。",
                                                  "That is an instruction to the assistant, not a question about the cases."))
    if intent.missing_section and outline is not None and len(intent.places) == 1:
        asked = (names or {}).get(intent.places[0], intent.places[0])
        sections = top_sections(outline(intent.places[0]))
        return Verdict(False, "missing_section", _msg(
            en, f"{asked}的材料没有{intent.missing_section}:全文分{len(sections)}个部分" +
                (f",依次是“{'”“'.join(sections)}”。" if sections else "。"),
            f"The document has no such part: it has {len(sections)}."))
    pool = [u for u in scored if u.case_id in intent.places] if intent.places else scored
    related = [u for u in (pool or scored) if not u.rhetoric and not u.caption and (u.coverage > 0 or not intent.topic_terms)][:3]
    if intent.answer_type == "opinion":
        return Verdict(False, "opinion", _msg(en, "案例材料没有对此作出判断;以下是材料中最接近的事实,供参考。",
                                              "The sources make no such judgement; the closest facts they state are below."), related)
    if intent.places and not pool:
        asked = "、".join((names or {}).get(p, p) for p in intent.places)
        return Verdict(False, "wrong_place", _msg(en, f"{asked}的案例材料中没有找到关于“{subject}”的内容。",
                                                  "The case of that place says nothing on this."), scored[:3])
    topic = intent.topic_terms
    known = topic  # the topic terms that are evidence (a word the corpus never uses is set aside when meaning anchors)
    gap = ""  # what the sources leave out of a question they otherwise answer (`asks_beside_type`)
    anchored = False  # the words failed and meaning anchored the question to its place (`_anchored_by_meaning`)
    meant = ""  # the case meaning tied a question naming no place to (`_case_by_meaning`)
    if topic:
        similarity = max((p.similarity for p in passages if not intent.places or p.chunk.case_id in intent.places), default=0.0)
        # Words the corpus never uses (路费, 毛病, 一个班) are no evidence either way. They are set aside when the
        # passages are close in meaning, or when the question names a place of the corpus: the place anchors
        # the subject, and a colloquial word cannot be matched by its letters.
        by_meaning = similarity >= SEMANTIC_SUPPORT or bool(intent.places)
        # A thing the corpus never names, in a question naming no place, with passages not close in meaning: the
        # question is about something the cases do not cover (a colloquial verb is no such thing; dense similarity
        # must be known, or nothing is concluded)
        # (a word in a simile, "像工厂流水线一样", describes what is asked; it is not the thing asked)
        # (a follow-up asks about what was said before: its strange word is a way of asking, not a new topic)
        # (an off-topic follow-up is still refused by coverage below: its words are found nowhere)
        far = not intent.places and not intent.followup and 0 < similarity < OFF_CORPUS_SIMILARITY and weights is not None
        simile = "".join(SIMILE_RE.findall(intent.question)) if far else ""
        # (a word only the scene before the asking sentence writes, `QueryIntent.situation`, says why they ask: "资源库
        # 建了一大堆,老师学生就是不用。那篇文章…提了哪几条路子?" is no question about 资源库)
        strange = [t for t in topic if _unmatched(t, intent, weights) and names_a_thing(t) and t not in simile
                   and t not in intent.situation and not _of_known_words(t, weights)
                   and not _spoken_form_of_known_root(t, weights)] if far else []
        if strange and not _rest_stated_together(intent, strange, scored, weights):
            return Verdict(False, "off_corpus", _msg(en, f"案例材料中没有涉及“{'、'.join(strange[:3])}”的内容。{_covered(covered_names)}",
                                                     "The cases do not cover this topic."), related)
        # Whether a place did a thing no case and no thesaurus knows (教代会) cannot be confirmed: a yes/no question
        # asks that very thing, so a name of it no source writes is no colloquial wording to set aside; a listed
        # word of a person or object (公章, 联络员) has few paraphrases, so no synonym written means none stated
        # (a word in a simile, "像教代会那样", says what the asked thing is like; it is not the thing asked)
        likened = "".join(SIMILE_RE.findall(intent.question))
        unnamed = [t for t in topic if intent.answer_type == "yesno" and intent.places and weights is not None
                   and t in asking_part(intent.question) and t not in likened and _unmatched(t, intent, weights)
                   and names_a_thing(t) and _a_new_word(t, weights)
                   and (not semantic_classes(t) or listed_only_among(t, cues.CONCRETE_CLASSES)
                        and not _glossed_in_question(t, intent, weights))]
        # (so are the alternatives a yes/no question offers as its thing, "有没有退出或者换校的办法": when the place's
        # best sentences state none of them, nor a synonym, whether it has one cannot be confirmed)
        if not unnamed and intent.answer_type == "yesno" and intent.places and weights is not None:
            asking = normalize(asking_part(intent.question))
            unnamed = next(([*g] for g in intent.alternatives if all(w in asking for w in g)
                            and not any(coverage(intent, u.text, weights, [w]) > 0 for u in pool[:TYPED_POOL] for w in g)), [])
        if unnamed:
            return Verdict(False, "unknown_thing", _msg(en, f"案例材料中没有涉及“{'、'.join(unnamed[:3])}”的内容,无法确认。以下是最接近的内容:",
                                                        "The sources do not mention this, so it cannot be confirmed. Closest content:"), related)
        # With a place named, a word the corpus never uses is set aside even when the thesaurus offers neighbours
        # the corpus uses (动手, 毛病, 样子): a thesaurus group is loose, so its neighbours' absence shows nothing;
        # curated equivalents (老师 = 教师) name the same thing and stay required.
        loose = bool(intent.places)
        known = [t for t in topic if not (by_meaning and weights is not None and _unmatched(t, intent, weights, loose))]
        best = max((coverage(intent, u.text, weights, known) if weights is not None and known != topic else u.coverage)
                   for u in pool[:20]) if known else 1.0
        joint = joint_coverage(intent, pool[:6], weights, by_meaning)
        if not intent.places:
            # A question naming no place is answered by a case that states its subject by itself: words gathered
            # from several cases' sentences (教师 here, 工资 there) are no evidence.
            by_case: dict[str, list[Unit]] = {}
            for u in pool[:JOINT_POOL]:
                by_case.setdefault(u.case_id, []).append(u)
            joint = max((joint_coverage(intent, us[:6], weights, by_meaning) for us in by_case.values()), default=0.0)
        needed = needed_for(intent, en)
        if intent.answer_type in BROAD and len(intent.places) == 1 and best >= MIN_UNIT_COVERAGE:
            # what one place did, asked broadly: its measures each word the subject their own way, so their gist is
            # enough, as for a comparison, once one sentence states a fair share of it by itself
            needed = min(needed, MIN_ASPECT_COVERAGE)
        if joint < needed and intent.answer_type in ("list", "overview") and outline is not None and weights is not None:
            # an enumeration is evidence as a whole: what introduces it and its items' names ("…定位:" 自主、互助、共生);
            # so is a section for a broad question: its title and its parts' names ("现状及问题": (一)…(四))
            lists = [" ".join([ctx, case.introduction(g), *(item_name(m.label or m.unit.head) for m in g)])
                     for cid in dict.fromkeys(intent.places or [u.case_id for u in pool[:TYPED_POOL]])
                     for case in [outline(cid)] for ctx, g in case.groups()]
            joint = max([joint, *(joint_coverage(intent, [Unit(0, "", 0, 0, x)], weights, by_meaning) for x in lists)])
        # A fact lives in one sentence; measures (method, overview, list, comparison) spread over several.
        single = intent.answer_type not in ("method", "overview", "list") and not intent.comparative
        weak = ((single and best < (EN_UNIT_COVERAGE if en else MIN_UNIT_COVERAGE)) or joint < needed) and not _names_a_part(intent, pool, weights, outline, needed) \
            and not _quotes_what_is_written(intent, pool)
        anchored = weak and _anchored_by_meaning(intent, place_lead, cases_using)
        meant = _case_by_meaning(intent, case_lead) if weak and not anchored else ""
        if meant and intent.across:  # several places may be asked: the ranking, not one case, says which answer
            anchored = True
        elif meant:  # the case meaning tied the question to is the pool its answer and the later rules look at
            anchored, pool = True, [u for u in scored if u.case_id == meant] or pool
            related = [u for u in pool if not u.rhetoric and not u.caption][:3]
        if weak and not anchored:
            return Verdict(False, "off_topic", _msg(en, f"案例材料中没有找到关于“{subject}”的可靠依据。{_covered(covered_names)}",
                                                    "The cases give no reliable evidence on this."), related)
    elif not intent.places:  # neither a subject nor a place: nothing the cases could be about
        return Verdict(False, "off_topic", _msg(en, f"案例材料中没有找到与这个问题相关的内容。{_covered(covered_names)}",
                                                "The cases say nothing about this question."), [])
    if len(intent.places) == 1 and outline is not None and weights is not None:
        foreign = foreign_terms(intent, outline(intent.places[0]), weights) or (
            foreign_names(intent, cases_using) if cases_using is not None else [])
        if not foreign and cases_using is not None:  # the names first (postings), meaning only when there are some
            borrowed = foreign_names(intent, cases_using, ANCHORED_TYPES)
            foreign = borrowed if borrowed and _asked_of_another(intent, place_lead) else []
        if foreign:
            asked = (names or {}).get(intent.places[0], intent.places[0])
            return Verdict(False, "wrong_place", _msg(en, f"{asked}的案例材料中没有提到“{'、'.join(foreign)}”(其他案例中有),"
                                                          "以下是最接近的内容:", "The case of that place does not mention this; "
                                                          "other cases do. Closest content:"), related)
    if intent.answer_type in WHAT:
        # An English question's glosses are noisy ("cross-inspection" has none, "applying" -> 应用): its sentences
        # on the subject are the best by meaning as well as words (crosslingual.rerank), not those above a coverage
        # (a sentence with no subject of its own holding the type, "每三年为一轮", is on the subject its antecedent names)
        # (a meeting is asked of an occasion the asker describes in words of their own, "接在哪一次会后面的又一个大动作":
        # the sentence naming one among the best on the place is on it, as for an English question)
        # (a document's own header line, its number or date under its title, "淄教基字(2019)12号", names no subject:
        # it is about the document itself, which a question asking a document's number asks about)
        # (a word set aside as no evidence above, `known`, does not count against a sentence being on the subject,
        # unless the clause that asks writes it: "总部设在哪个城市" asks of the 总部, however colloquial the scene)
        typed_clause = _typed_ask(intent)
        typed_terms = [t for t in topic if t in known or t in typed_clause] if typed_clause is not None else topic
        # (an item states what its paragraph's lead names, `Unit.led_by`, as scoring counts it)
        stated = (lambda u: coverage(intent, u.led_by + u.text, weights, typed_terms)) if typed_terms != topic and weights is not None \
            else (lambda u: u.coverage)
        pointing = points_back(intent)
        things = _typed_things(intent, weights, typed_clause)
        # (a date written before the name of the occasion asked, "4月28日全县教育大会", dates it: on the subject)
        dated = (lambda u: dates_occasion(intent, u.text)) if intent.answer_type == "date" and intent.occasion else (lambda u: False)
        on_subject = pool[:TYPED_POOL] if en or intent.answer_type == "event" else [u for u in pool if not topic or stated(u) >= MIN_UNIT_COVERAGE
                                                   or _states_own_words(intent, u, weights)
                                                   or _states_all(intent, u, weights, things)
                                                   or _states_own_ask(intent, u, weights)
                                                   or u.continued
                                                   or dated(u)
                                                   # (beside the source of what the previous answer said: a
                                                   # follow-up pointing back asks about that, in its own words)
                                                   or u.anchored and pointing
                                                   or (u.caption and intent.answer_type == "document")
                                                   # (the wording a place works by, "芦溪是靠哪几个字当抓手的", is
                                                   # written in its own enumerated heads: 在“管”字上下功夫…)
                                                   or (intent.answer_type == "wording" and bool(u.head)
                                                       and len(intent.places) == 1 and u.case_id in intent.places)
                                                   # (a phrase quoted with exactly the characters the question counts,
                                                   # "押在哪四个字上" of “实干优先”, in a sentence of the place on some of
                                                   # its words: the count says which phrase, however colloquial the rest)
                                                   or (u.has_type and u.coverage > 0 and _wording_counted(intent)
                                                       and (not intent.places or u.case_id in intent.places))][:TYPED_POOL]
        # the sentence closest in meaning is on the subject whatever its words (a colloquial question shares few)
        on_subject += [u for u in (nearest or [])[:NEAREST_TYPED] if not intent.places or u.case_id in intent.places]
        # a thing the question names in quotation marks as the sources write it (“互联网+教育”普及行动) is what the
        # typed answer is asked of: it is stated in a passage that writes that name
        quoted = [q for q in cues.quoted_phrases(intent.question) if len(q) >= 2]
        naming = {u.passage_no for u in pool if any(q in normalize(u.text) for q in quoted)} if quoted and not en else set()
        if naming:
            on_subject = [u for u in on_subject if u.passage_no in naming]
        # "哪家期刊登的?": an organisation of a kind the corpus never names (期刊) is one no sentence names
        # (a kind of two words is named by its short form too, the first character of each: 美术院校 -> 美院)
        unnamed_kind = intent.answer_type == "organisation" and weights is not None and \
            any(weights.unknown(k) and weights.unknown(short_form(k)) for k in asked_kinds(intent))
        # (a follow-up's words are partly its history's, an English question's glosses are noisy; continued sentences,
        # those stating the question's own words and the closest by meaning are on the subject by other evidence)
        most = max((u.coverage for u in on_subject), default=0.0)
        close = set(map(id, (nearest or [])[:NEAREST_TYPED]))
        shared = not en and not intent.followup and bool(topic) and intent.answer_type in DETAIL_TYPES
        typed = [u for u in on_subject if u.has_type and (not shared or u.continued or id(u) in close
                                                           or u.coverage >= TYPED_SHARE * most
                                                           or _states_own_words(intent, u, weights)
                                                           or _states_own_ask(intent, u, weights) or dated(u))]
        unanswered = _unanswered_own_asks(intent, scored, weights)
        if intent.place_intents and len(unanswered) < len(intent.place_intents):
            # each place asked its own question: one a place's sentences leave open is a gap in an answer the others
            # give (said before it), not a reason to refuse them
            if unanswered:
                cid, own = unanswered[0]
                gap = f"案例材料没有给出“{own.question.rstrip('??')}”{GAP_WHAT[own.answer_type]};以下仅就问题的其他部分摘录材料原文。"
        elif unnamed_kind or not typed:
            when = [y.replace("-", "—") + "年" if y[:4].isdigit() else y for y in intent.years] + intent.qualifiers
            what = WHAT[intent.answer_type] + (f"({'、'.join(when)})" if when else "")
            # one gap in an answer that can give the rest: said before it (a rest the sentences on the subject state)
            if asks_beside_type(intent) and (not _count_missing(intent) or _rest_stated(intent, pool[:TYPED_POOL], weights)):
                asked = _typed_clause(intent)
                gap = (f"案例材料没有给出“{asked}”{GAP_WHAT[intent.answer_type]};" if asked else
                       f"案例材料没有给出问题所问{GAP_WHAT[intent.answer_type]};") + "以下仅就问题的其他部分摘录材料原文。"
            else:
                return Verdict(False, "missing_type", _msg(en, f"案例材料没有给出{what}。以下是最接近的内容:",
                                                           f"The sources do not give {WHAT_EN[intent.answer_type]}. Closest content:"), related)
    which = cues.WHICH_KIND_RE.search(normalize(asking_part(intent.question))) if intent.answer_type == "fact" else None
    head = which.group(1)[-2:] if which else ""
    # (a kind named with its modifier, 课堂模式, three characters or more: a way of doing, 哪种办法/途径/机制, is
    # answered by the doing, which the sources rarely call by the method word)
    if which and not en and weights is not None and not weights.unknown(head) and len(which.group(1)) >= 3 \
            and not cues.OPTION_KIND_RE.search(head) and head not in cues.METHOD_KINDS:
        # one kind of a thing asked (哪一种课堂模式): a sentence on the subject must name a thing of that kind, by
        # the kind's head noun (模式, a word the corpus uses: "哪种缺法" names no kind of thing); one naming none
        # (课堂教学优化) does not say which
        on_subject = [u for u in pool[:TYPED_POOL] if not topic or u.coverage >= MIN_UNIT_COVERAGE]
        if not any(head in normalize(u.text) for u in on_subject):
            return Verdict(False, "unnamed_kind", _msg(en, f"案例材料没有说明是哪一种{which.group(1)}。以下是最接近的内容:",
                                                       "The sources do not say which kind it is. Closest content:"), related)
    kind = unnamed_asked_kind(intent, pool, weights)
    if kind:
        return Verdict(False, "unnamed_kind", _msg(en, f"案例材料没有说明是哪个(哪些){kind}。以下是最接近的内容:",
                                                   "The sources do not say which it is. Closest content:"), related)
    if intent.options:
        # a question offering options asks which of them holds: sources that name none of them do not say which
        named = option_names(intent.options)
        if not any(n in normalize(u.text) for u in pool[:OPTIONS_POOL] for n in named):
            return Verdict(False, "unnamed_options", _msg(en, f"案例材料没有说明是{'、'.join(intent.options)}中的哪一个。以下是最接近的内容:",
                                                          "The sources do not say which of these it is. Closest content:"), related)
    choice = alternatives(intent.question) if len(intent.places) == 1 and not intent.followup and not en else []
    if choice and weights is not None and _alternative_stated(intent, choice, pool[:ADDED_POOL], weights) is False:
        # "称号是市教育局直接评,还是委托教研部门来评?": a choice between doings asks which was done; sources stating
        # neither (every word of it the corpus uses, in one sentence) do not say which. So does a choice between
        # names doing one thing ("是市政府牵头还是市教育局牵头?"): a source naming 政府 elsewhere does not say it led.
        return Verdict(False, "unstated_alternative", _msg(en, f"案例材料没有说明是“{'”还是“'.join(choice)}”。以下是最接近的内容:",
                                                           "The sources do not say which of these it is. Closest content:"), related)
    if len(intent.places) == 1 and weights is not None and not intent.followup and not en:
        # "…说要统一教学行为,有没有把教学进度和作业量也统一起来?": what the question grants is stated; whether the
        # addition holds is asked, and sources naming none of its things do not say that it does; nor do they
        # confirm an addition in a word of its own that the corpus never writes, in no synonym either ("…是统一改成
        # 水冲式厕所了吗?"). (Asked what or how, such a word is the asker's own for what the sources say otherwise:
        # "定西说把教育搞强了,能给当地啥打底子?"). Asked yes or no, any last clause adding words to what the earlier
        # ones say is such an addition ("…派去挂职的老师,编制和人事关系要不要转到对方学校?")
        yesno = intent.answer_type == "yesno"
        cued = added_detail(intent.question, topic) if yesno else []
        extra = cued or (added_detail(intent.question, topic, any_clause=True) if yesno else [])
        added = [t for t in extra if names_a_thing(t)]
        unheard = [t for t in added if _unmatched(t, intent, weights) and _a_new_word(t, weights)]  # (things: 碰到 is none)
        # an addition with no cue for it (也, 说…) is one only beside what the sources state: the question grants
        # a stated fact first (`_stated_before`), else its last clause may reword what is asked
        stated = any(coverage(intent, u.text, weights, [t]) > 0 for u in pool[:ADDED_POOL] for t in added)
        # whether a doing holds ("…,学校点了菜以后要不要付费?", "还保不保留?"): sources never stating that doing of
        # the place (付费, 保留), in no synonym, do not say it holds or not
        # (asked under another question word, "对…参不参加是怎么要求的?", the A-not-A names what is required, not a
        # doing whose holding is asked)
        clauses = asking_clauses(intent.question)
        governed = bool(clauses) and bool(cues.OTHER_QUESTION_WORD_RE.search(clauses[-1]))
        undone = [t for t in asked_doing(intent.question, topic) if not governed
                  and not any(coverage(intent, u.text, weights, [t]) > 0 for u in pool[:ADDED_POOL])]
        if (unheard or added and not stated or undone) and (cued or _stated_before(intent, pool, weights)):
            added = unheard or (added if added and not stated else undone)
            return Verdict(False, "unstated_detail", _msg(en, f"案例材料没有提到“{'、'.join(added[:3])}”,无法确认。以下是最接近的内容:",
                                                          "The sources do not mention this addition, so it cannot be confirmed. Closest content:"), related)
    if intent.answer_type in ("fact", "list") and len(intent.places) <= 1 and outline is not None and not en:
        # "…主持仪式的徐志强副局长,平时在教育局分管哪一块业务?": what the sources say of a person they name is what the
        # sentences naming that person state; a doing or thing asked of the person that none of them states (分管,
        # 业务) is not given, however well those sentences match the rest (教育局, 主持). (A question naming no
        # place is about the cases retrieved for it.) Only the word and its curated equivalents: the thesaurus'
        # neighbours are loose (主管 -> 主持).
        asked_cases = intent.places or list(dict.fromkeys(p.chunk.case_id for p in passages))[:3]
        case_text = normalize("".join(p.chunk.text for c in asked_cases for p in outline(c).passages))
        people = people_named(normalize(intent.question), case_text)
        asked = _asked_of_person(intent, people) if people else []
        # (a later mention by surname and title, "徐局长", names the person too)
        about = [x for x in re.findall(r"[^。!?!?]+", case_text)
                 if any(n in x or re.search(re.escape(n[0]) + r"(?:副|常务)?(?:" + TITLE_RE.pattern + ")", x) for n in people)]
        if asked and not any(w in x for x in about for t in asked for w in [t, *intent.equivalents.get(t, [])]):
            return Verdict(False, "unstated_of_person", _msg(en, f"案例材料提到了{'、'.join(people)},但没有说明“{'、'.join(asked)}”。以下是最接近的内容:",
                                                             "The sources name this person but do not state what is asked. Closest content:"), related)
    if intent.answer_type in ("fact", "method") and len(intent.places) == 1 and outline is not None and not en \
            and weights is not None and not intent.followup:
        # "定西试点的“筑基计划”…,这些学生是怎么选拔出来的?": a thing the question names as the sources write it, which
        # the place's text mentions only in passing, is described by those few sentences; the act asked of it (选拔),
        # a word the corpus uses, stated there in no form (itself, a curated equivalent, a synonym), is not described
        case_text = normalize("".join(p.chunk.text for p in outline(intent.places[0]).passages))
        sentences = re.findall(r"[^。!?!?]+", case_text)
        for name in [q for q in cues.quoted_phrases(normalize(intent.question)) if len(q) >= NAME_CHARS]:
            about = [x for x in sentences if name in x]
            if not about or len(about) > PASSING_MENTIONS:
                continue
            # (not an act bringing the thing itself about, "怎么打造城区的“品质初中”": that asks how it is done,
            # which the text describes in its own words)
            asking = normalize(asking_part(intent.question))
            acts = [t for t in _asked_acts(intent) if not weights.unknown(t) and t not in name
                    and not re.search(re.escape(t) + r"[^,,。;;??“]{0,6}[“\"]?" + re.escape(name), asking)]
            unstated = [t for t in acts if not any(w in x for x in about for w in
                                                   [t, *intent.equivalents.get(t, []), *intent.expansions.get(t, [])])]
            if acts and len(unstated) == len(acts):
                return Verdict(False, "unstated_of_name", _msg(en, f"案例材料提到了“{name}”,但没有说明“{'、'.join(unstated)}”的情况。以下是最接近的内容:",
                                                               "The sources name this but do not state what is asked of it. Closest content:"), related)
    if intent.premised and len(intent.places) == 1 and weights is not None and not intent.followup:
        # "定西把区域协作列进对县区政府的考核,上城有没有把改革的成效列进对街道的考核?": one place's fact asked of
        # another; every thing the ask names (街道), carried over from the premise or its own, must be stated there
        # (stated by the word or a curated equivalent: a thesaurus neighbour may be another sense, 保险 "insurance"
        # and 确保 "ensure", and whether the place did that very thing is what is asked)
        unstated = [t for t in topic if t in intent.premised and names_a_thing(t)
                    and not any(w in normalize(u.text) for u in pool[:ADDED_POOL] for w in [t, *intent.equivalents.get(t, [])])]
        if unstated:
            return Verdict(False, "unstated_premise", _msg(en, f"案例材料没有提到“{'、'.join(unstated[:3])}”,无法确认。以下是最接近的内容:",
                                                           "The sources do not mention this for the place asked, so it cannot be confirmed. Closest content:"), related)
    most = cues.SUPERLATIVE_WHICH_RE.search(intent.question)
    if most and intent.answer_type != "opinion" and not en:
        # "所有市(区)都通过了…,哪个市(区)是最晚通过的?": which member ranks first, last or most is stated only where
        # the sources rank them; a sentence saying that all of them did it does not say which was last
        sense = cues.SUPERLATIVE_SENSE.get(c := most.group(1) or most.group(2), c)
        stated = cues.SUPERLATIVE_STATED.get(sense, "最" + sense + "|" + cues.OTHER_SUPERLATIVE_STATED)
        on_subject = _ranked_on_subject(pool, topic)
        if not any(re.search(stated, normalize(u.text)) for u in on_subject):
            return Verdict(False, "unranked_members", _msg(en, f"案例材料没有说明哪一个“最{c}”。以下是最接近的内容:",
                                                           "The sources do not say which one ranks so. Closest content:"), related)
    # the instance asked is the last one the sentence that asks names: one the question states before ("首批去了…的
    # 师生,第二批是哪所学校去的?") is granted, and one a remark after it names ("…?后来好像还有第二批。") is not asked
    asking = [m for m in re.finditer(r"[^。!?!?]+[。!?!?]?", intent.question) if cues.QUESTION_WORD_RE.search(m.group(0))]
    span = (asking[-1].start(), asking[-1].end()) if asking else (0, len(intent.question))
    named = [m for m in cues.FIRST_INSTANCE_RE.finditer(intent.question) if span[0] <= m.start() < span[1]]
    first = named[-1] if named else cues.FIRST_INSTANCE_RE.search(intent.question)
    if first and not intent.followup and intent.answer_type != "yesno":  # "是不是首批…示范区": a title, not an instance
        on_subject = _ranked_on_subject(pool, topic)
        later = cn_number(first.group(0).lstrip("第")[:-1]) if first.group(0).startswith("第") else 1
        if not any(cues.FIRST_STATED_RE.search(u.text) if later <= 1 else
                   any(cn_number(m.group(1)) == later and m.group(2) == first.group(0)[-1]  # 第二批 is no 第二次
                       for m in cues.ORDINAL_STATED_RE.finditer(u.text)) for u in on_subject):
            return Verdict(False, "unstated_instance", _msg(en, f"案例材料没有说明{first.group(0)}的情况(只说到这件事本身)。以下是最接近的内容:",
                                                            "The sources do not state that instance. Closest content:"), related)
    # (asked in the sentence that asks: "城里学校派人来听几节课…。…机制有哪几样?" asks no sections)
    parts = PARTS_ASKED_RE.search(intent.question, asking_offset(intent.question))
    if intent.answer_type in ("list", "yesno") and parts and not intent.members and not intent.followup:
        # "职级制一共分几级?": the sources must state how many (三步走, 4个阶段) or list the parts (so must "有没有…
        # 范本,分几章?", which asks the parts of the thing it asks about)
        on_subject = [u for u in pool[:TYPED_POOL] if not intent.topic_terms or u.coverage > 0]
        stated = any(re.search(r"[\d一二两三四五六七八九十]+\s*(?:个)?" + parts.group(1), u.text) for u in on_subject)
        if not stated and parts_listed(parts.group(1), intent, on_subject, outline) < 2:
            counted = ("个" if len(parts.group(1)) > 1 else "") + parts.group(1)  # 分几级, 分几个环节
            return Verdict(False, "unlisted_members", _msg(en, f"案例材料没有说明分几{counted},也没有列出各{parts.group(1)}。以下是最接近的内容:",
                                                           "The sources do not say how many parts there are. Closest content:"), related)
    # a name list asked ("受表扬的基地校名单能不能列给我"): the sentences on the subject must name members one by one;
    # a set they only count ("优质基地校44所", "发布40所学校的预警信息") names none
    if cues.NAME_LIST_ASKED_RE.search(normalize(asking_part(intent.question))) and not intent.followup and not en \
            and intent.answer_type != "opinion":
        # (the sentences stating the set best: another list of the case, its counties, names no member of it)
        on_subject = [u for u in pool[:TYPED_POOL] if not intent.topic_terms or u.coverage > 0]
        most = max((u.coverage for u in on_subject), default=0.0)
        best = [u for u in on_subject if u.coverage >= TYPED_SHARE * most]
        if max((names_given(u.text, intent.question) for u in best), default=0) < MIN_NAMES:
            counted = any(COUNTED_AFTER_RE.search(u.text) for u in best)
            zh = "案例材料只给出了数量,没有列出具体名单。" if counted else "案例材料没有列出具体名单。"
            return Verdict(False, "unlisted_members", _msg(en, zh + "以下是最接近的内容:",
                                                           "The sources do not list the names. Closest content:"), related)
    # "which places" asks for places, not for members named in the text, unless it states the set's size ("那6家…")
    place_only = intent.answer_type == "place" and not set_sizes(intent.question)
    if (intent.members and not place_only and not _position_named(intent, outline)
            and not _joint_issuers_asked(intent, pool)
            and members_listed(intent, pool, weights, outline) < intent.members):
        what = members_phrase(intent.question)
        zh = (f"案例材料列出的条目不到{what},没有这一项。以下是最接近的内容:" if what.startswith("第") else
              f"案例材料没有逐一列出{what}具体是什么(只给出了数量或其中一部分)。以下是最接近的内容:")
        return Verdict(False, "unlisted_members", _msg(en, zh, "The sources do not list them one by one. Closest content:"), related)
    # (a question across places is not confined to the case meaning found: several may answer it, and the words'
    # best sentence may be another case's, "把用人、花钱…的决定权都交给了学校" of 上城's 自主权…赋予学校)
    return Verdict(True, by_meaning=anchored, gap=gap, case="" if intent.across else meant)


# A question word with the verb before it and the noun after it ("分管哪一块业务", "定了哪些具体指标")
WH_AROUND_RE = re.compile(r"([一-龥]{2})?(?:了|过|的是)?(?:哪一?[些几]?[个块项方面种类门所家条样]?|什么|啥)([一-龥]{0,6})")


# How a thing was done, asked by its verb ("是怎么选拔出来的", "如何分配"): the verb right after the question word
HOW_VERB_RE = re.compile(r"(?:怎么|怎样|如何|咋)(?:样)?(?:来|去)?([一-龥]{2})")


def _asked_acts(intent: QueryIntent) -> list[str]:
    """The doings the question asks how they were done (选拔 of "是怎么选拔出来的"): topic verbs right after 怎么/如何
    in the sentence that asks; none for a question asking in general (怎么做, 怎么搞: scaffolding, no topic)."""
    asking = normalize(asking_part(intent.question))
    verbs = [m.group(1) for m in HOW_VERB_RE.finditer(asking)]
    return [t for t in intent.topic_terms if any(v.startswith(t) or t.startswith(v) for v in verbs)
            and t not in cues.GENERIC_TERMS and _is_verb(t, verbal_noun=True)]


def _asked_of_person(intent: QueryIntent, people: list[str]) -> list[str]:
    """The topic words the question word is asked with: the verb right before it and the noun right after it
    (分管 and 业务 of "分管哪一块业务"), not the people's names."""
    m = WH_AROUND_RE.search(normalize(asking_part(intent.question)))
    if not m:
        return []
    verb, after = m.group(1) or "", m.group(2)
    if any(after.startswith(k) for k in (*GENERIC_KINDS, *cues.ROLE_KINDS) if len(k) >= 2):
        return []  # "担任什么角色", "起什么作用": the person's part in general, which what the sources say of them answers
    return [t for t in intent.topic_terms if not any(t in n or n in t for n in people)
            and (t == verb or t in after[:4])]


def unnamed_asked_kind(intent: QueryIntent, pool: list[Unit], weights: TermWeights | None) -> str:
    """The kind of thing a question asks one of by its noun (平台 of "放在哪个平台上", 设备 of "配了什么设备"), when no
    sentence on the subject names a thing of that kind (the noun, a synonym or an equivalent): then the sources do not
    say which. Only people and concrete objects (the thesaurus's classes A and B: 平台, 设备, 电话) are checked: they
    have few paraphrases, so a source naming one names the kind. Abstract kinds (行动, 态度, 层面, 变化, 路径) are
    answered in the sources' own words, as are kinds any statement answers (措施, 方式, 身份: GENERIC_KINDS,
    method and role words) and bodies (any name answers 哪个科室); a kind the corpus never writes is no evidence
    either way (a colloquial word). A list asked (哪些平台) is left to the list rules: the sources list such things
    under their own word for the kind ("依托…等载体")."""
    if intent.language != "zh" or weights is None or len(intent.places) != 1 or intent.followup or \
            intent.answer_type != "fact":
        return ""
    after = kinds_asked(intent.question)
    org = cues.cue_of("organisation")
    kinds = [t for t in intent.topic_terms if any(a.startswith(t) for a in after) and names_a_thing(t)
             and t not in GENERIC_KINDS and t not in cues.GENERIC_TERMS and t not in cues.METHOD_KINDS
             and t not in cues.ROLE_KINDS and not cues.OPTION_KIND_RE.search(t) and not weights.unknown(t)
             and listed_only_among(t, cues.CONCRETE_CLASSES) and not (org is not None and org.regex.search("哪个" + t))]
    if not kinds:
        return ""
    # the place's best sentences stating the rest of what is asked (the thing the kind is asked of): one of them
    # must name the kind; a sentence elsewhere naming it (another 平台) does not say which one this thing uses
    rest = [t for t in intent.topic_terms if t not in kinds and t not in intent.situation]
    on_subject = [u for u in pool[:TYPED_POOL] if not rest or coverage(intent, u.text, weights, rest) >= MIN_UNIT_COVERAGE] \
        or pool[:TYPED_POOL]  # (none states it well: the kind is asked of what the best sentences state)
    # the thing asked by its name ("借一个叫什么的平台来牵头"): the kind is the asker's description of it, and a name
    # the sources give it in quotation marks (实施“名师乡村工作室”引领) answers, whatever kind they call it
    # (a name, not a formula or a slogan: Chinese only, ending in a word for a thing, 工作室, not “一个都不能少”)
    if cues.KIND_NAME_ASKED_RE.search(normalize(intent.question)) and \
            any(_names_a_thing_by_its_end(m.group(1)) for u in on_subject for m in QUOTED_NAME_RE.finditer(u.text)):
        return ""
    return next((k for k in kinds if on_subject and
                 not any(coverage(intent, u.text, weights, [k]) >= SYNONYM_WEIGHT for u in on_subject)), "")


QUOTED_NAME_RE = re.compile(r"“([一-龥]{3,16})”")  # a name the sources give in quotation marks


def _names_a_thing_by_its_end(name: str) -> bool:
    """Does a quoted phrase end in a word for a thing (名师乡村工作室: 工作室), as a name does, not a verb or an
    adjective (一个都不能少, 比学赶超), nor a title people hold (“定西市家庭教育指导教师”: 教师)?"""
    import jieba.posseg as pseg

    from .text import _jieba

    _jieba()
    words = list(pseg.cut(name))
    return bool(words) and words[-1].flag[:1] == "n" and len(words[-1].word) >= 2 and not is_person(words[-1].word)


def short_form(kind: str) -> str:
    """The usual short form of a four-character name of two words: the first character of each (美术院校 -> 美院,
    师范大学 -> 师大), as the sources shorten names of institutions (中国美院)."""
    return kind[0] + kind[2] if len(kind) == 4 else kind


def asked_kinds(intent: QueryIntent) -> list[str]:
    """The topic words right after the question word that asks for an organisation ("哪家期刊" -> 期刊): the kind
    of body wanted. The kinds the organisation cue itself names (哪个部门, 哪个科室, 哪所大学, 哪所院校), with any of its
    classifiers, are generic: any body's name answers them (基础教育科, 中国美院), so they are none."""
    q = normalize(intent.question)
    cue = cues.cue_of("organisation")
    return [t for t in intent.topic_terms if re.search(r"(?:哪[一几些]?家|哪一?个|哪一?所|什么|啥)" + re.escape(t), q)
            and not (cue is not None and any(cue.regex.search(w + t) for w in ("哪个", "哪所")))]


def _states_own_words(intent: QueryIntent, u: Unit, weights: TermWeights | None) -> bool:
    """Does the sentence state a follow-up's own words ("那带班的这条线呢,市一级骨干班主任要培几个?": 骨干, 班主任)?
    The previous question's words it carries ("领头雁+群雁飞"工程) help find the passage; a sibling the follow-up
    asks about need not repeat them."""
    return _states_terms(intent, u, weights, intent.own_subject)


def _states_terms(intent: QueryIntent, u: Unit, weights: TermWeights | None, terms: list[str] | None) -> bool:
    """Does the sentence state enough of `terms` (the minimum a sentence must state of a topic)?"""
    return bool(terms) and weights is not None and coverage(intent, u.text, weights, terms) >= MIN_UNIT_COVERAGE


def _states_own_ask(intent: QueryIntent, u: Unit, weights: TermWeights | None) -> bool:
    """Does the sentence state what the question asks of its place in a question of its own (`QueryIntent.place_asks`,
    `place_intents`: "芦溪镇区学校卡在哪两个矛盾上?余杭教育局那次一下子给多少学校亮了预警?")? Each place is asked its
    own thing, so a sentence is on the subject by its own place's ask, not by the words of all of them. (Asks in
    clauses of one sentence share its answer type: there the whole question's words judge.)"""
    return u.case_id in intent.place_intents and _states_terms(intent, u, weights, intent.place_asks.get(u.case_id))


def _unanswered_own_asks(intent: QueryIntent, scored: list[Unit], weights: TermWeights | None) -> list[tuple[str, QueryIntent]]:
    """The places whose own question (`QueryIntent.place_intents`) asks a typed answer no sentence of that place on
    its ask holds ("余杭那次学位预警,花了多少钱?"), with that question. An untyped ask ("芦溪镇区学校卡在哪两个矛盾
    上?") is answered by the place's sentences on it; a typed one by a sentence holding its own type ("余杭…给多少学校
    亮了预警?" -> 40所学校): each question has its own answer type, which the whole question's (the last one's)
    misjudges for the others."""
    return [(cid, own) for cid, own in intent.place_intents.items() if own.answer_type in WHAT
            and not any(u.case_id == cid and _states_own_ask(intent, u, weights) and has_answer_type(own, u.text) for u in scored)]


def _typed_things(intent: QueryIntent, weights: TermWeights | None, clause: str | None) -> list[str]:
    """The things the clause asking the typed answer names ("…,打算结成多少对城乡共同体": 城乡, 共同体), when a
    sentence stating them all is on the subject whatever the clauses before it retell ("让城区初中去拉一把农村边远初中"):
    the asker's scene says what the answer is for, the asking clause what it is of. Its verbs (结成) are the asker's
    way of saying it; its things, a word no source writes among them (服务费), must all be stated. None ([]) when
    the question has one clause or the clause names too little to tell the subject."""
    if not clause or weights is None or len(_asks(normalize(intent.question))) < 2:
        return []
    # (the quantity asked, 比例 of "铺开到什么比例", is what the answer gives, no thing it is of; one thing alone is
    # too little to tell the subject)
    things = [t for t in intent.topic_terms if t in clause and t != intent.measure and not _is_verb(t, verbal_noun=True)]
    return things if 2 <= len(things) < len(intent.topic_terms) else []


def _states_all(intent: QueryIntent, u: Unit, weights: TermWeights | None, things: list[str]) -> bool:
    """Does the sentence state every one of the typed clause's things (`_typed_things`)?"""
    return bool(things) and weights is not None and coverage(intent, u.text, weights, things) >= FULL_COVERAGE


def _asks(text: str) -> list[str]:
    """The clauses of a question, each a candidate ask ("…多少对?按啥节奏搞交流?"; 、 joins asks too)."""
    return [c.strip() for c in re.split(r"[,,、;;??。]", text) if c.strip()]


def _typed_clause(intent: QueryIntent) -> str:
    """The clause of the question that asks its typed answer ("每次派多少人去考"), or "" when none is apart."""
    cue = cues.cue_of(intent.answer_type)
    clauses = _asks(intent.question)  # as the user wrote it: the gap note quotes it
    # (a clause that only states, "民办学校占比大", asks nothing: the asking clause holds a question word too)
    # (the sentences that ask come first: a statement before them, "县财政问我们…要花多少钱。", says why they ask)
    asking = _asks(asking_part(intent.question))
    return next((c for c in [*asking, *clauses] if cue is not None and cue.regex.search(c) and cues.QUESTION_WORD_RE.search(c)),
                "") if len(clauses) > 1 else ""


def _typed_ask(intent: QueryIntent) -> str | None:
    """The first clause of the normalised question that asks its typed answer (the type's cue and a question word,
    no condition: "要是哪所学校做不出成效" asks nothing), or None. Unlike `_typed_clause`, a one-clause question has one."""
    cue = cues.cue_of(intent.answer_type)
    return next((c for c in re.split(r"[,,;;。??!!]", normalize(intent.question)) if cue is not None
                 and cue.regex.search(c) and cues.QUESTION_WORD_RE.search(c) and not cues.CONDITION_RE.search(c)), None)


def asks_beside_type(intent: QueryIntent) -> bool:
    """Does the question ask something else beside its typed ask, in a clause of its own ("结成对子的学校一共有多少
    对?按啥节奏搞交流?")? Then a missing figure or date is one gap in an answer that can still give the rest: the
    answer says first which part the sources leave out (`Verdict.gap`), then quotes what they state."""
    return bool(beside_clauses(intent))


def beside_clauses(intent: QueryIntent) -> list[str]:
    """The clauses asking beside the typed ask (see `asks_beside_type`), normalised."""
    cue = cues.cue_of(intent.answer_type)
    if cue is None or intent.language != "zh":
        return []
    clauses = _asks(normalize(intent.question))
    # The other ask must be one the sources' sentences can answer in their own words (how, what for, at what pace):
    # another typed ask, a name or a place (谁, 叫什么, 在哪, 哪所), a list or a detail of each part (每项占多少分)
    # is a detail of its own, and a determiner (那几所…) asks nothing.
    return [c for c in clauses if cues.OTHER_QUESTION_WORD_RE.search(c) and not cue.regex.search(c) and not cues.EACH_PART_RE.search(c)
            and not cues.NAME_OR_PLACE_ASKED_RE.search(c)
            and answer_type(c) not in (*cues.TYPED_ANSWERS, "list", "yesno")]


def _count_missing(intent: QueryIntent) -> bool:
    """Is the missing typed ask a count (a number with its unit, not a span of time)? Its judgement is the surest
    (the unit is written beside the number); a missing name or span may be one the sources word otherwise, and the
    gap answer then still quotes the sentence. Only a missing count the question itself asks makes an unstated rest
    a reason to refuse."""
    # (judged by the clause asking it, another may ask a span; a question with no clause of its own asking it, a
    # follow-up whose type its history gave, "淄博也开现场会吗?拿来干啥用?", asks no count of its own)
    asked = normalize(_typed_clause(intent))
    return bool(asked) and intent.answer_type == "figure" and not cues.DURATION_ASKED_RE.search(asked) \
        and "多长" not in asked  # (多长的节奏 asks a span too)


def _rest_stated(intent: QueryIntent, units: list[Unit], weights: TermWeights | None) -> bool:
    """Do the best-judged sentences (the typed pool) state anything the asks beside the typed one ask about, by the
    words only those clauses write ("帮完了怎么算成绩": 成绩)? When none does, the answer has no rest to give beside its gap: every
    part asked is missing, and the question is one the sources do not answer. Clauses whose words are all the
    question's shared subject ask nothing the sentences could fail to state. Each clause asking beside is judged by
    itself: one whose thing no source names is not stated, nor one stated only by a clause of a sentence the asker's
    own scene retells; the rest is stated when one clause is."""
    typed = normalize(_typed_clause(intent))
    if weights is None:
        return True
    # (the kind a question word asks, "按啥节奏": the asker's word for the answer, which the sources word their own way;
    # a thing: the asker's own verb, "引着名师下乡", is a way of saying what the sources say their way)
    asked = kinds_asked(intent.question)
    clauses = [own for c in beside_clauses(intent) if (own := [t for t in intent.topic_terms if t in c and t not in typed])]
    if not clauses:
        return True
    # (a clause of a sentence that retells the scene, "把对初中学校质量监测情况作为…参考依据" for "亳州把初中质量监测情况
    # 当作…的参考", is what the asker already knows; another clause of it, "探索以慕课方式推送资源", may be the rest)
    parts = [c for u in units for c in re.split(r"[,,;;。]", u.text) if c.strip() and not _retold_scene(intent, c, weights)]
    return any(not any(_unmatched(t, intent, weights) and names_a_thing(t) and not any(k.startswith(t) for k in asked)
                       for t in own)  # a thing no source names, nor any equivalent of it ("路费补贴怎么算": 路费)
               and any(coverage(intent, c, weights, own) > 0 for c in parts)
               for own in clauses)


def _retold_scene(intent: QueryIntent, text: str, weights: TermWeights) -> bool:
    """Does the text state nearly all the words only the question's scene writes (`QueryIntent.situation`, the
    statement before the asking sentence), so that the question retells it?"""
    return bool(intent.situation) and coverage(intent, text, weights, intent.situation) >= NEARLY_ALL


def _position_named(intent: QueryIntent, outline: Callable[[str], CaseOutline] | None) -> bool:
    """Does the asked place's case name the position the question refers to, word for word ("走到第三阶段…" and
    "第三阶段,致力全域高位均衡")? Then the part exists and the question asks about what is in it: its position is
    no member to be listed."""
    phrase = members_phrase(intent.question)
    kind = re.sub(r"^第[一二两三四五六七八九十\d]+", "", phrase)
    if not phrase.startswith("第") or not kind or outline is None or not intent.places:
        return False
    # the case counts its parts of that kind from the first (第一阶段…第三阶段), so the position is one of its set,
    # not a stray ordinal (a law's 第六条)
    texts = ("".join(p.chunk.text for p in outline(cid).passages) for cid in intent.places)
    return all(phrase in text and f"第一{kind}" in text for text in texts)


def _asked_of_another(intent: QueryIntent, place_lead: Callable[[], float | None] | None) -> bool:
    """Is a broad question about one place clearly closer in meaning to another case's text than to the place's (by
    more than PLACE_MEANING_MARGIN: the other side is the closest of every other case, which favours it)? Then a name
    it writes that only another case writes (`foreign_names`) is that case's practice asked of this place ("余杭的
    名师片管校用是怎么推的?"), not a paraphrase that happens to borrow another case's words: when the place's own
    text is the closest, the words were a way of saying."""
    margin = _place_lead(intent, place_lead)
    return margin is not None and margin < -PLACE_MEANING_MARGIN


def _place_lead(intent: QueryIntent, place_lead: Callable[[], float | None] | None,
                types: tuple[str, ...] = ANCHORED_TYPES, english: bool = False) -> float | None:
    """The place's lead in meaning (`place_meaning`) for a question about one place of one of the answer `types`
    (broad ones unless told); None for any other question, and for an English one unless `english`: whether a
    broad English question asks another case's practice is judged by its glosses (meaning across languages is a
    noisier measure), while whether its words failed only because they are English is judged by meaning too."""
    if place_lead is None or (intent.language == "en" and not english) or len(intent.places) != 1 \
            or intent.answer_type not in types:
        return None
    return place_lead()


def foreign_names(intent: QueryIntent, cases_using: Callable[[str], set[str]],
                  kinds: tuple[str, ...] = THING_ASKED) -> list[str]:
    """A name another case writes word for word ("学生发展研究中心", "未来教育研究院") that a yes/no or figure question
    (or a question of the other `kinds` given: a broad one, when `_asked_of_another` holds; an English question of any
    kind, by its gloss compounds) asks of the named place, whose case writes no more than a two-character affix short of it (县管校聘 for
    县管校聘改革 is the same thing). Why: a name of several words is split into common words (学生, 发展, 研究, 中心)
    that every case uses, so neither the words nor a two-word compound show it belongs to another place; the longest
    runs of the question that another case writes verbatim do. A run is any stretch of the question; the affix
    tolerance is what keeps common phrases out (a place writes those too, or nearly). `cases_using` reads the
    corpus' n-gram postings: no case text is scanned."""
    asked = intent.places[0]
    if intent.language == "en":
        # An English question writes no Chinese run; the compounds its glosses make in the corpus' own writing
        # (`QueryIntent.phrases`: "future education research institute" -> 未来教育研究院) are its names, whatever
        # it asks of them.
        names = [p for p in intent.phrases if len(p) >= FOREIGN_NAME_CHARS and cases_using(p) - {asked}]
        names = [n for n in names if not any(n != m and n in m for m in names)]  # the longest, as runs are
    elif intent.answer_type not in kinds:
        return []
    else:
        # (the asker's own statement, "区里…学科带头人眼看断档。", says why they ask: nothing in it is asked of the place)
        q = normalize(intent.question)[intent.statement_end:]
        names = _verbatim_runs(q, lambda run: bool(cases_using(run) - {asked}), word_starts(q))
    out: list[str] = []
    for name in names:
        # a document may quote with 〃…〃 what another quotes “…” (〃十四五〃期间): the same name either way
        written = {name, re.sub(r"[“”]", "〃", name)}
        variants = (w[i:i + len(w) - FOREIGN_AFFIX] for w in written for i in range(FOREIGN_AFFIX + 1))
        if not any(asked in cases_using(v) for v in variants):
            out.append(name)
    return out


def _verbatim_runs(q: str, written: Callable[[str], bool], starts: frozenset[int] | None = None) -> list[str]:
    """The maximal runs of `q`, at least FOREIGN_NAME_CHARS long, that `written` finds in the texts. A run the texts
    do not write cannot grow into one they do, so each start stops at its first miss. With `starts` (`word_starts`),
    a run begins only where a word does: a name is whole words, and the tail of one word with the words after it
    ("哪几方面推进义务教育" -> 面推进义务教育, which 全面推进义务教育 contains) names nothing."""
    runs: list[str] = []
    for i in range(len(q) - FOREIGN_NAME_CHARS + 1):
        if starts is not None and i not in starts:
            continue
        end = 0
        for e in range(i + FOREIGN_NAME_CHARS, len(q) + 1):
            if not written(q[i:e]):
                break
            end = e
        if end and not any(q[i:end] in r for r in runs):
            runs.append(q[i:end])
    return [r for r in runs if not any(r != o and r in o for o in runs)]


def foreign_terms(intent: QueryIntent, case: CaseOutline, weights: TermWeights) -> list[str]:
    """Names in the question (specific words, used in at most SPECIFIC_DF passages of the corpus) that the named
    place's case never uses, nor their curated equivalents, though other cases do: "芦溪…买没买意外保险" asks of 芦溪 a
    fact the corpus states of 定西."""
    text = "".join(p.chunk.heading + p.chunk.text for p in case.passages)  # headings are the case's words too
    specific = math.log(1 + (weights.n - SPECIFIC_DF + 0.5) / (SPECIFIC_DF + 0.5))
    # a name is literal: loose thesaurus neighbours (带头人) are not it, curated equivalents are
    # (a word only the scene before the asking sentence writes, `QueryIntent.situation`, says why they ask, "We keep
    # getting complaints about poor boarding conditions…": it names nothing asked of the place)
    # (nor does a word only a clause of what is averted writes, "为了不让…变成教育部门唱独角戏": the asker names what the
    # measure keeps from happening, which the case need not name)
    rest = normalize(intent.question)
    spans = [m.span(1) for m in cues.AVERTED_CLAUSE_RE.finditer(rest)]
    averted = "".join(rest[a:b] for a, b in spans)
    for a, b in reversed(spans):
        rest = rest[:a] + " " + rest[b:]
    names = [(t, [t, *intent.equivalents.get(t, [])]) for t in intent.topic_terms if t not in intent.situation
             and not (t in averted and t not in rest)]
    # a term ending in another term the question asks names that thing with a verb before it (开现场会: 现场会); a
    # longer modifier (名师乡村工作室) makes another thing
    # (so does one whose rest the corpus writes as a word of its own: 开现场会 -> 现场会, which a case may write in
    # full, 现场推进会)
    names = [(t, forms + [o for o in intent.topic_terms if o != t and len(o) >= 3 and t.endswith(o)
                          and len(t) - len(o) <= 2 and _is_verb(t[:-len(o)], verbal_noun=True)]
              + ([t[1:]] if len(t) >= 4 and _is_verb(t[0], verbal_noun=True) and not weights.unknown(t[1:]) else []))
             for t, forms in names]
    # a compound the question makes of two words is missing only when its head (the last word: the kind of thing,
    # 补助 of 生活补助) and the head's thesaurus synonyms are missing too; the case may word the whole differently
    # (义务教育均衡 / 义务教育优质均衡, 强强联手 / 强强联合). Only a question whether the place has the thing, or how
    # much of it, is about the thing itself; one asking how something was done may paraphrase with another case's
    # compound (校长后备人选 for 储备人才)
    # a name opening with a word nearly every passage writes (教育部门: 教育) is its head said generally (部门层面)
    names = [(t, forms + ([head] if (head := _general_head(t, weights)) else [])) for t, forms in names]
    # a broad question (how, what measures) may name the part it asks with another case's compound of two words
    # (队伍素质 for the plan's 师资素质优化行动): the compound's head (素质), when the place writes it, names it too;
    # not a compound naming the members asked ("哪几所民办学校") or a document (实施方案), things asked themselves
    if intent.answer_type in BROAD_TYPES:
        members = member_kind(intent.question)
        names = [(t, forms + ([t[2:]] if len(t) == 4 and not weights.unknown(t[:2]) and not weights.unknown(t[2:])
                              and t != members and not cues.DOCUMENT_WORD_RE.fullmatch(t[2:]) else []))
                 for t, forms in names]
    if intent.answer_type in THING_ASKED:
        # (the compound's curated equivalents name it too: 家校共育 is 家校协同育人)
        names += [(a + b, [a + b, b, *synonyms(b, limit=1000), *equivalents(a + b)]) for a, b in _compounds(intent, weights)]
    else:
        # an organisation's name the question writes as the sources do (中国 + 美院 -> 中国美院) is a name whatever is
        # asked: a partner or a body is no way of saying something another case words differently
        names += [(a + b, [a + b, *equivalents(a + b)]) for a, b in _compounds(intent, weights)
                  if cues.ORG_SUFFIX_RE.fullmatch(a + b)]
    out = []
    for t, forms in names:
        # a name: a long compound (意外保险) or a phrase the question quotes (“领头雁+群雁飞”); short words are worded
        # differently from case to case too often to tell a place by them
        # (a yes/no question asks whether the place has that very thing, "有没有请第三方做过评估": a three-character
        # name of it is the thing, not a way of saying it)
        named = len(t) >= NAME_CHARS or (intent.answer_type == "yesno" and len(t) >= NAME_CHARS - 1 and t in asking_part(intent.question)) \
            or any(q in t or t in q for q in cues.quoted_phrases(intent.question) if len(q) >= 2)
        if not named or weights.unknown(t) or weights.idf(t) < specific:
            continue
        # (an English question names a thing by a phrase its words translate to as one, `QueryIntent.phrases`,
        # "accident insurance" -> 意外保险; one word's long gloss, "poor" -> 贫困地区, is the dictionary's guess)
        if intent.language == "en" and t not in intent.phrases:
            continue
        if not any(f in text or abbreviated_in(f, text) for f in forms) and not coordinated_in(t, intent.terms, text):
            out.append(t)
    return out


def _general_head(term: str, weights: TermWeights) -> str:
    """The head of a compound whose first word nearly every passage writes (教育 of 教育部门, idf below
    GENERAL_IDF): such a modifier tells no case's thing from another's, so the head alone (部门) names it. "" when the
    term is no such compound (组团式帮扶: 组团式 is specific)."""
    return next((term[k:] for k in range(2, len(term) - 1) if not weights.unknown(term[:k])
                 and not weights.unknown(term[k:]) and weights.idf(term[:k]) < GENERAL_IDF), "") if len(term) >= 4 else ""


def _compounds(intent: QueryIntent, weights: TermWeights) -> list[tuple[str, str]]:
    """Neighbouring topic words the question writes together as one word the corpus uses (生活 + 补助 -> 生活补助): the
    question names that thing as the sources do, as it would with one long word."""
    question = normalize(intent.question)
    pairs = zip(intent.topic_terms, intent.topic_terms[1:])
    return [(a, b) for a, b in pairs if a + b in question and a + b not in intent.topic_terms and not weights.unknown(a + b)]


def parts_listed(part: str, intent: QueryIntent, units: list[Unit], outline: Callable[[str], CaseOutline] | None) -> int:
    """The most parts of the asked kind one list names (初步发展阶段、非均衡发展阶段… for 阶段): an enumeration in a
    sentence on the subject, or a list of the case's own structure whose items name the kind; of a whole document
    asked divided ("那篇文章分几层论证的", `cues.DOCUMENT_DIVIDED_RE`), its own top-level sections, whatever it calls
    them."""
    # (or whose closing noun is the kind: "覆盖课前、课中、课后各环节" lists three 环节)
    best = max((len(lst.items) if re.match(r"(?:等|各)?(?:[一二两三四五六七八九十\d]+个?)?" + re.escape(part), lst.closing(u.text))
                else sum(part in i for i in lst.items) for u in units for lst in inline_lists(u.text)), default=0)
    for cid in (intent.places if outline is not None else []):
        for _, group in outline(cid).groups():
            best = max(best, sum(part in item_name(m.label or m.unit.head) for m in group))
    if intent.sums_up and len(intent.places) == 1 and outline is not None \
            and cues.DOCUMENT_DIVIDED_RE.search(asking_part(intent.question)):
        best = max(best, len(top_sections(outline(intent.places[0]))))
    return best


def _joint_issuers_asked(intent: QueryIntent, pool: list[Unit]) -> bool:
    """Are the bodies that issued a document asked (哪些部门联合发的) and does a sentence on the subject designate them
    as the sources do, by the lead issuer and their number (`cues.JOINT_ISSUERS_RE`: 教育部等五部门发布)? That
    designation answers: it is how joint issuers are named."""
    if member_kind(intent.question) not in cues.ISSUING_BODY_KINDS:
        return False
    q = normalize(intent.question)
    if cues.EXCLUDING_RE.search(q):
        return False  # the others are asked: the designation names only the lead one
    on_subject = [u for u in pool[:TYPED_POOL] if not intent.topic_terms or u.coverage > 0]
    return any((m := cues.JOINT_ISSUERS_RE.search(normalize(u.text))) and m.group("lead")[-3:] not in q for u in on_subject)


MIN_NAMES = 2  # members a sentence names one by one for it to give a name list
COUNTED_AFTER_RE = re.compile(r"\s*[\d.]+\s*(?:余|多)?\s*[" + ITEM_COUNT_CLASSIFIERS + "]")  # "基地校44所": a count after the item


def names_given(text: str, question: str) -> int:
    """How many members the text names one by one: an enumeration's items that are not counts ("优质基地校44所"
    counts a set, names none of it), or the organisations it names that the question does not, other than bodies
    that act on the set (市教育局 issuing the commendation is no member of it)."""
    def named(lst: InlineList, item: str) -> bool:
        at = text.find(item, lst.start)
        return at >= 0 and not COUNTED_AFTER_RE.match(text, at + len(item))

    listed = max((sum(named(lst, i) for i in lst.items) for lst in inline_lists(text)), default=0)
    return max(listed, len([o for o in org_names(text) if o not in question and not cues.AUTHORITY_RE.search(o)]))


def _wording_counted(intent: QueryIntent) -> bool:
    """Does a wording question count the characters asked ("哪四个字", not "哪几个字")?"""
    m = cues.WORDING_RE.search(intent.question) if intent.answer_type == "wording" else None
    return bool(m) and m.group(1) != "几"


def members_listed(intent: QueryIntent, pool: list[Unit], weights: TermWeights | None,
                   outline: Callable[[str], CaseOutline] | None) -> int:
    """The most members of one set the sources name on the question's subject: an enumeration in one of the best
    sentences, or a list in the case's own structure (numbered items, headings) introduced by words on the subject."""
    on_subject = [u for u in pool[:TYPED_POOL] if not intent.topic_terms or u.coverage > 0]  # the subject was checked
    kind = member_kind(intent.question)
    best = max((members_named(u.text, intent.question, kind) for u in on_subject), default=0)
    # The case's own lists: the one introduced by words on the subject, preferring one whose introduction states
    # the size the question states ("以下六项主要内容" for "六项合作内容"); the paragraph before a list introduces it.
    sizes = set_sizes(intent.question) + set_name(intent.question)
    chosen: tuple[float, int] | None = None
    cases = list(dict.fromkeys(intent.places or [u.case_id for u in pool[:TYPED_POOL]]))
    for cid in cases if outline is not None else []:
        case = outline(cid)
        for context, group in case.groups():
            intro = context + case.introduction(group)
            about = intro + "".join(m.label or m.unit.head for m in group)
            fit = coverage(intent, about, weights) if intent.topic_terms else 1.0
            # what introduces it states the size or name the question states (the size with the kind, in any
            # classifier: "三点问题" for "哪三个问题")
            stated = any(s in intro for s in sizes) or size_of_kind_stated(intro, intent.question, kind)
            if fit < MIN_UNIT_COVERAGE and not (stated and fit > 0):
                continue
            names = [item_name(m.label or m.unit.head) for m in group]
            if kind in PART_KINDS - ITEM_KINDS and not lists_kind(intro, names, kind):
                continue  # a list of other things on the subject names none of its parts
            named = sum(is_member(n, kind, intent.question) for n in names)
            key = (stated + fit, named)
            chosen = max(chosen or key, key)
    if chosen and chosen[0] >= 1:  # a list the question names by its size or name: that list decides
        return chosen[1]
    # the parts of a whole document ("通篇是按哪三方面铺开的") are its own top-level sections
    whole = len(top_sections(outline(intent.places[0]))) if intent.sums_up and len(intent.places) == 1 and outline else 0
    # parts named by their ordinals, each opening its own sentence ("第一阶段,…" … "第三阶段,…"), are listed too
    # (the kind is the noun the question counts: 阶段 of 三个阶段)
    counted = kind or re.sub(r"^[\d一二两三四五六七八九十百]+个?", "", members_phrase(intent.question))[:2]
    ordinals = {m.group(1) for u in pool for m in re.finditer(f"第([一二三四五六七八九十]+){re.escape(counted)}", u.text)} \
        if len(counted) >= 2 else set()
    return max(best, chosen[1] if chosen else 0, whole, len(ordinals))


def _ranked_on_subject(pool: list[Unit], topic: list[str]) -> list[Unit]:
    """The best sentences on the subject, where a rank or an instance asked must be stated; when none reaches the
    coverage (a follow-up's words carried over dilute it), the best sentences, which passed the subject test."""
    return [u for u in pool if not topic or u.coverage >= MIN_UNIT_COVERAGE][:TYPED_POOL] or pool[:TYPED_POOL]


def joint_coverage(intent: QueryIntent, units: list[Unit], weights: TermWeights | None, by_meaning: bool) -> float:
    """IDF-weighted share of topic terms stated somewhere in the best sentences (a synonym counts).

    A word the corpus never uses (no synonym either) is no evidence either way: it is a colloquialism or an
    off-corpus topic. When the passages are close in meaning (`by_meaning`), such words are left out; otherwise
    they count as not stated.
    """
    from .sentences import _bigram_hit

    text = normalize("".join(u.text for u in units))
    total = got = 0.0
    for t in intent.topic_terms:
        credit = 1.0 if t in text or coordinated_in(t, intent.topic_terms, text) else EQUIVALENT_WEIGHT if any(s in text for s in intent.equivalents.get(t, ())) \
            else SYNONYM_WEIGHT if any(s in text for s in intent.expansions.get(t, ())) else 0.5 if _bigram_hit(t, text) else 0.0
        unknown = weights is not None and weights.unknown(t)
        if unknown and by_meaning and not credit:
            continue
        w = (math.sqrt(weights.idf(t)) if weights is not None else 1.0) * intent.term_weight(t)  # rarer words weigh more, but not decisively
        total += w
        got += w * credit
    return got / total if total else 1.0


# An option saying one is done for each of a thing ("每个共同体也得单独写", "一个县写一份")
ONE_EACH_OPTION_RE = re.compile(r"(?:每|一)个?[一-龥]{1,4}[^,,]{0,6}?(?:单独|一份|各自|分别|自己)")
# A distributive set phrase: one of something for each of a thing ("一县一案", "一共同体一案", "一校一策"); group 1 the thing
DISTRIBUTIVE_PHRASE_RE = re.compile(r"一([一-龥]{1,3}?)一[一-龥]")


def _alternative_stated(intent: QueryIntent, options: list[str], pool: list[Unit], weights: TermWeights) -> bool | None:
    """Does some sentence state one of `options` (the question's alternative): every one of the option's topic words
    the corpus uses, whole, in that sentence (a synonym counts; a part of the word does not)? None when there is no
    alternative, or an option has no word the corpus uses: an option said in the asker's own words may be stated in
    other words, so nothing follows."""
    if options and intent.options:
        # names offered doing one thing ("是市政府牵头开的还是市教育局牵头开的?"): the name is the option, whatever
        # verb the sources give it ("市政府分管领导…组织召开"), so each is looked for whole, without the shared doing
        tail = len(os.path.commonprefix([o[::-1] for o in options]))
        names = [o[:len(o) - tail] for o in options if len(o) - tail >= 2]
        if len(names) == len(options):
            return any(n in normalize(u.text) for n in names for u in pool)
    if options and all(cues.PERIOD_OPTION_RE.fullmatch(o) for o in options):
        # how often, offered as options ("这个论坛是一年一届还是两年一次?"): a sentence stating how often ("每季度…一次";
        # "定期" states none) answers when it names every word of the clause offering them (论坛; a short name,
        # 现场会, in its full form too: 现场推进会)
        clauses = asking_clauses(intent.question)
        at = next((i for i, c in enumerate(clauses) if options[0] in c), 0)
        asked = [t for t in intent.topic_terms if t in clauses[at] and not any(t in o for o in options)] if clauses else []
        if not asked and at:
            # a clause that is only the options ("…发交通补助,是按月发放还是按学期发放?") is said of the thing the clause
            # before it ends with (交通补助): what is paid, held or done that often
            asked = _closing_phrase(clauses[at - 1], intent.topic_terms)
        return any(cues.PERIOD_STATED_RE.search(t := normalize(u.text)) and
                   all(any(w in t or abbreviated_in(w, t) for w in (a, *intent.expansions.get(a, ()), *intent.equivalents.get(a, ())))
                       for a in asked)
                   for u in pool)
    if options and any(ONE_EACH_OPTION_RE.search(o) for o in options):
        # how many a thing is done for, offered as options ("是一个县写一份就行,还是每个共同体也得单独写?"): the sources'
        # distributive set phrases (“一县一案”“一共同体一案”: one for each of a thing) state one for each thing they
        # name, which an option names after 每个/一个
        each = {m.group(1) for u in pool for m in DISTRIBUTIVE_PHRASE_RE.finditer(normalize(u.text))}
        if any(re.search(r"(?:每|一)个?" + re.escape(x), o) for o in options for x in each):
            return True
    if options and all(_unheard_option(o, intent, weights) for o in options):
        return False

    # The option is stated of the thing it is offered for: the sentence naming it states what the question says
    # before the options (half of it, as `_stated_before` asks), not something else (财政 of another fund, 统一 of
    # another purchase: "余杭要设教师培训专项资金,这笔钱是区财政拨还是教育局自筹?")
    at = intent.question.find(options[0]) if options else -1
    subject = [t for t in intent.topic_terms if t in intent.question[:max(at, 0)] and not any(t in o for o in options)
               and t not in cues.GENERIC_TERMS]

    def of_subject(u: Unit) -> bool:
        return not subject or coverage(intent, u.text, weights, subject) >= GRANTED_STATED

    own = _telling_words(options, intent, weights)
    if own is not None:
        # each option stated by what tells it from the other, the doer and the doing alike ("区县教育局指定的" /
        # "成员学校推选的": 区县 教育局 指定 / 成员 学校 推选), all in one sentence: a sentence naming 教育局 for
        # something else does not say the bureau chose
        return any(all(_says(intent, t, normalize(u.text)) for t in ws) and of_subject(u) for ws in own for u in pool)
    words = [[t for t in intent.topic_terms if t in o and not weights.unknown(t)] for o in options]
    if not options or not all(words):
        return None
    return any(all(_says(intent, t, normalize(u.text)) for t in ws) and of_subject(u) for ws in words for u in pool)


def _closing_phrase(clause: str, terms: list[str]) -> list[str]:
    """The topic words of the noun phrase a clause ends with: the last term and those written right before it
    ("…流动校干教师发交通补助" -> 交通, 补助)."""
    placed = sorted((clause.rfind(t), t) for t in terms if t in clause)
    if not placed:
        return []
    run = [placed[-1]]
    for at, t in reversed(placed[:-1]):
        if at + len(t) != run[0][0]:
            break
        run.insert(0, (at, t))
    return [t for _, t in run]


def _telling_words(options: list[str], intent: QueryIntent, weights: TermWeights) -> list[list[str]] | None:
    """The words telling each option from the other: its words of two characters or more (segmentation's) that the
    other option lacks, past what the question grants before them, neither function nor generic words. None when
    they cannot be judged by their letters: an option with no such word (按月发 / 按季度发 differ in a letter), an
    open one (还是哪种), one holding an idiom or a quality (走走过场, 轻了), a judgment asked of the source (…觉得…
    算坏事还是好事: the asker's way of saying what a text says plainly), or options none of whose telling words the
    corpus writes (asker's words throughout, left to `_unheard_option`). A thing or manner the corpus never writes is
    no telling word; a doing it never writes is one."""
    import jieba.posseg as pseg

    from .text import _jieba

    _jieba()
    granted = intent.question[:max(intent.question.find(options[0]), 0)]
    if any(cues.OTHER_QUESTION_WORD_RE.search(o) for o in options):
        return None  # an open option ("还是哪种缺法", "还是跟哪家协会合作") asks which: any statement may answer it
    if cues.JUDGED_AS_RE.search("".join(options)) or \
            any(len(w) >= 2 and listed_among(w, cues.JUDGEMENT_CLASSES) for w in _jieba().cut(granted)):
        return None  # the source's judgment asked ("…觉得,…算坏事还是好事?"): a text judges in its own words
    # a place's name is one word however segmentation cuts it (谯城: 谯 / 城)
    cut = [[(w, f) for w, f in pseg.cut(o) if len(w) >= 2 and w not in granted and w not in cues.OPTION_FILLERS] +
           [(p, "ns") for p in division_names_in(o) if p not in granted] for o in options]
    if any(f[:1] in ("l", "i", "a") or f in ("ad", "an") for ws in cut for _, f in ws):
        return None
    own = [[(w, f) for w, f in ws if not any(w == x for x, _ in other)] for ws, other in zip(cut, reversed(cut))] \
        if len(options) == 2 else cut
    if all(weights.unknown(w) for ws in own for w, _ in ws):
        return None
    # a thing or manner the corpus never writes is the asker's word for what a text says otherwise (在县区轮流开:
    # "每个季度在一个县区召开"); a doing it never writes (推选, 自筹) is a doing no sentence states, and so is a place
    # it never names (谯城, 涡阳): a proper name has no other wording
    own = [[w for w, f in ws if not weights.unknown(w) or f[:1] == "v" or f == "ns"] for ws in own]
    return own if all(own) else None


def _stated_before(intent: QueryIntent, pool: list[Unit], weights: TermWeights) -> bool:
    """Do the place's best sentences state what the question grants before its last clause (half its words or more, in
    one sentence)? Then the last clause's words are an addition to a stated fact, not the asker's rewording of it."""
    granted = [t for t in intent.topic_terms if t in "".join(asking_clauses(intent.question)[:-1])]
    return bool(granted) and any(coverage(intent, u.text, weights, granted) >= GRANTED_STATED for u in pool[:ADDED_POOL])


def _glossed_in_question(term: str, intent: QueryIntent, weights: TermWeights) -> bool:
    """Does another word of the question, one the corpus writes, share a character with the term ("由老教师当师傅带徒弟"
    beside 师徒结对)? Then the question glosses the thing in the sources' words, and its own word is a paraphrase."""
    return any(o != term and not weights.unknown(o) and set(o) & set(term) for o in intent.topic_terms)


def _unheard_option(option: str, intent: QueryIntent, weights: TermWeights) -> bool:
    """Is an option named only in words the corpus never writes, in no synonym either ("是考笔试还是面试?",
    "打热线电话还是到窗口去?")? Then no sentence states it, in any wording. Its words are the question's topic words
    in it, else the words segmentation gives it (按月发: 按月). An idiom or set phrase (走走过场, 一口气) is a
    metaphor, the asker's way of saying what a text says plainly, so an option holding one is not unheard."""
    import jieba.posseg as pseg

    from .text import _jieba

    # what the question grants before its options (共同体 in "给共同体安排经费,…按每个共同体定额拨") and generic words
    # (学校) tell no option apart
    granted = intent.question[:max(intent.question.find(option), 0)]
    words = [t for t in intent.topic_terms if t in option and t not in granted and t not in cues.GENERIC_TERMS] or \
        [w for w in _jieba().cut(option) if len(w) >= 2 and w not in granted]
    if not words:
        return False
    for w in words:
        if not weights.unknown(w) or intent.equivalents.get(w) or \
                (intent.expansions[w] if w in intent.expansions else synonyms(w, weights.vocabulary.keys())):
            return False
        if any(flag[:1] in ("l", "i") for _, flag in pseg.cut(w)):
            return False
    return True


def _says(intent: QueryIntent, term: str, text: str) -> bool:
    """Does the text write the term or one of its synonyms or equivalents, whole (教育局 is not said by 教育)?"""
    return any(w in text for w in (term, *intent.expansions.get(term, ()), *intent.equivalents.get(term, ())))


def _rest_stated_together(intent: QueryIntent, strange: list[str], scored: list[Unit], weights: TermWeights) -> bool:
    """Is what the question asks about stated by one of the best sentences, so that the words no source writes are
    the asker's for a detail of it, not a subject the cases lack (coverage and the answer type judge it then)?
    - the sentence states nearly all the question's words (NEARLY_ALL of them by `coverage`: a strange word counts
      only by the loose credit its characters get there, 专家组 beside 项目组专家):
      "给每个老师建信用档案,师德考核搞负面清单,失信了要惩戒" beside "推行师德考核负面清单制度,建立教师个人信用记录";
    - the strange word is one item of a list the question names, whose other items (two at least) the sentence
      writes: "把人事、经费、装备和课程上的自主权" beside "人员、经费、设备、课程等方面的自主权"."""
    asked = [t for t in intent.topic_terms if t not in intent.situation]
    items = [i for lst in inline_lists(normalize(intent.question)) if any(s in "".join(lst.items) for s in strange)
             for i in lst.items if not any(s in i for s in strange)]

    def written(item: str, text: str) -> bool:
        return any(_says(intent, w, text) for w in [t for t in asked if t in item] or [item])

    # (one word no source writes, outside the clause that asks, beside IDENTIFYING_WORDS words of the question, none
    # generic nor quoted, that one sentence states word for word, and nearly all the rest: "关心孩子身心时…青少年健康
    # 护航工程" beside "发挥青少年健康〃护航〃工程…关注初中学生心理健康": so many of its own words name the subject, the
    # strange one is how the asker puts it)
    rest = [t for t in asked if t not in strange]
    # (not words the question quotes from the sources, “政府主导、社会参与…”: pointing at a passage, they say nothing
    # of whether it covers the strange thing asked of it, 供应商)
    quoted = "".join(cues.quoted_phrases(intent.question))
    own = [t for t in rest if t not in cues.GENERIC_TERMS and t not in quoted]
    # (nor when the clause that asks writes the strange word: "…最后择优选中的资源供应商有哪几家?" asks for 供应商 itself)
    asked_clause = (asking_clauses(intent.question) or [""])[-1]
    for u in scored[:TYPED_POOL]:
        if asked and coverage(intent, u.text, weights, asked) >= NEARLY_ALL:
            return True
        if len(strange) == 1 and strange[0] not in asked_clause and len(own) >= IDENTIFYING_WORDS \
                and coverage(intent, u.text, weights, rest) >= NEARLY_ALL \
                and sum(coverage(intent, u.text, weights, [t]) >= 1.0 for t in own) >= IDENTIFYING_WORDS:
            return True
        if len(items) >= 2 and all(written(i, normalize(u.text)) for i in items):
            return True
    return False


def _unmatched(term: str, intent: QueryIntent, weights: TermWeights, loose: bool = False) -> bool:
    """A word neither the corpus nor any of its synonyms or equivalents in the corpus uses; with `loose`, a word the
    corpus does not use and no curated equivalent matches (its thesaurus neighbours are not counted)."""
    return weights.unknown(term) and not intent.equivalents.get(term) and \
        (loose or not intent.expansions.get(term) or term in intent.relayed)


def _a_new_word(term: str, weights: TermWeights) -> bool:
    """Is the word one word of its own (the segmenter's dictionary lists it: 教代会), not a fragment segmentation
    guessed (娃想, 校能) nor two words the corpus uses run together (学术交流, 校园文化, 作业量, 转成)? Of a word of
    two characters the tagger keeps whole (公章, not 转成: 转 + 成), a character is a word the corpus uses only when
    its index keeps it as one (成, not 公 or 章): every character occurs somewhere, so occurring proves nothing."""
    import jieba.posseg as pseg

    from .text import _jieba

    _jieba()
    whole = len(term) == 2 and len(list(pseg.cut(term))) == 1

    def used(piece: str) -> bool:
        return piece in weights.vocabulary if whole else not weights.unknown(piece)

    return bool(_jieba().dt.FREQ.get(term)) and \
        not any(used(term[:i]) and used(term[i:]) for i in range(1, len(term)))


def _of_known_words(term: str, weights: TermWeights) -> bool:
    """Is the word a verb and its object, both words the corpus uses (培养人才: 培养 + 人才, written 人才培养 there;
    评职称: 评 + 职称, a one-character verb before an object of two or more)? Then it is a way of saying what the
    corpus says; a compound of nouns (国家标准) may name a new thing."""
    import jieba.posseg as pseg

    from .text import _jieba

    _jieba()
    return any(not weights.unknown(term[:i]) and not weights.unknown(term[i:]) and
               next(iter(pseg.cut(term[:i]))).flag.startswith("v") for i in range(1 if len(term) >= 3 else 2, len(term) - 1))


def _spoken_form_of_known_root(term: str, weights: TermWeights) -> bool:
    """Is the word a spoken noun, a root and a noun suffix (牌子, 法子), or a body or place and the localizer 里 (局里,
    县里: the bureau, the county, as their staff say it), whose root the corpus writes (挂牌, 教育局)? Then the thing is
    one the sources speak of in written words, not a thing they never cover."""
    return len(term) == 2 and term[-1] in cues.SPOKEN_NOUN_SUFFIXES + cues.LOCALIZER and not weights.unknown(term[0])


def needed_for(intent: QueryIntent, en: bool) -> float:
    """The share of the subject the best sentences must state: a comparison, a question across places or a translated
    question needs only the aspect's gist (each place words it its own way; translations carry dictionary noise)."""
    if en:
        return EN_ASPECT_COVERAGE
    return MIN_ASPECT_COVERAGE if intent.comparative or intent.across else MIN_TOPIC_COVERAGE


def _quotes_what_is_written(intent: QueryIntent, pool: list[Unit]) -> bool:
    """Does a list or an overview naming no place (asked of the whole library) quote, in the sentence that asks, a
    word the best sentences write ("哪几家把“未来”俩字直接写进了要建的机构里")? The quote says what must be written:
    the sentences writing it are on the subject, whatever the asker's other words (局里, 直接) are."""
    if intent.answer_type not in ("list", "overview") or intent.places:
        return False
    quoted = [q for q in cues.quoted_phrases(normalize(asking_part(intent.question))) if len(q) >= 2]
    return any(q in normalize(u.text) for q in quoted for u in pool[:TYPED_POOL])


def _names_a_part(intent: QueryIntent, pool: list[Unit], weights: TermWeights | None,
                  outline: Callable[[str], CaseOutline] | None, needed: float) -> bool:
    """Does the question write the whole name of a part of the one case it names ("讲重点举措与成效那部分")? Then the
    words that name states are stated; the question's other words (not structure words) must still be found."""
    if len(intent.places) != 1 or outline is None:
        return False
    case = outline(intent.places[0])
    parts = case.named_in(intent.question)
    # (the words of the asker's own scene before the sentence that asks, "市里让我总结跨县协作的经验。", say why they
    # ask: the part the asking sentence names is what is asked)
    asked = asking_part(intent.question)
    own = [t for t in intent.topic_terms if t in asked] if case.named_in(asked) else intent.topic_terms
    beyond = [t for t in own if t not in GENERIC_KINDS and not listed_among(t, cues.SUMMING_UP_CLASSES)
              and not any(t in item_name(m.label or m.unit.head) for m in parts)]
    return bool(parts) and (not beyond or joint_coverage(replace(intent, terms=beyond), pool[:6], weights, False) >= needed)


def _anchored_by_meaning(intent: QueryIntent, place_lead: Callable[[], float | None] | None,
                         cases_using: Callable[[str], set[str]] | None) -> bool:
    """A question about one place (what it did, its measures, their parts, a fact of them; not whether or how much
    of a thing it has, MEANING_ANCHORED, except an English figure question, below), worded so that its words fail:
    is the place's text as close to what is asked as any other case's, within PLACE_MEANING_MARGIN? Then the place
    anchors the subject and the asker's words are a way of saying it (下的力气, 分了哪几摊). A name the question quotes (“管办助评”, 《养成教育指导纲要》) is
    a thing, not a way of saying: the place's text must write it. An English question's glosses miss the asker's
    words as a colloquial question's letters do ("ran the proceedings" for 主持), so it is anchored the same way
    (sixteenth session, all 265 English items of the gold sets and the 24 English unanswerables: false refusals 15
    -> 8, the 24 unchanged, 8 abstain; the same for a margin of 0.02 to 0.06)."""
    # (a word quoted in the asker's own scene before the asking sentence, "区人大常委会点名要听教育“欠账”。", is their
    # wording, not a name the question asks of the place)
    names = [[q] for q in cues.quoted_phrases(asking_part(intent.question))] + [
        cues.document_name_forms(n) for n in cues.document_names(intent.question)]
    if names and (cases_using is None or len(intent.places) != 1
                  or any(not any(intent.places[0] in cases_using(f) for f in forms) for forms in names)):
        return False
    # An English figure question is anchored too: its glosses fail as words do ("head count" -> 统计), and the number
    # it wants is still checked in the sentences on the subject (`missing_type`); a Chinese one asks how much of a thing
    # its words name, and those words must be found.
    types = (*MEANING_ANCHORED, "figure") if intent.language == "en" else MEANING_ANCHORED
    margin = _place_lead(intent, place_lead, types, english=True)
    return margin is not None and margin >= -PLACE_MEANING_MARGIN


def _case_by_meaning(intent: QueryIntent, case_lead: Callable[[], tuple[str, float, float] | None] | None) -> str:
    """The case a Chinese question naming no place, worded so that its words fail, is about by meaning: the one whose
    closest sentence is close in absolute terms (CASE_MEANING_MIN) and clearly closer than any other case's
    (CASE_MEANING_LEAD); "" when there is none, or for a follow-up (it asks about what was said before) or an English
    question (its words are glosses; the cross-language cosines are on another scale)."""
    if case_lead is None or intent.places or intent.followup or intent.language == "en":
        return ""
    found = case_lead()
    if found is None:
        return ""
    case, closeness, ahead = found
    # A question asking which places did a thing ("哪些地方把…写进了考核?", "有没有哪个区…?") may be answered by
    # several cases at once, so no case need lead the others: the closeness alone says some case states it (the
    # 35 place-less questions across places of the spent sets whose words failed were all answerable; none of
    # the unanswerable ones reaches this point)
    return case if closeness >= CASE_MEANING_MIN and (ahead >= CASE_MEANING_LEAD or intent.across) else ""


def names_a_thing(term: str) -> bool:
    """Does the word name a thing (a noun, a verbal noun or a name), not a way of saying something (碰上, 来讲)?
    Place names are left to the place rules."""
    import jieba.posseg as pseg

    from .text import _jieba

    _jieba()
    if cues.ASPECT_PHRASE_RE.search(term):
        return False  # 开了个, 搞了: a verb with its aspect particle, which segmentation may list as one noun
    if len(term) >= cues.IDIOM_CHARS and listed_only_among(term, cues.NOT_A_THING_CLASSES):
        return False  # 做文章 (an activity), 下功夫 (a feature): an idiom the thesaurus lists, tagged a noun by segmentation
    return any((flag[:1] == "n" and flag != "ns") or flag == "vn" for _, flag in pseg.cut(term))


def _covered(names: list[str]) -> str:
    return f"目前收录的案例包括:{'、'.join(names)}。" if names else ""


def _msg(en: bool, zh: str, english: str) -> str:
    return english if en else zh
