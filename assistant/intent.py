"""One analysis per question: what it asks about, of which places, and what kind of answer it wants.

`analyze()` runs once per question; retrieval, sentence scoring, composition and abstention all read the same
`QueryIntent`, so a question is never re-classified differently in two places. Cue words come from `cues.py`.
Elliptic follow-ups are resolved here too (see `resolve_followup`).
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from os.path import commonprefix

from index.clean import normalize
from index.meta import subdivision_names

from . import cues
from .enumerations import abstract_kind, asked_count, cn_number, inline_lists, kind_before_count, members_required, set_sizes
from .english import english_words, is_english, is_english_word, stem, translate
from .postings import ChunkTexts
from .schema import Message
from .synonyms import PLURAL_OF_PEOPLE, equivalents, is_curated, is_person, listed_among, listed_only_among, relayed_synonyms, semantic_classes, synonyms
from .text import STOP_SET, _jieba, bigram_share, short_names

_PUNCT_RE = re.compile(r"[\s\W_]+", re.U)
# a span of years (2021到2025年 -> "2021-2025"), a year (2021年), or a five-year-plan period (十三五)
YEAR_RE = re.compile(r"(\d{4})\s*年?\s*(?:到|至|-|—|–|~|～)\s*(\d{4})\s*年|(\d{4})\s*年|(十[一二三四五六七八九]五)")
EN_YEAR_RE = re.compile(r"\b((?:19|20)\d{2})\b")  # "in 2019"
# "2021 to 2025", "between 2021 and 2025" (a bare "2019 and 2021" is two years)
EN_SPAN_RE = re.compile(r"\b((?:19|20)\d{2})\s*(?:-|–|—|to|through|until)\s*((?:19|20)\d{2})\b|"
                        r"\bbetween\s+((?:19|20)\d{2})\s+and\s+((?:19|20)\d{2})\b", re.I)
EN_PLAN_RE = re.compile(r"\b(1[0-9]|[1-9])(?:st|nd|rd|th)\s+five[- ]year\s+plan", re.I)  # "14th Five-Year Plan" -> 十四五
CN_ORDINALS = "一二三四五六七八九"


# A year dating a document issued ("淄博2019年的指导意见", "Zibo's 2019 guidance"): it says which document, not the time
# the answer must be of (that guidance sets a deadline of 2023). Only documents issued once (意见, 通知, 文件), not
# plans, which run to a year ("2025年规划" may mean the plan's targets for 2025).
ISSUED_YEAR_RE = re.compile(r"(\d{4})\s*年(?:(?:出台|发布|印发|颁布|下发|发)?的?(?:《[^》]{0,30}(?:意见|通知)》|指导意见|实施意见)|"
                            r"(?:出台|发布|印发|颁布|下发|发)?的(?:意见|通知|文件))|"
                            r"\b((?:19|20)\d{2})\s+(?:guidance|guidelines?|notice|circular|opinions?|document)\b", re.I)


def _issuing_years(text: str) -> set[str]:
    """The years that only date a document issued (`ISSUED_YEAR_RE`), not written anywhere else in the text, nor
    pointed back at ("2019年的通知下发后,当年有多少学校参加": 当年 asks of that year)."""
    if re.search(r"当年|那年|同年|该年|这一年|that year|the same year", text, re.I):
        return set()
    dating = {a or b for a, b in ISSUED_YEAR_RE.findall(text)}
    rest = ISSUED_YEAR_RE.sub(" ", text)
    return {y for y in dating if y not in rest}


def _english_periods(question: str) -> list[str]:
    """Years and five-year-plan periods of an English question, in the sources' own form."""
    periods = [("十" if int(n) >= 10 else "") + (CN_ORDINALS[int(n) % 10 - 1] if int(n) % 10 else "") + "五"
               for n in EN_PLAN_RE.findall(question)]
    spans = [(a or c, b or d) for a, b, c, d in EN_SPAN_RE.findall(question)]  # one span, as 2021到2025年 is
    within = {y for span in spans for y in span} | _issuing_years(question)
    return periods + [f"{a}-{b}" for a, b in spans] + [y for y in EN_YEAR_RE.findall(question) if y not in within]


# Five-year plans from the third on start in 1966 + 5 (n - 3): 十四五 is 2021-2025, 十二五 2011-2015.
PLAN_ORIGIN, PLAN_FROM = 1966, 3


def plan_period(name: str) -> tuple[int, int] | None:
    """The years a five-year-plan period (十三五) spans, or None for anything else."""
    m = re.fullmatch(r"十([一二三四五六七八九])五", name)
    if not m:
        return None
    start = PLAN_ORIGIN + 5 * (10 + CN_ORDINALS.index(m.group(1)) + 1 - PLAN_FROM)
    return start, start + 4


PLAN_PERIODS = [(f"十{n}五", plan_period(f"十{n}五")) for n in CN_ORDINALS]  # (name, (first year, last year))


def asked_times(text: str) -> list[str]:
    """The years, spans ("2021-2025") and plan periods (十三五) a question asks about, in its own order (not a year
    that only dates a document issued, `_issuing_years`)."""
    issued = _issuing_years(text)
    return [f"{a}-{b}" if a else y or p for a, b, y, p in YEAR_RE.findall(text) if not (y and y in issued)]


def times_stated(times: list[str], text: str) -> bool:
    """Does the text state every asked time (`asked_times`)? Documents date targets by five-year-plan period, so:
    a year is stated as written, or by the period it is the last year of ("2025年" = 十四五期间: a period's targets are
    set for its last year); a span ("2021-2025") by its last year, or by a period holding all of it; a period by its
    name, its last year, or its first and last years. Any other year's figure does not answer."""
    for t in times:
        if t in text:
            continue
        first, _, last = t.partition("-")
        if first.isdigit():
            lo, hi = int(first), int(last or first)
            if last and last in text:
                continue
            if any(name in text and (span[0] <= lo and hi <= span[1] if last else hi == span[1]) for name, span in PLAN_PERIODS):
                continue
            return False
        span = plan_period(t)
        if span is None or not (f"{span[1]}年" in text or f"{span[0]}" in text and f"{span[1]}" in text):
            return False
    return True


SYNONYM_WEIGHT = 0.6  # a thesaurus synonym counts less than the user's own word (dev-calibrated)
EQUIVALENT_WEIGHT = 0.9  # a curated equivalent (education table, dictionary translation) nearly as much
# A word only of the sentences before the one that asks ("疫情那阵网课上了好几个月,总得落下点本事吧。那篇文章开头
# 说,学校在哪几方面攒下了经验?") sets the scene: it counts this much of the asking sentence's own words, when that
# sentence has words of its own (it is the subject otherwise, as in "名师走教制度,咱们也在讨论。泰州呢?").
# Twenty-fourth session, 5,665 items: from 0.5 to 0.3, two more answers, none lost.
SITUATION_WEIGHT = 0.3
# A previous question's word in a follow-up that has words of its own (`QueryIntent.term_weight`). Twenty-eighth
# session, 6,715 items: 0.5 gained 2 dev and 8 held-out answers and lost 4 dev; 0.7 gained 2 dev and 5 held-out and
# lost 2 dev (kept: even on the dev splits tuned on, 2 gained and 2 lost, where 0.5 loses; both gain on the check pool).
CARRIED_WEIGHT = 0.7
MAX_TERMS = 24  # bounded work per request: a pasted essay is not 500 query terms


@dataclass(frozen=True)
class Corpus:
    """What the analysis needs to know of the corpus: place names per case, and its vocabulary."""

    aliases: dict[str, frozenset[str]]  # case id -> names a question may use
    kinds: dict[str, str]  # case id -> case|reference
    names: dict[str, str]  # case id -> display name (定西市)
    vocabulary: frozenset[str]  # words of the corpus (for synonym and English expansion)
    text: str = ""  # all case text, when no `texts` are given (a small corpus, tests): searched by a plain scan
    frequency: dict[str, int] = field(default_factory=dict)  # word -> number of chunks using it
    chunk_count: int = 0
    texts: ChunkTexts | None = None  # the case texts and regions, searched through the index's n-gram postings
    row_cases: tuple[str, ...] = ()  # the case id of each row of `texts` (empty: which case writes what is unknown)
    titles: dict[str, str] = field(default_factory=dict)  # document id -> its title (documents, not cases)

    @cached_property
    def written(self) -> ChunkTexts:
        """Does the corpus write a string (an unknown place is one it never mentions, a glued word one it writes)?"""
        return self.texts if self.texts is not None else ChunkTexts([self.text])

    def cases_writing(self, term: str) -> set[str]:
        """The cases whose text writes `term` (none when `row_cases` is not given)."""
        if not self.row_cases:
            return set()
        return {self.row_cases[i] for i in self.written.containing(term) if i < len(self.row_cases)}

    @cached_property
    def place_names(self) -> set[str]:
        return {n for cid, ns in self.aliases.items() if self.kinds.get(cid) == "case" for n in ns}

    @cached_property
    def _place_name_parts(self) -> frozenset[str]:
        """Every substring of every place name (定西 of 定西市), for `overlaps_place_name`."""
        return frozenset(n[i:j] for n in self.place_names for i in range(len(n)) for j in range(i + 1, len(n) + 1))

    def overlaps_place_name(self, word: str) -> bool:
        """Is `word` part of a case's place name, or does it hold one? The same as testing every name both ways
        (1,600 names at 100×), by looking up `word` and its own substrings."""
        if not word:
            return bool(self.place_names)
        return word in self._place_name_parts or "" in self.place_names or any(
            word[i:j] in self.place_names for i in range(len(word)) for j in range(i + 1, len(word) + 1))

    @cached_property
    def names_longest_first(self) -> list[str]:
        """Every name of a case or document (淄博, 初中方案), longest first."""
        return sorted({n for ns in self.aliases.values() for n in ns}, key=len, reverse=True)

    @cached_property
    def place_names_longest_first(self) -> list[str]:
        """`place_names` sorted by length, longest first (sorted once per corpus, not per question)."""
        return sorted(self.place_names, key=len, reverse=True)

    @cached_property
    def _cases_by_name(self) -> tuple[dict[str, list[int]], list[int], list[str]]:
        """Name -> positions (in `aliases` order) of the cases it names, the distinct name lengths, the case ids."""
        by_name: dict[str, list[int]] = {}
        for i, names in enumerate(self.aliases.values()):
            for n in names:
                by_name.setdefault(n, []).append(i)
        return by_name, sorted({len(n) for n in by_name}), list(self.aliases)

    def names_in(self, text: str) -> set[str]:
        """Names (of cases and documents) occurring in `text`, found by looking its substrings up, not by testing
        every name (1,600 at 100×)."""
        by_name, lengths, _ = self._cases_by_name
        return {text[i:i + size] for size in lengths for i in range(len(text) - size + 1) if text[i:i + size] in by_name}

    @cached_property
    def _place_name_order(self) -> tuple[dict[str, int], list[str]]:
        """Position of each place name in `place_names_longest_first`, and the names holding whitespace."""
        order = {n: i for i, n in enumerate(self.place_names_longest_first)}
        return order, [n for n in self.place_names_longest_first if re.search(r"\s", n)]

    def place_names_in(self, text: str) -> list[str]:
        """The place names a replacement of names in `text` by a space can meet, in `place_names_longest_first`
        order: those occurring in it (a name without whitespace cannot appear where another was replaced by a space)
        and any holding whitespace."""
        order, spaced = self._place_name_order
        found = {n for n in self.names_in(text) if n in order} | set(spaced)
        return sorted(found, key=order.__getitem__)

    @cached_property
    def document_names(self) -> list[tuple[str, frozenset[str]]]:
        """(id, names and display name) of each document (not a case), in `aliases` order: once per corpus, not a
        pass over every case per question."""
        return [(cid, names | {self.names.get(cid, "")}) for cid, names in self.aliases.items() if self.kinds.get(cid) != "case"]

    @cached_property
    def all_names(self) -> frozenset[str]:
        """Every name of a case or document."""
        return frozenset(self._cases_by_name[0])

    @cached_property
    def words_by_pinyin(self) -> dict[str, tuple[str, ...]]:
        """pinyin (toneless, joined, lower case) -> the corpus words of two to four characters that sound so: an
        English question writes a school's or a county's name in pinyin (Wenfeng -> 文峰). Computed once per corpus
        (~0.1 s for 3,000 words)."""
        out: dict[str, list[str]] = {}
        for w in sorted(self.vocabulary):
            if 2 <= len(w) <= 4 and re.fullmatch(r"[一-龥]+", w):
                out.setdefault(_pinyin(w), []).append(w)
        return {k: tuple(v) for k, v in out.items()}

    @cached_property
    def name_pinyin(self) -> frozenset[str]:
        """The pinyin of every name (an English question's place words), computed once per corpus, not per question."""
        return frozenset(_pinyin(n) for ns in self.aliases.values() for n in ns)

    @cached_property
    def _cases_by_pinyin(self) -> tuple[dict[str, list[int]], dict[str, list[int]], list[int]]:
        """For an English question: case pinyin -> positions (in `aliases` order) of the cases (not documents) it
        names as a word (at least 4 letters), and as a run of letters (at least 6, of a name of 2+ characters), with
        the distinct lengths of the runs. pypinyin costs ~75 µs a name: ~0.1 s per question at 100× when it was
        computed per question (its cache held 64 names), once per corpus here."""
        as_word: dict[str, list[int]] = {}
        as_run: dict[str, list[int]] = {}
        for i, (cid, names) in enumerate(self.aliases.items()):
            if self.kinds.get(cid) != "case":
                continue
            for n in names:
                py = _pinyin(n)
                if len(py) >= 4:
                    as_word.setdefault(py, []).append(i)
                if len(n) >= 2 and len(py) >= 6:
                    as_run.setdefault(py, []).append(i)
        return as_word, as_run, sorted({len(py) for py in as_run})

    def cases_in_pinyin(self, tokens: set[str], letters: str) -> list[str]:
        """Case ids (not documents), in `aliases` order, with a name whose pinyin is one of `tokens` or occurs in
        `letters` (the question's letters run together): the same as testing every name's pinyin."""
        as_word, as_run, lengths = self._cases_by_pinyin
        hit = {i for t in tokens for i in as_word.get(t, ())}
        for size in lengths:
            for k in range(len(letters) - size + 1):
                hit.update(as_run.get(letters[k:k + size], ()))
        ids = list(self.aliases)
        return [ids[i] for i in sorted(hit)]

    def cases_named_in(self, text: str) -> list[str]:
        """Case ids with a name occurring in `text`, in `aliases` order.

        The same as testing every name of every case (`any(n in text for n in names)`), by looking up the text's
        substrings of the names' lengths instead: a question has a few hundred, a 1,000x corpus ~1,600 names.
        """
        by_name, lengths, ids = self._cases_by_name
        hit: set[int] = set()
        for size in lengths:
            for i in range(len(text) - size + 1):
                positions = by_name.get(text[i:i + size])
                if positions:
                    hit.update(positions)
        return [ids[i] for i in sorted(hit)]


@dataclass
class QueryIntent:
    question: str  # as asked
    query: str  # standalone form (follow-ups resolved; English mapped to Chinese words)
    language: str = "zh"  # zh | en
    answer_type: str = "fact"  # see cues.ANSWER_TYPES
    places: list[str] = field(default_factory=list)  # case ids named (or carried over by a follow-up)
    unknown_places: list[str] = field(default_factory=list)
    comparative: bool = False
    across: bool = False
    terms: list[str] = field(default_factory=list)  # topic words, places and scaffolding removed
    expansions: dict[str, list[str]] = field(default_factory=dict)  # term -> thesaurus synonyms present in the corpus
    equivalents: dict[str, list[str]] = field(default_factory=dict)  # term -> same thing (education table, translation)
    years: list[str] = field(default_factory=list)  # 2021, or a plan period (十三五): the answer must be of that time
    qualifiers: list[str] = field(default_factory=list)  # places inside a case the asked fact is restricted to
    followup: str = ""  # "" | swap | compare_prev | drill | carry | condensed (by the LLM)
    focus: list[str] = field(default_factory=list)  # sentences of the previous answer a drill-down refers to
    ordinal: int = 0  # "第三条" -> 3
    said: list[str] = field(default_factory=list)  # sentences of the previous answer (a follow-up asks beyond them)
    # a question asking two things in two clauses ("截止到哪天、报给哪个科室?"), one a typed fact: each ask's words
    # with the words of the clauses that ask nothing (its subject); empty for a question asking one thing
    asks: list[list[str]] = field(default_factory=list)
    # topic words the question offers as alternatives, joined by 或 ("请专家来出谋划策或上课": either answers)
    alternatives: list[list[str]] = field(default_factory=list)
    item: str = ""  # the item of the previous answer a drill-down is about ("提升区域教育品牌影响力")
    called: dict[str, str] = field(default_factory=dict)  # place -> the question's own name for it, when not its display name
    refers_back: bool = False  # a follow-up with no subject of its own ("这么做是为了啥?"): it asks about what was said
    sums_up: bool = False  # asked to sum up a whole document (cues.SUMMARY)
    measure: str = ""  # the quantity a figure question asks for (保额 in "保额是多少"), when the question names one
    measure_of: list[str] = field(default_factory=list)  # the words naming whose quantity (新型教学空间 of 覆盖率)
    event: list[str] = field(default_factory=list)  # a date question: the verbs of its asking clause the corpus writes (建成)
    occasion: list[str] = field(default_factory=list)  # a date question: the nouns before its cue (大会 in 大会是哪天召开的)
    attributive: list[str] = field(default_factory=list)  # problem words naming a noun (薄弱地方): subject, not frame
    relayed: list[str] = field(default_factory=list)  # terms whose expansions are synonyms of synonyms (weaker)
    sources: list[str] = field(default_factory=list)  # words naming who says it ("研究院说…"): they find the text, not the answer
    section: str = ""  # a part asked by its position, as read ("第三部分即“…”"), shown in the summary
    section_title: str = ""  # that part's own title, which its own lists are introduced by
    missing_section: str = ""  # a position the asked document has no section at ("第九部分"): abstention says so
    unwritten: list[str] = field(default_factory=list)  # a figure question's terms the sources write in no form (no synonym either)
    counted: list[str] = field(default_factory=list)  # words of the clause asking a count (从国外 of "…,从国外请来的有几位")
    list_word: str = ""  # an English list question's kind: its wh-phrase's head noun in translation (tensions -> 矛盾)
    own_terms: list[str] = field(default_factory=list)  # a follow-up's own words, before the previous question's were added
    speech: bool = False  # what someone said is asked in their words ("原话怎么说"): exhortation is no rhetoric then
    members: int = 0  # members of a set the sources must name ("那6所初中分别是哪几所" -> 6, "第六项" -> 6)
    phrases: list[str] = field(default_factory=list)  # an English question's compounds in the corpus' words (教育发展)
    options: list[str] = field(default_factory=list)  # what the question offers to choose among (实验室、音乐室还是美术室)
    # the clauses asking yes or no of the asked place after a premise stating another place's fact ("定西…列进对县区
    # 政府的考核," -> "上城有没有把改革的成效列进对街道的考核?"): what it carries over must be stated of the asked place
    premised: str = ""
    situation: list[str] = field(default_factory=list)  # terms only of the sentences before the one that asks
    # a comparison asking each place its own thing in a clause naming it alone ("亳州验收是怎么个验法,芦溪镇上学校
    # 主要治什么矛盾?"): place -> the terms of its clause (`place_asks`)
    place_asks: dict[str, list[str]] = field(default_factory=dict)
    # each place asked its own thing in a question sentence of its own ("亳州…每次要验多长时间?桐庐…初中有几所?"):
    # place -> that sentence analysed alone, whose answer type its sentences must hold (`place_questions`)
    place_intents: dict[str, QueryIntent] = field(default_factory=dict)
    statement_end: int = 0  # where the asker's own statement ends in the normalized question (`own_place_statement`)

    def term_weight(self, term: str) -> float:
        """How much a term counts towards coverage: less when it only sets the scene (SITUATION_WEIGHT), or when a
        follow-up with words of its own carries it over from the previous question (CARRIED_WEIGHT): those words
        found the passage; the follow-up's own say what in it is asked ("第二条展开说说,对缺老师的薄弱地方…")."""
        if term in self.situation:
            return SITUATION_WEIGHT
        # (a place the corpus never names, in a question about a case's place, says where something of that case is
        # from, "桐庐跟北京那家研究机构合作": the case need not write it; it counts as the scene does)
        if term in self.unknown_places and self.places:
            return SITUATION_WEIGHT
        # (called per term and sentence in coverage: the own words are looked at only for a carried term)
        return CARRIED_WEIGHT if term not in self.own_terms and self.own_subject else 1.0

    @property
    def own_subject(self) -> list[str]:
        """A follow-up's own words that name a subject (a generic word, 学校, names none)."""
        return [t for t in self.own_terms if t not in cues.GENERIC_TERMS]

    @property
    def topic_terms(self) -> list[str]:
        """Terms that name the subject (not the form of the question): these must be covered to answer.

        In a question about how something was done, words naming the problem solved (不足, 短缺) frame it; in a
        figure question, a word for the number itself ("给了个数", "准确数字是多少": cues.COUNT_NOUNS) asks it.
        """
        frame = cues.PROBLEM_WORDS - set(self.attributive) if self.answer_type in ("method", "overview") else \
            cues.COUNT_NOUNS if self.answer_type == "figure" else frozenset()
        return [t for t in self.terms if t not in cues.GENERIC_TERMS and t not in frame and t not in self.sources]

    def weighted_terms(self, synonym_weight: float = SYNONYM_WEIGHT, equivalent_weight: float = EQUIVALENT_WEIGHT) -> list[tuple[str, float]]:
        """Query words for the lexical rankers: the user's words, then equivalents and synonyms at lower weights
        (a weight of 0 leaves that kind out)."""
        out: dict[str, float] = {}
        for t in self.terms:
            k = self.term_weight(t)
            out[t] = max(out.get(t, 0.0), k)
            for s in self.equivalents.get(t, []) if equivalent_weight > 0 else []:
                out[s] = max(out.get(s, 0.0), equivalent_weight * k)
            for s in self.expansions.get(t, []) if synonym_weight > 0 else []:
                out.setdefault(s, synonym_weight * k)
        return list(out.items())[: MAX_TERMS * 3]

    def summary(self) -> str:
        """How the question was read, in words a user understands (shown under the answer)."""
        kind = {"figure": "数字", "date": "时间", "person": "人名", "organisation": "机构", "document": "文件", "location": "地点", "criterion": "条件或标准", "wording": "原话", "event": "会议或活动", "contact": "联系方式", "place": "地区", "list": "列举",
                "overview": "主要做法", "method": "具体做法", "yesno": "是否", "opinion": "评价或预测", "fact": "事实"}
        parts = [f"问的是{kind.get(self.answer_type, '事实')}"]
        if self.comparative:
            parts.append("比较多个地区")
        follow = {"swap": "沿用上一问,换成新地区", "compare_prev": "与上一问的地区比较", "drill": "追问上一条回答", "carry": "延续上一问的地区", "condensed": "结合上文改写为完整问题"}
        if self.followup:
            parts.append(follow[self.followup])
        if self.section:
            parts.append(self.section)
        if self.language == "en":
            parts.append("英文提问,引用中文原文")
        return ";".join(parts)


def pinyin_names(question: str, corpus: Corpus, skip: set[str]) -> list[str]:
    """The corpus words an English question names in pinyin: a capitalised word inside a sentence (not its first
    word, which English capitalises anyway), no English word the dictionary glosses, that sounds like exactly one
    corpus word (Wenfeng -> 文峰). A place's name (`skip`) is read as a place already."""
    out = []
    # (a name of several capitalised words, "Wenfeng Middle School": the pinyin word stands beside another one)
    for m in re.finditer(r"(?<=[A-Za-z,;:'\"] )([A-Z][a-z]{3,})\b(?=\s+[A-Z]|'s\b)", question):
        token = m.group(1).lower()
        words = corpus.words_by_pinyin.get(token, ())
        if len(words) == 1 and token not in skip and not is_english_word(token, corpus.vocabulary):
            out.append(words[0])
    return list(dict.fromkeys(out))


@lru_cache(maxsize=64)
def _pinyin(name: str) -> str:
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(name)).lower()


Names = tuple[list[str], "tuple[str, str] | None"]  # (case ids named, a document's short form: `_abbreviation`)


def meaning_text(intent: QueryIntent, corpus: Corpus) -> str:
    """What a sentence is compared with in meaning: the question without the words that say where to look (place
    and document names, "余杭这篇说,"). Retrieval has applied them, and every sentence of that place shares them, so
    in the question's vector they only blur what is asked. English questions are compared as asked, and so is a
    question whose remainder no longer states its subject ("余杭那篇讲了什么?")."""
    if intent.language == "en" or not intent.places or intent.across:
        return intent.query  # no place to set aside, or places that are not where to look but what is asked
    query = normalize(intent.query)
    short = _names(query, corpus)[1]
    names = [n for cid in intent.places for n in corpus.aliases.get(cid, ())] + ([short[1]] if short else [])
    asked = query
    for n in sorted(names, key=len, reverse=True):  # the asked places' names, a document's short form (数字资源)
        asked = asked.replace(n, " ")
    asked = cues.DOCUMENT_FRAME_RE.sub(" ", asked).strip(" ,,的")
    # what remains must still state the subject: else the names were the question ("定西的?")
    if asked == query or not any(t in asked for t in intent.topic_terms):
        return intent.query
    return re.sub(r"\s+", "", asked)


def named_places(text: str, corpus: Corpus) -> list[str]:
    """Case ids whose names occur in the text (Chinese names, or their pinyin in an English question)."""
    return _names(normalize(text), corpus)[0]


