"""A minimal OpenAI-compatible chat client (vLLM, Ollama, DeepSeek, Qwen…): streaming, bounded retries, typed failures."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterator

import httpx

from index.settings import LLMSettings

log = logging.getLogger(__name__)
RETRYABLE_STATUS = {408, 409, 425, 429, 500, 502, 503, 504}


class LLMError(Exception):
    """The endpoint failed after the allowed retries; callers fall back to the offline engine."""


class ChatClient:
    def __init__(self, settings: LLMSettings) -> None:
        self.settings = settings
        key = settings.api_key.get_secret_value()
        self._client = httpx.Client(
            base_url=settings.base_url.rstrip("/"),
            timeout=httpx.Timeout(settings.timeout_s, connect=min(10.0, settings.timeout_s)),
            headers={"Authorization": f"Bearer {key}"} if key else {},
        )

    @property
    def label(self) -> str:
        return f"{self.settings.model or 'default'} @ {self.settings.base_url}"

    def _body(self, messages: list[dict], stream: bool, json_mode: bool) -> dict:
        body = {
            "model": self.settings.model or "default",
            "messages": messages,
            "temperature": self.settings.temperature,
            "max_tokens": self.settings.max_tokens,
            "stream": stream,
        }
        if json_mode:
            body["response_format"] = {"type": "json_object"}
        return body

    def stream(self, messages: list[dict]) -> Iterator[str]:
        """Yield content deltas of one attempt; raises LLMError on any transport, HTTP or stream fault.

        Retrying is the caller's job (`complete` and the answer engine), because a retry after some
        deltas were shown must reset what the user saw.
        """
        finished = False
        try:
            with self._client.stream("POST", "/chat/completions", json=self._body(messages, True, False)) as resp:
                if resp.status_code >= 400:
                    resp.read()
                    raise LLMError(f"HTTP {resp.status_code}: {resp.text[:200]}")
                for line in resp.iter_lines():
                    line = line.strip()
                    if not line or line.startswith(":"):
                        continue
                    if not line.startswith("data:"):
                        raise LLMError(f"malformed stream line: {line[:80]!r}")
                    data = line[5:].strip()
                    if data == "[DONE]":
                        finished = True
                        break
                    try:
                        choices = json.loads(data)["choices"]
                    except (ValueError, KeyError, TypeError) as exc:
                        raise LLMError(f"malformed stream event: {data[:80]!r}") from exc
                    if not choices:  # e.g. a usage-only event when the server reports token usage
                        continue
                    choice = choices[0]
                    delta = (choice.get("delta") or {}).get("content") or ""
                    if delta:
                        yield delta
                    if choice.get("finish_reason"):
                        finished = True
        except httpx.TimeoutException as exc:
            raise LLMError(f"timeout after {self.settings.timeout_s}s") from exc
        except httpx.HTTPError as exc:
            raise LLMError(f"{exc.__class__.__name__}: {exc}") from exc
        if not finished:
            raise LLMError("stream ended before the model finished (cut-off)")

    def complete(self, messages: list[dict], json_mode: bool = False) -> str:
        """One non-streamed completion, retried with backoff on timeouts, 429 and 5xx."""
        last: Exception | None = None
        for attempt in range(self.settings.max_retries + 1):
            if attempt:
                time.sleep(min(0.25 * 2 ** attempt, 4.0))
            try:
                resp = self._client.post("/chat/completions", json=self._body(messages, False, json_mode))
            except httpx.TimeoutException as exc:
                last = LLMError(f"timeout after {self.settings.timeout_s}s")
                continue
            except httpx.HTTPError as exc:
                last = LLMError(f"{exc.__class__.__name__}: {exc}")
                continue
            if resp.status_code in RETRYABLE_STATUS:
                last = LLMError(f"HTTP {resp.status_code}")
                continue
            if resp.status_code >= 400:
                raise LLMError(f"HTTP {resp.status_code}: {resp.text[:200]}")
            try:
                return resp.json()["choices"][0]["message"]["content"] or ""
            except (ValueError, KeyError, IndexError, TypeError) as exc:
                last = LLMError(f"malformed response: {resp.text[:120]!r}")
        raise last or LLMError("no response")
