"""Markdown tables from bench/out/*.json (what bench/RESULTS.md quotes).

    python -m bench.report bench/out/run-....json [more.json ...]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

# Issue 17 (and issue 12's answer latency) limits; `targets` checks those it has figures for.
TARGETS = {
    "retrieve_p95_ms_at_100x": 40.0,
    "answer_p95_ms_at_100x": 80.0,
    "answer_p95_ms_at_1x_issue12": 150.0,
    "answer_p95_ms_at_100x_issue12": 200.0,
    "lexical_ingest_seconds_at_100x": 30.0,
    "first_load_seconds_at_100x": 8.0,
    "first_http_seconds_at_100x": 12.0,
    "restart_http_seconds_at_100x": 8.0,
    "peak_rss_mb_at_100x": 1024.0,
    "retrieve_p95_ms_at_1000x_lexical": 100.0,
    "retrieve_p95_ms_at_1000x_dense": 150.0,
    "peak_rss_mb_at_1000x": 4096.0,
    "index_1x_seconds": 30.0,
}


def targets(results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    by = {r["scale"]: r for r in results}

    def add(name: str, value: float | None, limit: float, unit: str, note: str = "") -> None:
        out.append({"target": name, "value": value, "limit": limit, "unit": unit,
                    "met": None if value is None else value <= limit, "note": note})

    for r in results:
        o, scale = r["ours"], r["scale"]
        dense = "lexical only" if o.get("mode") == "lexical" else "with dense"
        mem = max((v for k, v in r["memory"].items() if v is not None and k != "chroma_server_peak_rss_mb"), default=None)
        if scale == 1:
            add("full answer p95 at 1x (issue 12)", o["answer"]["p95_ms"], TARGETS["answer_p95_ms_at_1x_issue12"], "ms")
        if scale == 100:
            add(f"retrieval p95 at 100x ({dense})", o["retrieve"]["p95_ms"], TARGETS["retrieve_p95_ms_at_100x"], "ms")
            add(f"full answer p95 at 100x ({dense})", o["answer"]["p95_ms"], TARGETS["answer_p95_ms_at_100x"], "ms")
            add(f"full answer p95 at 100x, issue 12 ({dense})", o["answer"]["p95_ms"], TARGETS["answer_p95_ms_at_100x_issue12"], "ms")
            add("lexical ingestion at 100x (texts stored + lexical cache written)",
                o["ingest"]["lexical_seconds"] + o["ingest"].get("lexical_cache_seconds", 0.0), TARGETS["lexical_ingest_seconds_at_100x"], "s")
            add("peak memory at 100x", mem, TARGETS["peak_rss_mb_at_100x"], "MB",
                "max of build+query worker, serving process, app (server mode: plus the chroma server, reported separately)")
            add("first start after a build at 100x: Assistant.load", r["startup"]["first_load_seconds"], TARGETS["first_load_seconds_at_100x"], "s")
            app = r.get("app", {})
            if "spawn_to_http_seconds" in (app.get("first_start") or {}):
                add("first start after a build at 100x: app.py to HTTP", app["first_start"]["spawn_to_http_seconds"],
                    TARGETS["first_http_seconds_at_100x"], "s")
            if "spawn_to_http_seconds" in app:
                add("restart at 100x: app.py to HTTP", app["spawn_to_http_seconds"], TARGETS["restart_http_seconds_at_100x"], "s")
        if scale == 1000:
            key = "retrieve_p95_ms_at_1000x_lexical" if o.get("mode") == "lexical" else "retrieve_p95_ms_at_1000x_dense"
            add(f"retrieval p95 at 1000x ({dense})", o["retrieve"]["p95_ms"], TARGETS[key], "ms")
            add("peak memory at 1000x", mem, TARGETS["peak_rss_mb_at_1000x"], "MB")
    if 1 in by and by[1]["ours"].get("mode") != "lexical":
        ing = by[1]["ours"]["ingest"]
        cold = by[1]["ours"]["ingest"]["embedded"] > 0
        # `index build` waits for the sentence vectors too (seventh session on), so its total is what the target
        # measures; when lexical and dense retrieval could answer is reported beside it.
        for label, data in ((f"{'empty' if cold else 'warm'} embedding cache", ing),
                            ("warm embedding cache", by[1].get("ours_warm"))):
            if data is None:
                continue
            ready = data.get("dense_ready_seconds", data["total_seconds"])
            add(f"1x indexing from scratch ({label})", data["total_seconds"], TARGETS["index_1x_seconds"], "s",
                f"lexical and dense retrieval ready after {ready:.1f} s; the rest embeds the sentences")
    return out


def fmt(v: Any, nd: int = 1) -> str:
    if v is None:
        return "—"
    if isinstance(v, float):
        return f"{v:,.{nd}f}"
    return str(v)


def _app_cell(app: dict[str, Any]) -> str:
    if "spawn_to_http_seconds" in app:
        return fmt(app["spawn_to_http_seconds"], 2)
    return app.get("skipped") or app.get("error", "—")[:30]


def table(results: list[dict[str, Any]]) -> str:
    rows = [("", *[f"{r['scale']}x ({r['store']}{', lexical only' if r['ours'].get('mode') == 'lexical' else ''})" for r in results])]

    def row(label: str, get) -> None:
        vals = []
        for r in results:
            try:
                vals.append(get(r))
            except (KeyError, TypeError, ZeroDivisionError):
                vals.append("—")
        rows.append((label, *vals))

    row("cases / chunks", lambda r: f"{r['ours']['ingest']['cases']} / {r['ours']['ingest']['chunks']}")
    row("corpus chars", lambda r: fmt(r["ours"]["ingest"]["corpus_chars"]))
    row("lexical ready s", lambda r: fmt(r["ours"]["ingest"]["lexical_seconds"], 2))
    row("  chunks/s, chars/s", lambda r: f"{fmt(r['ours']['ingest']['lexical_chunks_per_s'], 0)}, {fmt(r['ours']['ingest']['lexical_chars_per_s'], 0)}")
    row("load average at worker start", lambda r: fmt(r["ours"]["loadavg_start"][0], 2))
    row("dense ready s (measured)", lambda r: fmt(r["ours"]["ingest"].get("dense_ready_seconds", r["ours"]["ingest"]["total_seconds"]), 1) + ("" if r["ours"]["mode"] == "real" else " (vectors re-used)"))
    row("sentence vectors ready s (measured)", lambda r: fmt(r["ours"]["ingest"]["total_seconds"], 1) + ("" if r["ours"]["mode"] == "real" else " (vectors re-used)"))
    row("  model texts/s (passages, sentences)", lambda r: fmt(r["ours"]["ingest"].get("passages_per_s"), 2) if r["ours"]["mode"] == "real" else "—")
    row("dense + sentence vectors ready s (extrapolated)", lambda r: fmt(r["ours"]["ingest"]["extrapolated"]["total_seconds"], 0) if "extrapolated" in r["ours"]["ingest"] else "—")
    row("1x warm-cache total s", lambda r: fmt(r["ours_warm"]["total_seconds"], 2) if "ours_warm" in r else "—")
    row("retrieve p50/p95/p99 ms", lambda r: "/".join(fmt(r["ours"]["retrieve"][k], 0) for k in ("p50_ms", "p95_ms", "p99_ms")))
    row("answer p50/p95/p99 ms", lambda r: "/".join(fmt(r["ours"]["answer"][k], 0) for k in ("p50_ms", "p95_ms", "p99_ms")))
    row("  retrieve CPU p50/p95 ms", lambda r: "/".join(fmt(r["ours"]["retrieve_cpu"][k], 0) for k in ("p50_ms", "p95_ms")))
    row("  answer CPU p50/p95 ms", lambda r: "/".join(fmt(r["ours"]["answer_cpu"][k], 0) for k in ("p50_ms", "p95_ms")))
    row("place hit@6", lambda r: fmt(r["ours"]["place_hit_rate"], 2))
    row("  lexical cache written s", lambda r: fmt(r["ours"]["ingest"].get("lexical_cache_seconds"), 2))
    row("first start: Assistant.load s", lambda r: fmt(r["startup"]["first_load_seconds"], 2))
    row("start without lexical cache: load s", lambda r: fmt(r["startup"].get("uncached_load_seconds"), 2))
    row("first start: spawn→ready s", lambda r: fmt(r["startup"]["first_spawn_to_ready_seconds"], 2))
    row("first start: app.py→HTTP s", lambda r: _app_cell(r["app"].get("first_start") or r["app"]))
    row("restart: Assistant.load s", lambda r: fmt(r["startup"]["load_seconds"], 2))
    row("restart: spawn→ready s", lambda r: fmt(r["startup"]["spawn_to_ready_seconds"], 2))
    row("restart: app.py→HTTP s", lambda r: _app_cell(r["app"]))
    row("peak RSS MB build+query", lambda r: fmt(r["memory"]["worker_peak_rss_mb"], 0))
    row("peak RSS MB serving", lambda r: fmt(r["memory"]["serving_peak_rss_mb"], 0))
    row("peak RSS MB app.py", lambda r: fmt(r["memory"]["app_peak_rss_mb"], 0))
    row("peak RSS MB chroma server", lambda r: fmt(r["memory"].get("chroma_server_peak_rss_mb"), 0))
    row("llama nodes", lambda r: r["llama"]["dense"]["nodes"])
    row("llama dense ingest s", lambda r: fmt(r["llama"]["dense"]["ingest_seconds"], 1) + ("" if r["llama"]["embedding_mode"] == "real" else " (stub vectors)"))
    row("llama dense ingest s (extrap.)", lambda r: fmt(r["llama"]["dense"]["extrapolated"]["ingest_seconds"], 0) if "extrapolated" in r["llama"]["dense"] else "—")
    row("llama dense retrieve p50/p95 ms", lambda r: "/".join(fmt(r["llama"]["dense"]["retrieve"][k], 0) for k in ("p50_ms", "p95_ms")))
    row("llama dense place hit@6", lambda r: fmt(r["llama"]["dense"]["place_hit_rate"], 2))
    row("llama bm25 place hit@6", lambda r: fmt(r["llama"]["bm25"]["place_hit_rate"], 2))
    row("llama bm25 ingest s", lambda r: fmt(r["llama"]["bm25"]["ingest_seconds"], 2))
    row("llama bm25 retrieve p50/p95 ms", lambda r: "/".join(fmt(r["llama"]["bm25"]["retrieve"][k], 1) for k in ("p50_ms", "p95_ms")))
    row("llama peak RSS MB", lambda r: fmt(r["llama"]["peak_rss_mb"], 0))
    widths = [max(len(str(x[i])) for x in rows) for i in range(len(rows[0]))]
    lines = ["| " + " | ".join(str(c).ljust(w) for c, w in zip(r, widths)) + " |" for r in rows]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


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
    lines = ["| target | value | limit | met | note |", "|---|---|---|---|---|"]
    for t in data["targets"]:
        met = "n/a" if t["met"] is None else ("**yes**" if t["met"] else "**NO**")
        lines.append(f"| {t['target']} | {fmt(t['value'], 1)} {t['unit']} | < {t['limit']:g} {t['unit']} | {met} | {t.get('note', '')} |")
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
