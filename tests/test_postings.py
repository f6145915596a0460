"""Substring lookups through the character n-gram postings answer exactly as the whole-corpus scans they replace.

The reference is the scan itself: the corpus text as one string (case texts but keyword lists, joined by line breaks,
then the regions), as question analysis searched it before. Rows are the real corpus (`cases/`), so the words,
names and compounds are the ones users reach.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence

import pytest

from assistant.english import _written
from assistant.intent import Corpus, _quoted_in, analyze
from assistant.lexical import LexicalIndex
from assistant.postings import ChunkTexts
from assistant.stuffing import is_keyword_list
from index.build import index_text
from index.clean import normalize
from tests.pieces import chunk

TEXTS = ["淄博推进集团化办学。", "", "定西开展支教,支教教师三百名。", "集团", "办学集团化"]


@pytest.mark.parametrize("term", ["集团", "支教", "办学", "团化", "学。定", "", "。", "不存在", "化办", "集团化办学。"])
def test_plain_texts_answer_as_a_loop(term: str) -> None:
    t = ChunkTexts(TEXTS)
    assert t.containing(term) == [i for i, s in enumerate(TEXTS) if term in s]
    assert t.contains(term) == any(term in s for s in TEXTS)
    assert t.count(term) == sum(term in s for s in TEXTS)
    assert t.count(term, below=3) == sum(term in s for s in TEXTS[:3])


def test_never_matches_across_two_texts() -> None:
    t = ChunkTexts(["甲乙", "丙丁"], extra="戊")
    assert not t.contains("乙丙") and not t.contains("丁戊") and t.contains("戊") and t.containing("戊") == [2]


def test_empty_collection() -> None:
    t = ChunkTexts([])
    assert not t.contains("") and t.containing("") == [] and t.count("x") == 0 and list(t.occurrences("x")) == []


def test_random_texts_through_the_index_agree_with_the_loop() -> None:
    rng = random.Random(7)
    alphabet = "教师学校集团化办,A b"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(200)]
    index = LexicalIndex([chunk(f"c{i}", "x", s or "空") for i, s in enumerate(texts)])
    t = ChunkTexts(texts, index.rows_holding)
    for _ in range(400):
        term = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 5)))
        assert t.containing(term) == [i for i, s in enumerate(texts) if term in s], term
        assert [(s, p) for s, p in t.occurrences(term)] == [(s, m.start()) for s in texts for m in re.finditer(re.escape(term), s)]


class Counted(Sequence[str]):
    """Texts that record which of them were read."""

    def __init__(self, texts: list[str]) -> None:
        self.texts, self.read = texts, set()

    def __len__(self) -> int:
        return len(self.texts)

    def __getitem__(self, i):  # type: ignore[override]
        self.read.add(i)
        return self.texts[i]


@pytest.fixture(scope="module")
def real(assistant):
    """The retriever over the real corpus, its lookups, and the corpus text as the old scan saw it."""
    r = assistant.retriever
    old_text = "\n".join(c.text for c in r.chunks if not is_keyword_list(c.text)) + "\n".join(c.region for c in r.chunks)
    return r, old_text


# Strings the question path looks up: glued pieces (县管校/聘), names a frame word opens, English compounds, places.
LOOKUPS = ["县管校聘", "县管校", "地方教育研究中心", "地方教育", "教育发展", "新机制", "学校发展共同体", "深圳", "成都市",
           "甘肃省", "定西市", "渭源县", "GDP", "STEAM", "steam", "AI", "“破”", "集团化办学", "不存在的词语", "教师", "。"]


@pytest.mark.parametrize("term", LOOKUPS)
def test_corpus_lookup_is_the_scan(real, term: str) -> None:
    r, old_text = real
    assert r.corpus_texts().contains(term) is (term in old_text)
    assert r.corpus().written.contains(term) is (term in old_text)


def test_every_word_and_random_strings_of_the_real_corpus(real) -> None:
    r, old_text = real
    rng = random.Random(3)
    texts = r.corpus_texts()
    samples = sorted(r.corpus().vocabulary)
    for _ in range(3000):  # strings written in the corpus, and the same with one character changed
        c = rng.choice(r.chunks).text
        i, n = rng.randrange(max(len(c) - 8, 1)), rng.randint(2, 8)
        s = c[i:i + n]
        samples += [s, s[:-1] + rng.choice("的教育学校发展县市")]
    assert [t for t in samples if texts.contains(t) != (t in old_text)] == []


@pytest.mark.parametrize("question,term", [
    ("县管校聘具体怎么操作?", "县管校聘"),  # segmentation splits 县管校/聘: glued back as the corpus writes it
    ("研究院的地方教育研究中心负责什么?", "地方教育研究中心"),  # a frame word (地方) opening a longer corpus name
])
def test_analysis_finds_the_same_terms_as_with_the_scan(real, question: str, term: str) -> None:
    r, old_text = real
    new = r.corpus()
    old = Corpus(aliases=new.aliases, kinds=new.kinds, names=new.names, vocabulary=new.vocabulary, text=old_text,
                 frequency=new.frequency, chunk_count=new.chunk_count)
    assert analyze(question, None, new) == analyze(question, None, old)
    assert term in analyze(question, None, new).terms


def test_english_compounds_are_the_scans(real) -> None:
    r, old_text = real
    new = r.corpus()
    old = Corpus(aliases=new.aliases, kinds=new.kinds, names=new.names, vocabulary=new.vocabulary, text=old_text,
                 frequency=new.frequency, chunk_count=new.chunk_count)
    question = "What does the educational development plan of Dingxi say about the new mechanism?"
    assert analyze(question, None, new) == analyze(question, None, old)
    assert "教育发展" in analyze(question, None, new).phrases
    # every pair of neighbouring corpus words, as the compound check tries them: same verdict as the old scan
    vocab = new.vocabulary
    pairs = sorted({a + b for c in r.chunks[:30] for a, b in zip(re.findall(r"[一-龥]{1,4}", c.text), re.findall(r"[一-龥]{1,4}", c.text)[1:])})
    assert [p for p in pairs if _written(p, new.written, vocab) != _old_written(p, old_text, vocab)] == []


def _old_written(compound: str, text: str, vocabulary: frozenset[str]) -> bool:
    """The compound check as it was, over the corpus text as one string."""
    for n, m in enumerate(re.finditer(re.escape(compound), text)):
        if n >= 50:
            break
        before = text[m.start() - 1:m.start() + 1] if m.start() else ""
        if before not in vocabulary and text[m.end() - 1:m.end() + 1] not in vocabulary:
            return True
    return False


def test_quoted_characters_are_the_scans(real) -> None:
    """Every character: quoted in the corpus exactly when a scan of each text finds it quoted. (The scan of the joined
    string also matched from a closing 〃 at one chunk's end to an opening 〃 in the next chunk, which repeats that
    sentence as overlap: 探, 立 and 索 of 〃周转池〃制度。\n探索建立教职工编制〃 were "quoted". No match spans two texts now.)"""
    r, old_text = real
    written = r.corpus().written
    texts = [c.text for c in r.chunks if not is_keyword_list(c.text)] + [c.region for c in r.chunks]
    for ch in sorted(set(re.findall(r"[一-龥]", old_text))):
        quoted = re.compile(f"[“〃\"][^”〃\"“]{{0,8}}{re.escape(ch)}[^”〃\"“]{{0,8}}[”〃\"]")
        assert _quoted_in(ch, written) is any(quoted.search(t) for t in texts), ch


@pytest.mark.parametrize("term", ["县管校聘", "地方教育研究中心", "量子物理", "教育发展"])
def test_only_chunks_holding_the_rarest_ngram_are_read(real, term: str) -> None:
    r, _ = real
    texts = Counted([c.text for c in r.chunks])
    found = ChunkTexts(texts, r.lexical.rows_holding).containing(term)
    assert found == [i for i, c in enumerate(r.chunks) if term in c.text]
    columns, m = r.lexical._char_vocabulary, r.lexical._char_matrix
    df = {g: m.indptr[columns[g] + 1] - m.indptr[columns[g]] if g in columns else 0 for g in (term[i:i + 3] for i in range(len(term) - 2))}
    rarest = min(df, key=df.get)
    holding = {i for i, c in enumerate(r.chunks) if rarest in normalize(index_text(c))}
    assert texts.read <= holding and len(holding) == df[rarest]  # no chunk lacking its rarest trigram is read
    assert len(texts.read) < len(r.chunks) // 4
