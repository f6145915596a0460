"""Markdown report of a generalisation-set run: one table per split (rows = categories), plans, failures."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .gen import METRICS


def _cell(value: Any, metric: str) -> str:
    if value is None:
        return "–"
    if isinstance(value, str):
        return value
    if metric == "n":
        return str(int(value))
    return f"{value:.1f}" if metric.endswith("_ms") else f"{value:.2f}"


def _esc(text: Any) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def category_table(cats: dict[str, dict[str, Any]]) -> str:
    """Rows = categories (then "all"), columns = every metric; "–" where a metric does not apply."""
    lines = ["| category | " + " | ".join(METRICS) + " |", "|---|" + "---|" * len(METRICS)]
    for cat, metrics in cats.items():
        lines.append(f"| {cat} | " + " | ".join(_cell(metrics.get(m), m) for m in METRICS) + " |")
    return "\n".join(lines)


# Result key -> how the report names the labelled-sentence set.
PLAN_SECTION_SETS = (("plan_sections", "dev"), ("plan_sections_heldout", "held-out"),
                     ("plan_sections_heldout2", "held-out 2"), ("plan_sections_heldout3", "held-out 3"))
LABEL_ORDER = ("指导思想", "工作目标", "主要任务与举措", "实施步骤", "保障措施", "评估指标", "背景")


def confusion_table(confusion: dict[str, dict[str, int]]) -> str:
    """Rows = labelled section, columns = the section `classify_section` gave (only labels that occur)."""
    labels = [lb for lb in LABEL_ORDER if lb in confusion or any(lb in row for row in confusion.values())]
    lines = ["| labelled \\ placed | " + " | ".join(labels) + " | recall |", "|---|" + "---|" * (len(labels) + 1)]
    for want in labels:
        row = confusion.get(want, {})
        total = sum(row.values())
        recall = f"{row.get(want, 0) / total:.2f}" if total else "–"
        lines.append(f"| {want} | " + " | ".join(str(row.get(got, 0)) for got in labels) + f" | {recall} |")
    return "\n".join(lines)


def _section_parts(name: str, sec: dict[str, Any] | None) -> list[str]:
    if sec is None:
        return []
    acc = sec["accuracy"]
    lines = [f"Section accuracy on {sec['n']} labelled sentences, {name} (`assistant.plan.classify_section`): "
             + (acc if isinstance(acc, str) else f"{acc:.2f}") + "."]
    if sec.get("confusion"):
        lines += ["", confusion_table(sec["confusion"])]
    lines += [""] + [f"- {_esc(w['id'])} expected {w['expected']}, got {_esc(w['got'])}: {_esc(w['text'])}" for w in sec["wrong"]]
    return lines + [""]


def plan_table(result: dict[str, Any]) -> str:
    lines = ["| topic | profile | items naming another case's place | empty sections | sections without a cited item |",
             "|---|---|---|---|---|"]
    for p in result["plans"]:
        lines.append(f"| {_esc(p['topic'])} | {_esc(p['profile'] or '(none)')} | {p['place_leaks']} | "
                     f"{'、'.join(p['empty_sections']) or '0'} | {'、'.join(p['uncited_sections']) or '0'} |")
    return "\n".join(lines)


def summary_text(result: dict[str, Any]) -> str:
    """What the console shows: the per-category table of each split and the plan figures."""
    parts = []
    for split, cats in result["tables"].items():
        parts += [f"## {split}", "", category_table(cats), ""]
    for key, name in PLAN_SECTION_SETS:
        sec = result.get(key)
        if sec is not None:
            acc = sec["accuracy"]
            parts.append(f"plan section accuracy, {name}: {acc if isinstance(acc, str) else f'{acc:.2f}'} ({sec['n']} labelled sentences)")
    if result.get("plan_summary"):
        s = result["plan_summary"]
        parts.append(f"plans: {s['plans']}, items naming another case's place: {s['place_leaks']}, empty sections: {s['empty_sections']}")
    return "\n".join(parts)


def write_gen_report(result: dict[str, Any], path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [
        f"# Generalisation-set report — {result['engine']} engine, split {result['split']}",
        "",
        f"Embedding: {result['embedding']}. Items: " + ", ".join(f"{k} {v}" for k, v in result["counts"].items())
        + f". Run time {result['seconds']:.1f} s. Metric definitions: `evals/README.md`.",
        "",
    ]
    for split, cats in result["tables"].items():
        lines += [f"## Split `{split}`", "", category_table(cats), ""]
    lines += ["## Plans", ""]
    for key, name in PLAN_SECTION_SETS:
        lines += _section_parts(name, result.get(key))
    if result.get("plans"):
        lines += [plan_table(result), ""]
        lines += [f"- {_esc(p['topic'])} / {_esc(p['profile'] or '(none)')} · {leak['section']} · "
                  f"{'、'.join(leak['places'])}: {_esc(leak['text'])}" for p in result["plans"] for leak in p["leaks"]]
        lines.append("")
    lines += ["## Against the `[gen]` thresholds (reported, not enforced)", ""]
    lines.append("\n".join(f"- {n}" for n in result.get("threshold_notes", [])) or "All `[gen]` thresholds met.")
    lines += ["", f"## Failures ({len(result['failures'])})", ""]
    if result["failures"]:
        lines += ["| split | id | category | question | problems | answer (start) |", "|---|---|---|---|---|---|"]
        for f in result["failures"]:
            cat = f["category"] + (f"/{f['subtype']}" if f.get("subtype") else "")
            lines.append("| " + " | ".join(_esc(c) for c in (f["split"], f["id"], cat, f["question"], f["problems"], f["answer"])) + " |")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