def _names(q: str, corpus: Corpus) -> Names:
    """`named_places` of normalised text, with the short form that named a document, which topic words need too
    (computed once per question, not once for each)."""
    short = _abbreviation(q, corpus)
    found = corpus.cases_named_in(q)
    if short and short[0] not in found:
        found.append(short[0])  # "数字资源那篇", also beside a full name
    if not found:
        found = _document_of_kind(q, corpus)  # "那份方案里…": the one document of that kind
    if re.search(r"[A-Za-z]{3}", q):
        latin = re.sub(r"[^a-z]", " ", q.lower())
        found += [cid for cid in corpus.cases_in_pinyin(set(latin.split()), latin.replace(" ", "")) if cid not in found]
        # A reference document's id is an English name for it ("junior-school-action-plan"): a question writing
        # at least two of its words, and at least half of them, in one run as a name is written, names it ("the
        # junior school plan"; a hyphenated compound writes the same words: "the junior-school plan"); its words
        # apart ("…plan, …across school stages") name other things
        stems = [stem(re.sub(r"['’]s?$", "", w)) for w in english_words(q.replace("-", " "))]  # (the plan's: plan)
        for cid in corpus.aliases:
            if cid in found or corpus.kinds.get(cid) == "case":
                continue
            words = {stem(w) for w in cid.split("-") if len(w) > 2}
            # (beside a case the question names, a run names the document only as a document is named: with a word
            # for a document in it or right after it, "the junior school plan"; in "After the new Yuhang district
            # was set up, … most quality education resources ended up?" the words say what is asked about Yuhang)
            marks = "".join("1" if s in words else "0" for s in stems)
            beside_case = any(corpus.kinds.get(c) == "case" for c in found)
            nouns = {stem(d) for d in cues.EN_DOCUMENT_NOUNS}
            for m in re.finditer(r"1{2,}", marks):
                # (and two of its words beside the word for a document: "Taizhou's action plan" is Taizhou's)
                run = stems[m.start():m.end()]
                named = not beside_case or (any(s in nouns for s in stems[m.start():m.end() + 1])
                                            and sum(s not in nouns for s in run) >= 2)
                if named and 2 * len(m.group(0)) >= len(words):
                    found.append(cid)
                    break
        # ... or the words before "paper"/"article" translate to one of its Chinese names ("the online-resources
        # paper" -> 线上资源, as "线上资源那篇")
        for m in cues.EN_DOCUMENT_NAMED_RE.finditer(q):
            said = translate(m.group(1).replace("-", " "), corpus.vocabulary, frequency=corpus.frequency, written=corpus.written)
            chinese = {*said.compounds, *(g[0] for g in said.groups)}
            found += [cid for cid, aliases in corpus.aliases.items() if cid not in found and corpus.kinds.get(cid) != "case"
                      and not chinese.isdisjoint(aliases)]
    return found, short


def _called(question: str, places: list[str], short: tuple[str, str] | None, corpus: Corpus) -> dict[str, str]:
    """How the question names each place it names, when not by (part of) its display name: "数字资源" for
    数字教育资源机制建设, "初中方案" for 某区初中教育高质量发展行动方案. Answers label those places so too. `short` is
    the document short form `_names` found (not looked up again)."""
    q = normalize(question)
    out = {}
    for cid in places:
        forms = [n for n in corpus.aliases.get(cid, ()) if n in q] + ([short[1]] if short and short[0] == cid else [])
        form = max(forms, key=len, default="")
        # (a short form a reference word splits, "初中那份行动方案", is no name to label the document with)
        if form and form not in corpus.names.get(cid, "") and not cues.DOCUMENT_REF_SPLIT_RE.fullmatch(form):
            out[cid] = form
    return out


def _abbreviation(q: str, corpus: Corpus) -> tuple[str, str] | None:
    """Documents a question names by a short form before 那篇/这份 ("数字资源那篇" -> 数字教育资源), or after it and
    before a document noun ("那篇数字资源文章"): (document id, the short form as written), the longest tail of the
    words by the reference word whose characters occur, in order, in one document's name ("那份初中高质量发展方案":
    with the kind of document the words end in); the first reference word whose words name a document ("芦溪和那篇
    数字资源文章": not 芦溪和). A 的 before the reference word only joins the description to it ("讲数字资源机制的那篇"):
    it is no character of the short form. Last, a short form the reference word splits ("初中那份行动方案": the words
    before it and the kind after it, in order), given as written, reference word included."""
    for m in sorted([*cues.DOCUMENT_REF_RE.finditer(q), *cues.DOCUMENT_REF_AFTER_RE.finditer(q)], key=lambda m: m.start()):
        words = (m.group(1) or m.group(2)).removesuffix("的")
        for start in range(len(words) - 2):
            short = words[start:]
            hits = [cid for cid, names in corpus.document_names if any(_in_order(short, n) for n in names)
                    or _describes_title(short, corpus.titles.get(cid, ""))]
            if len(hits) == 1:
                return hits[0], short
    for m in cues.DOCUMENT_REF_SPLIT_RE.finditer(q):
        for start in range(len(m.group(1)) - 1):
            short = m.group(1)[start:] + m.group(2)
            hits = [cid for cid, names in corpus.document_names if any(_in_order(short, n) for n in names)]
            if len(hits) == 1:
                return hits[0], m.group(0)
    return None


def _verb_before_complement(pieces: list[tuple[str, str]], k: int, corpus: Corpus) -> str:
    """The verb segmentation cut across when a one-character piece and the first character of the next two-character
    word make a verb the corpus writes, and that word's second character is a resultative complement (成, 为): "打造成
    市一级…" is 打造 + 成 (made into), not 打 + 造成 (cause). "" otherwise."""
    if not (k and len(pieces[k][0]) == 2 and pieces[k][0][1] in "成为" and len(pieces[k - 1][0]) == 1):
        return ""
    verb = pieces[k - 1][0] + pieces[k][0][0]
    return verb if verb in corpus.vocabulary and _is_verb(verb) else ""


def _frame_then_kind(word: str) -> bool:
    """Is the word a frame word (cues.SCAFFOLD: 具体, 主要) glued by segmentation to a generic word for what items are
    (cues.GENERIC_KINDS: 任务, 措施)? "哪几条具体任务" asks tasks; the compound is no subject a sentence must write."""
    # (a frame word of two characters at least: 这方面 points at a subject; and no word for ways of doing, which the
    # sources use as headings, "具体做法")
    return any(word[:k] in cues.SCAFFOLD and word[k:] in cues.GENERIC_KINDS and word[k:] not in cues.METHOD_KINDS
               for k in range(2, len(word) - 1))


def _main_kind(word: str) -> bool:
    """Is the word 大 before a generic word for what items are (大事, 大项, 大块)? Asked after a count or a question
    word ("哪几件大事"), it says the items wanted are the main ones, as 大的 does (`enumerations.asked_word`)."""
    return len(word) >= 2 and word[0] == "大" and word[1:] in cues.GENERIC_KINDS


def _document_of_kind(q: str, corpus: Corpus) -> list[str]:
    """The document a question names by its kind alone ("那份方案里,…"), when exactly one document (not a case) has a
    name of that kind (…行动方案); none when several have or none has: then the kind names no one of them."""
    for m in cues.DOCUMENT_KIND_REF_RE.finditer(q):
        hits = [cid for cid, names in corpus.document_names if any(n.endswith(m.group(1)) for n in names)]
        if len(hits) == 1:
            return hits
    return []


TITLE_DESCRIPTION_CHARS = 6  # a description this long, in order in a document's title, names that document


def _describes_title(words: str, title: str) -> bool:
    """Does a description of a document ("那篇谈数字资源服务基础教育的文章") write words of its title in the title's
    order, from wherever the title writes its first one (优质数字教育资源服务区域基础教育…)? Long enough
    (TITLE_DESCRIPTION_CHARS), it is the asker's short form of that title."""
    if len(words) < TITLE_DESCRIPTION_CHARS or not title:
        return False
    at = title.find(words[0])
    return at >= 0 and _in_order(words, title[at:])


def _in_order(short: str, name: str) -> bool:
    """Are the short form's characters in the name, in order, starting with its first character?"""
    if not name or not short or name[0] != short[0]:
        return False
    it = iter(name)
    return all(ch in it for ch in short)


def place_mentions(text: str, corpus: Corpus) -> tuple[list[str], list[str]]:
    """Places the question names that are no case's name: (unknown to the corpus, places inside a case).

    An unknown place (深圳) is one the corpus never mentions; a place inside a case (渭源县 in "定西…里渭源县有多少",
    named by its administrative suffix) qualifies the asked fact, which an answering sentence must state, as it must
    state an asked year. One jieba tagging serves both.
    """
    from .text import place_tags

    unknown, inside = [], []
    text = normalize(text)
    # (the divisions written right before a case's name, 浙江省杭州市余杭区, say where it is: neither inside it nor
    # unknown)
    bare = text
    for n in corpus.place_names_in(text):
        bare = _without_parent_place(bare, n)
    for p in dict.fromkeys([*place_tags(text), *_streets(text, corpus)]):
        if p not in bare:
            continue
        if len(p) < 2 or p in cues.GENERIC_PLACE_WORDS or cues.RELATIVE_PLACE_RE.match(p) or corpus.overlaps_place_name(p):
            continue
        if listed_only_among(p, cues.NOT_A_PLACE_CLASSES):
            continue  # "代表实验校上台表决心": a word the thesaurus knows only as an activity
        if not _is_a_place(p):
            continue  # "在育人上提的…": segmentation's place tag on a word no gazetteer or thesaurus knows
        if _cut_across_a_verb(p, bare):
            continue  # "把教研搞成县带片…": 成 completes the verb before it (搞成), so no 成县 is named
        # The lookup in the corpus text comes last: a place the corpus names is settled by the names alone.
        if not corpus.written.contains(p):
            unknown.append(p)
        elif len(p) >= 3 and cues.ADMIN_SUFFIX_RE.search(p):
            inside.append(p)
    return unknown, inside


def _cut_across_a_verb(name: str, text: str) -> bool:
    """Is every mention of a two-character place tag (成县) cut from a verb and its complement the dictionary
    knows (搞成, 变成: "搞成县带片" is 搞成 + 县带片)? A one-character name before its suffix is short enough to be a
    segmentation guess across words; a name said as a name follows no verb it completes."""
    import jieba
    import jieba.posseg as pseg

    _jieba()
    if len(name) != 2 or name[1] not in "县区市镇乡村":
        return False  # (a name of two characters of its own, 学成都的做法, 抵达扬州, is said as a name)
    starts = [m.start() for m in re.finditer(re.escape(name), text)]

    def verb(w: str) -> bool:  # (the dictionary entry's own tag: cutting 搞成 alone reads 搞 + 成)
        return bool(jieba.dt.FREQ.get(w)) and pseg.dt.word_tag_tab.get(w, "")[:1] == "v"
    return bool(starts) and all(i > 0 and verb(text[i - 1] + name[0]) for i in starts)


def _is_a_place(word: str) -> bool:
    """Is a word segmentation tags as a place known as one: a division of the gazetteer (深圳, 海淀 of 海淀区), a
    word with an administrative suffix, a word the thesaurus lists among places and countries (芬兰, 江南), or a place
    in segmentation's dictionary (长三角) that the thesaurus does not know only as a feature or relation (沾边)?
    Segmentation tags fragments as places too (上提 in "在育人上提的"); a fragment is none of these. Nor is a word the
    thesaurus lists only as a position inside or outside something (镇里, 城里: `cues.LOCATIVE_CLASSES`), whatever
    segmentation's dictionary tags it: "往镇里、城里选调" names levels, no place."""
    division = word in _division_prefixes()
    if not division and listed_only_among(word, cues.LOCATIVE_CLASSES):
        return False
    return (division or bool(cues.ADMIN_SUFFIX_RE.search(word))
            or listed_among(word, cues.PLACE_CLASSES)
            or (_dictionary_place(word) and not listed_only_among(word, cues.NON_PLACE_SENSES)))


def _dictionary_place(word: str) -> bool:
    """Does segmentation's own dictionary list the word as a place (长三角, 苏南, 冀北), other than a rare entry that is
    a verb phrase (花钱买: cues.DICTIONARY_PLACE_MIN_FREQ)? Its tag in a sentence may come from the HMM guessing a new
    word (上提); its dictionary entry does not."""
    import jieba.posseg as pseg

    jieba = _jieba()
    if not pseg.dt.word_tag_tab.get(word, "").startswith("ns"):
        return False
    # (a rare entry made of a dictionary word and a one-character verb, 花钱 + 买, is a verb phrase)
    verb_phrase = len(word) >= 3 and bool(jieba.dt.FREQ.get(word[:-1])) and \
        pseg.dt.word_tag_tab.get(word[-1], "").startswith("v")
    return not (verb_phrase and jieba.dt.FREQ.get(word, 0) < cues.DICTIONARY_PLACE_MIN_FREQ)


@lru_cache(maxsize=1)
def _division_prefixes() -> frozenset[str]:
    """Every division name of the gazetteer and its beginnings of two characters or more (海淀区 -> 海淀)."""
    from index.meta import divisions

    return frozenset(d.name[:n] for d in divisions().values() for n in range(2, len(d.name) + 1))


def _streets(text: str, corpus: Corpus) -> list[str]:
    """Streets (闲林街道) the corpus writes: jieba does not tag them, so each 街道 is tried with the two, then three,
    characters before it ("在闲林街道", "余杭区闲林街道" hold the street too)."""
    out = []
    for m in re.finditer(cues.STREET, text):
        name = next((text[m.start() - n:m.end()] for n in (2, 3)
                     if m.start() >= n and corpus.written.contains(text[m.start() - n:m.end()])), "")
        if name:
            out.append(name)
    return out


def _asks(cue: cues.Cue, text: str) -> bool:
    """Does the question match the cue other than by a determiner 几 (a later 多少 still asks a figure)?"""
    at = 0
    while (m := cue.regex.search(text, at)) is not None:
        if not _determiner(cue.kind, m, text) and not _counts_an_owner(cue.kind, m, text) \
                and not _modifies_a_noun(cue, m, text) and not _one_of_a_kind(cue, m, text) \
                and not _figure_word_modifies(cue, m, text) and not _askers_own_task(cue, m, text) \
                and not _relative_who(cue, m, text) and not _in_a_when_clause(cue, m, text):
            return True
        at = m.end()
    return False


WHEN_CLAUSE_END_RE = re.compile(r"(?:的时候|时候|之时|时)$")  # a clause of time ends so ("…那条原则时,")


def _in_a_when_clause(cue: cues.Cue, m: re.Match[str], text: str) -> bool:
    """Is a broad question's noun (特色, 经验) inside a clause of time closed by 时 ("淄博讲共同体要办出各自特色那条原则
    时,借了句啥老话…")? That clause sets the scene of what the next one asks; it asks nothing itself."""
    if cue.kind != "overview":
        return False
    rest = re.split(r"[,,。;;::??!!]", text[m.end():], maxsplit=1)[0]  # the clause from the noun on
    return bool(WHEN_CLAUSE_END_RE.search(rest)) and not cues.QUESTION_WORD_RE.search(m.group(0) + rest)


EN_DOCUMENT_NOUNS = r"(?:paper|article|document|report|plan|essay|piece)s?"
EN_POINTERS = r"(?:the|this|that|its|their|a|an)"


def _without_name_runs(text: str, names: list[list[str]]) -> str:
    """The text with each run of two or more of a document's name words that names the document blanked out: a run
    after a determiner ending in a word for a document ("the district action plan"), before a word for a document
    ("the digital-resources paper") or after one and on/about/of ("the article on online education resources"); and
    a name word that is itself a word for a document after a determiner ("how does the plan…"). The same words
    elsewhere ("weakness of digital education resources", "how should schools plan") are what is asked about.
    `names`: each document's name words in order (junior, school, action, plan); a run ending in a word for a document
    is the end of a name or the name cut short ("action plan", "junior plan"; not "a school plan")."""
    words = {w for name in names for w in name}
    if not words:
        return text

    def ends_a_name(run: list[str]) -> bool:
        """The end of a name ("action plan"), or the name cut short keeping its first and last words ("junior plan")."""
        return any(run == name[-len(run):] or run[0] == name[0] and run[-1] == name[-1]
                   and all(w in name for w in run) for name in names)
    word = r"(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")s?"
    run = word + r"(?:[\s-]+" + word + r")+"
    not_name = r"(?:(?!" + word + r"\b)[A-Za-z-]+\s+)?"  # (one word of the asker's own: "the district …")
    pointed = r"(\b" + EN_POINTERS + r"\s+" + not_name + r")"
    # (a run ending in a document word: "the junior school action plan", "the district action plan")
    ending = pointed + r"(?:" + word + r"[\s-]+)+" + word + r"\b"
    text = re.sub(ending, lambda m: m.group(1) + " " if ends_a_name(
        [re.sub(r"s$", "", w.lower()) for w in re.findall(r"[A-Za-z]+", m.group(0)[len(m.group(1)):])])
                  else m.group(0), text, flags=re.I)
    # (a run before a document word: "the digital-resources paper")
    text = re.sub(pointed + run + r"(?=[\s-]+" + EN_DOCUMENT_NOUNS + r"\b)", r"\1 ", text, flags=re.I)
    # (after a word for a document and on/about/of, past one word of the asker's own: "the article on online …")
    text = re.sub(r"(\b" + EN_DOCUMENT_NOUNS + r"\s+(?:on|about|of)\s+" + not_name + r")\b" + run + r"\b", r"\1 ", text, flags=re.I)
    # (the document's own word for itself after a determiner: "the plan" of the action plan)
    own = [w for w in words if re.fullmatch(EN_DOCUMENT_NOUNS, w)]
    for w in own:
        text = re.sub(r"(\b" + EN_POINTERS + r"\s+)" + re.escape(w) + r"s?\b", r"\1 ", text, flags=re.I)
    return text


def _relative_who(cue: cues.Cue, m: re.Match[str], text: str) -> bool:
    """Is an English "who" a relative pronoun ("Which county's teachers, who had marked the exam, went…")? An English
    question opens with its one question word; a "who" after another one in the same sentence describes a noun,
    unless a conjunction before it opens a second question ("What did they do, and who led it?")."""
    if cue.kind != "person" or m.group(0).lower() != "who":
        return False
    sentence = re.split(r"[.?!]\s", text[:m.start()])[-1]
    return bool(re.search(r"\b(?:what|which|how|where|when|why|whose)\b", sentence, re.I)) and \
        not re.search(r"\b(?:and|or|but)\s*$", sentence, re.I)


def _askers_own_task(cue: cues.Cue, m: re.Match[str], text: str) -> bool:
    """Is a judgement word in a clause where the asker states what they themselves are doing ("我们正在做学位预测,
    想拿余杭当参照:…从多少涨到了多少?")? That names their task; the clause asks nothing, so it asks no judgement.
    A clause the question mark closes does ask ("我们县值不值得跟着改?")."""
    if cue.kind != "opinion":
        return False
    start = max((p.end() for p in re.finditer(r"[,,。;;::??!!]", text[:m.start()])), default=0)
    end = next((p.start() for p in re.finditer(r"[,,。;;::??!!]", text[m.end():])), len(text) - m.end()) + m.end()
    clause = text[start:end]
    # (a clause the question mark closes asks, whoever it is about: "我们县值不值得跟着改?")
    closed_by_question_mark = text[end:end + 1] in ("?", "?")
    return bool(cues.ASKER_RE.match(clause.strip())) and not cues.QUESTION_WORD_RE.search(clause) and not closed_by_question_mark


def _modifies_a_noun(cue: cues.Cue, m: re.Match[str], text: str) -> bool:
    """Is a matched noun of a broad question (特色, 经验, 亮点) the modifier of the noun right after it ("哪些门类的特色
    初中": schools of a kind; "经验交流会": a meeting)? Then it names that thing, not a request for the place's
    features. A noun after it that is itself such a cue (特色做法) keeps the question broad."""
    if cue.kind != "overview" or not re.fullmatch(r"[一-龥]{2}", m.group(0)):
        return False
    return _noun_after(text, m.end()) and not cue.regex.match(text, m.end())


def _figure_word_modifies(cue: cues.Cue, m: re.Match[str], text: str) -> bool:
    """Is a matched word of quantity (数量, 人数, 比例) inside the modifier of the noun a 哪些/什么 asks ("哪些跟娃娃
    数量有关的变数": factors, not a count)? A quantity word followed by (有关/相关)的 + a noun, in a clause asking which
    things, describes those things; an asking word (多少, 几) still asks a figure on its own."""
    if cue.kind != "figure" or re.search(r"[多几少]", m.group(0)):
        return False
    clause = re.split(r"[,,。;;??!!]", text[:m.start()])[-1] + re.split(r"[,,。;;??!!]", text[m.start():])[0]
    return bool(re.match(r"(?:[有相]关|方面)?的[一-龥]{2}", text[m.end():])) and bool(re.search(r"哪些|哪几|什么", clause))


def _one_of_a_kind(cue: cues.Cue, m: re.Match[str], text: str) -> bool:
    """Is a broad question's noun (做法, 经验) asked as one of its kind ("能改掉哪种老做法?": which practice)? 哪种,
    哪一个 before it, a modifier of two characters at most between, ask which one, not what the place did."""
    # (one ranked first, "哪项做法效果最好", is a judgement the opinion rule reads, not a fact)
    return cue.kind == "overview" and bool(re.search(r"哪一?[种个项条类][一-龥]{0,2}$", text[:m.start()])) \
        and "最" not in re.split(r"[,,。;;??]", text[m.end():])[0]


def _which_of_a_modified_kind(text: str) -> bool:
    """"哪些门类的特色初中": 哪些/哪几 asking, in its clause, for things a broad question's noun modifies
    (`_modifies_a_noun`): a list of those things (the list cue leaves 哪些…特色 to broad questions)."""
    if any(_modifies_a_noun(cue, m, text) and re.search(r"哪些|哪几", re.split(r"[,,。;;]", text[:m.start()])[-1])
           for cue in cues.ANSWER_TYPES if cue.kind == "overview" for m in cue.regex.finditer(text)):
        return True
    # a broad noun only the list cue sets aside ("配了哪些保障机制": 保障 is no broad question's cue by itself)
    broad = "|".join(cues.MODIFYING_BROAD_NOUNS)
    return any(_noun_after(text, m.end()) for m in re.finditer(rf"(?:哪些|哪几)[一-龥]{{0,4}}?(?:{broad})", text))


def _noun_after(text: str, at: int) -> bool:
    """Does a noun of two characters or more (not a broad question's word itself: 特色做法) follow at `at`?"""
    import jieba.posseg as pseg

    _jieba()
    rest = [(w, f) for w, f in pseg.cut(text[at:at + 6]) if w.strip()]
    return bool(rest) and len(rest[0][0]) >= 2 and rest[0][1][:1] in ("n", "f", "j") and \
        not any(cue.kind == "overview" and cue.regex.match(rest[0][0]) for cue in cues.ANSWER_TYPES)


def _counts_an_owner(kind: str, m: re.Match[str], text: str) -> bool:
    """Is a matched 几 + classifier followed by one character + 的 that names a thing rather than describing the
    noun counted ("几个人的名字", "几个县的老师": the counted noun owns what is asked; "几所新的名校" counts 名校)?
    The thesaurus decides: a feature sense and no thing, time or place sense describes."""
    if kind != "figure" or not m.group(0).startswith("几") or text[m.end() + 1:m.end() + 2] != "的":
        return False
    char = text[m.end():m.end() + 1]
    return not (listed_among(char, cues.DESCRIBING_CLASSES) and not listed_among(char, cues.OWNING_CLASSES))


def _determiner(kind: str, m: re.Match[str], text: str) -> bool:
    """Is a matched 几 + classifier a determiner ("定西几个县抱团协作,拿啥当目标"), another question word after it
    asking what the question asks? A count is asked by its own 几 only."""
    if kind != "figure" or not m.group(0).startswith("几") or (m.start() and text[m.start() - 1] in cues.COUNTING_VERBS):
        return False  # "分几个学段", "有几所": a verb before 几 asks how many
    if re.match(r"\s*(?:[,,;;??。]|$)", text[m.end():]) and m.group(0)[1:] not in cues.PART_CLASSIFIERS \
            and text[max(m.start() - 1, 0)] not in "这那":  # ("那几年,…": pointing back, no count asked)
        # "每期集中培训几天,放在哪…": a measure counted at the end of its clause determines no noun; it is asked (a
        # count of parts, "要干几项,列出来的是哪些", sizes the list asked next)
        return False
    return bool(cues.OTHER_QUESTION_WORD_RE.search(text[m.end():]))


def judgement_asked(text: str) -> bool:
    """Does the question ask the assistant's own view: its second person followed, within two words, by a verb the
    thesaurus classes as judging, guessing or believing ("你估摸着能长久吗", "您认为…", "你相信…吗")? One-character
    verbs (看, 想, 信) have too many other senses ("你看,…" opens a question), so they count only in a yes/no question
    put to the assistant ("你信这个说法吗?"), where the verb can only be its own judgement."""
    words = [w for w in _jieba().cut(text) if w.strip()]
    yesno = bool(re.search(r"(?:吗|(?<![什怎那这多])么)[??]?\s*$", text.strip()))  # not the 么 of 什么, 怎么
    return any(w in cues.SECOND_PERSON and any((len(x) >= 2 or yesno) and any(c.startswith(cues.JUDGEMENT_CLASSES) for c in semantic_classes(x))
                                               for x in words[i + 1:i + 3])
               for i, w in enumerate(words))


def _sources(question: str, terms: list[str], corpus: Corpus) -> list[str]:
    """The words of who says it ("研究院说…", "数字资源那篇讲…"), when the question asks something else too: the verb
    of saying must be a word of its own (not 讲究, 讲座, 大巡讲), and a word the rest of the question repeats stays a
    topic word."""
    source = cues.SOURCE_RE.match(question)
    if not source:
        return []
    at, verb = 0, (source.end(1), source.end())
    for w in _jieba().cut(question):  # the verb must be a token of the whole question's segmentation
        if at >= verb[0]:
            if (at, at + len(w)) != verb:
                return []  # 说/讲 inside another word
            break
        at += len(w)
    rest = question[source.end():]
    named = set(topic_words(source.group(1), corpus))
    said = [t for t in terms if t in named and t not in rest]
    return said if said and [t for t in terms if t not in said] else []  # not "研究院说了啥": then it is the subject


def _embedded(series: str, question: str) -> bool:
    """Is a 、-series made of questions ("干啥、谁干、干到啥程度") inside a question that asks with a question word of
    its own (哪个地方…都写明白)? The series quotes what a text spells out; the question around it is what is asked."""
    items = series.split("、")
    rest = question.replace(series, " ")
    return sum(bool(cues.OTHER_QUESTION_WORD_RE.search(i)) for i in items) >= 2 and bool(cues.OTHER_QUESTION_WORD_RE.search(rest))


