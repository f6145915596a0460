"""The fitted weights of the order an answer quotes its sentences in (`crosslingual.answer_order`).

Why: which sentence a question's answer should open with is labelled in the gold sets (the one holding the fact),
so the weights of that order are fitted to them (`python -m evals.fit_order --write`) instead of set by hand.
They weigh the same named parts as the judged score (`sentences.SCORE_WEIGHTS`, which the abstention rules were
calibrated on and which therefore stays), plus the sentence's meaning. The file holds the weights and how they
were fitted; a missing or malformed file falls back to the judged score's own weights, so answers never fail on it.
"""

from __future__ import annotations

import json
import logging
from functools import lru_cache
from pathlib import Path

from .sentences import SCORE_WEIGHTS, W_ANCHOR, Unit

log = logging.getLogger(__name__)

WEIGHTS_PATH = Path(__file__).parent / "order_weights.json"
# The parts of a unit's evidence, in the judged score's order, then the two the order adds: beside what the previous
# answer quoted (a follow-up), and meaning (cosine below the closest candidate's).
PARTS: tuple[str, ...] = (*SCORE_WEIGHTS, "anchored", "meaning")
# Without a fitted file: the judged score's weights, the anchor at W_ANCHOR (counted for every anchored unit, where
# the judged score counts it only for a follow-up with no words of its own) and meaning at crosslingual.W_MEANING_ZH,
# the weight the quoting order used before it was fitted.
FALLBACK = {**SCORE_WEIGHTS, "anchored": W_ANCHOR, "meaning": 4.0}


def order_weights(path: Path = WEIGHTS_PATH) -> dict[str, float]:
    """The fitted weights, one per part of PARTS (FALLBACK when the file is missing, malformed or lacks a part); a
    copy, so a caller cannot change them for the next answer."""
    return dict(_load(path))


@lru_cache(maxsize=4)
def _load(path: Path) -> dict[str, float]:
    try:
        weights = json.loads(path.read_text(encoding="utf-8"))["weights"]
        if not isinstance(weights, dict):
            raise ValueError("'weights' is not an object")
        missing = [p for p in PARTS if isinstance(weights.get(p), bool) or not isinstance(weights.get(p), (int, float))]
        if missing:
            raise ValueError(f"no weight for {', '.join(missing)}")
        return {p: float(weights[p]) for p in PARTS}
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("order weights %s unusable (%s): quoting in the judged order's weights", path, exc)
        return dict(FALLBACK)


def order_score(unit: Unit, weights: dict[str, float] | None = None) -> float:
    """The unit's score for the quoting order, before meaning: its parts by the fitted weights."""
    weights = weights if weights is not None else order_weights()
    return sum(weights[p] * unit.parts.get(p, 0.0) for p in PARTS if p != "meaning")
