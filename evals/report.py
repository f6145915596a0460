"""Markdown report with both splits, per-retriever tables, the baseline, failures, and a PNG chart."""

from __future__ import annotations

from pathlib import Path
from typing import Any

ORDER = ["hit@1", "hit@5", "mrr", "recall@5", "citation_precision", "citation_recall", "case_attribution",
         "irrelevant_case_rate", "numeric_faithfulness", "abstention_accuracy", "false_abstention",
         "plan_section_coverage", "plan_distinct_cases", "plan_citation_precision", "latency_p50_ms", "latency_p95_ms"]


def _fmt(v: float) -> str:
    return f"{v:.1f}" if abs(v) >= 10 else f"{v:.3f}"


def summary_table(result: dict[str, Any]) -> str:
    splits = list(result["summary"])
    lines = ["| metric | " + " | ".join(splits) + " |", "|---|" + "---|" * len(splits)]
    for m in ORDER:
        if any(m in result["summary"][s] for s in splits):
            lines.append(f"| {m} | " + " | ".join(_fmt(result["summary"][s].get(m, float('nan'))) for s in splits) + " |")
    return "\n".join(lines)


def retriever_table(result: dict[str, Any]) -> str:
    lines = ["| split | retriever | hit@1 | hit@3 | hit@5 | MRR | recall@5 |", "|---|---|---|---|---|---|---|"]
    for split, by in result["retrievers"].items():
        for name in sorted(by, key=lambda n: (n.startswith("llama"), n != "fused", n)):
            m = by[name]
            lines.append(f"| {split} | {name} | {m['hit@1']:.3f} | {m['hit@3']:.3f} | {m['hit@5']:.3f} | {m['mrr']:.3f} | {m['recall@5']:.3f} |")
    return "\n".join(lines)


def write_chart(result: dict[str, Any], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    metrics = [m for m in ORDER if "latency" not in m and m != "plan_distinct_cases"
               and any(m in result["summary"][s] for s in result["summary"])]
    splits = list(result["summary"])
    fig, ax = plt.subplots(figsize=(11, 4.5))
    width = 0.8 / max(len(splits), 1)
    for k, split in enumerate(splits):
        ax.bar([i + k * width for i in range(len(metrics))], [result["summary"][split].get(m, 0) for m in metrics], width, label=split)
    ax.set_xticks([i + width * (len(splits) - 1) / 2 for i in range(len(metrics))], metrics, rotation=35, ha="right", fontsize=8)
    ax.set_ylim(0, 1.05)
    ax.set_title(f"eval metrics ({result['engine']} engine)")
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def write_report(result: dict[str, Any], path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    chart = path.with_suffix(".png")
    write_chart(result, chart)
    lines = [
        f"# Eval report — {result['engine']} engine, split {result['split']}",
        "",
        f"Embedding: {result['embedding']}. Questions: " + ", ".join(f"{k} {v}" for k, v in result["counts"].items())
        + f". Run time {result['seconds']:.1f} s.",
        "",
        "## Summary (both splits)",
        "",
        summary_table(result),
        "",
        f"![metrics]({chart.name})",
        "",
        "## Retrieval per ranker, fused, and the stock llama-index baseline",
        "",
        retriever_table(result),
        "",
        "## Thresholds",
        "",
        "\n".join(f"- ❌ {b}" for b in result["threshold_failures"]) or "All thresholds met.",
        "",
        f"## Failures ({len(result['failures'])})",
        "",
    ]
    if result["failures"]:
        lines += ["| split | id | type | question | expected | got | problems |", "|---|---|---|---|---|---|---|"]
        for f in result["failures"]:
            cells = [f["split"], f["id"], f["type"], f["question"], f["expected"], f["got"], f["problems"]]
            lines.append("| " + " | ".join(str(c).replace("|", "\\|").replace("\n", " ") for c in cells) + " |")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
