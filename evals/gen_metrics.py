"""Per-answer metrics for the generalisation gold set (see evals/README.md, "Generalisation set").

Each function takes one answer (its Markdown text, or the `Answer`) and one gold item's fields and returns a
bool or a share, so the runner can aggregate them per category and the tests can check them on hand-made answers.
Matching is done on *normalised* text: Markdown markup, `[n]` citation markers, whitespace and quotation marks
(including the 〃 the sources use as quotes) are removed and the text is NFKC-folded, so full-width and ASCII
punctuation compare equal. Normalisation never adds characters, so it cannot create a match that is not there.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from difflib import SequenceMatcher

_MARKERS = re.compile(r"\[\d+(?:\s*[,,]\s*\d+)*\]")  # [3], [1,2]
_MARKUP = re.compile(r"[*_`#>|~]|^\s*[-+]\s+|^\s*\d+\.\s+(?=\S)|-{3,}|:?-{3,}:?", re.MULTILINE)
_QUOTES = re.compile("[\"'“”‘’「」『』〃]")
_SPACE = re.compile(r"\s+")

KEY_MEASURE_BIGRAM_SHARE = 0.6  # a key measure counts as stated when this share of its character bigrams is in the answer
HIT_SPAN_SHARE = 0.5  # a passage hits when it holds at least this share of an evidence span (as evals.metrics.hits)


def normalize(text: str) -> str:
    """Text for matching: no Markdown, no [n] markers, no whitespace or quotation marks, NFKC-folded."""
    text = unicodedata.normalize("NFKC", text or "")
    text = _MARKERS.sub("", text)
    text = _MARKUP.sub("", text)
    text = _QUOTES.sub("", text)
    return _SPACE.sub("", text)


def contains_any(answer_text: str, alternatives: Sequence[str]) -> bool:
    """Does the answer state the gold fact (any listed alternative), after normalising both sides?"""
    got = normalize(answer_text)
    return any(normalize(a) and normalize(a) in got for a in alternatives)


def span_in_passage(evidence: str, passage: str) -> bool:
    """The passage holds the evidence, or a contiguous piece of at least HIT_SPAN_SHARE of it (chunk borders)."""
    ev, text = normalize(evidence), normalize(passage)
    if not ev:
        return False
    if ev in text:
        return True
    match = SequenceMatcher(None, ev, text, autojunk=False).find_longest_match(0, len(ev), 0, len(text))
    return match.size >= HIT_SPAN_SHARE * len(ev)


def hit_at_k(passages: Sequence[str], evidence: Iterable[str], k: int = 5) -> bool:
    """Is any gold evidence span in one of the first k retrieved passages?"""
    evidence = list(evidence)
    return any(span_in_passage(ev, p) for p in passages[:k] for ev in evidence)


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


def measure_stated(measure: str, answer_text: str) -> bool:
    """A key measure is stated when its text, or >= KEY_MEASURE_BIGRAM_SHARE of its character bigrams, is in the answer."""
    m, got = normalize(measure), normalize(answer_text)
    if not m:
        return False
    if m in got:
        return True
    grams = _bigrams(m)
    return bool(grams) and len(grams & _bigrams(got)) / len(grams) >= KEY_MEASURE_BIGRAM_SHARE


def key_measure_coverage(answer_text: str, key_measures: Sequence[str]) -> float:
    """Share of the gold key measures the answer states (overview questions)."""
    if not key_measures:
        return 0.0
    return sum(measure_stated(m, answer_text) for m in key_measures) / len(key_measures)


_HEADING = re.compile(r"^\s*#")
# a bold-only line, optionally with a colon or a source title after it: "**淄博市**", "**定西市** ·《…》"
_BOLD_LABEL = re.compile(r"^\s*\*\*[^*]+\*\*\s*[::·・]?\s*(?:《[^》]*》)?\s*$")
_LABEL_MAX_CHARS = 20


def is_label_line(line: str) -> bool:
    """Empty lines, headings, a bold-only line ("**淄博市**", also with a source title "·《…》" after it) and short
    lines ending in a colon are labels."""
    if not normalize(line):
        return True
    if _HEADING.match(line) or _BOLD_LABEL.match(line):
        return True
    text = normalize(line)
    return len(text) <= _LABEL_MAX_CHARS and text.endswith((":", ":"))


def lead_line(answer_text: str) -> str:
    """The answer's first line that is not a label (the sentence a reader sees first)."""
    for line in answer_text.splitlines():
        if not is_label_line(line):
            return line
    return ""


def lead_names_all(answer_text: str, items: Sequence[str]) -> bool:
    """List questions: does the first non-label line name every gold item?"""
    lead = normalize(lead_line(answer_text))
    return bool(items) and bool(lead) and all(normalize(i) in lead for i in items)


def markdown_tables(answer_text: str) -> list[list[list[str]]]:
    """Each Markdown table in the text as its body rows (header and |---| separator dropped), cells stripped."""
    tables: list[list[list[str]]] = []
    block: list[str] = []
    for line in answer_text.splitlines() + [""]:
        if line.strip().startswith("|"):
            block.append(line.strip())
            continue
        if len(block) >= 2 and re.fullmatch(r"\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?", block[1]):
            rows = [[c.strip() for c in row.strip("|").split("|")] for row in block[2:]]
            tables.append(rows)
        block = []
    return tables


def comparison_table_ok(answer_text: str, places: Sequence[str]) -> bool:
    """A Markdown table with exactly one body row per named place (the place named in the row's first cell)."""
    for rows in markdown_tables(answer_text):
        firsts = [normalize(r[0]) if r else "" for r in rows]
        if all(sum(normalize(p) in f for f in firsts) == 1 for p in places):
            return True
    return False


_ATTRIBUTION = re.compile(r"^\s*(?:[-*]\s*)?\**借鉴[^::]{1,30}[::]")


def is_attributed(item_text: str) -> bool:
    """Plan items that open with "借鉴X:" quote another place on purpose."""
    return bool(_ATTRIBUTION.match(item_text))


def names_place(text: str, place_terms: Iterable[str]) -> list[str]:
    """The place terms (case places and their self-references) that occur in a text."""
    got = normalize(text)
    return sorted({t for t in place_terms if normalize(t) in got})
