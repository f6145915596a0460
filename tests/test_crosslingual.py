"""Sentence choice by meaning (`assistant/crosslingual.py`), table-driven with a stand-in similarity."""

from __future__ import annotations

import numpy as np
import pytest

from assistant import crosslingual
from assistant.crosslingual import MEANING_POOL, MEANING_POOL_ZH, answer_order, rerank
from assistant.intent import QueryIntent
from assistant.order_weights import order_weights
from assistant.sentences import Unit


def _units(*rows: tuple[str, float]) -> list[Unit]:
    return [Unit(1, "yuhang", i * 100, i * 100 + len(t), t, score=s) for i, (t, s) in enumerate(rows)]


def _similar_to(closest: str):
    """Stand-in for the dense model: the sentence holding `closest` is nearest, the rest 0.08 farther."""
    return lambda texts: np.array([0.9 if closest in t else 0.82 for t in texts], dtype=np.float32)


@pytest.mark.parametrize("language,phrases,closest,rows,first", [
    # the dictionary's words tie the two; the meaning settles it
    ("en", [], "根本在于", [("最根本的是要留住人才。", 1.0), ("教育发展的根本在于人才引进。", 0.95)], "教育发展的根本在于人才引进。"),
    # a sentence stating the question's compound is preferred
    ("en", ["新机制"], "", [("完善初中教师流动机制。", 0.7), ("探索形成办学新机制。", 0.6)], "探索形成办学新机制。"),
    # a Chinese question given no similarity (its topic words are all the corpus' own) keeps the word scoring's
    # order; compounds are for English glosses only
    ("zh", ["新机制"], "", [("最根本的是要留住人才。", 1.0), ("教育发展的根本在于人才引进。", 0.95)], "最根本的是要留住人才。"),
    # far apart on the words, the meaning does not overturn them
    ("en", [], "根本在于", [("最根本的是要留住人才。", 2.0), ("教育发展的根本在于人才引进。", 0.9)], "最根本的是要留住人才。"),
])
def test_rerank(language: str, phrases: list[str], closest: str, rows: list[tuple[str, float]], first: str) -> None:
    intent = QueryIntent(question="q", query="q", language=language, phrases=phrases)
    similarity = _similar_to(closest) if closest else None
    assert rerank(intent, _units(*rows), similarity)[0].text == first


@pytest.mark.parametrize("language,order,pool", [
    ("en", lambda i, u, sim: rerank(i, u, sim), MEANING_POOL),  # judging an English question's evidence
    ("zh", lambda i, u, sim: answer_order(i, u, sim), MEANING_POOL_ZH),  # quoting a Chinese question's
])
def test_only_the_best_sentences_are_compared(language: str, order, pool: int) -> None:
    seen: list[int] = []

    def similarity(texts: list[str]) -> np.ndarray:
        seen.append(len(texts))
        return np.full(len(texts), 0.8, dtype=np.float32)

    intent = QueryIntent(question="q", query="q", language=language)
    order(intent, _units(*[(f"第{i}句。", 1.0 - i / 100) for i in range(40)]), similarity)
    assert seen == [pool]


def test_the_meaning_is_compared_with_the_real_model(assistant) -> None:
    """With the real engine: the dense model's similarity ranks a sentence stating the question's meaning above one
    that only shares a dictionary word; a Chinese question is compared with the vector its retrieval embedded, so
    before retrieval it has none."""
    from assistant import crosslingual

    en = assistant.analyze("What is the root of educational development?", [])
    zh = assistant.analyze("教育发展的根本是什么?", [])
    assert crosslingual.meaning(assistant, zh, None) is None
    assistant.retriever.retrieve(zh.query, intent=zh)
    zh_similarity = crosslingual.meaning(assistant, zh, None)
    assert zh_similarity is not None
    # corpus sentences, whose vectors the build cached (a sentence the corpus lacks has none: NaN)
    zh_sims = zh_similarity(["只有发展教育才是培养大量杰出人才的根本途径。",
                             "建立表彰激励机制,召开全市特岗教师跟岗培训观摩总结会,先后通报表扬特岗教师跟岗培训优质基地校44所、优秀指导教师182名、优秀学员181名。"])
    assert np.isfinite(zh_sims).all() and zh_sims[0] > zh_sims[1]
    similarity = crosslingual.meaning(assistant, en, None)
    sims = similarity(["教育发展的根本在于教育人才引进。", "定西市召开了特岗教师跟岗培训观摩总结会。"])
    assert sims[0] > sims[1]


def _cosines(table: dict[str, float | None]):
    """Stand-in for the cached unit vectors: each unit's cosine to the question, NaN where it has no vector."""
    return lambda texts: np.array([np.nan if table[t] is None else table[t] for t in texts], dtype=np.float32)


@pytest.mark.parametrize("rows,order", [
    # a near tie on the words: the meaning settles it
    ([("a", 1.0, 0.80), ("b", 0.95, 0.90)], ["b", "a"]),
    # the best unit more than MARGIN ahead on the words is alone in the pool: nothing moves
    ([("a", 1.0, 0.80), ("b", 0.85, 0.95)], ["a", "b"]),
    # within the margin by meaning (W × cosine below the closest); outside it as far as the farthest compared one,
    # so a unit outside stays below however close its meaning
    ([("a", 1.0, 0.85), ("b", 0.97, 0.80), ("c", 0.93, 0.90), ("d", 0.8, 0.99)], ["c", "a", "b", "d"]),
    # a unit without a vector counts as the farthest compared one
    ([("a", 1.0, None), ("b", 0.98, 0.90), ("c", 0.95, 0.80)], ["b", "a", "c"]),
    # no unit in the pool has a vector: the order stays
    ([("a", 1.0, None), ("b", 0.98, None), ("c", 0.5, 0.99)], ["a", "b", "c"]),
])
def test_chinese_rerank_within_the_margin(rows: list[tuple[str, float, float | None]], order: list[str]) -> None:
    """Judging the evidence of a Chinese question holding a word the corpus never uses (盘子); without one (学校), the
    word scoring's order is judged. The units given keep their scores: re-scored ones are copies."""
    units = _units(*[(t, s) for t, s, _ in rows])
    cosines = _cosines({t: c for t, _, c in rows})
    colloquial = QueryIntent(question="q", query="q", language="zh", terms=["盘子"])
    assert [u.text for u in rerank(colloquial, units, cosines, _Weights())] == order
    assert [u.score for u in units] == [s for _, s, _ in rows]
    plain = QueryIntent(question="q", query="q", language="zh", terms=["学校"])
    assert [u.text for u in rerank(plain, units, cosines, _Weights())] == [t for t, _, _ in rows]


