"""Text helpers shared by retrieval and verification, checked against their plain definitions."""

from __future__ import annotations

import random

from assistant.text import bigram_counter, bigrams, overlap

ALPHABET = "淄博定西集团化办学教师交流轮岗,。、!? ABab12ＡＢ１２\u3000\n-_"


def test_bigram_counter_counts_the_shared_bigrams() -> None:
    """Counting the pairs that occur in the text gives `len(pairs & bigrams(text))`, full-width and punctuation alike."""
    rng = random.Random(17)
    texts = ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 40))) for _ in range(400)]
    for topic_text in texts[:60] + ["集团化办学", "教", "Ａ", "", ",。"]:
        pairs = bigrams(topic_text)
        count = bigram_counter(pairs)
        for text in texts:
            assert count(text) == len(pairs & bigrams(text)), (topic_text, text)


def test_a_one_character_topic_matches_only_a_one_character_text() -> None:
    count = bigram_counter(bigrams("教"))  # {"教"}: a one-character text's only "bigram"
    assert count("教") == 1 and count("教师") == 0


def test_overlap() -> None:
    assert overlap("集团化办学", "淄博推进集团化办学。") == 1.0
    assert overlap("集团化办学", "定西开展支教。") == 0.0
    assert overlap("", "任何内容") == 0.0
    assert overlap("集团办学", "集团化办学") == 2 / 3  # 集团, 办学 of 集团/团办/办学
