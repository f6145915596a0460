"""The sweep over every generalisation set: verdicts per item, the fresh held-out split kept out, and the compare."""

from __future__ import annotations

import json

import pytest

from evals import sweep as sw
from evals.gen import GEN_SETS


def _item(cat: str, **extra) -> dict:
    base = {"set": "gen40", "split": "dev", "id": "g40-dev-001", "category": cat, "q": "问?"}
    return {**base, **extra}


@pytest.mark.parametrize("item,text,abstained,ok", [
    (_item("fact", contains=["1.8万元"]), "每人每年补助1.8万元[1]。", False, True),
    (_item("fact", contains=["1.8万元"]), "案例没有给出。", False, False),
    (_item("fact", contains=["1.8万元"]), "1.8万元", True, False),  # an abstention never contains the fact
    (_item("near_miss"), "案例没有给出。", True, True),
    (_item("unanswerable", subtype="opinion"), "他们做得好。", False, False),
])
def test_verdict_headline(item: dict, text: str, abstained: bool, ok: bool) -> None:
    assert sw.verdict(item, text, abstained)["ok"] is ok


def test_verdict_measures_overview_and_list() -> None:
    ov = sw.verdict(_item("overview", contains=["x"], key_measures=["三区支教", "特岗教师培训", "交流轮岗一年"]),
                    "开展三区支教[1];交流轮岗一年[2]。", False)
    assert ov["coverage"] == pytest.approx(2 / 3)
    lst = sw.verdict(_item("list", contains=["x"], items=["帮扶式", "联盟式"]), "共两种:帮扶式、联盟式。", False)
    assert lst["lead"] is True and "coverage" not in lst


def test_fresh_heldout_split_is_left_out_unless_read(monkeypatch: pytest.MonkeyPatch) -> None:
    assert set(sw.FRESH_SETS) <= set(GEN_SETS) and set(sw.NOT_STARTED) <= set(sw.FRESH_SETS)
    fresh = GEN_SETS[-1]  # (the mechanism, whichever set is fresh now: between rounds none may be)
    monkeypatch.setattr(sw, "FRESH_SETS", (fresh,))
    plain = sw.sweep_items([fresh])
    assert plain and {i["split"] for i in plain} == {"dev"}
    read = sw.sweep_items([fresh], read_heldout=[fresh])
    assert {i["split"] for i in read} == {"dev", "heldout"}
    assert not {i["set"] for i in sw.sweep_items()} & set(sw.NOT_STARTED)  # a round not begun stays unseen
    assert sw.DEFAULT_SETS == tuple(s for s in GEN_SETS if s not in sw.NOT_STARTED)
    spent = sw.sweep_items(["gen4"])
    assert {i["split"] for i in spent} == {"dev", "heldout"}


def _row(key: str, split: str, cat: str, ok: bool, **extra) -> dict:
    return {"key": key, "set": key.split(":")[0], "split": split, "id": key.split(":")[1], "category": cat,
            "q": "问" + key, "ok": ok, "abstained": cat in ("near_miss", "unanswerable") and ok, "answer": "", **extra}


def test_compare_counts_gains_losses_and_pools() -> None:
    a = [_row("gen9:a", "dev", "fact", False), _row("gen9:b", "heldout", "fact", True),
         _row("gen9:c", "dev", "overview", True, coverage=0.5), _row("gen9:d", "heldout", "near_miss", True)]
    b = [_row("gen9:a", "dev", "fact", True), _row("gen9:b", "heldout", "fact", False),
         _row("gen9:c", "dev", "overview", True, coverage=1.0), _row("gen9:d", "heldout", "near_miss", True)]
    out = sw.compare(a, b, set_name="gen9")
    assert "GAIN gen9:a" in out and "LOSS gen9:b" in out and "MEASURE gen9:c" in out
    assert "1 gained, 1 lost, 1 measure changes over 4 common items" in out
    assert sw.summary(b)["km"] == 1.0 and sw.summary(a)["abstention"] == 1.0


def test_match_needs_a_base_that_holds_every_item(tmp_path) -> None:
    with pytest.raises(SystemExit, match="--base"):
        sw.sweep(tmp_path / "x.json", ["gen4"], match="哪")
    base = tmp_path / "base.json"
    base.write_text(json.dumps([]), encoding="utf-8")
    with pytest.raises(SystemExit, match="lacks"):
        sw.sweep(tmp_path / "x.json", ["gen4"], match="^NO QUESTION MATCHES THIS$", base=base, workers=1)
