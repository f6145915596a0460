"""Chinese text helpers shared by retrieval, answering and verification: terms, n-grams, numbers, places."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from functools import lru_cache

from index.clean import normalize

# Question scaffolding that carries no topic (removed before matching a question to passages).
STOP_PHRASES = sorted(
    """请问 请 帮我 帮忙 介绍一下 介绍 一下 说说 讲讲 谈谈 告诉我 具体 主要 一些 有哪些 哪些 有什么 什么 怎么样 怎么 怎样
    如何 为什么 是否 有没有 有无 是不是 能否 可以 多少 几个 几种 几项 几所 几名 哪几 哪个 哪种 哪里 哪儿 哪 吗 呢 吧 啊 呀 了 的 地 得
    是 在 和 与 及 以及 还 也 都 又 就 对 把 被 我们 我 你们 你 他们 它们 它 其 这个 那个 这些 那些 这 那 该 各 方面 情况 内容 做法 有关 关于
    当地 地方 进行 开展 提出 采取 采用 方面的 一共 分别 情况下 呢? 吗? 方案 提纲 给 搞 要 有 让 做 说 里 先 去 来 打算 已经 以后 时候
    之前 起来 范围 程度 意思 办法 文章 材料 提到 文件 那篇 这篇 份 篇 最 每 大约 全部 具体是 到底 究竟 目前 现在
    以上 以下 以内 输出 忽略""".split(),
    key=len,
    reverse=True,
)
_STOP_RE = re.compile("|".join(re.escape(p) for p in STOP_PHRASES))
_PUNCT_RE = re.compile(r"[\s\W_]+", re.U)
NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")
COMPARATIVE_RE = re.compile(r"哪些地方|哪些地区|哪些县|哪些市|哪些区|各地|比较|对比|相比|异同|区别|不同地区|几个地方|分别|和.{1,6}(?:有何|有什么)不同")
NUMERIC_Q_RE = re.compile(r"多少|(?<!哪)几[个所名项年次场万种位家]|何时|什么时候|哪一年|哪年|几月|比例|百分之|人数|数量|金额|标准是")

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


@lru_cache(maxsize=4096)
def place_tags(text: str) -> tuple[str, ...]:
    """Words jieba tags as place names (ns)."""
    import jieba.posseg as pseg

    _jieba()
    return tuple(w for w, flag in pseg.cut(text) if flag == "ns")


def strip_question(text: str) -> str:
    """The topic part of a question: scaffolding words and punctuation removed."""
    return _PUNCT_RE.sub(" ", _STOP_RE.sub(" ", normalize(text))).strip()


# Everyday words in questions -> the corpus' formal wording.
SYNONYMS = {"老师": "教师", "搞": "", "类型": "模式", "牌子": "校名", "几成": "比例"}


def content_terms(text: str) -> list[str]:
    """Distinct topic words of a question (jieba), for coverage checks."""
    seen: dict[str, None] = {}
    for word, formal in SYNONYMS.items():
        text = text.replace(word, formal or " ")
    for part in strip_question(text).split():
        for w in _jieba().cut(part):
            w = w.strip()
            if w and w not in STOP_SET and not _PUNCT_RE.fullmatch(w):
                seen.setdefault(w, None)
    return list(seen)


STOP_SET = frozenset(STOP_PHRASES) | frozenset("的了是在和与及还也都又就对把被这那其各个种些")


def term_covered(term: str, text: str) -> bool:
    """A term is covered when it, or (for 3+ characters) most of its character bigrams, occur in the text."""
    if term in text:
        return True
    # Bigrams only for Chinese words: the bigrams of an English word ("pasta" -> "as") match anywhere.
    if len(term) < 3 or term.isascii():
        return False
    pairs = [term[i:i + 2] for i in range(len(term) - 1)]
    return sum(p in text for p in pairs) * 2 >= len(pairs)  # 择校热 ~ 择校; 量子计算机 !~ 云计算


def bigrams(text: str) -> set[str]:
    """Character bigrams of normalised text without punctuation/space (unigrams for 1-char text)."""
    t = _PUNCT_RE.sub("", normalize(text))
    if len(t) < 2:
        return {t} if t else set()
    return {t[i:i + 2] for i in range(len(t) - 1)}


def overlap(claim: str, source: str) -> float:
    """Share of the claim's character bigrams found in the source: 1.0 = every bigram is there."""
    c = bigrams(claim)
    if not c:
        return 0.0
    return len(c & bigrams(source)) / len(c)


def numbers(text: str) -> list[str]:
    return NUMBER_RE.findall(normalize(text))


def is_comparative(question: str) -> bool:
    return bool(COMPARATIVE_RE.search(question))


def asks_number(question: str) -> bool:
    return bool(NUMERIC_Q_RE.search(question))