class _Weights:
    """Stand-in for the corpus' term weights: 盘子 is the one word the corpus never uses."""

    def unknown(self, term: str) -> bool:
        return term == "盘子"


W_ORDER = order_weights()["meaning"]  # the fitted weight of meaning in the quoting order

ORDER_ROWS = [
    # (language, comparative, units (text, topic coverage, cosine), expected order; None: the judged order stays)
    # a near tie on the words: the meaning settles it, as when judging
    ("zh", False, [("a", 1.0, 0.80), ("b", 0.95, 0.90)], ["b", "a"]),
    # no margin: every unit of the pool is compared, so a unit behind on the words but closer in meaning by more
    # than they differ comes first...
    ("zh", False, [("a", 1.0, 0.80), ("b", 1.0 - 0.15 * W_ORDER + 0.05, 0.95)], ["b", "a"]),
    # ... but not one farther behind
    ("zh", False, [("a", 1.0, 0.80), ("b", 1.0 - 0.15 * W_ORDER - 0.05, 0.95)], ["a", "b"]),
    # a comparison quotes each place's own sentence: no reordering by the whole question's meaning
    ("zh", True, [("a", 1.0, 0.80), ("b", 0.95, 0.90)], None),
    # an English question was re-ranked by meaning when judged
    ("en", False, [("a", 1.0, 0.80), ("b", 0.95, 0.90)], None),
    # most of the pool without vectors: the sentences are still being embedded, no order by meaning yet
    ("zh", False, [("a", 1.0, None), ("b", 0.98, None), ("c", 0.95, 0.90)], None),
    # a few without one (a clipped body, a caption) count as the farthest, as when judging
    ("zh", False, [("a", 1.0, None), ("b", 0.98, 0.85), ("c", 0.95, 0.90)], ["c", "a", "b"]),
]


@pytest.mark.parametrize("language,comparative,rows,order", ORDER_ROWS)
def test_answer_order(language: str, comparative: bool, rows: list[tuple[str, float, float]], order: list[str] | None) -> None:
    intent = QueryIntent(question="q", query="q", language=language, comparative=comparative)
    units = _units(*[(t, s) for t, s, _ in rows])
    for u in units:  # the quoting order weighs the units' parts, here their topic coverage alone
        u.parts = {"coverage": u.score}
    result = answer_order(intent, units, _cosines({t: c for t, _, c in rows}))
    assert (None if result is None else [u.text for u in result]) == order
    assert [u.score for u in units] == [s for _, s, _ in rows]  # re-scored units are copies
    assert answer_order(intent, units, None) is None


def test_the_meaning_order_records_each_units_closeness() -> None:
    """Each re-scored unit keeps its cosine below the closest compared one (`Unit.closeness`): the answer quotes the
    closest beside its first sentence (`compose._closest_by_meaning`)."""
    intent = QueryIntent(question="q", query="q", language="zh")
    units = _units(("最根本的是要留住人才。", 1.0), ("教育发展的根本在于人才引进。", 0.95))
    ordered = answer_order(intent, units, _similar_to("根本在于"))
    assert ordered is not None
    by_text = {u.text: u.closeness for u in ordered}
    assert by_text["教育发展的根本在于人才引进。"] == 0.0
    assert by_text["最根本的是要留住人才。"] == pytest.approx(-0.08, abs=1e-6)
    assert all(u.closeness is None for u in units)  # the inputs are left as they were


def test_nearest_lists_the_compared_units_closest_first() -> None:
    units = [Unit(1, "x", i, i + 1, t, closeness=c) for i, (t, c) in enumerate([("a", -0.1), ("b", 0.0), ("c", None), ("d", -0.02)])]
    assert [u.text for u in crosslingual.nearest(units, 2)] == ["b", "d"]
    assert crosslingual.nearest([Unit(1, "x", 0, 1, "a")]) == []  # nothing compared: no meaning to go by


def test_only_compared_units_have_a_closeness() -> None:
    """Units after the meaning pool, or without a vector, were not compared: no closeness (None), so none of them is
    taken for the closest (`compose._closest_by_meaning`)."""
    from assistant.crosslingual import _by_meaning

    units = _units(("最根本的是要留住人才。", 1.0), ("教育发展的根本在于人才引进。", 0.95), ("第三句。", 0.9))
    ordered = _by_meaning(units, 1, lambda texts: np.array([0.9] * len(texts)), 1.0)
    assert {u.text: u.closeness for u in ordered} == {"最根本的是要留住人才。": 0.0, "教育发展的根本在于人才引进。": None, "第三句。": None}
    missing = _by_meaning(units, 3, lambda texts: np.array([0.9, np.nan, 0.8]), 1.0)
    assert {u.text: u.closeness for u in missing}["教育发展的根本在于人才引进。"] is None
