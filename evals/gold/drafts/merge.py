"""Join the eight parts helpers wrote into the new set's two splits:
`python evals/gold/drafts/merge.py N [SCRATCH]` (SCRATCH: default /work/gN, as `prepare.py` made it).

Writes evals/gold/genN_{dev,heldout}.jsonl (parts joined in id order) and, into tests/test_gold_genN.py (copied from
the previous set's test beforehand), the part-D absent probes as ABSENT_DEV / ABSENT_HELDOUT and the count of
comparisons naming their places (MIN_PLACES). Prints no item: the held-out split stays unread until its round ends.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
WORDS = {1: "One", 2: "Two", 3: "Three", 4: "Four", 5: "Five"}


def _probes(path: Path) -> str:
    probes = json.loads(path.read_text(encoding="utf-8"))
    lines = []
    for key in sorted(probes):
        scope, words = probes[key]
        cases = "ALL" if scope == "*" else "(" + "".join(json.dumps(c, ensure_ascii=False) + "," for c in scope) + ")"
        lines.append(f'    "{key}": ({cases}, (' + "".join(json.dumps(w, ensure_ascii=False) + "," for w in words) + ")),")
    return "\n".join(lines)


def main(n: int, scratch: Path) -> None:
    places, probes = {}, {}
    for split in ("dev", "heldout"):
        rows = [json.loads(line) for part in "ABCD" for line in open(scratch / f"gen{n}_{split}_{part}.jsonl", encoding="utf-8")
                if line.strip()]
        rows.sort(key=lambda r: r["id"])
        if len(rows) != 75 or len({r["id"] for r in rows}) != 75:
            raise SystemExit(f"gen{n} {split}: {len(rows)} items, {len({r['id'] for r in rows})} ids; 75 of each expected")
        with open(REPO / f"evals/gold/gen{n}_{split}.jsonl", "w", encoding="utf-8") as f:
            f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        places[split] = sum(1 for r in rows if r["category"] == "cross_case" and r.get("places"))
        probes[split] = _probes(scratch / f"gen{n}_{split}_D_absent.json")
    test = REPO / f"tests/test_gold_gen{n}.py"
    text = test.read_text(encoding="utf-8")
    for name, split in (("ABSENT_DEV", "dev"), ("ABSENT_HELDOUT", "heldout")):
        text, count = re.subn(r"(%s: Absent = \{\n)(.*?)(\n\})" % name, lambda m: m.group(1) + probes[split] + m.group(3), text, flags=re.S)
        assert count == 1, f"{test.name}: no {name} table"
    text, count = re.subn(
        r"    # \w+ comparisons? names? (?:its|their) places in the dev split and \w+ in the held-out; the others ask \"哪些地方…\".\n    MIN_PLACES = \d+",
        f'    # {WORDS[places["dev"]]} comparisons name their places in the dev split and {WORDS[places["heldout"]].lower()} in the '
        f'held-out; the others ask "哪些地方…".\n    MIN_PLACES = {places["dev"] + places["heldout"]}', text)
    assert count == 1, f"{test.name}: no MIN_PLACES line"
    test.write_text(text, encoding="utf-8")
    print(f"merged gen{n}: 75 + 75 items; comparisons naming their places {places['dev']} dev, {places['heldout']} held-out")


if __name__ == "__main__":
    number = int(sys.argv[1])
    main(number, Path(sys.argv[2]) if len(sys.argv) > 2 else Path(f"/work/g{number}"))
