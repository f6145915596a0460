"""Do two versions of the code retrieve and answer alike? Both run in one process, over one index.

    python -m bench.same --ref HEAD [--work DIR] [--questions 50 | --gold] [--out same.json]

Compares the code at git `--ref` (extracted with `git archive`) with the working tree: for every benchmark
question, `retriever.retrieve(q)` (chunk ids, fused scores, similarities, ranks), the full offline `ask(q, history)`
(the whole Answer but its timing) and the query vector. Exit status 0 when all are identical.

Why one process: at 100x Chroma's dense results for the *same* query vector differ between processes that open the
same store (2 of 50 benchmark questions had another chunk at rank 5-6 from one start to the next), while within a
process they are stable. Comparing two separate runs would blame a code change for that. Here the two trees are
imported in turn into one process, whose Chroma client (shared per path) serves both from the same loaded index.
jieba's dictionary is process-wide too: both versions see the words either taught it.

`--work` is a benchmark work dir (`python -m bench.profile --scale 100 --work DIR` builds one); without it, the
index and cases the environment's settings name (`JY_*`, by default `cases/` and `.index/`).

`--rounds N` then times both versions in N alternating rounds (old, new, new, old, …; each round imports its tree
afresh and times `retrieve` and `ask` for every question): a latency change of a few ms is below the noise between
two benchmark runs on a shared machine, whose load drifts from minute to minute; rounds interleaved in one process
see the same drift. The load average is recorded per round.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from io import BytesIO
from pathlib import Path
from typing import Any

from bench.stats import Percentiles, percentiles

REPO = Path(__file__).resolve().parents[1]
PACKAGES = ("assistant", "index", "bench", "evals", "ui")


def extract(ref: str, dest: Path) -> Path:
    """The tree of `ref` in `dest` (tracked files only, as committed)."""
    archive = subprocess.run(["git", "archive", ref], cwd=REPO, capture_output=True, check=True).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(dest, filter="data")
    return dest


@contextmanager
def imported(root: Path, work: Path | None, n: int, questions: list[Any] | None = None) -> Iterator[tuple[Any, list[Any]]]:
    """The assistant of the code under `root`, imported afresh into this process, and the benchmark questions (or
    `questions`, made by the working tree: an older tree may lack what made them)."""
    for name in [m for m in sys.modules if m.split(".")[0] in PACKAGES]:
        del sys.modules[name]
    sys.path.insert(0, str(root))
    try:
        from assistant import Assistant
        from bench.questions import build_questions
        from index.settings import Settings

        import assistant

        assert Path(assistant.__file__).is_relative_to(root), f"imported {assistant.__file__}, not from {root}"
        if work is not None:
            from bench.synth import Manifest
            from bench.workers import bench_settings

            settings = bench_settings(work, work / "embed-cache.sqlite", "", 0)
            manifest = Manifest.load(work / "cases")
        else:
            settings, manifest = Settings(), None
        bot = Assistant.load(settings, build_if_missing=work is None)
        yield bot, questions if questions is not None else build_questions(settings.cases_dir, manifest, n=n)
    finally:
        sys.path.remove(str(root))


def outcomes(root: Path, work: Path | None, n: int, questions: list[Any] | None = None) -> dict[str, list[Any]]:
    """Retrievals, answers and query vectors of the code under `root`, imported afresh into this process."""
    with imported(root, work, n, questions) as (bot, questions):
        out: dict[str, list[Any]] = {"retrieve": [], "ask": [], "vector": []}
        for q in questions:
            passages = bot.retriever.retrieve(q.q)
            out["retrieve"].append([[p.chunk.chunk_id, p.score, p.similarity, p.ranks] for p in passages])
            answer = bot.ask(q.q, history=q.history).model_dump(mode="json", exclude={"seconds"})
            out["ask"].append(answer)
            embedder = bot.retriever.embedder
            out["vector"].append(embedder.embed_query(q.q).tobytes().hex() if embedder is not None else "")
        return out


def timings(root: Path, work: Path | None, n: int, questions: list[Any] | None = None) -> dict[str, Any]:
    """One timing round of the code under `root`: seconds of `retrieve(q)` and of `ask(q, history)` per question,
    as `bench.run`'s worker times them (3 untimed warm-up questions first), and the load average around it."""
    with imported(root, work, n, questions) as (bot, questions):
        for q in questions[:3]:
            bot.retriever.retrieve(q.q)
            bot.ask(q.q, history=q.history)
        out: dict[str, Any] = {"retrieve": [], "ask": [], "loadavg": [os.getloadavg()[0]]}
        for q in questions:
            t0 = time.perf_counter()
            bot.retriever.retrieve(q.q)
            t1 = time.perf_counter()
            bot.ask(q.q, history=q.history)
            t2 = time.perf_counter()
            out["retrieve"].append(t1 - t0)
            out["ask"].append(t2 - t1)
        out["loadavg"].append(os.getloadavg()[0])
        return out


