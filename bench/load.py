"""Concurrent-session load test against a running app (`python app.py`), through its Gradio API.

    python -m bench.load --url http://127.0.0.1:7860/ [--sessions 20] [--duration 60] [--max-sessions N]

`--sessions` workers run at once (they start together, behind a barrier); each worker repeatedly opens a
fresh session (its own `gradio_client.Client`, hence its own Gradio session state) until `--duration`
seconds have passed (or `--max-sessions` sessions were started), and in it asks a conversation:

1. "<place>在<topic A>方面有哪些做法?"   — names one of the corpus's places
2. "那在<topic B>方面呢?"                — a follow-up that names no place: only this session's history
                                           can tell the app which place is meant

Checks, per answer: the request succeeded within `--timeout`; the first corpus place the answer mentions
is this session's place (a different one = the app answered with another session's history, or lost
it); and, where the app returns the chat history, that it holds exactly this session's questions.
The chat endpoint is discovered with `client.view_api()` (a named endpoint taking a text question,
preferring names like ask/chat/respond; `--api-name` overrides).

Exit status 1 if any request failed or any answer was about the wrong place. The JSON report
(`--json`) has failures, wrong-place/cross-talk findings and latency percentiles (first question,
follow-up, all).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from index.settings import REPO_ROOT

from .stats import percentiles

GOOD = ("ask", "chat", "respond", "answer", "submit", "question", "send", "message", "query")
BAD = ("clear", "reset", "feedback", "like", "retry", "undo", "export", "download", "plan", "upload",
       "reindex", "status", "case", "example", "login", "vote")


# ---------------------------------------------------------------------------- endpoint discovery

@dataclass
class Endpoint:
    api_name: str
    question: str  # parameter name of the question
    question_kind: str = "text"  # "text" or "multimodal" ({"text":..., "files": []})
    history: str = ""  # parameter name of an explicit history (Chatbot) input, if any
    info: dict = field(default_factory=dict)

    def kwargs(self, question: str, history: list[dict] | None) -> dict[str, Any]:
        kw: dict[str, Any] = {self.question: {"text": question, "files": []} if self.question_kind == "multimodal" else question}
        if self.history:
            kw[self.history] = history or []
        return kw


def _is_text_param(p: dict) -> bool:
    return p.get("component") in ("Textbox", "MultimodalTextbox") or (p.get("python_type") or {}).get("type") == "str"


def discover(api: dict, api_name: str | None = None) -> Endpoint:
    """The chat endpoint from `client.view_api(return_format="dict")`."""
    named: dict[str, dict] = api.get("named_endpoints") or {}
    if api_name:
        if api_name not in named:
            raise LookupError(f"{api_name} not among the app's endpoints: {sorted(named)}")
        candidates = {api_name: named[api_name]}
    else:
        candidates = named
    scored = []
    for name, info in candidates.items():
        params = info.get("parameters") or []
        texts = [p for p in params if _is_text_param(p)]
        if not texts:
            continue
        hint = [p for p in texts if re.search(r"question|message|query|prompt|text|问题", (p.get("parameter_name") or "") + (p.get("label") or ""), re.I)]
        q = (hint or texts)[0]
        hist = next((p for p in params if p.get("component") == "Chatbot"), None)
        required_other = [p for p in params if p is not q and p is not hist and not p.get("parameter_has_default")]
        if required_other and not api_name:
            continue
        lowered = name.lower()
        score = 2 * any(g in lowered for g in GOOD) - 5 * any(b in lowered for b in BAD)
        score += any(r.get("component") == "Chatbot" for r in info.get("returns") or []) + (hist is not None)
        scored.append((score, name, Endpoint(name, q["parameter_name"], "multimodal" if q.get("component") == "MultimodalTextbox" else "text",
                                             hist["parameter_name"] if hist else "", info)))
    if not scored:
        raise LookupError(f"no endpoint takes a text question: {sorted(named)}")
    scored.sort(key=lambda t: (-t[0], t[1]))
    if scored[0][0] < 0 and not api_name:
        raise LookupError(f"no plausible chat endpoint among {sorted(named)}; pass --api-name")
    return scored[0][2]


# ---------------------------------------------------------------------------- reading results

def _content_text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, dict):
        return str(content.get("text") or content.get("content") or content.get("value") or "")
    if isinstance(content, (list, tuple)):
        return "".join(_content_text(c) for c in content)
    return "" if content is None else str(content)


def _is_chat(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(m, dict) and "role" in m for m in value)


def extract(result: Any) -> tuple[str, list[dict] | None]:
    """(answer text, chat history as returned or None) from any endpoint output shape."""
    outputs = list(result) if isinstance(result, tuple) else [result]
    history = next((o for o in outputs if _is_chat(o) and o), None)
    if history is not None:
        last = next((m for m in reversed(history) if m.get("role") == "assistant"), None)
        return _content_text(last.get("content") if last else ""), history
    if isinstance(result, dict) and "role" in result:
        return _content_text(result.get("content")), None
    texts = [o for o in outputs if isinstance(o, str)] + [json.dumps(o, ensure_ascii=False) for o in outputs if isinstance(o, dict)]
    return (max(texts, key=len) if texts else ""), None


def _plain(text: str) -> str:
    """Markdown escapes and HTML tags removed, for comparing shown questions with asked ones."""
    return re.sub(r"\\(.)", r"\1", re.sub(r"<[^>]+>", "", text)).strip()


# ---------------------------------------------------------------------------- conversations

@dataclass
class Plan:
    case_id: str
    name: str
    questions: list[str]


def places(cases_dir: Path) -> dict[str, list[str]]:
    """case id -> its place names (full name, and the stem without 市/县/区)."""
    from index.load import load_cases

    out = {}
    for c in load_cases(cases_dir)[0]:
        if c.kind == "case":
            names = [c.name] + ([c.name[:-1]] if c.name.endswith(("市", "县", "区")) and len(c.name) >= 3 else [])
            out[c.id] = names
    return out


def plans(cases_dir: Path, n_questions: int = 2) -> list[Plan]:
    """One conversation per (place, topic pair), cycling places so neighbouring sessions differ."""
    from index.load import load_cases

    cases = [c for c in load_cases(cases_dir)[0] if c.kind == "case"]
    out: list[list[Plan]] = []
    for c in cases:
        topics = c.topics or ["教育改革", "教师队伍建设"]
        mine = []
        for i in range(len(topics)):
            a, b = topics[i], topics[(i + 1) % len(topics)]
            qs = [f"{c.name}在{a}方面有哪些做法?", f"那在{b}方面呢?", "具体有哪些保障措施?"][:n_questions]
            mine.append(Plan(c.id, c.name, qs))
        out.append(mine)
    flat = [p for row in zip(*[r * 10 for r in out]) for p in row]  # round-robin over places
    return flat


def first_place(text: str, names: dict[str, list[str]]) -> str | None:
    best, where = None, len(text) + 1
    for cid, ns in names.items():
        for n in ns:
            i = text.find(n)
            if 0 <= i < where:
                best, where = cid, i
    return best


# ---------------------------------------------------------------------------- the load

@dataclass
class Record:
    session: int
    turn: int
    case_id: str
    question: str
    seconds: float
    ok: bool
    error: str = ""
    answer_place: str | None = None
    answer_head: str = ""


def run_session(url: str, endpoint: Endpoint, plan: Plan, sid: int, names: dict[str, list[str]], timeout: float,
                auth: tuple[str, str] | None) -> tuple[list[Record], list[str]]:
    from gradio_client import Client

    records: list[Record] = []
    problems: list[str] = []
    try:
        client = Client(url, verbose=False, auth=auth, download_files=False, analytics_enabled=False)
    except Exception as exc:
        return [Record(sid, 0, plan.case_id, "(connect)", 0.0, False, f"{type(exc).__name__}: {exc}"[:300])], problems
    history: list[dict] | None = None
    asked: list[str] = []
    for turn, q in enumerate(plan.questions, 1):
        t0 = time.perf_counter()
        try:
            job = client.submit(**endpoint.kwargs(q, history), api_name=endpoint.api_name)
            result = job.result(timeout=timeout)
            took = time.perf_counter() - t0
        except Exception as exc:
            records.append(Record(sid, turn, plan.case_id, q, time.perf_counter() - t0, False, f"{type(exc).__name__}: {exc}"[:300]))
            break
        text, chat = extract(result)
        asked.append(q)
        rec = Record(sid, turn, plan.case_id, q, took, bool(text.strip()), "" if text.strip() else "empty answer",
                     first_place(text, names), text[:80])
        records.append(rec)
        if rec.ok and rec.answer_place != plan.case_id:
            problems.append(f"session {sid} ({plan.name}) turn {turn}: answer is about {rec.answer_place}: {text[:60]!r}")
        if chat is not None:
            shown = [_plain(_content_text(m.get("content"))) for m in chat if m.get("role") == "user"]
            if len(shown) != len(asked) or any(_plain(a) not in s and s not in _plain(a) for a, s in zip(asked, shown)):
                problems.append(f"session {sid} ({plan.name}) turn {turn}: history holds {shown!r}, asked {asked!r}")
            history = chat
        else:
            history = (history or []) + [{"role": "user", "content": q}, {"role": "assistant", "content": text}]
    try:
        client.close()
    except Exception:
        pass
    return records, problems


def run_load(url: str, sessions: int = 20, duration: float = 60.0, questions: int = 2, timeout: float = 120.0,
             max_sessions: int | None = None, cases_dir: Path | None = None, api_name: str | None = None,
             auth: tuple[str, str] | None = None) -> dict[str, Any]:
    from gradio_client import Client

    cases_dir = cases_dir or REPO_ROOT / "cases"
    names = places(cases_dir)
    conversations = plans(cases_dir, questions)
    probe = Client(url, verbose=False, auth=auth, download_files=False, analytics_enabled=False)
    endpoint = discover(probe.view_api(return_format="dict", print_info=False), api_name)
    lock = threading.Lock()
    counter = iter(range(10**9))
    barrier = threading.Barrier(sessions)
    records: list[Record] = []
    problems: list[str] = []
    t_start = time.perf_counter()
    deadline = t_start + duration

    def worker(_: int) -> None:
        try:
            barrier.wait(timeout=60)
        except threading.BrokenBarrierError:
            pass
        first = True
        while first or time.perf_counter() < deadline:
            first = False
            with lock:
                sid = next(counter)
                if max_sessions is not None and sid >= max_sessions:
                    return
            recs, probs = run_session(url, endpoint, conversations[sid % len(conversations)], sid, names, timeout, auth)
            with lock:
                records.extend(recs)
                problems.extend(probs)

    with ThreadPoolExecutor(max_workers=sessions) as pool:
        list(pool.map(worker, range(sessions)))
    wall = time.perf_counter() - t_start
    ok = [r for r in records if r.ok]
    failures = [f"session {r.session} turn {r.turn} ({r.question}): {r.error}" for r in records if not r.ok]
    sessions_done = len({r.session for r in records})
    complete = len({r.session for r in records if r.ok and r.turn == questions})
    return {
        "url": url, "endpoint": endpoint.api_name, "question_param": endpoint.question, "history_param": endpoint.history,
        "concurrency": sessions, "duration_limit_s": duration, "wall_seconds": wall,
        "sessions": sessions_done, "sessions_complete": complete, "requests": len(records), "ok": len(ok),
        "failures": failures, "wrong_place": problems,
        "requests_per_s": len(ok) / wall if wall else None,
        "latency": {"all": percentiles([r.seconds for r in ok]),
                    "first": percentiles([r.seconds for r in ok if r.turn == 1]),
                    "followup": percentiles([r.seconds for r in ok if r.turn > 1])},
        "records": [r.__dict__ for r in records],
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.load", description=__doc__.split("\n\n")[0])
    p.add_argument("--url", default="http://127.0.0.1:7860/")
    p.add_argument("--sessions", type=int, default=20, help="concurrent sessions")
    p.add_argument("--duration", type=float, default=60.0, help="seconds to keep starting new sessions")
    p.add_argument("--max-sessions", type=int, help="stop after this many sessions in total")
    p.add_argument("--questions", type=int, default=2, choices=[1, 2, 3], help="questions per session")
    p.add_argument("--timeout", type=float, default=120.0, help="per-request timeout, seconds")
    p.add_argument("--api-name", help="chat endpoint (default: discovered via view_api)")
    p.add_argument("--cases-dir", type=Path, default=REPO_ROOT / "cases", help="the app's corpus (for place names)")
    p.add_argument("--auth", help="user:password if the app asks for a login")
    p.add_argument("--json", type=Path, help="write the full report here")
    a = p.parse_args(argv)
    auth = tuple(a.auth.split(":", 1)) if a.auth else None
    report = run_load(a.url, a.sessions, a.duration, a.questions, a.timeout, a.max_sessions, a.cases_dir, a.api_name, auth)  # type: ignore[arg-type]
    if a.json:
        a.json.parent.mkdir(parents=True, exist_ok=True)
        a.json.write_text(json.dumps(report, ensure_ascii=False, indent=1))
    lat = report["latency"]
    print(f"endpoint {report['endpoint']} · {report['concurrency']} concurrent · {report['sessions']} sessions "
          f"({report['sessions_complete']} complete) · {report['requests']} requests in {report['wall_seconds']:.1f}s "
          f"({report['requests_per_s']:.2f} ok/s)")
    for k in ("first", "followup", "all"):
        s = lat[k]
        if s["n"]:
            print(f"  {k:8} n={s['n']:4}  p50 {s['p50_ms']:8.0f} ms  p95 {s['p95_ms']:8.0f} ms  max {s['max_ms']:8.0f} ms")
    print(f"failures: {len(report['failures'])}; wrong place / cross-talk: {len(report['wrong_place'])}")
    for line in (report["failures"] + report["wrong_place"])[:20]:
        print("  " + line)
    return 1 if report["failures"] or report["wrong_place"] else 0


if __name__ == "__main__":
    sys.exit(main())
