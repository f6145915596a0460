"""`python -m index build [--rebuild] [--json]`"""

from __future__ import annotations

import argparse
import logging
import sys

from .backends import make_cache, make_embedder, make_store
from .build import build_index
from .errors import AssistantError
from .progress import PhaseBars
from .settings import Settings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m index", description="Index cases/ into Chroma.")
    sub = parser.add_subparsers(dest="command", required=True)
    build = sub.add_parser("build", help="index cases/ (incremental; a second run adds nothing)")
    build.add_argument("--rebuild", action="store_true", help="drop the collections and start clean")
    build.add_argument("--json", action="store_true", help="print the build report as JSON")
    build.add_argument("--quiet", action="store_true", help="no progress bar")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    settings = Settings()
    bars = None if args.quiet or args.json else PhaseBars()
    try:
        store = make_store(settings)
        embedder = make_embedder(settings)
        report = build_index(settings, store, embedder, make_cache(settings) if embedder else None, args.rebuild, bars)
    except AssistantError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    finally:
        if bars:
            bars.close()
    if args.json:
        print(report.model_dump_json(indent=2))
    else:
        print(report.summary())
        for err in report.errors:
            print(f"skipped: {err}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
