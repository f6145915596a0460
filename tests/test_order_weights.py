"""The fitted weights of the quoting order (`assistant/order_weights.py`) and how they are fitted (`evals/fit_order.py`)."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import numpy as np
import pytest

from assistant.order_weights import FALLBACK, PARTS, WEIGHTS_PATH, order_score, order_weights
from assistant.sentences import SCORE_WEIGHTS, Unit
from evals.fit_order import Question, fit, top1, tuning_items


def test_the_stored_weights_cover_every_part_and_keep_the_fixed_principles() -> None:
    record = json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))
    weights = order_weights(WEIGHTS_PATH)
    assert set(weights) == set(PARTS) == set(SCORE_WEIGHTS) | {"anchored", "meaning"}
    assert weights["coverage"] == 1.0  # scaled so a full topic match weighs 1
    assert weights["rhetoric"] == weights["caption"] == -0.35  # informative sentences win over exhortations: fixed
    assert weights["meaning"] > 0 and record["questions"] > 100 and "dev split" in record["fitted_on"]


def test_a_missing_or_incomplete_file_falls_back_to_the_judged_weights(tmp_path: Path, caplog) -> None:
    with caplog.at_level(logging.WARNING):
        assert order_weights(tmp_path / "none.json") == FALLBACK
    partial = tmp_path / "partial.json"
    partial.write_text(json.dumps({"weights": {"coverage": 1.0}}), encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        assert order_weights(partial) == FALLBACK
    assert "no weight for prior" in caplog.text and "partial.json" in caplog.text  # names the file and the part


def test_order_score_weighs_the_units_parts() -> None:
    unit = Unit(1, "yuhang", 0, 4, "一二三四", parts={"coverage": 0.5, "prior": 1.0, "rhetoric": 1.0})
    weights = {p: 0.0 for p in PARTS} | {"coverage": 1.0, "prior": 0.5, "rhetoric": -0.35, "meaning": 9.0}
    assert order_score(unit, weights) == pytest.approx(0.5 + 0.5 - 0.35)  # meaning is added by the order itself


def _question(gold_prior: float, rng: np.random.Generator) -> Question:
    """Ten candidates; the gold one comes from the best-retrieved passage, the others' coverage is noise."""
    x = np.zeros((10, len(PARTS)))
    x[:, PARTS.index("coverage")] = rng.uniform(0.4, 1.0, 10)
    x[:, PARTS.index("prior")] = rng.uniform(0.2, 0.5, 10)
    x[0, PARTS.index("prior")] = gold_prior
    x[:, PARTS.index("rhetoric")] = rng.integers(0, 2, 10)
    return Question("gen", "x", x, np.arange(10) == 0)


def test_the_fit_learns_what_marks_the_gold_sentence_and_keeps_rhetoric_fixed() -> None:
    rng = np.random.default_rng(0)
    questions = [_question(1.0, rng) for _ in range(60)]
    weights = fit(questions)
    assert weights["prior"] > 1.0  # the passage's retrieval rank decides here, more than the words
    assert weights["rhetoric"] == weights["caption"] == -0.35 and weights["coverage"] == 1.0
    assert top1(questions, weights) > 0.9
    assert top1(questions, {p: 0.0 for p in PARTS} | {"coverage": 1.0}) < 0.5  # the words alone do not find it


def test_the_fit_reads_no_unspent_or_check_split() -> None:
    from evals.gen import GEN_SETS

    kept_out = {"gen4", *GEN_SETS[GEN_SETS.index("gen6"):]}  # the check pool's held-out splits, and the newest set's
    read = tuning_items()
    assert not [item["id"] for name, item in read if item["split"] == "heldout" and name in kept_out]
    assert {name for name, item in read if item["split"] == "heldout"} == {"gen", "gen2", "gen3", "gen5"}
    assert all(item["split"] == "dev" for name, item in read if name == GEN_SETS[-1])


def test_a_malformed_file_falls_back(tmp_path: Path) -> None:
    for n, body in enumerate(('{"weights": [1, 2]}', '{"weights": null}', '{"weights": {"coverage": true}}', "not json")):
        bad = tmp_path / f"bad{n}.json"  # one file each: loaded weights are cached by path
        bad.write_text(body, encoding="utf-8")
        assert order_weights(bad) == FALLBACK, body
    stored = order_weights()
    stored["coverage"] = 99.0
    assert order_weights()["coverage"] == 1.0  # a copy: the next answer's weights are the file's


