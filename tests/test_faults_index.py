"""Indexing under faults: killed mid-way, an unwritable or unreachable store, a missing corpus."""

from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from conftest import SESSION_CACHE, make_settings

from index.chunk import chunk_case
from index.errors import StoreError
from index.load import load_cases
from index.settings import REPO_ROOT, StoreSettings
from index.store import ChromaStore


def cli_env(store: Path, cases: Path, cache: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("JY_")}
    env.update(
        JY_STORE__PATH=str(store),
        JY_CASES_DIR=str(cases),
        JY_EMBEDDING__CACHE_PATH=str(cache),
        JY_EMBEDDING__THREADS="2",
        PYTHONPATH=str(REPO_ROOT),
        HF_HUB_OFFLINE="1",
        PYTHONUNBUFFERED="1",
        **extra,
    )
    return env


class Build:
    """`python -m index build` in a child process, its stderr (logs and tqdm bars) collected as it comes."""

    def __init__(self, cwd: Path, env: dict[str, str], *args: str) -> None:
        self.proc = subprocess.Popen([sys.executable, "-m", "index", "build", *args], cwd=cwd, env=env,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.err = bytearray()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stderr is not None
        for chunk in iter(lambda: self.proc.stderr.read1(4096), b""):
            self.err.extend(chunk)

    def wait_for(self, condition, what: str, timeout: float = 180.0) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if self.proc.poll() is not None:
                pytest.fail(f"build exited ({self.proc.returncode}) before {what}: {self.err.decode(errors='replace')[-2000:]}")
            if time.monotonic() > deadline:
                self.kill()
                pytest.fail(f"timed out waiting for {what}")
            time.sleep(0.05)

    def kill(self) -> None:
        if self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=30)
        self._reader.join(timeout=10)


def cached_vectors(path: Path) -> int:
    if not path.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as db:
            return db.execute("SELECT count(*) FROM vectors").fetchone()[0]
    except sqlite3.OperationalError:  # table not created yet, or locked for a moment
        return 0


@pytest.mark.slow
def test_killed_build_resumes_to_exactly_one_copy(tmp_path: Path, cases_copy: Path) -> None:
    store_path = tmp_path / "chroma"
    fresh_cache = tmp_path / "fresh-cache" / "vectors.sqlite"  # nothing cached: embedding takes a while
    env = cli_env(store_path, cases_copy, fresh_cache, JY_EMBEDDING__BATCH_SIZE="4")

    cases, errors = load_cases(cases_copy)
    assert not errors
    expected = {c.chunk_id: c.text for case in cases for c in chunk_case(case)}
    assert len(expected) > 64  # more than one write slice of vectors (batch 4 -> slices of 64)

    # 1) killed while chunk texts are being written
    first = Build(tmp_path, env)
    first.wait_for(lambda: b"chunks" in first.err, "the chunk phase")
    first.kill()
    assert first.proc.returncode == -signal.SIGKILL

    # 2) killed in the middle of embedding, after a first slice of vectors was stored
    second = Build(tmp_path, env)
    second.wait_for(lambda: b"embed" in second.err, "the embedding phase")
    second.wait_for(lambda: cached_vectors(fresh_cache) >= 72, "some vectors")
    second.kill()
    assert second.proc.returncode == -signal.SIGKILL
    done_before = cached_vectors(fresh_cache)
    assert 0 < done_before < len(expected)

    # 3) run to completion
    third = Build(tmp_path, env, "--json")
    out, _ = third.proc.communicate(timeout=600)
    third._reader.join(timeout=10)
    assert third.proc.returncode == 0, third.err.decode(errors="replace")[-3000:]
    report = json.loads(out)
    assert report["errors"] == []
    assert report["chunks"] == report["vectors"] == len(expected)
    assert report["embedded"] <= len(expected) - done_before  # what was embedded before the kill is not redone
    # every chunk's vector, and then every distinct sentence's (index.build.sync_sentence_vectors)
    assert report["sentences"] > 0 and cached_vectors(fresh_cache) == len(expected) + report["sentences"]

    store = ChromaStore(StoreSettings(path=store_path))
    chunks = store.all_chunks()
    ids = [c.chunk_id for c in chunks]
    assert [cid for cid, n in Counter(ids).items() if n > 1] == []
    assert len(ids) == store.count() == sum(len(chunk_case(case)) for case in cases)
    assert {c.chunk_id: c.text for c in chunks} == expected
    vector_ids = store.vector_ids(report["embedding"], 384)
    assert vector_ids == set(ids)
    assert store.vector_count(report["embedding"], 384) == len(ids)
    for case_id, entry in store.case_manifest().items():
        assert entry["stored"] == entry["n_chunks"] and len(entry["digests"]) == 1, case_id
    del store

    # 4) and a further run finds nothing to do
    fourth = subprocess.run([sys.executable, "-m", "index", "build", "--json"], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=300)
    assert fourth.returncode == 0, fourth.stderr
    again = json.loads(fourth.stdout)
    assert again["added_cases"] == again["updated_cases"] == again["removed_cases"] == []
    assert again["embedded"] == 0 and again["chunks"] == len(expected)


