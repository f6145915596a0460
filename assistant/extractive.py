"""The offline answer engine: the question's best sentences from the retrieved passages, each cited.

Sentences are quoted verbatim, so every citation is exact; they are grouped by case (comparative
questions get one short paragraph per case) and kept in document order within a case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.chunk import sentence_spans

from .schema import Passage
from .text import asks_number, bigrams, numbers, strip_question

MAX_SENTENCES = 4
MAX_PER_CASE_COMPARATIVE = 2
MAX_CASES_COMPARATIVE = 5
MIN_SENTENCE_CHARS = 8
MAX_LIST_ITEMS = 6
MIN_UNTERMINATED_CHARS = 30
LIST_Q_RE = re.compile(r"哪几|几种|几类|几个方面|哪些方面|有哪些")
TERMINAL_RE = re.compile(r"[。!?;!?;][”’」』)》\"']*$")
# Enumerators that make no sense out of their list: "3 .", "(2)", "二、", "5." (but not 第一阶段).
ENUM_RE = re.compile(r"(?:\d{1,2}\s*[.、.))]|[((][\d一二三四五六七八九十]{1,2}[))]|[一二三四五六七八九十]{1,2}[、.])\s*")


@dataclass
class Candidate:
    passage_no: int  # 1-based position in the passages given to the engine
    case_id: str
    start: int  # absolute offset in the case file
    text: str
    score: float
    coverage: float
    item_title: bool = False  # opens an enumerated item under a heading that matches a "有哪几种" question


def candidates(question: str, passages: list[Passage], named_cases: set[str]) -> list[Candidate]:
    topic = bigrams(strip_question(question) or question)
    wants_number = asks_number(question)
    seen: set[tuple[str, int]] = set()
    out: list[Candidate] = []
    wants_list = bool(LIST_Q_RE.search(question))
    for no, p in enumerate(passages, 1):
        c = p.chunk
        section = c.heading.split(" > ")[-1]
        heading_cov = len(topic & bigrams(section)) / len(topic) if topic else 0.0
        for s, e in sentence_spans(c.text):
            enum = ENUM_RE.match(c.text, s, e)
            if enum:
                s = enum.end()
            text = c.text[s:e]
            key = (c.case_id, c.start + s)
            # An item title opening a paragraph ("帮扶式共同体。") answers "有哪几种…" under a matching heading.
            item_title = wants_list and heading_cov > 0 and len(text) <= 20 and (s == 0 or c.text[s - 1] == "\n" or enum is not None)
            if key in seen or len(text) < (4 if item_title else MIN_SENTENCE_CHARS):
                continue
            if not TERMINAL_RE.search(text) and len(text) < MIN_UNTERMINATED_CHARS:
                continue  # captions and headings ("城关初中校长杨伟军") are not statements
            seen.add(key)
            cov = len(topic & bigrams(text)) / len(topic) if topic else 0.0
            score = cov + 0.25 / no + 0.4 * heading_cov + (0.35 if item_title and TERMINAL_RE.search(text) else 0.0)
            if wants_number and numbers(text):
                score += 0.15
            if c.case_id in named_cases:
                score += 0.2
            out.append(Candidate(no, c.case_id, c.start + s, text, score, cov, item_title and bool(TERMINAL_RE.search(text))))
    out.sort(key=lambda x: -x.score)
    return out


def _similar(a: str, b: str) -> bool:
    x, y = bigrams(a), bigrams(b)
    return bool(x and y) and len(x & y) / min(len(x), len(y)) > 0.7


def select(question: str, passages: list[Passage], named_cases: set[str], comparative: bool) -> list[Candidate]:
    pool = candidates(question, passages, named_cases)
    if not pool:
        return []
    floor = max(0.15, pool[0].score * (0.35 if comparative else 0.45))
    chosen: list[Candidate] = []
    per_case: dict[str, int] = {}
    # A comparison wants several places, not one document's list.
    titles = [] if comparative else [c for c in pool if c.item_title]
    if named_cases:
        titles = [c for c in titles if c.case_id in named_cases]  # a list from the place asked about, or none
    if titles:
        # "有哪几种模式?": every item of the best-matching list, each with the sentence that explains it.
        best_case = titles[0].case_id
        same_case = sorted((c for c in pool if c.case_id == best_case), key=lambda c: c.start)
        for t in sorted({t.start: t for t in titles if t.case_id == best_case}.values(), key=lambda c: c.start)[:MAX_LIST_ITEMS]:
            chosen.append(t)
            # The explaining sentence follows the title (it may sit in the next, overlapping chunk).
            description = next((c for c in same_case if c.start > t.start and not c.item_title), None)
            if description is not None and description.start - (t.start + len(t.text)) <= 4 and description not in chosen:
                chosen.append(description)
        per_case[best_case] = len(chosen)
        return chosen
    if comparative:
        for case_id in named_cases:  # a comparison names its places: each gets its best sentence
            best = next((c for c in pool if c.case_id == case_id), None)
            if best is not None:
                chosen.append(best)
                per_case[case_id] = 1
    has_named = any(c.case_id in named_cases for c in pool)
    for cand in pool:
        if cand in chosen:
            continue
        if cand.score < floor and chosen:
            break
        if any(_similar(cand.text, c.text) for c in chosen):
            continue
        if comparative:
            if per_case.get(cand.case_id, 0) >= MAX_PER_CASE_COMPARATIVE:
                continue
            if cand.case_id not in per_case and len(per_case) >= MAX_CASES_COMPARATIVE:
                continue
        elif named_cases and cand.case_id not in named_cases and has_named:
            continue  # a question about one place is answered from that place
        chosen.append(cand)
        per_case[cand.case_id] = per_case.get(cand.case_id, 0) + 1
        if len(chosen) >= (MAX_SENTENCES * 2 if comparative else MAX_SENTENCES):
            break
    return chosen


def _terminated(text: str) -> str:
    """End a sentence that the source left open, so the next one does not run into it."""
    return text if TERMINAL_RE.search(text) else text.rstrip(",,、::") + "。"


def compose(question: str, passages: list[Passage], named_cases: set[str], comparative: bool) -> tuple[str, list[Candidate]]:
    """Markdown with `[n]` markers (n = passage position); empty when nothing on topic was found."""
    chosen = select(question, passages, named_cases, comparative)
    if not chosen:
        return "", []
    order: list[str] = []
    for c in chosen:  # cases in order of their best sentence
        if c.case_id not in order:
            order.append(c.case_id)
    by_case = {p.chunk.case_id: p.chunk for p in passages}
    blocks: list[str] = []
    for case_id in order:
        sents = sorted((c for c in chosen if c.case_id == case_id), key=lambda c: c.start)
        chunk = by_case[case_id]
        label = f"**{chunk.name}** ·《{chunk.title}》"
        body = "".join(("\n- " if c.item_title else "") + f"{_terminated(c.text)}[{c.passage_no}]" for c in sents).lstrip("\n")
        blocks.append(f"{label}\n\n{body}")
    return "\n\n".join(blocks), chosen