@lru_cache(maxsize=1024)  # a pure function of the question, read by the answer type, options and asker context
def asking_part(text: str) -> str:
    """The sentences of a question that ask: a statement before a sentence ending in a question mark ("我们想让初中
    办得好不好,直接影响…名额。有没有哪个市已经这么挂钩了?") says why the asker asks, not what kind of answer is
    wanted, even when it holds a question word of its own (好不好, 怎么落地, 谁也不服谁; "…staff who have served
    five years… For how long at least?"). The whole text when no sentence ends in a question mark: then nothing
    marks which sentence asks."""
    if re.search(r"[一-龥]", text):
        # (a dash after the asker's statement opens the question proper as a full stop does: "…我想看看泰州是怎么落地
        # 的——他们硬软件齐抓这一块,总体上分了哪几路?")
        sentences = [s for s in re.findall(r"(?:[^。!!??—]|—(?!—))+(?:[。!!??]+|——)?", text) if s.strip()]
    else:  # English: a sentence ends at . ! ? before the word that opens the next ("…junior school. For how long?"),
        # capitalised or not (the text may come lower-cased by `normalize`)
        sentences = [s + " " for s in re.split(r"(?<=[.!?])\s+(?=[A-Za-z])", text) if s.strip()]
    at = 0
    # (a tag question, "…分路推进的吧?", offers the asker's own reading for a nod: the question after it asks)
    while at < len(sentences) - 1 and (sentences[at].rstrip()[-1] in "。!!.—" or cues.TAG_QUESTION_RE.search(sentences[at])) and \
            any(s.rstrip()[-1] in "??" for s in sentences[at + 1:]):
        at += 1
    # a statement after the last sentence that asks ("…各该往哪儿使?原话我想引到讲话稿里。") says what the asker will do
    # with the answer, not what is asked
    end = max((i for i, x in enumerate(sentences) if x.rstrip()[-1:] in "??"), default=len(sentences) - 1)
    # (a sentence asking by request, "…讲给我听听。", still asks)
    if end < len(sentences) - 1 and end >= at and \
            not any(cues.QUESTION_WORD_RE.search(x) or cues.REQUEST_RE.search(x) for x in sentences[end + 1:]):
        return "".join(sentences[at:end + 1]).strip()
    return "".join(sentences[at:]).strip() if at else text


ELLIPTIC_CHARS = 6  # an asking sentence this short ("淄博呢?") has no subject of its own
SAYS_WHAT_CHARS = 12  # a later asking sentence this short ("具体怎么配?") leans on the one before for what it asks


def _listed_kind(text: str) -> str:
    """The word for a part of a whole a list question counts as its kind ("哪几大板块" -> 板块, "分成哪几个部分" ->
    部分); "" when it counts another kind ("几种模式") or none."""
    m = cues.LISTED_KIND_RE.search(text)
    return next((p for p in sorted(cues.DOCUMENT_PARTS, key=len, reverse=True) if m and m.group(1).startswith(p)), "") \
        if m else ""


def asked_kind(question: str) -> str:
    """The kind of answer wanted, read from the sentence that asks (`asking_part`); when that sentence only asks
    yes/no or is elliptic ("我想知道泰州交流了多少名教师。能告诉我吗?", "…多少名教师。淄博呢?"), the statement before
    it says what is wanted, unless what it says is a judgement or a yes/no of its own (好不好)."""
    asking = asking_part(question)
    if _statement_says_what(question):
        return answer_type(question)
    # Of several sentences that ask, the last says what is wanted; those before it lead up to it ("平常到底靠啥联系?
    # 淄博的帮扶式共同体要在内部搭起哪些工作机制?"), unless it only asks yes or no or is too short to say what it asks
    # ("具体怎么配?" after "…是一对一还是一带几?"), or it asks about what the one before named (每种, 其中, 分别:
    # "…有哪几种模式?每种模式具体是怎么运作的呢?" still asks for the modes), or only how the sources word it
    asked = [s for s in re.findall(r"[^。!!??]+[??]", asking) if s.strip()]
    last = answer_type(asked[-1]) if len(asked) > 1 else ""
    if len(asked) > 1 and last != "yesno" and \
            len(re.findall(r"[一-龥A-Za-z]", asked[-1])) > SAYS_WHAT_CHARS and not cues.REFERS_BACK_RE.search(asked[-1]) \
            and not cues.HOW_SAID_RE.search(asked[-1]):  # ("…有哪些好处?材料是怎么归纳的?": how it is worded)
        return last
    if len(asked) > 1 and last == "yesno" and not cues.EXISTENCE_ASKED_RE.search(asked[-1]) and \
            (earlier := answer_type(asked[-2])) not in ("yesno", "opinion", "instruction"):
        # "…结果最后派什么用场?跟高中招生有关系吗?": a closing yes/no checks a guess about what the sentence before it
        # asks; that content is what is wanted, and it answers the check (not one asking whether a detail is given at
        # all, "具体名次有没有?": that is an ask of its own, answered only where the detail is)
        return earlier
    return answer_type(asking)


def _statement_says_what(question: str) -> bool:
    """Does the statement before the sentence that asks say what is wanted (`asked_kind`)?"""
    asking = asking_part(question)
    if asking == question:
        return False
    kind = answer_type(asking)
    elliptic = len(re.findall(r"[一-龥A-Za-z]", asking)) <= ELLIPTIC_CHARS  # "淄博呢?": no kind and no subject of its own
    # (nor has a sentence whose subject is a bare pronoun, "What are they called?", "它们分别叫什么?": what it asks of
    # is what the statement names, "…split into four strands.")
    elliptic = elliptic or bool(cues.PRONOUN_SUBJECT_ASKING_RE.match(asking.strip()))
    return (kind == "yesno" or kind == "fact" and elliptic) and answer_type(question) not in ("opinion", "yesno")


def asking_offset(question: str) -> int:
    """Where the part of the question that says what is wanted begins: the sentence that asks, or the whole question
    when that sentence leaves it to the statement ("我想知道那6所初中分别是哪几所。你能列出来吗?")."""
    if _statement_says_what(question):
        return 0
    asking = asking_part(question)
    at = question.find(asking)
    return at if at >= 0 else max(0, len(question.rstrip()) - len(asking))


@lru_cache(maxsize=1024)  # a pure function of the text, read several times per question (asked_kind, asking_offset)
def answer_type(text: str) -> str:
    """The first answer-type cue the question matches (a question asking the assistant's own view is an opinion
    first); a request to sum up a document ("主要讲了啥?") that no more specific cue claims is a broad question."""
    if judgement_asked(text):
        return "opinion"
    text = cues.EMBEDDED_QUESTIONS_RE.sub(lambda m: " " if _embedded(m.group(0), text) else m.group(0), text)
    # "…有哪些好处?那篇材料是怎么归纳的?": how the sources word or sum up a thing asks what they say; another ask of
    # the question says what kind of thing that is
    unsaid = cues.HOW_SAID_RE.sub(" ", text)
    if unsaid != text and cues.QUESTION_WORD_RE.search(unsaid):
        text = unsaid
    # a clause stating a condition ("要是哪所学校做不出成效,") sets up what is asked: its question word asks nothing
    unconditioned = cues.CONDITION_CLAUSE_RE.sub(" ", text)
    if unconditioned != text and any(_asks(cue, unconditioned) for cue in cues.ANSWER_TYPES):
        text = unconditioned  # (when what is left still asks: a question word or a yes/no form)
    kind = next((cue.kind for cue in cues.ANSWER_TYPES if _asks(cue, text)), "fact")
    if kind == "figure" and (_indefinite_count(text) or _premise_count(text)):
        kind = next((cue.kind for cue in cues.ANSWER_TYPES if cue.kind != "figure" and _asks(cue, text)), "fact")
    if kind == "person" and cues.KINDS_OF_PEOPLE_NAMED_RE.search(text):
        return "list"  # "那几档市级老师各叫啥": the names of the kinds of people counted
    if kind == "person" and cues.SOURCE_ASKED_RE.search(text):
        return "place"  # "手头这些材料里,谁提到过…": which of the materials, the places whose texts say it
    if kind == "yesno" and cues.QUANTITY_GIVEN_ASKED_RE.search(text):
        return "figure"  # "文中有没有给出…使用率": whether a quantity is given asks the quantity
    if kind in ("figure", "fact") and (_counts_parts(text) or _each_of_a_count(text) or _which_of_a_modified_kind(text)):
        return "list"
    if kind not in ("list", "overview", "opinion") and _each_of_the_asked(text):
        return "list"
    return "overview" if kind in ("fact", "method") and cues.SUMMARY.regex.search(text) else kind


def offered_options(question: str) -> list[str]:
    """The options a question offers to choose among, as written: an alternative closing the asking part ("具体缺的
    是实验室、音乐室还是美术室?") or a series it picks from ("瓶窑、良渚、径山这些镇街里的哪几个?"). An answer must
    name one of them. The first option starts after the copula (是) or is the last word before the series. Options of
    one character (大还是小) or longer than a name are none."""
    q = normalize(asking_part(question))
    m = cues.OFFERED_OPTIONS_RE.search(q)
    if m is None:
        return []
    parts = [p.strip() for p in re.split(r"、|还是|或者是|或是|或者", m.group(1) or m.group(2))]
    if "是" in parts[0]:
        parts[0] = parts[0][parts[0].rfind("是") + 1:]
    else:
        first = [w for w in _jieba().cut(parts[0]) if w.strip()]
        parts[0] = first[-1] if first else ""
    # a question naming what kind of thing the options are (哪些渠道, 什么方式) offers doings as names of them
    kinded = bool(cues.OPTION_KIND_RE.search(q[:m.start()]))
    # what tells the options apart names them: a frame they all share ("省教育厅来验的还是省政府督导办来验的": 来验的)
    # is said of each, not part of its name; but only a core that is one name (教育厅, 督导办) is one a text must
    # write: "在市里开还是在县区轮流开" leaves 县区轮流, a way of holding it, which a text says in its own words
    cores = _option_cores(parts) if len(parts) >= 2 else parts
    if cores != parts and not all(_one_name(c) for c in cores):
        cores = parts
    if len(parts) < 2 or not all(2 <= len(c) <= cues.OPTION_MAX_CHARS and _names_something(c, kinded) for c in cores):
        return []
    return parts


def _one_name(core: str) -> bool:
    """Is an option's core one name: one word of segmentation's, or an office named by its work and 办 (政府督导办)?"""
    pieces = [w for w in _jieba().cut(core) if w.strip()]
    return len(pieces) == 1 or (len(pieces) >= 2 and pieces[-1] == "办" and listed_among(pieces[-2], ("H",)))


def alternatives(question: str) -> list[str]:
    """The two options of an alternative question as written, names or doings ("是市教育局直接评,还是委托教研部门来
    评?" -> 市教育局直接评, 委托教研部门来评); [] when the question offers none. `offered_options` keeps only names; a
    question choosing between doings asks which was done, and the sources must say one of them."""
    m = cues.ALTERNATIVES_RE.search(normalize(asking_part(question)))
    if m is None:
        return []
    first = m.group(1)
    first = first[first.rfind("是") + 1:] if "是" in first else first
    # an option that itself asks ("是定死的,还是隔几年调一次?") is no claim to confirm: the question asks what it asks
    # (how many years), which a sentence stating it answers whatever it says of the other option
    if any(cues.OPTION_ASKS_RE.search(o) for o in (first, m.group(2))):
        return []
    return [o for o in (first.strip(), m.group(2).strip()) if len(o) >= 2] if len(first.strip()) >= 2 else []


def _names_something(option: str, kinded: bool = False) -> bool:
    """Is the option a name (实验室, 良渚, 面试), not a way of doing or a quality (走走过场, 一口气干完, 按月发, 轻了)?
    One word that is no idiom or adjective, or words ending in a noun; when the question names the kind of the
    options (`kinded`: "拓了哪些渠道,是发动社会捐资还是…"), also a verb then a noun of two characters, with no idiom,
    adverb or adjective (a channel named by what is done)."""
    import jieba.posseg as pseg

    _jieba()
    pieces = [(w, flag) for w, flag in pseg.cut(option) if w.strip()]
    tags = [flag for _, flag in pieces]
    if len(tags) == 1:
        return tags[0][:1] not in ("l", "i", "a")
    if bool(tags) and (tags[-1][:1] == "n" or tags[-1] == "vn"):
        return True
    if pieces[-1][0] == "办" and listed_among(pieces[-2][0], ("H",)):
        return True  # an office named by its work and 办 (督导办, 招生办), which segmentation reads as the verb; not 学校办
    # a doing: a verb first, then the thing it is done with (not "乡镇财政出": a thing, then its verb, is a clause)
    return kinded and tags[0][:1] == "v" and any(f[:1] == "n" and len(w) >= 2 for w, f in pieces[1:]) and \
        not any(f[:1] in ("l", "i", "d", "a") for f in tags)


def option_names(options: list[str]) -> list[str]:
    """Each option as a text may name it: as written, and without what all options share ("县里出还是乡镇出": 出,
    "实验室、音乐室": 室), which frames them rather than tells them apart (a text may write 县里 or 音乐教室)."""
    cores = _option_cores(options)
    return options + [c for c in cores if c not in options and len(c) >= 2]


def _option_cores(options: list[str]) -> list[str]:
    """The options without the opening and ending they all share."""
    head = len(os.path.commonprefix(options))
    tail = len(os.path.commonprefix([o[head:][::-1] for o in options]))
    return [o[head:len(o) - tail] for o in options]


def asking_clauses(question: str) -> list[str]:
    """The comma clauses of the sentence that asks, normalised: what it grants first, what it adds last."""
    return [c for c in re.split(r"[,,;;]", normalize(asking_part(question))) if c.strip()]


def added_detail(question: str, terms: list[str], any_clause: bool = False) -> list[str]:
    """The words a question asks about beyond what it grants: after a clause restating what the sources say
    ("芦溪说要统一教学行为,"), a last clause adding to it (也, 同样: "县里有没有把各校的教学进度和作业量也统一起来?"),
    or any last clause after a report of what they say (说, 提出: "余杭说…直招毕业生当老师,对非师范出身的有没有限制?"),
    asks whether that addition holds, so its own words (教学进度, 作业量), not the granted ones (统一), are what a
    sentence must state. [] when the question grants nothing before or adds nothing. With `any_clause` (a yes/no
    question: whether the last clause holds is what it asks), every last clause after another counts, cue or not."""
    clauses = asking_clauses(question)
    if len(clauses) < 2 or not (any_clause or cues.ADDED_DETAIL_RE.search(clauses[-1]) or cues.RESTATED_RE.search(clauses[0])):
        return []
    before = "".join(clauses[:-1])
    return [t for t in terms if t in clauses[-1] and t not in before]


def asked_doing(question: str, terms: list[str]) -> list[str]:
    """The doing a yes/no question asks whether it holds, in its last clause: the verbs right after 要不要/能不能/是否
    ("…,这些社会人士要不要先过背景审查?" -> 审查), or the verb of an A-not-A form ("还保不保留?" -> 保留). A sentence
    stating it (or its negation) answers; sources that never write it do not say. [] when no such clause asks."""
    import jieba.posseg as pseg

    clauses = asking_clauses(question)
    clause = clauses[-1] if clauses else ""
    out = []
    if (m := cues.A_NOT_A_VERB_RE.search(clause)) and _a_dictionary_verb(m.group(1) + m.group(2)):
        out.append(m.group(1) + m.group(2))  # 保不保留 -> 保留; 给不给买 joins no verb (给买), and asks nothing here
    if (m := cues.WHETHER_DOING_RE.search(clause)):
        _jieba()
        rest = [t for t in terms if t in clause[m.end():]]
        out += [t for t in rest if any(flag[:1] == "v" for _, flag in pseg.cut(t))]
    return list(dict.fromkeys(out))


def _a_dictionary_verb(word: str) -> bool:
    """Is the word one verb the segmenter's dictionary lists (保留), not a one-character verb run into its object (给买)?"""
    import jieba.posseg as pseg

    _jieba()
    pieces = list(pseg.cut(word))
    return len(pieces) == 1 and pieces[0].flag[:1] == "v" and bool(pseg.dt.word_tag_tab.get(word))


def _indefinite_count(text: str) -> bool:
    """Is the question's only count a 几 inside an option of an alternative question ("一个人包一个,还是几个人合着帮
    一个?")? Then it is indefinite (several), and the question asks which option holds, not how many."""
    alternative = cues.ALTERNATIVE_RE.search(text)
    if alternative is None or "多少" in text:
        return False
    counts = list(cues.INDEFINITE_COUNT_RE.finditer(text))
    return bool(counts) and all(m.start() >= alternative.start() for m in counts)


def _premise_count(text: str) -> bool:
    """Is every count of the question a 几 in a clause before the last one, which asks yes or no ("定西那边几个县抱团搞
    协作,淄博的共同体里有没有校干教师交流?")? Then 几 sizes the premise loosely (several), and the question asks
    whether, not how many."""
    counts = list(cues.INDEFINITE_COUNT_RE.finditer(text))
    clauses = [m for m in re.finditer(r"[^,,。;;??!!]+", text) if m.group(0).strip()]
    if "多少" in text or not counts or len(clauses) < 2:
        return False
    last = clauses[-1]
    yesno = next(cue for cue in cues.ANSWER_TYPES if cue.kind == "yesno")
    return all(m.start() < last.start() for m in counts) and bool(yesno.regex.search(last.group(0)))


def _words_after_wh(text: str) -> list[str] | None:
    """The words (and digit runs, punctuation marks) after an English question's what/which (`cues.EN_WH_RE`), a
    typographic apostrophe read as a possessive's; None when no wh-word opens a phrase. `english_kind` and
    `english_list_head` walk this phrase to its head noun."""
    text = text.replace("\u2019", "'")
    m = cues.EN_WH_RE.search(text)
    return None if m is None else re.findall(r"[A-Za-z][A-Za-z'-]*|\d+|[^\sA-Za-z\d]", text[m.end():])


def english_kind(text: str) -> str | None:
    """The answer kind an English question's wh-phrase names by its head noun (`cues.EN_KIND_NOUNS`), an auxiliary
    opening the question (yes/no, `cues.EN_YESNO_RE`), or None: English says with a noun what Chinese says with a
    question word (哪所学院, 多少), so a "what"/"which" question is typed by what it asks for."""
    if cues.EN_YESNO_RE.search(text):
        return "yesno"
    words = _words_after_wh(text)
    if words is None:
        return None
    phrase: list[str] = []
    whose = ""
    for w in words:
        low = w.lower()
        if low in ("that", "this", "these", "those") and not phrase and not whose:
            continue  # a demonstrative opening the phrase determines it ("what is that person's name"): no clause
        if low in cues.EN_PHRASE_END or not w[0].isalpha():
            break
        if low.endswith(("'s", "s'")):  # a possessive names whose, not what ("Yuhang's population", "school's head")
            whose = low[:-2] if low.endswith("'s") else low[:-1]
            continue
        if phrase and w[0].isupper():
            break  # a name after the noun opens a clause about it ("the allowance Yuhang pays")
        if low in cues.EN_DETERMINERS and not phrase:
            continue
        phrase.append(low)
    # the head is the noun before the phrase's first verb ("which school's head spoke on", "which publisher printed"),
    # else its last word; a noun before another noun only modifies it ("document management system")
    verb = next((i for i, w in enumerate(phrase) if i and _looks_verbal(w)), len(phrase))
    head = phrase[:verb]
    # (the name of a person, "that person's name", "the principal's name": a person's name is asked)
    if head[-1:] == ["name"] and (whose in cues.EN_PERSON_NOUNS or cues.EN_KIND_NOUNS.get(whose) == "person"):
        return "person"
    for compound in ((" ".join(head[-2:]),) if len(head) >= 2 else ()) + ((head[-1],) if head else ()):
        if compound in cues.EN_KIND_NOUNS:
            return cues.EN_KIND_NOUNS[compound]
    return None


EN_COUNT_WORDS = frozenset("two three four five six seven eight nine ten several main key major further other".split())
# (and the collectives that count their members: "which two groups of teachers" asks teachers)
EN_SORT_WORDS = frozenset("kind kinds type types sort sorts form forms category categories group groups set sets batch batches".split())


def english_list_head(text: str) -> str:
    """The noun an English list question asks its items to be, as its wh-phrase names it: "what two kinds of school
    communities should be formed" -> communities, "which two tensions did it ease" -> tensions, "what two further aims
    does…" -> aims ("" when the phrase names none). Chinese says it after 哪几 (`enumerations.asked_word`); English says
    it with the noun after what/which, past a count, a word of degree and "kinds of"."""
    words = _words_after_wh(text)
    if words is None:
        return ""
    phrase: list[str] = []
    for i, w in enumerate(words):
        low = w.lower()
        if low == "of" and phrase and phrase[-1] in EN_SORT_WORDS:
            phrase = []  # "kinds of school communities": the noun after "of" is what the kinds are of
            continue
        if (low in cues.EN_DETERMINERS or low in EN_COUNT_WORDS or w.isdigit()) and not phrase:
            continue  # "which 2 tensions", "what two further aims"
        if low in cues.EN_PHRASE_END or not w[0].isalpha() or (phrase and w[0].isupper()):
            break
        # (a past verb ends the noun phrase; a plural -s does not, the items asked are plural: "school communities")
        if phrase and (low.endswith("ed") or low in cues.EN_IRREGULAR_PAST):
            break
        phrase.append(low)
    head = phrase[-1] if phrase else ""
    # (the items are asked in the plural, "which two tensions"; a singular head names a mass the kinds are of, "what
    # kinds of decision-making power", which the text may call otherwise, 自主权: no kind of item)
    return "" if head in EN_SORT_WORDS or not head.endswith("s") or head.endswith(("ss", "us", "is")) else head


def _looks_verbal(word: str) -> bool:
    """Does an English word look like a finite verb (printed, trains, spoke)? A past or third-person ending, or a
    common irregular past (`cues.EN_IRREGULAR_PAST`); -ss, -us and -is end nouns (class, campus, basis)."""
    return word.endswith("ed") or word in cues.EN_IRREGULAR_PAST or \
        (word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3)


def _each_of_a_count(text: str) -> bool:
    """Does a count go on to ask what each counted part is or does ("几个工程、各管啥", "几条要求、分别讲什么")? Then
    the parts are asked, each named: their number alone answers half the question and names nothing."""
    counts = [*cues.COUNTED_PARTS_RE.finditer(text), *cues.STATED_COUNT_RE.finditer(text)]
    # (a count of people, "几位领导各自强调啥", asks what each said; a count of characters, "三个字分别推的是啥", a
    # wording; a count of years, a span: none asks parts of a list)
    # (a clause opening with 每 asks each part only by the count's own classifier: "分成三段走,每一段…各是啥", not
    # "建了5个工作室,每个月各开展什么")
    return any((e := cues.EACH_ASKED_RE.match(text, m.end())) and (e.group("each") is None or m.group(0).endswith(e.group("each")))
               for m in counts if text[m.end():m.end() + 1] not in cues.EACH_NOT_PARTS)


# Members asked by 哪几 and a classifier, then a detail of each by the same classifier ("主线是哪几条?每条大概落在哪?")
EACH_OF_ASKED_RE = re.compile(r"哪几大?([个项条点种类块样步段层])")


def _each_of_the_asked(text: str) -> bool:
    """Does the question ask which members a set has (哪几条), then a detail of each by the same classifier, in a
    clause of its own (每条大概落在哪)? The members are asked, each with its detail: the detail's question word (落在
    哪, 是谁) asks it of each member, not the kind of answer."""
    # (每个月, 每个学期: how often, not each member)
    # (a count of each, "每个组配了几名研究员", is a figure per member: asked of members the sources may not list, it
    # keeps its own type, which the sources must state)
    for m in EACH_OF_ASKED_RE.finditer(text):
        each = re.search(r"[,,??。;;]\s*(?:那)?每一?" + m.group(1) + r"(?!月|学期|星期|小时|年)[^,,??。;;]*", text[m.end():])
        if each and answer_type(each.group(0)) != "figure":
            return True
    return False


MAIN_PARTS_RE = re.compile(r"(?:(?<=大)|大的?)([一-龥]{2,4})")  # the noun after 几大 / 几个大的


def _counts_parts(text: str) -> bool:
    """Does 几 count parts of an abstract kind ("分了几个着力点", "几大目标", "能捞着几样好处") or a quoted word
    ("几个“坚持”")? Then the parts are
    asked, named: a number of aspects or goals without them answers nothing. The thesaurus tells an abstract part
    (cues.PART_CLASSES) from an institution, a division, a person or an object, which are counted."""
    if cues.DIVIDED_COUNT_RE.search(text):
        return True  # a whole divided into a count of parts ("这个行动底下拆成了几项活儿"): the parts, whatever their noun
    for m in cues.COUNTED_PARTS_RE.finditer(text):
        # the main parts counted ("几大行动", "几个大的行动"): 大 says the parts are the main ones of a whole, whose
        # names are asked, of anything but people, institutions and places (几个大的学校 counts big schools)
        main = MAIN_PARTS_RE.match(text, m.end()) if m.group(0).endswith("大") or text[m.end():m.end() + 1] == "大" else None
        if main:
            noun = next((w for w in _jieba().cut(main.group(1)) if w.strip()), "")
            if len(noun) >= 2 and semantic_classes(noun) and not listed_among(noun, (*cues.ENTITY_CLASSES, "Cb")):
                return True
        if text[m.end()] in "“\"":
            # a quoted word counted ("列了几个“坚持”"): the sources' own word opening each item of a list (坚持创新发展,
            # 坚持因地制宜…), so the items are asked, named, as for an abstract kind
            return True
        words = [w for w in _jieba().cut(text[m.end():m.end() + 8]) if w.strip()]
        noun = words[0] if words else ""
        if abstract_kind(noun):
            return True
        if cues.WORK_ITEM_COUNT_RE.search(m.group(0)) and len(noun) >= 2 and listed_only_among(noun, cues.UNDERTAKING_CLASSES):
            return True  # "列了几项工程": the projects, named
        # a compound noun counted names its kind by its head, the word it ends in ("几种组合方式": 方式)
        head = words[1] if len(words) > 1 and len(noun) >= 2 else ""
        if len(head) >= 2 and listed_only_among(head, cues.PART_CLASSES):
            return True
        # a kind word the question counts ("分了几方面来做", "几件事", "几大块行动"): parts of a list, as 几项 counts
        # (a one-character kind counts the noun after it: 件 of 件事, 块 of 块行动)
        if len(noun) == 1 and noun in cues.GENERIC_KINDS and len(words) > 1 and re.match(r"[一-龥]", words[1]) \
                and words[1][:1] not in cues.FUNCTION_CHARS:
            return True
    # the kind named before its count ("大方向有几个", "讲…的好处,分了几点"): the parts are asked as when the count
    # comes first, named by the kind's last word (the pattern ends the question: one match at most)
    return bool(kind_before_count(text))


def topic_words(text: str, corpus: Corpus, names: Names | None = None) -> list[str]:
    """Distinct topic words: jieba words minus scaffolding, place names and one-character leftovers; `names` are the
    text's `_names` when the caller has them.

    Words are cut first and filtered after, so a scaffolding word never eats part of a topic word (要求 stays whole).
    """
    t = normalize(text)
    places, short = names if names is not None else _names(t, corpus)
    # A name that selects a document ("初中行动方案" for a reference document) says which text to read, not what
    # to find in it; it stays a topic word only when nothing else is asked.
    documents = frozenset(n for cid in places if corpus.kinds.get(cid) != "case" for n in corpus.aliases[cid])
    if short is not None:
        documents |= {short[1]}  # "数字资源那篇": the short form selects the document as its full name does
    words = _topic_words(t, corpus, documents)
    return words if words or not documents else _topic_words(t, corpus)


