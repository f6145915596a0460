"""Run the gold set through retrieval, answers and plans; report both splits and the baseline; enforce thresholds."""

from __future__ import annotations

import json
import time
import tomllib
from collections import defaultdict
from pathlib import Path
from typing import Any

from assistant import Assistant
from assistant.schema import Message
from index.backends import make_cache
from index.settings import REPO_ROOT, Settings

from .metrics import ANSWERABLE, Span, attribution, check_answer, evidence_spans, percentile, retrieval_scores

GOLD_DIR = Path(__file__).parent / "gold"
THRESHOLDS = Path(__file__).parent / "thresholds.toml"
SPLITS = ("dev", "heldout")
REQUIRED_SECTIONS = ("指导思想", "工作目标", "主要任务与举措", "实施步骤", "保障措施")


def load_gold(split: str) -> list[dict]:
    names = SPLITS if split == "all" else (split,)
    items = []
    for name in names:
        path = GOLD_DIR / f"{name}.jsonl"
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                item = json.loads(line)
                item["split"] = name
                item["_where"] = f"{path.name}:{lineno}"
                items.append(item)
    return items


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def eval_retrieval(assistant: Assistant, items: list[dict], baseline: Any | None) -> dict[str, dict[str, dict[str, float]]]:
    """split -> retriever -> metric, for answerable questions (follow-ups use their rewritten question)."""
    r = assistant.retriever
    row = r.lexical.row
    per: dict[str, dict[str, list[dict[str, float]]]] = defaultdict(lambda: defaultdict(list))
    for item in items:
        if item["type"] not in ANSWERABLE:
            continue
        gold = evidence_spans(item, assistant.settings.cases_dir)
        if not gold:
            continue
        history = [Message(**m) for m in item.get("history", [])]
        query = assistant.rewrite(item["q"], history)
        rankings = {k: [_span(r.chunks[row[c]]) for c in v] for k, v in r.rankings(query).items()}
        rankings["fused"] = [_span(p.chunk) for p in r.retrieve(query, top_k=10)]
        if baseline is not None:
            rankings.update(baseline.rankings(query))
        for name, ranked in rankings.items():
            per[item["split"]][name].append(retrieval_scores(ranked, gold))
    return {split: {name: {m: _mean([s[m] for s in scores]) for m in scores[0]} for name, scores in by.items()} for split, by in per.items()}


def _span(chunk) -> Span:
    return Span(chunk.case_id, chunk.start, chunk.end)


def eval_answers(assistant: Assistant, items: list[dict]) -> tuple[dict[str, dict[str, float]], list[dict]]:
    acc: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    failures: list[dict] = []
    for item in items:
        if item["type"] == "plan":
            continue
        t0 = time.perf_counter()
        answer = assistant.ask(item["q"], history=item.get("history"))
        latency = time.perf_counter() - t0
        a = acc[item["split"]]
        a["latency"].append(latency)
        problems = []
        if item["type"] == "unanswerable":
            a["abstention_accuracy"].append(float(answer.abstained))
            if not answer.abstained:
                problems.append("answered an unanswerable question")
        else:
            a["false_abstention"].append(float(answer.abstained))
            if answer.abstained:
                problems.append("abstained on an answerable question")
            else:
                ok, stray = attribution(answer, item)
                a["case_attribution"].append(float(ok))
                a["irrelevant_case"].append(float(stray))
                if not ok:
                    problems.append("expected case(s) not cited")
        chk = check_answer(answer)
        a["_citations"].append(chk.citations)
        a["_citations_ok"].append(chk.citations_ok)
        a["_claims"].append(chk.claims)
        a["_claims_ok"].append(chk.claims_supported)
        a["_numbers"].append(chk.numbers)
        a["_numbers_ok"].append(chk.numbers_ok)
        if chk.bad_citations:
            problems.append("bad citations: " + "; ".join(chk.bad_citations[:3]))
        if chk.claims_supported < chk.claims:
            problems.append(f"{chk.claims - chk.claims_supported} unsupported sentence(s)")
        if problems:
            failures.append({
                "split": item["split"], "id": item.get("id", item["_where"]), "type": item["type"], "question": item["q"],
                "expected": ", ".join(item.get("cases", [])) or "(abstain)",
                "got": ("(abstained) " if answer.abstained else "") + ", ".join(sorted({c.case_id for c in answer.citations})),
                "problems": "; ".join(problems), "answer": answer.answer[:300],
            })
    out: dict[str, dict[str, float]] = {}
    for split, a in acc.items():
        def ratio(num: str, den: str) -> float:
            d = sum(a[den])
            return sum(a[num]) / d if d else 1.0

        out[split] = {
            "citation_precision": ratio("_citations_ok", "_citations"),
            "citation_recall": ratio("_claims_ok", "_claims"),
            "case_attribution": _mean(a["case_attribution"]),
            "irrelevant_case_rate": _mean(a["irrelevant_case"]),
            "numeric_faithfulness": ratio("_numbers_ok", "_numbers"),
            "abstention_accuracy": _mean(a["abstention_accuracy"]),
            "false_abstention": _mean(a["false_abstention"]),
            "latency_p50_ms": percentile(a["latency"], 50) * 1000,
            "latency_p95_ms": percentile(a["latency"], 95) * 1000,
            "questions": float(len(a["latency"])),
        }
    return out, failures


