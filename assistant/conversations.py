"""Saved conversations per user in SQLite: the list, each turn's Answer JSON and the case filter.

Why SQLite: one file under the data directory, safe across the app's worker threads and several processes,
and every query is scoped by `user`, so one user can never read or change another's conversations.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from index.errors import AssistantError

MAX_TITLE_CHARS = 40
MAX_CONVERSATIONS_PER_USER = 500  # the oldest beyond this are dropped
MAX_TURNS = 200  # per conversation; a longer one must start anew

SCHEMA = """
CREATE TABLE IF NOT EXISTS conversations (
    id TEXT PRIMARY KEY, user TEXT NOT NULL, title TEXT NOT NULL, case_filter TEXT NOT NULL DEFAULT '',
    created REAL NOT NULL, updated REAL NOT NULL);
CREATE INDEX IF NOT EXISTS conversations_user ON conversations(user, updated);
CREATE TABLE IF NOT EXISTS turns (
    conversation TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE, idx INTEGER NOT NULL,
    question TEXT NOT NULL, answer TEXT NOT NULL DEFAULT '', error TEXT NOT NULL DEFAULT '',
    case_filter TEXT NOT NULL DEFAULT '', notices TEXT NOT NULL DEFAULT '[]', created REAL NOT NULL,
    PRIMARY KEY (conversation, idx));
"""


@dataclass
class Turn:
    """One question and what came back: the Answer as a JSON-ready dict, or an error message."""

    question: str
    answer: dict[str, Any] | None = None
    error: str = ""
    case: str = ""
    notices: list[str] = field(default_factory=list)  # shown above the answer, e.g. the filter notice


@dataclass
class Conversation:
    id: str
    title: str
    case: str = ""
    updated: float = 0.0
    turns: list[Turn] = field(default_factory=list)


def title_from(question: str) -> str:
    text = " ".join(question.split())
    return (text[:MAX_TITLE_CHARS - 1] + "…") if len(text) > MAX_TITLE_CHARS else (text or "新对话")


class ConversationStore:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None, timeout=10)
            self._db.execute("PRAGMA foreign_keys = ON")
            self._db.execute("PRAGMA journal_mode = WAL")
            self._db.executescript(SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise AssistantError(f"{self.path}: 无法打开对话记录库({exc})。请检查 JY_APP__DATA_DIR。") from exc
        self._lock = threading.Lock()

    def _run(self, sql: str, args: tuple = ()) -> list[tuple]:
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    # -- the list ---------------------------------------------------------------------------
    def create(self, user: str, title: str = "新对话", case: str = "") -> Conversation:
        now = time.time()
        conv = Conversation(id=uuid.uuid4().hex, title=title[:MAX_TITLE_CHARS] or "新对话", case=case, updated=now)
        with self._lock:
            self._db.execute("BEGIN")
            self._db.execute("INSERT INTO conversations VALUES (?,?,?,?,?,?)", (conv.id, user, conv.title, case, now, now))
            self._db.execute(
                "DELETE FROM conversations WHERE user = ? AND id NOT IN "
                "(SELECT id FROM conversations WHERE user = ? ORDER BY updated DESC LIMIT ?)",
                (user, user, MAX_CONVERSATIONS_PER_USER))
            self._db.execute("COMMIT")
        return conv

    def list(self, user: str) -> list[Conversation]:
        rows = self._run("SELECT id, title, case_filter, updated FROM conversations WHERE user = ? ORDER BY updated DESC", (user,))
        return [Conversation(id=r[0], title=r[1], case=r[2], updated=r[3]) for r in rows]

    def get(self, user: str, conversation_id: str) -> Conversation | None:
        rows = self._run("SELECT id, title, case_filter, updated FROM conversations WHERE user = ? AND id = ?", (user, conversation_id))
        if not rows:
            return None
        r = rows[0]
        turns = [
            Turn(question=t[0], answer=json.loads(t[1]) if t[1] else None, error=t[2], case=t[3], notices=json.loads(t[4]))
            for t in self._run("SELECT question, answer, error, case_filter, notices FROM turns WHERE conversation = ? ORDER BY idx", (r[0],))
        ]
        return Conversation(id=r[0], title=r[1], case=r[2], updated=r[3], turns=turns)

    def rename(self, user: str, conversation_id: str, title: str) -> bool:
        title = " ".join((title or "").split())[:MAX_TITLE_CHARS]
        if not title:
            raise AssistantError("对话名称不能为空。")
        with self._lock:
            cur = self._db.execute("UPDATE conversations SET title = ? WHERE user = ? AND id = ?", (title, user, conversation_id))
        return cur.rowcount == 1

    def delete(self, user: str, conversation_id: str) -> bool:
        with self._lock:
            cur = self._db.execute("DELETE FROM conversations WHERE user = ? AND id = ?", (user, conversation_id))
        return cur.rowcount == 1

    def set_case(self, user: str, conversation_id: str, case: str) -> None:
        self._run("UPDATE conversations SET case_filter = ? WHERE user = ? AND id = ?", (case or "", user, conversation_id))

    # -- turns ------------------------------------------------------------------------------
    def append(self, user: str, conversation_id: str, turn: Turn) -> int:
        """Store a turn; returns its index. The first question names an unnamed conversation."""
        now = time.time()
        with self._lock:
            owner = self._db.execute("SELECT title FROM conversations WHERE user = ? AND id = ?", (user, conversation_id)).fetchone()
            if owner is None:
                raise AssistantError("对话不存在或已被删除,请新建对话。")
            n = self._db.execute("SELECT COUNT(*) FROM turns WHERE conversation = ?", (conversation_id,)).fetchone()[0]
            if n >= MAX_TURNS:
                raise AssistantError(f"本对话已有 {MAX_TURNS} 轮,已达上限,请新建对话。")
            self._db.execute("BEGIN")
            self._db.execute(
                "INSERT INTO turns VALUES (?,?,?,?,?,?,?,?)",
                (conversation_id, n, turn.question, json.dumps(turn.answer, ensure_ascii=False) if turn.answer else "",
                 turn.error, turn.case, json.dumps(turn.notices, ensure_ascii=False), now))
            title = title_from(turn.question) if n == 0 and owner[0] == "新对话" else owner[0]
            self._db.execute("UPDATE conversations SET updated = ?, title = ? WHERE id = ?", (now, title, conversation_id))
            self._db.execute("COMMIT")
        return n

    def owns(self, user: str, conversation_id: str) -> bool:
        return bool(self._run("SELECT 1 FROM conversations WHERE user = ? AND id = ?", (user, conversation_id)))
