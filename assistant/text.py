"""Chinese text helpers shared by retrieval, answering and verification: words, n-grams, numbers, places.

No cue words here: question wording is read only by `intent.py` from the tables in `cues.py`.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import TypeVar

from index.chunk import sentence_spans
from index.clean import normalize

from . import cues

_STOP_RE = re.compile("|".join(re.escape(p) for p in cues.SCAFFOLD))
_PUNCT_RE = re.compile(r"[\s\W_]+", re.U)
NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")

_jieba_lock = threading.Lock()
_jieba_ready = False


def _jieba():
    global _jieba_ready
    import jieba

    if not _jieba_ready:
        with _jieba_lock:
            if not _jieba_ready:
                jieba.setLogLevel(60)
                jieba.initialize()
                _jieba_ready = True
    return jieba


def add_words(words: Iterable[str], tag: str = "ns") -> None:
    jieba = _jieba()
    for w in words:
        if w:
            jieba.add_word(w, freq=2000, tag=tag)
    place_tags.cache_clear()


def words(text: str) -> list[str]:
    """jieba search-mode tokens of normalised text, punctuation dropped."""
    return [w for w in _jieba().cut_for_search(normalize(text)) if w.strip() and not _PUNCT_RE.fullmatch(w)]


def word_starts(text: str) -> frozenset[int]:
    """Offsets in `text` where a word of its segmentation begins (a name found in a text is whole words)."""
    starts, at = set(), 0
    for w in _jieba().cut(text):
        starts.add(at)
        at += len(w)
    return frozenset(starts)


@lru_cache(maxsize=4096)
def place_tags(text: str) -> tuple[str, ...]:
    """Words jieba tags as place names (ns)."""
    import jieba.posseg as pseg

    _jieba()
    return tuple(w for w, flag in pseg.cut(text) if flag == "ns")


def strip_question(text: str) -> str:
    """The topic part of a question: scaffolding words and punctuation removed.

    Words are cut first and dropped whole, so a scaffolding word never removes part of a topic word
    (指 in 指导思想, 能 in 能力, 特色 in 特色发展 stay).
    """
    out = []
    for part in _PUNCT_RE.sub(" ", normalize(text)).split():
        kept = [w for w in _jieba().cut(part) if w.strip() and w not in cues.SCAFFOLD]
        out.append("".join(kept))
    return " ".join(p for p in out if p).strip()


STOP_SET = frozenset(cues.SCAFFOLD) | frozenset("的了是在和与及还也都又就对把被这那其各个种些")


# A parenthesised alternative written inside a word (校(园)长 "principals or kindergarten heads", 改(扩)建, 出国(境),
# 县(区)域): the word reads whole without it, and a question asks it by that reading (校长, 改建, 县域).
INSERTED_READING_RE = re.compile(r"(?<=[\u4e00-\u9fa5])[((][\u4e00-\u9fa5]{1,3}[))](?=[\u4e00-\u9fa5])")


def plain_reading(text: str) -> str:
    """The text with the alternatives written inside its words left out, as a question names those words."""
    return INSERTED_READING_RE.sub("", text)


def term_covered(term: str, text: str) -> bool:
    """A term is covered when it, or (for 3+ characters) most of its character bigrams, occur in the text."""
    if term in text:
        return True
    # Bigrams only for Chinese words: the bigrams of an English word ("pasta" -> "as") match anywhere.
    if len(term) < 3 or term.isascii():
        return False
    pairs = [term[i:i + 2] for i in range(len(term) - 1)]
    return sum(p in text for p in pairs) * 2 >= len(pairs)  # 择校热 ~ 择校; 量子计算机 !~ 云计算


def bigram_share(part: str, text: str) -> float:
    """Share of `part`'s character bigrams (as written) found in `text`: how much of a short string a longer one says."""
    pairs = {part[i:i + 2] for i in range(len(part) - 1)}
    return sum(p in text for p in pairs) / len(pairs) if pairs else 0.0


