"""A photographed or scanned page saved as an image (PNG/JPEG/TIFF/BMP): one page, read by OCR."""

from __future__ import annotations

from pathlib import Path

from . import Extracted, ExtractError, Progress
from .layout import assemble


MAX_SIDE = 3000  # pixels


def read_image(path: Path, *, progress: Progress | None = None) -> Extracted:
    import numpy as np
    from PIL import Image, UnidentifiedImageError

    from .ocr import ocr_lines

    try:
        with Image.open(path) as im:
            im.thumbnail((MAX_SIDE, MAX_SIDE))  # a huge photo is scaled down (RapidOCR scales to 2,000 anyway)
            image = np.asarray(im.convert("RGB"))
    except Image.DecompressionBombError as exc:
        raise ExtractError("图片像素过多(超过安全上限),已拒绝") from exc
    except (UnidentifiedImageError, OSError) as exc:
        raise ExtractError(f"图片已损坏或格式无法识别({exc.__class__.__name__})") from exc
    if progress:
        progress("OCR", 1, 1)
    lines = ocr_lines(image)
    text, starts = assemble([lines])
    if not text.strip():
        raise ExtractError("图片中没有识别出文字")
    return Extracted(text=text, pages=starts, ocr_pages=[1])
