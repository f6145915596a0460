"""Text helpers shared by retrieval and verification, checked against their plain definitions."""

from __future__ import annotations

import random

from assistant.text import bigram_counter, bigram_text, bigrams, overlap, read_sentences
from index.chunk import sentence_spans

ALPHABET = "淄博定西集团化办学教师交流轮岗,。、!? ABab12ＡＢ１２\u3000\n-_"


def test_bigram_counter_counts_the_shared_bigrams() -> None:
    """Counting the pairs that occur in the text gives `len(pairs & bigrams(text))`, full-width and punctuation alike."""
    rng = random.Random(17)
    texts = ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 40))) for _ in range(400)]
    for topic_text in texts[:60] + ["集团化办学", "教", "Ａ", "", ",。"]:
        pairs = bigrams(topic_text)
        count, count_read = bigram_counter(pairs), bigram_counter(pairs, read=str)
        for text in texts:
            assert count(text) == len(pairs & bigrams(text)) == count_read(bigram_text(text)), (topic_text, text)


def test_a_one_character_topic_matches_only_a_one_character_text() -> None:
    count = bigram_counter(bigrams("教"))  # {"教"}: a one-character text's only "bigram"
    assert count("教") == 1 and count("教师") == 0


def test_overlap() -> None:
    assert overlap("集团化办学", "淄博推进集团化办学。") == 1.0
    assert overlap("集团化办学", "定西开展支教。") == 0.0
    assert overlap("", "任何内容") == 0.0
    assert overlap("集团办学", "集团化办学") == 2 / 3  # 集团, 办学 of 集团/团办/办学


def test_read_sentences_are_the_sentences_as_bigrams_reads_them() -> None:
    text = "淄博推进集团化办学。\n  定西开展支教!Ａ校、Ｂ校结对;\n\n最后一句"
    read = read_sentences(text)
    assert [(s, e) for s, e, _ in read] == sentence_spans(text) and len(read) == 4
    for s, e, t in read:
        assert t == bigram_text(text[s:e]) and bigrams(text[s:e]) == {t[i:i + 2] for i in range(len(t) - 1)}
    assert read_sentences(text) is read  # cached per text
