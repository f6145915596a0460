"""Ratings of answers: one per answer (conversation, turn), changeable, with a size-capped snapshot of the answer.

Kept apart from the UI so the bureau's developers can read ratings without the app. Each change is also
appended to a JSONL log (`JY_APP__FEEDBACK_PATH`) for offline review.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal

from index.errors import AssistantError

Rating = Literal["up", "down"]

SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    user TEXT NOT NULL, conversation TEXT NOT NULL, idx INTEGER NOT NULL, rating TEXT NOT NULL,
    record TEXT NOT NULL, updated REAL NOT NULL, PRIMARY KEY (user, conversation, idx));
"""


class FeedbackStore:
    def __init__(self, db_path: Path, log_path: Path | None, max_chars: int) -> None:
        self.db_path = Path(db_path)
        self.log_path = Path(log_path) if log_path else None
        self.max_chars = max_chars
        try:
            self.db_path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.db_path, check_same_thread=False, isolation_level=None, timeout=10)
            self._db.executescript(SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise AssistantError(f"{self.db_path}: 无法打开反馈记录库({exc})。") from exc
        self._lock = threading.Lock()

    def _cap(self, record: dict[str, Any]) -> str:
        """The record as JSON no longer than `max_chars`: long texts are cut, the citations dropped first."""
        text = json.dumps(record, ensure_ascii=False)
        if len(text) <= self.max_chars:
            return text
        record = dict(record, citations=[], truncated=True)
        budget = max(50, (self.max_chars - 300) // 2)
        record["question"] = str(record.get("question", ""))[:budget]
        record["answer"] = str(record.get("answer", ""))[:budget]
        return json.dumps(record, ensure_ascii=False)[: self.max_chars]

    def set(self, user: str, conversation: str, idx: int, rating: Rating | None, record: dict[str, Any]) -> None:
        """Record (or change, or with None withdraw) the one rating of an answer."""
        now = time.time()
        stamp = datetime.now(timezone.utc).isoformat(timespec="seconds")
        body = self._cap(dict(record, rating=rating, timestamp=stamp))
        with self._lock:
            if rating is None:
                self._db.execute("DELETE FROM feedback WHERE user = ? AND conversation = ? AND idx = ?", (user, conversation, idx))
            else:
                self._db.execute("INSERT OR REPLACE INTO feedback VALUES (?,?,?,?,?,?)", (user, conversation, idx, rating, body, now))
            if self.log_path is not None:
                try:
                    self.log_path.parent.mkdir(parents=True, exist_ok=True)
                    with self.log_path.open("a", encoding="utf-8") as f:
                        f.write(body + "\n")
                except OSError as exc:
                    raise AssistantError(f"{self.log_path}: 反馈日志无法写入({exc.strerror})。") from exc

    def ratings(self, user: str, conversation: str) -> dict[int, Rating]:
        with self._lock:
            rows = self._db.execute("SELECT idx, rating FROM feedback WHERE user = ? AND conversation = ?", (user, conversation)).fetchall()
        return {int(i): r for i, r in rows}

    def count(self) -> int:
        with self._lock:
            return self._db.execute("SELECT COUNT(*) FROM feedback").fetchone()[0]
