"""Joined chunk texts answer containment exactly like a loop over the texts."""

from __future__ import annotations

import random

import pytest

from assistant.joined import JoinedTexts

TEXTS = ["淄博推进集团化办学。", "", "定西开展支教,支教教师三百名。", "集团", "办学集团化"]


@pytest.mark.parametrize("term", ["集团", "支教", "办学", "团化", "学。定", "", "。", "不存在", "化办", "集团化办学。"])
def test_same_as_a_loop(term: str) -> None:
    j = JoinedTexts(TEXTS)
    assert j.containing(term) == [i for i, t in enumerate(TEXTS) if term in t]
    assert j.contains(term) == any(term in t for t in TEXTS)
    assert j.count(term) == sum(term in t for t in TEXTS)


def test_never_matches_across_two_texts() -> None:
    j = JoinedTexts(["甲乙", "丙丁"])
    assert not j.contains("乙丙") and j.containing("乙丙") == []


def test_empty_collection() -> None:
    j = JoinedTexts([])
    assert not j.contains("") and j.containing("") == [] and j.count("x") == 0


def test_random_texts_agree_with_the_loop() -> None:
    rng = random.Random(7)
    alphabet = "教师学校集团化办"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(200)]
    j = JoinedTexts(texts)
    for _ in range(300):
        term = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4)))
        assert j.containing(term) == [i for i, t in enumerate(texts) if term in t], term