def test_the_order_picks_the_first_sentence_and_the_judged_score_how_much_context_follows() -> None:
    """An answer opens with the quoting order's best sentence; context after it must have been judged at least
    SCORE_FLOOR as relevant as it, whatever the quoting order's scale (`compose._facts`)."""
    from assistant.compose import SCORE_FLOOR, _Cites, _facts
    from assistant.intent import QueryIntent
    from assistant.schema import Passage
    from index.schema import Chunk

    text = "甲句说明做法。乙句补充背景。丙句离题很远。"
    chunk = Chunk(chunk_id="c1", case_id="yuhang", name="余杭区", title="标题", kind="case", region="杭州", source="s",
                  heading="h", start=0, end=len(text), text=text)
    units = [Unit(1, "yuhang", 0, 7, "甲句说明做法。", score=3.0, judged=1.0),  # first in the quoting order
             Unit(1, "yuhang", 7, 14, "乙句补充背景。", score=2.0, judged=1.0 * SCORE_FLOOR + 0.1),
             Unit(1, "yuhang", 14, 21, "丙句离题很远。", score=2.9, judged=1.0 * SCORE_FLOOR - 0.1)]  # close in order, judged weak
    intent = QueryIntent(question="余杭怎么做的?", query="", answer_type="fact", places=["yuhang"])
    body, chosen = _facts(intent, units, {1: Passage(chunk=chunk, score=1.0)}, _Cites([Passage(chunk=chunk, score=1.0)]))
    assert [u.text for u in chosen] == ["甲句说明做法。", "乙句补充背景。"]
    assert body.index("甲句") < body.index("乙句") and "丙句" not in body


@pytest.mark.parametrize("closeness,expected", [
    # the closest by meaning, judged below the floor (few of the question's words), is quoted beside the first
    ({"丙句离题很远。": 0.0, "甲句说明做法。": -0.05, "乙句补充背景。": -0.06}, ["甲句说明做法。", "丙句离题很远。", "乙句补充背景。"]),
    # the first is itself the closest: nothing more than the context the floor admits
    ({"甲句说明做法。": 0.0, "乙句补充背景。": -0.02, "丙句离题很远。": -0.03}, ["甲句说明做法。", "乙句补充背景。"]),
    # no meaning was compared (no dense model, or the sentences are still being embedded): the floor alone
    ({}, ["甲句说明做法。", "乙句补充背景。"]),
])
def test_the_sentence_closest_in_meaning_is_quoted_even_below_the_floor(closeness: dict[str, float], expected: list[str]) -> None:
    """Words and meaning fail differently (`compose._closest_by_meaning`): the sentence closest by meaning joins the
    answer on top of its context, even when the words judged it below SCORE_FLOOR."""
    from assistant.compose import SCORE_FLOOR, _Cites, _facts
    from assistant.intent import QueryIntent
    from assistant.schema import Passage
    from index.schema import Chunk

    text = "甲句说明做法。乙句补充背景。丙句离题很远。"
    chunk = Chunk(chunk_id="c1", case_id="yuhang", name="余杭区", title="标题", kind="case", region="杭州", source="s",
                  heading="h", start=0, end=len(text), text=text)
    rows = [("甲句说明做法。", 3.0, 1.0), ("乙句补充背景。", 2.0, SCORE_FLOOR + 0.1), ("丙句离题很远。", 1.0, SCORE_FLOOR - 0.3)]
    units = [Unit(1, "yuhang", i * 7, i * 7 + 7, t, score=s, judged=j, closeness=closeness.get(t)) for i, (t, s, j) in enumerate(rows)]
    intent = QueryIntent(question="余杭怎么做的?", query="", answer_type="fact", places=["yuhang"])
    passage = Passage(chunk=chunk, score=1.0)
    body, chosen = _facts(intent, units, {1: passage}, _Cites([passage]))
    assert [u.text for u in chosen] == expected
    assert all(t in body for t in expected)


def test_a_sentence_the_previous_answer_said_is_no_companion() -> None:
    """A follow-up is close in meaning to what was said before; the closest sentence, when said already, is not
    quoted again beside the first (`compose._closest_by_meaning`)."""
    from assistant.compose import _closest_by_meaning

    first = Unit(1, "yuhang", 0, 7, "甲句说明做法。", closeness=-0.05)
    said = Unit(1, "yuhang", 7, 14, "乙句已经说过。", closeness=0.0, parts={"said": 1.0})
    fresh = Unit(1, "yuhang", 7, 14, "乙句没有说过。", closeness=0.0)
    assert _closest_by_meaning([first, said], first) is None
    assert _closest_by_meaning([first, fresh], first) is fresh


def test_capture_reads_the_real_quoting_order(assistant) -> None:
    """The fit's data come from the real engine: every captured question has one row of PARTS per candidate (the
    meaning column included) and at least one gold unit. Guards the capture against the quoting order's interface
    changing under it (relative_similarities returning which units it compared broke it once, silently for weeks)."""
    from evals.fit_order import capture
    from evals.gen import load_gen

    items = [("gen", it) for it in load_gen("dev", name="gen") if it["category"] in ("paraphrase", "fact")][:6]
    questions = capture(assistant, items)
    assert questions, "no gold item reached the quoting order"
    for q in questions:
        assert q.features.ndim == 2 and q.features.shape[1] == len(PARTS) and q.gold.any()
        assert (q.features[:, -1] <= 0).all()  # meaning: cosine below the closest candidate's
