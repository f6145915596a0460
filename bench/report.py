"""Markdown tables from bench/out/*.json (what bench/RESULTS.md quotes).

    python -m bench.report bench/out/run-....json [more.json ...]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from .run import fmt, table


def growth(results: list[dict]) -> str:
    """How each cost grows from the smallest to each larger scale (ratio of values; chunks grow ~linearly)."""
    base = results[0]
    lines = ["| cost | " + " | ".join(f"{r['scale']}x / {base['scale']}x" for r in results[1:]) + " |",
             "|---|" + "---|" * (len(results) - 1)]

    def ratio(label: str, get) -> None:
        cells = []
        for r in results[1:]:
            try:
                cells.append(f"{get(r) / get(base):.1f}×")
            except (KeyError, TypeError, ZeroDivisionError):
                cells.append("—")
        lines.append(f"| {label} | " + " | ".join(cells) + " |")

    ratio("chunks", lambda r: r["ours"]["ingest"]["chunks"])
    ratio("lexical ready s", lambda r: r["ours"]["ingest"]["lexical_seconds"])
    ratio("dense-path non-model s", lambda r: r["ours"]["ingest"]["dense_non_model_seconds"])
    ratio("retrieve p50", lambda r: r["ours"]["retrieve"]["p50_ms"])
    ratio("retrieve p95", lambda r: r["ours"]["retrieve"]["p95_ms"])
    ratio("answer p50", lambda r: r["ours"]["answer"]["p50_ms"])
    ratio("answer p95", lambda r: r["ours"]["answer"]["p95_ms"])
    ratio("Assistant.load s, first start", lambda r: r["startup"]["first_load_seconds"])
    ratio("Assistant.load s, restart", lambda r: r["startup"]["load_seconds"])
    ratio("serving peak RSS", lambda r: r["memory"]["serving_peak_rss_mb"])
    ratio("build+query peak RSS", lambda r: r["memory"]["worker_peak_rss_mb"])
    return "\n".join(lines)


def targets_md(data: dict) -> str:
    lines = ["| target | value | limit | met |", "|---|---|---|---|"]
    for t in data["targets"]:
        met = "n/a" if t["met"] is None else ("**yes**" if t["met"] else "**NO**")
        lines.append(f"| {t['target']} | {fmt(t['value'], 1)} {t['unit']} | < {t['limit']:g} {t['unit']} | {met} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    for path in map(Path, argv if argv is not None else sys.argv[1:]):
        data = json.loads(path.read_text(encoding="utf-8"))
        m = data["meta"]["machine"]
        print(f"### {path.name}\n")
        print(f"{m['cpu_model']}, {m['cores']} cores, {m['ram_gb']} GB, Python {m['python']}, commit {m['git_commit']}; "
              f"load average {data['meta']['loadavg_start'][0]:.1f} at start, {data['meta']['loadavg_end'][0]:.1f} at end; "
              f"{data['meta']['started']} → {data['meta']['finished']}\n")
        print(table(data["scales"]) + "\n")
        if len(data["scales"]) > 1:
            print(growth(data["scales"]) + "\n")
        print(targets_md(data) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