# Share of a previous answer's sentence's character pairs a source text must hold to be where that sentence came
# from: an answer quoted verbatim holds all of them; a summary in other words keeps most (dev-calibrated).
ANCHOR_SHARE = 0.6
# A summary looser than that still came from one place when one source text holds far more of its pairs than any
# other: at least this share, and this many times the next text's (the pairs spread over the one it retells).
LOOSE_ANCHOR_SHARE = 0.5
LOOSE_ANCHOR_LEAD = 2.0


T = TypeVar("T")


def loose_source(shares: list[tuple[float, T]], apart: Callable[[T, T], bool]) -> T | None:
    """The text a looser retelling of one sentence came from (`LOOSE_ANCHOR_SHARE`, `LOOSE_ANCHOR_LEAD`): the one
    holding most of its pairs, when it holds that share and that many times the share of any text `apart` from it
    (another paragraph; a chunk not overlapping it, whose copy of the same sentence would tie)."""
    if not shares:
        return None
    best_share, best = max(shares, key=lambda x: x[0])
    rival = max((share for share, x in shares if apart(x, best)), default=0.0)
    return best if best_share >= LOOSE_ANCHOR_SHARE and best_share >= LOOSE_ANCHOR_LEAD * rival else None


def bigram_text(text: str) -> str:
    """A text as `bigrams` and `bigram_counter` read it: normalised, punctuation and spaces removed."""
    return _PUNCT_RE.sub("", normalize(text))


def _pairs(read: str) -> set[str]:
    if len(read) < 2:
        return {read} if read else set()
    return {read[i:i + 2] for i in range(len(read) - 1)}


def bigrams(text: str) -> set[str]:
    """Character bigrams of normalised text without punctuation/space (unigrams for 1-char text)."""
    return _pairs(bigram_text(text))


def bigram_counter(pairs: set[str], read: Callable[[str], str] = bigram_text) -> Callable[[str], int]:
    """A function giving `len(pairs & bigrams(text))`, without building the text's bigram set.

    A two-character string is one of a text's bigrams exactly when it occurs in the text as `bigrams` reads it
    (normalised, punctuation and spaces removed), so counting the pairs that occur gives the same number for a
    fraction of the work: re-ranking by sentence did this for every sentence of 20 chunks per question. A set
    holding a one-character "bigram" (the bigrams of a one-character text) is intersected as before.
    With `read=str` the function takes texts already read by `bigram_text` (`read_sentences`).
    """
    if any(len(p) != 2 for p in pairs):
        return lambda text: len(pairs & _pairs(read(text)))
    ordered = tuple(pairs)

    def count(text: str) -> int:
        return sum(map(read(text).__contains__, ordered))

    return count


@lru_cache(maxsize=4096)
def read_sentences(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, `bigram_text`) of each of a chunk's sentences (`sentence_spans`), cached per text.

    Why: re-ranking and quoting score the sentences of the same top chunks question after question; normalising
    each sentence again was most of their cost. 4,096 chunks of ~350 characters hold a few MB.
    """
    return tuple((s, e, bigram_text(text[s:e])) for s, e in sentence_spans(text))


def overlap(claim: str, source: str) -> float:
    """Share of the claim's character bigrams found in the source: 1.0 = every bigram is there."""
    c = bigrams(claim)
    if not c:
        return 0.0
    return bigram_counter(c)(source) / len(c)


def numbers(text: str) -> list[str]:
    return NUMBER_RE.findall(normalize(text))


def short_names(text: str) -> list[tuple[str, str]]:
    """The people a sentence names by surname and post only ("季局长介绍了…" -> ("季", "局长")): the surname is a
    one-character word right before the post (副 may stand between); "徐志强副局长" is a full name."""
    from jieba import posseg

    _jieba()
    words = [w for w, _ in posseg.cut(normalize(text))]
    out: list[tuple[str, str]] = []
    for i, w in enumerate(words[1:], 1):
        post = w[1:] if w.startswith("副") and len(w) > 2 else w
        if re.fullmatch(cues.SHORT_NAMED_POSTS, post) and len(words[i - 1]) == 1 and re.fullmatch(r"[一-龥]", words[i - 1]) \
                and (i < 2 or not re.fullmatch(r"[一-龥]", words[i - 2][-1:]) or len(words[i - 2]) > 1):
            out.append((words[i - 1], post))
    return list(dict.fromkeys(out))