# "匀不匀?": a one-character predicate asked in A-not-A form. Followed by its object ("发不发生活补助") it is a verb
# of that object, which is what is asked; only at the end of a clause is the predicate itself the subject.
A_NOT_A_RE = re.compile(r"([一-龥])不\1(?=\s*(?:[吗呢啊呀]|[,,。??!!;;]|$))")
A_NOT_A_VERB_RE = re.compile(r"([一-龥])不\1")
# A one-character verb parted from its object by the count asked ("结了多少对", "上了几节课"): a verb-object word the
# sources write whole (结对, 上课), which the question names in two pieces; group 1 the verb, group 2 the object
SPLIT_VERB_OBJECT_RE = re.compile(r"([一-龥])[了过](?:多少|几)(?:[个次场节门堂回届批轮])?([一-龥])")


def _split_verb_objects(t: str, corpus: Corpus) -> list[str]:
    """The verb-object words the question parts by a count (`SPLIT_VERB_OBJECT_RE`) that the corpus writes as a word
    (结对), verb and object each standing alone in segmentation (not the last character of 总结, 培训; not the first
    of 教育: "成了几个教育集团" is no 成教)."""
    out = []
    for m in SPLIT_VERB_OBJECT_RE.finditer(t):
        word = m.group(1) + m.group(2)
        pieces = [w for w in _jieba().cut(t[:m.end(1)]) if w.strip()]
        after = [w for w in _jieba().cut(t[m.start(2):]) if w.strip()]  # (the object its own word: not 教 of 教育)
        if word in corpus.vocabulary and pieces and pieces[-1] == m.group(1) and after and after[0] == m.group(2):
            out.append(word)
    return out


def _predicate(char: str, corpus: Corpus) -> str:
    """The corpus word for a one-character predicate asked in A-not-A form ("匀不匀", "够不够": not an auxiliary,
    cues.AUXILIARIES): the word of its thesaurus group that holds it and the corpus uses most (匀 -> 均匀), the
    predicate written in full; "" for an auxiliary or when none is used."""
    if char in cues.AUXILIARIES:
        return ""
    held = [w for w in synonyms(char, corpus.vocabulary) if char in w]
    return max(held, key=lambda w: corpus.frequency.get(w, 0), default="")  # the corpus's usual word for it


PARENT_PLACE_RE = re.compile(r"([一-龥]{2,3}?)(?:省|市)?$")


def _without_parent_place(t: str, name: str) -> str:
    """The text with the division written right before a place's name taken out ("甘肃定西", "萍乡芦溪", "浙江省余杭"):
    it says where that place is, as the name does, and is no subject the sources must write."""
    out, at = [], 0
    for m in re.finditer(re.escape(name), t):
        before, found = t[at:m.start()], True
        while found:  # (a chain of them: 浙江省杭州市余杭区)
            found = False
            for k in (5, 4, 3, 2):
                tail = before[-k:]
                p = PARENT_PLACE_RE.fullmatch(tail)
                if len(tail) == k and p and _is_a_place(p.group(1)):
                    before, found = before[:-k], True
                    break
        out.append(before + " " + name)
        at = m.end()
    return "".join(out) + t[at:]


def _topic_words(t: str, corpus: Corpus, documents: frozenset[str] = frozenset()) -> list[str]:
    t = YEAR_RE.sub(" ", t)  # a year or plan period qualifies the question (`years`), it is not its subject
    t = A_NOT_A_RE.sub(lambda m: f" {_predicate(m.group(1), corpus)} ", t)
    t = A_NOT_A_VERB_RE.sub(" ", t)
    t = cues.TARGET_FRAME_RE.sub(" ", t)
    t = cues.ASSISTANT_TASK_RE.sub(" ", t)
    t = cues.PLACING_FRAME_RE.sub(" ", t)
    t = cues.ASPECT_FRAME_RE.sub(_split_aspect_frame, t)
    t = cues.LEVEL_FRAME_RE.sub(r" \1 ", t)
    t = cues.REPEATED_AROUND_CONJUNCTION_RE.sub(r"\1 \2 ", t)
    # going through the items one by one ("一条条列给我") is how to answer, no topic (segmentation cuts 条列 from it)
    t = cues.ONE_BY_ONE_ASKED_RE.sub(" ", t)
    # Only the names found in the question are replaced, in the order of all names longest first (same result).
    names = corpus.place_names_in(t)
    if documents:
        names = sorted(names + [d for d in documents if d not in corpus.place_names], key=len, reverse=True)
    for n in names:
        t = _without_parent_place(t, n)
        t = t.replace(n, " ")
    seen: dict[str, None] = dict.fromkeys(_split_verb_objects(t, corpus))
    # A phrase the user quotes (“未来教育”, “品质初中”) names something the sources call so: one term, when they do.
    # Its words stay terms too: a follow-up may ask about one part of it ("那“评”这块" after “管办助评”).
    # A quoted name may hold letters, digits and + (“X+1”); the question is lower-cased by now, the sources are not.
    for q in re.findall(r"[“\"'〃]([一-龥A-Za-z0-9+]{1,10})[”\"'〃]", t):
        # one character counts only as the sources quote it, alone or in a quoted name (在“破”字上, “管办助评”)
        written = corpus.written.contains(q) or corpus.written.contains(q.upper())
        if (len(q) > 1 and written or len(q) == 1 and _quoted_in(q, corpus.written)) and q not in names:
            seen.setdefault(q, None)
    jieba = _jieba()
    import jieba.posseg as pseg

    for part in _PUNCT_RE.sub(" ", t).split():
        if part.isascii():
            continue
        pieces = _institution_regrouped([(w.strip(), flag) for w, flag in pseg.cut(part)])
        through = -1  # the last piece a curated term cut across by segmentation has taken
        for k, (w, flag) in enumerate(pieces):
            if k <= through:
                continue
            if (curated := _curated_across(pieces, k, corpus.written)) is not None:
                seen.setdefault(curated[0], None)  # "落实双减上" cut 双 + 减上: the education table's 双减
                through = curated[1]
                continue
            if (pair := _split_pair(pieces, k, corpus.written)):
                seen.setdefault(pair, None)  # "多少门慕课" cut 慕 + 课: the word the corpus writes
                through = k + 1
                continue
            if (recut := _recut_guesses(pieces, k, corpus)):
                for word in recut:
                    seen.setdefault(word, None)  # "讲思政课" guessed 讲思 + 政课: 思政课, as the corpus writes it
                through = k + 1
                continue
            if (people := _plural_people(pieces, k)):
                seen.setdefault(people, None)  # "娃们" cut 娃 + 们: the people 娃娃 names
                continue
            if (verb := _verb_before_complement(pieces, k, corpus)):
                seen.setdefault(verb, None)  # "打造成市一级…" cut 打 + 造成: the verb 打造 and its complement 成
                continue
            if flag[:1] in FUNCTION_POS and not _closing_noun(pieces, k, corpus):
                continue  # adverbs, pronouns, prepositions, time and position words frame a question
            if (k == 0 and w in cues.CLAUSE_CONNECTIVES) or (k and w in cues.POTENTIAL_COMPLEMENTS):
                continue  # "…,结果…": a connective opening a clause; "上不了": a verb's potential complement
            if len(w) >= 2 and w.endswith(cues.LOCALIZER) and k and cues.KIND_QUESTION_WORD_RE.fullmatch(pieces[k - 1][0]) \
                    and w not in corpus.vocabulary and not corpus.written.contains(w):
                # "在哪个厅里": the kind of place asked (厅) and a localizer the sources do not write with it (a place
                # word the asker uses of their own, 县里, 城里, stays: its synonyms find what the sources say)
                w = w[:-1]
                if len(w) < 2:
                    continue

            if len(w) >= 3 and w[0] in CLASSIFIERS + "份篇" and (w[1:] in corpus.vocabulary or w[1:] in cues.SCAFFOLD):
                w = w[1:]  # a measure word glued to its noun by segmentation ("哪份文件" -> 份文件)
            elif len(w) == 2 and w[0] in CLASSIFIERS + "类种样" and k and pieces[k - 1][0] in ("哪", "几", "这", "那", "每", "各"):
                w = w[1:]  # the same after a question word or demonstrative ("哪类人" -> 类人): the noun is one character
            if (w in cues.GENERIC_TERMS or w in cues.SCAFFOLD) and flag.startswith("n") and k + 1 < len(pieces) and \
                    not (k and re.fullmatch(r"哪|哪个|哪些|这|这个|那|那个|各|每", pieces[k - 1][0])) and \
                    pieces[k + 1][1][:1] in "nf" and len(pieces[k + 1][0]) >= 2 and pieces[k + 1][0] not in cues.GENERIC_TERMS \
                    and pieces[k + 1][0] not in cues.SCAFFOLD and corpus.written.contains(w + pieces[k + 1][0]):
                # a form word before a noun, written together by the sources ("建特色初中": 特色初中), names a thing
                seen.setdefault(w + pieces[k + 1][0], None)
                continue
            if w in cues.SCAFFOLD and flag.startswith("n") and (name := _name_opened(pieces, k, corpus.written)):
                seen.setdefault(name, None)  # "研究院的地方教育研究中心": a frame word opening a name the corpus uses
                continue
            if (len(w) < 2 and not is_curated(w)) or w in STOP_SET or w in cues.SCAFFOLD or re.search(r"\d", w) or re.match(r"^(?:几|多少|哪|怎么|怎样|如何|咋)", w):
                continue
            if re.fullmatch(r"一([项条个件样点种类块])\1", w):
                continue  # "一项项列给我": a count word said twice says how to list (one by one), not what
            if re.fullmatch(r"([一-龥])[要一了也就得还]\1", w):
                continue  # "跟着学要学多少天", "看一看": a verb said twice around a modal or 一 names no thing
            if _frame_then_kind(w):
                continue  # "分了哪几条具体任务": a frame word glued to a generic kind (具体+任务) names no subject
            if _main_kind(w) and k and re.search(r"(?:哪|几|这|那|每)[一二两三四五六七八九十几]?[个件项条块点些种类]?$", pieces[k - 1][0]):
                continue  # "安排了哪几件大事": 大 before a generic kind says the items are the main ones, not what
            if len(w) == 2 and w[1] == cues.COPULA and not semantic_classes(w):
                continue  # "定的数是多少": the copula glued by segmentation to the word before it (数是), no word
            if all(c in cues.FUNCTION_CHARS for c in w) or listed_only_among(w, cues.MODAL_CLASSES) or w in cues.FRAME_PHRASES:
                continue  # "人是从哪儿挑的" (是从), "总得落下点本事", "分哪几大块来讲的": frame, not subject
            if k and k + 1 < len(pieces) and pieces[k + 1][0] == "的" and pieces[k - 1][1][:1] in "nvaj" \
                    and w in cues.NATURE_NOUNS:
                continue  # "设了个惠民性质的中心": the kind of the centre, no thing (cues.NATURE_NOUNS)
            sized = k + 1 < len(pieces) and pieces[k + 1][1] == "q"
            if re.fullmatch(r"(?:[一二两三四五六七八九十\d]+|几)(?:个)?字[一-龥]?", w):
                continue  # "两字词", "四字": how long the items are written, not what they are
            if QUANTITY_RE.fullmatch(w) or cues.ORDINAL_RE.fullmatch(w) or _counts_something(w, flag, sized):
                continue  # "两个", "三所", "一段": a quantity; "第六项": a position in a list; neither is a subject
            if _describes_kind(pieces, k, flag):
                continue  # "总结出的经验", "采取的措施": every item of the kind was so done; the verb names nothing
            if len(w) == 2 and w not in corpus.vocabulary and jieba.dt.FREQ.get(w) and 0 < k < len(pieces) - 1 \
                    and pieces[k - 1][0][-1] in "一二两三四五六七八九十几这那哪每" and len(pieces[k + 1][0]) == 1 \
                    and w[1] + pieces[k + 1][0] in corpus.vocabulary:
                # a dictionary word segmentation cut across the phrase ("这一头发力" -> 头发 + 力) when the corpus never
                # writes it, its first character follows a numeral or demonstrative (这一 + 头, where a classifier
                # stands) and its last character and the next one make a word the corpus writes (发力): that word is
                # the term
                seen.setdefault(w[1] + pieces[k + 1][0], None)
                continue
            if w not in corpus.vocabulary and not jieba.dt.FREQ.get(w):
                glued = _glued(pieces, k, corpus.written)
                if glued:
                    w = glued  # the corpus writes it with a neighbour ("县管校"+"聘" -> 县管校聘)
                elif not _new_word(w, flag, pseg.dt.word_tag_tab):
                    # neither a corpus word nor a dictionary word: a segmentation accident ("多少钱建" -> 钱建), which
                    # may have glued a corpus word to the next character ("管师德用的" -> 师德用): that word is the term
                    known = [w[:n] for n in range(len(w) - 1, 1, -1) if w[:n] in corpus.vocabulary and len(w) - n == 1]
                    if not known or known[0] in STOP_SET or known[0] in cues.SCAFFOLD:
                        continue
                    w = known[0]
                # else a word new to both (产教, 入园, 普惠性): the user's subject, which the corpus may not cover
            seen.setdefault(w, None)
    return list(seen)[:MAX_TERMS]


# A piece neither the dictionary nor the corpus knows is kept as a word when segmentation proposes it as a noun
# (产教, 入园) or it is long (普惠性, 县管校): HMM new-word discovery is reliable there. A two-character piece of
# another kind (a guessed person name 钱建, a verb phrase 市有) usually straddles a word boundary.
NEW_WORD_CHARS = 3
NEW_WORD_POS = frozenset({"n", "vn", "nz", "l", "i", "j"})
GLUE_MAX_CHARS = 6


def _new_word(w: str, flag: str, tags: dict[str, str]) -> bool:
    """Is a piece neither the dictionary nor the corpus knows a word of its own? Segmentation proposes it as a noun
    or it is long, and none of its characters is by itself a function word or numeral (塞太多 holds the adverb 太:
    a phrase around a verb, not a term)."""
    if len(w) < NEW_WORD_CHARS and flag not in NEW_WORD_POS:
        return False
    return not any((tags.get(c) or "x")[:1] in FUNCTION_POS | {"m"} for c in w)


VERB_COMPLEMENTS = ("出", "了", "出来", "过")


def _institution_regrouped(pieces: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """"园所有多少家" is cut 园 + 所有 + 多少: before a count asked, 所有 ("all") is the institution noun's 所 and the
    verb 有 (园所 有 多少), as "学校有多少所" is; the pieces regrouped so."""
    out = list(pieces)
    for k in range(1, len(out) - 1):
        if out[k][0] == "所有" and re.match(r"多少|几", out[k + 1][0]) and len(out[k - 1][0]) == 1:
            out[k - 1:k + 1] = [(out[k - 1][0] + "所", "n"), ("有", "v")]
            break
    return out


def _describes_kind(pieces: list[tuple[str, str]], k: int, flag: str) -> bool:
    """Is the word at k a verb describing a generic kind the question asks for ("总结出的特色和经验", "采取的措施")?
    A verb, or a word a verb complement (出, 了) follows; a noun before 的 ("学校的经验") is whose, a subject."""
    rest = [w for w, _ in pieces[k + 1:k + 6]]
    verb = flag == "v" or bool(rest) and rest[0] in VERB_COMPLEMENTS  # a verbal noun (协作的成效, vn) is a subject
    while rest and rest[0] in VERB_COMPLEMENTS:
        rest.pop(0)
    if not verb or not rest or rest[0] != "的" or len(rest) < 2:
        return False
    return rest[1] in cues.GENERIC_TERMS


NAME_MIN_CHARS = 6
ASKING_BEFORE = ("哪个", "哪些", "什么", "各", "哪")


def _name_opened(pieces: list[tuple[str, str]], k: int, written: ChunkTexts) -> str:
    """A word that usually frames a question (地方, 工作) opening a longer name the corpus writes as one run
    ("地方"+"教育"+"研究"+"中心" -> 地方教育研究中心), or "": not after a question word (哪个地方 frames)."""
    if k and pieces[k - 1][0].endswith(ASKING_BEFORE):
        return ""
    name = pieces[k][0]
    for nxt, flag in pieces[k + 1:k + 5]:
        if not flag.startswith(("n", "vn")) or not written.contains(name + nxt):
            break
        name += nxt
    return name if len(name) >= NAME_MIN_CHARS else ""


def _curated_across(pieces: list[tuple[str, str]], k: int, written: ChunkTexts) -> tuple[str, int] | None:
    """A word of the education table (`synonyms.EDUCATION_GROUPS`) that opens at piece `k` and ends inside a later
    piece, which the sources write: segmentation cut it ("双减上" -> 双 + 减上), so the table's word is the term, up to
    that piece. (term, index of its last piece) or None. The dictionary is not changed: the index's words stay as
    they were built."""
    joined, ends = "", []
    for j in range(k, min(k + CURATED_PIECES, len(pieces))):
        joined += pieces[j][0]
        ends.append(len(joined))
    first = len(pieces[k][0])
    for n in range(len(joined), first, -1):  # the longest table word first
        word = joined[:n]
        # (only a word ending inside a piece was cut: one ending where a piece ends, 教师 + 队伍, is words of their own;
        # and only when what segmentation glued to its end is a position word or particle, 减 + 上: a content character,
        # 跟岗 + 带, 协作体 + 定, may be how the asker's own phrase runs on)
        if n not in ends and is_curated(word) and written.contains(word):
            last = next(i for i, e in enumerate(ends) if e >= n)
            rest = joined[n:ends[last]]
            return (word, k + last) if last and all(c in CUT_REMAINDERS for c in rest) else None
    return None


CURATED_PIECES = 3  # a table word is cut into at most this many pieces
CUT_REMAINDERS = frozenset("上下里中内外前后时的了")  # position words and particles segmentation glues onto a word


def _split_pair(pieces: list[tuple[str, str]], k: int, written: ChunkTexts) -> str:
    """Two one-character pieces segmentation cut from a word its dictionary lacks (慕课 -> 慕 + 课, 慕 read as a
    surname), when the first reads as a surname and the second as a noun and the corpus writes them together: that
    word, or ""."""
    import jieba

    if k + 1 >= len(pieces):
        return ""
    (a, fa), (b, fb) = pieces[k], pieces[k + 1]
    # (the first read as a surname, a name's first character, and the second as a noun: two nouns, 区 + 人 of
    # "余杭区人口", or a noun and a verb or a position word, 县 + 开, 事 + 上, are words of their own)
    if len(a) != 1 or len(b) != 1 or fa != "nr" or fb[:1] != "n" \
            or not re.fullmatch(r"[一-龥]{2}", a + b) or jieba.dt.FREQ.get(a + b):
        return ""
    return a + b if written.contains(a + b) else ""


def _recut_guesses(pieces: list[tuple[str, str]], k: int, corpus: Corpus) -> list[str]:
    """Two pieces segmentation guessed (neither a dictionary word nor a word of the corpus), recut across their
    boundary as the corpus writes: the longest word of the corpus that spans the boundary (讲思 + 政课 -> 思政课; not a
    mere run of its text, 个区 of "有个区"),
    with what is left on either side when that is a word too; [] when no such word spans it. The guesses are the
    model's words for characters it does not know; the corpus's own words are surer."""
    import jieba

    if k + 1 >= len(pieces):
        return []
    a, b = pieces[k][0], pieces[k + 1][0]
    if not re.fullmatch(r"[一-龥]+", a + b) or any(jieba.dt.FREQ.get(w) or w in corpus.vocabulary for w in (a, b)):
        return []
    joined, cut = a + b, len(a)
    spans = [(i, j) for i in range(cut) for j in range(cut + 1, len(joined) + 1)
             if j - i >= 2 and joined[i:j] in corpus.vocabulary]
    if not spans:
        return []
    i, j = max(spans, key=lambda s: (s[1] - s[0], -s[0]))
    left = [w for w in (joined[:i], joined[j:]) if len(w) >= 2 and (w in corpus.vocabulary or corpus.written.contains(w))]
    return [joined[i:j], *left]


def _plural_people(pieces: list[tuple[str, str]], k: int) -> str:
    """A one-character noun with the plural of people after it (娃 + 们): the people its reduplication names (娃娃,
    `synonyms.is_person`), which the thesaurus and the education table know; "" otherwise."""
    w = pieces[k][0]
    if len(w) != 1 or k + 1 >= len(pieces) or pieces[k + 1][0] != PLURAL_OF_PEOPLE or not is_person(w):
        return ""
    return w * 2 if synonyms(w * 2) else ""


def _glued(pieces: list[tuple[str, str]], k: int, written: ChunkTexts) -> str:
    """The piece with its next or previous piece, as the corpus writes it (segmentation split a term the dictionary
    lacks: 县管校/聘 -> 县管校聘), or ""."""
    w = pieces[k][0]
    for joined in ((w + pieces[k + 1][0]) if k + 1 < len(pieces) else "", (pieces[k - 1][0] + w) if k else ""):
        if len(w) < len(joined) <= GLUE_MAX_CHARS and written.contains(joined):
            return joined
    return ""


@lru_cache(maxsize=256)
def _quoted_in(char: str, written: ChunkTexts) -> bool:
    """Do the sources quote this character, alone or inside a quoted name?"""
    return written.search(re.compile(f"[“〃\"][^”〃\"“]{{0,8}}{re.escape(char)}[^”〃\"“]{{0,8}}[”〃\"]"), char)


def analyze(question: str, history: list[Message] | None, corpus: Corpus) -> QueryIntent:
    """The question's intent, with an elliptic follow-up resolved against the previous turns."""
    question = fold_punctuation(question.strip())
    intent = _analyze_standalone(question, corpus)
    if history:
        history = [m.model_copy(update={"content": fold_punctuation(m.content)}) if m.role == "user" else m for m in history]
        intent = resolve_followup(intent, history, corpus)
    return _without_own_level(intent, corpus)


# The full-width forms of ASCII (U+FF01-U+FF5E: ，？；：！（）, full-width letters and digits), which a Chinese input
# method types
FULL_WIDTH_RE = re.compile("[\uff01-\uff5e]")


def fold_punctuation(text: str) -> str:
    """The question in the form the corpus is normalised to (`index.clean.normalize` folds full-width forms by NFKC):
    a question typed with a Chinese input method ("…多少个编制，…什么申请手续？") is read as one typed with
    half-width punctuation, which every cue and clause split is written for. Only the full-width forms are folded
    (no lower-casing, no other compatibility folding), so the question keeps its own wording."""
    return FULL_WIDTH_RE.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)


def _models(q: str, places: list[str], corpus: Corpus) -> set[str]:
    """The places a question offers as the model of what it asks about another place it names, beyond 像/学 X (those
    `cues.REFERENCE`/`cues.IMITATION` mark): a place named as the kind of a thing ("有没有提淄博那种“县管校聘”"),
    and the place of a clause that states a fact when the question then asks yes or no about another place, whether it
    refers back to it or not ("余杭要挂牌未来教育研究院,芦溪那边有没有类似的研究机构打算?"). At least one place stays asked."""
    if len(places) < 2:
        return set()

    def named(text: str) -> set[str]:
        return {p for p in places if any(n in text for n in corpus.aliases.get(p, ()))}
    # (only in a yes/no question, whether the other place has one: a comparison weighs both sides, "泰州那种走教
    # 和淄博的交流有什么不同", and so does "淄博那种…效果怎么样,泰州呢")
    # (a figure asked of the later place, "定西每年发生活补助,芦溪…给交流的老师发多少补贴?", starts from the premise too)
    last_clause = next((c for c in reversed(re.split(r"[,,;;。]", q)) if c.strip()), "")
    figure_last = bool(re.search(r"多少|几(?!乎)|多久|多长", last_clause))
    models = set() if cues.COMPARE.regex.search(q) or not cues.PREMISE_LAST_ASK_RE.search(q) else {
        p for p in places for n in corpus.aliases.get(p, ()) for m in re.finditer(re.escape(n), q)
        if cues.MODEL_KIND_RE.match(q[m.end():])}
    clauses = [c for c in re.split(r"[,,;;。]", q) if c.strip()]
    # the asking part runs from the last clause naming a place to the end ("…,桐庐参加提质强校的实验校老师,评职称时
    # 有没有类似的倾斜?": its subject clause names the place asked)
    at = next((i for i in reversed(range(len(clauses))) if named(clauses[i])), len(clauses) - 1)
    asking = "".join(clauses[at:]) if clauses else ""
    # (a word for both places in the asking part, "上城和桐庐都让…。两边的规划各管几年?", asks of every place named)
    if any(w in asking for w in cues.COMPARED_PLACES_WORDS):
        return models
    # (the yes/no may be asked in any clause of the asking part, its object following in a clause of its own:
    # "淄博…,有没有提到把家长召集起来,就娃玩手机的问题开一场会?")
    yes_no = cues.PREMISE_LAST_ASK_RE.search(clauses[-1]) or any(cues.PREMISE_ASK_RE.search(c) for c in clauses[at:])
    if at >= 1 and named(asking) and (yes_no or figure_last and not cues.COMPARE.regex.search(q)):
        stated = _stated_clauses(q)
        earlier = [c for c in clauses[:at] if (c in stated or not cues.ASKING_RE.search(c)) and not cues.PREMISE_ASK_RE.search(c)
                   and not cues.LOCATIVE_FRAME_RE.search(c.strip())]
        # a clause that states a fact of one place, before the clause that asks yes or no of another, is the premise
        # the question starts from ("余杭要在产业园区配建幼儿园,芦溪那边有没有在工业园区…办园?"), whether the asking
        # clause refers back to it (类似, 也, restating it) or not: the question is about the place it asks of
        # (a place a clause of its own asks about, "泰州和桐庐都提了个路线,泰州第一步在哪年就完成了,桐庐…花几年?",
        # is asked, not the model)
        # (and so is a place of an earlier sentence asking a question of its own, ending in a question mark with a
        # question word asking content: "亳州验收标准化创建学校,每次要验多长时间?桐庐…初中有几所?" asks two things,
        # one of each place; "定西…每年发1.8万补助,是不是?" only seeks a nod to the premise)
        # (nor does one asking yes or no of a thing of its own, "淄博…成员学校,能不能挂核心校的牌子?泰州要求…?": only
        # a tag after a statement, ",是不是?", "对吧?", seeks that nod)
        questions = question_sentences(q)
        asked = {p for c in clauses[:at] if c not in stated and cues.ASKING_RE.search(c) for p in named(c)} | \
            {p for s in questions[:-1] if (cues.CONTENT_QUESTION_RE.search(s) or
                                            (answer_type(s) == "yesno" or cues.WHETHER_RE.search(s))
                                            and not cues.NOD_TAG_RE.search(s))
                                           for p in named(s)}
        models |= {p for c in earlier for p in named(c)} - named(asking) - asked
    return models if len(models) < len(places) else set()


