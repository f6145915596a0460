"""Latency and memory against corpus size, log-log, from `bench.run` JSON files (the RESULTS.md figure).

    python -m bench.plot bench/out/a.json [b.json …] --out bench/out/scaling.png

Every scale of every file is one point; lexical-only runs are drawn apart from runs with the dense side.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def points(files: list[Path]) -> dict[str, list[tuple[int, dict[str, Any]]]]:
    """Series name ("with dense" / "lexical only") -> (scale, result) sorted by scale."""
    series: dict[str, list[tuple[int, dict[str, Any]]]] = {}
    for f in files:
        for r in json.loads(f.read_text(encoding="utf-8"))["scales"]:
            name = "lexical only" if r["ours"].get("mode") == "lexical" else "with dense"
            series.setdefault(name, []).append((r["scale"], r))
    return {k: sorted(v, key=lambda t: t[0]) for k, v in series.items()}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.plot", description=__doc__.split("\n\n")[0])
    p.add_argument("files", nargs="+", type=Path)
    p.add_argument("--out", type=Path, default=Path("bench/out/scaling.png"))
    a = p.parse_args(argv)
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    series = points(a.files)
    fig, (lat, mem) = plt.subplots(1, 2, figsize=(11, 4.2))
    for name, pts in series.items():
        xs = [s for s, _ in pts]
        style = "-o" if name == "with dense" else "--s"
        lat.plot(xs, [r["ours"]["retrieve"]["p95_ms"] for _, r in pts], style, label=f"retrieval p95 ({name})")
        lat.plot(xs, [r["ours"]["answer"]["p95_ms"] for _, r in pts], style, label=f"full answer p95 ({name})")
        mem.plot(xs, [max(v for k, v in r["memory"].items() if v is not None and k != "chroma_server_peak_rss_mb") for _, r in pts],
                 style, label=f"peak RSS ({name})")
    for ax, title, unit in ((lat, "Latency", "ms"), (mem, "Peak memory", "MB")):
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_xlabel("corpus size (× the 10 real cases)")
        ax.set_ylabel(unit)
        ax.set_title(title)
        ax.grid(True, which="both", alpha=0.3)
        ax.legend(fontsize=8)
    fig.tight_layout()
    a.out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(a.out, dpi=110)
    print(a.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
