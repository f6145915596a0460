"""Run every generalisation set in one go and compare two runs item by item.

Why: a rule added to the answer path is only kept when it gains on the split being tuned on without losing elsewhere;
that needs every earlier set rerun (about 6,000 questions) and a per-item diff, not forty separate reports. The sweep
respects the reading protocol: the held-out split of a set in `FRESH_SETS` is never run unless named in
`read_heldout`, so tuning runs cannot peek at it by accident.

`python -m evals sweep OUT.json [--sets gen4,gen40] [--read-heldout gen40] [--match REGEX --base BASE.json] [--workers 2]`
`python -m evals compare A.json B.json [--set gen40] [-v]`
"""

from __future__ import annotations

import json
import multiprocessing as mp
import re
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterable

from .gen import ABSTAIN_CATEGORIES, CATEGORIES, GEN_SETS, SPLITS, load_gen
from .gen_metrics import contains_any, key_measure_coverage, lead_names_all

# Sets whose held-out split has not been read: a sweep leaves it out unless asked by name (the one read at the end).
FRESH_SETS: tuple[str, ...] = ()
# Sets whose round has not begun: a default sweep runs neither split, so the next round starts on unseen questions.
NOT_STARTED: tuple[str, ...] = ()
DEFAULT_SETS = tuple(s for s in GEN_SETS if s not in NOT_STARTED)

_assistant: Any = None


def sweep_items(sets: Iterable[str] = DEFAULT_SETS, read_heldout: Iterable[str] = ()) -> list[dict]:
    """Dev splits of `sets`, plus every held-out split already spent or explicitly read."""
    read = set(read_heldout)
    items = []
    for name in sets:
        for split in SPLITS:
            if split == "heldout" and name in FRESH_SETS and name not in read:
                continue
            items += [{**i, "set": name} for i in load_gen(split, name=name)]
    return items


def item_key(item: dict) -> str:
    return f"{item['set']}:{item['id']}"


def verdict(item: dict, answer_text: str, abstained: bool) -> dict[str, Any]:
    """What the sweep keeps of one answer: `ok` is the item's headline verdict (fact contained, or abstained when the
    cases do not answer), plus key-measure coverage and the list lead where they apply."""
    cat = item["category"]
    row: dict[str, Any] = {"set": item["set"], "split": item["split"], "id": item["id"], "category": cat,
                           "subtype": item.get("subtype", ""), "q": item["q"], "abstained": abstained,
                           "answer": answer_text}
    if cat in ABSTAIN_CATEGORIES:
        row["ok"] = abstained
    else:
        row["ok"] = (not abstained) and contains_any(answer_text, item["contains"])
    if cat == "overview":
        row["coverage"] = 0.0 if abstained else key_measure_coverage(answer_text, item["key_measures"])
    if cat == "list":
        row["lead"] = (not abstained) and lead_names_all(answer_text, item["items"])
    return row


def _init_worker() -> None:
    global _assistant
    from assistant import Assistant

    from .run import engine_settings

    _assistant = Assistant.load(engine_settings("extractive"))


def _run_one(item: dict) -> dict[str, Any]:
    answer = _assistant.ask(item["q"], history=item.get("history") or None)
    return {**verdict(item, answer.answer, answer.abstained), "rule": answer.abstain_rule}


def run_items(items: list[dict], workers: int = 2) -> list[dict]:
    """Answer the items with the offline engine in `workers` spawned processes (each loads the index once)."""
    if not items:
        return []
    if workers <= 1:
        _init_worker()
        return [_run_one(i) for i in items]
    with mp.get_context("spawn").Pool(workers, initializer=_init_worker) as pool:
        return list(pool.imap(_run_one, items, chunksize=8))


def sweep(out: Path, sets: Iterable[str] = DEFAULT_SETS, read_heldout: Iterable[str] = (), match: str = "",
          base: Path | None = None, workers: int = 2) -> dict[str, Any]:
    """Run the items (only those whose question matches `match`, the rest copied from `base`) and write OUT."""
    items = sweep_items(sets, read_heldout)
    t0 = time.perf_counter()
    if match:
        if base is None:
            raise SystemExit("--match needs --base: the run whose answers the unmatched items keep")
        pattern = re.compile(match)
        old = {r["key"]: r for r in load_rows(base)}
        todo = [i for i in items if pattern.search(i["q"])]
        fresh = {item_key(i): r for i, r in zip(todo, run_items(todo, workers))}
        missing = [item_key(i) for i in items if item_key(i) not in fresh and item_key(i) not in old]
        if missing:
            raise SystemExit(f"{base}: lacks {len(missing)} items of this sweep, e.g. {missing[0]}; rerun without --match")
        rows = [fresh.get(item_key(i)) or old[item_key(i)] for i in items]
    else:
        todo = items
        rows = run_items(items, workers)
    for i, r in zip(items, rows):
        r["key"] = item_key(i)
    out.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    return {"items": len(rows), "run": len(todo), "seconds": time.perf_counter() - t0, "out": str(out)}


