"""Calibrate the fusion rule on the dev split only: `python -m evals.tune` prints the best weights by hit@1, then MRR.

Rankings are computed once per question; each candidate rule re-fuses them, so the grid is cheap.
The held-out split is never read here.
"""

from __future__ import annotations

import itertools
import logging

from assistant import Assistant
from assistant.schema import Message
from index.settings import Settings

from .metrics import ANSWERABLE, Span, evidence_spans, retrieval_scores
from .run import load_gold

GRID_WEIGHTS = (0.0, 0.5, 1.0, 1.5, 2.0)
GRID_K = (5, 10, 20, 60)
GRID_BOOST = (1.0, 1.5, 2.0)


def main() -> None:
    logging.basicConfig(level=logging.WARNING)
    assistant = Assistant.load(Settings())
    r = assistant.retriever
    prepared = []
    for item in load_gold("dev"):
        if item["type"] not in ANSWERABLE:
            continue
        gold = evidence_spans(item, assistant.settings.cases_dir)
        if not gold:
            continue
        query = assistant.rewrite(item["q"], [Message(**m) for m in item.get("history", [])])
        prepared.append((query, r.rankings(query), gold))
    results = []
    original = r.settings.model_copy()
    for ww, wc, wd, k, boost in itertools.product(GRID_WEIGHTS, GRID_WEIGHTS, GRID_WEIGHTS, GRID_K, GRID_BOOST):
        if ww == wc == wd == 0:
            continue
        r.settings = original.model_copy(update={"weight_words": ww, "weight_chars": wc, "weight_dense": wd, "rrf_k": k, "place_boost": boost})
        scores = []
        for query, rankings, gold in prepared:
            named = set(r.gazetteer.named_cases(query))
            fused = r.fuse(rankings, named)
            ranked = [Span(r.chunks[r.lexical.row[cid]].case_id, r.chunks[r.lexical.row[cid]].start, r.chunks[r.lexical.row[cid]].end) for cid, _, _ in fused[:10]]
            scores.append(retrieval_scores(ranked, gold))
        mean = {m: sum(s[m] for s in scores) / len(scores) for m in ("hit@1", "hit@5", "mrr")}
        results.append((mean["hit@1"], mean["mrr"], mean["hit@5"], ww, wc, wd, k, boost))
    r.settings = original
    results.sort(reverse=True)
    print("hit@1  mrr    hit@5  words chars dense rrf_k boost")
    for row in results[:15]:
        print("  ".join(f"{v:.3f}" if isinstance(v, float) and i < 3 else str(v) for i, v in enumerate(row)))


if __name__ == "__main__":
    main()
