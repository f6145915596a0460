"""Is what a question asks closer in meaning to the named place's text than to any other case's?

Why: a question about one place ("亳州给老师这块下的力气,都有哪些大动作?", "芦溪为了把学校办得达标、像样,
底下分了哪几摊?"; since the sixteenth session any kind but whether or how much of a thing it has) is worded in the asker's words, and the words-based evidence test (`abstain.py`) cannot match a
colloquial word with a document's word by its letters. The place anchors the subject; what remains to check is
whether the place's text says something on what is asked at all, or whether the question asks another place's
practice of it (名师流动 asked of 上城, a “管办助评” of 亳州). Meaning answers that without any word list: the
sentences of the place's closest passages are compared with the asked part of the question (no place names:
`intent.meaning_text`), and so are those of the other cases' closest passages. When another case's sentence is
clearly closer, the question asks a thing of that case, not of the named place.

Measured on the tuning sets (fourteenth session, every question refused for too little word coverage with one place
named): answerable questions lie at a lead of -0.020 or more; questions asking another case's practice or a detail
no case has lie mostly below -0.026 (the sentence cosines of one question spread over ~0.05-0.1).
"""

from __future__ import annotations

import logging

import numpy as np

from index.errors import AssistantError

from .crosslingual import MISSING_SHARE, Similarity
from .intent import QueryIntent, meaning_text
from .schema import Passage
from .sentences import units
from .stuffing import is_keyword_list

log = logging.getLogger(__name__)

NEAREST_CHUNKS = 4  # closest passages per side whose sentences are compared (their vectors are cached at build time)
KEYWORD_SLACK = 2  # more fetched, as keyword lists among them are dropped


def lead(retriever, intent: QueryIntent, similarity: Similarity | None) -> float | None:
    """The closest sentence of the named place minus the closest sentence of any other case, by cosine to what the
    question asks (negative: another case says it more closely). None when it cannot be known: no dense model or
    sentence vectors, not exactly one place, or a store fault (a fault must not fail the answer)."""
    if similarity is None or len(intent.places) != 1 or retriever.embedder is None:
        return None
    vector = retriever.vector_of(meaning_text(intent, retriever.corpus()))
    if vector is None:
        return None
    place = intent.places
    lexical = retriever.lexical  # one generation of chunks and rows, even if the index refreshes meanwhile
    own = _closest(retriever, lexical, vector, similarity, {"case_id": {"$in": place}})
    other = _closest(retriever, lexical, vector, similarity, {"case_id": {"$nin": place}}) if own else None
    return own[1] - other[1] if own and other else None


def closest_case(retriever, intent: QueryIntent, similarity: Similarity | None) -> tuple[str, float, float] | None:
    """For a question naming no place: the case of the sentence closest in meaning to what is asked, that cosine,
    and its lead over the closest sentence of any other case. Why: a question across places worded in the asker's
    own words ("有没有哪个区专门设了个对外接待群众的中心?") fails the words-based evidence test as a colloquial
    question about one place does; when one case's text is clearly the closest, that case is what it is about, as
    a named place anchors a question about it (`lead`). None when it cannot be known (as for `lead`)."""
    if similarity is None or intent.places or retriever.embedder is None:
        return None
    vector = retriever.vector_of(meaning_text(intent, retriever.corpus()))
    if vector is None:
        return None
    lexical = retriever.lexical
    best = _closest(retriever, lexical, vector, similarity, None)
    if best is None:
        return None
    other = _closest(retriever, lexical, vector, similarity, {"case_id": {"$nin": [best[0]]}})
    return (best[0], best[1], best[1] - other[1]) if other else None


def _closest(retriever, lexical, vector, similarity: Similarity, where: dict | None) -> tuple[str, float] | None:
    """The case and cosine of the sentence closest to what is asked among the NEAREST_CHUNKS passages nearest to
    `vector` under the store filter `where`; None when there is nothing to compare or a fault (logged)."""
    try:
        hits = retriever.store.query_vectors(retriever.embedder.name, retriever.embedder.dim, vector,
                                             NEAREST_CHUNKS + KEYWORD_SLACK, where)
    except AssistantError as exc:  # StoreError included: the rules then judge by words alone
        log.warning("place meaning skipped: %s", exc)
        return None
    chunks = [lexical.chunks[lexical.row[cid]] for cid, _ in hits if cid in lexical.row]
    # a keyword list (stuffing.py) is no text that says anything: retrieval demotes it, so it is left out here
    passages = [Passage(chunk=c, score=0.0, ranks={}) for c in chunks if not is_keyword_list(c.text)][:NEAREST_CHUNKS]
    found = units(passages)
    if not found:
        return None
    try:
        sims = np.asarray(similarity([u.text for u in found]), dtype=np.float64)
    except Exception as exc:  # the meaning step's faults (an embedding, the cache) leave the words to judge
        log.warning("place meaning skipped: %s", exc)
        return None
    if np.isnan(sims).mean() > MISSING_SHARE:
        return None  # the sentences are still being embedded: one side would be judged on a few of them
    i = int(np.nanargmax(sims))
    return found[i].case_id, float(sims[i])
