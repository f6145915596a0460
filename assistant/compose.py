"""Offline answers shaped by the kind of question: the answer first, every quoted sentence cited.

- fact / figure / date / person / organisation / yes-no: the sentence holding the answer first, context after;
- list: a lead sentence naming every item, then one bullet per item with the sentence that explains it;
- overview / method: the case's key measures as bullets (from its outline), each head with its concrete sentence;
- comparison: a table, one row per place, then what differs (only terms the quotes contain);
- which place: one bullet per place that states it.
Quotes are verbatim source spans (`Unit.display` applies only the documented display normalisation).
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from index.clean import normalize
from index.schema import Chunk

from . import cues
from .cues import METHOD_KINDS, WAY_KINDS, ASKER_EXAMPLES_RE, ANSWER_ORDER, DECLARED_KIND_RE, CONTINUE_RE, PERSON_ENDING_RE, ROLE_KINDS, DRILL_IN_RE, EXCLUDING_RE, FRAME_ASKED_RE, DIVISION_ASKED_RE, DIVIDED_INTO_RE, FRAMING_SECTIONS_RE, GENERIC_KINDS, INTRODUCER_RE, ORDINAL_RE, TYPED_ANSWERS, quoted_phrases
from .enumerations import (InlineList, asked_count, asked_kind, asked_word, cn_number, excludes_other_kinds, generic_kind,
                           inline_lists, joined_before_kind)
from .intent import QueryIntent, _is_verb, answer_type, asked_overall, asking_offset, asking_part, edge_asked, kinds_asked, times_stated
from .outline import HEADING_HALVES_RE, CaseOutline, Measure, item_name
from .postprocess import EDGE_CHUNKS
from .schema import Passage
from .sentences import TermWeights, Unit, cited, coverage, display_text, has_answer_type, said_before, sentence_spans, split_sentences
from .synonyms import equivalents, is_person, kind_mates, synonyms
from .text import ANCHOR_SHARE, _jieba, bigram_share, bigram_text, short_names

# Length budgets per kind (units quoted).
BUDGET = {"fact": 3, "figure": 3, "date": 3, "person": 3, "organisation": 3, "document": 3, "criterion": 3, "wording": 3, "event": 3, "contact": 3, "yesno": 3, "list": 8, "overview": 8, "method": 6,
          "place": 6, "opinion": 3}
MAX_COMPARE_PLACES = 5
PER_PLACE_COMPARE = 2
SCORE_FLOOR = 0.5  # a context unit must score at least this share of the best one


@dataclass
class Composition:
    text: str
    passages: list[Passage]  # the retrieved passages plus any outline chunks the answer quotes
    units: list[Unit] = field(default_factory=list)
    kind: str = ""


class _Cites:
    """Maps quoted chunks to `[n]` markers, appending chunks that retrieval did not return (outline quotes)."""

    def __init__(self, passages: list[Passage]) -> None:
        self.passages = list(passages)
        self.index = {p.chunk.chunk_id: i + 1 for i, p in enumerate(self.passages)}

    def mark(self, passage: Passage) -> str:
        cid = passage.chunk.chunk_id
        if cid not in self.index:
            self.passages.append(passage)
            self.index[cid] = len(self.passages)
        return f"[{self.index[cid]}]"


def _quote(u: Unit, passage: Passage, cites: _Cites) -> str:
    return cited(u, cites.mark(passage))


def _label(passage: Passage) -> str:
    title = passage.chunk.title.replace("|", "·")  # a pipe in a title would read as a Markdown table cell
    return f"**{passage.chunk.name}** ·《{title}》"


SECTION_POINTER = r"(?:时|的时候|那|这|部分|一节|一块|里|中)"  # what makes a name a part of the text ("讲重点举措时")
# (步棋 is a move, a measure taken: counted as 项, not as 步 the stages)
CLASSIFIER_RE = re.compile(r"几(种|类|个方面|项|步(?!棋)|个|条|点|样|件|招|桩|段|级|层|套)([一-龥]{0,4})")


def compose(intent: QueryIntent, passages: list[Passage], scored: list[Unit], weights: TermWeights,
            outline: Callable[[str], CaseOutline], names: dict[str, str]) -> Composition:
    cites = _Cites(passages)
    by_no = {i + 1: p for i, p in enumerate(passages)}
    kind = intent.answer_type
    structured = False  # chosen by the documents' structure (a list, an outline, the text under an item)
    # "亳州办农民家门口的学校,大的方面抓了哪几条线?": the whole document's parts (not when a kind of its own is asked,
    # "哪几步": then a list of that kind is asked)
    if kind == "list" and not intent.sums_up and not intent.ordinal and not intent.item and len(intent.places) == 1 \
            and not _exclusive(intent) \
            and _names_only_its_document(intent, outline(intent.places[0])):
        intent = replace(intent, sums_up=True)
    # "有一篇讲网上教学资源怎么建怎么用的文章,整篇分哪几大块?": a document described by its subject, not named, whose
    # parts are asked, is one document: the one whose passages state that subject best
    if kind == "list" and intent.sums_up and not intent.places and not intent.comparative and not intent.across \
            and (described := _described_document(intent, scored)):
        intent = replace(intent, places=[described])
    if intent.comparative and (len(intent.places) > 1 or not intent.places):
        text, used = _comparison(intent, scored, by_no, cites, weights, outline, names)
        kind = "comparison"
    elif kind == "place" or (intent.across and not intent.places):
        text, used = _by_place(intent, scored, by_no, cites)
        kind = "place"
    elif len(intent.places) == 1 and not intent.comparative and cues.NEXT_ASKED_RE.search(asking_part(intent.question)) \
            and (following := _next_item(intent, outline(intent.places[0]), cites, weights))[0]:
        text, used = following  # "过了基本均衡那一关以后,下一步瞄准的是啥": the item after the one named
        structured = True
    elif len(intent.places) == 1 and (decoding := _decoding(intent, scored)) is not None:
        # "“1388”计划…几个数字分别代表啥?": the sentence spelling out what each digit of the coded name stands for
        text, used = _facts(intent, [decoding, *(u for u in scored if u is not decoding)], by_no, cites)
    elif intent.item and (detail := _item_detail(intent, scored, cites, outline))[0]:
        text, used = detail  # "第二个目标展开讲讲": what the sources say under that item
        structured = True
    elif intent.item and not intent.ordinal and any(normalize(intent.item) in normalize(u.text) for u in scored[:TYPED_ITEM_POOL]):
        # an item of the previous answer that is no item of the case's outline ("在“奋进合作”方面,…"): the
        # sentences stating it first; a sentence repeating the whole list the previous answer gave is not its detail
        item = normalize(intent.item)
        first = [u for u in scored if item in normalize(u.text) and not _repeats_said(u, intent.said)]
        text, used = _facts(intent, first + [u for u in scored if u not in first], by_no, cites)
    elif kind == "list" and (intent.sums_up or intent.section) and intent.places and not intent.ordinal:
        # "通篇分几大块讲的,给我理个大概": the parts of the whole document are its own top-level sections; "第三部分
        # …都做了哪几件事": the part asked by its position, by the list the document writes in it, else its measures
        # (not an enumeration inside one of its sentences: 3000名…、1000名… are figures, not what was done)
        text, used = _list(intent, scored, by_no, cites, weights, outline, in_text=False,
                           within=intent.section_title) if intent.section_title else ("", [])
        # a part named and a kind of thing asked of it ("帮扶式共同体要在内部搭起哪些工作机制"): a list of the best
        # sentences, the running text's included, closed by that kind ("课题引领、网络教研…等工作机制"), before the
        # part's measures
        # (the whole document's parts asked by a kind of their own, "捋捋主干:铺开了哪几项大行动": the document's own
        # list of that kind, wherever it sits in its outline, before its top-level sections)
        kinded = _exclusive(intent) and not (intent.section and intent.sums_up)
        if not text and kinded:
            text, used = _list(intent, scored, by_no, cites, weights, outline, in_text=not intent.sums_up)
        if not text:
            text, used = _measures(intent, scored, by_no, cites, weights, outline)
        if not text and not kinded:
            text, used = _list(intent, scored, by_no, cites, weights, outline)
        structured = bool(text)
        if not text:  # neither the document's sections nor a list fits: its best sentences still answer
            text, used = _facts(intent, scored, by_no, cites)
    elif kind == "list" or intent.ordinal:
        # a position asked ("第八项是什么", or a follow-up's "第八条" the previous answer did not spell out) is a
        # position in one of the case's lists
        # (asked overall, "整体上是从哪几头使劲的": the lists the documents write as their own items, before any
        # written inside one sentence, "基本实现了机会均等、条件一流…的目标")
        # (one by one, of items the asker points at, "那几句口号…一条条列出来", "统起来的那几样,逐条列": those very
        # items, wherever the text writes them)
        # (nor one by one of items the asker gives examples of, "哪些机制,像教研、课堂这些,一条条列给我": the list
        # writing those members is asked, wherever it is written)
        as_a_whole = asked_overall(intent.question)
        overall = bool(as_a_whole or cues.ONE_BY_ONE_RE.search(intent.question)
                       and not cues.POINTED_ITEMS_RE.search(intent.question) and not ASKER_EXAMPLES_RE.search(intent.question))
        # (asked overall of the place's own theme, "泰州往高位均衡走,整体上是靠哪几大块" of a case titled "…迈向高位均衡":
        # the whole case is asked, so its top-level measures are the items, as for a broad question, not a list
        # inside one of them that repeats the theme's words)
        # (a whole divided, "那个计划具体分成哪几大块", is divided where a sentence writes it so, "奋进计划分为A、B、C、D
        # 等四个具体方面": an enumeration inside a sentence after a verb of dividing is weighed even asked overall; the
        # case's own theme divided, where no sentence divides it, "定西搞区域教育协作,整体上分成了哪几大板块", by its
        # top-level measures)
        divided = bool(DIVISION_ASKED_RE.search(asking_part(intent.question)))
        whole = as_a_whole and len(intent.places) == 1 \
            and not intent.ordinal and _thematic(intent, outline(intent.places[0]), weights, written_only=True)
        text, used = ("", [])
        if whole and divided:
            text, used = _list(intent, scored, by_no, cites, weights, outline, in_text=True, divided_only=True, sentences_only=True)
        if whole and not text:
            text, used = _measures(intent, scored, by_no, cites, weights, outline)
        if not text:
            text, used = _list(intent, scored, by_no, cites, weights, outline, intent.ordinal, in_text=not overall or divided)
        if not text and overall:
            text, used = _list(intent, scored, by_no, cites, weights, outline, intent.ordinal)
        if text and intent.years and not any(times_stated([y], normalize(u.text)) for u in used for y in intent.years):
            text = ""  # "2022年和2025年各定了哪些指标": a list of no year asked is not that year's; its sentences are
        if not text and len(intent.places) == 1 and not intent.topic_terms and not intent.ordinal and not intent.years:
            # no list of the case fits and the question names no subject ("亳州总体上抓了哪几块?"): the parts asked are
            # the place's own measures, as a broad question's are (its outline); with a subject, its best sentences
            text, used = _measures(intent, scored, by_no, cites, weights, outline)
        structured = bool(text)
        if not text:
            dated = [u for u in scored if any(times_stated([y], normalize(u.text)) for y in intent.years)]
            text, used = _facts(intent, dated + [u for u in scored if u not in dated], by_no, cites)
    elif kind in ("overview", "method") and not intent.places:
        # "如何推进集团化办学?" names no place: the places that state it, each with its best sentences.
        text, used = _by_place(intent, scored, by_no, cites, per_place=2, header="各地做法")
        kind = "place"
    elif kind in ("overview", "method"):
        text, used = _measures(intent, scored, by_no, cites, weights, outline)
        structured = bool(text)
        if not text:
            text, used = _facts(intent, scored, by_no, cites)
    else:
        text, used = _facts(intent, scored, by_no, cites, own_words=True)
    if structured and not intent.section:
        # (a part asked by its position is the structure asked for: its own items answer)
        text, used = _with_best(intent, text, used, scored, by_no, cites)
    if text and (intent.answer_type == "person" or cues.NAME_ASKED_RE.search(normalize(intent.question))):
        text, used = _with_full_names(text, used, outline, cites)
    if text and intent.language == "en":
        text = "**From the Chinese sources** (quoted in Chinese, each with its citation):\n\n" + text
    return Composition(without_repeats(text), cites.passages, used, kind)


# A document described ("一篇讲…的文章", "那份材料"), not the asking words 通篇, 整篇, 全篇
DESCRIBED_DOCUMENT_RE = re.compile(r"(?<![通整全])篇|文章|材料|文件|报告|论文")
DESCRIBED_POOL = 3  # the best sentences that must all be one document's for the description to name it
MIN_DESCRIBED_COVERAGE = 0.5  # share of the described subject each of those sentences states


def _described_document(intent: QueryIntent, scored: list[Unit]) -> str:
    """The case a question describing a document by its subject means: the one every one of its best sentences
    (`DESCRIBED_POOL`) comes from, each stating some of the subject; "" when they spread over several documents or
    state none of it ("有篇文章讲课后服务" of which no document is about)."""
    if not intent.topic_terms or not DESCRIBED_DOCUMENT_RE.search(intent.question):
        return ""
    best = scored[:DESCRIBED_POOL]
    if len(best) < DESCRIBED_POOL or len({u.case_id for u in best}) != 1 or not all(u.coverage >= MIN_DESCRIBED_COVERAGE for u in best):
        return ""
    return best[0].case_id


def _all_shown(u: Unit, shown: str) -> bool:
    """Is every sentence of the unit already in the text shown (as a sub-line's quote)? Then quoting it again below
    tells the reader nothing new."""
    parts = [p for p in split_sentences(display_text(u.text)) if len(p.strip()) >= 4]
    return bool(parts) and all(p.strip() in shown for p in parts)


# A cited sentence said again right after itself (the same words and the same citation marks); a whole sentence, from
# the start of a line or the end of the cited sentence before it, not the tail of a longer one.
REPEATED_SENTENCE_RE = re.compile(r"(?<![^\]\n ])([^\n\[\]。!?;!?;]+[。!?;!?;](?:\[\d+\])+)\1+")


def without_repeats(text: str) -> str:
    """The text with a cited sentence repeated back to back said once. Why: two units can end and begin on the same
    sentence (a head's sentence and the sentence quoted after it), and a sentence said twice in a row tells the
    reader nothing more; its citation stays with the one left."""
    return REPEATED_SENTENCE_RE.sub(r"\1", text)


def _with_best(intent: QueryIntent, text: str, used: list[Unit], scored: list[Unit], by_no: dict[int, Passage],
               cites: _Cites) -> tuple[str, list[Unit]]:
    """The answer, with the sentence the evidence ranks best added after it (BEST_HEAD) when the answer leaves it out.

    Why: a list, an outline or a drill-down is chosen by the documents' structure (an enumeration, a section), and
    the structure can be the wrong one ("which two kinds" finds another pair); the best-ranked sentence was chosen
    by what the question asks. Quoting both keeps the answer grounded whichever was right. Not added when it states
    nothing new (ANCHOR_SHARE of its character pairs already said: the list's own heading), states none of the
    question's words, or is rhetoric or a caption; a comparison or a place-by-place answer quotes per place."""
    pool = [u for u in _pool(intent, scored) if not (u.rhetoric or u.caption)]
    if not pool or _overlaps(pool[0], used):
        return text, used
    best = pool[0]
    if best.coverage <= 0 or bigram_share(bigram_text(normalize(best.text)), bigram_text(normalize(text))) >= ANCHOR_SHARE:
        return text, used
    return f"{text}\n\n{BEST_HEAD[intent.language]}\n\n{_quote(best, by_no[best.passage_no], cites)}", [*used, best]


# The line quoting the best-ranked sentence under a structured answer that left it out (`_with_best`).
BEST_HEAD = {"zh": "**最相关的原文**", "en": "**Closest passage**"}  # a label line of its own: no claim


def _pool(intent: QueryIntent, scored: list[Unit]) -> list[Unit]:
    """The units a single-place answer draws on: from the places named, when any unit is."""
    if intent.places and any(u.case_id in intent.places for u in scored):
        return [u for u in scored if u.case_id in intent.places]
    return scored


def _facts(intent: QueryIntent, scored: list[Unit], by_no: dict[int, Passage], cites: _Cites,
           own_words: bool = False) -> tuple[str, list[Unit]]:
    """The answering sentence first, then context from the same case above a score floor. `own_words`: the units
    come in the evidence's order (no sentence put first for a reason of its own), so a follow-up's own words may
    choose the first (`_sentence_of_own_words`)."""
    # rhetoric and captions are no answer, unless they hold the wanted type (a preamble states a document's basis)
    pool = [u for u in _pool(intent, scored) if u.has_type or not (u.rhetoric or u.caption)] or _pool(intent, scored)
    if not pool:
        return "", []
    wants_type = intent.answer_type in TYPED_ANSWERS
    # the answering sentence holds the wanted type and states something of the subject (not a bare caption number)
    typed = [u for u in pool if u.has_type]
    first = next((u for u in typed if u.coverage > 0), typed[0] if typed else pool[0]) if wants_type else pool[0]
    if own_words and not wants_type and (owned := _sentence_of_own_words(intent, pool)) is not None:
        first = owned  # "那他们具体拿什么地方当研究对象?": the follow-up's own words say what is asked
    if intent.answer_type == "date" and typed and _about_the_document(intent, by_no[typed[0].passage_no]):
        # "那份指导意见是哪天发的": the document itself is the subject; its own date is its dateline (a line that
        # holds only a date, or an issuer and a date), not a date stated inside it
        first = next((u for u in typed if u.caption), first)
    if intent.answer_type == "document" and typed and cues.DOCUMENT_NUMBER_ASKED_RE.search(intent.question) \
            and not cues.RELATION_TO_DOCUMENT_RE.search(intent.question):
        # "那份共同体文件,编号是哪个": a document's own number is its header line under the title, not the number
        # of a document it cites inside (参照淄政办发20167号)
        first = next((u for u in typed if u.caption), first)
    chosen = [first]
    closest = _closest_by_meaning(pool, first)
    if closest is not None:
        chosen.append(closest)
    budget = BUDGET.get(intent.answer_type, 3) + len(chosen) - 1  # the companion comes on top of the context
    for u in pool:
        if len(chosen) >= budget:
            break
        if u is first or u.case_id != first.case_id or u.judged < first.judged * SCORE_FLOOR or _overlaps(u, chosen):
            continue
        chosen.append(u)
    rest = sorted(chosen[1:], key=lambda u: u.start)
    body = _quote(first, by_no[first.passage_no], cites)
    if rest:
        body += "\n\n" + "".join(_quote(u, by_no[u.passage_no], cites) for u in rest)
    return f"{_label(by_no[first.passage_no])}\n\n{body}", chosen


OWN_WORDS_POOL = 8  # the best sentences a follow-up's own words are looked for in


def _sentence_of_own_words(intent: QueryIntent, pool: list[Unit]) -> Unit | None:
    """The first of the best sentences stating the most words of a follow-up's own subject (two or more: 研究, 对象 of
    "那他们具体拿什么地方当研究对象?"; all of them, or all but one of three or more), when that is more than the best
    one states: the words carried over from the previous question found the passage and outweigh the follow-up's own
    in coverage, but it asks what its own words name, not what was said (the retold sentence is set aside)."""
    own = intent.own_subject if intent.followup else []
    if len(own) < 2:
        return None

    def states(u: Unit) -> int:
        t = normalize(u.text)
        return sum(any(w in t for w in [x, *intent.expansions.get(x, []), *intent.equivalents.get(x, [])]) for x in own)

    fresh = [(states(u), u) for u in pool[:OWN_WORDS_POOL] if not said_before(normalize(u.text), intent.said)]
    most = max((n for n, _ in fresh), default=0)
    if most < max(2, len(own) - 1) or most <= states(pool[0]):
        return None
    return next(u for n, u in fresh if n == most)


COMMON_WORD_FREQ = 50  # jieba's count above which a two-character word is a word, not a name (names: none or 0)


def full_name(surname: str, post: str, text: str) -> re.Match[str] | None:
    """Where the text writes the person in full beside the post ("局长季建平", "季建平局长"): a name of two or three
    characters starting with the surname, standing alone after the post (the line or clause ends, or 、 follows) or
    opening a clause before it; a dictionary word ("局长强调") is no name."""
    from jieba import posseg

    _jieba()
    for m in re.finditer(f"(?:{post})(?P<name>{re.escape(surname)}[一-龥]{{1,2}}?)(?=$|\\s|同志|[、,,。;;::()()])|"
                         f"(?:^|(?<=[\\s、,,。;;::]))(?P<before>{re.escape(surname)}[一-龥]{{1,2}})(?:副)?(?:{post})",
                         text, re.M):
        name = m.group("name") or m.group("before")
        words = list(posseg.cut(name))
        common = len(words) == 1 and not words[0].flag.startswith("nr") and (_jieba().dt.FREQ.get(name) or 0) >= COMMON_WORD_FREQ
        if common or any(w.flag.startswith("v") for w in words[1:]):
            continue  # a common word ("局长周到"), or the surname's character before a verb ("局长季强调")
        return m
    return None


def _with_full_names(text: str, used: list[Unit], outline: Callable[[str], CaseOutline], cites: _Cites) -> tuple[str, list[Unit]]:
    """A person asked for and quoted by surname and post only ("季局长介绍了…"): the line of the same case writing
    the full name ("桐庐县教育局党委书记、局长季建平") is quoted after the answer, the nearest such line first. Why:
    a name asked is a name, and the sources' own line says who "季局长" is; no name is guessed."""
    added: list[Unit] = []
    said = normalize(text)
    for u in used[:3]:
        for surname, post in short_names(u.text):
            if any(a.case_id == u.case_id and surname in a.text for a in added):
                continue
            found = [(passage, m) for passage in outline(u.case_id).passages
                     if (m := full_name(surname, post, passage.chunk.text)) is not None]
            if not found or any((m.group("name") or m.group("before")) in said for _, m in found):
                continue  # no line names them in full, or the answer already does
            passage, m = min(found, key=lambda f: abs(f[0].chunk.start + f[1].start() - u.start))  # the nearest
            chunk = passage.chunk
            s = max(chunk.text.rfind(x, 0, m.start()) for x in "\n。!?!?") + 1
            ends = [i for i in (chunk.text.find(x, m.end()) for x in "\n。!?!?") if i >= 0]
            e = min(ends) + (chunk.text[min(ends)] != "\n") if ends else len(chunk.text)
            line = chunk.text[s:e].strip()
            s += chunk.text[s:e].find(line)
            mark = cites.mark(passage)
            unit = Unit(cites.index[chunk.chunk_id], u.case_id, chunk.start + s, chunk.start + s + len(line), line)
            text += f"\n\n{surname}{post}:" + cited(unit, mark)
            added.append(unit)
    return text, used + added


def _closest_by_meaning(pool: list[Unit], first: Unit) -> Unit | None:
    """The unit closest to the question by meaning of all those compared (`Unit.closeness` 0), when it is of the first
    one's case, is not the first and says something the previous answer did not: quoted beside the first even below
    the score floor, on top of the context budget.

    Why: the score floor weighs the question's words, and a question in other words than the documents' (colloquial
    wording, a paraphrase) leaves the sentence that answers it few of them; the sentences' meaning is a second
    witness that fails differently (it blurs figures and names, which the words keep). Quoting the best of each covers
    both failures. The pool is `_facts`' (rhetoric and captions only when they hold the wanted type). A follow-up is
    close in meaning to what was already said, so a sentence said before is no companion."""
    compared = [u for u in pool if u.closeness is not None and u.case_id == first.case_id]
    if not compared:
        return None
    closest = max(compared, key=lambda u: u.closeness or 0.0)
    if closest is first or (closest.closeness or 0.0) < 0 or closest.parts.get("said") or _overlaps(closest, [first]):
        return None
    return closest


def _repeats_said(u: Unit, said: list[str]) -> bool:
    """Does the sentence hold most of a sentence the previous answer said (the whole list it gave)?"""
    text = bigram_text(u.text)
    return any(bigram_share(bigram_text(x), text) >= ANCHOR_SHARE for x in said)


def _about_the_document(intent: QueryIntent, passage: Passage) -> bool:
    """Does every topic word of the question name the document (its title or name states it), verbs aside (印发:
    what was done with it)?"""
    import jieba.posseg as pseg

    named = normalize(passage.chunk.title + passage.chunk.name)
    nouns = [t for t in intent.topic_terms if not all(f == "v" for _, f in pseg.cut(t))]
    return bool(nouns) and all(t in named for t in nouns)


def _overlaps(u: Unit, chosen: list[Unit]) -> bool:
    return any(u.case_id == c.case_id and u.start < c.end and c.start < u.end for c in chosen)


def _cn(n: int) -> str:
    """A count in Chinese numerals (a derived count is not a figure quoted from the sources)."""
    digits = "零一二三四五六七八九"
    return digits[n] if n < 10 else ("十" + (digits[n - 10] if n > 10 else "")) if n < 20 else str(n)


def _kinds(intent: QueryIntent) -> tuple[str, str]:
    """(the kind a list question asks, the asker's own word for it): read after 哪几 in Chinese (`asked_kind`,
    `asked_word`), from the wh-phrase's head noun in translation in English ("which two tensions" -> 矛盾,
    `QueryIntent.list_word`)."""
    if intent.language == "en":
        return generic_kind(intent.list_word), intent.list_word
    return asked_kind(intent.question), asked_word(intent.question)


# A name coded in digits ("1388"奋进计划, 1+3+N): three or more digits, plus signs allowed; not a year (2021)
DIGIT_CODE_RE = re.compile(r"(?<![\d.])(?!(?:19|20)\d\d(?!\d))(\d(?:\+?[\dN]){2,5})(?![\d.%])")
# what the digits of a coded name stand for, asked ("几个数字分别代表啥", "这两个八各指什么", "1388是什么意思")
DIGITS_MEANING_ASKED_RE = re.compile(r"代表|指(?:的)?(?:是)?(?:啥|什么)|(?:啥|什么)意思|含义|意味")
# a digit of the code written in quotation marks before its classifier and what it counts: “3”项综合性创建
QUOTED_DIGIT_RE = re.compile(r"[“\"〃](\d|N)[”\"〃]\s*[个项条大类种方面]")


def _decoding(intent: QueryIntent, scored: list[Unit]) -> Unit | None:
    """The sentence of the asked place that spells out a digit-coded name the question (or the question it follows)
    writes, when what the digits stand for is asked: it quotes the code's digits one by one, in order, each before
    what it counts (锚定“1”个总目标,统筹“3”项综合性创建,…“8”项具体行动 for "1388"). Policy names are often coded so
    (“1+3+N”, “433”工程); the sentence decoding one is the answer, whatever words the asker uses for the parts."""
    if intent.language != "zh" or not DIGITS_MEANING_ASKED_RE.search(normalize(intent.question)):
        return None
    codes = [m.group(1).replace("+", "") for m in DIGIT_CODE_RE.finditer(normalize(intent.query))]
    for u in scored:
        if u.case_id not in intent.places:
            continue
        digits = "".join(QUOTED_DIGIT_RE.findall(normalize(u.text)))
        if len(digits) >= 2 and any(digits == c for c in codes):
            return u
    return None


# An item opening with its position in a kind of part ("第一阶段,", "第二步:"): the kind word
POSITION_OPENING_RE = re.compile(r"第[一二三四五六七八九十\d]+([一-龥]{1,2}?)[,,::、\s]")


def _positions_of_asked_kind(question: str, group: list[Measure], position: int = 0) -> bool:
    """Do the list's items all open with their position in one kind of part that the sentence asking writes (第一阶段…
    第三阶段, 阶段 in "分阶段…几个台阶")? The list is of the parts asked: the question names their kind in its own words
    (not the asker's scene: "市长想要一个分阶段往上走的方案。泰州…围着哪几条主线讲的?" asks no stages). A position
    asked counts in its own unit wherever the question writes it ("第三步要…。这一步…从哪几个方向发力": 第三阶段, a
    step by another word), whatever kind it then asks inside that part."""
    kinds = {m.group(1) if (m := POSITION_OPENING_RE.match(normalize(x.unit.head or x.unit.text))) else "" for x in group}
    kind = kinds.pop() if len(kinds) == 1 else ""
    counted = ORDINAL_RE.search(question) if position else None
    units = {counted.group(2), *KIND_ALIASES.get(counted.group(2), ())} if counted else set()
    return len(group) >= 2 and len(kind) == 2 and (kind in normalize(asking_part(question)) or kind in units)


def _written_by_several_lists(question: str, terms: list[str], case: CaseOutline) -> set[str]:
    """The question's words that every item of two or more of the case's lists writes (教育 in a document on
    education): such a word names no one list's kind, unless the question counts it ("三类初中": the kinds of 初中
    are asked, wherever else the word is written) or counts kinds at all ("三类学校…城中心的初中…这三类各开了什么
    方子": the kinds it then names are the items')."""
    q = normalize(question)
    if re.search(r"[几一二两三四五六七八九十\d]\s*[类种]", q):
        return set()
    names = [[item_name(m.label or m.unit.head) for m in group] for _, group in case.groups()]
    return {t for t in terms if sum(_of_kind(t, n, "") >= 1.0 for n in names) >= 2
            and not re.search(r"[几哪一二两三四五六七八九十\d][个类种项所家条大样]?" + re.escape(t), q)}


def _at_edge(group: list[Measure], case: CaseOutline, edge: str) -> bool:
    """Does the whole list lie within the edge of the document asked ("opening": its first EDGE_CHUNKS chunks,
    "ending": its last), as `postprocess.with_edge` reads the edge for retrieval? (Not the document's own outline,
    which opens there and runs to its end.)"""
    if not edge or not group:
        return False
    first, last = group[0].unit.passage_no, group[-1].unit.passage_no
    return last <= EDGE_CHUNKS if edge == "opening" else first > len(case.passages) - EDGE_CHUNKS


def _nested(group: list[Measure], case: CaseOutline) -> bool:
    """Is a list written inside another part of the case's outline, not at the document's top level: its first item
    belongs to a lead (an item of another list, or a paragraph's lead sentence), or it sits in a section deeper than
    the shallowest list's? (A list in a paragraph is nested in the paragraph's lead, not top level.)"""
    def depth(m: Measure) -> int:
        return m.path.count(" > ")

    top = min((depth(g[0]) for _, g in case.groups() if g), default=0)
    return bool(group) and (group[0].parent != -1 or depth(group[0]) > top)


def _exclusive(intent: QueryIntent) -> bool:
    """Does the kind asked rule out lists of other things (`excludes_other_kinds`)? Not a kind read in translation:
    a gloss is loose ("power" -> 权力 for what the text calls 自主权), so it scores the lists naming it and rules out none."""
    return intent.language != "en" and excludes_other_kinds(_kinds(intent)[0])


def _list(intent: QueryIntent, scored: list[Unit], by_no: dict[int, Passage], cites: _Cites, weights: TermWeights,
          outline: Callable[[str], CaseOutline], position: int = 0, in_text: bool = True,
          within: str = "", divided_only: bool = False, sentences_only: bool = False) -> tuple[str, list[Unit]]:
    """Every item of the best-matching enumeration, named in a lead sentence, then explained one by one; or, when
    the question asks for one position in it ("第八项是什么"), that item. `in_text`: enumerations written inside a
    sentence count too, not only the document's own lists; `within`: only lists introduced by that part's title;
    `divided_only`: of those, only one a verb of dividing introduces ("分为A、B、C等四个方面": a whole asked overall,
    "整体上分成了哪几大板块", is divided there or by the document's own structure, not by any list of a sentence);
    `sentences_only`: only such a list of a sentence, not the document's own lists (an item the question names is
    still answered by its own list, as always)."""
    pool = _pool(intent, scored)
    cases = list(dict.fromkeys(intent.places or [u.case_id for u in pool[:8]]))[:3]
    fit = _count_fit(intent)
    kind, own_kind = _kinds(intent)
    exclusive = _exclusive(intent)  # (once per question, not once per group)
    subject = _without_kind(intent, kind)
    said = [normalize(x) for x in intent.said]
    # "具体…哪些方面": detail of what was said, not more of the list it came from
    drills_in = bool(DRILL_IN_RE.search(intent.question)) and not CONTINUE_RE.search(intent.question)
    # "哪些方面的提升": the noun the aspects are of; a list whose introduction ends naming it ("可以有以下提升:") is of
    # it (not one whose introduction only uses the word, "…提升地方基础教育质量…。具体目标包括:")
    aspects_of = cues.ASPECTS_OF_NOUN_RE.search(intent.question) if intent.language == "zh" else None
    aspects_noun = aspects_of.group(1) if aspects_of and aspects_of.group(1) not in GENERIC_KINDS else ""
    best: tuple[float, str, CaseOutline, list[Measure]] | None = None
    anchors = [u for u in pool if u.anchored]
    named_inside: Measure | None = None
    overall = asked_overall(intent.question) or intent.sums_up
    edge = edge_asked(intent.question) if intent.language == "zh" else ""
    summed_up = overall and bool(cues.SUMMED_UP_RE.search(normalize(intent.question)))
    for rank, cid in enumerate(cases):
        case = outline(cid)
        named = {item_name(m.label or m.unit.head) for m in case.named_in(intent.question)}
        # a heading joining two things (重点举措与成效) is named by the question writing one of them whole as a part of
        # the text ("讲重点举措时", "重点举措那部分"): the section is its own, whichever of its halves the asker means
        # (a half written as the one who acts, "全国教育局长研究联盟把…拆成了哪些题目", names that body, not the section)
        named |= {item_name(m.label) for m in case.measures if m.level == "heading" and m.label and any(
            len(half) >= 4 and re.search(re.escape(half) + SECTION_POINTER, intent.question)
            for half in HEADING_HALVES_RE.split(item_name(m.label)))}
        # (an item is named by the subject, not by the asker's own word for the kind: 门道, read as 办法)
        named_here = _named_item(intent, case, weights, [t for t in subject if t != own_kind]) if subject else None
        own_title = normalize(case.passages[0].chunk.title)
        naming = [t for t in subject if not _writes_title(t, normalize(intent.question), own_title)]
        common = _written_by_several_lists(intent.question, intent.topic_terms, case) if not kind else set()
        for context, group in case.groups():
            if len(group) < position:
                continue  # "第七项" is in a list of at least seven
            if within and normalize(within) not in normalize(context):
                continue  # a list of the part asked by its position is one that part introduces, not its siblings
            covs = [coverage(intent, m.label + m.unit.text, weights, subject) for m in group] if subject else [0.0] * len(group)
            items_cov = max(covs)
            intro = case.introduction(group)
            about = context if context and context in intro else f"{context} {intro}".strip()
            about_cov = _about(intent, about, case.passages[0].chunk.title, weights)
            # one item matches better than the rest, and better than what introduces the list: the question names it
            # (by words of its name: "哪几项行动" names none of 师资素质优化行动, whose body merely says 初中 more often)
            best_item = group[covs.index(items_cov)]
            # (not by words of a stretch of the document's title the question writes: "那份初中学校高质量发展行动方案"
            # names the document, and 发展 in one item's name is no item named; a title word alone may name a part,
            # "芦溪推法治化那一块" of 推进标准化法治化公平化建设)
            named_one = items_cov > sorted(covs)[-2] and items_cov > about_cov and bool(naming) and \
                coverage(intent, best_item.label if best_item.level == "heading" else f"{best_item.label} {best_item.unit.head}",
                         weights, naming) > 0
            # the question writes the whole name of the section or lead introducing the list ("重点举措与成效那部分")
            section = NAMED_SECTION * (bool(context) and item_name(context) in named)
            # (its items, not its sub-sections: a group of sub-sections is a list of its own among the groups)
            if named_one and not section and len(case.items(best_item)) >= 2:
                continue  # the item the question names has items of its own: those are the list asked for
            # an item the question names (by its name, as `_named_measure` names one) without items of its own, whose
            # paragraph goes on in several sentences ("二、坚持硬软件齐抓…。通过…,全面改善…。通过…,努力实现…。"):
            # its sentences are what it did, not its siblings' names
            # (not one the previous answer said: a follow-up then asks beyond it, "其他几个方面呢?")
            # (nor one the question sets aside: "除了硬软件齐抓,还做了哪几方面?" asks the others)
            inside = named_here if named_here in group and not named_here.children and not position and not section \
                and not (said and _was_said(named_here, said)) and not EXCLUDING_RE.search(intent.question) else None
            names = [item_name(m.label or m.unit.head) for m in group]
            # no kind named (an English question whose wh-phrase names no plural head, `_kinds`): items that all name one of the
            # question's words are instances of it (帮扶式共同体, 联盟式共同体… for 共同体)
            # (nor does a word for a kind itself, "哪几种类型": kinds of the subject, its instances, are asked)
            # (not by a word the items of several of the document's lists all write, 教育 of "教育资源供需矛盾突出…" and
            # "构建现代基础教育体系…" in "教育上的钱…哪几块因此顾不上": it tells no list from another)
            of_kind = _of_kind(kind, names, context) if kind and kind not in cues.KIND_WORDS else \
                max((_of_kind(t, names, "") for t in (_subject_kinds(intent) if kind else intent.topic_terms)
                     if kind or t not in common), default=0.0)
            # (asked overall, "破解办法归拢起来有几条": a section titled as courses of action, "三、…的创新路径",
            # lists the ways asked by any word for them; not a thesis ending so, "…是落实…的重要举措", nor, asked of
            # one thing, "加强骨干教师队伍,要靠哪几条路子", a section of the whole plan's 行动举措)
            if overall and kind in cues.COURSE_KINDS and context != case.passages[0].chunk.title \
                    and (heading := item_name(context.split(" ")[0])).endswith(tuple(cues.COURSE_KINDS)) and "是" not in heading:
                of_kind = max(of_kind, 1.0)
            if aspects_noun and re.search(re.escape(aspects_noun) + r"[::]?\s*$", intro):
                of_kind = max(of_kind, 1.0)  # introduced as the noun the aspects asked are of ("…有以下提升:")
            # (a section whose title calls its parts by a thesaurus synonym of the asked kind, "…的创新路径" for 哪几条
            # 路子, may be the list: it is not set aside, though it earns no match of kind)
            # (the document's own title names the document, not one list of it)
            loosely = context != case.passages[0].chunk.title and any(w in context for w in synonyms(kind))
            # (nor is a list of a section the question names by its whole name: "…质量提高行动包括哪些项目")
            # (nor is a list introduced by the phrase the question quotes, “引进来”: the asker points at that wording,
            # whatever word they use for its parts, 哪些安排)
            quoted = _quotes_met(intent.question, about, case.passages[0].chunk.title)
            # (items opening with their position in a kind the question writes, "第一阶段,…第三阶段,…" for "均衡是分阶段
            # 一级级往上爬的,一共几个台阶": the asker names their kind, whatever word they count them by)
            if _positions_of_asked_kind(intent.question, group, position):
                of_kind = max(of_kind, 1.0)
            if exclusive and not of_kind and fit(len(group)) <= 0 and not loosely and not section and not quoted:
                continue  # the question names what it lists (板块, 孩子); a list of something else is not it
            # the list the previous answer was quoting ("其他几项呢?" after two of its items) is the one continued
            continued = CONTINUED_LIST * any(_was_said(m, said) for m in group) if said and not drills_in else 0.0
            if position and said:
                # "那第三条具体怎么说?" counts in the list the previous answer gave, in whatever words it retold it
                # ("第一条是帮学校编三年发展规划…"): the list whose items hold most of what it said (`_retold`)
                continued = max(continued, CONTINUED_LIST * _retold(group, said))
            # a list introduced by what the previous answer said is the one a follow-up asks about (an item it said
            # is not: the follow-up asks inside that item)
            opens = group[0].unit.start
            beside = ANCHOR_MATCH * any(u.case_id == cid and u.start < opens and opens - len(intro) < u.end for u in anchors)
            # (summed up, "总体打法能归成几条", the list the document writes at its top level is the whole's parts; a
            # list inside one of its items, "第一阶段…第三阶段" under "一、实施三步走战略", is a part's parts)
            # (not the document's own sections when they include its frame, 引言…结语: the table of contents, no parts of
            # the matter asked)
            outermost = OUTERMOST_MATCH * (summed_up and not _nested(group, case)
                                           and not any(cues.FRAMING_SECTIONS_RE.match(n) for n in names))
            # (a list at the edge of the document the question asks about, "文件末尾…哪几道保障": its last section's)
            at_edge = EDGE_MATCH * _at_edge(group, case, edge)
            score = continued + beside + section + outermost + at_edge + about_cov + 0.5 * items_cov - 0.1 * rank + fit(len(group)) \
                + KIND_MATCH * of_kind + QUOTE_MATCH * quoted + _quoted_kind(intent.question, names) \
                + EXAMPLES_MATCH * _examples_met(intent.question, names) \
                + OPENING_VERB_MATCH * _opened_by_asked_verb(intent.question, names)
            if best is None or score > best[0]:
                best = (score, context, case, group)
                named_inside = inside
    inline = ("", [], 0.0) if position or not in_text else _inline_list(intent, pool, by_no, cites, weights, fit, kind,
                                                                         divided_only)
    if best is not None and named_inside is not None:
        # (a list written inside the named item's own paragraph is still the one asked: "X里有哪几种…")
        case = best[2]
        para = _paragraph(named_inside.unit, case.passage(named_inside), limit=1200)
        if not (inline[0] and para.start <= inline[1][0].start < para.end) and \
                (under := _under(named_inside, case, cites, BUDGET["list"]))[0]:
            return under
    if sentences_only:
        return inline[0], inline[1]
    if inline[0] and (best is None or inline[2] > best[0]):  # at a tie the document's own structure is the list
        return inline[0], inline[1]  # the items sit in one sentence ("规划布局到位、经费投入到位…")
    if best is None or best[0] <= 0.1:
        return "", []
    _, context, case, group = best
    name = case.passages[0].chunk.name
    subject = item_name(context.split(" ")[0]) if context else ""
    title = case.passages[0].chunk.title
    whose = (f"{name}{subject}" if "“" in subject else f"{name}“{subject}”") if subject and subject not in (name, title) else name
    if position:  # "第八项是什么": that item, named and explained
        if position > len(group):
            return "", []
        # an item that carries its own number (二是…, 2.…) is that position, whatever precedes it in the group
        numbered = [x for x in group if _enumerator(x.label or x.unit.head) == position]
        m = numbered[0] if numbered else group[position - 1]
        quote = _quote(m.unit, case.passage(m), cites)
        # an item that is only its head ("二是如何引进人才?") is said by what follows it; so is an item whose own
        # members are asked in the question's own words ("第三步…从哪几个方向发力": 第三阶段,致力全域高位均衡。 leads
        # its four clauses; not a drill-down's "第三阶段讲的是啥?" after a list, which asks what the item says)
        members_asked = answer_type(intent.question) == "list"
        if len(m.unit.text) <= HEAD_ONLY or members_asked:
            para = _paragraph(m.unit, case.passage(m), limit=800)
            after = []
            for a, b in sentence_spans(para.text):
                if para.start + a < m.unit.end:
                    continue
                if any(x.unit.start == para.start + a for x in group) \
                        or len(after) == (BUDGET["list"] if members_asked else 2):
                    break  # the next item of the list begins: its content is not this item's
                u = _span(para, a, b)
                if not any(x.start == u.start for x in after):
                    after.append(u)  # (clauses cut at ;/; widen to their one 。-sentence: quoted once)
            if not after and _asks_itself(m.unit):
                after = _answered_in_order(group, position, para)
            quote += "".join(_quote(u, case.passage(m), cites) for u in after if len(u.text) >= 6)
        # (what the question's own words ask inside that item: the item's clause stating them)
        until = min((x.unit.start for x in group if x.unit.start > m.unit.start), default=None)
        inside = _asked_inside(intent, m, [m.unit], _paragraph(m.unit, case.passage(m), limit=1200), until)
        quote += "".join(_quote(u, case.passage(m), cites) for u in inside)
        asked = ORDINAL_RE.search(intent.question)  # in the question's own words: 第四条, 第二个
        middle = cues.MIDDLE_POSITION_RE.search(intent.question)  # "中间那一步": 第二步, in the asker's unit
        word = cues.ordinal_word(asked) if asked else f"第{_cn(position)}{middle.group('unit')[-1] if middle else '项'}"
        lead = f"{whose}{quote}" if quote.startswith(word) else f"{whose}{word}:{quote}"  # "第一阶段,实现…" names itself
        return f"{_label(case.passages[0])}\n\n{lead}", [m.unit, *inside]
    if said:  # what the previous answer said of this list is not repeated
        group = [m for m in group if not _was_said(m, said)] or group
    group = group[: BUDGET["list"]]
    items = _without_shared_opening([item_name(m.label or m.unit.head) for m in group])
    marks = _marks(case, group, cites)
    count = _count_phrase(intent.question, kind, len(items))
    lead = f"{whose}{count}:{_named(items)}。{marks}"
    bullets = []
    for m in group:
        quote = _quote(m.unit, case.passage(m), cites)
        if (answer := _answer_to_asked_item(m, group, case)):
            # an item that is a question of the text's own is shown with the sentence answering it, in order
            quote = _quote(answer[0], case.passage(m), cites) + _quote(answer[1], case.passage(m), cites)
        bullets.append(f"- **{display_text(m.label)}**:{quote}" if m.label else f"- {quote}")
    return f"{_label(case.passages[0])}\n\n{lead}\n\n" + "\n".join(bullets), [m.unit for m in group]




def _next_item(intent: QueryIntent, case: CaseOutline, cites: _Cites, weights: TermWeights) -> tuple[str, list[Unit]]:
    """The item following the one the question names in a list the case writes in order ("各市区都过了基本均衡那一关
    以后,下一步瞄准的目标是啥" of 第一阶段,实现县域基本均衡 / 第二阶段,推进县域优质均衡 / …): a sequence asked for
    its next step is answered by that step, not by the step named. The named item is the one whose own name states
    the question's words best, strictly better than any sibling; ("", []) when none is, or it is the last."""
    # the step named is the one the clause before the cue names ("…过了基本均衡那一关以后,下一步…"), not the
    # whole the question sets the scene with ("泰州分三步走搞均衡,")
    asking = normalize(asking_part(intent.question))
    cue = cues.NEXT_ASKED_RE.search(asking)
    clauses = re.split(r"[,,。;;!!??]", asking[:cue.start()]) if cue else []
    near = (clauses[-2] if len(clauses) > 1 else "") + clauses[-1] if clauses else ""
    named = [t for t in intent.topic_terms if t in near]
    written = case.named_in(near) if near else []  # an item named whole ("推进实施阶段之后") is the one named
    if not named and not written:
        return "", []
    best: tuple[float, list[Measure], int] | None = None
    for _, group in case.groups():
        if len(group) < 2:
            continue
        covs = [1.0 + (m in written) if written else coverage(intent, item_name(m.label or m.unit.head), weights, named)
                for m in group]
        top = max(covs)
        at = covs.index(top)
        if top <= 0 or sorted(covs)[-2] >= top or at == len(group) - 1:
            continue
        if best is None or top > best[0]:
            best = (top, group, at)
    if best is None:
        return "", []
    _, group, at = best
    m = group[at + 1]
    quote = _quote(m.unit, case.passage(m), cites)
    shown = f"- **{display_text(m.label)}**:{quote}" if m.label else quote
    return f"{_label(case.passages[0])}\n\n{shown}", [m.unit]


def _asks_itself(u: Unit) -> bool:
    """Is the item a question of the text's own ("一是引进哪些人才?"), answered further on?"""
    return u.text.rstrip().endswith(("?", "?"))


def _answered_in_order(group: list[Measure], position: int, para: Unit) -> list[Unit]:
    """A list of questions ("一是引进哪些人才?二是如何引进人才?三是如何留住人才?") that the text then answers in
    order (首先…, 其次…, 最后…): the sentence opening the position-th answer."""
    last = max(m.unit.start for m in group)  # the last item's own unit may hold the first answer (三是…?首先,…)
    answers = [(a, b) for a, b in sentence_spans(para.text) if para.start + a > last
               and para.text[a:b].lstrip().startswith(ANSWER_ORDER)]
    if len(answers) < position:
        return []
    a, b = answers[position - 1]
    return [_span(para, a, b)]


def _answer_to_asked_item(m: Measure, group: list[Measure], case: CaseOutline) -> tuple[Unit, Unit] | None:
    """An item that is only a question of the text's own ("一是引进哪些人才?"), in a list of such questions the text
    then answers in order (首先…, 其次…): its head as a unit and the sentence answering it; None for any other item.
    Why: the question names the part; the answer is what the part says."""
    head = m.unit.head or m.unit.text
    if not head.rstrip().endswith(("?", "?")) or len(head) > HEAD_ONLY + 4:
        return None
    position = next((k for k, x in enumerate(group, start=1) if x is m), 0)
    para = _paragraph(m.unit, case.passage(m), limit=1200)
    answered = _answered_in_order(group, _enumerator(m.label or head) or position, para)
    if not answered:
        return None
    return Unit(m.unit.passage_no, m.unit.case_id, m.unit.start, m.unit.start + len(head), head), answered[0]


def _item_detail(intent: QueryIntent, scored: list[Unit], cites: _Cites,
                 outline: Callable[[str], CaseOutline]) -> tuple[str, list[Unit]]:
    """A drill-down into an item of the previous answer that is a heading or an enumerated item of the case's
    own outline: the sentence that makes it concrete and the items under it, in document order."""
    pool = _pool(intent, scored)
    cases = list(dict.fromkeys(intent.places or [u.case_id for u in pool[:4]]))[:2]
    target = re.sub(r"\W", "", item_name(intent.item))  # a bullet the previous answer gave is named by its head
    for cid in cases:
        case = outline(cid)
        for m in _items_named(case, target):
            units = [m.unit] + [case.measures[c].unit for c in m.children[: BUDGET["list"]]]
            para = _paragraph(m.unit, case.passage(m), limit=1200)
            if not m.children and _asks_itself(m.unit):  # a question the text answers later
                group = next((g for _, g in case.groups() if m in g), [m])
                units += _answered_in_order(group, group.index(m) + 1, para)
            elif not m.children:  # an item that is a paragraph: its next sentences say it, up to its sibling
                units += _item_sentences(m, case, para)
            if intent.answer_type in TYPED_ANSWERS and not any(has_answer_type(intent, u.text) for u in units):
                # "头一项里要新成立个啥机构?": the item's own sentence holding the kind asked, further down its paragraph
                typed = [_span(para, a, b) for a, b in sentence_spans(para.text) if para.start + a >= m.unit.start]
                units += [u for u in typed if has_answer_type(intent, u.text)][:1]
            units += _asked_inside(intent, m, units, para)
            lines = [_quote(u, case.passages[u.passage_no - 1], cites) for u in units]
            head = f"{case.passages[0].chunk.name}“{display_text(item_name(m.label or m.unit.head))}”:"
            body = lines[0] + ("\n\n" + "\n".join(f"- {x}" for x in lines[1:]) if len(lines) > 1 else "")
            return f"{_label(case.passages[0])}\n\n{head}{body}", units
    return "", []


def _item_sentences(m: Measure, case: CaseOutline, para: Unit) -> list[Unit]:
    """The sentences of an item's paragraph after its own unit, up to ITEM_SENTENCES and before the next item of the
    outline begins: what the item says beyond its opening, when it has no items of its own."""
    nxt = min((x.unit.start for x in case.measures if x.unit.start > m.unit.start), default=None)
    out = []
    for a, b in sentence_spans(para.text):
        if para.start + a < m.unit.end:
            continue
        if (nxt is not None and para.start + a >= nxt) or len(out) == ITEM_SENTENCES:
            break
        if b - a >= MIN_ITEM_SENTENCE:
            out.append(_span(para, a, b))
    return out


def _items_named(case: CaseOutline, target: str) -> list[Measure]:
    """The outline items an item of a previous answer names: those whose name it writes nearly as a whole
    (ITEM_MATCH both ways); else the one item whose name holds nearly all of it, when no other does as much (a
    list answer names its items without the opening they share, "教育服务供给创新" of "扩大线上教育资源供给有利
    于教育服务供给创新", and an asker may shorten it further: "有利于服务供给创新")."""
    names = [re.sub(r"\W", "", item_name(m.label or m.unit.head)) for m in case.measures]
    whole = [m for m, n in zip(case.measures, names) if len(n) >= 2
             and min(bigram_share(n, target), bigram_share(target, n)) >= ITEM_MATCH]
    if whole or len(target) < HELD_ITEM_CHARS:
        return whole
    held = sorted(((bigram_share(target, n), i) for i, n in enumerate(names) if len(n) >= 2), reverse=True)
    if not held or held[0][0] < HELD_ITEM_SHARE:
        return []
    top = held[0][1]
    # (an outline lists a sentence once per level it heads: the same name twice is one item)
    rivals = [i for s, i in held[1:] if s >= held[0][0] - HELD_ITEM_MARGIN and names[i] != names[top]]
    return [] if rivals else [case.measures[top]]


def _asked_inside(intent: QueryIntent, m: Measure, units: list[Unit], para: Unit, until: int | None = None) -> list[Unit]:
    """The clause of an item's paragraph that states what a drill-down's own words ask inside the item ("到了第三阶段,
    为了让全市老师整体往上提,搞的是什么样的培训?" -> "着眼师资队伍整体提升,开展教师市级平台全员培训;"), when it
    states more of them than the item's own lines do: the item is where to look, its own words what to find."""
    # (the words pointing at the item, "讲服务供给创新那条", name the item: what is asked inside it is the rest)
    pointer = cues.ITEM_POINTER_RE.search(normalize(intent.question))
    own = [t for t in intent.own_subject if t not in intent.situation and not (pointer and t in pointer.group(1))]
    if not own:
        return []

    # (the noun a question word asks, 培训 of "什么样的培训", is the thing to find: it counts twice)
    after = kinds_asked(intent.question)

    def stated(text: str) -> int:
        t = normalize(text)
        return sum((2 if any(a.startswith(x) for a in after) else 1)
                   for x in own if any(w in t for w in [x, *intent.equivalents.get(x, [])]))

    already = max((stated(u.text) for u in units), default=0)
    clauses = [(c.start(), c.end()) for c in re.finditer(r"[^。;;!?!?]+[。;;!?!?]?", para.text)
               if para.start + c.start() >= m.unit.end and (until is None or para.start + c.start() < until)
               and not any(u.start <= para.start + c.start() < u.end for u in units)]
    best = max(clauses, key=lambda c: stated(para.text[c[0]:c[1]]), default=None)
    if best is None or stated(para.text[best[0]:best[1]]) <= already:
        return []
    a, b = best
    while a < b and para.text[a].isspace():
        a += 1
    return [Unit(para.passage_no, para.case_id, para.start + a, para.start + b, para.text[a:b])]


def _was_said(m: Measure, said: list[str]) -> bool:
    """Did the previous answer say this item, in full or shortened ("(1)帮助实验校编制三年发展规划,分解年度工作任务"),
    or name it among others ("三步:先统筹谋划,再推进实施…" names 统筹谋划阶段(2019年3-6月): most of the item's name
    without its parenthesised aside)?"""
    text = normalize(m.unit.text)
    name = re.sub(r"[((][^))]*[))]", "", item_name(m.label or m.unit.head))
    return said_before(text, said) or any(len(x) >= 6 and bigram_share(x, text) >= SAID_ITEM for x in said) \
        or (len(name) >= 4 and any(bigram_share(name, x) >= SAID_ITEM for x in said))


ASKED_VERB_RE = re.compile(r"([一-龥]{1,2}?)了?(?:哪几|哪些|哪[两三四五六七八九十])")


def _opened_by_asked_verb(question: str, names: list[str]) -> bool:
    """"…由集团统一安排,到底统哪几样?" of 统筹招生培养、统筹教师资源…: the verb the sentence that asks writes right
    before its question word (统, 统了, or 统筹 written whole) opens every item of a list, which names the things done
    so. So does a verb of the asking clause after the kind asked ("从哪些方面下手帮扶的?", "从哪几方面去帮扶实验校"),
    or a thesaurus synonym of it (帮助实验校编制…, 帮助实验校开展… for 帮扶)."""
    asking = asking_part(question)
    common = os.path.commonprefix([n for n in names if n]) if len(names) >= 2 else ""
    if len(common) < 2:
        return False
    m = ASKED_VERB_RE.search(asking)
    if m and (common.startswith(m.group(1)) or common.startswith(m.group(1)[-1])):
        return True
    return any(common.startswith(w) for verb in _verbs_after_asked_kind(asking) for w in [verb, *synonyms(verb)] if len(w) >= 2)


@functools.lru_cache(maxsize=256)  # a pure function of the question, asked once per list scored
def _verbs_after_asked_kind(asking: str) -> tuple[str, ...]:
    """The verbs of two or more characters the asking clause writes after its question word ("从哪几方面去帮扶实验校"
    -> 帮扶): what is done to, or by way of, the things asked. Verbs proper (not a noun a verb may be, 教育 tagged vn),
    after a question word (not the 几 of "这几个…")."""
    m = re.search(r"哪|(?<![这那])几", asking)
    if not m:
        return ()
    import jieba.posseg as pseg

    _jieba()
    clause = re.split(r"[,,。;;??!!]", asking[m.end():])[0]
    return tuple(w for w, f in pseg.cut(clause) if f == "v" and len(w) >= 2)


# The verb the sentence that asks writes before "的是哪几…" ("他说要做到的是哪几点"): group 1
ASKED_OBJECT_VERB_RE = re.compile(r"([一-龥]{2})的(?:是|有)?(?:哪几|哪些|哪[两三四五六七八九十])")


def _introduced_by_asked_verb(question: str, before: str, fronted: str = "") -> bool:
    """"他说要做到的是哪几点?" of "…做到“打造品牌、提升品质、促进均衡”": the verb whose objects the question asks
    (written before 的是哪几) is the one the text writes right before the list, whose items are then its objects; or
    the one closing the clause after a list that opens its sentence (`fronted`: "学校的办学目标、发展路径和主要措施,由各校
    …自主确定" for "由学校自主确定的是哪几样": the objects put first, as the topic)."""
    m = ASKED_OBJECT_VERB_RE.search(asking_part(question))
    return bool(m) and _is_verb(m.group(1)) and (before.rstrip("“\"〃::  ").endswith(m.group(1))
                                                or fronted.rstrip().endswith(m.group(1)))


def _fronted_clause(text: str, found: InlineList) -> str:
    """The clause after a list that opens its sentence (nothing but its modifiers before it, no clause break: "学校的
    A、B和C,由各校…自主确定。"), up to the sentence's end; "" when the list does not open its sentence."""
    opens = max((m.end() for m in re.finditer(r"[。;;!!??]", text[:found.start])), default=0)
    if re.search(r"[,,::]", text[opens:found.start]):
        return ""
    return re.split(r"[。;;!!??]", text[found.end:], maxsplit=1)[0]


def _retold(group: list[Measure], said: list[str]) -> float:
    """How much of what the previous answer said the list's items hold (the share of its character pairs they write,
    1.0 for items it quoted): a paraphrase keeps some of the items' words, few of another list's."""
    items = normalize("".join(m.label + m.unit.text for m in group))
    return max((bigram_share(x, items) for x in said), default=0.0)


def _enumerator(head: str) -> int:
    """The number an item's head carries (二是 -> 2, 3. -> 3, (四) -> 4); 0 when none."""
    m = re.match(r"^\s*[((]?([一二三四五六七八九十]{1,3}|\d{1,2})(?:是|[、.．))]|\s*[.、])", head)
    return cn_number(m.group(1)) if m else 0


def _named(items: list[str]) -> str:
    """Items joined by 、, or each quoted when an item holds 、 itself (“安定区、市一中与漳县”)."""
    return "".join(f"“{i}”" for i in items) if any("、" in i for i in items) else "、".join(items)


def _introducing_clause(text: str, start: int) -> str:
    """The clause before an enumeration, or the one before that when the list opens its own clause with an
    introducer ("…教育教学新模式,如线上线下融合教学、…")."""
    cuts = [m.end() for m in re.finditer(r"[,,。;;::]", text[:start])]
    own = text[cuts[-1] if cuts else 0:start]
    if len(cuts) >= 1 and (not own.strip() or INTRODUCER_RE.fullmatch(own.strip())):
        return text[cuts[-2] if len(cuts) >= 2 else 0:start]
    return own


def _count_word(n: int) -> str:
    """A count before a classifier: two is 两 (两个, 两项), not 二."""
    return "两" if n == 2 else _cn(n)


# The classifier a kind of way or form takes when the question gives none ("哪些…方式" -> 共两种方式, not 两个方式)
KIND_CLASSIFIERS = {k: "种" for k in ("方式", "方法", "模式", "形式", "类型", "途径", "渠道", "办法")}


def _count_phrase(question: str, kind: str, n: int) -> str:
    """"共三种模式": the count, the question's classifier and the kind it lists (共五项 when it names neither)."""
    cls = CLASSIFIER_RE.search(question)
    own = asked_word(question)
    kind = own if own and generic_kind(own) == kind else kind  # the asker's word (毛病) for the kind matched (问题)
    count = _count_word(n)
    if kind in cues.RESPECT_KINDS:
        return f"共{count}个方面"  # 在哪些地方见到变化: the respects are aspects, whatever the classifier
    if kind in cues.SENTENCE_KINDS:
        return f"共{count}句"  # 原话是哪几句: sentences are counted in 句
    if len(kind) == 1 and kind in GENERIC_KINDS:  # 哪几头, 哪几样: a colloquial classifier; the count says 项
        return f"共{count}项"
    unit = cls.group(1) if cls else (KIND_CLASSIFIERS.get(kind[-2:], "个") if kind else "项")
    named = f"“{kind}”" if f"“{kind}”" in question else kind  # 哪几个“共” -> 共六个“共”
    return f"共{count}{unit}{named if kind and kind not in unit else ''}"


def _without_shared_opening(items: list[str]) -> list[str]:
    """Items that all open with the same words ("扩大线上教育资源供给有利于实现…", "…有利于推动…") are named by
    what follows: the shared opening frames the list."""
    if len(items) < 3:
        return items
    n = 0
    while all(len(i) > n + 2 and i[n] == items[0][n] for i in items):
        n += 1
    return [i[n:] for i in items] if n >= 4 else items


def _without_shared_verb(items: list[str], kind: str) -> list[str]:
    """Items that all open with the same verb ("实施校安工程", "实施千所村小提升工程") are named by what follows it;
    unchanged when they open otherwise (规划布局到位, 经费投入到位: each its own name), or when the verb is the kind
    counted (“六个统筹”: 统筹招生培养…)."""
    verb = items[0][:2] if items else ""
    if len(items) < 2 or not all(i.startswith(verb) and len(i) > len(verb) + 2 for i in items) or not _is_verb(verb) \
            or verb in kind or kind in verb:
        return items
    return [i[len(verb):] for i in items]


def _count_fit(intent: QueryIntent) -> Callable[[int], float]:
    """How well an enumeration's length fits the count the question states ("哪三方面"): a strong sign of which
    enumeration is meant; no effect when the question states none."""
    # (a count in the scene or the asker's statement before the sentence that asks, "两所学校牵了手,…。淄博…靠哪几种
    # 工作机制…?", sizes what they describe, not the list asked)
    # (unless the sentence that asks leaves what it asks to the statement: "…split into four strands. What are they?")
    q = intent.question[asking_offset(intent.question):] if intent.situation or intent.statement_end else intent.question
    asked = asked_count(q, asked_word(intent.question))  # the asker's word: 毛病 sizes no other set
    return lambda n: 0.0 if asked is None else (COUNT_MATCH if n == asked else -COUNT_MATCH / 2)


COUNT_MATCH = 0.5
# Kinds named by different words for one thing: a list whose items name an alias, or (as surely as the kind itself
# there) the words introducing or closing it ("…等多种模式" for 方式, "分三个阶段" for 步), is of the asked kind.
# (a benefit is written as what a thing is good for, "…有利于实现…", "有助于…": items saying so are benefits)
# (a way or form of doing is written as a model, "按哪些组合方式" answered by "…等多种模式"; a model asked is no
# form of an event, "召开现场会、研讨会等形式"; a style asked, 哪几种样式, is a model, 参考发展模式, not a form of an event)
KIND_ALIASES = {"步": ("阶段", "步骤"), "阶段": ("步",), "步骤": ("阶段", "步"),
                "好处": ("有利于", "有助于"), "益处": ("有利于", "有助于"),
                "方式": ("模式", "形式"), "形式": ("方式", "模式"), "样式": ("模式",)}
# A change hoped for is written as a state reached: the item ends in a verb of changing ("…明显提升", "…面貌改善",
# "…初步形成", "…逐步缩小"); one opening with a verb of doing is an action to take ("提升师生教学体验", "推动…全面提升")
CHANGE_KINDS = frozenset({"变化", "改变"})
CHANGE_REACHED_RE = re.compile(r"(?:提升|提高|改善|优化|转变|增强|建立|形成|减轻|减少|缩小|增加|扩大|显现)$")
ACTION_OPENING_RE = re.compile(r"^(?:推动|推进|促进|加快|着力|帮助|实现|进一步|提升|提高|改善|优化|转变|增强|建立)")


TITLE_SHARE = 0.5  # weight of the document's title in what a list is about
QUOTE_MATCH = 0.5  # the question quotes what introduces the list, quoted as the sources quote it (在“管”字上)
KIND_MATCH = 0.5
# The question quotes the word the items share (哪几个“奋进”, 哪几样“化”): a list whose every item writes it is the
# one asked, as surely as one whose introduction writes a quoted phrase (QUOTE_MATCH).
QUOTED_KIND = QUOTE_MATCH
MIN_ROLES_NAMED = 2  # roles of a repeated frame a question names to ask that list (one may be a word of anything)
FRAME_MATCH = QUOTE_MATCH  # the question asks inside the frame the list is written in (在…上), as surely as a quote
TYPED_ITEM_POOL = 8  # best sentences in which a drilled-into item must be stated for them to answer it
ANCHOR_MATCH = 0.5  # a list in the paragraph of what the previous answer said: the one a follow-up asks about
CLOSING_MATCH = 0.5  # the question's words in the noun that closes an inline list
CLAUSE_MEANS_MATCH = 0.25  # a list in a clause opened by 通过, asked as 途径/方式: ways, less surely than a 以…为载体 frame
OPENING_VERB_MATCH = 0.5  # every item opens with the verb the question writes before its question word (统 of 统筹…)
ASKED_VERB_LIST_MATCH = 0.5  # the verb whose objects are asked (做到的是哪几点) is written right before the list
EXAMPLES_MATCH = 1.0  # per share of the examples a question gives of its items (像A、B、C这些) that a list writes
KIND_SHARE = 0.75  # share of items naming the asked kind for the list to be of that kind
# What may stand between a list's last item and the noun naming its kind: 等, 各, 这些, a count, "等在内的各类"
# ("包括A、B、C等在内的各类激励机制": the items are 激励机制)
CLOSED_BY_KIND_RE = re.compile(r"(?:等(?:在内)?的?|各|这|这些)?(?:各类|各种|多种|[一二两三四五六七八九十\d多]+[个项种类大])?"
                               r"(?:(?<=等)[一-龥]{2})?")  # (a word modifying the kind after 等: "…等工作机制")
# 等 and a word modifying the kind that closes the list (等工作机制); a count or a quantifier (等三个方面, 等各个层面,
# 等多种) modifies nothing
MODIFIED_KIND_RE = re.compile(r"等(?![一二两三四五六七八九十\d各多诸])[一-龥]{2}")
# "…等方面的自主权": the items are aspects (group 1, the kind word) of the noun after 的 (group 2)
ASPECTS_OF_RE = re.compile(r"(?:等|各)?(?:[一二两三四五六七八九十\d多]+个?)?([一-龥]{1,2})的([一-龥]{2,})")
HEAD_ONLY = 16  # characters: an item this short is a head whose content follows it
SAID_ITEM = 0.6  # share of a previous answer's sentence found in an item for the item to count as said
CONTINUED_LIST = 1.0  # a list some of whose items the previous answer said: the one a follow-up continues
NAMED_ITEM_CHARS = 4  # an item the question names is written whole, two words (学校层面), not one word its subject may be (共同体)
NAMED_ITEM_MATCH = 0.5  # an inline list introduced by the one item of another list the question names (学校层面实施…)
NAMED_SECTION = 1.0  # a list introduced by a section or lead whose whole name the question writes: the one asked
EDGE_MATCH = 0.5  # a list at the edge of the document the question asks about (开头, 末尾), as surely as a quote
OUTERMOST_MATCH = 0.25  # a whole summed up: a list the document writes at its top level, inside none of its items
ITEM_MATCH = 0.8  # bigram overlap, both ways, for an outline item to be the item a drill-down names
ITEM_SENTENCES = 2  # sentences beyond its opening that a drill-down into a paragraph item quotes
MIN_ITEM_SENTENCE = 6
HELD_ITEM_CHARS = 4  # a shortened item shorter than this names nothing surely
HELD_ITEM_SHARE = 0.8  # share of a shortened item's bigrams an outline item's name must hold
HELD_ITEM_MARGIN = 0.15  # another name holding nearly as much leaves the item unresolved
# A method question answered by one sentence at least as well as by any measure's name opens with that sentence: a
# sentence states how, a measure's name only labels it (0.1 lost six answers on the tuning sets to outlines of
# loosely matching measures, 0.0 none; below 0.0 a worse-matching sentence would beat the case's own measures).
METHOD_SENTENCE_MARGIN = 0.0


# An item that opens with its amount ("3000名市级教坛新星", "两万元补助"): a figure, not a way of doing something
AMOUNT_ITEM_RE = re.compile(r"[\d一二两三四五六七八九十百千万]+(?:\.\d+)?[万千百]?(?:名|人|所|个|位|元|万元|家)")
TITLE_STRETCH = 4  # characters of a document's title, written in a row, that name the document (two words at least)


def _writes_title(term: str, question: str, title: str) -> bool:
    """Is the term part of a stretch of at least TITLE_STRETCH characters of the title that the question writes as it
    stands ("高质量发展行动方案")? Then it names the document. (A longer stretch holds a window of that length around
    the term, so windows of that length are all that need looking at.)"""
    n = max(TITLE_STRETCH, len(term))
    return any(len(w := question[a:a + n]) == n and w in title
               for m in re.finditer(re.escape(term), question) for a in range(max(0, m.end() - n), m.start() + 1))


def _topics_taken_up(items: list[str], asking: str, kind: str = "") -> bool:
    """Are the items questions ("为什么要做“提质强校”工程、这是一个什么项目…") while the question asks no discussion?
    Such items are the topics a speaker or a text takes up: they answer only what was said or discussed, never what
    was done; nor a kind of thing other than a topic, however it was said ("徐局长说项目能让学校实现哪几个目标":
    targets, not the questions a speech went through)."""
    return all(cues.QUESTION_ITEM_RE.search(i) for i in items) and (
        not cues.DISCUSSION_ASKED_RE.search(asking) or bool(kind) and kind not in cues.TOPIC_KINDS)


def _names_only_its_document(intent: QueryIntent, case: CaseOutline) -> bool:
    """Is every subject word of the question a word of the case's title, written as the title writes it ("亳州办农民
    家门口的学校,…哪几条线?" of 《办好农民家门口的学校》; the verb of "从哪几头下手" apart)? Then the question names the document, and its parts asked
    are the whole document's, as "通篇分几大块" asks: a list whose sentence repeats the title's words is not them."""
    title = normalize(case.passages[0].chunk.title)
    question = normalize(intent.question)
    subject = _subject_words(intent)
    # (the asker's scene before the sentence that asks, "市里让我们把乡下娃的学校办像样些。", names no subject of the
    # document: "亳州那篇经验拢共是从哪几头下手的?" then names only the document)
    scene, asked = question[:intent.statement_end], question[intent.statement_end:]
    own = [t for t in subject if t not in intent.situation and not (t in scene and t not in asked)]
    if not own and ITEMS_MODIFIED_RE.search(asked):
        return False  # "…靠哪些线上上课的办法补上": the items asked are of a kind the sentence qualifies itself
    return bool(subject) and all(_writes_title(t, question, title) for t in own)


# The items asked qualified by a clause before 的 ("哪些线上上课的办法"): a kind of the sentence's own
ITEMS_MODIFIED_RE = re.compile(r"(?:哪些|哪几|几)[^,,。;;??]*的(?![呢吗啊呀吧哦嘛])[一-龥]")


def _subject_words(intent: QueryIntent) -> list[str]:
    """The question's topic words but the verb of starting closing "从哪几头下手" (`cues.START_FROM_ASPECTS_RE`):
    it says where the work begins, not what the work is about."""
    starting = {m.group(1) for m in cues.START_FROM_ASPECTS_RE.finditer(normalize(intent.question))}
    return [t for t in intent.topic_terms if t not in starting]


def _about(intent: QueryIntent, about: str, title: str, weights: TermWeights) -> float:
    """How well what introduces a list states the question's subject; a list is also about what its document is
    about, at a lower weight (TITLE_SHARE), so the document's title breaks ties without flattening the rest. The
    document's own top-level list is introduced by the title itself, which counts at that weight too: the words
    naming the document ("那份…行动方案") do not make its first list the one asked."""
    own = about.replace(title, " ") if title else about
    # (the words a clause asks of each part, "每块要汇聚或增强的是什么", say nothing of which list the parts are)
    of_each = _asked_of_each(intent)
    terms = [t for t in intent.topic_terms if t not in of_each] if of_each else None
    return max(coverage(intent, own, weights, terms), TITLE_SHARE * coverage(intent, about + " " + title, weights, terms))


def _subject_kinds(intent: QueryIntent) -> list[str]:
    """The nouns of the sentence that asks, without the asker's scene before it (`QueryIntent.situation`): what a
    word for a kind itself ("哪几种类型") asks the kinds of (共同体), not a doing (推荐) nor the scene's words."""
    return [t for t in intent.topic_terms if t not in intent.situation and t not in cues.KIND_WORDS
            and not _is_verb(t, verbal_noun=True)]


def _without_kind(intent: QueryIntent, kind: str) -> list[str]:
    """The question's topic words other than the kind it lists and those it asks of each part (`_asked_of_each`): an
    item naming the kind (阶段性总结 for 阶段) is judged by `_of_kind`, not counted again as naming the subject."""
    of_each = _asked_of_each(intent)
    return [t for t in intent.topic_terms if t != kind and t not in of_each]


def _quotes_met(question: str, text: str, title: str = "") -> bool:
    """A phrase the question quotes appears quoted in the text: the question refers to that very wording. A phrase
    the document's title quotes (“管办助评”) names the whole document, not one part of it."""
    return any(re.search(f"[“〃\"]{re.escape(q)}[”〃\"]", text) for q in quoted_phrases(question) if q not in title)


def _introduced_by_quoted(question: str, before: str, names: tuple[str, ...] = ()) -> bool:
    """The clause introducing a list opens it with a phrase the question quotes, as the list's subject ("教育局长研究
    包括A,B…" for 把“教育局长研究”拆成了哪些题目): the quotation marks name the thing whose parts are asked, even
    when the sources write it unquoted; or with the name the sources give that phrase (`quoted_names`: “1388” is the
    奋进计划, and "奋进计划分为…" lists its parts)."""
    subjects = [q for q in quoted_phrases(question) if len(q) >= 2] + list(names)
    return any(re.search(re.escape(q) + r"(?:主要|具体)?(?:包括|包含|涵盖|分为|分成|主要有)$", normalize(before))
               for q in subjects)


def quoted_names(question: str, texts: list[str]) -> tuple[str, ...]:
    """The names the sources write right after a phrase the question quotes, ending in a noun of a named scheme
    (“1388”奋进计划 -> 奋进计划, “领头雁+群雁飞”工程 -> 工程 alone is too short to be a name): later sentences call the
    scheme by that name alone ("奋进计划分为…")."""
    out: list[str] = []
    for q in quoted_phrases(question):
        pattern = re.compile(f"[“〃\"]{re.escape(q)}[”〃\"]([一-龥]{{0,4}}(?:{cues.SCHEME_NOUNS}))")
        out += [m.group(1) for t in texts for m in pattern.finditer(t) if len(m.group(1)) >= 3]
    return tuple(dict.fromkeys(out))


def _quoted_kind(question: str, items: list[str]) -> float:
    """QUOTED_KIND when the question quotes a wording (哪几个“奋进”, 哪几样“化”的变化) that the items write (奋进筑基、
    奋进聚才…; 可视化、数据化…): the quotation marks say the items share that very wording, not merely something
    about it."""
    return QUOTED_KIND if any(_of_kind(q, items, "") == 1.0 for q in quoted_phrases(question)) else 0.0


def _examples_met(question: str, items: list[str]) -> float:
    """The share of the examples a list question gives of its items ("像教研、课堂、人员往来这些") that the items
    write (网络教研, 空中课堂…): the asker described the list asked by some of its members. 0 with no examples."""
    given = ASKER_EXAMPLES_RE.search(question)
    if not given:
        return 0.0
    examples = [e for e in re.split(r"[、和与及]", given.group(1)) if len(e) >= 2]
    if len(examples) < 2:
        return 0.0
    return sum(any(e in i or i in e for i in items) for e in examples) / len(examples)


def _in_asked_frame(question: str, found: InlineList) -> bool:
    """Does the question ask inside the frame 在…上 (在哪几头上) and the text write the list in it (在A、B还是C上, as
    `inline_lists` found it)? Or does it ask what fills the roles a repeated frame gives its items ("拿什么当根本、靠
    什么做动力" of 以A为根本,以B为动力): two of those roles named are the asker pointing at that very list."""
    roles = sum(r in question for r in found.roles)
    return found.in_frame and bool(FRAME_ASKED_RE.search(question)) or roles >= MIN_ROLES_NAMED


def _describes_another(items: list[str], closing: str, kind: str, topic: list[str]) -> bool:
    """Do a list's items describe one thing named after 的 ("推动形成…、结对学校自主发展、校长教师积极参与的良好氛围",
    "资源共享、优势互补、合作共赢的教育发展联盟") that is neither of the kind asked (好处, 工程) nor what the question
    asks about? Then they are that thing's qualities, not things of the asked kind; the qualities of the thing asked
    about ("资源充裕、…、特色鲜明的现代基础教育体系" for 体系有哪几个特点) are what is asked. Only a kind asked
    decides; 的 inside every item is their own wording."""
    if len(kind) < 2:  # (a one-character kind, 事 of 哪几件事, is said of anything done)
        return False
    if closing.startswith("的"):
        described = closing[1:]
    elif "的" in items[-1] and not any("的" in i for i in items[:-1]):
        described = items[-1][items[-1].rfind("的") + 1:]
    else:
        return False
    return len(described) >= 2 and kind not in described and not any(w in described for w in equivalents(kind)) \
        and not any(t in described for t in topic if t not in cues.GENERIC_TERMS)


# A sentence dividing something into parts it lists: a verb of dividing right before an enumeration
DIVIDING_SENTENCE_RE = re.compile(r"(?:分为|分成|划分为|分解为)[^,,。;;]{2,20}、")


def _divided_as_asked(asking: str, before: str) -> bool:
    """Does the question ask what a whole divides into (拆开来是哪几块) and the text introduce the list by a verb of
    dividing (分为, 包括)? Then the list states the parts asked, as a list in the asked frame does."""
    return bool(DIVISION_ASKED_RE.search(asking)) and bool(DIVIDED_INTO_RE.search(before))


THINGS_IN_GENERAL = frozenset({"东西", "事情"})  # generic kinds that name no kind of thing at all


def _of_kind(kind: str, items: list[str], around: str) -> float:
    """How surely the items are of the asked kind: each names it (可视化 for "化", 学生共育 for “共”, (二)优质资源拓展行动 for 行动):
    1; only the words that introduce or close the enumeration do (四、参考发展模式; 3个区域协作体): 0.5; else 0.
    A one-character generic kind (事, 项, 条) names nothing: found inside words (理事长), it says nothing; nor does a
    word for things in general (东西, 事情: "东西协作" is east and west)."""
    if not kind or kind in GENERIC_KINDS and (len(kind) == 1 or kind in THINGS_IN_GENERAL):
        return 0.0
    if kind in CHANGE_KINDS and sum(bool(CHANGE_REACHED_RE.search(i)) and not ACTION_OPENING_RE.match(i)
                                    for i in items) >= KIND_SHARE * len(items):
        return 1.0
    aliases = KIND_ALIASES.get(kind, ())
    if aliases and sum(any(a in i for a in (kind, *aliases)) for i in items) >= KIND_SHARE * len(items):
        return 1.0  # steps are stages: "分几步走" is answered by 第一阶段…, 统筹谋划阶段…
    if sum(kind in i for i in items) >= KIND_SHARE * len(items):
        return 1.0  # most items name it ("师资共享、学生共育…协同发展" for “共”)
    if kind in ROLE_KINDS and sum(bool(PERSON_ENDING_RE.search(i)) or is_person(i) for i in items) >= KIND_SHARE * len(items):
        return 1.0  # roles are named as people: "作为…的导引者、…的领导者、…的引领者" for 哪三个身份
    # (the kind, or a word of its fine thesaurus group: "聚焦…等主题" introduces the 题目 asked)
    if len(kind) > 1 and (kind in around or any(w in around for w in (*kind_mates(kind), *aliases))):
        return 0.5
    # (a compound kind by its generic head, whatever modifies it, where that closes the list: 运行机制 asked, "…等工作
    # 机制"; elsewhere the head names another thing, "为达成上述合作目标" beside “具体目标”)
    head = kind[-2:] if len(kind) >= 4 and kind[-2:] in GENERIC_KINDS else ""
    if head and re.search(f"等(?![一二两三四五六七八九十几多])[一-龥]{{2}}{head}", around):
        return 0.5
    # a generic kind's curated equivalents name it too (好处 = 倾斜, 激励: "评优选先倾斜、…等在内的各类激励机制")
    same = [w for w in equivalents(kind) if len(w) > 1] if kind in GENERIC_KINDS and len(kind) > 1 else []
    if same and sum(any(w in i for w in same) for i in items) >= KIND_SHARE * len(items):
        return 1.0
    if same and any(w in around for w in same):
        return 0.5
    # a one-character kind counts only as counted where the list is introduced ("实施三步走战略" for 哪几步)
    return 0.5 if re.search(f"[一二两三四五六七八九十\\d]+{re.escape(kind)}", around) else 0.0


def describes(closing: str, kind: str) -> bool:
    """Do a list's items describe one thing of the asked kind, named after 的 ("课前、课中、课后各环节的教育教学新模式":
    one 模式, not three)? "…等多种模式" or "如…" name its instances instead. A quoted run closes its quotation first
    ("“市级统筹、以县为主、学校参与”的区域教育协作分级负责机制"); a generic kind (机制) counts only as the very noun
    the items describe, not somewhere after 的."""
    described = re.match(r"[”〃\"]?(?:各[一-龥]{1,4})?的", closing)
    return bool(described) and kind != "" and (
        kind not in GENERIC_KINDS and kind in closing[described.end():] or closing.endswith(kind))


def _closed_as_asked(closing: str, kind: str, subject: list[str], question_asking: str = "") -> bool:
    """Does what closes a list name it as the question asks, in other words: a thesaurus synonym of the asked kind
    closing the items, then the asked subject as the noun they describe ("哪几个方向可以建特色初中" answered by
    "德育、外语…等方面的特色初中")? Either half alone is too loose: 方面 closes lists of anything, and a list
    describing 初中 may list any aspect of it."""
    m = re.match(r"(?:等|各)?(?:[一二两三四五六七八九十\d多]+[个项种类大])?([一-龥]{2})的(.+)$", closing)
    if not m:
        return False
    # the question's own "哪些K的N" ("哪些门类的特色初中") met by "…等K'的N" ("…等方面的特色初中"): the same noun N,
    # described by the items, whatever word each uses for their kind
    modified = re.search(r"(?:哪些|哪几[个种类项]?)[一-龥]{1,4}的([一-龥]{2,6}?)(?=[??,,。呢吗]|$)", question_asking)
    if modified and m.group(2).startswith(modified.group(1)):
        return True
    return m.group(1) in synonyms(kind) and any(len(t) >= 3 and m.group(2).endswith(t) for t in subject)


def _inline_list(intent: QueryIntent, pool: list[Unit], by_no: dict[int, Passage], cites: _Cites, weights: TermWeights,
                 fit: Callable[[int], float], asked_kind: str, divided_only: bool = False) -> tuple[str, list[Unit], float]:
    """The best enumeration written in running text, scored like an outline group: the topic's coverage of the
    clause that introduces it, the items' coverage, the count asked, the kind of thing asked, the passage's rank."""
    candidates: list[tuple[float, Unit, list[str], str, str, tuple[str, ...]]] = []
    inside: set[str] = set()  # items the question names, whose own lists are asked
    kind = asked_kind or (intent.topic_terms[-1] if intent.topic_terms else "")
    exclusive = _exclusive(intent)  # (once per question, not once per list found)
    seen: set[tuple[int, int]] = set()
    subject = _without_kind(intent, asked_kind)
    asked_own = _kinds(intent)[1]  # the asker's own word for the kind, "" when none is asked
    own_word = asked_own or kind
    # (a word for a kind itself, "典型有哪几种类型", names no noun: the subject's words are the kind of the items, as
    # the sentence that asks names it, not the asker's scene: "学校抱团的形式五花八门。…共同体,有哪几种类型?")
    subject_kinds = _subject_kinds(intent) if asked_kind in cues.KIND_WORDS else []
    kinds = (kind, own_word, *subject_kinds)
    # (the whole question when the sentence that asks leaves what it asks to the statement: "…split into four
    # strands. What are they called?")
    asking = normalize(intent.question[asking_offset(intent.question):])
    asked_subject = [t for t in subject if t in asking]  # the subject as the sentence that asks names it
    names = quoted_names(intent.question, [p.chunk.text for p in by_no.values()]) if quoted_phrases(intent.question) else ()
    # (a whole's division asked, "按内容划成了几个方面", is looked for in every sentence dividing something, "奋进计划分为
    # A、B…等四个具体方面", wherever the words rank it: the words asking name the whole loosely, "那个计划")
    # (one on the subject: "这段历史分成了哪几段" is not answered by a plan divided)
    dividing = [u for u in pool[10:] if DIVIDING_SENTENCE_RE.search(u.text) and u.coverage > 0] \
        if DIVISION_ASKED_RE.search(asking) else []
    for rank, unit in enumerate(pool[:10] + dividing):
        para = _paragraph(unit, by_no[unit.passage_no])
        if (para.passage_no, para.start) in seen:
            continue
        seen.add((para.passage_no, para.start))
        founds = inline_lists(para.text) + joined_before_kind(para.text, (asked_kind, asked_own))  # (the kind asked only)
        for found in founds:
            # (two things joined by 、 are a pair, not a list, unless the question asks for two or 等 leaves them open
            # as examples of the kind asked, as the question words it: `_open_of_kind`)
            pair = len(found.items) < 3 and fit(len(found.items)) <= 0
            if pair and not _open_of_kind(found.closing(para.text), (asked_kind, own_word),
                                          lambda words: coverage(intent, words, weights) > 0):
                continue
            # the question names one item ("学校层面做哪几件事"), not to set it aside (除了…另外两个): it may ask inside
            # that item, when a list that item introduces is found (below)
            # (by its whole name, or by what tells it from its siblings pointed at as one of them: 部门 of 政府层面、
            # 部门层面、学校层面 in "局属部门那一层", "学校这一层"; "放大到更多学校" points at none)
            tails = len(os.path.commonprefix([i[::-1] for i in found.items]))
            named = [i for i in found.items if len(i) >= NAMED_ITEM_CHARS and i in asking
                     or tails and len(i) - tails >= 2
                     and re.search(re.escape(i[:len(i) - tails]) + cues.MEMBER_POINTER, asking)]
            outer = named[0] if len(named) == 1 and not EXCLUDING_RE.search(asking) else _left_over(intent.question, found.items, tails)
            inside.update([outer] if outer else [])
            if kind in METHOD_KINDS and all(AMOUNT_ITEM_RE.match(i) for i in found.items):
                continue  # amounts ("3000名市级教坛新星、1000名…") say how much, not the ways of doing asked (做法)
            if all(len(i) == 1 for i in found.items) and para.text[max(found.start - 1, 0):found.start] in "“〃\"" \
                    and not all(i in intent.question for i in found.items):
                continue  # a quoted run of single characters ("比、学、赶、超"氛围) is a slogan, not things of a kind
            if _topics_taken_up(found.items, asking, asked_kind):
                continue  # the questions a speech takes up ("从为什么要做…、…等三个方面阐述"), not things done
            items_cov = max(coverage(intent, i, weights, subject) for i in found.items) if subject else 0.0
            # The kind of thing asked for (工程, 模式, 阶段, "化") names the items or closes the enumeration.
            # "…等三个方面", "…3个区域协作体": the noun that closes the enumeration, before any clause break;
            # "…教学新模式,如…": the noun that introduces it
            after = re.split(r"[,,。;;]", para.text[found.end:found.end + 12])[0]
            closing = found.closing(para.text)
            attributive = describes(closing, asked_kind)
            if _describes_another(found.items, closing, asked_kind, intent.topic_terms):
                continue  # "推动形成A、B、C的良好氛围": qualities of one atmosphere, no things of the kind asked
            before = _introducing_clause(para.text, found.start)
            # a clause that is itself a list introduces no other ("建立…A、B、C等…激励机制,推动形成D、E、F的…氛围":
            # the second list is what the first brings about): what introduces this one starts after that clause
            opens = max((m.end() for m in re.finditer(r"[。;;!!??]", para.text[:found.start])), default=0)
            prior = [f for f in founds if opens <= f.start and f.end <= found.start]
            brk = re.search(r"[,,;;::]", para.text[prior[-1].end:found.start]) if prior else None
            # (unless the list opens with a word pointing back, "…各环节的教育教学新模式,如A、B、C": then the clause
            # before, list or not, introduces it)
            if prior and not (brk and INTRODUCER_RE.fullmatch(para.text[prior[-1].end + brk.end():found.start].strip())):
                cut = prior[-1].end + brk.end() if brk else found.start
                before = before[max(0, len(before) - (found.start - cut)):]
            named_by = before + " " + after if attributive else before + " " + closing + " " + after
            # a list the text declares to be of a specific kind ("归纳为四个阶段:") is of that kind: a question asking
            # another kind ("这几个教育阶段分别提出了哪些要求") names its items' words but asks for other things
            declared = DECLARED_KIND_RE.search(before)
            if declared and asked_kind and declared.group(1) not in GENERIC_KINDS and \
                    not any(_of_kind(k, found.items, declared.group(0)) for k in (asked_kind, own_word)):
                continue
            # (the asker's own word counts as well as the generic kind it is read as: "哪些激励" is read as 好处, and
            # "…等在内的各类激励机制" names the list in the asker's word)
            of_kind = KIND_MATCH * max(_of_kind(k, found.items, named_by) for k in (kind, own_word))
            if any(_of_kind(k, found.items, "") == 1.0 for k in subject_kinds):
                of_kind = KIND_MATCH  # kinds of the subject, each item naming its noun (帮扶式共同体 of 共同体)
            # items closed as aspects of another thing ("人员、经费、设备、课程等方面的自主权") are that thing's aspects: they
            # are the aspects asked only when the question names that thing (特色初中 of "…等方面的特色初中")
            # (a doing after 的, "…兴趣爱好等方面的全面诊断", is done in those aspects: they are what it reaches)
            # (nor when the sentence that asks writes that thing's head, 权 of 自主权 in "在哪几个方面放权")
            aspects_of = ASPECTS_OF_RE.match(closing)
            described = _noun_phrase(aspects_of.group(2)) if aspects_of else ""  # 自主权 of "自主权真正赋予学校"
            if aspects_of and aspects_of.group(1) in (kind, own_word) and coverage(intent, described, weights) == 0 \
                    and not _ends_in_doing(described) and described[-1:] not in asking:
                of_kind = 0.0
            if len(set(found.roles)) > 1:
                of_kind = 0.0  # items a frame gives each its own role (根本, 动力, 手段) are of no one kind named there
            elif found.kind:
                of_kind = KIND_MATCH  # "…A和B的矛盾": found by the asked kind they modify (`joined_before_kind`)
            elif found.means and any(k in WAY_KINDS for k in (asked_kind, own_word)):
                of_kind = KIND_MATCH  # "以A、B等为载体,开展…": the vehicles the doing goes through, asked as 方式, 途径, 抓手
            elif found.means_clause and any(k in cues.ROUTE_KINDS for k in (asked_kind, own_word)) \
                    and (not subject or coverage(intent, unit.text, weights, subject) > 0):
                # "通过A、B等工作机制,…": ways, named so less surely than by the frame, and of what the question asks
                # only in a sentence on its subject (not "通过…等举措,放大名校资源效应" for 融合型发展's 手段); ways
                # of going about it (途径, 方式), not the vehicles or platforms a frame names (载体, 平台)
                of_kind = CLAUSE_MEANS_MATCH
            elif any(k and k in closing and (k not in GENERIC_KINDS or len(k) >= 2 and MODIFIED_KIND_RE.fullmatch(closing[:closing.find(k)]))
                     and CLOSED_BY_KIND_RE.fullmatch(closing[:closing.find(k)]) for k in (asked_kind, own_word)):
                # the noun right after the items names them ("课前、课中、课后各环节", "…等在内的各类激励机制"), as surely
                # as items naming it; a generic kind too when a word modifies it there ("…等工作机制": a kind of its
                # own, where "…等机制", "…等方面" close lists of anything)
                of_kind = KIND_MATCH
            elif any(k and k not in GENERIC_KINDS and _taken_up_as(para.text, found, k) for k in kinds):
                of_kind = KIND_MATCH  # "先后选树A、B、C和D,以典型引领…": the next clause takes them up as the kind
            # What closes the list names it ("…等方面的特色初中", "…的现代基础教育体系"): the question's words there
            # say this is the list asked for, more surely than the clause the sentence opens with.
            closing_cov = coverage(intent, closing, weights) if len(closing) >= 2 and not attributive else 0.0
            # the question names what it lists (工程, 模式); an enumeration of something else is not it
            if exclusive and not of_kind and fit(len(found.items)) <= 0 and \
                    not _closed_as_asked(closing, asked_kind, asked_subject, asking):
                continue
            # A paragraph's headline ("坚持共建共享。") introduces every list in its body.
            first = re.match(r"[^。;;!!??]*[。;;!!??]?", para.text).group(0)
            about = found.context(para.text) if found.start < len(first) else first + found.context(para.text)
            score = _about(intent, about, by_no[unit.passage_no].chunk.title, weights) + 0.5 * items_cov - 0.02 * rank + fit(len(found.items)) \
                + of_kind + CLOSING_MATCH * closing_cov + QUOTE_MATCH * (_quotes_met(intent.question, about, by_no[unit.passage_no].chunk.title) or _introduced_by_quoted(intent.question, before, names)) \
                + ANCHOR_MATCH * unit.anchored \
                + _quoted_kind(intent.question, found.items) + FRAME_MATCH * _in_asked_frame(intent.question, found) \
                + FRAME_MATCH * _divided_as_asked(asking, before) \
                + EXAMPLES_MATCH * _examples_met(intent.question, found.items) \
                + OPENING_VERB_MATCH * _opened_by_asked_verb(intent.question, found.items) \
                + ASKED_VERB_LIST_MATCH * _introduced_by_asked_verb(intent.question, before, _fronted_clause(para.text, found))
            candidates.append((score, _span(para, found.start, found.end), found.items, before, outer, found.roles))
    # the list a named item introduces ("激发内在发展活力,学校层面实施…") is the one asked inside it; the lists naming
    # that item are set aside only then
    introduced = {i for i in inside if any(i in before for *_, before, _, _ in candidates)}
    # (and the lists the named item's siblings introduce, "部门层面推进…" beside 学校层面, are theirs, not asked)
    siblings = {s for _, _, items, _, outer, _ in candidates if outer in introduced for s in items if s != outer}
    # a whole's parts asked (分成哪几块) are the list a verb of dividing introduces, where the sources write one: any
    # other list of the passages, however many of the question's words it shares, is something else of the whole
    divided = any(_divided_as_asked(asking, before) for *_, before, _, _ in candidates)
    scored = [(score + NAMED_ITEM_MATCH * any(i in before for i in introduced), u, items, roles)
              for score, u, items, before, outer, roles in candidates if outer not in introduced
              and not any(s in before for s in siblings) and (not (divided or divided_only) or _divided_as_asked(asking, before))]
    best = max(scored, key=lambda c: c[0], default=None)  # (the first at a tie, as before)
    if best is None or best[0] <= 0.1:
        return "", [], 0.0
    score, u, items, roles = best
    passage = by_no[u.passage_no]
    count = _count_phrase(intent.question, asked_kind, len(items))
    # (items a repeated frame gives roles are named with them: "促进教育公平(根本)" for 以促进教育公平为根本)
    # (items each naming one thing of the kind counted after the same verb, "实施校安工程、实施千所村小提升工程…" for
    # 几项工程, are named by what follows it: the verb frames the list, the names are what it counts)
    items_named = _without_shared_verb(items, asked_kind) if len(asked_kind) >= 2 and all(asked_kind in i for i in items) else items
    shown = [f"{i}({r})" for i, r in zip(items, roles)] if roles else items_named
    lead = f"{passage.chunk.name}{count}:{_named(shown)}。{cites.mark(passage)}"
    return f"{_label(passage)}\n\n{lead}\n\n{_quote(u, passage, cites)}", [u], score


def _taken_up_as(text: str, found: InlineList, kind: str) -> bool:
    """Does the clause right after the enumeration take its items up by the asked kind, as the means of what it says
    ("…和甘肃省书香家庭16个,以典型引领协同育人": the four are the 典型)? 以 + the kind (or 以这些/上述 + the kind)
    opening that clause refers back to what the clause before listed."""
    parts = re.split(r"[,,]", re.split(r"[。;;!!??]", text[found.end:], maxsplit=1)[0], maxsplit=1)
    return len(parts) == 2 and bool(re.match(r"以(?:这些|上述|此类)?" + re.escape(kind), parts[1]))  # the next clause


def _open_of_kind(closing: str, kinds: tuple[str, ...], asked: Callable[[str], bool]) -> bool:
    """Is an enumeration left open by 等 and closed by the asked kind as the question words it, the kind with a
    modifier the question writes too ("网络直播、录播授课等线上教学方式" for 哪些网上上课的方式: `asked` says whether
    words state some of the question)? Then two items are examples of the kind asked, a list, not a pair of things
    joined by 、. The kind alone (…等方面, …等问题) closes pairs of anything; a generic kind of one character (项, 种)
    names nothing."""
    head = re.split(r"[,,。;;]", closing)[0]
    kind = next((k for k in kinds if k and len(k) >= 2 and k in head), "")
    return head.startswith("等") and bool(kind) and asked(head[1:head.find(kind)])


def _left_over(question: str, items: list[str], tails: int) -> str:
    """The one item a question leaves when it sets the others aside by what tells them apart ("政府、部门那两头之外,
    轮到学校头上的…" of 政府层面、部门层面、学校层面 -> 学校层面): the item asked inside; "" unless exactly one is left."""
    q = normalize(question)
    m = EXCLUDING_RE.search(q)
    if not m or not tails:
        return ""
    aside = q[max((p.end() for p in re.finditer(r"[,,。;;??!!]", q[:m.start()])), default=0):m.end()]
    parts = [i[:len(i) - tails] for i in items]
    left = [i for i, p in zip(items, parts) if not (len(p) >= 2 and p in aside)]
    return left[0] if len(left) == 1 < len(items) else ""


def _noun_phrase(phrase: str) -> str:
    """The noun phrase opening the phrase ("自主权真正赋予学校" -> 自主权, "全面诊断,…" -> 全面诊断): its nouns and
    modifiers, ended by an adverb, preposition, particle or punctuation, or by a verb right after them, which heads
    it as a doing (诊断 of 全面诊断)."""
    import jieba.posseg as pseg

    _jieba()
    out = ""
    for w, flag in pseg.cut(phrase):
        if flag[:1] in ("d", "p", "u", "c", "x", "r", "m") or not w.strip():
            break
        out += w
        if flag.startswith("v") and flag != "vn":
            break
    return out


def _ends_in_doing(phrase: str) -> bool:
    """Is the phrase's last word a verb or verbal noun (全面诊断, 政策保障: 保障 is done), not a thing (自主权)?"""
    words = [w for w in _jieba().cut(phrase) if w.strip()]
    return bool(words) and _is_verb(words[-1], verbal_noun=True)


def _paragraph(u: Unit, passage: Passage, limit: int = 600) -> Unit:
    """The paragraph around a unit (enumerations run across its sentences: "政府层面…。部门层面…。")."""
    c = passage.chunk
    rel_s, rel_e = u.start - c.start, u.end - c.start
    s = c.text.rfind("\n", 0, rel_s) + 1
    e = c.text.find("\n", rel_e - 1)
    e = len(c.text) if e < 0 else e
    if e - s > limit:
        s, e = max(s, rel_s - limit // 2), min(e, rel_e + limit // 2)
    return Unit(u.passage_no, u.case_id, c.start + s, c.start + e, c.text[s:e])


def _span(para: Unit, start: int, end: int) -> Unit:
    """The sentences of a paragraph that hold [start, end) (offsets in the paragraph), as a quotable unit."""
    t = para.text
    s = max(t.rfind(x, 0, start) for x in "。!?!?") + 1
    ends = [i for i in (t.find(x, max(end - 1, 0)) for x in "。!?!?") if i >= 0]
    e = min(ends) + 1 if ends else len(t)
    while s < e and t[s].isspace():
        s += 1
    while e > s and t[e - 1].isspace():
        e -= 1
    return Unit(para.passage_no, para.case_id, para.start + s, para.start + e, t[s:e])


def _measures(intent: QueryIntent, scored: list[Unit], by_no: dict[int, Passage], cites: _Cites, weights: TermWeights,
              outline: Callable[[str], CaseOutline]) -> tuple[str, list[Unit]]:
    """Key measures of the place asked about, from its outline: all of them (leads with their items named) for
    a broad question, those matching the topic for a question about one problem."""
    pool = _pool(intent, scored)
    if not pool:
        return "", []
    case_id = intent.places[0] if intent.places else pool[0].case_id
    case = outline(case_id)
    ms = case.measures
    if not ms:
        return "", []
    topic = intent.topic_terms
    budget = BUDGET[intent.answer_type]
    if intent.sums_up and topic and (cues.DOCUMENT_DIVIDED_RE.search(asking_part(intent.question))
                                     or not any(t in normalize(asking_part(intent.question)) for t in _subject_words(intent))):
        # "…在写调研报告,想借个框架。那篇文章正文是按哪几大部分展开的?": the sentence that asks names no subject of
        # its own; the statement before says why the asker asks, and the whole document's parts are asked; so they
        # are when it asks how the document is divided ("那篇讲数字教育资源的文章分几层论证"): its words describe
        # the document, not one part of it
        topic = []

    def text_of(m: Measure) -> str:
        # A section is judged by its title and opening; a lead by its headline and its items' heads.
        if m.level == "heading":
            return m.label + m.unit.text
        return m.label + m.unit.text + "".join(ms[c].unit.head for c in m.children)

    # words of the document's own title name the document ("那份共同体指导意见"), not a subject inside it
    inside = [t for t in topic if t not in normalize(case.passages[0].chunk.title)]
    if intent.sums_up and inside and (sections := _document_sections(ms, budget)):
        # "余杭教育的家底和毛病,你给总体说说": the one top-level section whose title states the subject, summed up
        covs = [coverage(intent, item_name(m.label), weights, inside) for m in sections]
        best = max(covs)
        if best > 0 and covs.count(best) == 1:
            return _summed_up(sections[covs.index(best)], case, cites, ms)
    named = _named_measure(intent, case, weights) if topic else None
    # "初中方案在城乡均衡那部分,是怎么…": the words pointing at a part (`cues.ITEM_POINTER_RE`) name it; the rest
    # of the question asks what is done there, in words no heading need write
    pointer = cues.ITEM_POINTER_RE.search(normalize(asking_part(intent.question))) if topic and not intent.followup else None
    pointed = [t for t in topic if t in pointer.group(1)] if pointer else []
    if pointed and named is None and (part := _named_measure(intent, case, weights, pointed)) is not None and part.children:
        return _under(part, case, cites, budget)
    # (asked overall, "整体上", "哪几大块", the asker's words the corpus never writes are a way of saying: `_thematic`)
    overall = asked_overall(intent.question)
    if named is not None and (not _thematic(intent, case, weights, overall) or _names_all(intent, named, weights)):
        # "帮扶式共同体具体怎么搞?": the text under the item that names the subject; a section titled with every
        # word of the question is that section even when the case's opening names it too (an abstract lists them)
        return _under(named, case, cites, budget, _parts_counted(intent, named, case, cites))
    # (the whole's frame asked, "讲讲大的框架", with no part named: the whole, whatever words retell its story)
    framed = bool(cues.WHOLE_FRAME_RE.search(normalize(intent.question)))
    if topic and not framed and not _thematic(intent, case, weights, overall):
        cov = {id(m): coverage(intent, text_of(m), weights) + 0.1 * m.in_measure_section for m in ms}
        ranked = sorted(ms, key=lambda m: -cov[id(m)])
        top = cov[id(ranked[0])]
        best_unit = max((u.coverage for u in pool if u.case_id == case_id and not u.rhetoric), default=0.0)
        if intent.answer_type == "method" and best_unit >= top + METHOD_SENTENCE_MARGIN:
            return "", []  # a sentence states the asked method at least as well as any measure's name: it opens
        # Problem words (不足, 难) are rarely in the measures that answer them: keep what matches best.
        picked = []
        for m in ranked:
            if cov[id(m)] <= 0.1 or cov[id(m)] < 0.5 * top or len(picked) >= budget:
                continue
            if _related(m, picked, ms):
                continue
            picked.append(m)
    else:
        # (a whole's frame asked, "初中方案的大框架": its own top-level sections, as a summary's)
        picked = (_document_sections(ms, budget) if intent.sums_up or framed else []) or _top_level(ms, budget)
    if len(picked) < 2 and not (picked and len(picked[0].children) >= 2):
        headline = _headline_found(pool, case, case_id) if intent.answer_type == "overview" and not picked else None
        if headline is not None:
            return _under(headline, case, cites, budget)
        return "", []  # one measure alone is a fact, not an overview
    picked.sort(key=lambda m: m.unit.start)
    if len(picked) == 1:  # one lead or section: it introduces its items, each explained
        m = picked[0]
        intro = "" if _opens_with_item(m, ms) else _quote(m.unit, case.passage(m), cites) + "\n\n"
        bullets = [f"- {_quote(ms[c].unit, case.passage(ms[c]), cites)}" for c in m.children[:budget]]
        return f"{_label(case.passages[0])}\n\n{intro}" + "\n".join(bullets), [ms[c].unit for c in m.children[:budget]]
    lines = []
    for m in picked:
        opens_with_item = _opens_with_item(m, ms)
        quote = "" if opens_with_item else _quote(m.unit, case.passage(m), cites)
        if m.children and not quote:
            quote = "".join(cited(_head_only(ms[c].unit), cites.mark(case.passage(ms[c]))) for c in m.children[:6])
        lines.append(f"- **{display_text(m.label)}**:{quote}" if m.label else f"- {quote}")
        if m.children and not opens_with_item:  # its items, each with the start of what makes it concrete
            lines += [f"  {_sub_line(ms[c], case, cites)}" for c in m.children[:SUB_ITEMS]]
    # (the detail adds what the outline does not already quote: not a sentence a sub-line shows)
    shown = "\n".join(lines)
    room = 2 if topic and not intent.sums_up else 0  # (a summary's sections are its detail: none added)
    extra = [u for u in pool if u.case_id == case_id and u.coverage >= 0.5 and not u.rhetoric and not u.caption and
             not any(u.start < m.unit.end and m.unit.start < u.end for m in picked)
             and not _all_shown(u, shown)][:room] if room else []
    detail = "".join(_quote(u, by_no[u.passage_no], cites) for u in sorted(extra, key=lambda u: u.start))
    # the parts of a whole document asked as a list ("上城的改革分哪几块?", "材料归成了哪几大条?") are counted and
    # named first, as any list's are; the bullets then say each
    lead = ""
    if intent.answer_type == "list" and intent.sums_up and len(picked) >= 2:
        items = _without_shared_opening([item_name(m.label or m.unit.head) for m in picked])
        marks = _marks(case, picked, cites)
        # (counted by the asker's own word for the parts, 块, 大条, 层, as the document's parts: 部分 when none)
        divided = cues.DOCUMENT_DIVIDED_RE.search(asking_part(intent.question))
        said = divided.group(0) if divided else ""
        part = next((w for w in (*cues.DIVIDED_PARTS, *cues.DISTILLED_PARTS) if said.endswith(w)), "部分")
        part = "个" + part if part == "板块" else part  # counted with its classifier: 三个板块
        lead = f"{case.passages[0].chunk.name}共{_count_word(len(items))}{part}:{_named(items)}。{marks}\n\n"
    text = f"{_label(case.passages[0])}\n\n{lead}" + "\n".join(lines) + (f"\n\n{detail}" if detail else "")
    return text, [m.unit for m in picked] + extra


def _headline_found(pool: list[Unit], case: CaseOutline, case_id: str) -> Measure | None:
    """The lead (or section) whose own headline is the sentence found best for a broad question its names do not
    word ("定西在向外借力、往外走这一块": 秉持开放理念“走出去”…): the document's own structure then says what the
    answer's parts are, its items. None when the best sentence heads no list of two or more."""
    best = next((u for u in pool if u.case_id == case_id and not u.rhetoric and not u.caption), None)
    if best is None:
        return None
    heads = [m for m in case.measures if len(m.children) >= 2 and m.unit.start == best.start]
    # (a lead and the section it opens start alike: the lead is the narrower)
    return next((m for m in heads if m.level == "lead"), heads[0] if heads else None)


def _named_measure(intent: QueryIntent, case: CaseOutline, weights: TermWeights,
                   terms: list[str] | None = None) -> Measure | None:
    """The one item or lead whose own name states the subject ("帮扶式共同体。" for "帮扶式共同体具体怎么搞",
    "推进近郊初中提档升级。" for "怎么让近郊的初中上个台阶"), at least twice as well as any other measure's name;
    words the corpus never uses are left out. None when no name, or several alike, state it."""
    # An item whose whole name the question writes ("淄博的帮扶式共同体,城里学校怎么…") is named by it, whatever else
    # the question says about it; several such names are a question across them.
    verbatim = case.named_in(intent.question)
    if len(verbatim) == 1:
        return verbatim[0]
    known = [t for t in (intent.topic_terms if terms is None else terms) if not weights.unknown(t) or intent.equivalents.get(t)
             or (intent.expansions.get(t) and t not in intent.relayed)]
    # the item is named by the sentence that asks; the scene before it (`QueryIntent.situation`) says why
    known = [t for t in known if t not in intent.situation] or known
    if not known or max(weights.idf(t) for t in known) < NAMED_SPECIFIC_IDF:
        return None  # only common known words (学校, 教育) beside colloquial ones: they name no measure
    ms = case.measures

    def name(m: Measure) -> str:  # a lead is named by its paragraph ("合作总体目标是:…可以有以下提升:")
        if m.level != "lead":
            return item_name(m.label or m.unit.head)
        c = case.passage(m).chunk
        end = m.unit.end - c.start
        return c.text[c.text.rfind("\n", 0, max(m.unit.start - c.start, 0)) + 1:end]

    scored = sorted(((coverage(intent, name(m), weights, known), i) for i, m in enumerate(ms)), key=lambda x: -x[0])
    if not scored or scored[0][0] < NAMED_MEASURE:
        return None
    close = [i for cov, i in scored if cov > NAMED_DOMINANCE * scored[0][0]]
    leads = {i if ms[i].children else ms[i].parent for i in close}
    if len(close) > 1 and len(leads) == 1 and -1 not in leads:
        return ms[leads.pop()]  # a lead and its own items: the lead names what they share
    if len(close) > 1:
        # several names state it, one of them in the asker's own words as written, the others only by an equivalent
        # (联盟 of 联盟式共同体 beside 帮扶式共同体, 共同体 = 联盟): the word as written names its one item
        literal = [i for i in close if all(t in normalize(name(ms[i])) for t in known)]
        return ms[literal[0]] if len(literal) == 1 else None  # else a question across them
    return ms[scored[0][1]]


def _named_item(intent: QueryIntent, case: CaseOutline, weights: TermWeights, subject: list[str]) -> Measure | None:
    """The item the question names (`_named_measure`) when a word of its own names it: not only words of the
    document's own title, which name the document ("管办助评的材料" asks its parts), nor only a verb ("推行" for the
    item's 实施), which names no item."""
    named = _named_measure(intent, case, weights, subject)
    if named is None:
        return None
    title = normalize(case.passages[0].chunk.title)
    name = item_name(named.label or named.unit.head)
    naming = [t for t in subject if coverage(intent, name, weights, [t]) > 0]
    return named if any(t not in title and not _is_verb(t) for t in naming) else None


def _names_all(intent: QueryIntent, m: Measure, weights: TermWeights) -> bool:
    """Does the measure's own name state every topic word (or its synonym at full weight)?"""
    return m.level == "heading" and coverage(intent, item_name(m.label or m.unit.head), weights) >= THEME_COVERAGE


def _marks(case: CaseOutline, measures: list[Measure], cites: _Cites) -> str:
    """The citation marks of the passages the measures sit in, each once, in order ("[1][2]"): a list's lead cites
    every item it names."""
    return "".join(dict.fromkeys(cites.mark(case.passage(m)) for m in measures))


def _parts_counted(intent: QueryIntent, m: Measure, case: CaseOutline, cites: _Cites) -> str:
    """The line counting and naming a section's sub-sections when a list of them is asked ("行动举措一共分成几大块?"
    -> "…“行动举措”共五项:建设“统领”行动、…。"), as any list's lead counts and names its items first; "" otherwise."""
    parts = case.subsections(m)
    if intent.answer_type != "list" or len(parts) < 2:
        return ""
    names = _without_shared_opening([item_name(p.label) for p in parts])
    marks = _marks(case, parts, cites)
    count = _count_phrase(intent.question, "", len(parts))
    return f"{case.passages[0].chunk.name}“{display_text(item_name(m.label))}”{count}:{_named(names)}。{marks}\n\n"


def _under(m: Measure, case: CaseOutline, cites: _Cites, budget: int, lead: str = "") -> tuple[str, list[Unit]]:
    """A measure with what stands under it: its items when it leads a list, else the sentences of its paragraph,
    one bullet each (the paragraph a headline opens is about that headline); `lead` opens a list of its parts."""
    passage = case.passage(m)
    if m.children:
        units = [case.measures[c].unit for c in m.children[:budget]]
        head = lead or ("" if _opens_with_item(m, case.measures) else _quote(m.unit, passage, cites) + "\n\n")
        # (a sub-section is named by its heading, then quoted from its first sentence, as an overview's parts are)
        return f"{_label(case.passages[0])}\n\n{head}" + "\n".join(
            f"- {_named_part(case.measures[c])}{_quote(u, case.passage(case.measures[c]), cites)}"
            for u, c in zip(units, m.children)), [m.unit, *units]
    # (the text under an item ends where the next item of the case begins, "…。队伍均衡化。…" in the same paragraph)
    nxt = min((x.unit.start for x in case.measures if x.unit.start > m.unit.start), default=None)
    if m.level == "heading":  # a section runs over its paragraphs, to the next heading or item
        units = [u for u in _section_sentences(case, m.unit.start, nxt)[: budget + 1] if len(u.text) >= 4]
    else:
        para = _paragraph(m.unit, passage, limit=1200)
        # each span as it is (a clause closed by ;, "突破县域管理体制束缚,…共同体;", is one measure of a series), not
        # widened to its whole sentence, which would quote that sentence once per clause
        units = [Unit(para.passage_no, para.case_id, para.start + s, para.start + e, para.text[s:e])
                 for s, e in sentence_spans(para.text) if para.start + s >= m.unit.start and (nxt is None or para.start + s < nxt)][: budget + 1]
        units = [u for u in units if len(u.text) >= 4]
        if units and len(units) < budget + 1:
            units += [u for u in _paragraph_continued(case, units[-1], budget + 1 - len(units)) if nxt is None or u.start < nxt]
    if len(units) < 2:
        return "", []
    head, rest = units[0], units[1:]
    if not m.unit.head or len(m.unit.head) > len(head.text):  # the measure's own unit opens the answer
        head = m.unit
        rest = [u for u in rest if u.start >= m.unit.end]
    text = f"{_label(case.passages[0])}\n\n{_quote(head, passage, cites)}\n\n" + "\n".join(
        f"- {_quote(u, case.passages[u.passage_no - 1], cites)}" for u in rest)
    return text, [head, *rest]


def _named_part(m: Measure) -> str:
    """The bold name a sub-section's bullet opens with ("**建设“统领”行动**:"); none for an item, whose quoted
    sentence names itself."""
    return f"**{display_text(m.label)}**:" if m.level == "heading" and m.label else ""


def _section_sentences(case: CaseOutline, start: int, end: int | None) -> list[Unit]:
    """The sentences of the case from `start` to `end` (absolute offsets), each quoted from the first passage that
    holds it, in document order: the text of a section under its heading, over all its paragraphs and passages."""
    out: dict[int, Unit] = {}
    for no, p in enumerate(case.passages, start=1):
        c = p.chunk
        for s, e in sentence_spans(c.text):
            a = c.start + s
            if a >= start and (end is None or a < end) and a not in out:
                out[a] = Unit(no, c.case_id, a, c.start + e, c.text[s:e])
    return [out[a] for a in sorted(out)]


def _paragraph_continued(case: CaseOutline, last: Unit, limit: int) -> list[Unit]:
    """The sentences of `last`'s paragraph that the next passages hold, when its passage ends before the paragraph
    does (at most `limit`). Why: a passage is cut to a size, not at a paragraph's end, and the text under a heading
    ("三、加强教师队伍建设…" and its five measures) runs on into the next passage; each sentence is quoted from the
    passage that holds it."""
    out: list[Unit] = []
    c = case.passages[last.passage_no - 1].chunk
    if c.text.find("\n", last.end - c.start) >= 0:
        return out  # the paragraph ends inside this passage
    end = last.end
    for no in range(last.passage_no + 1, len(case.passages) + 1):
        c = case.passages[no - 1].chunk
        if c.start > end or len(out) >= limit:
            break  # not the same stretch of text
        stop = c.text.find("\n", max(end - c.start, 0))
        until = len(c.text) if stop < 0 else stop
        para = Unit(no, last.case_id, c.start, c.start + until, c.text[:until])
        # a piece cut at ;/; widens to its whole 。-sentence (`_span`): keep each sentence once, and none already quoted
        units = [_span(para, s, e) for s, e in sentence_spans(para.text) if para.start + s >= end]
        units = [u for u in dict(((u.start, u.end), u) for u in units).values() if u.start >= end and len(u.text) >= 4]
        out += units[: limit - len(out)]
        end = max([end, *(u.end for u in out)])
        if stop >= 0:
            break
    return out


NAMED_MEASURE = 0.5  # share (IDF-weighted) of the question's known topic words a measure's own name must state
NAMED_SPECIFIC_IDF = 1.5  # a known word at least this specific must be among those naming a measure (学校 0.2, 薄弱 2.0)
NAMED_DOMINANCE = 0.5  # and no other measure's name may state more than this fraction of that


def _thematic(intent: QueryIntent, case: CaseOutline, weights: TermWeights, written_only: bool = False) -> bool:
    """Is the question's subject the case's own theme ("泰州是怎么推进义务教育均衡的?" of a case titled
    "阶段式推进迈向高位均衡")? Then it asks about the whole case: its top-level measures answer it, not the few
    sentences that repeat the theme's words. The theme is what the title and the opening paragraph state."""
    if not case.passages:
        return False
    first = case.passages[0].chunk
    opening = next((p for p in first.text.split("\n") if p.strip() and not p.lstrip().startswith("#")), "")
    # (with `written_only`, for a question asked overall, a word the corpus never writes, 撑起来, is the asker's way
    # of saying, as for `_named_measure`: the theme is judged by the words a text could state. Otherwise such words
    # often name what is asked inside the theme, "拿啥当根、靠啥来推")
    if not written_only:
        return coverage(intent, f"{first.title} {opening}", weights) >= THEME_COVERAGE
    # (asked overall, nearly all of it is enough: an asker retelling the title adds words of their own, "亳州喊的是把
    # 农村学校办在农民家门口" of "办好农民家门口的学校"; and the words a clause asks of each part, "每块要汇聚或增强的
    # 是什么", are asked of the parts, not of the whole)
    # (unless they are all it names: "芦溪整体是分哪几个着力点去推的,每块落在什么建设上?" names its theme by 建设 alone)
    known = [t for t in intent.topic_terms if not weights.unknown(t) or intent.equivalents.get(t)]
    of_each = _asked_of_each(intent)
    known = [t for t in known if t not in of_each] or known
    return bool(known) and coverage(intent, f"{first.title} {opening}", weights, known) >= OVERALL_THEME_COVERAGE


def _asked_of_each(intent: QueryIntent) -> list[str]:
    """The topic words only a clause asking a detail of each part writes ("…分成了哪几大板块?每块要汇聚或增强的是什
    么?": 汇聚, 增强)."""
    return list(_words_asked_of_each(intent.question, tuple(intent.topic_terms)))


@functools.lru_cache(maxsize=64)
def _words_asked_of_each(question: str, terms: tuple[str, ...]) -> tuple[str, ...]:
    """(`_asked_of_each`, read once per question: every list and every title it is weighed against asks it again)"""
    q = normalize(question)
    each = "".join(m.group(0) for m in EACH_PART_CLAUSE_RE.finditer(q))
    rest = EACH_PART_CLAUSE_RE.sub(" ", q)
    return tuple(t for t in terms if t in each and t not in rest)


# A clause asking a detail of each part, after the parts are asked ("?每块要汇聚…是什么", ",各自落在哪")
EACH_PART_CLAUSE_RE = re.compile(r"(?<=[,,??。;;])\s*(?:那)?(?:每一?[个项条点种类块步段层]|各[个项条块]?|分别)[^,,??。;;]*")


THEME_COVERAGE = 0.99  # every topic word (or its synonym at full weight) is in the title or the opening
OVERALL_THEME_COVERAGE = 0.75  # nearly every topic word, for a question asked overall (整体上, 归拢起来)


def _related(m: Measure, picked: list[Measure], ms: list[Measure]) -> bool:
    """Is `m` already shown through a picked measure (its ancestor or its descendant)?"""
    def ancestors(x: Measure) -> list[Measure]:
        out = []
        while x.parent >= 0:
            x = ms[x.parent]
            out.append(x)
        heads = [h for h in ms if h.level == "heading" and ms.index(x) in h.children] if x.level != "heading" else []
        return out + heads
    return any(p in ancestors(m) or m in ancestors(p) for p in picked)


def _top_level(ms: list[Measure], budget: int) -> list[Measure]:
    """A broad question's bullets: the level of the documents' structure that names 3–`budget` measures."""
    pool = [m for m in ms if m.in_measure_section] or ms
    leaf_sections = [m for m in pool if m.level == "heading" and
                     not any(o.level == "heading" and o.path.startswith(m.path + " > ") for o in ms)]
    below = [m for m in pool if m.level != "heading" and m.parent < 0]
    for level in (leaf_sections, below):
        if 3 <= len(level) <= budget:
            return level
    return _spread(below or leaf_sections, budget)


def _summed_up(m: Measure, case: CaseOutline, cites: _Cites, ms: list[Measure]) -> tuple[str, list[Unit]]:
    """One section summed up: its opening, then each of its sub-sections (or items) named, with its first words;
    nothing when it has no parts (one passage alone is a fact, not a summary)."""
    parts = m.children[:BUDGET["overview"]]
    if not parts:
        return "", []
    opening = [] if _opens_with_item(m, ms) else [_quote(m.unit, case.passage(m), cites)]
    lines = opening + [_sub_line(ms[c], case, cites) for c in parts]
    return f"{_label(case.passages[0])}\n\n" + "\n".join(lines), [m.unit] + [ms[c].unit for c in parts]


def _opens_with_item(m: Measure, ms: list[Measure]) -> bool:
    """Does the measure's text open with its first item (a section with no words of its own before its items)?"""
    if not m.children:
        return False
    first = ms[m.children[0]].unit
    return first.start <= m.unit.start < first.end


def _sub_line(sub: Measure, case: CaseOutline, cites: _Cites) -> str:
    """A part under a bullet: a sub-section named by its title, or an item, with the first clauses that make it concrete."""
    return f"- {_named_part(sub)}{_quote(_short(sub.unit), case.passage(sub), cites)}"


def _document_sections(ms: list[Measure], budget: int) -> list[Measure]:
    """A summary's bullets: the document's own top-level sections (the headings directly under its title), framing
    sections (引言, 结语) aside; [] when the document has fewer than two or more than `budget`."""
    headings = [m for m in ms if m.level == "heading"]
    if not headings:
        return []
    depth = min(m.path.count(" > ") for m in headings)
    top = [m for m in headings if m.path.count(" > ") == depth and not FRAMING_SECTIONS_RE.match(item_name(m.label))]
    if not 2 <= len(top) <= budget:
        return []
    # a section's points are its items, or its sub-sections when it has those ("(一)教育资源供需矛盾突出")
    subs = {id(m): [i for i, o in enumerate(ms) if o.level == "heading" and o.path.startswith(m.path + " > ")
                    and o.path.count(" > ") == depth + 1] for m in top}
    return [replace(m, children=subs[id(m)]) if len(subs[id(m)]) >= 2 else m for m in top]


def _spread(measures: list[Measure], budget: int) -> list[Measure]:
    """At most `budget` measures, taken round-robin over sections so every section is represented."""
    groups: dict[str, list[Measure]] = {}
    for m in measures:
        groups.setdefault(m.heading, []).append(m)
    out: list[Measure] = []
    while len(out) < budget and any(groups.values()):
        for g in groups.values():
            if g and len(out) < budget:
                out.append(g.pop(0))
    return out


SUB_ITEMS = 4  # items shown under a lead in an overview
SUB_ITEM_CHARS = 90  # an item's head and the first clauses of its explanation


def _short(u: Unit) -> Unit:
    """The unit cut at a clause boundary after SUB_ITEM_CHARS characters (head kept whole)."""
    if len(u.text) <= SUB_ITEM_CHARS:
        return u
    cut = max((m.end() for m in re.finditer(r"[,,;;。]", u.text[:SUB_ITEM_CHARS])), default=0)
    if cut <= len(u.head):
        return u
    return Unit(u.passage_no, u.case_id, u.start, u.start + cut - 1, u.text[:cut - 1], head=u.head)


def _head_only(u: Unit) -> Unit:
    """An item's head without its explanation (named under its lead)."""
    return Unit(u.passage_no, u.case_id, u.start, u.start + len(u.head), u.head, head=u.head)


def _place_label(chunk: Chunk) -> str:
    """How a "which place" answer names a source: a case by its place; a reference document, which belongs to no
    named place (某区…方案, 全国), as a document, with the short name people call it by and its region when the
    metadata gives one, so the asker is not told a document title is a place."""
    if chunk.kind == "case":
        return chunk.name
    short = next((a for a in chunk.aliases.split("|") if a and a != chunk.name), "")
    notes = ["参考材料", *([f"简称“{short}”"] if short else []),
             "未注明地区" if chunk.region in ("", "未注明") else f"范围:{chunk.region}"]
    return f"《{chunk.name}》({','.join(notes)})"


def _by_place(intent: QueryIntent, scored: list[Unit], by_no: dict[int, Passage], cites: _Cites, per_place: int = 1,
              header: str = "涉及的地区") -> tuple[str, list[Unit]]:
    """"Which place…": each place whose best sentence states the topic, best first. A singular question
    ("哪个区…") names one place unless another states the topic as fully. When every source named is a reference
    document, the header says 材料, not 地区 (a mixed answer keeps 地区: its documents are labelled as such)."""
    if not scored:
        return "", []
    best = max(u.judged for u in scored)  # places are weighed on the judged score, whatever order they are quoted in
    best_cov = max(u.coverage for u in scored[:10])
    singular = not intent.across or bool(re.search(r"哪(?:个|家|所|座|一)", intent.question)) and not re.search(r"哪些|哪几", intent.question)
    chosen: list[Unit] = []
    places: list[str] = []
    for u in scored:
        if u.case_id in places or u.rhetoric or u.caption or u.judged < best * SCORE_FLOOR or (u.coverage < 0.3 and chosen):
            continue
        if chosen and singular and u.coverage < 0.9 * best_cov:
            continue
        chosen.append(u)
        places.append(u.case_id)
        if len(places) >= BUDGET["place"]:
            break
    names = "、".join(_place_label(by_no[u.passage_no].chunk) for u in chosen)
    if all(by_no[u.passage_no].chunk.kind != "case" for u in chosen) and header == "涉及的地区":
        header = "涉及的材料"
    lines = []
    for first in chosen:
        mine = [first]
        for u in scored:  # more of the same place's sentences on the topic, when asked for
            if len(mine) >= per_place:
                break
            if u.case_id == first.case_id and u is not first and not u.rhetoric and not u.caption and u.coverage >= 0.3 \
                    and not _overlaps(u, mine):
                mine.append(u)
        quotes = "".join(_quote(u, by_no[u.passage_no], cites) for u in sorted(mine, key=lambda u: u.start))
        lines.append(f"- **{by_no[first.passage_no].chunk.name}**:{quotes}")
    return f"**{header}:{names}**\n\n" + "\n".join(lines), chosen


def _comparison(intent: QueryIntent, scored: list[Unit], by_no: dict[int, Passage], cites: _Cites, weights: TermWeights,
                outline: Callable[[str], CaseOutline], names: dict[str, str]) -> tuple[str, list[Unit]]:
    """A table, one row per place, with each place's best sentences on the asked aspect."""
    places = list(intent.places)
    if not places:
        best = max((u.judged for u in scored), default=0.0)
        for u in scored:
            if u.case_id not in places and not u.rhetoric and u.judged >= best * SCORE_FLOOR:
                places.append(u.case_id)
    places = places[:MAX_COMPARE_PLACES]
    rows: list[str] = []
    used: list[Unit] = []
    row_units: dict[str, list[Unit]] = {}
    for cid in places:
        mine = []
        # a place asked its own thing in its own clause (`QueryIntent.place_asks`): its sentences stating that first
        own = intent.place_asks.get(cid)
        fit = {id(u): coverage(intent, u.text, weights, own) for u in scored if u.case_id == cid} if own else {}
        # (its own question's answer type held, "每次要验多长时间" -> 为期一周, puts a sentence among those on its ask
        # before the others)
        mine_asked = intent.place_intents.get(cid)
        if mine_asked is not None and mine_asked.answer_type in TYPED_ANSWERS and fit:
            top = max(fit.values())
            for u in scored:
                if u.case_id == cid and top > 0 and fit[id(u)] >= top / 2 and has_answer_type(mine_asked, u.text):
                    fit[id(u)] += 1.0
        ranked = sorted(scored, key=lambda u: -fit.get(id(u), 0.0)) if own else scored
        for u in ranked:  # the place's best sentences on the aspect, without repeating one inside another
            if u.case_id == cid and not u.rhetoric and not u.caption and not _overlaps(u, mine) and len(mine) < PER_PLACE_COMPARE \
                    and not (own and mine and fit[id(u)] <= 0):
                mine.append(u)
        source = {u.passage_no: by_no[u.passage_no] for u in mine}
        if not mine or mine[0].coverage < 0.2:
            case = outline(cid)
            cands: list[Measure] = []
            for m in sorted(case.measures, key=lambda m: -coverage(intent, m.label + m.unit.text, weights)):
                # an outline lists a sentence once per level it heads (a section and its first item): quoted once
                if len(cands) < PER_PLACE_COMPARE and not _overlaps(m.unit, [c.unit for c in cands]):
                    cands.append(m)
            if cands and (not mine or coverage(intent, cands[0].unit.text, weights) > mine[0].coverage):
                mine = [m.unit for m in cands]
                source = {m.unit.passage_no: case.passages[m.unit.passage_no - 1] for m in cands}
        # a row names its place as the question did too, when that was not the display name ("数字资源")
        label = f"**{names.get(cid, cid)}**" + (f"({intent.called[cid]})" if cid in intent.called else "")
        if not mine:
            rows.append(f"| {label} | 案例材料未涉及这一方面 |")
            continue
        cell = "".join(_quote(u, source[u.passage_no], cites) for u in sorted(mine, key=lambda u: u.start)).replace("|", "/")
        rows.append(f"| {label} | {cell} |")
        used.extend(mine)
        row_units[cid] = mine
    if not used:
        return "", []
    table = "| 地区 | 相关做法(原文摘录) |\n|---|---|\n" + "\n".join(rows)
    contrast = _contrast(row_units, names)
    return table + (f"\n\n> 对比要点:{contrast}" if contrast else ""), used


def _contrast(rows: dict[str, list[Unit]], names: dict[str, str]) -> str:
    """What differs: per place, distinctive nouns of its own quotes (nouns the other rows' quotes lack)."""
    import jieba.posseg as pseg

    from .text import _jieba

    if len(rows) < 2:
        return ""
    _jieba()
    nouns = {cid: [w for w, flag in pseg.cut("".join(u.text for u in us))
                   if flag in ("n", "nz", "vn", "nt") and len(w) >= 2 and re.fullmatch(r"[一-龥]+", w)
                   and w not in cues.GENERIC_TERMS and w not in cues.SCAFFOLD]
             for cid, us in rows.items()}
    parts = []
    for cid, ws in nouns.items():
        others = {w for o, ow in nouns.items() if o != cid for w in ow}
        own = [w for w in dict.fromkeys(ws) if w not in others and w not in names.get(cid, "")]
        own = sorted(own, key=lambda w: -len(w))[:3]
        if own:
            parts.append(f"{names.get(cid, cid)}侧重" + "、".join(f"“{w}”" for w in own))
    return ";".join(parts) + "。" if parts else ""
