"""`python -m index build [--rebuild] [--json]` and `python -m index import FILE… [--json] [--build]`"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from .backends import make_cache, make_embedder, make_store
from .build import BuildReport, build_index
from .errors import AssistantError
from .progress import PhaseBars
from .settings import Settings


def run_build(settings: Settings, rebuild: bool, quiet: bool) -> BuildReport:
    bars = None if quiet else PhaseBars()
    try:
        store = make_store(settings)
        embedder = make_embedder(settings)
        report = build_index(settings, store, embedder, make_cache(settings) if embedder else None, rebuild, bars)
        _write_lexical_cache(settings, store)
        return report
    finally:
        if bars:
            bars.close()


def _write_lexical_cache(settings: Settings, store) -> None:
    """Build the lexical index now and cache it, so the first start after a build loads it like a restart does.

    The one import from `assistant` in this package, at the entry point only: the lexical index belongs to
    retrieval, but the CLI is where a user waits for a build anyway (seconds here, not at the app's first start).
    """
    from assistant.lexical import load_or_build

    load_or_build(store, settings.embedding.cache_path.parent, store.generation())


def run_import(settings: Settings, args: argparse.Namespace) -> int:
    from .ingest import import_files

    def show(file: str, stage: str, done: int, total: int) -> None:
        if not args.json and stage == "OCR":
            print(f"  {file}: OCR 第{done}/{total}页", file=sys.stderr)

    results = import_files([Path(f) for f in args.files], Path(settings.cases_dir), settings=settings.ingest,
                           progress=show, kind=args.kind)
    report = None
    if args.build and any(r.ok for r in results):
        report = run_build(settings, rebuild=False, quiet=args.json)
    if args.json:
        payload = {"results": [r.model_dump() for r in results]}
        if report is not None:
            payload["build"] = report.model_dump()
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        for r in results:
            print(("错误: " if r.status == "error" else "") + r.message, file=sys.stderr if r.status == "error" else sys.stdout)
        if report is not None:
            print(report.summary())
        elif any(r.ok for r in results):
            print("提示: 运行 python -m index build(或在应用中点 重新索引)后即可提问。")
    return 1 if any(r.status == "error" for r in results) else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m index", description="Index cases/ into Chroma; import documents as cases.")
    sub = parser.add_subparsers(dest="command", required=True)
    build = sub.add_parser("build", help="index cases/ (incremental; a second run adds nothing)")
    build.add_argument("--rebuild", action="store_true", help="drop the collections and start clean")
    build.add_argument("--json", action="store_true", help="print the build report as JSON")
    build.add_argument("--quiet", action="store_true", help="no progress bar")
    for command in ("import", "add"):
        imp = sub.add_parser(command, help="import PDF/Word/HTML/text/image files as cases (add = import)")
        imp.add_argument("files", nargs="+", metavar="FILE")
        imp.add_argument("--kind", choices=["case", "reference"], default="case", help="kind of the new cases")
        imp.add_argument("--build", action="store_true", help="index the new cases right away")
        imp.add_argument("--json", action="store_true", help="print one result per file (and the build report) as JSON")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.command == "build" else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    settings = Settings()
    try:
        if args.command in {"import", "add"}:
            return run_import(settings, args)
        report = run_build(settings, args.rebuild, args.quiet or args.json)
    except AssistantError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(report.model_dump_json(indent=2))
    else:
        print(report.summary())
        for err in report.errors:
            print(f"skipped: {err}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
