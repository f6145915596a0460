"""Metric definitions (see evals/README.md): retrieval, citations, attribution, numbers, abstention, plans."""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from index.clean import normalize
from index.settings import REPO_ROOT

from assistant.schema import Answer
from assistant.text import numbers

ANSWERABLE = ("fact", "numeric", "cross-case", "follow-up")


@lru_cache(maxsize=64)
def file_text(source: str) -> str:
    path = Path(source)
    path = path if path.is_absolute() else REPO_ROOT / path
    return path.read_text(encoding="utf-8")


@dataclass(frozen=True)
class Span:
    case_id: str
    start: int
    end: int


def evidence_spans(item: dict, cases_dir: Path) -> list[Span]:
    """Where each gold evidence string sits in its case file (first occurrence per listed case)."""
    spans = []
    for ev in item.get("evidence", []):
        for case_id in item.get("cases", []):
            text = file_text(str(cases_dir / f"{case_id}.md"))
            i = text.find(ev)
            if i >= 0:
                spans.append(Span(case_id, i, i + len(ev)))
                break
    return spans


def hits(chunk_spans: list[Span], gold: list[Span]) -> list[bool]:
    """Per ranked chunk: does it contain (most of) a gold evidence span?"""
    out = []
    for c in chunk_spans:
        ok = False
        for g in gold:
            if c.case_id == g.case_id:
                inter = min(c.end, g.end) - max(c.start, g.start)
                if inter >= 0.5 * (g.end - g.start):
                    ok = True
                    break
        out.append(ok)
    return out


def retrieval_scores(ranked: list[Span], gold: list[Span]) -> dict[str, float]:
    h = hits(ranked, gold)
    first = next((i for i, x in enumerate(h) if x), None)
    found5 = sum(1 for g in gold if any(hits([c], [g])[0] for c in ranked[:5]))
    return {
        "hit@1": float(bool(h[:1] and h[0])),
        "hit@3": float(any(h[:3])),
        "hit@5": float(any(h[:5])),
        "mrr": 1.0 / (first + 1) if first is not None else 0.0,
        "recall@5": found5 / len(gold) if gold else 0.0,
    }


@dataclass
class AnswerCheck:
    citations: int = 0
    citations_ok: int = 0
    claims: int = 0
    claims_supported: int = 0
    numbers: int = 0
    numbers_ok: int = 0
    bad_citations: list[str] = field(default_factory=list)


def check_answer(answer: Answer) -> AnswerCheck:
    """Verbatim quotes (against the file on disk), supported sentences, numbers found in cited passages."""
    chk = AnswerCheck()
    passages = {p.chunk_id: p.text for p in answer.retrieved}
    for c in answer.citations:
        chk.citations += 1
        verbatim = file_text(c.source)[c.start:c.end] == c.quote
        if verbatim and c.supported:
            chk.citations_ok += 1
        else:
            chk.bad_citations.append(f"[{c.n}] {c.case_id} verbatim={verbatim} supported={c.supported}: {c.sentence[:40]}")
    for claim in answer.claims:
        chk.claims += 1
        chk.claims_supported += int(claim.supported)
        cited = normalize("".join(passages.get(c.chunk_id, "") for c in answer.citations if c.sentence == claim.text))
        found = set(numbers(cited))
        for n in numbers(claim.text):
            chk.numbers += 1
            chk.numbers_ok += int(n in found)
    return chk


def attribution(answer: Answer, item: dict) -> tuple[bool, bool]:
    """(cited cases include the expected ones, cites a case that is not expected)."""
    cited = {c.case_id for c in answer.citations}
    expected = set(item.get("cases", []))
    if item["type"] == "cross-case":
        ok = len(cited & expected) >= min(2, len(expected))
    else:
        ok = bool(cited & expected)
    return ok, bool(cited - expected)


def percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]
