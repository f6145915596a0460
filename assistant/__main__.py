"""`python -m assistant ask|plan` — see README for the contract."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from index.errors import AssistantError
from index.settings import Settings

from .core import Assistant
from .render import answer_to_text, terminal_safe


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m assistant", description="教育改革案例助手:带引用的问答与方案提纲。")
    sub = parser.add_subparsers(dest="command", required=True)
    ask = sub.add_parser("ask", help="ask a question (or --batch FILE)")
    ask.add_argument("question", nargs="?", help="the question, in Chinese")
    ask.add_argument("--case", action="append", help="restrict to a case id (repeatable)")
    ask.add_argument("--top-k", type=_top_k, help="passages given to the engine (1-50)")
    ask.add_argument("--batch", type=Path, help="JSONL file: one {q, history?, case?} per line; prints one JSON answer per line")
    ask.add_argument("--json", action="store_true", help="print the Answer as JSON")
    plan = sub.add_parser("plan", help="draft an implementation-plan outline")
    plan.add_argument("topic")
    plan.add_argument("--profile", help="your region: e.g. '山区县,农村学校多,教师流动难'")
    plan.add_argument("--json", action="store_true", help="print the Plan as JSON")
    plan.add_argument("--out", type=Path, help="write plan.docx or plan.md")
    return parser


def _top_k(value: str) -> int:
    """Same bounds as JY_RETRIEVAL__TOP_K: a negative or huge k is a usage error, not a silent slice."""
    k = int(value)
    if not 1 <= k <= 50:
        raise argparse.ArgumentTypeError(f"--top-k must be between 1 and 50, got {k}")
    return k


def _batch(assistant: Assistant, path: Path, top_k: int | None) -> int:
    failures = 0
    with path.open("rb") as fh:  # bytes: one bad line is reported with its number, the others still run
        for lineno, raw in enumerate(fh, 1):
            try:
                line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                failures += 1
                print(json.dumps({"error": f"{path}:{lineno}: not UTF-8 (byte {exc.start + 1})"}, ensure_ascii=False), flush=True)
                continue
            if not line.strip():
                continue
            try:
                if line.count("[") + line.count("{") > 200:  # json.loads recurses per level: RecursionError, not a message
                    raise ValueError("JSON nested too deeply")
                item = json.loads(line)
                if not isinstance(item, dict) or not isinstance(item.get("q"), str):
                    raise ValueError("each line needs a string field 'q'")
                answer = assistant.ask(item["q"], history=item.get("history"), case=item.get("case"), top_k=top_k)
                out = json.loads(answer.model_dump_json())
                if "id" in item:
                    out["id"] = item["id"]
            except (ValueError, TypeError, AssistantError) as exc:  # TypeError: e.g. "case": 5
                failures += 1
                out = {"error": f"{path}:{lineno}: {exc}"}
            print(json.dumps(out, ensure_ascii=False), flush=True)
    return 1 if failures else 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        assistant = Assistant.load(Settings())
        if args.command == "ask":
            if args.batch:
                return _batch(assistant, args.batch, args.top_k)
            if not args.question:
                print("error: give a question or --batch FILE", file=sys.stderr)
                return 2
            answer = assistant.ask(args.question, case=args.case[0] if args.case and len(args.case) == 1 else args.case, top_k=args.top_k)
            print(answer.model_dump_json(indent=2) if args.json else answer_to_text(answer))
            return 0
        from .export import write_plan

        plan = assistant.draft_plan(args.topic, args.profile)
        if args.out:
            write_plan(plan, args.out)
            print(f"已写入 {args.out}", file=sys.stderr)
        if args.json:
            print(plan.model_dump_json(indent=2))
        elif not args.out:
            from .export import plan_to_markdown

            print(terminal_safe(plan_to_markdown(plan)))
        return 0
    except (AssistantError, OSError, UnicodeDecodeError) as exc:  # OSError: e.g. a missing --batch file
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
