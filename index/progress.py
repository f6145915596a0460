"""A tqdm progress bar per build phase, for the CLI."""

from __future__ import annotations

from tqdm import tqdm


UNITS = {"embed": "chunk", "sentences": "sentence"}


class PhaseBars:
    def __init__(self) -> None:
        self._bars: dict[str, tqdm] = {}

    def __call__(self, phase: str, done: int, total: int) -> None:
        bar = self._bars.get(phase)
        if bar is None:
            bar = self._bars[phase] = tqdm(total=total, desc=phase, unit=UNITS.get(phase, "case"))
        bar.n = done
        bar.refresh()

    def close(self) -> None:
        for bar in self._bars.values():
            bar.close()