def _stated_clauses(q: str) -> set[str]:
    """The clauses (split as `_models` splits them, on , ; 。) that state: each closed by 。 or ! before any question mark
    and holding none, in a sentence that is no request to the assistant ("告诉我定西有几个县…。", "请说明…。"). Their
    几 is "several" ("定西让几个强县替弱县带新老师。"), asking nothing."""
    out: set[str] = set()
    for m in re.finditer(r"[^,,;;。]+", q):
        clause, rest = m.group(0), q[m.start():]
        end = re.search(r"[。!!??]", rest)
        if not clause.strip() or not end or end.group(0) in "??" or re.search(r"[??]", clause):
            continue
        sentence = q[q.rfind("。", 0, m.start()) + 1:m.start() + end.end()]
        if not cues.REQUEST_RE.search(sentence) and not re.match(r"\s*请", sentence):
            out.add(clause)
    return out


def _premised_ask(q: str, models: set[str], corpus: Corpus) -> str:
    """The clauses after the last one naming a model place, when that clause states the model's fact and a later
    one asks yes or no ("定西给帮扶的人评职称时倾斜,芦溪搞交流以后,评职称有没有倾斜?" -> "芦溪搞交流以后,评职称
    有没有倾斜?"); "" otherwise (a model marked by 像/学 X inside the asking clause leaves nothing before it)."""
    if not models:
        return ""
    clauses = [c for c in re.split(r"[,,;;。]", q) if c.strip()]
    at = max((i for i, c in enumerate(clauses) for p in models if any(n in c for n in corpus.aliases.get(p, ()))), default=-1)
    ask = clauses[at + 1:]
    return "".join(ask) if ask and cues.PREMISE_LAST_ASK_RE.search(ask[-1]) else ""


def _without_own_level(intent: QueryIntent, corpus: Corpus) -> QueryIntent:
    """The question without the words that name the asked place by its level ("区里" asked of 余杭区 or of the
    某区 action plan, "县里" of 桐庐县): they mean the place itself, already named, not a subject its sentences must
    state, nor a part of a set a count is restricted to ("这类拓展课,区里还打算再开发多少门?")."""
    if not intent.places:
        return intent
    levels = set.intersection(*({c for c in cues.ADMIN_LEVELS if c in corpus.names.get(p, "")} for p in intent.places))
    own = {t for t in intent.terms if (m := cues.OWN_LEVEL_RE.fullmatch(t)) and m.group(1) in levels}
    if own:
        intent.terms = [t for t in intent.terms if t not in own]
        intent.counted = [t for t in intent.counted if t not in own]
    return intent


MAX_ANALYSED_CHARS = 256  # bounded work: only the start of a pasted essay is analysed (as retrieval caps it)


def _analyze_standalone(question: str, corpus: Corpus) -> QueryIntent:
    full, question = question, question[:MAX_ANALYSED_CHARS]
    # Sentences addressed to the assistant itself ("忽略以上指令…") are not part of the question.
    parts = [p for p in re.split(r"(?<=[。!?!?;;.])\s*", question) if p.strip()]
    kept = [p for p in parts if not cues.INSTRUCTION.regex.search(p)]
    instruction_only = bool(parts) and not kept
    question = " ".join(kept) if kept else question
    language = "en" if is_english(question) else "zh"
    names = _names(normalize(question), corpus)
    # (a question naming no place but a person by surname and post is about that person's case: `_person_place`)
    places = list(names[0]) or (_person_place(question, corpus) if language == "zh" else [])
    markers = (f"(?=({cue.pattern}))" for cue in (cues.REFERENCE, cues.IMITATION))
    for m in (m for pattern in markers for m in re.finditer(pattern, normalize(question))):  # overlapping: 共同体和桐庐一样
        # the model is what the marker opens with: a place's name right after 像/跟/和 (not the 同 of 共同体)
        said = m.group(2)
        model = [p for p in corpus.cases_named_in(said) if p in places and any(said.startswith(n) for n in corpus.aliases.get(p, ()))]
        if model and len(model) < len(places):
            places = [p for p in places if p not in model]  # "桐庐有没有像淄博那样…": asked of 桐庐
    models = _models(normalize(question), places, corpus)
    premised = _premised_ask(normalize(question), models, corpus)
    places = [p for p in places if p not in models]
    kind = "instruction" if instruction_only else asked_kind(question)
    if kind == "fact" and language == "en":
        kind = english_kind(asking_part(question)) or kind
    if kind != "instruction" and cues.CHOICE.regex.search(question) and (len(places) > 1 or cues.OPTIONS_RE.search(question)):
        kind = "opinion"  # which of the named options is better: a judgement
    if kind == "document" and not places:
        # "哪份文件要各区县分头写实施方案?": a document asked of no place the question names asks which text of the
        # library says it, as 哪个地方 asks which place (decided on the question's own words: a case filter or a name
        # one case owns narrows the search, not what is asked); "淄博…照哪份文件执行?" asks a name to be stated
        kind = "place"
    # a place named and 哪些地方 what a verb acts on ("钱花在哪些地方"): its parts or uses, not other places
    aspects = cues.ASPECTS.regex.search(question) if places else None
    across = bool(cues.ACROSS.regex.search(question[:aspects.start()] if aspects else question))
    if across and len(places) == 1 and not cues.OTHER_PLACES_RE.search(question) and \
            not cues.ACROSS.regex.search(cues.PLACES_WORD_RE.sub(" ", question)):
        across = False  # its only across-places word is 哪些地方, asked of the one place it names: where inside it
    if kind == "place" and places and not across:
        # "Where does Bozhou send…" names its place: it asks for a detail, not which place; where inside it, with
        # every item asked ("在哪些地方见到变化?都列一下"), asks those items
        kind = "list" if cues.ALL_LISTED_RE.search(question) else "fact"
    # (a question asking who, when or how many is answered by that, not by a document's parts: "谁把项目从头到尾
    # 讲了一遍?" says how it was presented, and a follow-up on it does not ask for a summary either)
    # (a summing-up word in a statement before the sentence that asks says what the asker is doing, "区里想把初中的事情
    # 理一理。那份方案里…排了哪些大的行动板块?": it asks no summary)
    sums_up = bool(cues.SUMMARY.regex.search(asking_part(question))) and kind not in cues.TYPED_ANSWERS
    if sums_up and cues.DOCUMENT_DIVIDED_RE.search(asking_part(question)):
        kind = "list"  # "分了几大条来写", "分成几个板块,每块的落脚点在哪": the parts themselves are asked, each with its point
    # A comparison compares places: two named, or "各地/哪些地方…有何不同" ("比较稳妥" compares nothing).
    comparative = len(places) > 1 or (bool(cues.COMPARE.regex.search(question)) and across)
    english_groups: dict[str, list[str]] = {}
    english_scene: list[str] = []  # glosses of words only the statement before the asking sentence has
    phrases: list[str] = []
    if language == "en":
        place_words = set(corpus.name_pinyin)
        # the words of a document's English name the question wrote select it, as its Chinese short form does: two or
        # more of them in a row ("the district action plan") name it, and are no topic; one alone ("middle school
        # campuses") is the question's own word
        named_by = [cid.split("-") for cid in places if corpus.kinds.get(cid) != "case"]
        # The words that say what kind of answer is wanted ("what share", "how many") are its form, not its topic.
        cue = cues.cue_of(kind)
        form = cues.YESNO_FORM_RE if kind == "yesno" else cue.regex if cue else None
        # A statement before the sentence that asks ("Our finance office wants a benchmark. What headcount…?") says
        # why they ask: the asking sentence's words lead, and words only the statement has are its scene (situation)
        # (only the asker's own statement, "Our finance office…", "We…": a statement about a case, "Shangcheng created
        # a body for supervision. Whose growth…?", names the subject)
        asking = asking_part(question)
        scene_part = question[:len(question) - len(asking)] if asking != question else ""
        scene_part = scene_part if cues.EN_ASKER_RE.match(scene_part) else ""
        asking = asking if scene_part else question
        topic_part = _without_name_runs(form.sub(" ", asking) if form else asking, named_by)
        scene_part = _without_name_runs(scene_part, named_by)
        translation = translate(topic_part, corpus.vocabulary, skip=place_words, frequency=corpus.frequency,
                                written=corpus.written, spans_of_time=True)
        groups, phrases = translation.groups, translation.compounds
        if scene_part:
            scene = translate(form.sub(" ", scene_part) if form else scene_part, corpus.vocabulary, skip=place_words,
                              frequency=corpus.frequency, written=corpus.written)
            asked_words = {w for g in groups for w in g}
            english_scene = [g[0] for g in scene.groups if not asked_words & set(g)]
            groups = groups + [g for g in scene.groups if g[0] in english_scene]
            phrases = phrases + [p for p in scene.compounds if p not in phrases]
        # a gloss a compound the corpus writes is built from is the word's sense there ("core-school" -> 核心学校:
        # core is 核心, not 中心): it leads its word's glosses
        groups = [sorted(g, key=lambda w: not any(len(w) >= 2 and (c.startswith(w) or c.endswith(w)) for c in phrases))
                  for g in groups]
        # (a span of time the sentence that asks counts, 三年 for "in three years", is content though tagged a numeral)
        spans = {w for g in translation.spans for w in g}
        groups = [g for g in ([w for w in g if _content_word(w) or w in spans] for g in groups) if g]
        # An acronym the Chinese text itself uses (GDP, STEAM) is its own translation.
        acronyms = [[normalize(a)] for a in dict.fromkeys(re.findall(r"\b[A-Z][A-Z0-9]{1,7}\b", question)) if corpus.written.contains(a) or corpus.written.contains(normalize(a))]
        groups = acronyms + [g for g in groups if [g[0]] not in acronyms]
        # A name written in pinyin (Wenfeng Middle School, Xuefu Primary) is the corpus word of that sound (文峰, 学府)
        groups = [[w] for w in pinyin_names(question, corpus, place_words) if [w] not in groups] + groups
        english_groups = {g[0]: g[1:] for g in groups}
        chinese = topic_words(question, corpus, names)
        # In a mixed question the Chinese words name the topic; the English around them frames it.
        terms = chinese if chinese else list(english_groups)
        query = " ".join([corpus.names.get(c, "") for c in places] + [w for g in groups for w in g[:2]] + phrases) or question
    else:
        terms = _without_askers_context(question, topic_words(question, corpus, names), corpus, sums_up)
        query = question
    if kind == "list":
        # a word for a part of a whole counted as the list's kind ("重点举措分成哪几大板块") names the list's form,
        # not its subject: no sentence need write it (as no list need call its items 方面)
        part = _listed_kind(asking_part(question))
        looks = cues.KIND_LOOKS_RE.search(asking_part(question))  # "哪几种共同体的样子": the kinds themselves
        terms = [t for t in terms if t != part and not (looks and t == looks.group(1))]
    if len(places) > 1:
        terms = [t for t in terms if t not in cues.COMPARED_PLACES_WORDS]  # "两边各是…": the places compared
    effort = cues.EFFORT_FROM_ASPECTS_RE.search(asking_part(question))
    terms = [t for t in terms if not (effort and t == effort.group(1))]  # "从哪几条线上发力": the aspects are asked
    unknown, inside = place_mentions(question, corpus) if language == "zh" else ([], [])
    own_said = own_place_statement(question, corpus) if language == "zh" else 0
    if unknown and (said := askers_statement(question, corpus)):
        # a place the asker speaks of only in their own statement is theirs ("我们区早年新城开发时…。有没有哪个区…?"),
        # not one asked about, when the question proper asks across cases or names one; one it refers back to
        # ("想学海淀的集团化办学,那边有哪些模式?") or no place at all is the place asked about
        asked = normalize(question)[said:]
        if corpus.cases_named_in(asked) or asked_kind(asked) == "place":
            unknown = [p for p in unknown if p in asked]
    # a county or district the corpus never names inside the city a named case is (海陵 of 泰州市), named in the
    # sentence that asks, restricts the fact asked to it as a place the case names does (`QueryIntent.qualifiers`):
    # the case cannot state it of a place it never writes
    asking = normalize(asking_part(question))
    inside = inside + [p for p in unknown if p in asking and p not in inside
                       and any(p in subdivision_names(corpus.names.get(cid, "")) for cid in places)]
    intent = QueryIntent(question=full, query=query, language=language, answer_type=kind, places=places, statement_end=own_said,
                         unknown_places=unknown, called=_called(question, places, names[1], corpus),
                         comparative=comparative, across=across or (kind == "place"), terms=terms,
                         years=asked_times(normalize(question))
                         or (_english_periods(question) if language == "en" else []),
                         qualifiers=inside, members=members_required(question, asked_from=asking_offset(question))
                         if language == "zh" and not (comparative and not set_sizes(question)) else 0,
                         ordinal=cn_number(ordinal.group(1)) if (ordinal := cues.ORDINAL_RE.search(question))
                         else cues.middle_position(question, asked_count(question)) if language == "zh" else 0,
                         phrases=phrases, sums_up=sums_up, speech=bool(cues.SPEECH_ASKED.regex.search(question)))
    _expand(intent, corpus, english_groups)
    if kind == "list" and language == "en" and (head := english_list_head(asking_part(question))):
        said = translate(head, corpus.vocabulary, frequency=corpus.frequency).groups
        intent.list_word = said[0][0] if said and said[0] else ""
    intent.premised = premised if places and language == "zh" else ""
    intent.situation = scene_terms(question, intent.terms, corpus) if language == "zh" else \
        [t for t in intent.terms if t in english_scene]
    intent.attributive = attributive_problems(question) if language == "zh" else []
    if comparative and len(places) > 1 and language == "zh":
        intent.place_asks = place_asks(question, intent.topic_terms, corpus)
        intent.place_intents = {cid: _analyze_standalone(asked, corpus)
                                for cid, asked in place_questions(question, intent.place_asks, corpus).items()}
    # options that are places choose among cases (哪个地方先做的): the places' own sentences need not name them
    options = offered_options(question) if language == "zh" else []
    intent.options = [] if any(corpus.cases_named_in(o) for o in options) else options
    # (for a typed answer: a list or an overview answering "是干什么的,有哪些目标" answers both asks at once)
    intent.asks = separate_asks(question, terms) if language == "zh" and kind in cues.TYPED_ANSWERS else []
    intent.alternatives = alternative_terms(question, intent.topic_terms) if language == "zh" else []
    if language == "zh":
        intent.sources = _sources(normalize(question), terms, corpus)
    if kind == "date" and language == "zh":
        # the clause asking when names the event dated by its verb ("…啥时候能建成投用?", "哪一年挂牌成立的"), a
        # verb the corpus writes; a noun there is the subject ("意见是哪天发的"), which a dated line need not repeat
        asking, after = _cue_clause(question, "date")
        intent.event = [t for t in intent.topic_terms if t in asking and t in corpus.vocabulary and _is_verb(t)]
        # the nouns before the cue name the occasion dated ("那个大会是哪天召开的"): a date written before its name
        # ("4月28日全县教育大会") dates it as the verb would
        # (a word for time itself, 时间, 日期, or one it qualifies, "时间节点", names the date asked, not an occasion)
        intent.occasion = [t for t in intent.topic_terms if t in asking[:len(asking) - len(after)] and t not in intent.event
                           and not _is_verb(t, verbal_noun=True) and not _names_time(t, asking)]
        if not intent.occasion and (pointer := cues.GATHERING_POINTER_RE.search(asking[:len(asking) - len(after)])):
            # "…开完那次动员大会后的又一招。那个会是哪天召开的?": 那个会 points back at the gathering named before it,
            # which the sources may name by other words before its kind (全县教育大会): its kind, the head, is dated
            whole = normalize(question)
            before = whole[:max(whole.find(asking), 0) + pointer.start()]
            named = [t for t in intent.topic_terms if t in before and t.endswith(cues.GATHERING_HEADS)]
            intent.occasion = [next(h for h in cues.GATHERING_HEADS if named[-1].endswith(h))] if named else []
    if kind in ("organisation", "person") and language == "zh" and cues.AGENT_MARKED_RE.search(normalize(question)):
        # a clause asking who does something, marked by 由 or by 是…的 ("…是由哪家单位评定授牌的?", "是哪个部门起草
        # 的?"), names the doing by its verbs after the question word (评定, 起草): a body or a person answers it only in
        # a sentence stating that doing. (Unmarked, the verb is often the asker's way of saying it, 报给哪个科室 for
        # 报市教育局基础教育科: required of every 谁/哪家 question, it lost 9 answers on the tuning sets, twenty-fourth
        # session.) A verb filling a post (担任) is stated by the post beside its holder, not by the verb.
        clause, after = _cue_clause(question, kind)
        after = after.split("、")[0]  # "交给谁审定、什么时候截止": the next ask (截止) is no doing of the agent's
        # (a verb the corpus never writes counts when the thesaurus knows it: then none of its synonyms is written
        # either, and nothing states that doing; a word neither knows is the asker's own way of saying it)
        # (the word closing the clause is the doing too when it is a verbal noun or a word the thesaurus lists only
        # among activities, whatever the tagger calls it: "由哪个部门任命的"; inside the phrase, 培训机构, it modifies)
        # (only where the ask itself is marked: "谁挂帅、决策层又是由哪几类人构成的" marks another ask, and 挂帅 may be
        # the asker's word)
        marked = bool(cues.AGENT_MARKED_RE.search(clause.split("、")[0]))
        closing = re.sub(r"[的了呢吗]+$", "", after) if marked else ""
        intent.event = [t for t in intent.topic_terms if t in after
                        and (_is_verb(t) or closing.endswith(t) and (_is_verb(t, verbal_noun=True)
                                                                     or listed_only_among(t, cues.ACTIVITY_CLASSES)))
                        and t not in cues.ROLE_FILLING_VERBS and (t in corpus.vocabulary or semantic_classes(t))]
        # a verb with its object split off by 的/了 ("谁在协议上签的字": 签字) is that verb, not two words
        for v in separated_verbs(after):
            if v not in intent.event and semantic_classes(v):
                intent.event.append(v)
                intent.expansions.setdefault(v, synonyms(v, corpus.vocabulary))  # 签约 states 签字
    if kind == "figure" and language == "zh":
        # A place inside the case ("渭源县有多少名") restricts the count; it is not the quantity asked.
        measure = asked_measure(question, [t for t in intent.topic_terms if t not in intent.qualifiers])
        # the count of each kind asked ("哪几种名头、数量多少"): the word naming the kinds is what they are, each kind
        # counted in its own unit (基地16个、学校10所), so no one quantity is asked; the subject decides
        # (nor is that word counted: the sentence names each kind, not the word for them)
        kinds = cues.EACH_KIND_COUNT_ASKED_RE.search(question)
        kind_word = measure if kinds and measure and measure in kinds.group(0) else ""
        measure = "" if kind_word else measure
        # A segmentation accident ("多少钱建" -> 钱建) names nothing; a real word the corpus lacks (保额) stays asked.
        generic = corpus.frequency.get(measure, 0) > 0.3 * max(corpus.chunk_count, 1)  # 学校: names no quantity
        intent.measure = measure if (measure in corpus.vocabulary or _jieba().dt.FREQ.get(measure)) and not generic else ""
        intent.measure_of = _modifiers(question, intent.measure, intent.topic_terms) if intent.measure else []
        if (noun := number_of(intent.measure)) and noun not in intent.equivalents.get(intent.measure, []):
            intent.equivalents.setdefault(intent.measure, []).append(noun)
        # a level word ("市里", "县里") restricts the count to that level, which a sentence writes as the level's
        # character before what it counts ("市学科名师骨干8~10名", 市级)
        # (a verb the sources write in no word of its thesaurus group, "挂名的", "入盟的", "定死的", is the asker's own way
        # of saying what the set went through: no figure's clause could state it, so it restricts nothing checkable)
        intent.counted = [m.group(1) if (m := cues.OWN_LEVEL_RE.fullmatch(t)) else t
                          for t in count_clause_terms(question, [t for t in intent.topic_terms if t not in (intent.measure, kind_word)])
                          if not _unwritten_verb(t, corpus)]
        if (often := cues.FREQUENCY_ASKED_RE.search(normalize(question))) is not None:
            # how often something happens: the words between the period and 一次 are its predicate, the event ("修订")
            intent.event = [t for t in intent.topic_terms if t in often.group("event") and t in corpus.vocabulary and _is_verb(t, verbal_noun=True)
                            and t not in cues.HOLDING_VERBS]
        elif (lasting := cues.DURATION_ASKED_RE.search(normalize(question))) is not None:
            # how long an action is given or takes: its verb is the event, written by the corpus or not (a time to
            # 整改 that no case mentions is stated nowhere)
            intent.event = [t for t in intent.topic_terms if t in lasting.group("event") and _is_verb(t, verbal_noun=True)
                            and t not in cues.ENDPOINT_VERBS and t not in cues.HOLDING_VERBS]
    return intent


def scene_terms(question: str, terms: list[str], corpus: Corpus) -> list[str]:
    """The terms only the sentences before the one that asks write (`asking_part`), or a remark after it, when the asking sentence writes
    terms of its own, not only an aspect (cues.ASPECT_NOUNS: "…村小提升工程。进展如何?" asks about the statement's
    thing): those sentences say what the asker has in mind, the asking one what is wanted of the cases. Not when the
    asking sentence points back at them (他们, 它, 这种: "新招的特岗老师…。定西让他们去…学多少天?"), nor when they are
    the asker's own statement, which `_without_askers_context` already weighs."""
    q = normalize(question)
    asking = normalize(asking_part(question))
    # (an aspect asked, 进展如何, 结果怎么样, names no subject of its own)
    own = [t for t in terms if t in asking and t not in cues.ASPECT_NOUNS and t not in cues.GENERIC_TERMS]
    if asking == q or not own or askers_statement(q, corpus):
        return []
    # (with nothing before the asking sentence, only a remark after it, "原话我想引到讲话稿里。", it points back at none)
    if q.find(asking) > 0 and _points_back(asking, own):
        return []
    return [t for t in terms if t not in asking and t in q]


def _points_back(asking: str, own: list[str]) -> bool:
    """Does the asking sentence point back at what the sentences before it say (这种情况, 他们)? A demonstrative
    right after a word of its own stands in apposition to that word ("名师工作室这种形式": the form named
    名师工作室) and points at nothing before."""
    return any(not any(asking[:m.start()].endswith(t) for t in own)
               for pattern in (cues.BACK_REFERENCE_RE, cues.POINTING_BACK_RE) for m in pattern.finditer(asking))


def _cue_clause(question: str, kind: str) -> tuple[str, str]:
    """The clause holding the cue of an answer type ("…,啥时候能建成投用?"), and its part after the cue: the verbs
    there name the event dated or the doing an agent is asked of. ("", "") when no clause holds it."""
    cue = cues.cue_of(kind)
    if cue is None:
        return "", ""
    clause = next((c for c in re.split(r"[,,;;::。??]", normalize(question)) if cue.regex.search(c)), "")
    m = cue.regex.search(clause)
    return clause, clause[m.end():] if m else ""


def _content_word(word: str) -> bool:
    """A translation that can name a topic: not an ordinal, numeral or function word (第二, 之中, 需要)."""
    import jieba.posseg as pseg

    if re.fullmatch(r"第?[一二两三四五六七八九十百千万]+", word) or word in cues.SCAFFOLD or word in cues.GENERIC_TERMS:
        return False
    tags = [flag for _, flag in pseg.cut(word)]
    # (a time word glossing an English noun, 未来 for "future", names the topic: the English word was content)
    return bool(tags) and (tags[0][:1] not in FUNCTION_POS or tags[0][:1] == "t") and not tags[0].startswith("m")


def _expand(intent: QueryIntent, corpus: Corpus, translations: dict[str, list[str]] | None = None) -> None:
    """Fill the term expansions: curated equivalents (and translations), then thesaurus synonyms."""
    translations = translations or {}
    intent.relayed = []
    # (a curated equivalent the sources write as a phrase, 家校协同育人, which segmentation splits, occurs all the same)
    intent.equivalents = {t: list(dict.fromkeys(translations.get(t, []) + [
        w for w in equivalents(t, None) if w in corpus.vocabulary or corpus.written.contains(w)])) for t in intent.terms}
    intent.expansions = {t: [w for w in synonyms(t, corpus.vocabulary) if w not in intent.equivalents[t]] for t in intent.terms}
    for t in intent.terms:
        if not intent.expansions[t] and not intent.equivalents[t] and len(t) >= 2:
            intent.expansions[t] = relayed_synonyms(t, corpus.vocabulary)
            if intent.expansions[t]:
                intent.relayed.append(t)
    for t in intent.terms:  # a word the corpus lacks, built on a character the education table knows (缺钱 -> 钱 -> 资金)
        if t not in corpus.vocabulary and len(t) <= 4:
            parts = [w for c in t if is_curated(c) for w in equivalents(c, corpus.vocabulary)]
            intent.expansions[t] = list(dict.fromkeys(intent.expansions[t] + [w for w in parts if w not in intent.equivalents[t]]))
        if t not in corpus.vocabulary and len(t) >= 3 and not intent.expansions[t] and not intent.equivalents[t]:
            intent.expansions[t] = _recombined(t, corpus)
        if t not in corpus.vocabulary and len(t) >= 3:
            intent.equivalents[t] += [w for w in _curated_variants(t, corpus) if w not in intent.equivalents[t]]
        if t not in corpus.vocabulary and not intent.equivalents[t] and (joined := _coordinated(t, corpus)):
            intent.equivalents[t] = joined  # 党委政府 = 党委和政府: the same two things, as the corpus joins them
        if t not in corpus.vocabulary and not intent.expansions[t] and not intent.equivalents[t]:
            intent.expansions.update(_unwritten_word_readings(t, intent, corpus))
    # a person the question names by surname and post ("徐副局长说…") is the one the sources address so, the deputy's
    # 副 dropped as they drop it (徐局长认为…, of 徐志强副局长): the post's term is stated where that address is
    # (segmenting the question only when it writes a post at all: most questions name nobody)
    posted = intent.language == "zh" and bool(re.search(cues.SHORT_NAMED_POSTS, intent.question))
    for surname, post in short_names(intent.question) if posted else []:
        for t in (post, "副" + post):
            if t in intent.equivalents and (named := surname + post) not in intent.equivalents[t] \
                    and corpus.written.contains(named):
                intent.equivalents[t].append(named)
    for t in intent.terms:  # 实验学校 is the 实验校 the sources write: a kind of school, its 学校 shortened to 校
        # (written as a word of its own, not only as the head of a post: 初中校 inside 初中校长 is no school)
        intent.equivalents[t] += [w for w in school_short_forms(t) if w not in intent.equivalents[t]
                                  and _occurrences(w, corpus) > _occurrences(w + "长", corpus)]
    for t in intent.terms:  # 三分之一 is the 1/3 the sources write: one number, in words or in digits
        intent.equivalents[t] += [w for w in digit_forms(t) if w not in intent.equivalents[t] and corpus.written.contains(w)]
    wanted = cues.GOAL_ASKED_RE.search(normalize(intent.question)) if intent.language == "zh" else None
    if wanted and wanted.group(1) in intent.equivalents:
        # "总的想达到哪些效果?": the effects someone wants are their goals; the sources state them as 目标 (…目标是:)
        intent.equivalents[wanted.group(1)] += [w for w in cues.GOAL_WORDS if w in corpus.vocabulary and w not in intent.equivalents[wanted.group(1)]]
    # the asker's own words, which the sources write in no form (the word, a synonym, an equivalent): "定死的" (read by
    # the figure check only, `sentences.has_answer_type`: the texts are searched for a figure question alone)
    intent.unwritten = [t for t in intent.terms if t not in corpus.vocabulary and not intent.expansions.get(t)
                        and not intent.equivalents.get(t) and not corpus.written.contains(t)] \
        if intent.answer_type == "figure" else []


