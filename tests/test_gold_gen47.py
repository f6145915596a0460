"""The forty-seventh generalisation gold set (`gold/gen47_*.jsonl`) is well-formed, asks new questions, quotes the cases
verbatim, and its abstention items really are not answerable.

gen47 was written by two helpers, one per split, after gen46 had been spent, before any tuning on gen47, from the case
texts only and without running the engine or the eval runner on it (and without reading gen35's to gen46's items). It
is checked exactly as gen34 is (`TestGen34`, the checks of `RequotingGoldSetTests` plus gen7's own two), with its own
ids, its own abstention keywords and every earlier set, gen35 to gen46 included, as the sets it must not repeat or
nearly copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen34 import TestGen34 as Gen34Checks  # aliased so pytest does not collect TestGen34 again

# The keyword that would carry the missing detail of each abstention item, checked absent from the named cases (see
# `check_absent`). Opinion items (067/068 of each split) ask for a judgement and have none.
# Dev split: written by the dev split's helper.
ABSENT_DEV: Absent = {
}


# Held-out split: written by the held-out split's helper.
ABSENT_HELDOUT: Absent = {
}


class TestGen47(Gen34Checks):
    NAME = "gen47"
    ID_PATTERN = id_patterns("g47")
    EARLIER_SETS = sets_before(47)
    ABSENT: Absent = {**ABSENT_DEV, **ABSENT_HELDOUT}
