"""Scaling benchmark: ingestion, query latency, start-up and memory at 1x/10x/100x, with stock llama-index alongside.

    python -m bench.run [--scales 1,10,100] [--server] [--quick] [--lexical-only] [--no-llama] [--out bench/out/x.json]

For each scale, from scratch in a temp dir (corpus from `bench.synth`, fresh Chroma, empty embedding cache):

* ours (one subprocess, so its peak RSS is its own): `build_index` timed as "lexical ready"
  (`BuildReport.seconds_lexical`: chunks stored, lexical retrieval can answer), "dense ready"
  (`seconds_dense`: every chunk vector stored) and the total (`seconds_total`: the sentence vectors too); then `Assistant.load` and ~50 questions (`bench.questions`), each timed for
  `assistant.retriever.retrieve(q)` and for a full offline `assistant.ask(q, history)`.
  Dense at scales above `--dense-real-max` (default 10) re-uses the 1x vectors (`bench.vectors`):
  everything but the model runs for real and the model time is *extrapolated* from the throughput
  measured at the largest real scale (labelled `extrapolated` in the JSON and tables).
  At 1x a second, build-only subprocess measures indexing with a warm embedding cache (a copy of the
  repo's .embed-cache), which is what a user re-indexing on the same machine sees.
* start-up: a fresh `python` that imports the assistant and runs `Assistant.load(settings)` on the
  existing index (and answers one retrieval), timed from spawn; then `python app.py` (if it exists)
  timed from spawn until it answers HTTP on 127.0.0.1.
* llama-index (another subprocess): `bench.llama_side` — VectorStoreIndex over ChromaVectorStore with
  the same model, and BM25Retriever; ingestion time and retrieval latency.

`--server` runs everything against a real `chroma run` server (one per scale, on a free loopback port).
Jobs live apart: `bench.procs` (processes, ports, HTTP readiness), `bench.workers` (the measuring processes),
`bench.measure` (one scale), `bench.stats` (percentiles), `bench.report` (targets and tables); this module is the CLI.
Results: a table on stdout and JSON in bench/out/. `--quick` (smoke test): 8 questions, warm cache,
llama-index with stub vectors, one start-up sample, no app.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from .measure import run_scale
from .procs import REPO, machine
from .report import fmt, table, targets

OUT_DIR = REPO / "bench" / "out"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n\n")[0])
    p.add_argument("--scales", default="1,10,100", help="comma-separated corpus multipliers")
    p.add_argument("--server", action="store_true", help="use a `chroma run` server instead of the embedded store")
    p.add_argument("--quick", action="store_true", help="smoke mode: 8 questions, warm cache, stub llama vectors, no app")
    p.add_argument("--questions", type=int, default=50)
    p.add_argument("--dense-real-max", type=int, default=10, help="largest scale embedded for real; above it vectors are re-used")
    p.add_argument("--llama-real-max", type=int, default=10, help="largest scale llama-index embeds for real")
    p.add_argument("--ref-throughput", type=float, default=2.0, help="passages/s for extrapolation if no real scale ran")
    p.add_argument("--ref-from", type=Path, help="take throughput/noise calibration from an earlier run's JSON (meta.reference)")
    p.add_argument("--app-restarts", type=int, default=1, help="app.py restart samples per scale (median reported)")
    p.add_argument("--no-llama", action="store_true", help="skip the stock llama-index side")
    p.add_argument("--lexical-only", action="store_true", help="no dense side: ingestion, retrieval, answers and start-up lexical only")
    p.add_argument("--keep", action="store_true", help="keep the temp dirs")
    p.add_argument("--timeout", type=float, default=7200)
    p.add_argument("--out", type=Path, help="JSON path (default bench/out/run-<time>.json)")
    a = p.parse_args(argv)

    scales = sorted(int(s) for s in a.scales.split(",") if s.strip())
    started = time.strftime("%Y-%m-%dT%H:%M:%S")
    meta = {"machine": machine(), "started": started, "argv": sys.argv[1:], "loadavg_start": os.getloadavg(),
            "note": "2 cores shared with other jobs (tests run concurrently): absolute times are pessimistic"}
    results, ref = [], {}
    if a.ref_from:
        ref = dict(json.loads(a.ref_from.read_text(encoding="utf-8"))["meta"]["reference"])
        for key in ("passages_per_s_from", "llama_rate_from"):
            if key in ref:
                ref[key] = f"{ref[key]} of {a.ref_from.name}"
        ref["noise_cos_from"] = f"{ref.get('noise_cos_from', '?')} of {a.ref_from.name}"
    for scale in scales:
        t0 = time.perf_counter()
        results.append(run_scale(scale, a, ref))
        print(f"[{scale}x] done in {time.perf_counter() - t0:.0f}s", flush=True)
    meta.update(finished=time.strftime("%Y-%m-%dT%H:%M:%S"), loadavg_end=os.getloadavg(), reference=ref)
    data = {"meta": meta, "scales": results, "targets": targets(results), "quick": a.quick}
    out = a.out or OUT_DIR / f"run-{time.strftime('%Y%m%d-%H%M%S')}-{'server' if a.server else 'embedded'}-{'-'.join(map(str, scales))}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1, default=str))
    print(table(results))
    print()
    for t in data["targets"]:
        state = "n/a" if t["met"] is None else ("MET" if t["met"] else "NOT MET")
        note = f"; {t['note']}" if t.get("note") else ""
        print(f"{state:8} {t['target']}: {fmt(t['value'], 1)} {t['unit']} (limit {t['limit']:g}{note})")
    print(f"\nJSON: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