def _unwritten_word_readings(word: str, intent: QueryIntent, corpus: Corpus) -> dict[str, list[str]]:
    """The expansions of a word the corpus does not write and nothing else has read: the first reading, in order of
    how little each one assumes, that finds words the corpus writes. A phrase spelled out (结成对子 -> 结对) also
    gives its other word the short one: the phrase's two words, each, say what the short word says."""
    for read in (_stem_synonyms,  # 镇上 -> 镇 -> 集镇, 乡镇
                 _object_of_verb,  # 评职称 -> 职称
                 _word_before_verb,  # 跟岗学 -> 跟岗
                 _abbreviated):  # 科创 -> 科技创新, 教改 -> 教学改革
        if words := read(word, corpus):
            return {word: words}
    if spelled := _spelled_out(word, intent.terms, normalize(intent.question), corpus):
        before, short = spelled
        return {word: [short], before: [short, *[w for w in intent.expansions.get(before, []) if w != short]]}
    return {word: _head_synonyms(word, corpus)}  # 老同学 -> 同学 -> 校友


FRACTION_RE = re.compile(r"([一二两三四五六七八九十百]+)分之([一二两三四五六七八九十]+)")


def digit_forms(term: str) -> list[str]:
    """A fraction written in words as the sources may write it in digits: 三分之一 -> 1/3, 百分之三十 -> 30%, 30/100.
    Documents mix both ("1/3左右的初中"); the asker says it aloud. [] for any other term."""
    m = FRACTION_RE.fullmatch(term)
    if not m or not (whole := cn_number(m.group(1))) or not (part := cn_number(m.group(2))):
        return []
    return [f"{part}%", f"{part}/{whole}"] if whole == 100 else [f"{part}/{whole}"]


def _object_of_verb(word: str, corpus: Corpus) -> list[str]:
    """A spoken verb phrase the corpus lacks, a one-character verb and an object the corpus writes (评职称, 建食堂):
    what it is about is the object (职称), which the sources write with verbs of their own (职称评定)."""
    if len(word) < 3 or word[1:] not in corpus.vocabulary or semantic_classes(word):
        return []
    return [word[1:]] if _is_verb(word[:1], verbal_noun=True) else []


def _word_before_verb(word: str, corpus: Corpus) -> list[str]:
    """A word the corpus writes glued by segmentation to a one-character verb after it (跟岗学 of "每人跟岗学了多少天",
    备课用): what it is about is that word (跟岗), the verb only what was done with it."""
    # (the word as the corpus writes it, inside a longer one too: 跟岗 of 跟岗培训; the last character a verb by
    # segmentation or the thesaurus, which lists 学 among doings, H, as well as among nouns)
    stem, last = word[:-1], word[-1:]
    if len(word) < 3 or semantic_classes(word) or not (stem in corpus.vocabulary or corpus.written.contains(stem)):
        return []
    verb = _is_verb(last, verbal_noun=True) or listed_among(last, cues.ACTIVITY_CLASSES)
    return [stem] if verb else []


MAX_ABBREVIATED = 3


@lru_cache(maxsize=4)  # one index per corpus vocabulary (a frozenset: hashed once)
def _two_character_words(vocabulary: frozenset[str]) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for w in vocabulary:
        if len(w) == 2:
            out.setdefault(w[0], []).append(w)
    return {k: tuple(v) for k, v in out.items()}


def _abbreviated(word: str, corpus: Corpus) -> list[str]:
    """A two-character word the corpus and the thesaurus lack may abbreviate two words the corpus writes together, each
    opening with one of its characters (科创 = 科技创新, 教改 = 教学改革, 普高 = 普通高中), the usual way Chinese shortens a
    compound: those written compounds, the most frequent first. A doing or an abstract thing the thesaurus lists (自学,
    class H; 家教, class D) shortens one the same way when the corpus writes none of its synonyms (自学 = 自主学习, 家教 =
    家庭教育); a person or an object it lists (咖啡) is its own word."""
    if len(word) != 2 or not re.fullmatch(r"[一-龥]{2}", word) or \
            (semantic_classes(word) and not listed_only_among(word, ("H", "D"))):
        return []
    by_first = _two_character_words(corpus.vocabulary)
    firsts, seconds = by_first.get(word[0], ()), by_first.get(word[1], ())
    found = [a + b for a in firsts for b in seconds if a + b in corpus.vocabulary or corpus.written.contains(a + b)]
    return sorted(found, key=lambda w: -corpus.frequency.get(w[:2], 0) - corpus.frequency.get(w[2:], 0))[:MAX_ABBREVIATED]


def _spelled_out(word: str, terms: list[str], question: str, corpus: Corpus) -> tuple[str, str] | None:
    """A word the corpus lacks, right after another term of the question, whose first characters make a word the
    corpus writes: the asker spelled out what the sources abbreviate (结成对子 -> 结对), as `_abbreviated` reads an
    abbreviation the sources spell out. (the term before, the short word) or None."""
    at = question.find(word)
    # (a verb and its object, 结成 + 对子: a noun before, 教师 of 教师科研成果, is no phrase spelled out)
    before = next((t for t in terms if t != word and at > 0 and question[:at].endswith(t) and _is_verb(t)), "")
    short = before[:1] + word[:1]
    return (before, short) if before and len(word) >= 2 and short in corpus.vocabulary else None


def _stem_synonyms(word: str, corpus: Corpus) -> list[str]:
    """A colloquial word the corpus and the thesaurus lack, made of a word they know and a position word or a verb's
    direction (镇上, 挑上去, 攒下): the known word's synonyms the corpus writes, and the word itself when the corpus
    writes it (镇上 -> 镇 -> 集镇, 乡镇; 撑下去 -> 撑 -> 支撑). The suffix says where or which way, not what."""
    if semantic_classes(word):
        return []  # a word the thesaurus knows is its own word (网上, 城里)
    for suffix in cues.STEM_SUFFIXES:
        stem = word[:-len(suffix)]
        if word.endswith(suffix) and stem:
            own = [stem] if len(stem) >= 2 and stem in corpus.vocabulary else []
            found = synonyms(stem, corpus.vocabulary)
            if len(stem) == 1:
                # a one-character stem has many senses (镇 "always", 班 of 班子, 安定区): only synonyms it heads,
                # naming no place (镇 -> 集镇, 乡镇; 撑 -> 支撑; 定 -> 商定, 决定)
                found = [w for w in found if w.endswith(stem) and w not in _division_prefixes()
                         and not corpus.overlaps_place_name(w)]
            return list(dict.fromkeys(own + found))
    return []


def _head_synonyms(word: str, corpus: Corpus) -> list[str]:
    """A three-character noun the corpus and the thesaurus lack, one character before a noun the thesaurus knows
    (老同学, 老校长): a compound's head is its end, so it names a kind of that noun; the noun and its synonyms the
    corpus writes (老同学 -> 同学 -> 校友, 同窗) find what the sources say of such people or things."""
    head = word[1:]
    if len(word) != 3 or semantic_classes(word) or not (classes := semantic_classes(head)) or \
            not all(c[0] in "ABCD" for c in classes):
        return []
    return list(dict.fromkeys(([head] if head in corpus.vocabulary else []) + synonyms(head, corpus.vocabulary)))


COORDINATORS = ("和", "、", "与", "及", "以及")


def _coordinated(compound: str, corpus: Corpus) -> list[str]:
    """A four-character compound of two corpus words the corpus writes joined by a conjunction (党委政府 -> 党委和政府,
    党委、政府): those spellings name the same two things."""
    if len(compound) != 4:
        return []
    a, b = compound[:2], compound[2:]
    if a not in corpus.vocabulary or b not in corpus.vocabulary:
        return []
    return [f"{a}{c}{b}" for c in COORDINATORS if corpus.written.contains(f"{a}{c}{b}")]


def _occurrences(term: str, corpus: Corpus) -> int:
    """How often the sources write `term` (each occurrence, not each text)."""
    return sum(1 for _ in corpus.written.occurrences(term))


def school_short_forms(word: str) -> list[str]:
    """The other way a kind of school is written: 实验学校 <-> 实验校, 薄弱学校 <-> 薄弱校 (a qualifier of two or more
    characters before 学校 or 校); none for 学校 alone or a word of its own ending in 校 (高校, 党校, 名校)."""
    if len(word) >= 4 and word.endswith("学校"):
        return [word[:-2] + "校"]
    if len(word) >= 3 and word.endswith("校") and not word.endswith(("学校", "高校", "党校", "母校", "名校", "全校", "本校", "分校", "院校")):
        return [word[:-1] + "学校"]
    return []


def _curated_variants(compound: str, corpus: Corpus) -> list[str]:
    """A compound the corpus lacks, with a part the education table equates with another word, as the corpus text
    writes it: 指导老师 -> 老师 = 教师 -> 指导教师. The table's equivalents name the same thing in these documents, so
    the variant is the compound itself (full weight), even where segmentation splits it (指导 教师)."""
    parts = [w for w in _jieba().cut_for_search(compound) if 2 <= len(w) < len(compound) and is_curated(w)]
    out = [compound.replace(part, alt, 1) for part in parts for alt in equivalents(part, None) if len(alt) >= 2]
    return list(dict.fromkeys(w for w in out if w != compound and corpus.written.contains(w)))[:MAX_RECOMBINED]


def _recombined(compound: str, corpus: Corpus) -> list[str]:
    """A compound the corpus lacks, with one of its parts replaced by a synonym, as the corpus writes it: 私立学校 ->
    私立 = 民办 -> 民办学校. Its parts are the words segmentation finds inside it. Every exact synonym of its head is
    tried (书香人家 -> 人家 = 家庭, the part's tenth): the corpus vocabulary, not a cut of the list, picks the candidate."""
    parts = [w for w in _jieba().cut_for_search(compound) if 2 <= len(w) < len(compound) and compound.find(w) >= 0]
    out: list[str] = []
    for part in parts:
        # (its head, the part it ends in, by any exact synonym, as the vocabulary has the compound or the texts write it
        # though segmentation splits it, 书香家庭: a synonym of the head names the same kind of thing; a modifier's is
        # tried among its first synonyms and in the vocabulary only, 重点校 -> 重点 = 核心 -> 核心校 picks another thing)
        head = compound.endswith(part)
        for alt in [*equivalents(part, None), *synonyms(part, None, limit=PART_SYNONYMS if head else CORE_SYNONYMS)]:
            candidate = compound.replace(part, alt, 1)
            if candidate != compound and (candidate in corpus.vocabulary or head and corpus.written.contains(candidate)):
                out.append(candidate)
    return list(dict.fromkeys(out))[:MAX_RECOMBINED]


MAX_RECOMBINED = 4
PART_SYNONYMS = 64  # more than any part's exact synonyms in the thesaurus: all are tried
CORE_SYNONYMS = 8  # a modifier's first synonyms, as `synonyms` gives them by default
CLASSIFIERS = "名所个位项家人次场条批期元天年户座间台套本份篇支届轮笔"
# A classifier segmentation leaves as a word of its own after 多少/几 ("有多少对在…", "几种"): any of the units a count is
# asked in. (Not in CLASSIFIERS, which also cuts a classifier off a word's start: 对口, 种类 are words.)
BARE_CLASSIFIERS = frozenset(CLASSIFIERS + "对种类册趟遍回讲堂节")
FUNCTION_POS = frozenset("drpcuqtyeo")  # jieba tags: adverb, pronoun, preposition, conjunction, particle, classifier, time…
# (not position words, "f": jieba tags 初中 as one; the position words that frame a question are in cues.SCAFFOLD)


def _closing_noun(pieces: list[tuple[str, str]], k: int, corpus: Corpus) -> bool:
    """Is a word tagged an adverb a noun closing its phrase ("少插手学校日常、只抓…": 日常 after 学校)? An adverb
    modifies what follows it; one with nothing after it in its clause, after a noun, that the sources write and the
    thesaurus lists outside the function words (class K), is segmentation's mistag of a noun. (Not a word of amount,
    class Eb: "它问题不少" says how many, a predicate.)"""
    w, flag = pieces[k]
    return flag[:1] == "d" and len(w) >= 2 and 0 < k == len(pieces) - 1 and pieces[k - 1][1][:1] == "n" \
        and w in corpus.vocabulary and bool(semantic_classes(w)) and not listed_only_among(w, ("K",)) \
        and not listed_among(w, ("Eb",))


def _split_aspect_frame(m: re.Match[str]) -> str:
    """"在师资上下了" -> "在师资 下了": the frame's 上 is cut from the verb, unless it ends a word with the character
    before it (网上, 晚上, 线上 in "在网上下载"), which is the question's word."""
    before = m.group(1)[-1] + "上"
    return m.group(0) if _jieba().dt.FREQ.get(before) else m.group(1) + " "


def _counts_something(word: str, flag: str, before_classifier: bool = False) -> bool:
    """Is the word a numeral and the classifier it counts in, as segmentation tags it ("一段", "一档", "一个月",
    "五十岁")? A quantity says how much, never what the question is about: as a subject word it would demand a clause
    the answer need not have ("蹲一段", "市一级的") and dilute the coverage of the real subject. A numeral word that
    ends in no classifier names something (一线, 一把手, 一对一). A numeral and a size word before a classifier
    ("那一大章", segmented 一大 + 章) is a quantity too: the size qualifies the count, it names nothing."""
    if word.startswith(cues.COUNT_INTENSIFIER + "几"):
        word = word[1:]  # "好几个": a count of 几, intensified
    if before_classifier and len(word) == 2 and word[0] in QUANTITY_NUMERALS and word[1] in SIZE_WORDS:
        return True
    return (flag == "m" and word[0] in QUANTITY_NUMERALS and len(word) <= MAX_QUANTITY_CHARS
            and word[-1] in QUANTITY_CLASSIFIERS)


QUANTITY_NUMERALS = "一二两三四五六七八九十百千万几"
QUANTITY_CLASSIFIERS = cues.QUANTITY_CLASSIFIERS
SIZE_WORDS = "大小"  # "一大章", "几小类": the size of what a classifier counts
MAX_QUANTITY_CHARS = 3  # a longer numeral word is a name or a slogan (一校一品, 六个统筹), not a quantity
# A quantity ("两个", "三所") or a demonstrative with its classifier ("这件事" -> 这件, "那项"): it counts or points
# back; it names nothing
QUANTITY_RE = re.compile(f"[{QUANTITY_NUMERALS}多]+[名所个位项家人次场条批期元天年种类步轮届件份]|[这那][名所个位项家人次场条批期种类步件样份]")


def _modifiers(question: str, measure: str, topic: list[str]) -> list[str]:
    """The topic words written right before the asked quantity ("新型教学空间覆盖率" -> 新型, 教学, 空间): a figure of
    that quantity answers only if its clause names them too (a 覆盖率 of something else does not). Read where it is
    asked, its last mention: the asker's scene may name the same noun of something else first ("…都是语文老师顺手带。
    …这几科老师,专职、兼职各定了多少?")."""
    tokens = [w for w in _jieba().cut(normalize(question)) if w.strip()]
    if measure not in tokens:
        return []
    out: list[str] = []
    for w in reversed(tokens[:len(tokens) - 1 - tokens[::-1].index(measure)]):
        if w not in topic:
            break
        out.insert(0, w)
    # (a word of wholeness, "全县老师里有多大比例", names the whole the quantity is of, which a clause stating it
    # need not repeat: "80%以上教师…")
    return [w for w in out if not cues.WHOLE_RE.fullmatch(w)]


# (a bare figure only: a count with its classifier, "写的是多少人", names what it counts itself)
STATED_AS_RE = re.compile(r"(?:写|定|说|标|列|规定|提)的是(?=(?:多少|几)(?:[??。,,]|$))")


def asked_measure(question: str, topic: list[str]) -> str:
    """The topic word a figure question quantifies: the noun after "多少/几 + classifier" (多少名校长 -> 校长),
    else the word right before "(是)多少" (保额是多少 -> 保额)."""
    jieba = _jieba()
    # (only the sentences that ask: a count in the asker's statement before them, "我们区这几年外来人口涨得快。余杭
    # 2021年常住的有多少人?", is why they ask, not what is counted)
    # (a verb of stating before 的是 links the quantity to its figure as 是 does: "比例写的是多少" asks the 比例)
    asking = STATED_AS_RE.sub("是", asking_part(normalize(question)))
    tokens = [w for w in jieba.cut(asking) if w.strip() and not _PUNCT_RE.fullmatch(w)]
    for i, w in enumerate(tokens[1:], 1):  # "民办中小学里初中生占多大比例": the share of the word before 占
        if w.startswith("占") and tokens[i - 1] in topic and re.match(r"多大|多少|几成|百分之|比例|比重", w[1:] + "".join(tokens[i + 1:i + 3])):
            return tokens[i - 1]
    for i, w in reversed(list(enumerate(tokens))):  # the last count is the one asked ("那几所…里,有几所是民办的")
        if not re.match(r"^(?:多少|几)", w):
            continue
        rest = w[2:] if w.startswith("多少") else w[1:]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if nxt in topic and cues.LEVEL_RE.fullmatch(nxt):
            return ""  # "几名市级家庭教育指导教师": a level ranks the noun counted after it; the subject decides
        for cand in (rest.lstrip(CLASSIFIERS), nxt, nxt.lstrip(CLASSIFIERS)):
            # (a word the thesaurus lists only among activities is a doing whatever segmentation tags it: 互派)
            if cand in topic and not (cand == nxt and (_is_verb(nxt) or _is_adverb(nxt) or listed_only_among(nxt, cues.ACTIVITY_CLASSES))):
                # people counted are named by the person noun closing the phrase after the count ("多少中小学老师"
                # counts 老师; 中小学 says which), written right after it
                if cand == nxt and i + 2 < len(tokens) and tokens[i + 2] in topic and is_person(tokens[i + 2]) \
                        and nxt + tokens[i + 2] in normalize(question):
                    cand = tokens[i + 2]
                # "多少名校长" -> 校长; a verb after the count is the predicate ("几年搞完", "多少人参加"), with a unit
                # or without ("从多少涨到了多少": the change, not the quantity, which the subject names); so is an
                # adverb, which modifies it ("隔几年重新排一轮": 重新 counts nothing)
                return cand
        if not rest and nxt not in topic and len(nxt) == 1 and nxt not in CLASSIFIERS and is_person(nxt):
            return ""  # "惠及了多少娃": people, in a word too short to be a topic word, are counted; the subject decides
        at = i + 2 if nxt in BARE_CLASSIFIERS else i + 1  # "有多少所是普惠性的": past the classifier
        if at + 1 < len(tokens) and tokens[at] == "是" and tokens[at + 1] in topic:
            return tokens[at + 1]  # "有几所是民办的": the count of those that are 民办
        closing = i + 1 == len(tokens) or (i + 2 == len(tokens) and (nxt in BARE_CLASSIFIERS or nxt in "呢吗啊"))
        if (rest or (nxt and (nxt[0] in CLASSIFIERS or nxt in BARE_CLASSIFIERS))) and not closing:
            return ""  # a count of something unnamed ("多少名", "几所") with more to say: the subject decides
        j = i - 1
        # (a bound, "最低几门", says the figure is a limit: `cues.LIMIT_WORDS`)
        # (a modal before the link, "比例要达到多少", says the figure is required: the word before it is still asked)
        while j >= 0 and (tokens[j] in ("是", "有", "为", "达到", "一共", "共", "总共", "大约", "约", "了", "给", "发", "到",
                                        "要", "需", "需要", "得", "应", "应该", "应当")
                          or tokens[j] in cues.LIMIT_WORDS):
            j -= 1
        if j >= 1 and tokens[j] in cues.COUNT_NOUNS:  # "标杆校数目是多少": the number of the word before it
            j -= 1
        # "保额是多少", "小学有几所?": a count closing the question is of the word before it (a part of a set the
        # question names: 小学 of 那批学校).
        # (a verb there is the predicate, "放到全区算是几成": it names no quantity, the subject decides)
        if j >= 0 and tokens[j] in topic and not _is_verb(tokens[j]):
            return tokens[j]
    return ""


def number_of(measure: str) -> str:
    """The noun a measure named as its number counts (人口数, 学生总数, 教师数量: a noun and a word of
    `cues.COUNT_NOUNS` that says "number", not 指标), "" for any other measure: a sentence states that number as the
    noun with its figure ("常住人口130.9万人"), not with the word for number, so the noun is the measure's equivalent."""
    noun = next((measure[:-len(w)] for w in sorted(cues.COUNT_NOUNS, key=len, reverse=True)
                 if "数" in w and measure.endswith(w) and len(measure) - len(w) >= 2), "")
    # (a classifier or 指/系 before 数 makes a word of its own: 人数, 次数, 指数, 系数 of 学生人数, 培训次数)
    return "" if not noun or noun[-1] in CLASSIFIERS + "人次指系分户" else noun


def separated_verbs(text: str) -> list[str]:
    """Verbs written with 的/了/过 between their two characters ("签的字", "开了会", "报过名"): the separable verb
    (签字, 开会, 报名) when segmentation reads the two characters joined as one verb."""
    return [m.group(1) + m.group(2) for m in re.finditer(r"([一-龥])(?:的|了|过)([一-龥])", text)
            if _is_verb(m.group(1) + m.group(2))]


def _names_time(word: str, text: str) -> bool:
    """Is the word one the thesaurus lists only among times (`cues.TIME_CLASSES`: 时间, 日期, 年份), or one written
    right after such a word ("时间节点": the point of time the date is)?"""
    return listed_only_among(word, cues.TIME_CLASSES) or any(
        listed_only_among(w, cues.TIME_CLASSES) for w in re.findall(r"([一-龥]{2})" + re.escape(word), text))


@lru_cache(maxsize=256)  # a pure function of the question, read by compose's list branch and by `_list` for each list
def edge_asked(question: str) -> str:
    """The edge of a document the sentence that asks asks about: "opening" (开头, 开篇: `cues.OPENING_ASKED_RE`),
    "ending" (末尾, 结尾: `cues.ENDING_ASKED_RE`) or "". Not the asker's scene: "我得在汇报开头放一句…。定西把…
    概括成了什么?" speaks of the asker's own report."""
    asking = normalize(asking_part(question))
    return "opening" if cues.OPENING_ASKED_RE.search(asking) else "ending" if cues.ENDING_ASKED_RE.search(asking) else ""


def asked_overall(question: str) -> bool:
    """Is a list asked overall ("整体上有哪几条", "总的有哪些打算", "归纳起来是哪几条")? Then its items are those the
    documents write as their own (a section's items, headings), not an enumeration inside one sentence. A word of
    wholeness asks so when a verb follows it in the asking clause (总的 + 有, 整体 + 安排); before a noun (整体改革)
    it names what is asked about (`cues.WHOLENESS_ASKING_RE`)."""
    if cues.OVERALL_RE.search(question) or cues.WHOLE_HOW_RE.search(question):
        return True
    for m in cues.WHOLENESS_ASKING_RE.finditer(question):
        if m.group(1) in cues.SUMMING_UP:
            return True
        if m.group("bare"):
            # (a word of wholeness, then a verb of summing up before the bare 几: "总体打法能归成几条")
            if cues.SUMMING_UP_VERB_RE.search(m.group(2)):
                return True
            continue
        words = [w for w in _jieba().cut(m.group(2)) if w.strip()]
        if words and (words[0] in ("是", "有") or _is_verb(words[0])):
            return True
    return False


def _unwritten_verb(word: str, corpus: Corpus) -> bool:
    """A verb no case writes, nor any exact synonym of it ("挂名", "入盟"): the asker's wording, which no sentence of
    the sources can be checked against."""
    return word not in corpus.vocabulary and not corpus.written.contains(word) and _is_verb(word) \
        and not synonyms(word, corpus.vocabulary) and not relayed_synonyms(word, corpus.vocabulary)


def _is_verb(word: str, verbal_noun: bool = False) -> bool:
    """Segmentation's tag for the word is a verb's (搞完, 参加), not a noun's (校长); with `verbal_noun`, a verbal
    noun's too (修订, 评估: an event is named by either)."""
    import jieba.posseg as pseg

    _jieba()
    tags = [flag for _, flag in pseg.cut(word)]
    return bool(tags) and tags[0].startswith("v") and (verbal_noun or tags[0] != "vn")


def place_asks(question: str, terms: list[str], corpus: Corpus) -> dict[str, list[str]]:
    """What a comparison asks of each place in a clause of its own: each asking clause that names one place alone and
    asks something of it ("亳州验收是怎么个验法", "芦溪镇上学校主要治什么矛盾") gives that place the topic terms it
    writes. Only when every place asked has such a clause and the clauses ask different things: a comparison asking
    all alike ("定西和淄博…各用的是什么带法") compares one aspect. Why: each row of the table must answer its own ask."""
    q = normalize(asking_part(question))
    asks: dict[str, list[str]] = {}
    # (a question sentence naming one place is its ask whole, its place and question word in clauses of their own:
    # "亳州验收标准化创建学校,每次要验多长时间?")
    sentences = [x for x in re.findall(r"[^。??!!]+[。??!!]?", q) if x.strip()]
    units = [c for x in sentences for c in ([x] if len(corpus.cases_named_in(x)) == 1 and x[-1] in "??"
                                            else re.split(r"[,,;;。??!!]", x))]
    for clause in units:
        named = corpus.cases_named_in(clause)
        # (a whether asked in the A-not-A form, "能不能挂核心校的牌子?", asks too)
        if len(named) != 1 or not (cues.QUESTION_WORD_RE.search(clause) or cues.WHETHER_RE.search(clause)):
            continue
        # (not the kind it asks after its question word, "哪家机构": a row names one, 研究院, not the kind)
        kinds = re.findall(r"(?:什么|啥|哪些|哪[家个所位种类项条]|哪几[个种类项条家所])([一-龥]{2})", clause)
        own = [t for t in terms if t in clause and not any(k.startswith(t) for k in kinds)]
        if own:
            asks.setdefault(named[0], []).extend(t for t in own if t not in asks.get(named[0], []))
    places = corpus.cases_named_in(q)
    if len(asks) < 2:
        # (the places' own things joined by 、 in one clause, asked respectively: "亳州验收标准化学校、泰州各市区过均衡这道关,
        # 分别是用什么方式来把关的?" asks 验收 of 亳州 and 均衡 of 泰州)
        asks = _joined_asks(q, terms, corpus) or asks
    if len(asks) < 2 and not any(t in q for t in terms):
        # (the places and the clauses taking them in turn may stand before the sentence that asks, "两边…怎么做的",
        # when it asks nothing of its own: "…,哪个投入更大?" asks 投入 of both)
        whole = normalize(question)
        asks, places = _respective_asks(whole, terms, corpus), corpus.cases_named_in(whole)
    if len(asks) < 2 or set(asks) != set(places) or len({tuple(v) for v in asks.values()}) < len(asks):
        return {}
    return asks


