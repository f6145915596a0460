"""Chinese whatever the browser language: Gradio's frontend (the login page included, which loads before any
`head` configuration) picks its language from `navigator.language`, so the page HTML gets a first script that
reports zh-CN; and the one English message the server sends itself (a full queue) is replaced. A pure ASGI
wrapper touching only `GET /` and the queue's join route, so streaming routes pass through untouched."""

from __future__ import annotations

import json
from typing import Any

QUEUE_FULL = json.dumps({"detail": "当前排队的请求已满,请稍后再试。"}, ensure_ascii=False).encode()

LOCALE_SCRIPT = (
    b"<script>try{Object.defineProperty(Navigator.prototype,'language',{get:function(){return 'zh-CN';}});"
    b"Object.defineProperty(Navigator.prototype,'languages',{get:function(){return ['zh-CN','zh'];}});}catch(e){}"
    b"document.documentElement.setAttribute('lang','zh-CN');</script>"
)


class ChineseLocale:
    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        path, method = scope.get("path"), scope.get("method")
        page = method == "GET" and path in ("/", "")
        join = method == "POST" and str(path).endswith("/queue/join")
        if scope.get("type") != "http" or not (page or join):
            await self.app(scope, receive, send)
            return
        start: dict = {}
        chunks: list[bytes] = []

        async def capture(message: dict) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
                return
            if message["type"] != "http.response.body":
                await send(message)
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body"):
                return
            body = b"".join(chunks)
            headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
            if page and any(k.lower() == b"content-type" and v.startswith(b"text/html") for k, v in headers):
                body = body.replace(b"<head>", b"<head>" + LOCALE_SCRIPT, 1)
            if join and start.get("status") == 503 and b"Queue is full" in body:
                body = QUEUE_FULL
            headers.append((b"content-length", str(len(body)).encode()))
            await send({**start, "headers": headers})
            await send({"type": "http.response.body", "body": body})

        await self.app(scope, receive, capture)
