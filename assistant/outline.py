"""A case's outline: its key measures (enumeration heads, titled items, measure headings) with the sentence
that makes each concrete. Computed once per case from its chunks and cached per index generation; overview and
method answers are built from it, and the 案例库 tab shows it as the case's summary.
"""

from __future__ import annotations

from dataclasses import dataclass

from index.schema import Chunk

from . import cues
from .schema import Passage
from .sentences import Unit, is_rhetoric, units


@dataclass
class Measure:
    heading: str  # the section it sits in (deepest heading)
    label: str  # a heading used as the measure's name ("" when the unit's own head names it)
    unit: Unit  # head + concrete sentence (passage_no refers to `CaseOutline.passages`)
    in_measure_section: bool


@dataclass
class CaseOutline:
    case_id: str
    passages: list[Passage]  # the case's chunks in document order
    measures: list[Measure]


def build_outline(chunks: list[Chunk]) -> CaseOutline:
    """Measures of one case in document order."""
    ordered = sorted(chunks, key=lambda c: c.start)
    passages = [Passage(chunk=c, score=0.0, ranks={"outline": i + 1}) for i, c in enumerate(ordered)]
    all_units = units(passages)
    all_units.sort(key=lambda u: u.start)
    by_no = {i + 1: p for i, p in enumerate(passages)}
    measures: list[Measure] = []
    headings_with_heads: set[str] = set()
    for u in all_units:
        heading = by_no[u.passage_no].chunk.heading
        if u.head and not is_rhetoric(u.text):
            measures.append(Measure(heading.split(" > ")[-1], "", u, _is_measure_section(heading)))
            headings_with_heads.add(heading)
    # Sections without enumerations: the heading names the measure, its first statement makes it concrete.
    seen: set[str] = set()
    for u in all_units:
        heading = by_no[u.passage_no].chunk.heading
        if heading in seen or heading in headings_with_heads or " > " not in heading or is_rhetoric(u.text):
            continue
        seen.add(heading)
        measures.append(Measure(heading.split(" > ")[-1], heading.split(" > ")[-1], u, _is_measure_section(heading)))
    measures.sort(key=lambda m: m.unit.start)
    return CaseOutline(chunks[0].case_id if chunks else "", passages, measures)


def _is_measure_section(heading: str) -> bool:
    return any(cues.MEASURE_SECTION_RE.search(part) for part in heading.split(" > ")[1:])
