"""Sentence vectors computed at index time and read at query time (`index.build.sync_sentence_vectors`,
`assistant/sentence_vectors.py`), on the real corpus, model and cache."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import pytest
from conftest import SESSION_CACHE, make_settings

from assistant import Assistant, crosslingual
from assistant.crosslingual import W_MEANING_ZH, rerank
from assistant.intent import QueryIntent
from assistant.sentence_vectors import SentenceVectors
from assistant.sentences import Unit
from index.build import sentence_texts
from index.chunk import chunk_case
from index.embed import EmbeddingCache
from index.load import load_cases

COLLOQUIAL = "余杭私立学校占的盘子大,带来啥毛病?"  # 盘子 and 毛病 are words the corpus never uses


def test_a_build_caches_every_sentence_of_the_corpus(assistant, built_settings) -> None:
    retriever = assistant.retriever
    sentences = sentence_texts(retriever.store.all_chunks())
    assert len(sentences) > 300
    cache = EmbeddingCache(built_settings.embedding.cache_path)
    try:
        assert cache.missing(retriever.embedder.name, sentences) == []
    finally:
        cache.close()


def test_a_colloquial_question_embeds_nothing_but_the_question(assistant, monkeypatch) -> None:
    """Sentence meaning for a Chinese question in words the corpus never uses reads cached vectors only: the
    question is embedded by dense retrieval, and what it asks without the place's name (`intent.meaning_text`) once
    more for the answer step, which a later call re-uses; no sentence is embedded at query time."""
    embedder = assistant.retriever.embedder
    queries: list[str] = []
    passages: list[list[str]] = []
    embed_query, embed_texts = embedder.embed_query, embedder.embed_texts
    monkeypatch.setattr(embedder, "embed_query", lambda text: queries.append(text) or embed_query(text))
    monkeypatch.setattr(embedder, "embed_texts", lambda texts: passages.append(list(texts)) or embed_texts(texts))

    intent = assistant.analyze(COLLOQUIAL, [])
    assert any(assistant.retriever.term_weights().unknown(t) for t in intent.topic_terms)
    answer = assistant.ask(COLLOQUIAL)
    assert answer.answer
    similarity = crosslingual.meaning(assistant, intent, None)  # what `context` used: the remembered query vectors
    assert similarity is not None
    assert np.isfinite(similarity(_sentences(assistant))).all()
    assert queries == [COLLOQUIAL, COLLOQUIAL.replace("余杭", "")] and passages == []


def _sentences(assistant) -> list[str]:
    chunk = assistant.retriever.case_chunks("yuhang")[0]
    return sentence_texts([chunk])[:3]


def test_a_unit_missing_a_sentence_vector_is_tolerated(assistant, tmp_path: Path) -> None:
    """A unit whose sentence is not cached (yet) gets no vector and ranks as the farthest compared one; once the
    sentence is cached it joins (missing vectors are not remembered)."""
    embedder = assistant.retriever.embedder
    cache = EmbeddingCache(tmp_path / "cache.sqlite")
    a, b, c = "余杭区推进民办教育规范发展。", "私立学校规模过大带来招生压力。", "定西市召开了特岗教师跟岗培训观摩总结会。"
    cache.put_many(embedder.name, list(zip([a, b], embedder.embed_texts([a, b]))))
    vectors = SentenceVectors(embedder.name, lambda: cache)

    both, partial = vectors.unit_vectors([a + b, a + c])
    mean = embedder.embed_texts([a, b]).mean(axis=0)
    assert partial is None
    assert float(both @ (mean / np.linalg.norm(mean))) > 0.9999

    query = embedder.embed_query(COLLOQUIAL)
    units = [Unit(1, "x", 0, 1, a + c, score=1.0), Unit(1, "x", 2, 3, a + b, score=0.98), Unit(1, "x", 4, 5, a, score=0.97)]
    sims = vectors.similarities(query, [u.text for u in units])
    assert np.isnan(sims[0]) and np.isfinite(sims[1:]).all()
    intent = QueryIntent(question=COLLOQUIAL, query=COLLOQUIAL, language="zh", terms=["盘子"])
    judged = rerank(intent, units, lambda texts: vectors.similarities(query, texts), assistant.retriever.term_weights())
    best, low = float(np.nanmax(sims)), float(np.nanmin(sims))
    first = next(u for u in judged if u.text == a + c)
    assert first.score == pytest.approx(1.0 + W_MEANING_ZH * (low - best))  # as far as the farthest compared one

    cache.put_many(embedder.name, [(c, embedder.embed_texts([c])[0])])
    assert vectors.unit_vectors([a + c])[0] is not None
    cache.close()


def test_the_unit_lru_is_bounded(assistant) -> None:
    embedder = assistant.retriever.embedder
    cache = EmbeddingCache(SESSION_CACHE)
    vectors = SentenceVectors(embedder.name, lambda: cache, capacity=2)
    texts = _sentences(assistant)
    assert all(v is not None for v in vectors.unit_vectors(texts))
    assert len(vectors._known) == 2
    cache.close()


def _private_copy(tmp_path: Path):
    """Settings whose embedding cache is a private copy of the session's (a test may delete from it)."""
    settings = make_settings(tmp_path)
    settings.embedding.cache_path = tmp_path / "cache.sqlite"
    src, dst = sqlite3.connect(str(SESSION_CACHE)), sqlite3.connect(str(settings.embedding.cache_path))
    src.backup(dst)
    src.close()
    dst.close()
    return settings


