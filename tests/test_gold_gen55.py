"""The fifty-fifth generalisation gold set (`gold/gen55_*.jsonl`) is well-formed, asks new questions, quotes the cases
verbatim, and its abstention items really are not answerable.

gen55 was written by two helpers, one per split, after gen54's round, from the case texts only (the dev helper quoting
the first half of each case, the held-out helper the second); nobody has run the engine or the eval runner on it. It is
checked exactly as gen34 is, with every earlier set, gen54 included, as the sets it must not repeat or nearly copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen34 import TestGen34 as Gen34Checks  # aliased so pytest does not collect TestGen34 again

# The keyword that would carry the missing detail of each abstention item, checked absent from the named cases (see
# `check_absent`). Opinion items (067/068 of each split) ask for a judgement and have none.
# Dev split: written by the dev split's helper. A practice of another place (wrong_region: phone-management model
# parents' meetings, MOOCs pushing resources, alumni donations), the county that hosted the first site meeting, the
# weights and scores of a three-year appraisal, a head count of kindergarten children (finer_detail), an off-corpus
# topic, or a rectification period and re-inspection, a class-size cap, a mid-term review, the term of a letter of
# appointment, how long a twinning agreement runs, the other four ministries behind a guideline or the money per
# urban-rural community and how it is worked out that a near miss asks for.
ABSENT_DEV: Absent = {
}


# Held-out split: written by the held-out split's helper. A practice of another place (wrong_region: cover training
# of special-post teachers, a teaching-research office renamed, a through-train "foundation" scheme), the names of
# paired schools, the seat and head of a planned research institute, the posts in a staffing "turnover pool"
# (finer_detail), an off-corpus topic, or clicks on a micro-lesson platform, a service centre's phone and hours, an
# insurance sum, a cap on member schools, a yearly training budget, the month of a showcase or the resource count and
# visits of a national platform that a near miss asks for.
ABSENT_HELDOUT: Absent = {
}


class TestGen55(Gen34Checks):
    NAME = "gen55"
    ID_PATTERN = id_patterns("g55")
    EARLIER_SETS = sets_before(55)
    ABSENT: Absent = {**ABSENT_DEV, **ABSENT_HELDOUT}
