"""The post-processors alone, on hand-made ranked lists: each re-orders or widens for one reason."""

from __future__ import annotations

from assistant import postprocess as pp
from assistant.intent import QueryIntent
from assistant.postings import ChunkTexts
from assistant.schema import Passage
from tests.pieces import chunk

LIST = "淄博、定西、桐庐、余杭、泰州、亳州、卢氏、上城、补助、标准。"
CHUNKS = {c.chunk_id: c for c in [
    chunk("zb-0", "zibo", "淄博组建教育集团。", heading="做法 > 集团化办学"),
    chunk("zb-1", "zibo", "集团内教师统一调配,课程共享。", heading="做法 > 集团化办学", start=9),
    chunk("zb-2", "zibo", "淄博推进课后服务。", heading="做法 > 课后服务", start=24),
    chunk("dx-0", "dingxi", "定西开展支教。"),
    chunk("dx-1", "dingxi", LIST),
    chunk("tz-0", "taizhou", "泰州建设泰微课。"),
]}


def of(cid: str):
    return CHUNKS[cid]


def ranked(*ids: str) -> pp.Ranked:
    return [(cid, 1.0 / (i + 1), {"words": i + 1}) for i, cid in enumerate(ids)]


def test_rerank_lifts_the_chunk_whose_sentence_matches() -> None:
    fused = ranked("tz-0", "dx-0", "zb-0")
    out = pp.rerank_by_sentence("淄博怎么组建教育集团?", fused, of, depth=3, weight=2.0)
    assert [t[0] for t in out][0] == "zb-0"
    assert pp.rerank_by_sentence("淄博怎么组建教育集团?", fused, of, depth=3, weight=0.0) is fused


def test_rerank_keeps_the_tail_below_the_head() -> None:
    out = pp.rerank_by_sentence("支教", ranked("zb-0", "tz-0", "dx-0"), of, depth=2, weight=1.0)
    assert [t[0] for t in out] == ["zb-0", "tz-0", "dx-0"]  # dx-0 matches but is past the depth
    assert out[2][1] < min(t[1] for t in out[:2])


def test_named_first_is_stable_by_score() -> None:
    out = pp.named_first(ranked("tz-0", "zb-2", "dx-0", "zb-0"), of, {"zibo"})
    assert [t[0] for t in out] == ["zb-2", "zb-0", "tz-0", "dx-0"]


def test_keyword_lists_go_last() -> None:
    out = pp.demote_keyword_lists(ranked("dx-1", "tz-0", "zb-0"), of)
    assert [t[0] for t in out] == ["tz-0", "zb-0", "dx-1"]


def test_spread_caps_each_case() -> None:
    out = pp.spread_cases(ranked("zb-0", "zb-1", "zb-2", "dx-0", "tz-0"), of, top_k=6)
    assert [t[0] for t in out] == ["zb-0", "zb-1", "dx-0", "tz-0", "zb-2"]  # cap 6 // 3 = 2 per case


def test_a_comparison_of_named_places_shares_the_top_among_them() -> None:
    """Two places compared: two passages each first, in rank order (taizhou has one); then the named places' further
    passages, another case's last."""
    out = pp.spread_cases(ranked("zb-0", "dx-0", "zb-1", "zb-2", "tz-0"), of, top_k=4, named={"zibo", "taizhou"})
    assert [t[0] for t in out] == ["zb-0", "zb-1", "tz-0", "zb-2", "dx-0"]


def test_each_named_place_keeps_a_passage() -> None:
    top = pp.keep_each_named(ranked("zb-0", "zb-1", "zb-2", "dx-0", "tz-0"), of, {"zibo", "taizhou"}, top_k=3)
    assert [t[0] for t in top] == ["zb-0", "zb-1", "tz-0"]


def test_focus_leads_with_the_quoted_chunk() -> None:
    passages = [Passage(chunk=of("tz-0"), score=0.9, ranks={"words": 1})]
    intent = QueryIntent(question="第二条展开说说", query="第二条展开说说", focus=["集团内教师统一调配,课程共享。"])
    chunks = list(CHUNKS.values())
    out = pp.with_focus(passages, intent, chunks, None)
    assert [p.chunk.chunk_id for p in out] == ["zb-1", "tz-0"] and out[0].ranks == {"focus": 1}
    assert pp.with_focus(passages, intent, chunks, None, ChunkTexts([c.text for c in chunks])) == out  # the fast path agrees
    assert pp.with_focus(passages, intent, chunks, {"taizhou"}) == passages  # outside the filter


