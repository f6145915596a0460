"""App-side limits: login that fails closed and is throttled, per-client rate limits, admin-only reindex,
and the Host names the app answers to. Each is a small object so it can be tested alone and wired in `app.py`.
"""

from __future__ import annotations

import hmac
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import TypeVar

from index.errors import AssistantError
from index.settings import AppSettings

T = TypeVar("T")


class LoginConfigError(SystemExit):
    """Raised at start-up when only half of the login is configured: the app must not run without it."""


def check_login(app: AppSettings) -> bool:
    """True when login is on; refuses to start when only one of the two variables is set."""
    user, password = app.username.strip(), app.password.get_secret_value()
    if bool(user) != bool(password):
        missing = "JY_APP__PASSWORD" if user else "JY_APP__USERNAME"
        given = "JY_APP__USERNAME" if user else "JY_APP__PASSWORD"
        raise LoginConfigError(
            f"登录配置不完整:设置了 {given},但没有设置 {missing}。两者须同时设置(启用登录)或都不设置(不启用登录)。应用拒绝启动。\n"
            f"Incomplete login: {given} is set but {missing} is not. Set both (login on) or neither (login off). Refusing to start."
        )
    return bool(user)


class RateLimiter:
    """Sliding window: at most `limit` events per `window_s` per key."""

    def __init__(self, limit: int, window_s: float = 60.0) -> None:
        self.limit, self.window_s = limit, window_s
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def allow(self, key: str) -> bool:
        now = time.monotonic()
        with self._lock:
            hits = self._hits.setdefault(key, deque())
            while hits and now - hits[0] > self.window_s:
                hits.popleft()
            if len(hits) >= self.limit:
                return False
            hits.append(now)
            if len(self._hits) > 10_000:  # forget idle clients
                for k in [k for k, v in self._hits.items() if not v or now - v[-1] > self.window_s]:
                    del self._hits[k]
            return True


class LoginThrottle:
    """The `auth` callable: constant-time comparison, and after `max_failures` wrong passwords for a name
    (or ten times that across all names) every attempt is refused until `lockout_s` has passed."""

    def __init__(self, username: str, password: str, max_failures: int, lockout_s: float) -> None:
        self._user, self._password = username, password
        self.max_failures, self.lockout_s = max_failures, lockout_s
        self._failures: dict[str, deque[float]] = {}
        self._all: deque[float] = deque()
        self._lock = threading.Lock()

    def _recent(self, hits: deque[float], now: float) -> int:
        while hits and now - hits[0] > self.lockout_s:
            hits.popleft()
        return len(hits)

    def __call__(self, username: str, password: str) -> bool:
        now = time.monotonic()
        with self._lock:
            name_hits = self._failures.setdefault(username[:100], deque())
            if self._recent(name_hits, now) >= self.max_failures or self._recent(self._all, now) >= 10 * self.max_failures:
                return False  # locked out: even the right password waits
            ok = hmac.compare_digest(username.encode(), self._user.encode()) & hmac.compare_digest(
                password.encode(), self._password.encode())
            if not ok:
                name_hits.append(now)
                self._all.append(now)
            return ok


class ReindexGate:
    """Reindex: admins only when login is on; without login at most once per `min_interval_s`; concurrent
    requests coalesce (a request arriving while a build runs waits for it and shares its result)."""

    def __init__(self, login_on: bool, admins: set[str], min_interval_s: float) -> None:
        self.login_on, self.admins, self.min_interval_s = login_on, admins, min_interval_s
        self._lock = threading.Lock()
        self._running: threading.Event | None = None
        self._result: object = None
        self._error: BaseException | None = None
        self._last = float("-inf")

    def may_reindex(self, username: str | None) -> bool:
        return not self.login_on or (username or "") in self.admins

    def run(self, username: str | None, build: Callable[[], T]) -> tuple[T, bool]:
        """(result, shared): `shared` is True when the result came from a build already under way."""
        if not self.may_reindex(username):
            raise AssistantError("只有管理员可以导入、修改、删除案例或重新索引(JY_APP__ADMIN_USERS)。")
        with self._lock:
            running = self._running
            if running is None:
                if not self.login_on and time.monotonic() - self._last < self.min_interval_s:
                    wait = self.min_interval_s - (time.monotonic() - self._last)
                    raise AssistantError(f"刚刚已重新索引过,请 {wait:.0f} 秒后再试。")
                self._running = threading.Event()
        if running is not None:
            running.wait()
            if self._error is not None:
                raise AssistantError(f"同时进行的重新索引失败:{self._error}")
            return self._result, True  # type: ignore[return-value]
        try:
            self._error = None
            self._result = build()
            return self._result, False  # type: ignore[return-value]
        except BaseException as exc:
            self._error = exc
            raise
        finally:
            with self._lock:
                self._last = time.monotonic()
                done, self._running = self._running, None
            assert done is not None
            done.set()


def allowed_hosts(app: AppSettings, server_name: str) -> list[str]:
    """Host names for the DNS-rebinding guard: loopback names, the bound name and the configured extras.
    Bound to all interfaces with no names configured, every Host is accepted (and `app.py` warns)."""
    extra = [h.strip() for h in app.allowed_hosts.split(",") if h.strip()]
    if server_name in ("0.0.0.0", "::", "") and not extra:
        return ["*"]
    return list(dict.fromkeys(["127.0.0.1", "localhost", "[::1]", server_name, *extra]))
