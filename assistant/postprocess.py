"""Node post-processors: each re-orders or widens a ranked list after fusion, one decision per function.

The llama-index counterpart is `postprocessor/`: small steps the retriever chains, each testable alone on a
hand-made list. Here a ranked item is `(chunk_id, score, ranks per ranker)` and `chunk` looks up its Chunk.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from index.clean import normalize
from index.schema import Chunk

from .postings import ChunkTexts
from .schema import Passage
from .stuffing import is_keyword_list
from .text import ANCHOR_SHARE, loose_source, bigram_counter, bigram_share, bigram_text, bigrams, read_sentences, strip_question

if TYPE_CHECKING:
    from .intent import QueryIntent

Ranked = list[tuple[str, float, dict[str, int]]]
ChunkOf = Callable[[str], Chunk]


def rerank_by_sentence(query: str, fused: Ranked, chunk: ChunkOf, depth: int, weight: float) -> Ranked:
    """Re-order the head by how well its best sentence matches the question: the answer quotes sentences."""
    if not fused or weight <= 0:
        return fused
    topic = bigrams(strip_question(query) or query)
    if not topic:
        return fused
    head, tail = fused[:depth], fused[depth:]
    top = head[0][1]
    shared = bigram_counter(topic, read=str)

    def best_sentence(cid: str) -> float:
        return max((shared(read) / len(topic) for _, _, read in read_sentences(chunk(cid).text)), default=0.0)

    rescored = [(cid, score / top + weight * best_sentence(cid), ranks) for cid, score, ranks in head]
    rescored.sort(key=lambda t: -t[1])
    floor = rescored[-1][1] if rescored else 0.0
    # Keep the tail below the head whatever its fused score.
    return rescored + [(cid, min(score / top, floor) * 0.999, ranks) for cid, score, ranks in tail]


def named_first(fused: Ranked, chunk: ChunkOf, named: set[str]) -> Ranked:
    """A question about one place: its passages first, others still follow (stable within each group)."""
    return sorted(fused, key=lambda t: (chunk(t[0]).case_id not in named, -t[1]))


def demote_keyword_lists(fused: Ranked, chunk: ChunkOf) -> Ranked:
    """Keyword lists are not evidence: after every real passage, whatever their scores (see stuffing.py)."""
    return sorted(fused, key=lambda t: is_keyword_list(chunk(t[0]).text))


def spread_cases(fused: Ranked, chunk: ChunkOf, top_k: int, named: set[str] | None = None) -> Ranked:
    """For "which places…" questions: at most top_k // 3 passages per case in the top k, so several places show.
    For a comparison of `named` places the top k are theirs, shared alike (top_k / their number each, rounded up, at
    least two): each row of the comparison is searched as deeply as the others; when a place has fewer, the others'
    further passages come next, another case's only after them."""
    cap = max(2, -(-top_k // len(named))) if named else max(1, top_k // 3)
    head: Ranked = []
    tail: Ranked = []
    others: Ranked = []  # (a named comparison's passages of other cases, after the named places' further ones)
    per_case: dict[str, int] = {}
    for item in fused:
        case_id = chunk(item[0]).case_id
        per_case[case_id] = per_case.get(case_id, 0) + 1
        if named and case_id not in named:
            others.append(item)
        else:
            (head if per_case[case_id] <= cap and len(head) < top_k else tail).append(item)
    return head + tail + others


def keep_each_named(fused: Ranked, chunk: ChunkOf, named: set[str], top_k: int) -> Ranked:
    """The top k of a comparison of named places, where each of them keeps its best passage."""
    top = fused[:top_k]
    present = {chunk(cid).case_id for cid, _, _ in top}
    for case_id in named - present:
        best = next((t for t in fused[top_k:] if chunk(t[0]).case_id == case_id), None)
        if best is not None:
            top = top[:-1] + [best] if len(top) >= top_k else top + [best]
    return top


def _apart(a: Chunk, b: Chunk) -> bool:
    """Do two chunks share no text (another case, or spans that do not overlap)?"""
    return a.case_id != b.case_id or a.end <= b.start or b.end <= a.start


def with_focus(passages: list[Passage], intent: "QueryIntent", chunks: Sequence[Chunk], case_ids: set[str] | None,
               texts: ChunkTexts | None = None, case_chunks: Callable[[str], list[Chunk]] | None = None) -> list[Passage]:
    """A drill-down searches what the previous answer quoted first: those chunks lead the passages.

    `texts`, when given, holds the texts of `chunks` in the same order: only the chunks its n-gram postings name are
    tested per key (`postings.ChunkTexts`). `case_chunks` (a place's chunks) lets a previous answer that was not
    quoted verbatim be found by its character pairs among the chunks of the places asked about.
    """
    keys = [normalize(f)[:16] for f in intent.focus if len(f) >= 8]
    places = set(intent.places)

    def allowed(c: Chunk) -> bool:
        return (not places or c.case_id in places) and (case_ids is None or c.case_id in case_ids)

    if texts is not None:
        rows = sorted({i for k in keys for i in texts.containing(k)})
        hits = [chunks[i] for i in rows if allowed(chunks[i])]
    else:
        hits = [c for c in chunks if allowed(c) and any(k in c.text for k in keys)]
    if not hits and places and case_chunks is not None:
        # The previous answer in other words (a summary, a user's paraphrase): the chunks of the place that hold
        # most of one of its sentences' character pairs are where it came from.
        said = [bigram_text(f) for f in intent.focus if len(f) >= 8]
        candidates = [c for cid in places for c in case_chunks(cid) if allowed(c)]
        by_sentence = [[(bigram_share(f, bigram_text(c.text)), c) for c in candidates] for f in said]
        found = [(max(share for share, _ in column), c) for c, *column in zip(candidates, *by_sentence)] if said else []
        hits = [c for share, c in sorted(found, key=lambda x: -x[0]) if share >= ANCHOR_SHARE][:2]
        if not hits:  # a looser retelling of one of its sentences, whose pairs point at one text (chunks overlap)
            hits = list(dict.fromkeys(src for shares in by_sentence if (src := loose_source(shares, _apart)) is not None))[:1]
    have = {p.chunk.chunk_id for p in passages}
    lead = [Passage(chunk=c, score=passages[0].score if passages else 1.0, ranks={"focus": 1}) for c in hits[:4] if c.chunk_id not in have]
    return (lead + passages)[: max(len(passages), len(lead) + 2)]


def with_edge(passages: list[Passage], places: Sequence[str], case_chunks: Callable[[str], list[Chunk]],
              case_ids: set[str] | None, edge: str) -> list[Passage]:
    """A question about what a document says at its opening or its end ("那篇开头点出了哪些老大难", "文件末尾撑了哪几
    道保障": `intent.edge_asked`): the first or last EDGE_CHUNKS chunks of each place it names are among the passages
    (after those retrieved, whose order is kept), marked "edge" (`core` weighs their sentences as a drill-down's
    source for a list or a broad question; `compose` prefers a list there); the words alone rarely find a preamble,
    which states the document's premise in general terms."""
    def at_edge(chunks: list[Chunk]) -> list[Chunk]:
        return chunks[:EDGE_CHUNKS] if edge == "opening" else chunks[-EDGE_CHUNKS:]

    opening = [c for cid in places if case_ids is None or cid in case_ids for c in at_edge(case_chunks(cid))]
    ids = {c.chunk_id for c in opening}
    kept = [p.model_copy(update={"ranks": {**p.ranks, "edge": 1}}) if p.chunk.chunk_id in ids else p for p in passages]
    have = {p.chunk.chunk_id for p in passages}
    added = [Passage(chunk=c, score=passages[-1].score if passages else 1.0, ranks={"edge": 1}) for c in opening
             if c.chunk_id not in have]
    return kept + added


EDGE_CHUNKS = 3  # chunks of a document its opening (a preamble, then the first section's lines) or its end spans


def expand_sections(query: str, passages: list[Passage], chunks: Iterable[Chunk], named: set[str], max_added: int = 4) -> list[Passage]:
    """For "有哪几种…" questions: the rest of a top passage's section when its heading matches the question."""
    topic = bigrams(strip_question(query) or query)
    have = {p.chunk.chunk_id for p in passages}
    added: list[Passage] = []
    chunks = list(chunks)
    for p in passages[:3]:
        if is_keyword_list(p.chunk.text) or (named and p.chunk.case_id not in named):
            continue  # never widen a keyword list, nor another place's section, over the place asked about
        section = p.chunk.heading.split(" > ")[-1]
        if not topic or not topic & bigrams(section):
            continue
        for c in chunks:
            if c.case_id == p.chunk.case_id and c.heading == p.chunk.heading and c.chunk_id not in have and len(added) < max_added:
                added.append(Passage(chunk=c, score=p.score * 0.99, ranks={"section": 1}))
                have.add(c.chunk_id)
    if not added:
        return passages
    # The top k stays k: the matched sections come first, other passages fill what is left.
    sections = {(q.chunk.case_id, q.chunk.heading) for q in added}
    in_section = [q for q in passages if (q.chunk.case_id, q.chunk.heading) in sections]
    others = [q for q in passages if (q.chunk.case_id, q.chunk.heading) not in sections]
    merged = sorted(in_section + added, key=lambda q: q.chunk.start)[: len(passages)]
    return merged + others[: len(passages) - len(merged)]