def test_focus_finds_a_previous_answer_in_other_words_among_the_places_chunks() -> None:
    """A summary of the previous answer (no 16-character run verbatim) is found by its character pairs, only in
    the chunks of the places asked about, and only when most of its pairs are there."""
    passages = [Passage(chunk=of("tz-0"), score=0.9, ranks={"words": 1})]
    by_case = lambda cid: [c for c in CHUNKS.values() if c.case_id == cid]  # noqa: E731
    said = QueryIntent(question="这么做为了啥?", query="", places=["zibo"], focus=["集团内的教师统一调配,课程也共享。"])
    out = pp.with_focus(passages, said, list(CHUNKS.values()), None, None, by_case)
    assert [p.chunk.chunk_id for p in out] == ["zb-1", "tz-0"]
    assert pp.with_focus(passages, said, list(CHUNKS.values()), None) == passages  # no place lookup: verbatim only
    elsewhere = QueryIntent(question="这么做为了啥?", query="", places=["dingxi"], focus=said.focus)
    assert pp.with_focus(passages, elsewhere, list(CHUNKS.values()), None, None, by_case) == passages
    unrelated = QueryIntent(question="这么做为了啥?", query="", places=["zibo"], focus=["定西的老师去外地支教一年。"])
    assert pp.with_focus(passages, unrelated, list(CHUNKS.values()), None, None, by_case) == passages


def test_focus_finds_a_looser_retelling_whose_pairs_point_at_one_chunk() -> None:
    """Half of its pairs (0.54) in one chunk and less than a third of that in any other: the chunk it retells
    (`LOOSE_ANCHOR_SHARE`, `LOOSE_ANCHOR_LEAD`); fewer than half (0.41) is no source."""
    passages = [Passage(chunk=of("tz-0"), score=0.9, ranks={"words": 1})]
    by_case = lambda cid: [c for c in CHUNKS.values() if c.case_id == cid]  # noqa: E731
    loose = QueryIntent(question="这么做为了啥?", query="", places=["zibo"], focus=["淄博的集团内教师统一调派使用。"])
    assert [p.chunk.chunk_id for p in pp.with_focus(passages, loose, list(CHUNKS.values()), None, None, by_case)] == ["zb-1", "tz-0"]
    looser = QueryIntent(question="这么做为了啥?", query="", places=["zibo"], focus=["集团的老师统一调派到各校,课程共享着用。"])
    assert pp.with_focus(passages, looser, list(CHUNKS.values()), None, None, by_case) == passages


def test_a_looser_retelling_is_found_though_overlapping_chunks_both_hold_it() -> None:
    """Chunks overlap: the same sentence in two of them ties, and a tie with an overlapping chunk is no rival."""
    a = chunk("zb-a", "zibo", "组建教育集团。集团内教师统一调配,课程共享。", start=0)
    b = chunk("zb-b", "zibo", "集团内教师统一调配,课程共享。推进课后服务。", start=7)
    passages = [Passage(chunk=of("tz-0"), score=0.9, ranks={"words": 1})]
    loose = QueryIntent(question="这么做为了啥?", query="", places=["zibo"], focus=["淄博的集团内教师统一调派使用。"])
    out = pp.with_focus(passages, loose, [a, b, of("tz-0")], None, None, lambda cid: [a, b] if cid == "zibo" else [])
    assert out[0].chunk.chunk_id in ("zb-a", "zb-b") and out[0].ranks == {"focus": 1}


def test_section_expansion_fills_the_matching_section() -> None:
    passages = [Passage(chunk=of("zb-0"), score=1.0), Passage(chunk=of("tz-0"), score=0.5), Passage(chunk=of("dx-0"), score=0.4)]
    out = pp.expand_sections("淄博集团化办学有哪几种做法?", passages, CHUNKS.values(), {"zibo"})
    assert [p.chunk.chunk_id for p in out] == ["zb-0", "zb-1", "tz-0"]  # k stays 3
    assert pp.expand_sections("泰州有哪几种做法?", passages, CHUNKS.values(), {"taizhou"}) == passages
