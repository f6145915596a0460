"""The on-disk lexical cache as data only: numpy/scipy arrays and JSON in one `.npz`, never pickle.

Why: the cache directory may be shared (`JY_EMBEDDING__CACHE_PATH` on a network folder), so anyone who can
write a file there must not be able to run code in the app. `np.load(allow_pickle=False)` refuses object
arrays, JSON builds only plain values, and every member is checked (names, dtypes, sizes, the store state
it was made for) before use. Anything unexpected raises `CacheError`; the caller rebuilds from the store.
"""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse

FORMAT = "jiaoyu-lexical/2"
_META = "meta.json"
_ALLOWED_KINDS = "biuf"  # bool, int, unsigned, float: nothing that can hold an object


class CacheError(ValueError):
    """The cache file is not one we wrote for this store state: rebuild, never trust it."""


def save(path: Path, arrays: dict[str, np.ndarray | sparse.spmatrix], doc: dict[str, Any], state: str) -> None:
    """Write atomically (temp file + rename), so a reader never sees half a file."""
    members: dict[str, np.ndarray] = {}
    layout: dict[str, str] = {}
    for name, value in arrays.items():
        if sparse.issparse(value):
            fmt = value.format
            if fmt not in ("csr", "csc"):
                value, fmt = value.tocsr(), "csr"
            layout[name] = fmt
            members[f"{name}.data"] = np.asarray(value.data)
            members[f"{name}.indices"] = np.asarray(value.indices)
            members[f"{name}.indptr"] = np.asarray(value.indptr)
            members[f"{name}.shape"] = np.asarray(value.shape, dtype=np.int64)
        else:
            layout[name] = "dense"
            members[name] = np.asarray(value)
    meta = {"format": FORMAT, "state": state, "layout": layout, "doc": doc}
    members[_META] = np.frombuffer(json.dumps(meta, ensure_ascii=False).encode("utf-8"), dtype=np.uint8)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.tmp{os.getpid()}")
    with tmp.open("wb") as fh:
        np.savez(fh, **members)  # uncompressed: `load` refuses compressed members (no zip bombs)
    tmp.replace(path)


def load(path: Path, state: str, max_bytes: int = 2 << 30) -> tuple[dict[str, np.ndarray | sparse.spmatrix], dict[str, Any]]:
    """The arrays and the JSON document saved for `state`; `CacheError` for anything else."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise CacheError(f"{size} bytes, more than the {max_bytes} allowed")
        with zipfile.ZipFile(path) as zf:
            for info in zf.infolist():
                if info.compress_type != zipfile.ZIP_STORED or info.file_size > max_bytes:
                    raise CacheError(f"member {info.filename!r} is compressed or too large")
        with np.load(path, allow_pickle=False) as npz:
            raw = {name.removesuffix(".npy"): npz[name] for name in npz.files}
    except CacheError:
        raise
    except (OSError, ValueError, zipfile.BadZipFile, EOFError) as exc:  # truncated, not a zip, object arrays…
        raise CacheError(f"{exc.__class__.__name__}: {exc}") from exc
    meta_bytes = raw.pop(_META, None)
    if meta_bytes is None or meta_bytes.dtype != np.uint8:
        raise CacheError("no metadata")
    try:
        meta = json.loads(meta_bytes.tobytes().decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise CacheError(f"bad metadata ({exc.__class__.__name__})") from exc
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        raise CacheError("unknown format")
    if meta.get("state") != state:
        raise CacheError("made for another store state")
    layout, doc = meta.get("layout"), meta.get("doc")
    if not isinstance(layout, dict) or not isinstance(doc, dict):
        raise CacheError("bad layout")
    for name, value in raw.items():
        if value.dtype.kind not in _ALLOWED_KINDS:
            raise CacheError(f"member {name!r} has dtype {value.dtype}")
    arrays: dict[str, np.ndarray | sparse.spmatrix] = {}
    for name, fmt in layout.items():
        try:
            if fmt == "dense":
                arrays[name] = raw[name]
                continue
            if fmt not in ("csr", "csc"):
                raise CacheError(f"{name}: layout {fmt!r}")
            shape = tuple(int(x) for x in raw[f"{name}.shape"])
            cls = sparse.csr_matrix if fmt == "csr" else sparse.csc_matrix
            matrix = cls((raw[f"{name}.data"], raw[f"{name}.indices"], raw[f"{name}.indptr"]), shape=shape)
            matrix.check_format(full_check=True)  # indices in range, indptr monotone: no out-of-bounds reads later
            arrays[name] = matrix
        except KeyError as exc:
            raise CacheError(f"missing member {exc}") from exc
        except (ValueError, TypeError, IndexError) as exc:
            raise CacheError(f"{name}: {exc}") from exc
    return arrays, doc