def _joined_asks(q: str, terms: list[str], corpus: Corpus) -> dict[str, list[str]]:
    """What each place is asked when one clause joins the places' own things by 、, each piece naming one place, and
    the question asks them respectively (分别, 各自): each piece gives its place the topic terms it writes."""
    if not re.search(r"分别|各自", q):
        return {}
    for clause in re.split(r"[,,;;。??!!]", q):
        pieces = [p for p in clause.split("、") if p.strip()]
        named = [corpus.cases_named_in(p) for p in pieces]
        if len(pieces) < 2 or any(len(n) != 1 for n in named) or len({n[0] for n in named}) != len(pieces):
            continue
        asks = {n[0]: [t for t in terms if t in p] for n, p in zip(named, pieces)}
        if all(asks.values()):
            return asks
    return {}


# Clauses that take the places named before them in turn ("亳州和芦溪…,一个盯着验收,一个盯着镇上学校挤"; 前者…后者…)
RESPECTIVE_CLAUSE_RE = re.compile(r"(?:^|(?<=[,,;;。]))\s*(一个|一家|一方|前者|后者)([^,,;;。??!!]+)")


def _respective_asks(q: str, terms: list[str], corpus: Corpus) -> dict[str, list[str]]:
    """What each place is asked when the clauses after a comparison's places take them in turn, as many clauses as
    places ("亳州和芦溪都在推学校标准化,一个盯着验收不走过场,一个盯着镇上学校挤。两边具体是怎么做的?"): the first
    clause is the first place's, the next the next's (前者 the first, 后者 the last), each giving its place the
    topic terms it writes."""
    clauses = [(m.group(1), m.group(2)) for m in RESPECTIVE_CLAUSE_RE.finditer(q)]
    order = sorted(corpus.cases_named_in(q), key=lambda cid: _first_named_at(q, cid, corpus))
    if len(clauses) != len(order) or len(order) < 2 or any(corpus.cases_named_in(c) for _, c in clauses):
        return {}
    asks: dict[str, list[str]] = {}
    for k, (opener, clause) in enumerate(clauses):
        cid = order[0] if opener == "前者" else order[-1] if opener == "后者" else order[k]
        own = [t for t in terms if t in clause]
        if own:
            asks.setdefault(cid, []).extend(t for t in own if t not in asks.get(cid, []))
    # (a word every clause writes, "一个看重…,一个看重…", is the frame they share, not what one place is asked)
    shared = set.intersection(*(set(v) for v in asks.values())) if asks else set()
    return {cid: [t for t in v if t not in shared] for cid, v in asks.items()}


def _first_named_at(text: str, case_id: str, corpus: Corpus) -> int:
    """Where the text first names the case, by any of its names (the order places are named in)."""
    return min((text.find(n) for n in corpus.aliases[case_id] if n in text), default=len(text))


def _points_at_doing(intent: QueryIntent, corpus: Corpus) -> bool:
    """Does a follow-up point at the doing said ("这么一弄", `cues.DOING_POINTER_RE`) with no subject of its own the
    sources write? Its words then say what it asks of that doing (实惠, a word no source writes); a word the sources do
    write ("这样一来,教研方式有啥变化?", "这么做,培训了多少人?") is a subject of its own, which its answer must state."""
    return bool(cues.DOING_POINTER_RE.search(intent.question)) and all(
        t in cues.GENERIC_TERMS or t not in corpus.vocabulary for t in intent.topic_terms)


def question_sentences(text: str) -> list[str]:
    """The sentences of the text that end in a question mark ("…,每次要验多长时间?")."""
    return re.findall(r"[^。!!??]+[??]", text)


def place_questions(question: str, asks: dict[str, list[str]], corpus: Corpus) -> dict[str, str]:
    """The question sentence asking each place its own thing (`place_asks`), when every such place has one of its
    own, ending in a question mark and naming that place alone: "亳州验收标准化创建学校,每次要验多长时间?桐庐进提质
    强校项目的学校里,初中有几所?" is two questions, a duration of 亳州 and a count of 桐庐, each with its own answer
    type, which a whole-question type (the count) misjudges for the other."""
    if not asks:
        return {}
    sentences = [x.strip() for x in question_sentences(normalize(asking_part(question)))]
    own: dict[str, str] = {}
    for x in sentences:
        if len(named := corpus.cases_named_in(x)) == 1:
            own[named[0]] = x
    return own if set(own) == set(asks) and len(set(own.values())) == len(own) else {}


def _is_adverb(word: str) -> bool:
    """Segmentation tags the word an adverb (一直), or the thesaurus classes it only among adverbs (Ka: 重新, which
    segmentation tags an adjective): it modifies a predicate and names no thing."""
    import jieba.posseg as pseg

    _jieba()
    tags = [flag for _, flag in pseg.cut(word)]
    classes = semantic_classes(word)
    return len(tags) == 1 and tags[0] == "d" or bool(classes) and all(c.startswith("Ka") for c in classes)


def attributive_problems(question: str) -> list[str]:
    """Problem words that modify a noun ("拉薄弱地方一把", "薄弱学校怎么办"): they name whom the question is about.
    Only a problem word as the predicate ("教师不足", "师资薄弱") frames what a method question asks to solve."""
    import jieba.posseg as pseg

    _jieba()
    pieces = [(w, f) for w, f in pseg.cut(normalize(question)) if w.strip()]
    return [w for (w, _), (_, nxt) in zip(pieces, pieces[1:]) if w in cues.PROBLEM_WORDS and nxt.startswith("n")]


def own_place_statement(question: str, corpus: Corpus) -> int:
    """Where a statement of the asker's ends (0 when there is none): `askers_statement`, or a statement naming no case
    that speaks of their own place by its level (县里, 区里) before a sentence that names the case asked of ("区里…学科
    带头人眼看断档。初中方案…各多少名?": 区里 is not the case). Nothing said there is a claim about the case, so no
    name in it is another case's fact asked of this one (`abstain.foreign_names`); its words still help find the text."""
    if at := askers_statement(question, corpus):
        return at
    q = normalize(question)
    asking = asking_part(q)
    at = len(q) - len(asking) if asking != q else 0
    if at and cues.ASKER_LEVEL_RE.search(q[:at]) and not corpus.cases_named_in(q[:at]) and corpus.cases_named_in(q[at:]):
        return at
    return 0


def askers_statement(question: str, corpus: Corpus) -> int:
    """Where the asker's own statement ends (0 when there is none): what they first say of their own place or task
    ("我们也想让各县先报方案再动手。", "市里准备评一批…,让我先搭个打分框架。") says why they ask, not what.

    The asker's clauses run until one that asks something or names a case, and end with their sentence: the next
    sentence is the question proper ("我们在写…时间线。靖江和姜堰过…验收,具体落在哪个时间点?"); a whole statement
    before the sentence that asks is theirs even with a question word in it ("…要应付好几场会。哪个区…?"), up to a
    clause of it naming a case when the sentence that asks names none: that clause says what is wanted of the case
    the question refers back to ("…必要性,想引余杭那篇的人口数据。它说…").

    A statement before the sentence that asks is the asker's when it speaks of them anywhere ("市里准备评一批…,让我
    先搭个打分框架。"), unless it opens with a bare noun phrase: that is the topic put first ("名师走教制度,咱们也在
    讨论。泰州…?", "特岗教师的跟岗培训,我们也在学。"), which is what is asked."""
    q = normalize(question)
    asking = asking_part(q)
    at = len(q) - len(asking) if asking != q else 0  # (the places it names are read from the whole question)
    tasked = cues.TASKED_RE.search(q) if not at else None
    if tasked and corpus.cases_named_in(q[tasked.end():]) and not corpus.cases_named_in(q[:tasked.start()]) \
            and not cues.QUESTION_WORD_RE.search(q[:tasked.start()]):
        # one sentence telling what the asker was tasked with ("市里开会,分管领导点名要我讲泰州…有哪几手?"): the
        # task is the question proper, the clauses before it the asker's
        return tasked.end()
    own = at and (cues.ASKER_RE.search(q[:at]) or (cues.ASKER_LEVEL_RE.search(q[:at]) and not corpus.cases_named_in(q)
                                                    and answer_type(asking) == "place"))
    if not cues.ASKER_RE.match(q) and not (own and not _topic_first(q)):
        return 0
    if at:
        if corpus.cases_named_in(q[at:]):
            return at  # the sentence that asks names its case: the statement's clauses are the asker's
        return next((c.start() for c in re.finditer(r"[^,,。;;!!??]+", q[:at]) if corpus.cases_named_in(c.group(0))), at)
    for clause in re.finditer(r"[^,,。;;!!??]+[,,。;;!!??]?", q):
        if cues.QUESTION_WORD_RE.search(clause.group(0)) or corpus.cases_named_in(clause.group(0)):
            break
        at = clause.end()
        if clause.group(0)[-1] in "。!!":
            break
    return at


def _topic_first(question: str) -> bool:
    """Does the question open with a bare noun phrase (nouns and the verbs of a modifier: "交流帮扶人员的生活补助",
    "名师走教制度"), not a clause of its own (a place word, a numeral, a measure, a time, an adverb, a pronoun or a
    preposition: "市里准备评一批…", "家长群里天天晒…")?"""
    import jieba.posseg as pseg

    _jieba()
    first = re.split(r"[,,。;;!!??]", question, maxsplit=1)[0]
    tags = [flag for w, flag in pseg.cut(first) if w.strip()]
    return bool(tags) and not any(f[:1] in cues.CLAUSE_TAGS or f in cues.CLAUSE_TAGS for f in tags) \
        and not cues.ASKER_RE.search(first)


def _partly_written(term: str, corpus: Corpus) -> bool:
    """Does the corpus write the term, or one of its two-character parts (经费 of 经费紧张)?"""
    return term in corpus.vocabulary or any(corpus.written.contains(term[i:i + 2]) for i in range(len(term) - 1))


def _without_askers_context(question: str, terms: list[str], corpus: Corpus, sums_up: bool = False) -> list[str]:
    """The topic words without those of the asker's own statement (`askers_statement`): that is why they ask, not
    what; the cases cannot state it. Kept when the question proper has no subject of its own ("我们这儿寄宿条件差,
    芦溪是怎么改的?") or points back to it ("…这种情况"): then the asker's situation is the subject; unless it asks
    for the parts of a document it names (`sums_up`)."""
    q = normalize(question)
    audience = [m.group(1) for m in cues.AUDIENCE_RE.finditer(q)]
    terms = [t for t in terms if not any(t in a for a in audience)]  # whom the asker will tell: their scene
    # the asker's own state ("我没工夫细读"): its words the sources never write say nothing the cases could answer
    own_state = [m.group(0) for m in cues.ASKER_SELF_CLAUSE_RE.finditer(q)
                 if not cues.QUESTION_WORD_RE.search(m.group(0)) and not corpus.cases_named_in(m.group(0))]
    outside = cues.ASKER_SELF_CLAUSE_RE.sub(" ", q)
    terms = [t for t in terms if not (any(t in s for s in own_state) and t not in outside and not _partly_written(t, corpus))]
    at = askers_statement(q, corpus)
    rest = q[at:]
    # 它 points back at what the asker named ("…研究院的资历。它持续盯着…") unless the question proper names a case
    # for it to stand for ("芦溪说它基本达到的均衡…"); 他们/她们 after a case's name points back at the people the
    # statement named ("…这些老毕业生。定西说要从他们身上挖…"), the case being no person
    # (他们 opening a clause after the case's own, "余杭那篇文章里,他们常住人口…", stands for the case's people, as
    # 那边 would: only one inside a clause, 从他们身上, points back)
    pronoun = bool(re.search(r"(?<!其)它", rest)) and not corpus.cases_named_in(rest) or \
        bool(re.search(r"(?<![,,;;。!!??\s])[他她]们", rest)) and bool(corpus.cases_named_in(rest)) and not corpus.cases_named_in(q[:at])
    # (这类 right after a quotation points at the quoted name: "“一校一品”这类说法" refers back to nothing before; so
    # does 这种 right after a word of the question proper, in apposition to it: "名师工作室这种形式")
    back = cues.BACK_REFERENCE_RE.search(rest)
    back = back if back and (back.start() == 0 or rest[back.start() - 1] not in "”\"〃"
                             and not any(rest[:back.start()].endswith(t) for t in terms)) else None
    if sums_up:
        composed = {m.group(1) for m in cues.PARTS_COMPOSED_RE.finditer(q)}
        # (the frame words in the clause dividing the document, not a thing of it summed up: "捋一捋…组织架构")
        divided = cues.DOCUMENT_DIVIDED_RE.search(q)
        frame = {t for t in cues.DOCUMENT_FRAME_WORDS if divided and t in (divided.group("frame") or "")}
        # (nor the verb summing it up, "它那篇经验归拢起来是哪几大条": the asker's act on the document, no subject)
        terms = [t for t in terms if t not in cues.DOCUMENT_PARTS and t not in composed and t not in frame
                 and t not in cues.SUMMING_VERBS]
        # the parts of a whole document are asked ("我们也在写。亳州那篇分了哪几大块?", "县里让我把亳州这篇材料压成
        # 三句话…。它那三大段各讲的是啥?", 它 the document the statement names as one, 这篇材料, or 它 pointing at a
        # document or its parts, 它那篇, 它那三大段): the document is the subject, and what was said before the
        # sentence that asks is why; 它 after a statement naming a thing ("淄博在推县管校聘。它的具体做法…") is that thing
        asking = asking_part(q)
        before = q[:len(q) - len(asking)]
        document = corpus.cases_named_in(before) and (
            bool(re.search(r"(?<!其)它", asking)) and bool(cues.DOCUMENT_WORD_RE.search(before))
            or bool(re.search(r"(?<!其)它(?:那|这)?(?:篇|份|通篇|整篇|全篇|全文|的?(?:几|[两二三四五六七八九十])大)", asking)))
        if before and (corpus.cases_named_in(asking) or document):
            return [t for t in terms if t in asking]
    thing = re.match(r"(?:这种|这类)([一-龥]{2})", rest[back.start():]) if back else None
    # (a thing the question proper describes itself, "这种到现场看、互相比的推进会": its own words name it, and the
    # statement before is the asker's context, not the subject)
    described = re.match(r"(?:这种|这类)[^,,。??;;!!的]{2,12}的[一-龥]{2}", rest[back.start():]) if back else None
    if described:
        return [t for t in terms if t in rest or t in cues.quoted_phrases(q)]
    if thing and thing.group(1) not in cues.SITUATION_NOUNS:
        # the question proper points back at a thing the statement names ("我们县的标准化现场会…,开完就散,没人往心里
        # 去。亳州这种推进会…"): its nouns are the subject, its other words the asker's comment on it; pointing back
        # at a situation ("…都被划走了,余杭是不是也碰到这种情况?"), the whole statement is
        return [t for t in terms if t in rest or _a_noun(t) or t in cues.quoted_phrases(q)]
    if not at or not rest or back or pronoun:
        return terms
    own = [t for t in terms if t in rest]
    # (a phrase the question proper quotes names its subject, whatever its words' tags: “一校一品”)
    quoted = cues.quoted_phrases(rest)
    nouns = [t for t in own if (_a_noun(t) or t in quoted) and t not in cues.GENERIC_TERMS]
    # a figure asked of what only the statement named, as it qualified it ("…无纸化备课的比例…。芦溪给出的比例是
    # 多少?") is that quantity of the thing the statement's clause names; a counting verb there (让我统计…) is the
    # asker's task, not what is counted
    if nouns and answer_type(q) == "figure" and all(re.search("的" + re.escape(t), q[:at]) for t in nouns):
        clause = next(c for c in re.split(r"[,,。;;!!??]", q[:at]) if nouns[0] in c)
        return [t for t in terms if (t in clause or t in rest)
                and not any(c.startswith(cues.COUNTING_CLASSES) for c in semantic_classes(t))]
    return own if nouns else terms


def _a_noun(word: str) -> bool:
    """Does segmentation tag the word a noun or a verbal noun (水平, 科室), not a verb (解决, 达到)? A question whose
    only words of its own are verbs ("定西是怎么解决的?") asks about what was said before it."""
    import jieba.posseg as pseg

    _jieba()
    tags = [flag for _, flag in pseg.cut(word)]
    return bool(tags) and (tags[0][:1] == "n" or tags[0] == "vn")


def kinds_asked(question: str) -> list[str]:
    """The words right after a question word in the sentence that asks ("放在哪个平台上" -> 平台上, "什么样的培训"
    -> 培训): what kind of thing the answer is. A caller matches its topic words against their openings."""
    return [m.group(1) for m in cues.ASKED_KIND_RE.finditer(normalize(asking_part(question)))]


def alternative_terms(question: str, terms: list[str]) -> list[list[str]]:
    """The topic words joined by 或/或者 ("给本地教育出谋划策或上课" -> [出谋划策, 上课]): the word right before the
    conjunction and the one right after it are alternatives, either of which a sentence may state (not 或许 "maybe",
    或多或少, 或者说 "that is to say"). Chains ("A或B或C") form one group."""
    text = normalize(question)
    groups: list[list[str]] = []
    for m in cues.OR_RE.finditer(text):
        before = [t for t in terms if text.endswith(t, 0, m.start())]
        after = [t for t in terms if text.startswith(t, m.end())]
        if before and after:
            left, right = max(before, key=len), max(after, key=len)
            joined = next((g for g in groups if left in g), None)
            if joined is not None:
                joined.append(right)
            else:
                groups.append([left, right])
    return groups


def separate_asks(question: str, terms: list[str]) -> list[list[str]]:
    """The words of each ask of a question asking several things, each in its own clause with its own question
    word ("淄博叫区县把实施方案报上来,截止到哪天、报给哪个科室?" -> [实施方案…截止], [实施方案…科室]): a sentence
    answering one ask need not state the words of the other, which another sentence answers. The clauses asking
    nothing are the subject, shared by every ask; a word found in no clause (a segmentation join) is shared too.
    Empty when fewer than two clauses ask, or when an ask has no word of its own."""
    clauses = [c for c in re.split(r"[,,、;;??。!!]", normalize(question)) if c.strip()]
    # 几 after a demonstrative points back ("那几所学校"): it asks nothing
    asking = [c for c in clauses if cues.QUESTION_WORD_RE.search(re.sub(r"[那这前好近]几", "", c))]
    if len(asking) < 2:
        return []
    own = [[t for t in terms if t in c] for c in asking]
    shared = [t for t in terms if not any(t in o for o in own)]
    if any(not o for o in own):
        return []
    return [[t for t in terms if t in shared or t in o] for o in own]


def ask_questions(question: str) -> list[str]:
    """The sentences of a question that each ask (ending in a question mark), when there are two or more ("…给下去的
    老师每年发多少生活补助?意外险谁来买?" -> each of them): the statements before them are the asker's scene and are
    left out, as a question of its own leaves them. A sentence pointing back (这个名单, 它, 各, 这么, 其中) asks of
    what the one before it names, and stays joined to it (`cues.POINTS_BACK_RE`); one naming no thing of its own is
    the caller's to set aside (`Assistant._no_ask_answered`). Empty when fewer than two sentences ask."""
    text = normalize(question)
    sentences = [m.group(0).strip() for m in re.finditer(r"[^。!!??]+[。!!??]*", text) if m.group(0).strip()]
    asks: list[str] = []
    for x in sentences:
        if not x.endswith(("?", "?")):
            continue
        if asks and cues.POINTS_BACK_RE.search(x):
            asks[-1] += x
        else:
            asks.append(x)
    return asks if len(asks) >= 2 else []


def count_clause_terms(question: str, terms: list[str]) -> list[str]:
    """Topic words of the clause that asks the count, when the question has a clause before it: "余杭要引进的10名
    以上名校长里,从国外请来的有几位?" counts those 从国外, a part of the set the first clause names."""
    # (only the sentence that asks the count: a sentence before it, "我们县缺好校长。" or "…好跟人家比一比。", names
    # no set the count is a part of)
    sentences = [x for x in re.split(r"[。!!??]", normalize(question)) if x.strip()]
    asking = next((x for x in reversed(sentences) if re.search(r"多少|几(?!乎)", x)), "")
    clauses = [c for c in re.split(r"[,,;;]", asking) if c.strip()]
    if len(clauses) < 2:
        return []
    at = next((i for i in reversed(range(len(clauses))) if re.search(r"多少|几(?!乎)", clauses[i])), 0)
    if not at:
        return []
    clause = clauses[at]
    # Asks joined by 、 are separate asks ("一共挑了几所、分别是哪个学段的"): only the words of the count's own ask say
    # what is counted; the other asks what the counted things are.
    parts = clause.split("、")
    if sum(bool(cues.QUESTION_WORD_RE.search(p)) for p in parts) > 1:
        clause = next(p for p in parts if re.search(r"多少|几(?!乎)", p))
    count = re.search(r"多少|几(?!乎)", clause).start()
    # A verb after the count is the predicate of what is counted ("有多少娃受益"): it says what happened to the set,
    # not which part of it is counted (a verb before the count may restrict it, "培训多少人", though it is no
    # quantity itself: `asked_measure`); a word of wholeness ("放到整个区里算是几成") names the whole a share is
    # of: neither restricts the set.
    # A verb of counting or totalling ("2021年统计下来一共多少人": 统计, 合计, 核算) says how the count was made, and
    # a word of planning ("目标数是多少": 目标, 计划) that the count is a target, and a word for the number itself
    # ("准确数字是多少": 数字, 数目) only asks it: none says which part is counted.
    # A clause that is only a verb done (了) and the count ("…提升校长素质,覆盖了多少人?") has no subject of its own: it
    # says what the doing the clause before names came to, which the figure's clause states as that doing.
    done = re.fullmatch(r"([一-龥]{1,3})了(?:多少|几)[一-龥]{0,2}", clause)
    # A word after a demonstrative ("这个“一阵子”…是多少天") points back at what the question already named: it is
    # what the count measures, not a part of it.
    pointed = {t for t in terms if re.search(r"(?:这|那)(?:个|些|段)?[“\"]?" + re.escape(t), clause)}
    # A noun after 多大 ("订了个多大的盘子", "多大的规模") names the magnitude asked, as 数字 does: how large the whole
    # is, not a part of it that is counted.
    pointed |= {t for t in terms if re.search(r"多大的?" + re.escape(t), clause)}
    # (nor does a verb linking the subject to its figure, 达到, or what follows the count after 才/再: `cues.FIGURE_LINKS`,
    # `cues.AFTER_COUNT_RE`; nor a bound, "最高到多少钱": it says the figure is a limit, `cues.LIMIT_WORDS`; nor a
    # verb whose complement 到 reaches the count, "一个月能收到多少": it says what the subject comes to, as 达到 does)
    after = cues.AFTER_COUNT_RE.search(clause, count)
    return [t for t in terms if t in clause and not cues.WHOLE_RE.fullmatch(t) and t not in pointed
            and t not in cues.FIGURE_LINKS and not (after and clause.find(t) >= after.end())
            and not (clause.find(t) > count and _is_verb(t))
            and not (done and t == done.group(1))
            and not any(c.startswith(cues.COUNTING_CLASSES) for c in semantic_classes(t))
            and not cues.PLANNED_RE.fullmatch(t) and t not in cues.COUNT_NOUNS
            and t not in cues.LIMIT_WORDS
            and not (t.endswith("到") and re.search(re.escape(t) + r"了?(?:多少|几)", clause))]


def _strip_followup(text: str, corpus: Corpus) -> str:
    """What a follow-up says beyond its places and its referring words ("那泰州呢?" -> "")."""
    t = normalize(text)
    for n in corpus.names_longest_first:  # places and the documents' own names (初中方案)
        t = t.replace(n, "")
    t = re.sub(r"^(?:那么|那|再说说|再看看|换成|说说|and|what about|how about)|(?:呢|的情况|怎么样|又如何|如何呢|那边|那里)|[??。.!!\s]", "", t, flags=re.I)
    if re.search(r"[A-Za-z]", t) and not re.search(r"[一-龥]", t):  # English; letters in Chinese are a name (“X+1”)
        t = " ".join(w for w in english_words(t) if stem(w) not in {"about", "how", "what"})
    return t


def resolve_followup(intent: QueryIntent, history: list[Message], corpus: Corpus) -> QueryIntent:
    """Resolve an elliptic question against the conversation: a place swap, a comparison, a drill-down, a carry-over;
    a personal pronoun (她觉得…) names the person the previous answer named (`_people_referred`)."""
    resolved = _resolve_followup(intent, history, corpus)
    asked = next((m.content for m in reversed(history) if m.role == "user"), "")
    # the person is named in the previous answer, else in the previous question ("方院长讲…时分了几个角度?")
    people = _people_referred(intent.question, _last_answer(history), corpus) or _people_referred(intent.question, asked, corpus)
    if people:
        resolved.terms = list(dict.fromkeys([*people, *resolved.terms]))[:MAX_TERMS]
        resolved.query = f"{' '.join(people)} {resolved.query}"
        # a text names a person again by surname and post (周菊芳 -> 周校长, 季建平 -> 季局长)
        resolved.equivalents = {**resolved.equivalents, **{
            name: [name[0] + post for post in cues.POSTS.split("|") if len(post) == 2 and corpus.written.contains(name[0] + post)]
            for name in people}}
    return resolved


WRITTEN_NAME_CHARS = 4  # a run of a question this long that one case alone writes names something of that case


