"""The on-disk lexical index: reused for the same store state, rebuilt when the store changes."""

from __future__ import annotations

from pathlib import Path

from assistant.retrieve import HybridRetriever
from index.backends import make_store
from index.build import BuildReport, store_chunks
from index.settings import Settings

from conftest import make_settings


def _retriever(settings: Settings, cache: Path) -> HybridRetriever:
    return HybridRetriever(make_store(settings), None, settings.retrieval, cache_dir=cache)


def test_cache_is_reused_then_invalidated(tmp_path: Path, cases_copy: Path) -> None:
    settings = make_settings(tmp_path, cases_dir=cases_copy)
    settings.embedding.mode = "none"
    store_chunks(settings, make_store(settings), BuildReport())
    cache = tmp_path / "lexical"
    first = _retriever(settings, cache)
    files = list(cache.glob("lexical-*.npz"))
    assert len(files) == 1
    stamp = files[0].stat().st_mtime_ns
    second = _retriever(settings, cache)
    assert files[0].stat().st_mtime_ns == stamp  # read, not rewritten
    assert [c.chunk_id for c in second.chunks] == [c.chunk_id for c in first.chunks]
    q = "定西给交流帮扶人员的生活补助标准"
    assert [p.chunk.chunk_id for p in second.retrieve(q)] == [p.chunk.chunk_id for p in first.retrieve(q)]

    (cases_copy / "luxi.md").unlink()  # the store changes: its generation moves on
    store_chunks(settings, make_store(settings), BuildReport())
    third = _retriever(settings, cache)
    assert "luxi" not in {c.case_id for c in third.chunks}
    assert len(list(cache.glob("lexical-*.npz"))) == 2


def test_corrupt_cache_is_rebuilt(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    settings.embedding.mode = "none"
    store_chunks(settings, make_store(settings), BuildReport())
    cache = tmp_path / "lexical"
    n = len(_retriever(settings, cache).chunks)
    for f in cache.glob("lexical-*.npz"):
        f.write_bytes(b"not a cache")
    assert len(_retriever(settings, cache).chunks) == n


def test_index_build_writes_the_cache_the_first_start_loads(tmp_path: Path, monkeypatch) -> None:
    """`python -m index build` leaves the lexical cache behind: the app's first start reads no chunk texts."""
    from index.__main__ import run_build

    settings = make_settings(tmp_path)
    settings.embedding.mode = "none"
    settings.embedding.cache_path = tmp_path / "own-cache" / "vectors.sqlite"  # the lexical cache sits beside it
    report = run_build(settings, rebuild=False, quiet=True)
    cache = settings.embedding.cache_path.parent
    assert report.chunks > 0 and len(list(cache.glob("lexical-*.npz"))) == 1
    store = make_store(settings)

    def no_scan():
        raise AssertionError("the first start rebuilt the lexical index instead of loading the cache")

    monkeypatch.setattr(store, "all_chunks", no_scan)
    first = HybridRetriever(store, None, settings.retrieval, cache_dir=cache)
    assert len(first.chunks) == report.chunks and first.cache_error == ""
    assert first.retrieve("定西给交流帮扶人员的生活补助标准")[0].chunk.case_id == "dingxi"
