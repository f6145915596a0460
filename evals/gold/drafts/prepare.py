"""Prepare a scratch directory for helpers writing the next generalisation set in eight parts:
`python evals/gold/drafts/prepare.py N [OUT]` (N: the new set's number, e.g. 78; OUT: default /work/gN).

Writes OUT/halves/{dev,heldout}/<case>.md (each case cut at the sentence end nearest its middle, as `check_part.py`
cuts it), OUT/check.py (this directory's part checker naming set N) and OUT/brief_<split>_<A-D>.md (the brief
template filled in: parts A-C of nineteen items, D of the eighteen abstention items, the categories in the order
of the previous set's dev split). Why a script: the scratch directory lives outside the repository (helpers must
not touch it), so it is rebuilt each round from what the repository keeps.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
PARTS = {"A": range(0, 19), "B": range(19, 38), "C": range(38, 57), "D": range(57, 75)}


def halves(text: str) -> tuple[str, str]:
    """The case cut after the sentence end (。 or a line break) nearest its middle (as `check_part.py` cuts it)."""
    cut = min((k for k, ch in enumerate(text) if ch in "。\n"), key=lambda k: abs(k - len(text) // 2))
    return text[:cut + 1], text[cut + 1:]


def main(n: int, out: Path) -> None:
    for split in ("dev", "heldout"):
        (out / "halves" / split).mkdir(parents=True, exist_ok=True)
    for f in sorted((REPO / "cases").glob("*.md")):
        first, second = halves(f.read_text(encoding="utf-8"))
        (out / "halves/dev" / f.name).write_text(first, encoding="utf-8")
        (out / "halves/heldout" / f.name).write_text(second, encoding="utf-8")
    check = (HERE / "check_part.py").read_text(encoding="utf-8")
    check = check.replace("REPO = Path(__file__).resolve().parents[3]", f'REPO = Path("{REPO}")')
    check = re.sub(r"sets_before\(\d+\)", f"sets_before({n})", check)
    check = re.sub(r'id_patterns\("g\d+"\)', f'id_patterns("g{n}")', check)
    (out / "check.py").write_text(check, encoding="utf-8")
    template = (HERE / "brief_template.md").read_text(encoding="utf-8")
    old = int(re.search(r"\(gen(\d+),", template).group(1))
    # (the example file, the previous set's dev split, through a placeholder: it is named gen{old - 1} before and
    # gen{n - 1}, which may be gen{old}, after)
    template = template.replace(f"gen{old - 1}_dev", "\0EXAMPLE\0").replace(f"gen{old}", f"gen{n}") \
        .replace("\0EXAMPLE\0", f"gen{n - 1}_dev").replace(f"/work/g{old}", str(out)) \
        .replace(f"all {old - 1} earlier", f"all {n - 1} earlier").replace(f'"g{old}-', f'"g{n}-')
    rows = [json.loads(line) for line in open(REPO / f"evals/gold/gen{n - 1}_dev.jsonl", encoding="utf-8") if line.strip()]
    cats = [(r["category"], r.get("subtype", "")) for r in rows]
    for split, tag in (("dev", "dev"), ("heldout", "ho")):
        for part, span in PARTS.items():
            ids = [(f"g{n}-{tag}-{k + 1:03d}", *cats[k]) for k in span]
            table = "\n".join(f"- `{i}`: {c}" + (f" (subtype `{s}`)" if s else "") for i, c, s in ids)
            brief = template.replace("{PART}", part).replace("{SPLITNAME}", "dev" if split == "dev" else "held-out") \
                .replace("{SPLIT}", split).replace("{N}", str(len(ids))).replace("{HALF}", "first" if split == "dev" else "second") \
                .replace("{OUTFILE}", f"gen{n}_{split}_{part}.jsonl").replace("{TABLE}", table)
            if part != "D":  # no abstention items: no absent file to write
                brief = "\n".join(line for line in brief.split("\n") if "{ABSENTFILE}" not in line or "python " in line)
                brief = brief.replace(" and your absent file", "").replace(f" {out}/{{ABSENTFILE}}", "")
            brief = brief.replace("{ABSENTFILE}", f"gen{n}_{split}_{part}_absent.json")
            (out / f"brief_{split}_{part}.md").write_text(brief, encoding="utf-8")
    print(f"prepared {out}: halves, check.py, eight briefs for gen{n}")


if __name__ == "__main__":
    number = int(sys.argv[1])
    main(number, Path(sys.argv[2]) if len(sys.argv) > 2 else Path(f"/work/g{number}"))
