"""Checks shared by the gold-set tests: every string a gold item quotes is verbatim in its case files."""

from __future__ import annotations

from evals.gen import ABSTAIN_CATEGORIES
from evals.gen_metrics import normalize
from index.settings import REPO_ROOT

CASES = {p.stem: p.read_text(encoding="utf-8") for p in (REPO_ROOT / "cases").glob("*.md")}


def assert_items_quote_their_cases(items: list[dict]) -> None:
    """Known case ids; evidence, key measures and list items verbatim; at least one `contains` in the documents' wording.

    Abstention items (unanswerable, near miss) quote nothing and are only checked for their case ids.
    """
    for i in items:
        assert all(c in CASES for c in i["cases"]), f"{i['_where']}: unknown case in {i['cases']}"
        if i["category"] in ABSTAIN_CATEGORIES:
            continue
        texts = [CASES[c] for c in i["cases"]]
        for key in ("evidence", "key_measures", "items"):
            for s in i.get(key, []):
                assert any(s in t for t in texts), f"{i['_where']}: {key} {s!r} is not verbatim in {i['cases']}"
        # at least one accepted answer is the documents' own wording (English alternatives may be added beside it)
        assert any(normalize(a) in normalize(t) for a in i["contains"] for t in texts), f"{i['_where']}: no 'contains' in the cases"
