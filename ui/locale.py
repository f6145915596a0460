"""Chinese whatever the browser language: Gradio's frontend (the login page included, which loads before any
`head` configuration) picks its language from `navigator.language`, so the page HTML gets a first script that
reports zh-CN. A pure ASGI wrapper touching only `GET /`, so streaming routes pass through untouched."""

from __future__ import annotations

from typing import Any

LOCALE_SCRIPT = (
    b"<script>try{Object.defineProperty(Navigator.prototype,'language',{get:function(){return 'zh-CN';}});"
    b"Object.defineProperty(Navigator.prototype,'languages',{get:function(){return ['zh-CN','zh'];}});}catch(e){}"
    b"document.documentElement.setAttribute('lang','zh-CN');</script>"
)


class ChineseLocale:
    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope.get("type") != "http" or scope.get("method") != "GET" or scope.get("path") not in ("/", ""):
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
            if any(k.lower() == b"content-type" and v.startswith(b"text/html") for k, v in headers):
                body = body.replace(b"<head>", b"<head>" + LOCALE_SCRIPT, 1)
            headers.append((b"content-length", str(len(body)).encode()))
            await send({**start, "headers": headers})
            await send({"type": "http.response.body", "body": body})

        await self.app(scope, receive, capture)
