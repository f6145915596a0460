"""The index and the assistant against a real `chroma run` server on loopback: shared, stopped, restarted."""

from __future__ import annotations

import shutil
import subprocess
import time
import uuid
from pathlib import Path

import httpx
import pytest
from conftest import make_settings

from bench.procs import free_port

from index.backends import make_cache, make_embedder, make_store
from index.build import build_index
from index.errors import AssistantError, StoreError
from index.settings import Settings

pytestmark = pytest.mark.server

ZIBO_QUESTION = "淄博的学校发展共同体有哪几种模式?"
NEW_CASE = """---
id: luochuan
name: 洛川县
region: 陕西省延安市洛川县
level: 县
kind: case
title: 洛川县:果园里的劳动教育课堂
topics:
- 劳动教育
---

# 洛川县:果园里的劳动教育课堂

洛川县依托苹果产业开设“果园课堂”,全县中小学共建成果园劳动实践基地三十个。
学生每周在果园劳动实践一次,由果农担任校外劳动导师,劳动教育成绩计入综合素质评价。
"""


class ChromaServer:
    """`chroma run` as a child process; start() waits (bounded) for the heartbeat."""

    def __init__(self, path: Path, port: int | None = None) -> None:
        self.path = path
        self.port = port or free_port()
        self.proc: subprocess.Popen | None = None
        self.log = path.parent / f"chroma-{self.port}.log"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 60.0) -> None:
        chroma = shutil.which("chroma")
        if chroma is None:
            pytest.skip("the `chroma` CLI (installed with chromadb) is not on PATH")
        with open(self.log, "ab") as log:
            self.proc = subprocess.Popen(
                [chroma, "run", "--host", "127.0.0.1", "--port", str(self.port), "--path", str(self.path)],
                stdout=log, stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + timeout
        while True:
            if self.proc.poll() is not None:
                pytest.fail(f"chroma server exited with {self.proc.returncode}: {self.log.read_text(errors='replace')[-2000:]}")
            try:
                if httpx.get(f"{self.url}/api/v2/heartbeat", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                self.stop()
                pytest.fail(f"chroma server not ready on port {self.port} within {timeout:.0f} s")
            time.sleep(0.2)

    def stop(self) -> None:
        if self.proc is None:
            return
        self.proc.terminate()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.proc = None
        # the port is free again once nobody answers
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                httpx.get(f"{self.url}/api/v2/heartbeat", timeout=0.5)
            except httpx.HTTPError:
                return
            time.sleep(0.2)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    srv = ChromaServer(tmp_path_factory.mktemp("chroma-server") / "data")
    srv.start()
    yield srv
    srv.stop()


def server_settings(tmp_path: Path, srv: ChromaServer, cases_dir: Path | None = None) -> Settings:
    settings = make_settings(tmp_path, cases_dir=cases_dir)
    settings.store.host = "127.0.0.1"
    settings.store.port = srv.port
    settings.store.collection = f"t{uuid.uuid4().hex[:8]}"  # each test its own collections on the shared server
    settings.embedding.threads = 2
    return settings


def build(settings: Settings):
    store = make_store(settings)
    embedder = make_embedder(settings)
    return build_index(settings, store, embedder, make_cache(settings))


def test_build_and_retrieve_through_the_server(tmp_path: Path, server: ChromaServer) -> None:
    from assistant import Assistant

    settings = server_settings(tmp_path, server)
    report = build(settings)
    assert report.cases >= 10 and report.chunks == report.vectors > 0 and report.errors == []
    assert not (tmp_path / "chroma").exists()  # nothing went to the local directory

    assistant = Assistant.load(settings)
    assert assistant.retriever.store.location == f"chroma server http://127.0.0.1:{server.port}"
    passages = assistant.retriever.retrieve(ZIBO_QUESTION)
    assert passages
    assert passages[0].chunk.case_id == "zibo"
    assert sum(p.chunk.case_id == "zibo" for p in passages[:3]) >= 2
    assert "dense" in passages[0].ranks or any("dense" in p.ranks for p in passages)
    zibo_text = " ".join(p.chunk.text for p in passages if p.chunk.case_id == "zibo")
    assert "共同体" in zibo_text

    answer = assistant.ask(ZIBO_QUESTION)
    assert not answer.abstained
    assert answer.citations and all(c.case_id == "zibo" for c in answer.citations)
    status = assistant.status()
    assert status["store_error"] == "" and status["dense_vectors"] == report.vectors

    # a second build through the server finds nothing to do
    again = build(settings)
    assert again.added_cases == again.updated_cases == again.removed_cases == [] and again.embedded == 0


def test_two_assistants_share_the_server(tmp_path: Path, server: ChromaServer, cases_copy: Path) -> None:
    from assistant import Assistant

    settings = server_settings(tmp_path, server, cases_dir=cases_copy)
    build(settings)
    writer = Assistant.load(settings)
    reader = Assistant.load(settings)
    assert not any(c.case_id == "luochuan" for c in reader.retriever.chunks)
    with pytest.raises(AssistantError, match="未知的案例 luochuan"):  # (the known cases are now kept per generation)
        reader.retriever.resolve_filters(case="luochuan")
    generation = reader.retriever.store.generation()

    (cases_copy / "luochuan.md").write_text(NEW_CASE, encoding="utf-8")
    report = writer.reindex()
    assert report.added_cases == ["luochuan"] and report.vectors == report.chunks  # (embedded once, then cached)
    assert any(c.case_id == "luochuan" for c in writer.retriever.chunks)

    # the reader notices the generation bump on its next (rate-limited) freshness check
    assert reader.retriever.store.generation() == generation + 1
    time.sleep(2.1)
    assert reader.retriever.refresh() is True
    assert any(c.case_id == "luochuan" for c in reader.retriever.chunks)
    assert reader.retriever.resolve_filters(case="luochuan").case_ids == {"luochuan"}
    assert reader.retriever.refresh(force=False) is False  # checked just now
    passages = reader.retriever.retrieve("洛川县的果园劳动教育是怎么做的?")
    assert passages[0].chunk.case_id == "luochuan"
    assert "dense" in passages[0].ranks  # the writer's vectors are visible to the reader too
    assert reader.status()["cases"] == writer.status()["cases"] == 11


def test_server_down_and_back(tmp_path: Path) -> None:
    from assistant import Assistant

    srv = ChromaServer(tmp_path / "own-server")
    srv.start()
    try:
        settings = server_settings(tmp_path, srv)
        build(settings)
        assistant = Assistant.load(settings)
        store = assistant.retriever.store
        assert assistant.retriever.retrieve(ZIBO_QUESTION)[0].chunk.case_id == "zibo"
        n = store.count()

        srv.stop()
        # every store operation fails with a StoreError naming the server
        for op in (store.count, store.generation, store.all_chunks, store.case_manifest):
            with pytest.raises(StoreError) as info:
                op()
            message = str(info.value)
            assert f"127.0.0.1:{srv.port}" in message and "向量库不可用" in message
        with pytest.raises(StoreError, match=f"无法连接向量库服务.*{srv.port}"):
            make_store(settings)
        with pytest.raises(StoreError):
            build_index(settings, store, None, None)

        # retrieval keeps serving from the in-memory lexical index
        passages = assistant.retriever.retrieve(ZIBO_QUESTION)
        assert passages and passages[0].chunk.case_id == "zibo"
        assert all("dense" not in p.ranks for p in passages)
        assert not assistant.ask(ZIBO_QUESTION).abstained
        time.sleep(2.1)  # let the rate-limited freshness check run against the dead server
        status = assistant.status()
        assert status["store_error"] and str(srv.port) in status["store_error"]
        assert status["chunks"] == n and status["dense_vectors"] == 0

        # the same server comes back on the same port and path: the same objects work again
        srv.start()
        assert store.count() == n
        assert assistant.retriever.refresh(force=True) is True
        status = assistant.status()
        assert status["store_error"] == "" and status["dense_vectors"] == n
        passages = assistant.retriever.retrieve(ZIBO_QUESTION)
        assert passages[0].chunk.case_id == "zibo" and any("dense" in p.ranks for p in passages)
        assert build(settings).embedded == 0
    finally:
        srv.stop()
