"""The generalisation gold set and the plan-section labels are well-formed and quote the case files verbatim."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from evals.gen import (ABSTAIN_CATEGORIES, CATEGORIES, GOLD_DIR, PLAN_LABELS, PLAN_SECTIONS, UNANSWERABLE_SUBTYPES, GoldError,
                       load_gen, load_plan_rows, load_plan_topics)
from gold_checks import CASES, assert_items_quote_their_cases

# The intended size of each category (issue 12 item 7 and issue 13 item 4); each split holds a fair share of it.
INTENDED = {"paraphrase": 20, "which_place": 14, "cross_case": 14, "english": 12, "followup": 20, "overview": 18,
            "list": 10, "fact": 12, "unanswerable": 24, "near_miss": 16}
MIN_SHARE = {"dev": 0.5, "heldout": 0.3}


@pytest.fixture(scope="module")
def items() -> list[dict]:
    return load_gen("all")


def test_total_and_every_category_in_both_splits(items: list[dict]) -> None:
    assert len(items) >= 150
    assert set(INTENDED) == set(CATEGORIES)
    per = Counter(i["category"] for i in items)
    for cat, intended in INTENDED.items():
        assert per[cat] >= intended, f"{cat}: {per[cat]} items, intended {intended}"
        for split, share in MIN_SHARE.items():
            n = sum(1 for i in items if i["category"] == cat and i["split"] == split)
            assert n >= share * per[cat], f"{cat}: {n} of {per[cat]} in {split}, want >= {share:.0%}"
    for split in MIN_SHARE:
        subtypes = {i["subtype"] for i in items if i["category"] == "unanswerable" and i["split"] == split}
        assert subtypes == set(UNANSWERABLE_SUBTYPES), f"{split} lacks unanswerable subtypes {set(UNANSWERABLE_SUBTYPES) - subtypes}"


def test_ids_and_questions_unique_and_new(items: list[dict]) -> None:
    ids = [i["id"] for i in items]
    assert len(ids) == len(set(ids))
    for i in items:
        assert i["id"].startswith(f"gen-{i['split']}-"), i["_where"]
    asked = Counter((i["q"], json.dumps(i.get("history", []), ensure_ascii=False)) for i in items)
    assert [k for k, n in asked.items() if n > 1] == []
    old = [json.loads(line) for name in ("dev", "heldout")
           for line in (GOLD_DIR / f"{name}.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    old_asked = {(o["q"], json.dumps(o.get("history", []), ensure_ascii=False)) for o in old}
    assert [q for q in asked if q in old_asked] == [], "a gen item repeats a question of the original gold set"


def test_answerable_items_quote_their_cases(items: list[dict]) -> None:
    assert_items_quote_their_cases(items)


def test_category_specific_fields(items: list[dict]) -> None:
    for i in items:
        cat, where = i["category"], i["_where"]
        if cat in ABSTAIN_CATEGORIES:
            assert "contains" not in i and "evidence" not in i, where
        if cat == "near_miss":
            assert i["cases"], f"{where}: a near miss names a region of the corpus"
        if cat == "followup":
            assert i["history"][-1]["role"] == "assistant" and i["history"][0]["role"] == "user", where
        if cat == "overview":
            assert 3 <= len(i["key_measures"]) <= 6, where
        if cat == "english":
            assert i["q"].isascii(), f"{where}: an English question in Chinese"
        if cat == "cross_case" and "places" in i:
            assert len(i["places"]) >= 2 and all(p in i["q"] for p in i["places"]), f"{where}: places must be named in q"
    comparisons = [i for i in items if i["category"] == "cross_case"]
    assert sum("places" in i for i in comparisons) >= 8 and sum("places" not in i for i in comparisons) >= 3


def test_loader_names_file_line_and_field(tmp_path: Path) -> None:
    good = {"id": "gen-dev-001", "category": "fact", "q": "问", "cases": ["zibo"], "evidence": ["淄博"], "contains": ["淄博"]}
    (tmp_path / "gen_dev.jsonl").write_text(json.dumps(good, ensure_ascii=False) + "\n"
                                            + json.dumps({**good, "id": "gen-dev-002", "contains": []}) + "\n", encoding="utf-8")
    with pytest.raises(GoldError, match=r"gen_dev.jsonl:2: field 'contains'"):
        load_gen("dev", tmp_path)
    near = {"id": "x", "category": "near_miss", "q": "问", "cases": ["zibo"], "contains": ["1"]}
    (tmp_path / "gen_dev.jsonl").write_text(json.dumps(near) + "\n", encoding="utf-8")
    with pytest.raises(GoldError, match=r"gen_dev.jsonl:1: a near_miss item has no 'contains'"):
        load_gen("dev", tmp_path)
    (tmp_path / "gen_dev.jsonl").write_text(json.dumps(good) + "\n" + json.dumps(good) + "\n", encoding="utf-8")
    with pytest.raises(GoldError, match=r"gen_dev.jsonl:2: id 'gen-dev-001' already used at gen_dev.jsonl:1"):
        load_gen("dev", tmp_path)


def test_plan_section_labels_are_verbatim_and_cover_every_section() -> None:
    rows = load_plan_rows()
    assert len(rows) >= 60
    assert len({r["id"] for r in rows}) == len(rows)
    assert set(Counter(r["section"] for r in rows)) == set(PLAN_SECTIONS)
    for r in rows:
        assert r["text"] in CASES[r["case"]], f"{r['id']}: not verbatim in {r['case']}"
    assert len({r["text"] for r in rows}) == len(rows)


def test_held_out_plan_sections_are_verbatim_disjoint_from_dev_and_labelled() -> None:
    dev = {r["text"] for r in load_plan_rows()}
    rows = load_plan_rows(split="heldout")
    assert len(rows) >= 80 and len({r["id"] for r in rows}) == len(rows) == len({r["text"] for r in rows})
    assert set(Counter(r["section"] for r in rows)) == set(PLAN_LABELS)  # every section, and 背景
    for r in rows:
        assert r["text"] in CASES[r["case"]], f"{r['id']}: not verbatim in {r['case']}"
        assert not any(r["text"] in d or d in r["text"] for d in dev), f"{r['id']}: overlaps a dev sentence"
    assert sum(bool(r.get("picked")) for r in rows) >= 40  # sentences the drafter itself chose for the six topics


def test_plan_topics() -> None:
    topics = load_plan_topics()
    assert len(topics) == 6 and len({t["topic"] for t in topics}) == 6
    assert all(t["profile"] for t in topics)
