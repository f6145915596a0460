"""A scripted OpenAI-compatible chat server on loopback, for testing the LLM engine without a model.

`POST /v1/chat/completions` answers from a queue filled with `enqueue(...)`, one reply per request:

- a `str`: the reply text, as SSE `data: {...}` chunks ending with `data: [DONE]` when the request
  says `stream: true`, else as one chat-completion JSON object;
- an `int` or `Status(code)`: that HTTP status with a JSON error body (500, 429…);
- `Delay(seconds, reply)`: wait (longer than the client timeout), then send `reply`;
- `CutOff(text, chunks)`: send the first `chunks` SSE chunks, then close without finish_reason/[DONE];
- `Garbage(data)`: status 200 with bytes that are neither SSE nor JSON.

An empty queue answers HTTP 500 "no reply queued", so a test never silently gets a default reply.
Every request body (parsed JSON) is appended to `history`.

Use the `fake_llm` fixture: `from fake_llm import fake_llm` in a test module (pytest's default
"prepend" import mode puts tests/ on sys.path, no conftest change needed).
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Union

import pytest

__all__ = ["CutOff", "Delay", "FakeLLM", "Garbage", "Status", "fake_llm", "sse_chunks"]


@dataclass
class Status:
    code: int
    body: str = ""


@dataclass
class Delay:
    seconds: float
    reply: Any = "迟到的回答。"


@dataclass
class CutOff:
    text: str = "这是一段被截断的回答,后面还有很多内容"
    chunks: int = 2


@dataclass
class Garbage:
    data: bytes = b"<html><body>502 Bad Gateway</body></html>\n\x00\xff\xfe not an event stream\n"


Reply = Union[str, int, Status, Delay, CutOff, Garbage]


def sse_chunks(text: str, size: int = 7) -> list[str]:
    """The text split into the pieces the server streams (exposed so tests can compare deltas)."""
    return [text[i:i + size] for i in range(0, len(text), size)] or [""]


def _event(content: str | None, finish: str | None = None, role: bool = False) -> bytes:
    delta: dict[str, Any] = {}
    if role:
        delta["role"] = "assistant"
    if content is not None:
        delta["content"] = content
    payload = {
        "id": "chatcmpl-fake",
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": "fake",
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }
    return f"data: {json.dumps(payload, ensure_ascii=False)}\n\n".encode()


class FakeLLM:
    def __init__(self) -> None:
        self.history: list[dict] = []
        self.paths: list[str] = []
        self._queue: deque[Reply] = deque()
        self._lock = threading.Lock()
        self._closing = threading.Event()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- control ---------------------------------------------------------
    def enqueue(self, *replies: Reply, times: int = 1) -> "FakeLLM":
        with self._lock:
            for _ in range(times):
                self._queue.extend(replies)
        return self

    @property
    def pending(self) -> int:
        with self._lock:
            return len(self._queue)

    def _next(self, body: dict, path: str) -> Reply:
        with self._lock:
            self.history.append(body)
            self.paths.append(path)
            return self._queue.popleft() if self._queue else Status(500, "fake_llm: no reply queued")

    @property
    def url(self) -> str:
        assert self._server is not None, "server not started"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/v1"

    def start(self) -> "FakeLLM":
        server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        server.daemon_threads = True
        server.block_on_close = False  # a handler still sleeping in Delay must not block stop()
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._closing.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> "FakeLLM":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _handler_for(fake: FakeLLM) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.0"  # one response per connection, closed after: a cut-off is just an early close

        def log_message(self, format: str, *args: Any) -> None:  # keep pytest output clean
            pass

        def do_POST(self) -> None:  # noqa: N802 (http.server naming)
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            try:
                body = json.loads(raw or b"{}")
            except ValueError:
                body = {"_raw": raw.decode("utf-8", "replace")}
            if self.path.rstrip("/") != "/v1/chat/completions":
                fake.history.append(body)
                self._json(404, {"error": {"message": f"no route {self.path}"}})
                return
            reply = fake._next(body, self.path)
            try:
                self._reply(reply, bool(body.get("stream")))
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (timeout): nothing to do

        def _reply(self, reply: Reply, stream: bool) -> None:
            if isinstance(reply, Delay):
                if fake._closing.wait(reply.seconds):
                    return
                reply = reply.reply
            if isinstance(reply, int) and not isinstance(reply, bool):
                reply = Status(reply)
            if isinstance(reply, Status):
                message = reply.body or f"fake error {reply.code}"
                self._json(reply.code, {"error": {"message": message, "type": "fake", "code": reply.code}})
                return
            if isinstance(reply, Garbage):
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream" if stream else "application/json")
                self.end_headers()
                self.wfile.write(reply.data)
                return
            if isinstance(reply, CutOff):
                self._stream_head()
                pieces = sse_chunks(reply.text)
                for i, piece in enumerate(pieces[: reply.chunks]):
                    self.wfile.write(_event(piece, role=i == 0))
                    self.wfile.flush()
                return  # connection closes: no finish_reason, no [DONE]
            if not isinstance(reply, str):
                raise TypeError(f"unsupported fake reply {reply!r}")
            if stream:
                self._stream_head()
                for i, piece in enumerate(sse_chunks(reply)):
                    self.wfile.write(_event(piece, role=i == 0))
                    self.wfile.flush()
                self.wfile.write(_event(None, finish="stop"))
                self.wfile.write(b"data: [DONE]\n\n")
                self.wfile.flush()
            else:
                self._json(200, {
                    "id": "chatcmpl-fake",
                    "object": "chat.completion",
                    "created": int(time.time()),
                    "model": "fake",
                    "choices": [{"index": 0, "message": {"role": "assistant", "content": reply}, "finish_reason": "stop"}],
                    "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
                })

        def _stream_head(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream; charset=utf-8")
            self.send_header("Cache-Control", "no-cache")
            self.end_headers()

        def _json(self, code: int, payload: dict) -> None:
            data = json.dumps(payload, ensure_ascii=False).encode()
            self.send_response(code)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    return Handler


@pytest.fixture
def fake_llm():
    """A started FakeLLM; its `url` ends in /v1, ready for `settings.llm.base_url`."""
    server = FakeLLM().start()
    try:
        yield server
    finally:
        server.stop()
