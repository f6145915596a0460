"""The generalisation gold set (`gold/gen_*.jsonl`): loading, per-category metrics, plan checks.

`python -m evals run --gold gen` runs every item through `Assistant.ask(q, history=...)` and reports every metric
per category on each split. The set was written from the case texts before any tuning; tune on `dev` only.
Thresholds for it live in the `[gen]` table of `thresholds.toml` and are reported, never enforced.
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from assistant.schema import Answer

from .gen_metrics import (comparison_table_ok, contains_any, hit_at_k, is_attributed, key_measure_coverage,
                          lead_names_all, names_place)
from .metrics import check_answer

GOLD_DIR = Path(__file__).parent / "gold"
SPLITS = ("dev", "heldout")
CATEGORIES = ("paraphrase", "which_place", "cross_case", "english", "followup", "overview", "list", "fact",
              "unanswerable", "near_miss")
ABSTAIN_CATEGORIES = ("unanswerable", "near_miss")
UNANSWERABLE_SUBTYPES = ("wrong_region", "finer_detail", "off_corpus", "opinion")
PLAN_SECTIONS = ("指导思想", "工作目标", "主要任务与举措", "实施步骤", "保障措施", "评估指标")
# Places named inside the cases that are not a case's own name or city, and self-references that only make sense
# in the source's own voice. A user's plan naming any of these outside a "借鉴X:" item pasted another place's words.
EXTRA_PLACE_TERMS = ("安定区", "陇西", "临洮", "渭源", "漳县", "岷县", "靖江", "姜堰", "临平", "闲林", "首善之区")
METRICS = ("n", "contains", "false_abstention", "abstention", "hit@5", "key_measure_coverage", "lead_sentence",
           "comparison_table", "citation_precision", "citation_recall", "latency_p50_ms")


class GoldError(ValueError):
    """A gold file line that does not have the shape the runner needs (message names file, line and field)."""


def _require(cond: bool, where: str, msg: str) -> None:
    if not cond:
        raise GoldError(f"{where}: {msg}")


def check_item(item: dict, where: str) -> None:
    """The fields each category needs; raises GoldError naming the file:line and the field."""
    cat = item.get("category")
    _require(cat in CATEGORIES, where, f"field 'category' must be one of {list(CATEGORIES)}, got {cat!r}")
    for key in ("id", "q"):
        _require(isinstance(item.get(key), str) and item[key].strip() != "", where, f"field {key!r} must be a non-empty string")
    _require(isinstance(item.get("cases", []), list), where, "field 'cases' must be a list of case ids")
    history = item.get("history", [])
    _require(isinstance(history, list) and all(isinstance(m, dict) and m.get("role") in ("user", "assistant")
                                               and isinstance(m.get("content"), str) for m in history),
             where, "field 'history' must be a list of {\"role\": \"user\"|\"assistant\", \"content\": str}")
    if cat in ABSTAIN_CATEGORIES:
        _require("contains" not in item and "evidence" not in item, where, f"a {cat} item has no 'contains' or 'evidence'")
        if cat == "unanswerable":
            _require(item.get("subtype") in UNANSWERABLE_SUBTYPES, where,
                     f"field 'subtype' must be one of {list(UNANSWERABLE_SUBTYPES)}, got {item.get('subtype')!r}")
        return
    for key in ("evidence", "contains", "cases"):
        vals = item.get(key)
        _require(isinstance(vals, list) and vals and all(isinstance(v, str) and v for v in vals), where,
                 f"field {key!r} must be a non-empty list of strings")
    if cat == "overview":
        km = item.get("key_measures")
        _require(isinstance(km, list) and 3 <= len(km) <= 6, where, "field 'key_measures' must list 3-6 measures")
    if cat == "list":
        _require(isinstance(item.get("items"), list) and len(item["items"]) >= 2, where, "field 'items' must list >= 2 items")
    if cat == "followup":
        _require(bool(history), where, "a followup item needs a 'history'")


def _read_jsonl(path: Path) -> list[tuple[str, dict]]:
    out = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path.name}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldError(f"{where}: not valid JSON ({exc.msg})") from exc
        _require(isinstance(obj, dict), where, "each line must be a JSON object")
        out.append((where, obj))
    return out


GEN_SETS = ("gen", "gen2", "gen3", "gen4", "gen5", "gen6", "gen7", "gen8", "gen9", "gen10", "gen11", "gen12",
            "gen13", "gen14", "gen15", "gen16", "gen17", "gen18", "gen19", "gen20", "gen21", "gen22", "gen23", "gen24",
            "gen25", "gen26", "gen27", "gen28", "gen29", "gen30", "gen31", "gen32",
            "gen33", "gen34", "gen35", "gen36", "gen37", "gen38", "gen39", "gen40", "gen41", "gen42", "gen43",
            "gen44", "gen45", "gen46", "gen47", "gen48", "gen49", "gen50", "gen51", "gen52", "gen53", "gen54", "gen55", "gen56", "gen57", "gen58", "gen59", "gen60", "gen61", "gen62", "gen63", "gen64", "gen65", "gen66", "gen67", "gen68", "gen69", "gen70", "gen71", "gen72", "gen73", "gen74", "gen75", "gen76", "gen77", "gen78", "gen79")


def load_gen(split: str = "all", gold_dir: Path = GOLD_DIR, name: str = "gen") -> list[dict]:
    """Items of `<name>_dev.jsonl` / `<name>_heldout.jsonl`, each with `split` and `_where` added; shape-checked.

    Several generalisation sets exist because a held-out split is spent once it has been read: `gen` (its held-out
    split was read at the end of one session and is now tuning material), `gen2` (written later; its held-out split
    was read once at the end of the next session), `gen3` (its held-out split was read once at the end of the session
    after that), `gen4` (written before any tuning on it; its dev split was tuned on), `gen5` (written before any
    tuning on it; its dev split was tuned on, its held-out split read once), `gen6` and `gen7` (written before any
    tuning on them, from the case texts only; their dev splits were tuned on, their held-out splits read once at the
    end of the fifth session), `gen8` (written fresh from the case texts before any tuning on it), `gen9` (written
    from the case texts only, before any tuning on it and without running the engine or this runner on it, by a
    helper session; its evidence may re-quote text earlier sets quoted, its questions are no near copies of theirs;
    the dev splits of `gen8` and `gen9` were tuned on and their held-out splits read once at the end of the sixth
    session), `gen10` (written the way `gen9` was, from the case texts only and without running the engine or this
    runner on it, after every earlier held-out split had been read; its dev split was tuned on and its held-out split
    read once in the seventh session), `gen11` (written the same way after `gen10`'s held-out split had been read; its
    dev split was tuned on and its held-out split read once in the eighth session), `gen12` (written the same way, by
    a helper, after `gen11`'s held-out split had been read; its dev split was tuned on and its held-out split read once
    in the eighth session), `gen13` (written the same way, by a helper, in the ninth session, after `gen12`'s
    held-out split had been read; its dev split was tuned on and its held-out split read once in the ninth session),
    `gen14` (written the same way, by a helper, in the tenth session, after `gen13`'s held-out split had been read),
    `gen15` (written the same way, by a helper, from the case texts only and without running the engine or this
    runner on it, after `gen14`'s held-out split had been read), `gen16` (written the same way, by a helper, in the
    twelfth session, after `gen15`'s held-out split had been read), `gen17` (written the same way, by a helper, in
    the thirteenth session, after `gen16`'s held-out split had been read), `gen18` (written the same way, by a
    helper, in the fourteenth session, after `gen17`'s held-out split had been read), `gen19` (written the same way,
    by a helper, in the fifteenth session, after `gen18`'s held-out split had been read in the fourteenth), `gen20`
    (written the same way, by a helper, at the start of the sixteenth session, after gen19 had been spent in the
    fifteenth, so that a fresh held-out split exists again), `gen21` (written the same way, by a helper, in the
    sixteenth session after gen20's held-out split had been read in that same session, so that a fresh held-out split
    exists again before any tuning on it), `gen22` (written the same way, by a helper, in the sixteenth session
    after gen21's held-out read), `gen23` (written the same way, by a helper, in the seventeenth session, after
    gen22's held-out split had been read in the sixteenth, before any tuning on it), `gen24` (written the same
    way, by a helper, in the seventeenth session, after gen23's held-out split had been read in that session, before
    any tuning on it), `gen25` (written the same way, by a helper, in the eighteenth session, after gen24's
    held-out split had been read in the seventeenth, before any tuning on it), `gen26` (written the same way, by a
    helper, in the eighteenth session, after gen25's round, before any tuning on it), `gen27` (written the same way,
    by a helper, at the start of the nineteenth session, after gen26 had been spent in the eighteenth, before any
    tuning on it), `gen28` (written the same way, by a helper, in the nineteenth session after gen27's round had
    begun, before any tuning on it), `gen29` (written the same way, by a helper, at the end of the nineteenth
    session, after gen28's held-out read, before any tuning on it), `gen30` (written the same way, by a helper,
    from the case texts only and before any tuning on it, so that a fresh set follows gen29), `gen31` (written the
    same way, by a helper, from the case texts only and before any tuning on it, so that a fresh set follows gen30),
    `gen32` (written the same way, by a helper in the twentieth session, from the case texts only and before any
    tuning on it, so that a fresh set follows gen31), `gen33` (written the same way, by a helper in the
    twenty-first session, from the case texts only and before any tuning on it, so that a fresh set follows gen32),
    `gen34` (written the same way, by a helper in the twenty-first session after gen33, from the case texts only
    and before any tuning on it or any engine run, so that a fresh set follows gen33), `gen35` (written the same
    way, by a helper during gen34's round, from the case texts only and before any tuning on it or any engine run,
    so that a fresh set follows gen34), `gen36` (written the same way, by a helper during gen35's round, from the
    case texts only, without reading gen35's items, and before any tuning on it or any engine run, so that a fresh set
    follows gen35), `gen37` (written the same way, by a helper during gen36's round, from the case texts only,
    without reading gen35's or gen36's items, and before any tuning on it or any engine run, so that a fresh set
    follows gen36), `gen38` (written the same way, by a helper during gen37's round, from the case texts only,
    without reading gen35's, gen36's or gen37's items, and before any tuning on it or any engine run, so that a fresh
    set follows gen37), `gen39` (written the same way, by a helper during gen38's round, from the case texts only,
    without reading gen35's, gen36's, gen37's or gen38's items, and before any tuning on it or any engine run, so that
    a fresh set follows gen38), `gen40` (written the same way, by a helper during gen39's round, from the case texts
    only, without reading gen35's, gen36's, gen37's, gen38's or gen39's items, and before any tuning on it or any
    engine run, so that a fresh set follows gen39), `gen41` (written the same way, by a helper during gen40's round,
    from the case texts only, without reading gen35's, gen36's, gen37's, gen38's, gen39's or gen40's items, and before
    any tuning on it or any engine run, so that a fresh set follows gen40), `gen42` (written the same way, by a
    helper during gen41's round, from the case texts only, without reading gen35's, gen36's, gen37's, gen38's, gen39's,
    gen40's or gen41's items, and before any tuning on it or any engine run, so that a fresh set follows gen41),
    `gen43` (written the same way, by a helper during gen42's round, from the case texts only, without reading gen35's,
    gen36's, gen37's, gen38's, gen39's, gen40's, gen41's or gen42's items, and before any tuning on it or any engine
    run, so that a fresh set follows gen42), `gen44` (written the same way, by a helper during gen43's round, from
    the case texts only, without reading gen35's, gen36's, gen37's, gen38's, gen39's, gen40's, gen41's, gen42's or
    gen43's items, and before any tuning on it or any engine run, so that a fresh set follows gen43), `gen45`
    (written the same way, by a helper after gen44's round, from the case texts only, without reading gen35's,
    gen36's, gen37's, gen38's, gen39's, gen40's, gen41's, gen42's, gen43's or gen44's items, and before any tuning
    on it or any engine run, so that a fresh set follows gen44), `gen46` (written the same way, by a helper after
    gen45's round, from the case texts only, without reading gen35's, gen36's, gen37's, gen38's, gen39's, gen40's,
    gen41's, gen42's, gen43's, gen44's or gen45's items, and before any tuning on it or any engine run, so that a
    fresh set follows gen45) and `gen47` (written the same way, by two helpers, one per split, after gen46 had been
    spent, from the case texts only, without reading gen35's to gen46's items, before any tuning on it or any engine
    run).
    gen14 is spent: its dev split was tuned on and its held-out split read once in the tenth session; so is gen15, whose
    dev split was tuned on and whose held-out split was read once in the eleventh session, gen16, whose dev split was
    tuned on and whose held-out split was read once in the twelfth, gen17, whose dev split was tuned on and whose
    held-out split was read once in the thirteenth, gen18, whose dev split was tuned on and whose held-out split was
    read once in the fourteenth, gen19, whose dev split was tuned on and whose held-out split was read once in the
    fifteenth, gen20, gen21 and gen22, whose dev splits were tuned on and whose held-out splits were read once in the
    sixteenth, one after the other (each set written after the previous one's read), and gen23 and gen24, whose dev
    splits were tuned on and whose held-out splits were read once in the seventeenth, one after the other, and gen25,
    whose dev split was tuned on and whose held-out split was read once in the eighteenth, and gen26, written in the
    same session after gen25's round, whose dev split was tuned on and whose held-out split was read once after that,
    and gen27, whose dev split was tuned on and whose held-out split was read once in the nineteenth, and gen28, written
    in the same session while gen27's dev split was being tuned on, whose dev split was tuned on after gen27's read and
    whose held-out split was read once after that, and gen29, gen30 and gen31, whose dev splits were tuned on and
    whose held-out splits were read once in the twentieth, one after the other, and gen32 and gen33, whose dev splits
    were tuned on and whose held-out splits were read once in the twenty-first, one after the other, and gen34
    (written by a helper in the twenty-first session after gen33) and gen35 (written by a helper during gen34's
    round), whose dev splits were tuned on and whose held-out splits were read once in the twenty-second, one after
    the other. All are spent.
    gen36 (written by a helper during gen35's round) and gen37 (written by a helper during gen36's round) are spent
    too: their dev splits were tuned on and their held-out splits read once in the twenty-third session, one after
    the other.
    gen38 (written by a helper during gen37's round) and gen39 (written by a helper during gen38's round) are spent
    too: their dev splits were tuned on and their held-out splits read once in the twenty-fourth session, one after
    the other.
    gen40 (written by a helper during gen39's round) is spent too: its dev split was tuned on and its held-out split
    read once in the twenty-fifth session.
    gen41 (written by a helper during gen40's round) is spent too: its dev split was tuned on and its held-out split
    read once in the twenty-fifth session.
    gen42 (written by a helper during gen41's round) is spent too: its dev split was tuned on and its held-out split
    read once in the twenty-sixth session.
    gen43 (written by a helper during gen42's round) is spent too: its dev split was tuned on and its held-out split
    read once in the twenty-sixth session, after gen42's.
    gen44 (written by a helper during gen43's round) is spent too: its dev split was tuned on and its held-out split
    read once in the twenty-seventh session.
    gen45 (written by a helper after gen44's round) is spent too: its dev split was tuned on and its held-out split
    read once in the twenty-eighth session.
    gen46 (written by a helper after gen45 had been spent) is spent too: its dev split was tuned on and its held-out
    split read once in the twenty-ninth session.
    gen47 (written by two helpers, one per split, after gen46 had been spent) is spent too: its dev split was tuned on
    and its held-out split read once in the thirty-second session.
    gen48 (its dev split written by a helper during gen47's writing, from the case texts only, and unused then; its
    held-out split by a helper after gen47's round, from the case texts only, in a worktree holding the dev split,
    checked against it) is spent too: its dev split was tuned on and its held-out split read once in the
    thirty-third session.
    gen49 (written by two helpers, one per split, during gen48's round, from the case texts only; a third helper
    reworded the dev items the cross-split checks flagged) is spent too: its dev split was tuned on and its held-out
    split read once in the thirty-fourth session.
    gen50 (written by two helpers, one per split, during gen49's round, from the case texts only; a third helper
    reworded the dev items the cross-split checks flagged) is spent too: its dev split was tuned on and its held-out
    split read once in the thirty-fifth session.
    gen51 (written by two helpers, one per split, during gen50's round, from the case texts only; a third helper
    reworded the 16 dev items the cross-split checks flagged) is spent too: its dev split was tuned on and its held-out
    split read once in the thirty-sixth session.
    gen52 (written by two helpers, one per split, during gen51's round, from the case texts only; a third helper
    reworded the 20 dev items the cross-split checks flagged) is spent too: its dev split was tuned on and its held-out
    split read once in the thirty-sixth session, after gen51's.
    gen53 (written by two helpers, one per split, during gen52's round, from the case texts only, the dev helper quoting
    the first half of each case and the held-out helper the second; no item needed rewording) is spent too: its dev
    split was tuned on and its held-out split read once in the thirty-seventh session.
    gen54 (two helpers, one per split, during and after gen53's round, from the case texts only, dev from the first half
    of each case and held-out from the second) is spent too: its dev split was tuned on and its held-out split read
    once in the thirty-eighth session.
    gen55 (two helpers, one per split, after gen54's round, from the case texts only, dev from the first half of each
    case and held-out from the second) is spent too: its dev split was tuned on and its held-out split read once in
    the thirty-eighth session, after gen54's.
    gen56 (two helpers, one per split, after gen55's round, from the case texts only, dev from the first half of each
    case and held-out from the second) is spent too: its dev split was tuned on and its held-out split read once in
    the thirty-ninth session.
    gen57 (helpers in parts, from the case texts only, dev from the first half of each case and held-out from the
    second) is spent: its dev split was tuned on and its held-out split read once in the forty-second session.
    gen58 (helpers in parts, from the case texts only, dev from the first half of each case and held-out from the
    second, written in the forty-third session) is spent: its dev split was tuned on and its held-out split read once
    in the forty-fourth session.
    gen59 (helpers in parts, from the case texts only, dev from the first half of each case and held-out from the
    second, written in the forty-fourth session) is spent: its dev split was tuned on and its held-out split read once
    in the forty-fifth session.
    gen60 (helpers in parts, from the case texts only, dev from the first half of each case and held-out from the
    second, written in the forty-fifth session) is spent: its dev split was tuned on and its held-out split read once
    in the forty-sixth session.
    gen61 (helpers in parts, from the case texts only, dev from the first half of each case and held-out from the
    second, written in the forty-sixth session) is spent: its dev split was tuned on and its held-out split read once
    in the same session.
    gen62 (helpers in parts, from the case texts only, dev from the first half of each case and held-out from the
    second, written in the forty-sixth session) is spent: its dev split was tuned on and its held-out split read once
    in the forty-seventh session.
    gen63 (helpers in parts, from the case texts only, dev from the first half of each case and held-out from the
    second, written in the forty-seventh session) is spent: its dev split was tuned on and its held-out split read once
    in the same session.
    gen64 (helpers in parts, from the case texts only, dev from the first half of each case and held-out from the
    second, written in the forty-eighth session) is spent: its dev split was tuned on and its held-out split read once
    in the same session.
    gen65 (helpers in parts, from the case texts only, dev from the first half of each case and held-out from the
    second, written in the forty-ninth session) is spent: its dev split was tuned on and its held-out split read once
    in the same session.
    gen66 (helpers in parts, from the case texts only, dev from the first half of each case and held-out from the
    second, written in the fiftieth session) is spent: its dev split was tuned on and its held-out split read once
    in the same session.
    gen67 (helpers in parts, from the case texts only, dev from the first half of each case and held-out from the
    second, written in the fifty-first session) is spent: its dev split was tuned on and its held-out split read once
    in the same session.
    gen68 (helpers in parts, from the case texts only, dev from the first half of each case and held-out from the
    second, written in the fifty-second session) is spent: its dev split was tuned on and its held-out split read once
    in the same session.
    gen69 (helpers in parts, from the case texts only, dev from the first half of each case and held-out from the
    second, written in the fifty-third session) is spent: its dev split was tuned on and its held-out split read once
    in the same session.
    gen70 (helpers in parts, from the case texts only, dev from the first half of each case and held-out from the
    second, written in the fifty-fourth session) is spent: its dev split was tuned on and its held-out split read once
    in the same session.
    gen71 (helpers in parts, from the case texts only, dev from the first half of each case and held-out from the
    second, written in the fifty-fifth session) is spent: its dev split was tuned on and its held-out split read once
    in the same session.
    gen72 (helpers in parts, from the case texts only, dev from the first half of each case and held-out from the
    second, written in the fifty-sixth session) is spent: its dev split was tuned on and its held-out split read once
    in the same session.
    gen73 (helpers in parts, from the case texts only, dev from the first half of each case and held-out from the
    second, written in the fifty-seventh session) is spent: its dev split was tuned on and its held-out split read once
    in the same session.
    gen74 (helpers in parts, from the case texts only, dev from the first half of each case and held-out from the
    second, written in the fifty-eighth session) is spent: its dev split was tuned on and its held-out split read once
    in the same session.
    gen75 (helpers in parts, from the case texts only, dev from the first half of each case and held-out from the
    second, written in the fifty-ninth session) is spent: its dev split was tuned on and its held-out split read once
    in the same session.
    gen76 (helpers in parts, from the case texts only, dev from the first half of each case and held-out from the
    second, written in the sixtieth session) is spent: its dev split was tuned on and its held-out split read once
    in the same session.
    gen77 (helpers in parts, from the case texts only, dev from the first half of each case and held-out from the
    second, written in the sixty-first session) is spent: its dev split was tuned on and its held-out split read once
    in the same session.
    gen78 (helpers in parts, from the case texts only, dev from the first half of each case and held-out from the
    second, written in the sixty-second session) is spent: its dev split was tuned on and its held-out split read once
    in the same session.
    gen79 (helpers in parts, from the case texts only, dev from the first half of each case and held-out from the
    second, written in the sixty-third session) is spent: its dev split was tuned on and its held-out split read once
    in the same session.
    """
    if split not in (*SPLITS, "all"):
        raise GoldError(f"--split must be dev, heldout or all, got {split!r}")
    if name not in GEN_SETS:
        raise GoldError(f"--gold must be one of {['main', *GEN_SETS]}, got {name!r}")
    items, seen = [], {}
    for part in SPLITS if split == "all" else (split,):
        path = gold_dir / f"{name}_{part}.jsonl"
        if not path.exists():
            raise GoldError(f"{path}: gold file missing")
        for where, item in _read_jsonl(path):
            check_item(item, where)
            _require(item["id"] not in seen, where, f"id {item['id']!r} already used at {seen.get(item['id'])}")
            seen[item["id"]] = where
            items.append({**item, "split": part, "_where": where})
    return items


# `heldout` was read once by one session and is tuning material since; `heldout2` was labelled before the next
# session's tuning and read once at its end, then tuned on by the session after, which wrote `heldout3` before its
# tuning and read it once at its end (see evals/README.md "Plan sections").
PLAN_SECTION_FILES = {"dev": "plan_sections.jsonl", "heldout": "plan_sections_heldout.jsonl",
                      "heldout2": "plan_sections_heldout2.jsonl", "heldout3": "plan_sections_heldout3.jsonl"}
# 背景: a sentence no plan section fits (a situation, problem, past result, commentary); the drafter leaves it out.
PLAN_LABELS = PLAN_SECTIONS + ("背景",)


def load_plan_rows(gold_dir: Path = GOLD_DIR, split: str = "dev") -> list[dict]:
    """Labelled sentences for plan-section accuracy: `dev` (tuned on), `heldout` and `heldout2` (each read once,
    then tuned on) or `heldout3` (read once, at the end of the session that wrote it)."""
    if split not in PLAN_SECTION_FILES:
        raise GoldError(f"plan-section split must be one of {list(PLAN_SECTION_FILES)}, got {split!r}")
    rows = []
    for where, row in _read_jsonl(gold_dir / PLAN_SECTION_FILES[split]):
        _require(row.get("section") in PLAN_LABELS, where, f"field 'section' must be one of {list(PLAN_LABELS)}")
        _require(isinstance(row.get("text"), str) and row["text"], where, "field 'text' must be a non-empty string")
        rows.append(row)
    return rows


def row_headings(rows: list[dict], cases_dir: Path) -> dict[str, list[str]]:
    """Row id -> the heading path its sentence sits under in its case (as the drafter sees it: the chunk's
    section below the case name and the document title); rows whose text or case is not found get none."""
    from assistant.outline import section_parts
    from index.chunk import chunk_case
    from index.load import load_cases

    cases = {c.id: c for c in load_cases(cases_dir)[0]}
    chunks = {cid: chunk_case(c) for cid, c in cases.items()}
    out: dict[str, list[str]] = {}
    for row in rows:
        case = cases.get(row.get("case", ""))
        at = case.text.find(row["text"]) if case else -1
        if at < 0:
            continue
        chunk = next((c for c in chunks[case.id] if c.start <= at < c.end), None)
        if chunk is not None:
            out[row.get("id", "")] = section_parts(chunk)
    return out


def load_plan_topics(gold_dir: Path = GOLD_DIR) -> list[dict]:
    rows = []
    for where, row in _read_jsonl(gold_dir / "plan_topics.jsonl"):
        _require(isinstance(row.get("topic"), str) and row["topic"], where, "field 'topic' must be a non-empty string")
        _require(isinstance(row.get("profile"), str) and row["profile"], where, "field 'profile' must be a non-empty string")
        rows.append(row)
    return rows


def place_terms(cases_dir: Path) -> set[str]:
    """Names a user's own plan must not use: each case's name, short name and city, plus EXTRA_PLACE_TERMS."""
    from index.load import load_cases

    cases, _errors = load_cases(cases_dir)
    terms = set(EXTRA_PLACE_TERMS)
    for c in cases:
        if c.kind != "case":
            continue
        names = [c.name, *c.aliases]
        city = c.region.split("省")[-1]
        if city and city != c.name:
            names.append(city)
        for n in names:
            terms.add(n)
            if len(n) > 2 and n[-1] in "市县区":
                terms.add(n[:-1])
    return {t for t in terms if len(t) >= 2}


# -- evaluation --------------------------------------------------------------------------------------------


class AssistantLike(Protocol):
    def ask(self, question: str, history: list[dict] | None = None) -> Answer: ...

    def draft_plan(self, topic: str, profile: str | None = None) -> Any: ...


@dataclass
class ItemResult:
    """One item's verdicts (None = the metric does not apply to the item)."""

    item: dict
    answer: Answer
    seconds: float
    contains: bool | None = None
    abstained_ok: bool | None = None  # abstained on an unanswerable / near-miss item
    false_abstention: bool | None = None
    hit5: bool | None = None
    coverage: float | None = None
    lead: bool | None = None
    table: bool | None = None
    citations: int = 0
    citations_ok: int = 0
    claims: int = 0
    claims_ok: int = 0
    problems: list[str] = field(default_factory=list)


def score_item(item: dict, answer: Answer, seconds: float = 0.0) -> ItemResult:
    """All verdicts that apply to one item's answer."""
    r = ItemResult(item, answer, seconds)
    cat = item["category"]
    text = answer.answer
    if cat in ABSTAIN_CATEGORIES:
        r.abstained_ok = answer.abstained
        if not answer.abstained:
            r.problems.append("answered a question the cases do not answer")
    else:
        r.false_abstention = answer.abstained
        r.contains = (not answer.abstained) and contains_any(text, item["contains"])
        r.hit5 = hit_at_k([p.text for p in answer.retrieved], item["evidence"], 5)
        if answer.abstained:
            r.problems.append("abstained")
        elif not r.contains:
            r.problems.append("fact missing (any of: " + " / ".join(item["contains"][:4]) + ")")
        if not r.hit5:
            r.problems.append("no evidence in top-5 passages")
        if cat == "overview":
            r.coverage = 0.0 if answer.abstained else key_measure_coverage(text, item["key_measures"])
            if r.coverage < 1:
                r.problems.append(f"key measures {r.coverage:.2f}")
        if cat == "list":
            r.lead = (not answer.abstained) and lead_names_all(text, item["items"])
            if not r.lead:
                r.problems.append("no lead sentence naming every item")
        if cat == "cross_case" and len(item.get("places", [])) >= 2:
            r.table = (not answer.abstained) and comparison_table_ok(text, item["places"])
            if not r.table:
                r.problems.append("no table with one row per place")
    chk = check_answer(answer)
    r.citations, r.citations_ok, r.claims, r.claims_ok = chk.citations, chk.citations_ok, chk.claims, chk.claims_supported
    if chk.bad_citations:
        r.problems.append("bad citations: " + "; ".join(chk.bad_citations[:2]))
    return r


def _share(values: list[bool | float | None]) -> float | None:
    vals = [float(v) for v in values if v is not None]
    return sum(vals) / len(vals) if vals else None


def aggregate(results: list[ItemResult]) -> dict[str, float | None]:
    """Every metric over a group of items; None where no item of the group has the metric."""
    cits, claims = sum(r.citations for r in results), sum(r.claims for r in results)
    lat = sorted(r.seconds for r in results)
    return {
        "n": float(len(results)),
        "contains": _share([r.contains for r in results]),
        "false_abstention": _share([r.false_abstention for r in results]),
        "abstention": _share([r.abstained_ok for r in results]),
        "hit@5": _share([r.hit5 for r in results]),
        "key_measure_coverage": _share([r.coverage for r in results]),
        "lead_sentence": _share([r.lead for r in results]),
        "comparison_table": _share([r.table for r in results]),
        "citation_precision": sum(r.citations_ok for r in results) / cits if cits else None,
        "citation_recall": sum(r.claims_ok for r in results) / claims if claims else None,
        "latency_p50_ms": lat[len(lat) // 2] * 1000 if lat else None,
    }


def by_category(results: list[ItemResult]) -> dict[str, dict[str, dict[str, float | None]]]:
    """split -> category (and "all") -> metric."""
    groups: dict[str, dict[str, list[ItemResult]]] = defaultdict(lambda: defaultdict(list))
    for r in results:
        groups[r.item["split"]][r.item["category"]].append(r)
        groups[r.item["split"]]["all"].append(r)
    out = {}
    for split, cats in groups.items():
        order = [c for c in CATEGORIES if c in cats] + ["all"]
        out[split] = {c: aggregate(cats[c]) for c in order}
    return out


def plan_section_accuracy(rows: list[dict], headings: dict[str, list[str]] | None = None) -> dict[str, Any]:
    """Share of labelled sentences `assistant.plan.classify_section(text, heading)` puts in the labelled section
    ("n/a" until it exists), the sentences it misplaces and the confusion counts (expected -> got -> n)."""
    from assistant import plan as plan_module

    classify = getattr(plan_module, "classify_section", None)
    if classify is None:
        return {"accuracy": "n/a", "n": len(rows), "wrong": [], "confusion": {}}
    headings = headings or {}
    wrong = []
    confusion: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for row in rows:
        got = classify(row["text"], headings.get(row.get("id", ""), []))
        confusion[row["section"]][got] += 1
        if got != row["section"]:
            wrong.append({"id": row.get("id", ""), "text": row["text"][:60], "expected": row["section"], "got": got})
    return {"accuracy": 1 - len(wrong) / len(rows) if rows else None, "n": len(rows), "wrong": wrong,
            "confusion": {k: dict(v) for k, v in confusion.items()}}


def plan_checks(assistant: AssistantLike, topics: list[dict], terms: set[str]) -> list[dict]:
    """Per topic, with and without its profile: items naming another case's place outside "借鉴X:", empty sections."""
    out = []
    for t in topics:
        for profile in (None, t["profile"]):
            plan = assistant.draft_plan(t["topic"], profile)
            leaks = []
            for section in plan.sections:
                for item in section.items:
                    named = [] if is_attributed(item.text) else names_place(item.text, terms)
                    if named:
                        leaks.append({"section": section.heading, "places": named, "text": item.text[:80]})
            filled = {s.heading for s in plan.sections if s.items}
            cited = {s.heading for s in plan.sections if any(i.citations for i in s.items)}
            out.append({
                "topic": t["topic"], "profile": profile or "", "place_leaks": len(leaks), "leaks": leaks,
                "empty_sections": [h for h in PLAN_SECTIONS if h not in filled],
                "uncited_sections": [h for h in PLAN_SECTIONS if h not in cited],
            })
    return out


def evaluate(assistant: AssistantLike, items: list[dict], plan_rows: list[dict] | None = None,
             topics: list[dict] | None = None, terms: set[str] | None = None,
             plan_headings: dict[str, list[str]] | None = None,
             plan_rows_heldout: list[dict] | None = None,
             plan_rows_heldout2: list[dict] | None = None,
             plan_rows_heldout3: list[dict] | None = None) -> dict[str, Any]:
    """Run the items (and the plan checks when topics are given); per-category tables and a failure list.

    Plan-section accuracy is computed on `plan_rows` (dev) and, when given, `plan_rows_heldout`,
    `plan_rows_heldout2` and `plan_rows_heldout3`; `plan_headings` maps a row id to the heading its sentence sits under in its case (`row_headings`)."""
    results = []
    for item in items:
        t0 = time.perf_counter()
        answer = assistant.ask(item["q"], history=item.get("history") or None)
        results.append(score_item(item, answer, time.perf_counter() - t0))
    failures = [{
        "split": r.item["split"], "id": r.item["id"], "category": r.item["category"],
        "subtype": r.item.get("subtype", ""), "question": r.item["q"], "problems": "; ".join(r.problems),
        "answer": ("(abstained) " if r.answer.abstained else "") + r.answer.answer[:160],
    } for r in results if r.problems]
    plans = plan_checks(assistant, topics, terms or set()) if topics else []
    return {
        "tables": by_category(results),
        "failures": failures,
        "plan_sections": plan_section_accuracy(plan_rows, plan_headings) if plan_rows is not None else None,
        "plan_sections_heldout": (plan_section_accuracy(plan_rows_heldout, plan_headings)
                                  if plan_rows_heldout is not None else None),
        "plan_sections_heldout2": (plan_section_accuracy(plan_rows_heldout2, plan_headings)
                                   if plan_rows_heldout2 is not None else None),
        "plan_sections_heldout3": (plan_section_accuracy(plan_rows_heldout3, plan_headings)
                                   if plan_rows_heldout3 is not None else None),
        "plans": plans,
        "plan_summary": {
            "place_leaks": sum(p["place_leaks"] for p in plans),
            "empty_sections": sum(len(p["empty_sections"]) for p in plans),
            "plans": len(plans),
        } if plans else None,
    }


def run_gen(split: str = "all", engine: str = "extractive", settings: Any = None, plans: bool = True,
            name: str = "gen") -> dict[str, Any]:
    """`python -m evals run --gold gen|gen2|gen3|gen4|gen5|gen6|gen7|gen8|gen9|gen10|gen11|gen12|gen13|gen14|gen15|gen16|gen17|gen18|gen19|gen20|gen21|gen22|gen23|gen24|gen25|gen26|gen27|gen28|gen29|gen30|gen31|gen32|gen33|gen34|gen35|gen36|gen37|gen38|gen39|gen40|gen41|gen42|gen43|gen44|gen45|gen46|gen47|gen48|gen49|gen50|gen51|gen52|gen53|gen54|gen55|gen56|gen57|gen58|gen59|gen60|gen61|gen62|gen63|gen64|gen65|gen66|gen67|gen68|gen69|gen70|gen71|gen72|gen73|gen74|gen75|gen76|gen77|gen78|gen79`: load the assistant, evaluate, compare with the [gen] thresholds (report only)."""
    from assistant import Assistant

    from .run import engine_settings, load_thresholds

    settings = engine_settings(engine, settings)
    t0 = time.perf_counter()
    items = load_gen(split, name=name)
    assistant = Assistant.load(settings)
    plan_rows = load_plan_rows()
    # The held-out sentences are read with the held-out questions (the whole run or `--split heldout`).
    heldout_rows = load_plan_rows(split="heldout") if split in ("heldout", "all") else None
    heldout2_rows = load_plan_rows(split="heldout2") if split in ("heldout", "all") else None
    heldout3_rows = load_plan_rows(split="heldout3") if split in ("heldout", "all") else None
    headings = row_headings(plan_rows + (heldout_rows or []) + (heldout2_rows or []) + (heldout3_rows or []),
                            settings.cases_dir)
    result = evaluate(assistant, items, plan_rows, load_plan_topics() if plans else None,
                      place_terms(settings.cases_dir), headings, heldout_rows, heldout2_rows,
                      heldout3_rows)
    result.update(
        gold=name, split=split, engine=engine, embedding=assistant.status()["embedding"], seconds=time.perf_counter() - t0,
        counts={s: sum(i["split"] == s for i in items) for s in SPLITS if any(i["split"] == s for i in items)},
    )
    result["threshold_notes"] = threshold_notes(result, load_thresholds().get("gen", {}))
    return result


def threshold_notes(result: dict[str, Any], bounds: dict[str, Any]) -> list[str]:
    """Every per-category figure outside the `[gen]` bounds (category overrides win); reported, never enforced."""
    notes = []
    overrides = bounds.get("category", {})

    def check(where: str, name: str, value: Any, low: dict, high: dict) -> None:
        if not isinstance(value, (int, float)):
            return
        if name in low and value < low[name]:
            notes.append(f"{where}: {name} = {value:.3f} < {low[name]}")
        if name in high and value > high[name]:
            notes.append(f"{where}: {name} = {value:.3f} > {high[name]}")

    for split, cats in result["tables"].items():
        for cat, metrics in cats.items():
            if cat == "all":
                continue
            low = {**bounds.get("min", {}), **overrides.get(cat, {}).get("min", {})}
            high = {**bounds.get("max", {}), **overrides.get(cat, {}).get("max", {})}
            for name, value in metrics.items():
                check(f"{split}/{cat}", name, value, low, high)
    plan = {"plan_section_accuracy": (result.get("plan_sections") or {}).get("accuracy")}
    if result.get("plan_summary"):
        plan.update(plan_place_leaks=result["plan_summary"]["place_leaks"],
                    plan_empty_sections=result["plan_summary"]["empty_sections"])
    for name, value in plan.items():
        check("plans", name, value, bounds.get("min", {}), bounds.get("max", {}))
    return notes
