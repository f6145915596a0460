"""When to say "the corpus does not cover this": unknown places, off-topic questions, figures no case gives."""

from __future__ import annotations

import re

from index.chunk import sentence_spans
from index.clean import normalize

from .extractive import ENUM_RE
from .schema import Passage
from .text import STOP_SET, SYNONYMS, asks_number, content_terms, term_covered

FIGURE_MIN_TERMS = 0.4  # share of the question's topic words the figure's sentence must contain
CN_NUM = r"[\d一二三四五六七八九十两百千万亿.]+"
UNITS = "所名个节人项场次天年月元家位种条批户座期"
UNIT_RE = re.compile(r"(?<!哪)(?:多少|几)([" + UNITS + r"])")
UNIT_EQUIVALENTS = {"人": "人名", "名": "名人", "天": "天日", "日": "日天", "个": "个所项家名"}
SKIP_BEFORE = {"是", "为", "有", "在", "达到", "大约", "大概", "约", "一共", "共", "总共", "了", "发", "给",
               "控制", "提高", "增加", "减少", "提升", "下降", "占", "定", "定了"}
QUANT_SUFFIXES = {"以内", "以上", "以下", "左右", "上下"}
GENERIC_ATTRIBUTES = {"目标", "数量", "数字", "规模", "情况", "标准", "水平"}  # too vague to demand verbatim
MONEY_RE = re.compile(r"多少钱|多少经费|多少资金|金额")
DOC_NUMBER_RE = re.compile(r"字号|文号|编号")
YEAR_RE = re.compile(r"\d{4}(?=\s*年)")
RATIO_RE = re.compile(r"比例|几成|百分之|百分比|占比")
DATE_RE = re.compile(r"哪一年|哪年|何时|什么时候|几月|哪个月|哪天|日期")
DURATION_RE = re.compile(r"多长时间|多久|几年|多少年")


def figure_supported(question: str, sentences: list[str]) -> bool:
    """Does some sentence state the kind of figure the question asks for (a count of 所, a year, a ratio…)?"""
    q = normalize(question)
    sentences = [ENUM_RE.sub("", s.strip(), count=1) for s in sentences]  # "4.实验学校…": a list number is no figure
    years = YEAR_RE.findall(q)
    if years:  # a figure for another year does not answer ("2022年的GDP" vs a 2020 figure)
        sentences = [s for s in sentences if all(y in s for y in years)]
    if MONEY_RE.search(q):
        return any(re.search(CN_NUM + r"\s*[万千百亿]?\s*元", s) for s in sentences)
    if DOC_NUMBER_RE.search(q):
        return any(re.search(r"\d+\s*[)\]]?\s*\d*号", s) for s in sentences)
    if RATIO_RE.search(q):
        return any(re.search(r"\d+(?:\.\d+)?%|百分之|\d成", s) for s in sentences)
    if DATE_RE.search(q):
        return any(re.search(r"\d{4}\s*年|\d{1,2}\s*月|\d{4}-\d{2}", s) for s in sentences)
    if DURATION_RE.search(q):
        return any(re.search(CN_NUM + r"\s*(?:个)?(?:年|月|天|周|日|学期)", s) for s in sentences)
    unit = UNIT_RE.search(q)
    if unit:
        units = UNIT_EQUIVALENTS.get(unit.group(1), unit.group(1))
        return any(re.search(CN_NUM + r"\s*[万千百亿]?\s*[" + units + "]", s) for s in sentences)
    noun = asked_attribute(q)
    if noun:
        return any(noun in normalize(s) and re.search(r"\d", s) for s in sentences)
    return any(re.search(r"\d", s) for s in sentences)


def asked_attribute(question: str) -> str:
    """The thing a "多少" question asks about: 补助 in "发多少补助", 保额 in "保额是多少", 上线率 in "上线率是多少"."""
    import jieba

    for word, formal in SYNONYMS.items():
        question = question.replace(word, formal or " ")
    tokens = [w for w in jieba.cut(normalize(question)) if w.strip() and re.search(r"\w", w)]
    for i, w in enumerate(tokens):
        if w != "多少":
            continue
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        if len(after) >= 2 and after not in STOP_SET and after not in QUANT_SUFFIXES:
            return "" if after in GENERIC_ATTRIBUTES else after
        j = i - 1
        while j >= 0 and tokens[j] in SKIP_BEFORE:
            j -= 1
        if j < 0 or tokens[j] in STOP_SET or tokens[j] in GENERIC_ATTRIBUTES:
            return ""
        if len(tokens[j]) == 1 and j > 0:
            return tokens[j - 1] + tokens[j]
        return tokens[j] if len(tokens[j]) >= 2 else ""
    return ""


def abstain_reason(query: str, passages: list[Passage], named: set[str], unknown: list[str],
                   place_names: set[str], min_coverage: float) -> str:
    """Empty when the passages can answer; otherwise why not (logged, not shown)."""
    if not passages:
        return "no passage matched"
    if unknown and not named:
        return f"places not in the corpus: {unknown}"
    top = passages[:5]
    if named:
        top = [p for p in passages if p.chunk.case_id in named][:5] or top
    text = normalize("".join(p.chunk.text for p in top))
    terms = [t for t in content_terms(query) if not any(t in n or n in t for n in place_names)]
    # A lone character left by question scaffolding (多少"名", 几"所", "共", "I") is not a topic word.
    terms = [t for t in terms if len(t) > 1]
    if not terms and not named:
        return "no topic words in the question"
    if terms:
        covered = sum(term_covered(t, text) for t in terms)
        if covered / len(terms) < min_coverage or (len(terms) >= 3 and covered < 2):
            return f"coverage {covered}/{len(terms)} of {terms}"
    if asks_number(query):
        sentences = [p.chunk.text[s:e] for p in top for s, e in sentence_spans(p.chunk.text)]
        if terms:  # the figure must come from a sentence about the question's subject
            sentences = [s for s in sentences if sum(term_covered(t, normalize(s)) for t in terms) >= FIGURE_MIN_TERMS * len(terms)]
        if not figure_supported(query, sentences):
            return "no passage states the figure asked for"
    return ""
