"""Serving an imported case's kept original (`cases/originals/<id>.<ext>`) so a source card can open it.

Why a route of its own and not Gradio's file serving: the URL names only the case id (no path, so nothing
to traverse and no server path in the page), the file must resolve inside `cases/originals/` (symlinks
included), the content type comes from a fixed table (an unknown type is sent as a download, never as
HTML), and with login on the same session cookie as the app is required.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

from fastapi import Request
from fastapi.responses import FileResponse, PlainTextResponse

from index.ingest import ORIGINALS_DIR

ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,99}$")
CONTENT_TYPES = {
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".html": "text/plain; charset=utf-8",  # a saved web page is shown as source, never run in our origin
    ".htm": "text/plain; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".md": "text/plain; charset=utf-8",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".bmp": "image/bmp",
    ".tif": "image/tiff",
    ".tiff": "image/tiff",
    ".webp": "image/webp",
}
INLINE = {".pdf", ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp", ".txt", ".md", ".html", ".htm"}


def resolve_original(case_id: str, original: str, cases_dir: Path) -> Path | None:
    """The original's path when it is a file inside `cases_dir/originals/`, else None."""
    if not ID_RE.match(case_id or "") or not original:
        return None
    root = (Path(cases_dir) / ORIGINALS_DIR).resolve()
    try:
        path = (Path(cases_dir) / original).resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    if not path.is_relative_to(root) or not path.is_file() or path.stem != case_id:
        return None
    return path


def response_headers(path: Path, shown_name: str) -> dict[str, str]:
    """Content type from the fixed table, the user's file name (Chinese allowed, RFC 5987), no sniffing."""
    suffix = path.suffix.lower()
    disposition = "inline" if suffix in INLINE else "attachment"
    name = shown_name or path.name
    ascii_name = re.sub(r"[^A-Za-z0-9._-]", "_", name) or "original"
    headers = {
        "Content-Type": CONTENT_TYPES.get(suffix, "application/octet-stream"),
        "Content-Disposition": f"{disposition}; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name)}",
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, max-age=0",
    }
    if suffix != ".pdf":  # Chrome's PDF viewer refuses sandboxed documents; every other type can do without scripts
        headers["Content-Security-Policy"] = "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'"
    return headers


def add_originals_route(server, lookup: Callable[[str], dict | None], cases_dir: Callable[[], Path],
                        user_of: Callable[[object], str | None] | None) -> None:
    """`GET /originals/{case_id}` on the FastAPI `server` (added before Gradio is mounted at `/`).

    `lookup(case_id)` gives the catalog entry (its `original` and `source_file`); `user_of(request)` returns
    the logged-in name or None, and is None itself when login is off.
    """
    @server.get("/originals/{case_id}", include_in_schema=False)
    def original(case_id: str, request: Request):
        if user_of is not None and not user_of(request):
            return PlainTextResponse("请先登录。", status_code=401)
        case = lookup(case_id) if ID_RE.match(case_id) else None
        path = resolve_original(case_id, str((case or {}).get("original") or ""), cases_dir()) if case else None
        if path is None:
            return PlainTextResponse("没有这个案例的原件。", status_code=404)
        headers = response_headers(path, str(case.get("source_file") or ""))
        return FileResponse(path, headers=headers, media_type=headers["Content-Type"])


def gradio_user(server, request) -> str | None:
    """The name logged in to the Gradio app mounted on `server` (its session cookie), or None."""
    app = next((r.app for r in server.routes if hasattr(getattr(r, "app", None), "tokens")), None)
    if app is None:
        return None
    cookie_id = getattr(app, "cookie_id", "")
    token = request.cookies.get(f"access-token-{cookie_id}") or request.cookies.get(f"access-token-unsecure-{cookie_id}")
    return app.tokens.get(token) if token else None
