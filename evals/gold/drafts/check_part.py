"""Check one part of a gold set being written before it is merged:
`python evals/gold/drafts/check_part.py PART.jsonl [ABSENT.json]` (a part's file name says its split: `_dev.` or not).

Runs the checks tests/gold_set_checks.py runs on a whole set, on this part alone: item shape, id pattern, no question
repeating or nearly copying an earlier set, evidence and contains verbatim in the named cases, no accepted answer
echoing the question, an accepted answer inside the evidence, category fields, and (with ABSENT.json, {"id": [["case", ...] or "*", ["keyword", ...]]})
abstention keywords absent from the cases. Prints OK or the failures.
"""
import json, re, sys
from pathlib import Path
REPO = Path(__file__).resolve().parents[3]
sys.path[:0] = [str(REPO), str(REPO / "tests")]
from evals.gen import check_item, CATEGORIES
from evals.gen_metrics import normalize
import gold_set_checks as g
from gold_checks import CASES
from test_gold_gen7 import SPREAD_ANSWERS, body_start

path = sys.argv[1]
split = "dev" if "dev" in path.rsplit("/", 1)[-1] else "heldout"
items, bad = [], []
for n, line in enumerate(open(path, encoding="utf-8"), 1):
    if not line.strip():
        continue
    where = f"{path}:{n}"
    try:
        item = json.loads(line)
        check_item(item, where)
    except Exception as e:  # report every bad line, not only the first
        bad.append(f"{where}: {e}")
        continue
    items.append({**item, "split": split, "_where": where})
earlier = g.earlier_items(g.sets_before(79))

def run(name, fn, *a):
    try:
        fn(*a)
    except AssertionError as e:
        bad.append(f"{name}: {e}")

run("ids", g.check_ids, items, earlier, g.id_patterns("g79"))
run("new questions", g.check_new_questions, items, earlier)
run("quotes", g.check_quotes, items)
run("fields", g.check_fields, items, 0, 0)
def related(a, b):
    return bool(set(a["cases"]) & set(b.get("cases", []))) or not (a["cases"] or b.get("cases"))
def overlap(a, b):
    return any(x in y or y in x for x in g._answers(a) for y in g._answers(b))
pairs = [(i, o) for i in items for o in earlier] + [(a, b) for n, a in enumerate(items) for b in items[n + 1:]]
for a, b in pairs:
    if related(a, b):
        score = g.similarity(g.asked(a), g.asked(b))
        if score >= 0.65 or (score >= 0.45 and overlap(a, b)):
            bad.append(f"near copy ({score:.2f}): {a['id']} {a['q']!r} ~ {b['id']} {b['q']!r}; reword yours")
old = {normalize(o["q"]) for o in earlier}
for i in items:
    if normalize(i["q"]) in old:
        bad.append(f"{i['_where']}: question repeats an earlier set word for word")
for i in items:
    texts = [normalize(CASES[c]) for c in i["cases"]]
    for a in i.get("contains", []):
        if not any(normalize(a) in t for t in texts):
            bad.append(f"{i['_where']}: contains {a!r} is not verbatim in {i['cases']}")
    said = normalize(i["q"] + "".join(m["content"] for m in i.get("history", [])))
    for a in i.get("contains", []):
        if normalize(a) in said:
            bad.append(f"{i['_where']}: contains {a!r} is in the question or history")
    # where one sentence states the answer, the quoted evidence holds an accepted answer (as the merged set's test
    # `test_gold_gen7.test_an_accepted_answer_lies_inside_the_evidence` checks)
    spans = [normalize(e) for e in i.get("evidence", [])]
    if spans and i["category"] not in SPREAD_ANSWERS and \
            not any(normalize(a) in s for a in i.get("contains", []) for s in spans):
        bad.append(f"{i['_where']}: no accepted answer lies inside the evidence; quote the clause that holds one")
if len(sys.argv) > 2:
    absent = {k: (v[0] if v[0] == "*" else tuple(v[0]), tuple(v[1])) for k, v in json.load(open(sys.argv[2])).items()}
    by_id = {i["id"]: i for i in items}
    for k, (scope, words) in absent.items():
        if k not in by_id:
            bad.append(f"absent: {k} is not an item of this part"); continue
        for c in (sorted(CASES) if scope == "*" else scope):
            for w in words:
                if w not in CASES.get(c, ""): continue
                bad.append(f"absent: {k}: {w!r} occurs in {c}, so the item may be answerable")
    for i in items:
        if i["category"] == "near_miss":
            for num in g.NUMBER.findall(i["q"]):
                for c in i["cases"]:
                    if num in CASES[c]:
                        bad.append(f"{i['_where']}: number {num} occurs in {c}")
from collections import Counter
print("items per category:", dict(Counter(i["category"] for i in items)))
if any(i["category"] == "unanswerable" for i in items):
    print("unanswerable subtypes:", dict(Counter(i.get("subtype") for i in items if i["category"] == "unanswerable")))
print("\n".join(bad) if bad else "OK")
# Evidence must come from this split's half of each case: dev from the text before the sentence end nearest the
# middle, held-out from the text after it (`halves`).
def halves(text):
    cut = min((k for k, ch in enumerate(text) if ch in "。\n"), key=lambda k: abs(k - len(text) // 2))
    return text[:cut + 1], text[cut + 1:]
half = {c: halves(t)[0 if split == "dev" else 1] for c, t in CASES.items()}
msgs = []
for i in items:
    for e in i.get("evidence", []):
        if not any(e in half[c] for c in i["cases"] if c in half):
            msgs.append(f"{i['_where']}: evidence {e!r} is not in the {split} half of {i['cases']} ")
        # Chunks leave headings and front matter out of their text, so evidence there could never be retrieved
        # (the check `test_gold_gen7.test_evidence_lies_in_text_a_passage_can_hold` makes on the merged set).
        for c in i["cases"]:
            text, at = CASES.get(c, ""), CASES.get(c, "").find(e)
            while at >= 0:
                if at < body_start(text) or text[text.rfind("\n", 0, at) + 1:].startswith("#"):
                    msgs.append(f"{i['_where']}: evidence {e!r} sits on a heading or in the front matter of {c}; "
                                "quote the body text under it")
                    break
                at = text.find(e, at + 1)
print("\n".join(msgs) if msgs else "evidence halves and placement OK")