def interleaved(roots: dict[str, Path], work: Path | None, n: int, rounds: int,
                questions: list[Any] | None = None) -> dict[str, dict[str, Any]]:
    """`timings` of each version in `rounds` alternating rounds (ABBA order), pooled per version."""
    pooled: dict[str, dict[str, Any]] = {name: {"retrieve": [], "ask": [], "loadavg": [], "round_p50_ms": []} for name in roots}
    names = list(roots)
    for i in range(rounds):
        for name in names if i % 2 == 0 else names[::-1]:
            got = timings(roots[name], work, n, questions)
            for key, values in got.items():
                pooled[name][key].extend(values)
            pooled[name]["round_p50_ms"].append([percentiles(got[k])["p50_ms"] for k in ("retrieve", "ask")])
    return pooled


def differences(old: dict[str, list[Any]], new: dict[str, list[Any]]) -> dict[str, list[int]]:
    """Per kind of outcome, the question numbers whose outcomes differ (all of them if the counts differ)."""
    out: dict[str, list[int]] = {}
    for kind in sorted(old.keys() | new.keys()):
        a, b = old.get(kind, []), new.get(kind, [])
        if len(a) != len(b):
            out[kind] = list(range(max(len(a), len(b))))
        else:
            out[kind] = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.same", description=__doc__.split("\n\n")[0])
    p.add_argument("--ref", default="HEAD", help="git revision to compare the working tree with")
    p.add_argument("--work", type=Path, help="benchmark work dir (cases/, chroma/); default: the settings' index")
    p.add_argument("--questions", type=int, default=50)
    p.add_argument("--gold", action="store_true", help="every gold question (evals/gold) instead of the benchmark's")
    p.add_argument("--out", type=Path, help="write the differences (and timings) as JSON")
    p.add_argument("--rounds", type=int, default=0, help="then time both versions in this many alternating rounds")
    a = p.parse_args(argv)
    if a.work is None:  # each tree's defaults are relative to that tree: both must read the working tree's index
        from index.settings import Settings

        s = Settings()
        os.environ.update(JY_CASES_DIR=str(s.cases_dir), JY_STORE__PATH=str(s.store.path),
                          JY_EMBEDDING__CACHE_PATH=str(s.embedding.cache_path))
    with tempfile.TemporaryDirectory(prefix="bench-same-") as tmp:
        ref_root = extract(a.ref, Path(tmp))
        chosen = None
        if a.gold:
            from bench.questions import gold_questions

            chosen = gold_questions()
        old = outcomes(ref_root, a.work, a.questions, chosen)
        new = outcomes(REPO, a.work, a.questions, chosen)
        timed = interleaved({a.ref: ref_root, "working tree": REPO}, a.work, a.questions, a.rounds, chosen) if a.rounds else {}
    diff = differences(old, new)
    for kind, where in diff.items():
        print(f"{kind:9} {'identical' if not where else 'DIFFER at questions ' + ', '.join(map(str, where))}"
              f" ({len(new[kind])} questions)")
    summary = {}
    for name, got in timed.items():
        summary[name] = {"retrieve": percentiles(got["retrieve"]), "ask": percentiles(got["ask"]),
                         "loadavg_min": min(got["loadavg"]), "loadavg_max": max(got["loadavg"]),
                         "round_p50_ms": got["round_p50_ms"]}  # [retrieve, ask] per round, in round order
        row = summary[name]
        print(f"{name:13} retrieve p50/p95/p99 {_ms(row['retrieve'])}  ask {_ms(row['ask'])} ms"
              f"  ({a.rounds} rounds x {len(new['ask'])} questions, load {row['loadavg_min']:.1f}-{row['loadavg_max']:.1f})")
    if a.out:
        a.out.write_text(json.dumps({"ref": a.ref, "questions": len(new["ask"]), "differences": diff,
                                     "rounds": a.rounds, "timings": summary}, indent=1))
    return 1 if any(diff.values()) else 0


def _ms(p: Percentiles) -> str:
    return "/".join(f"{p[k]:.1f}" for k in ("p50_ms", "p95_ms", "p99_ms"))  # type: ignore[literal-required]


if __name__ == "__main__":
    sys.exit(main())
