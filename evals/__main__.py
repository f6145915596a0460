"""`python -m evals sweep OUT.json [...]`, `python -m evals compare A.json B.json [...]`, `python -m evals run [--gold main|gen|gen2|gen3|gen4|gen5|gen6|gen7|gen8|gen9|gen10|gen11|gen12|gen13|gen14|gen15|gen16|gen17|gen18|gen19|gen20|gen21|gen22|gen23|gen24|gen25|gen26|gen27|gen28|gen29|gen30|gen31|gen32|gen33|gen34|gen35|gen36|gen37|gen38|gen39|gen40|gen41|gen42|gen43|gen44|gen45|gen46|gen47|gen48|gen49|gen50|gen51|gen52|gen53|gen54|gen55|gen56|gen57|gen58|gen59|gen60|gen61|gen62|gen63|gen64|gen65|gen66|gen67|gen68|gen69|gen70|gen71|gen72|gen73|gen74|gen75|gen76|gen77|gen78|gen79] [--split dev|heldout|all] [--engine extractive|llm] [--json] [--report PATH]`"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from .report import retriever_table, summary_table, write_report
from .run import run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals", description="Citation-accuracy evals over the gold set.")
    sub = parser.add_subparsers(dest="command", required=True)
    r = sub.add_parser("run", help="run the gold set; exit 1 when a threshold in evals/thresholds.toml is broken")
    r.add_argument("--gold", choices=["main", "gen", "gen2", "gen3", "gen4", "gen5", "gen6", "gen7", "gen8", "gen9", "gen10",
                                      "gen11", "gen12", "gen13", "gen14", "gen15", "gen16", "gen17", "gen18",
                                      "gen19", "gen20", "gen21", "gen22", "gen23", "gen24", "gen25",
                                      "gen26", "gen27", "gen28", "gen29", "gen30", "gen31", "gen32",
                                      "gen33", "gen34", "gen35", "gen36", "gen37", "gen38", "gen39", "gen40", "gen41", "gen42", "gen43", "gen44", "gen45", "gen46", "gen47", "gen48", "gen49", "gen50", "gen51", "gen52", "gen53", "gen54", "gen55", "gen56", "gen57", "gen58", "gen59", "gen60", "gen61", "gen62", "gen63", "gen64", "gen65", "gen66", "gen67", "gen68", "gen69", "gen70", "gen71", "gen72", "gen73", "gen74", "gen75", "gen76", "gen77", "gen78", "gen79"],
                   default="main",
                   help="main: the original gold set, gated by evals/thresholds.toml; gen, gen2, gen3, gen4, gen5, gen6, "
                        "gen7, gen8, gen9, gen10, gen11, gen12, gen13, gen14, gen15, gen16, gen17, gen18, gen19, "
                        "gen20, gen21, gen22, gen23, gen24, gen25, gen26, gen27, gen28, gen29, gen30, gen31, gen32, "
                        "gen33, gen34, gen35, gen36, gen37, gen38, gen39, gen40, gen41, gen42, gen43, gen44, gen45, gen46, gen47, gen48, gen49, gen50, gen51, gen52, gen53, gen54, gen55, gen56, gen57, gen58, gen59, gen60, gen61, gen62, gen63, gen64, gen65, gen66, gen67, gen68, gen69, gen70, gen71, gen72, gen73, gen74, gen75, gen76, gen77, gen78, gen79: the generalisation sets, every metric per category, report only")
    r.add_argument("--split", choices=["dev", "heldout", "all"], default="all")
    r.add_argument("--engine", choices=["extractive", "llm"], default="extractive")
    r.add_argument("--json", action="store_true", help="print the full result as JSON")
    r.add_argument("--report", type=Path, default=None,
                   help="Markdown report path (default evals/reports/report.md, or gen_report.md with --gold gen)")
    r.add_argument("--no-baseline", action="store_true", help="skip the stock llama-index comparison")
    r.add_argument("--no-plans", action="store_true", help="skip plan drafting items")
    sw = sub.add_parser("sweep", help="answer every generalisation set (dev splits, spent held-out splits) into OUT.json")
    sw.add_argument("out", type=Path)
    sw.add_argument("--sets", default="", help="comma-separated set names (default: every set whose round has begun)")
    sw.add_argument("--read-heldout", default="", help="comma-separated fresh sets whose held-out split is read now")
    sw.add_argument("--match", default="", help="rerun only questions matching this regex; the rest come from --base")
    sw.add_argument("--base", type=Path, default=None)
    sw.add_argument("--workers", type=int, default=2)
    cp = sub.add_parser("compare", help="pool figures and every item whose verdict changed between two sweeps")
    cp.add_argument("a", type=Path)
    cp.add_argument("b", type=Path)
    cp.add_argument("--set", default="", help="also print this set's figures per split and category")
    cp.add_argument("-v", "--verbose", action="store_true", help="show answers, and items whose text alone changed")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    if args.command == "sweep":
        from .gen import GEN_SETS
        from .sweep import DEFAULT_SETS, sweep

        sets = [s for s in args.sets.split(",") if s] or list(DEFAULT_SETS)
        unknown = [s for s in sets if s not in GEN_SETS]
        if unknown:
            print(f"--sets: unknown set(s) {unknown}; known: {list(GEN_SETS)}", file=sys.stderr)
            return 2
        print(json.dumps(sweep(args.out, sets, [s for s in args.read_heldout.split(",") if s], args.match, args.base,
                               args.workers)))
        return 0
    if args.command == "compare":
        from .sweep import compare, load_rows

        print(compare(load_rows(args.a), load_rows(args.b), args.set, args.verbose))
        return 0
    if args.gold != "main":
        return _run_gen(args)
    args.report = args.report or Path("evals/reports/report.md")
    result = run(args.split, args.engine, baseline=not args.no_baseline, plans=not args.no_plans)
    report = write_report(result, args.report)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print(summary_table(result))
        print()
        print(retriever_table(result))
        print()
        for b in result["threshold_failures"]:
            print(f"THRESHOLD BROKEN: {b}")
        print(f"report: {report} ({len(result['failures'])} failures listed)")
    return 1 if result["threshold_failures"] else 0


def _run_gen(args: argparse.Namespace) -> int:
    """The generalisation set: per-category tables; its [gen] thresholds are reported, never the exit code."""
    from .gen import GoldError, run_gen
    from .gen_report import summary_text, write_gen_report

    try:
        result = run_gen(args.split, args.engine, plans=not args.no_plans, name=args.gold)
    except GoldError as exc:
        print(f"gold set error: {exc}", file=sys.stderr)
        return 2
    report = write_gen_report(result, args.report or Path(f"evals/reports/{args.gold}_report.md"))
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print(summary_text(result))
        for note in result["threshold_notes"]:
            print(f"below target (not enforced): {note}")
        print(f"report: {report} ({len(result['failures'])} failures listed)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
