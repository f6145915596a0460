"""The lexical index alone: BM25 over jieba words, character n-gram TF-IDF, weighted terms, ranking, cache form."""

from __future__ import annotations

import numpy as np
import pytest

from assistant import lexical_cache
from assistant.lexical import LexicalIndex, cache_path, cache_state, ranked
from tests.pieces import chunk

CHUNKS = [
    chunk("zb-0", "zibo", "淄博推进集团化办学,组建教育集团三十个。"),
    chunk("zb-1", "zibo", "淄博实施县管校聘改革,教师交流轮岗。"),
    chunk("dx-0", "dingxi", "定西开展区域教育协作,东西部帮扶支教。"),
    chunk("tz-0", "taizhou", "泰州建设泰微课平台,学生自主学习。"),
]


@pytest.fixture(scope="module")
def index() -> LexicalIndex:
    return LexicalIndex(CHUNKS)


def test_word_scores_find_the_chunk_with_the_word(index: LexicalIndex) -> None:
    scores = index.scores_words("集团化办学")
    assert scores.shape == (4,)
    assert ranked(scores, None, 10)[0] == 0
    assert scores[3] == 0  # 泰州 says nothing of it
    assert not index.scores_words("量子物理").any()


def test_rarer_words_weigh_more(index: LexicalIndex) -> None:
    common = LexicalIndex(CHUNKS + [chunk(f"e-{i}", "extra", f"教师培训第{i}期。") for i in range(6)])
    assert common.scores_words("教师")[1] < index.scores_words("教师")[1]


def test_weighted_terms_scale_with_weight(index: LexicalIndex) -> None:
    full = index.scores_terms([("支教", 1.0)])
    half = index.scores_terms([("支教", 0.5)])
    assert full[2] > 0 and np.allclose(half, full * 0.5)
    assert not index.scores_terms([("没有的词", 1.0)]).any()


def test_char_scores_match_partial_words(index: LexicalIndex) -> None:
    scores = index.scores_chars("泰微")  # not a jieba word, but its characters are in one chunk
    assert ranked(scores, None, 1) == [3]


def test_ranked_masks_and_keeps_order() -> None:
    scores = np.array([0.5, 2.0, 0.0, 2.0, 1.0])
    assert ranked(scores, None, 10) == [1, 3, 4, 0]  # ties keep document order; zero scores are no hit
    assert ranked(scores, np.array([True, False, True, True, True]), 2) == [3, 4]
    assert ranked(np.zeros(3), None, 5) == []


def test_empty_index_scores_nothing() -> None:
    empty = LexicalIndex([])
    assert empty.scores_words("淄博").shape == (0,) and empty.scores_chars("淄博").shape == (0,)


def test_cache_round_trip_gives_identical_scores(index: LexicalIndex, tmp_path) -> None:
    state = cache_state("local /x", "col", 3, len(CHUNKS))
    path = cache_path(tmp_path, state)
    arrays, doc = index.to_cache()
    lexical_cache.save(path, arrays, doc, state)
    loaded = LexicalIndex.from_cache(*lexical_cache.load(path, state))
    for q in ("集团化办学", "泰微课", "定西支教"):
        assert np.array_equal(loaded.scores_words(q), index.scores_words(q))
        assert np.allclose(loaded.scores_chars(q), index.scores_chars(q))
        cols, weights = loaded.char_query(q)  # a loaded index builds the query vector as the fitted one does
        ref = loaded._chars.transform([q]).tocsr()
        assert np.array_equal(cols, ref.indices) and weights.tobytes() == ref.data.tobytes()
    assert cache_path(tmp_path, cache_state("local /x", "col", 4, len(CHUNKS))) != path  # another generation, another file


def test_cache_with_wrong_sizes_is_refused(index: LexicalIndex) -> None:
    arrays, doc = index.to_cache()
    with pytest.raises(lexical_cache.CacheError, match="sizes"):
        LexicalIndex.from_cache(arrays, {**doc, "chunks": doc["chunks"][:2]})
    with pytest.raises(lexical_cache.CacheError, match="incomplete"):
        LexicalIndex.from_cache({"bm25": arrays["bm25"]}, doc)


def test_ranked_equals_a_full_stable_sort() -> None:
    """`ranked` sorts only the rows that can reach the top `depth`; the order must be the full stable sort's,
    ties at the cut-off included (the character ranker scores nearly every chunk, often with equal scores)."""
    rng = np.random.default_rng(17)
    for _ in range(2000):
        n, depth = int(rng.integers(0, 200)), int(rng.integers(0, 50))
        scores = rng.integers(-2, 5, n) * 0.5 if rng.random() < 0.6 else rng.random(n) - 0.2
        mask = rng.random(n) < 0.7 if rng.random() < 0.3 else None
        masked = scores if mask is None else np.where(mask, scores, -np.inf)
        positive = np.flatnonzero(masked > 0)
        expected = positive[np.argsort(-masked[positive], kind="stable")[:depth]].tolist()
        assert ranked(scores, mask, depth) == expected


def test_char_query_is_the_vectorisers_transform_bit_for_bit(assistant) -> None:
    """The query vector made without scikit-learn's `transform` is its very floats (same columns, same bits), for
    every gold question and for strings drawn from the real chunks, so the character ranker's order cannot move."""
    import json
    import random
    from pathlib import Path

    from index.clean import normalize

    lexical = assistant.retriever.lexical
    gold = Path(__file__).resolve().parents[1] / "evals" / "gold"
    queries = [json.loads(line)["q"] for f in sorted(gold.glob("*.jsonl")) for line in f.read_text(encoding="utf-8").splitlines()
               if line.strip() and '"q"' in line]
    rng = random.Random(5)
    queries += ["".join(rng.choice(c.text) for _ in range(rng.randint(1, 80))) for c in rng.choices(lexical.chunks, k=400)]
    queries += ["", "   ", "ABC abc", "量子物理学"]
    for q in map(normalize, queries):
        cols, weights = lexical.char_query(q)
        ref = lexical._chars.transform([q]).tocsr()
        assert np.array_equal(cols, ref.indices) and weights.tobytes() == ref.data.tobytes(), q