def _place_written(intent: QueryIntent, corpus: Corpus) -> list[str]:
    """The place a question naming none is about, by what it names: the one case that alone writes a longer run of
    its words ("方院长讲提质强校工程时…" is about 桐庐, the only case writing 提质强校工程), when no other such run
    points to another case. A conversation goes on about that place. (Runs, not segmented words: segmentation cuts
    a name it does not know into pieces every case uses.)"""
    # a name holds no particle or question word: runs are read between them ("我国基础教育的" is no name)
    q = re.sub(r"[的了把是和与及在为对从啥吗呢么,,。;;!!??、\s]", "|", normalize(intent.question))
    q = re.sub(r"(?:我们|咱们|我|咱|本)[省市县区镇乡村校]", "|", q)  # the asker's own place (我们县) is no name of a case
    starts = {start for _, start, _ in _jieba().tokenize(q)}  # a run opens where a word does (not 县教师队伍 of 我们县教师队伍)
    owners: set[str] = set()
    i = 0
    while i <= len(q) - WRITTEN_NAME_CHARS:
        if i not in starts:
            i += 1
            continue
        end = 0
        for e in range(i + WRITTEN_NAME_CHARS, len(q) + 1):
            if not corpus.written.contains(q[i:e]):
                break
            end = e
        if end:
            cases = corpus.cases_writing(q[i:end])
            if len(cases) == 1:
                owners |= cases
            i = end  # a run ends where the texts stop writing it: the next starts after it
        else:
            i += 1
    owners |= set(_person_place(intent.question, corpus))
    return list(owners) if len(owners) == 1 else []


def _person_place(question: str, corpus: Corpus) -> list[str]:
    """The case of the people a question addresses by surname and post ("季局长讲这回合作的来由时…" -> 桐庐, the one
    case writing 季局长): a name, however short, says whose text is asked about. [] when none is addressed so, or the
    people addressed are written by several cases. (Segmenting only a question that writes a post: most name nobody.)"""
    if not re.search(cues.SHORT_NAMED_POSTS, question):
        return []
    # (a classifier or a word of position or time before a post is no surname: 县域内校长, 2000名校长, 新校长)
    owners = {c for surname, post in short_names(question) if surname not in CLASSIFIERS + NOT_SURNAMES
              for c in corpus.cases_writing(surname + post)}
    return list(owners) if len(owners) == 1 else []


NOT_SURNAMES = "内原新老前"  # one-character words before a post that say which or when, not who (县域内校长, 原局长)


def _last_answer(history: list[Message]) -> str:
    """The assistant's last answer in the conversation ("" when there is none)."""
    return next((m.content for m in reversed(history) if m.role == "assistant"), "")


def _people_referred(question: str, answer: str, corpus: Corpus | None = None) -> list[str]:
    """The people a follow-up's personal pronoun refers to ("她觉得这事关键卡在哪?" after "…名誉校长周菊芳代表项目组发言。"):
    the personal names the previous answer writes (segmentation's name tag, two or three characters; or a surname
    and a post the corpus writes so, "方院长"), when the question has a third-person pronoun (not 其他, 他人) and the
    answer names at most two people (more is no single referent)."""
    if not answer or not cues.PERSON_PRONOUN_RE.search(question):
        return []
    import jieba.posseg as pseg

    _jieba()
    words = [(p.word, p.flag) for p in pseg.cut(normalize(answer))]
    found = []
    for i, (w, f) in enumerate(words):
        post = words[i + 1][0] if i + 1 < len(words) else ""
        # a one-character word before a post is a surname unless it is a pronoun, a numeral, an adverb, a
        # distinguishing word (副, 正) or a function word; the corpus must write the pair
        # (a character of its own, not a classifier or a word's last character: 2000名校长, 县域内校长, 、校长)
        numeral = i > 0 and (words[i - 1][1][:1] == "m" or bool(re.search(r"\d$", words[i - 1][0])))
        if len(w) == 1 and re.fullmatch(r"[一-龥]", w) and w not in CLASSIFIERS + NOT_SURNAMES and not numeral and \
                post in cues.POSTS.split("|") and len(post) == 2 and f[:1] not in "rbdmpcuqfx" and \
                corpus is not None and corpus.written.contains(w + post):
            found.append(w + post)
            continue
        after_post = i > 0 and words[i - 1][0] in cues.POSTS.split("|") and corpus is not None and \
            corpus.written.contains(words[i - 1][0] + w)
        if f != "nr" and not (after_post and 2 <= len(w) <= 3 and re.fullmatch(r"[一-龥]+", w)):
            continue  # (a word right after a post that the corpus writes so is a name, whatever its tag: 副院长方华)
        if len(w) == 1 and i + 1 < len(words) and 1 <= len(words[i + 1][0]) <= 2 and re.fullmatch(r"[一-龥]+", words[i + 1][0]):
            found.append(w + words[i + 1][0])  # segmentation splits a surname from its given name (周 / 菊芳)
        elif 2 <= len(w) <= 3:
            found.append(w)
    names = list(dict.fromkeys(found))
    return names if len(names) <= 2 else []


def _resolve_followup(intent: QueryIntent, history: list[Message], corpus: Corpus) -> QueryIntent:
    users = [m.content for m in history if m.role == "user"]
    if not users:
        return intent
    previous = _analyze_standalone(users[0], corpus)
    for i, text in enumerate(users[1:], 1):  # earlier follow-ups are resolved in order
        previous = resolve_followup(_analyze_standalone(text, corpus), [Message(role="user", content=u) for u in users[:i]], corpus)
    last_answer = _last_answer(history)
    if not previous.places and not previous.across:
        # the place only one case writes the previous question's name of (提质强校工程), unless the previous answer
        # named other places: the user was shown those (各地做法:淄博市、泰州市…), and goes on across them
        shown = {cid for cid, name in corpus.names.items() if name and name in last_answer}
        written = _place_written(previous, corpus)
        previous.places = written if not shown or shown == set(written) else []
    rest = _strip_followup(intent.question, corpus)
    compare = cues.FOLLOWUP_COMPARE.regex.search(intent.question)
    if intent.places and compare and previous.places and (len(rest) <= 8 or not intent.topic_terms):
        places = list(dict.fromkeys(previous.places + intent.places))
        return _reuse(previous, intent, places, "compare_prev", True, corpus)
    # A new place with no subject of its own (or only words the corpus never uses: "上城区有没有搞类似的?") is the
    # previous question asked of it.
    own = [t for t in intent.topic_terms if t in corpus.vocabulary or _quotes_a_name(t, intent.question)]
    if intent.places and not set(intent.places) <= set(previous.places) and (len(rest) <= 3 or not own):
        return _reuse(previous, intent, intent.places, "swap", len(intent.places) > 1, corpus)
    if intent.places:
        return intent
    if not previous.places and not previous.terms:
        return intent
    sibling = _sibling_swap(intent, users[-1], previous, corpus) or _head_swap(intent, users[-1], previous, corpus)
    if sibling is not None:
        return sibling
    # a position at an edge of the previous answer ("最后那个里头…", "最开始那个目标") refers back to it, however long
    # the question, unless a noun names what is there ("最后一个问题": the question's own); 第N条 is a drill cue already
    last = cues.EDGE_POSITION_RE.search(intent.question)
    drill = cues.FOLLOWUP_DRILL.regex.search(intent.question) or (
        last and not _names_the_item(intent.question[last.end():last.end() + 8]) and _edge_points_into(last, last_answer)) \
        or _points_at_an_item(intent.question, last_answer)
    short = len(_strip_followup(intent.question, corpus)) <= 14 or intent.language == "en" and len(english_words(intent.question)) <= 4
    if not drill and not short:
        if intent.across or intent.answer_type == "place" or not previous.places:
            return intent  # a new question across places starts afresh
        # A full question that names no place continues the conversation's place, and asks beyond what was said:
        # its answer is likeliest beside what the previous answer quoted ("同一年还要打造出啥?", "最后落到啥目标上?")
        intent.places = list(previous.places)
        intent.followup = "carry"
        intent.query = f"{' '.join(corpus.names.get(c, '') for c in previous.places)} {intent.query}"
        intent.focus = _answer_sentences(last_answer)
        intent.said = list(intent.focus)
        # (one pointing at the doing said, "那这么一弄,学校那头能落着什么实惠?", asks about it whatever else it words)
        intent.refers_back = _points_at_doing(intent, corpus)
        return intent
    # "那第一条里,钱主要砸在哪了?": a where asked inside what was said of the conversation's place asks where within
    # it, a detail, not which place (as a question naming its place does: `_analyze_standalone`)
    # (a question naming other places, "还有哪个地方也这么做", asks across them; its kind alone marks it across)
    if drill and intent.answer_type == "place" and previous.places and not cues.ACROSS.regex.search(intent.question) \
            and not cues.PLACE_KIND_ASKED_RE.search(intent.question):
        intent.answer_type = "fact"
    merged = QueryIntent(
        question=intent.question,
        query=" ".join(filter(None, [" ".join(corpus.names.get(c, "") for c in previous.places), previous.query if intent.language == previous.language else "", intent.query])),
        language=intent.language,
        # A drill-down asks for detail of what was said (its own kind, or a fact); so does a follow-up with no
        # subject of its own asking with its own question word ("这么做图的是啥?": a fact beside what was said);
        # a carry-over ("学校层面呢?", "这么考核想达到什么效果?") keeps the previous kind.
        answer_type=intent.answer_type if intent.answer_type != "fact" or drill or cues.QUESTION_WORD_RE.search(rest) and
        # (after a typed answer, a follow-up asking with another question word asks its own kind: "它主要研究啥?")
        (not intent.topic_terms or previous.answer_type in cues.TYPED_ANSWERS) else previous.answer_type,
        places=previous.places,
        comparative=previous.comparative and intent.answer_type not in ("figure", "date", "person"),
        across=previous.across,
        # (a drill read only from a plural pronoun, "他们另外成立了什么机构", points at the place's actors, not into
        # what was said: another thing beside it may still be asked)
        terms=(list(intent.terms) if _beside_said(intent, previous, corpus) and (not drill or _actors_only(intent.question))
               else list(dict.fromkeys(intent.terms + previous.terms))[:MAX_TERMS]),
        years=intent.years or previous.years,
        qualifiers=intent.qualifiers or previous.qualifiers,
        followup="drill" if drill else "carry",
        # (one pointing at the doing said, "那这么一弄,学校那头能落着什么实惠?", asks about it whatever else it words)
        refers_back=not intent.topic_terms or _points_at_doing(intent, corpus),
        own_terms=list(intent.topic_terms),
        speech=intent.speech,
        event=intent.event,  # "那啥时候建成投用?": the follow-up's own asking clause names the event
        occasion=intent.occasion,
        sums_up=intent.sums_up or previous.sums_up,
        options=intent.options,  # "那是县里还是乡镇?": the follow-up's own options
    )
    _expand(merged, corpus, {**previous.equivalents, **intent.equivalents})
    m = cues.ORDINAL_RE.search(intent.question)
    merged.ordinal = cn_number(m.group(1)) if m else 0
    merged.focus = _answer_sentences(last_answer)
    merged.said = list(merged.focus)
    items = _answer_items(last_answer)
    named = [i for i in items if i in intent.question or bigram_share(i, intent.question) >= 0.6]
    if not named:  # "合作那块" after 奋进筑基、奋进聚才、奋进合作…: what sets one item apart from its siblings names it
        named = [i for i, part in zip(items, _distinct_parts(items)) if len(part) >= 2 and part in intent.question]
    if not named and (pointer := cues.ITEM_POINTER_RE.search(intent.question)):
        named = _item_pointed(pointer.group(1), items)
        # (the words pointing at the item say which; what is asked of it is in the rest: "搞特色那块,要牵头组个什么
        # 联盟?" asks a name, its 特色 no features)
        rest = intent.question[:pointer.start()] + " " + intent.question[pointer.end():]
        if named and cues.QUESTION_WORD_RE.search(rest):
            merged.answer_type = answer_type(rest)
    if m and re.search(r"(?:阶段|步|级|类|种)$", m.group(0)) and not all(m.group(2) in i for i in items):
        items = []  # "第一阶段" counts stages: an answer's inline list of something else ("阶段性总结、现场会…") is not them
    last = None if m else cues.EDGE_POSITION_RE.search(intent.question)
    if last and _names_the_item(intent.question[last.end():last.end() + 8]):
        last = None  # "最后那个深化完善阶段": the words after the position name the item themselves
    if last and items and (not re.search(r"(?:阶段|步|级|类|种)$", last.group(0)) or all(last.group("unit").removeprefix("个") in i for i in items)):
        merged.ordinal = cues.edge_position(last, len(items))  # "最后那个阶段": the last item of the previous list
    elif last and not items and (size := cues.LIST_SIZE_STATED_RE.search(
            cues.EXAMPLES_RE.split(_MARK_RE.sub("", last_answer), maxsplit=1)[0])):
        # "列了八条,比如A、B等" then "最后那条…": examples give no positions, and the edge counts in the size the
        # answer states before them: the source list's eighth
        merged.ordinal = cues.edge_position(last, cn_number(size.group(1)) or 0)
    item = items[merged.ordinal - 1] if 0 < merged.ordinal <= len(items) else (named[0] if len(named) == 1 else "")
    if merged.ordinal and not item:
        # "第八条具体是啥?" after an answer that did not spell the items out: the position is in the list the
        # previous question asked for, in the sources.
        merged.answer_type = "list"
        merged.terms = list(dict.fromkeys(previous.terms + intent.terms))[:MAX_TERMS]
        _expand(merged, corpus, {**previous.equivalents, **intent.equivalents})
    elif item:  # "第三条…", "奋进合作那块…": the drill-down is about that item of the previous answer
        merged.ordinal = 0  # resolved: the item's own words carry the question now
        merged.focus = [item]
        merged.item = item
        merged.terms = list(dict.fromkeys(topic_words(item, corpus) + intent.terms))[:MAX_TERMS]
        _expand(merged, corpus, {**previous.equivalents, **intent.equivalents})
        merged.query = f"{' '.join(corpus.names.get(c, '') for c in previous.places)} {item} {intent.query}".strip()
    return merged


def _actors_only(question: str) -> bool:
    """Is every drill cue of the follow-up a plural personal pronoun (他们, they)? It names the place's actors, not a
    part of the previous answer (它们 points at things the answer listed)."""
    found = [m.group(0) for m in cues.FOLLOWUP_DRILL.regex.finditer(question)]
    return bool(found) and all(re.fullmatch(r"他们的?|they|them|their", f, re.I) for f in found)


def _beside_said(intent: QueryIntent, previous: QueryIntent, corpus: Corpus) -> bool:
    """Does a follow-up ask for another thing beside what was said, naming it ("学生自学那头,又搭了个啥平台?", "除了
    每年补生活费,还给这些人上了啥保障?")? Then its own words are its subject: the previous question's words keep
    the place and the conversation, but a sentence stating them is what was already said, not the answer."""
    own = [t for t in intent.topic_terms if t in corpus.vocabulary and t not in previous.terms]
    return bool(cues.BESIDE_SAID_RE.search(intent.question)) and len(own) >= 2


def _quotes_a_name(term: str, question: str) -> bool:
    """Is the topic word a name the question quotes (“X+1”)? A quoted name is the question's own subject, as a word
    the corpus uses is, though segmentation never puts it in the vocabulary."""
    return any(normalize(q) == term for q in cues.quoted_phrases(question))


def _edge_points_into(edge: re.Match[str], answer: str) -> bool:
    """Does a position at an edge point into the previous answer? 最后 does ("最后那个里头…"); a first position
    only when that answer lists items of its unit: "头一步得签个啥" after an answer with no steps asks the first step of
    what it said, not its first item."""
    if cues.edge_position(edge, 2) == 2:
        return True
    items = _answer_items(answer)
    unit = edge.group("unit").removeprefix("个")
    return len(items) >= 2 and (not re.fullmatch(r"阶段|步|级|类|种", unit) or all(unit in i for i in items))


def _names_the_item(after: str) -> bool:
    """Do the words right after a position ("最后那个…") name the item, up to the clause's end? Only a noun names
    it ("深化完善阶段"); a word of place (里头, 上面) or a verb ("最后那个里头,算进去的…") points back at it, and so
    does a generic word for what items are ("最开始那个目标,…": it says what the item is, not which)."""
    import jieba.posseg as pseg

    _jieba()
    clause = re.split(r"[,,。??;;、]", after)[0]
    return any((flag.startswith("n") or flag == "vn") and word not in cues.GENERIC_KINDS for word, flag in pseg.cut(clause))


def _points_at_an_item(question: str, answer: str) -> bool:
    """Does the question point at one item of the previous answer by words of it ("讲服务供给创新那条,…跟什么融合?")?
    Then it drills into that item, however long the rest of the question is."""
    pointer = cues.ITEM_POINTER_RE.search(question)
    return bool(pointer) and len(_item_pointed(pointer.group(1), _answer_items(answer))) == 1


def _item_pointed(words: str, items: list[str]) -> list[str]:
    """The one item holding the longest ending of `words` (at least two characters) that some item holds: "课程那一条"
    after 学校发展规划、…、课程建设 points at 课程建设 by a word of it only that item has; none when two items hold it.
    An item of several clauses ("生动课堂改革,搞数字化精准教学,…,再打造一批有特色的初中") is pointed at in the
    clause holding the words ("搞特色那块": 再打造一批有特色的初中), not in its other clauses."""
    for k in range(len(words) - 1):
        holding = [i for i in items if words[k:] in i]
        if holding:
            return [next(c for c in re.split(r"[,,;;]", holding[0]) if words[k:] in c)] if len(holding) == 1 else []
    return []


def _distinct_parts(items: list[str]) -> list[str]:
    """Each item without the opening and the ending all the items share (奋进筑基、奋进合作 -> 筑基、合作)."""
    if len(items) < 2:
        return list(items)
    head = len(commonprefix(items))
    tail = len(commonprefix([i[::-1] for i in items]))
    return [i[head:len(i) - tail] if len(i) - tail > head else i for i in items]


def _sibling_swap(intent: QueryIntent, last_question: str, previous: QueryIntent, corpus: Corpus) -> QueryIntent | None:
    """"第一阶段呢?" after "泰州第二阶段取得了什么进展?": the follow-up names a sibling of a position the previous
    question named (same kind, another number), so it is that question asked of the sibling."""
    now = cues.ORDINAL_RE.search(intent.question)
    before = cues.ORDINAL_RE.search(last_question)
    if not now or not before or now.group(0) == before.group(0):
        return None
    unit_now, unit_before = now.group(2), before.group(2)
    if unit_now != unit_before or len(_strip_followup(intent.question, corpus).replace(now.group(0), "")) > 4:
        return None  # another kind of position, or a question of its own
    # the name the previous question gave its position (第一点“引进哪些人才”) is not the sibling's
    swapped = re.sub(r"^[“\"][^”\"]{1,16}[”\"]", "", last_question[before.end():])
    out = _analyze_standalone(last_question[:before.start()] + now.group(0) + swapped, corpus)
    out.question, out.followup = intent.question, "swap"
    out.places = out.places or list(previous.places)
    return out


HEAD_CHARS = 2  # the shared head of two sibling phrases (层面, 初中, 局长)
SWAP_PHRASE_CHARS = 8
MODIFIER_POS = ("n", "a", "b", "j", "vn", "nr", "nz", "s", "f", "m", "q")


def _head_swap(intent: QueryIntent, last_question: str, previous: QueryIntent, corpus: Corpus) -> QueryIntent | None:
    """"学校层面呢?" after "泰州说政府层面要做到哪几个到位?", "那徐副局长呢?" after "…季局长讲了啥?": the follow-up
    opens with a phrase whose head (its last characters) ends a phrase of the previous question with another
    modifier, so it is that question asked of the sibling (政府层面 -> 学校层面)."""
    import jieba.posseg as pseg

    first = re.split(r"[,,。;;??]", normalize(intent.question))[0]
    own = _strip_followup(first, corpus)
    if not (HEAD_CHARS < len(own) <= SWAP_PHRASE_CHARS) or own in corpus.names_longest_first or cues.ORDINAL_RE.search(own):
        return None  # a place or document is a place swap; a position (第一阶段) is `_sibling_swap`'s
    _jieba()
    if not all(f.startswith(MODIFIER_POS) or f == "uj" for _, f in pseg.cut(own)):
        return None  # not a noun phrase ("他们搞这个联盟"): a question of its own
    head = own[-HEAD_CHARS:]
    q = normalize(last_question)
    pieces = [(w, f) for w, f in pseg.cut(q)]
    named = [(m.start(), m.end()) for n in corpus.names_in(q) for m in re.finditer(re.escape(n), q)]
    ends, at = [], 0
    for i, (w, _) in enumerate(pieces):
        at += len(w)
        if w.endswith(head) and not any(a <= at - len(w) and at <= b for a, b in named):  # not inside a name (初中方案)
            ends.append((i, at))
    for i, end in ends:
        start = end - len(pieces[i][0])
        k = i - 1
        while k >= 0 and pieces[k][1].startswith(MODIFIER_POS) and pieces[k][0] not in corpus.names_longest_first:
            start -= len(pieces[k][0])
            k -= 1
        old = q[start:end]
        if old != own and len(old) > len(head) or (old == head and own != head):
            out = _analyze_standalone(q[:start] + own + q[end:], corpus)
            out.question, out.followup = intent.question, "swap"
            out.places = out.places or list(previous.places)
            return out
    return None


def _reuse(previous: QueryIntent, now: QueryIntent, places: list[str], how: str, comparative: bool, corpus: Corpus) -> QueryIntent:
    names_now = "、".join(corpus.names.get(p, p) for p in places)
    out = QueryIntent(
        question=now.question, query=previous.query, language=now.language if now.language == "en" else previous.language,
        answer_type="overview" if how == "compare_prev" and previous.answer_type in ("fact",) else previous.answer_type,
        places=places, comparative=comparative, across=False, terms=previous.terms, expansions=previous.expansions, equivalents=previous.equivalents,
        years=now.years or previous.years, qualifiers=now.qualifiers, followup=how, sums_up=previous.sums_up,
    )
    out.query = f"{names_now} {_drop_places(previous.query, previous.places, corpus)}".strip()
    own = [t for t in now.topic_terms if t not in previous.terms and t not in corpus.all_names]
    if own:  # "跟余杭留人才的办法比呢?": the follow-up names its own aspect, which leads
        out.terms = list(dict.fromkeys(own + previous.terms))[:MAX_TERMS]
        _expand(out, corpus, {**previous.equivalents, **now.equivalents})
        out.query = f"{names_now} {' '.join(own)} {_drop_places(previous.query, previous.places, corpus)}".strip()
    return out


def _drop_places(query: str, places: list[str], corpus: Corpus) -> str:
    """The previous query without its place names (they are replaced by the new ones)."""
    for cid in places:
        for n in sorted(corpus.aliases.get(cid, ()), key=len, reverse=True):
            query = query.replace(n, "")
    return query.strip(" ,,、和与")


_MARK_RE = re.compile(r"\[\d+\]|\*\*|^\s*[-*•]\s+|^\s*\d+[.、]\s*", re.M)


def _answer_sentences(answer: str) -> list[str]:
    """The quoted sentences of a previous answer (markers and Markdown removed)."""
    out = []
    for line in answer.splitlines():
        line = _MARK_RE.sub("", line).strip()
        for s in re.split(r"(?<=[。!?;])", line):
            s = s.strip(" |")
            if len(s) >= 6:
                out.append(s)
    return out[:20]


def _answer_items(answer: str) -> list[str]:
    """The items of a previous answer, in order ("第三条" refers to the third): its bullets, or else the
    inline enumeration after its colon ("分三步走:A、B、C"). An inline run that is not the whole list (examples
    after 比如/例如, or fewer items than the count the answer states: "一共六项,比如A、B等") gives no positions:
    "第三项" is then the source list's third item; nor does a run inside an answer that opens as the first item of
    a list ("第一是…", "首先…": `cues.OPENS_AS_FIRST_RE`): "第二个" is that list's second."""
    items = [_MARK_RE.sub("", ln).strip() for ln in answer.splitlines() if re.match(r"^\s*(?:[-*•]\s|\d+[.、])", ln)]
    items = [i for i in items if i]
    if len(items) >= 2:
        return items
    text = _MARK_RE.sub("", answer).strip()
    if cues.OPENS_AS_FIRST_RE.match(text) and not cues.SECOND_ITEM_RE.search(text):
        return []  # "第一是钱投得比较单一,…A、B、C…": the answer is the first of a list, "第二个" its next one
    found = _inline_answer_items(text)
    # (what introduces the run says so: the words just before its first item)
    before = text[:text.find(found[0])] if found and found[0] in text else ""
    stated = list(cues.ANSWER_COUNT_RE.finditer(before))
    if cues.EXAMPLES_RE.search(before[-INTRODUCER_CHARS:]) or stated and cn_number(stated[-1].group(1)) > len(found):
        return []
    if cues.OPENS_AS_FIRST_RE.search(before) and cues.SECOND_ITEM_RE.search(before):
        return []  # "第一是…,第二是…,还有A、B、C": the run is the rest of a list the answer numbers itself
    return found


INTRODUCER_CHARS = 8  # an example word (比如) introduces the run it stands within this many characters of


def _inline_answer_items(text: str) -> list[str]:
    """The items an answer enumerates in its text (see `_answer_items`)."""
    clauses = [c for c in re.split(r"[;;]", re.split(r"[::]", text, maxsplit=1)[-1]) if c.strip()]
    found = max(inline_lists(text), key=lambda lst: len(lst.items), default=None)
    if len(clauses) < 3 and found is not None and len(found.items) >= 3:
        return [i.strip("“”\"") for i in found.items]  # "从“资源体系、质量标准、教师团队、资源管理”四个方面"
    text = re.split(r"[::]", text, maxsplit=1)[-1]
    # (a count closing the run is cut, "等三个方面"; a numeral ending a word, 单一, is no count)
    parts = [re.sub(r"^(?:分为|包括|有(?!利)|是)|(?:(?:等|等等)(?:[一二三四五六七八九十\d]+(?:个|项|条|种|步)?(?:方面|问题)?)?"
                    r"|[一二三四五六七八九十\d]+(?:(?:个|项|条|种|步)(?:方面|问题)?|方面|问题))?[。.]?$", "", p.strip())
             for p in (clauses if len(clauses) >= 3 else re.split(r"[、;;]", text))]
    parts = [p for p in parts if len(p) >= 2]
    if len(parts) < 2:  # a sequence in clauses: "先实现…,再推进…,最后致力…"
        steps = re.split(r"[,,]\s*(?=再|其次|然后|接着|最后|第[一二三四五六七八九十]+[步阶])", text)
        parts = [re.sub(r"^(?:先|首先|再|其次|然后|接着|最后)", "", p).strip("。. ") for p in steps] if len(steps) >= 2 else parts
    return [p for p in parts if len(p) >= 2]
