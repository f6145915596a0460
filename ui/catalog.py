"""The case list as the UI needs it (names, dates, links, aliases), read once and refreshed after a reindex."""

from __future__ import annotations

import re
import threading
from typing import Any

from assistant.core import Assistant

from .render import short_name


class CaseCatalog:
    def __init__(self, assistant: Assistant) -> None:
        self.assistant = assistant
        self._lock = threading.Lock()
        self._cases: list[dict[str, Any]] = []
        self._bodies: dict[str, str] = {}
        self.refresh()

    def refresh(self) -> None:
        cases = self.assistant.cases()
        with self._lock:
            self._cases = cases
            self._bodies = {}

    def body(self, case_id: str) -> str:
        """The case's text (cached until the next reindex); empty when it cannot be read."""
        with self._lock:
            if case_id in self._bodies:
                return self._bodies[case_id]
        try:
            text = self.assistant.case_text(case_id)
        except Exception:  # a case removed since: no suggestions from it
            text = ""
        with self._lock:
            self._bodies[case_id] = text
        return text

    def headings_near(self, case_id: str, quote: str) -> list[str]:
        """Section headings of the case around a quoted sentence: its own section, then the following ones."""
        text = self.body(case_id)
        at = text.find(quote) if quote else -1
        if at < 0:
            return []
        heads = [(m.start(), m.group(1).strip()) for m in re.finditer(r"^#{2,4}\s*(.+)$", text, re.M)]
        before = [h for pos, h in heads if pos <= at][-1:]
        after = [h for pos, h in heads if pos > at]
        return [re.sub(r"^[一二三四五六七八九十]+、|^[((][一二三四五六七八九十\d]+[))]|^\d+[.、]", "", h).strip() for h in before + after]

    @property
    def cases(self) -> list[dict[str, Any]]:
        with self._lock:
            return list(self._cases)

    def by_id(self) -> dict[str, dict[str, Any]]:
        return {c["id"]: c for c in self.cases}

    def label(self, case: dict[str, Any]) -> str:
        return case["name"] if case["kind"] == "case" else f"{case['name']}({case['title']})"

    def name_of(self, case_id: str) -> str:
        case = self.by_id().get(case_id)
        return case["name"] if case else case_id

    def choices(self) -> list[tuple[str, str]]:
        """(Chinese label, id) pairs: the filter shows names, the value stays the id."""
        return [(self.label(c), c["id"]) for c in self.cases]

    def places_named(self, question: str, exclude: str = "") -> list[str]:
        """Names of other cases' places that the question mentions (for the filter notice)."""
        found = []
        for c in self.cases:
            if c["id"] == exclude or c["kind"] != "case":
                continue
            names = [c["name"], short_name(c["name"]), *c.get("aliases", [])]
            if any(len(n) >= 2 and n in question for n in names):
                found.append(c["name"])
        return found