def eval_plans(assistant: Assistant, items: list[dict]) -> tuple[dict[str, dict[str, float]], list[dict]]:
    acc: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    failures = []
    for item in items:
        if item["type"] != "plan":
            continue
        t0 = time.perf_counter()
        plan = assistant.draft_plan(item["q"], item.get("profile"))
        a = acc[item["split"]]
        a["latency"].append(time.perf_counter() - t0)
        filled = [s.heading for s in plan.sections if any(not i.suggestion for i in s.items)]
        coverage = sum(h in filled for h in REQUIRED_SECTIONS) / len(REQUIRED_SECTIONS)
        cited = plan.cited_cases()
        from .metrics import file_text

        cits = [c for s in plan.sections for i in s.items for c in i.citations]
        ok = [c for c in cits if file_text(c.source)[c.start:c.end] == c.quote and c.supported]
        a["section_coverage"].append(coverage)
        a["distinct_cases"].append(float(len(cited)))
        a["_c"].append(len(cits))
        a["_ok"].append(len(ok))
        if coverage < 1 or len(cited) < 3 or len(ok) < len(cits):
            failures.append({"split": item["split"], "id": item.get("id", item["_where"]), "type": "plan", "question": item["q"],
                             "expected": "all sections, >=3 cases", "got": f"coverage {coverage:.2f}, cases {cited}",
                             "problems": f"{len(cits) - len(ok)} bad citations" if len(ok) < len(cits) else "coverage/cases", "answer": ""})
    out = {
        split: {
            "plan_section_coverage": _mean(a["section_coverage"]),
            "plan_distinct_cases": _mean(a["distinct_cases"]),
            "plan_citation_precision": sum(a["_ok"]) / sum(a["_c"]) if sum(a["_c"]) else 1.0,
            "plan_latency_p50_ms": percentile(a["latency"], 50) * 1000,
        }
        for split, a in acc.items()
    }
    return out, failures


def load_thresholds() -> dict[str, dict[str, float]]:
    return tomllib.loads(THRESHOLDS.read_text(encoding="utf-8"))


def check_thresholds(summary: dict[str, dict[str, float]], thresholds: dict[str, dict[str, float]]) -> list[str]:
    """Messages for every metric of every split outside its bound."""
    broken = []
    for split, metrics in summary.items():
        for name, bound in thresholds.get("min", {}).items():
            if name in metrics and metrics[name] < bound:
                broken.append(f"{split}: {name} = {metrics[name]:.3f} < {bound}")
        for name, bound in thresholds.get("max", {}).items():
            if name in metrics and metrics[name] > bound:
                broken.append(f"{split}: {name} = {metrics[name]:.3f} > {bound}")
    return broken


def engine_settings(engine: str, settings: Settings | None = None) -> Settings:
    """Settings for an eval run with the chosen engine (the offline one ignores any configured LLM)."""
    settings = settings or Settings()
    if engine == "extractive":
        settings.llm.base_url = ""
    elif not settings.llm.base_url:
        raise SystemExit("--engine llm needs JY_LLM__BASE_URL (an OpenAI-compatible endpoint)")
    return settings


def run(split: str = "all", engine: str = "extractive", baseline: bool = True, settings: Settings | None = None,
        plans: bool = True) -> dict[str, Any]:
    settings = engine_settings(engine, settings)
    t0 = time.perf_counter()
    assistant = Assistant.load(settings)
    items = load_gold(split)
    base = None
    if baseline:
        from .baseline import StockLlamaIndex

        embedder = assistant.retriever.embedder
        base = StockLlamaIndex(settings.cases_dir, embedder, make_cache(settings) if embedder else None)
    retrieval = eval_retrieval(assistant, items, base)
    answers, failures = eval_answers(assistant, items)
    plan_metrics, plan_failures = eval_plans(assistant, items) if plans else ({}, [])
    summary: dict[str, dict[str, float]] = {}
    for split_name in sorted({i["split"] for i in items}):
        merged = {k: v for k, v in retrieval.get(split_name, {}).get("fused", {}).items()}
        merged.update(answers.get(split_name, {}))
        merged.update(plan_metrics.get(split_name, {}))
        summary[split_name] = merged
    broken = check_thresholds(summary, load_thresholds())
    return {
        "split": split, "engine": engine, "embedding": assistant.status()["embedding"],
        "summary": summary, "retrievers": retrieval, "failures": failures + plan_failures,
        "threshold_failures": broken, "seconds": time.perf_counter() - t0,
        "counts": {s: sum(1 for i in items if i["split"] == s) for s in SPLITS if any(i["split"] == s for i in items)},
    }