def _forget_some_sentences(settings) -> list[str]:
    """Delete three sentences of the first case from the settings' cache; returns them."""
    cases, _ = load_cases(settings.cases_dir)
    dropped = sentence_texts([ch for case in cases[:1] for ch in chunk_case(case, settings.chunk)])[:3]
    db = sqlite3.connect(str(settings.embedding.cache_path))
    db.executemany("DELETE FROM vectors WHERE key=?", [(EmbeddingCache.key(t),) for t in dropped])
    db.commit()
    db.close()
    return dropped


def test_background_embedding_adds_the_sentence_vectors(tmp_path: Path) -> None:
    """A fresh install embeds chunk vectors in the background, then the sentences the cache lacks."""
    settings = _private_copy(tmp_path)
    dropped = _forget_some_sentences(settings)
    assistant = Assistant.load(settings, dense_in_background=True)
    embedder = assistant.retriever.embedder
    assistant._embed_thread.join(120)
    assert assistant.retriever.dense_active.is_set()
    cache = EmbeddingCache(settings.embedding.cache_path)
    assert cache.missing(embedder.name, dropped) == []
    cache.close()


def test_an_index_built_before_sentence_vectors_gets_them_on_start(tmp_path: Path) -> None:
    """Chunk vectors complete, sentence vectors missing (an index from an older build): the app's start-up fills in
    the sentences in the background, and dense retrieval stays active meanwhile."""
    settings = _private_copy(tmp_path)
    Assistant.load(settings)  # a complete build: chunk and sentence vectors
    dropped = _forget_some_sentences(settings)
    assistant = Assistant.load(settings, dense_in_background=True)
    assert assistant.retriever.dense_active.is_set()  # chunk vectors are complete: no wait for dense retrieval
    assistant._embed_thread.join(120)
    cache = EmbeddingCache(settings.embedding.cache_path)
    assert cache.missing(assistant.retriever.embedder.name, dropped) == []
    cache.close()


def test_a_failing_embedding_of_what_is_asked_loses_meaning_not_the_answer(assistant, monkeypatch) -> None:
    """The embedding of what a question asks is resolved when the answer step first needs it: its failure (a server
    down, a model error) leaves the answer in the judged order, never an error."""
    from index.errors import AssistantError

    embedder = assistant.retriever.embedder
    embed_query = embedder.embed_query
    asked = "区域教育协作有哪几种形式?"

    def flaky(text: str):
        if text == asked:
            raise AssistantError("embedding server unavailable")
        return embed_query(text)

    monkeypatch.setattr(embedder, "embed_query", flaky)
    answer = assistant.ask("定西" + asked)
    assert answer.answer and not answer.abstained