def load_rows(path: Path) -> list[dict]:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def summary(rows: list[dict]) -> dict[str, float | None]:
    """contains / false abstention over answerable items, abstention over the rest, mean coverage, list lead."""
    ans = [r for r in rows if r["category"] not in ABSTAIN_CATEGORIES]
    unans = [r for r in rows if r["category"] in ABSTAIN_CATEGORIES]
    cov = [r["coverage"] for r in rows if "coverage" in r]
    lead = [r["lead"] for r in rows if "lead" in r]

    def share(vals: list) -> float | None:
        return sum(map(float, vals)) / len(vals) if vals else None

    return {"n": len(rows), "contains": share([r["ok"] for r in ans]), "false_abstention": share([r["abstained"] for r in ans]),
            "abstention": share([r["ok"] for r in unans]), "km": share(cov), "lead": share(lead)}


def pools(rows: list[dict]) -> dict[str, list[dict]]:
    """tune: every dev split; check: every held-out split in the run (spent ones, or the one read)."""
    out: dict[str, list[dict]] = {"tune (all dev)": [], "check (held-out)": []}
    for r in rows:
        out["tune (all dev)" if r["split"] == "dev" else "check (held-out)"].append(r)
    return out


def _fmt(v: float | None) -> str:
    return "  -  " if v is None else f"{v:.3f}"


def table(named: dict[str, dict[str, float | None]]) -> str:
    cols = ("n", "contains", "false_abstention", "abstention", "km", "lead")
    lines = ["| | " + " | ".join(cols) + " |", "|---" * (len(cols) + 1) + "|"]
    for name, s in named.items():
        lines.append(f"| {name} | " + " | ".join(str(s[c]) if c == "n" else _fmt(s[c]) for c in cols) + " |")
    return "\n".join(lines)


def compare(a: list[dict], b: list[dict], set_name: str = "", verbose: bool = False) -> str:
    """Pool figures before/after, per-category figures of one set, and every item whose verdict changed."""
    bk = {r["key"]: r for r in b}
    common = [r for r in a if r["key"] in bk]
    after = [bk[r["key"]] for r in common]
    parts = []
    named = {}
    for (pa, ra), (_, rb) in zip(pools(common).items(), pools(after).items()):
        named[f"{pa} A"], named[f"{pa} B"] = summary(ra), summary(rb)
    parts.append(table(named))
    if set_name:
        per = {}
        for split in SPLITS:
            for cat in (*CATEGORIES, "all"):
                ra = [r for r in common if r["set"] == set_name and r["split"] == split and cat in (r["category"], "all")]
                if ra:
                    rb = [bk[r["key"]] for r in ra]
                    per[f"{split} {cat} A"], per[f"{split} {cat} B"] = summary(ra), summary(rb)
        parts.append(f"\n{set_name} per category\n" + table(per))
    changes = defaultdict(list)
    for r in common:
        s = bk[r["key"]]
        if r["ok"] != s["ok"]:
            changes["GAIN" if s["ok"] else "LOSS"].append((r, s))
        elif r.get("coverage") != s.get("coverage") or r.get("lead") != s.get("lead"):
            changes["MEASURE"].append((r, s))
        elif verbose and r["answer"] != s["answer"]:
            changes["TEXT"].append((r, s))
    for kind in ("GAIN", "LOSS", "MEASURE", "TEXT"):
        for r, s in changes[kind]:
            extra = ""
            if kind == "MEASURE":
                extra = f" km {r.get('coverage')}->{s.get('coverage')} lead {r.get('lead')}->{s.get('lead')}"
            parts.append(f"{kind} {r['key']} [{r['category']}]{extra} {r['q'][:70]}")
            if verbose:
                parts.append(f"    A: {r['answer'][:200]!r}\n    B: {s['answer'][:200]!r}")
    parts.append(f"\n{len(changes['GAIN'])} gained, {len(changes['LOSS'])} lost, {len(changes['MEASURE'])} measure changes"
                 f" over {len(common)} common items")
    return "\n".join(parts)
