"""Latency statistics shared by every benchmark and the tests: one `percentiles`, one `latency`."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import TypedDict


class Percentiles(TypedDict, total=False):
    """Milliseconds over `n` samples (only `n`, 0, when there were none)."""

    n: int
    p50_ms: float
    p95_ms: float
    p99_ms: float
    mean_ms: float
    max_ms: float


def percentiles(values_s: Sequence[float]) -> Percentiles:
    """p50/p95/p99/mean/max in ms of durations given in seconds."""
    import numpy as np

    if not values_s:
        return {"n": 0}
    ms = np.asarray(values_s, dtype=float) * 1000.0
    return {
        "n": len(values_s),
        "p50_ms": float(np.percentile(ms, 50)),
        "p95_ms": float(np.percentile(ms, 95)),
        "p99_ms": float(np.percentile(ms, 99)),
        "mean_ms": float(ms.mean()),
        "max_ms": float(ms.max()),
    }


def latency(fn: Callable[[str], object], questions: list[str], warmup: int = 3) -> Percentiles:
    """Time `fn(q)` for every question after `warmup` untimed calls."""
    for q in questions[:warmup]:
        fn(q)
    times = []
    for q in questions:
        t0 = time.perf_counter()
        fn(q)
        times.append(time.perf_counter() - t0)
    return percentiles(times)