# -- an unusable store ---------------------------------------------------------------------------------------


def unusable_paths(tmp_path: Path) -> dict[str, Path]:
    a_file = tmp_path / "file.txt"
    a_file.write_text("not a directory\n")
    return {
        "under a file": a_file / "chroma",
        "is a file": a_file,
        "under /proc": Path("/proc/jy-no-such-dir/chroma"),
    }


@pytest.mark.parametrize("kind", ["under a file", "is a file", "under /proc"])
def test_unwritable_store_path_raises_store_error(tmp_path: Path, kind: str) -> None:
    path = unusable_paths(tmp_path)[kind]
    with pytest.raises(StoreError) as info:
        ChromaStore(StoreSettings(path=path))
    message = str(info.value)
    assert str(path) in message
    assert "向量库目录" in message
    assert "Traceback" not in message and len(message) < 300


def test_assistant_load_with_unwritable_store(tmp_path: Path) -> None:
    from assistant import Assistant

    settings = make_settings(tmp_path, embedding__mode="none")
    settings.store.path = unusable_paths(tmp_path)["under a file"]
    with pytest.raises(StoreError, match="向量库目录"):
        Assistant.load(settings)


def test_cli_unwritable_store_exits_2(tmp_path: Path) -> None:
    path = unusable_paths(tmp_path)["under a file"]
    run = subprocess.run([sys.executable, "-m", "index", "build"], cwd=tmp_path,
                         env=cli_env(path, REPO_ROOT / "cases", SESSION_CACHE, JY_EMBEDDING__MODE="none"),
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 2
    assert "error:" in run.stderr and str(path) in run.stderr
    assert "Traceback" not in run.stderr
    assert run.stdout == ""


def test_cli_unreachable_server_exits_2(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    run = subprocess.run([sys.executable, "-m", "index", "build", "--json"], cwd=tmp_path,
                         env=cli_env(tmp_path / "unused", REPO_ROOT / "cases", SESSION_CACHE,
                                     JY_EMBEDDING__MODE="none", JY_STORE__HOST="127.0.0.1", JY_STORE__PORT=str(port)),
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 2
    assert "error:" in run.stderr and f"127.0.0.1:{port}" in run.stderr
    assert "Traceback" not in run.stderr


def test_cli_missing_cases_dir_exits_2(tmp_path: Path) -> None:
    missing = tmp_path / "no-cases-here"
    run = subprocess.run([sys.executable, "-m", "index", "build"], cwd=tmp_path,
                         env=cli_env(tmp_path / "chroma", missing, SESSION_CACHE, JY_EMBEDDING__MODE="none"),
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 2
    assert f"error: {missing}: cases directory does not exist" in run.stderr
    assert "Traceback" not in run.stderr


# -- an unusable embedding cache ------------------------------------------------------------------------------


def test_corrupt_embedding_cache_is_set_aside_unwritable_is_an_error(tmp_path: Path) -> None:
    """A damaged cache costs only re-embedding (it is moved aside); a path that cannot hold a file is an error."""
    from index.embed import EmbeddingCache
    from index.errors import AssistantError

    corrupt = tmp_path / "corrupt.sqlite"
    corrupt.write_bytes(b"this is not an SQLite database" * 200)
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    with pytest.raises(AssistantError, match="embedding cache .* unusable") as info:
        EmbeddingCache(blocker / "cache.sqlite")
    assert str(blocker / "cache.sqlite") in str(info.value) and "JY_EMBEDDING__CACHE_PATH" in str(info.value)

    cache = EmbeddingCache(corrupt)  # what every build does first: no longer blocked
    cache.put_many("m", [("文本", np.ones(4, dtype=np.float32))])
    assert set(cache.get_many("m", ["文本"])) == {EmbeddingCache.key("文本")}
    cache.close()
    [aside] = tmp_path.glob("corrupt.sqlite.corrupt-*")
    assert aside.read_bytes().startswith(b"this is not an SQLite database")
