"""Offline OCR of page images with RapidOCR (PP-OCRv4 Chinese detection/recognition, ONNX models in the wheel).

Why this engine: the `rapidocr-onnxruntime` wheel carries its models, so nothing is downloaded at run time,
and onnxruntime is already in the stack. The engine loads once per process (about a second) and is
shared; calls are serialised because one onnxruntime session per model is not meant to be re-entered.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

import numpy as np

from . import ExtractError
from .layout import Line

log = logging.getLogger(__name__)
_engine: Any = None
_lock = threading.Lock()
MIN_SCORE = 0.5  # recognitions below this confidence are mostly noise (stamps, speckles)


def _get_engine() -> Any:
    global _engine
    if _engine is None:
        try:
            from rapidocr_onnxruntime import RapidOCR
        except ImportError as exc:  # an optional dependency missing, or cv2 lacking a system library
            raise ExtractError(f"无法进行文字识别(OCR 组件未安装或无法加载:{exc})") from exc
        logging.getLogger("RapidOCR").setLevel(logging.WARNING)
        _engine = RapidOCR()
    return _engine


def ocr_lines(image: np.ndarray) -> list[Line]:
    """Text lines of an RGB image, top to bottom, with positions as fractions of the image."""
    height, width = image.shape[:2]
    with _lock:
        result, _ = _get_engine()(np.ascontiguousarray(image[:, :, ::-1]), use_cls=False)  # BGR like cv2; upright pages
    lines: list[Line] = []
    for box, text, score in result or []:
        if float(score) < MIN_SCORE or not str(text).strip():
            continue
        xs = [p[0] for p in box]
        ys = [p[1] for p in box]
        lines.append(Line(str(text), min(xs) / width, min(ys) / height, max(xs) / width, max(ys) / height))
    lines.sort(key=lambda ln: (round(ln.top * 200), ln.x0))  # rows first; boxes of one row share a top
    return _merge_rows(lines)


def _merge_rows(lines: list[Line]) -> list[Line]:
    """RapidOCR may split one visual line into several boxes; merge boxes whose vertical extents overlap."""
    merged: list[Line] = []
    for ln in lines:
        last = merged[-1] if merged else None
        if last is not None and min(last.bottom, ln.bottom) - max(last.top, ln.top) > 0.5 * min(last.height, ln.height):
            left, right = (last, ln) if last.x0 <= ln.x0 else (ln, last)
            # a wide gap (table cells, a date set apart) keeps a space; a split inside running text does not
            char_width = min((b.x1 - b.x0) / max(1, len(b.text)) for b in (left, right))
            gap = " " if right.x0 - left.x1 > 1.5 * char_width else ""
            merged[-1] = Line(left.text + gap + right.text, min(last.x0, ln.x0), min(last.top, ln.top), max(last.x1, ln.x1), max(last.bottom, ln.bottom))
        else:
            merged.append(ln)
    return merged
