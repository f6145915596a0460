"""`place_meaning.lead` on the real corpus and index: what a question asks is closer in meaning to the named place's
text when the place's case says it, and closer to another case's when it asks that case's practice; and
`place_meaning.closest_case`: the case a question naming no place is closest to, and by how much."""

from __future__ import annotations

import pytest

from assistant import Assistant, crosslingual, place_meaning
from assistant.intent import analyze


def _lead(assistant: Assistant, question: str) -> float | None:
    intent = analyze(question, None, assistant.retriever.corpus())
    similarity = crosslingual.meaning(assistant, intent, None)
    return place_meaning.lead(assistant.retriever, intent, similarity)


@pytest.mark.parametrize("question,sign", [
    ("亳州在把校舍弄得像样这块,都有哪些大动作?", 1),  # 亳州 builds standard schools (标准化建设)
    ("泰州的名师是怎么在全市走教的?", 1),  # 名师片管校用全市域走教 is 泰州's
    ("余杭开范式家长会有什么经验?", -1),  # 定西's 范式家长会
    ("上城区给引进人才发购房补贴是怎么做的?", -1),  # 余杭's 人才 policy
])
def test_the_lead_says_whose_text_is_closest(assistant: Assistant, question: str, sign: int) -> None:
    lead = _lead(assistant, question)
    assert lead is not None and lead * sign > 0, lead


def test_no_lead_without_exactly_one_place_or_without_meaning(assistant: Assistant) -> None:
    assert _lead(assistant, "泰州和淄博在教师交流上有什么不同?") is None  # two places: nothing to anchor
    intent = analyze("亳州的做法有什么亮点?", None, assistant.retriever.corpus())
    assert place_meaning.lead(assistant.retriever, intent, None) is None  # no sentence meaning (lexical only)


def test_an_answer_anchored_by_meaning_is_quoted_in_the_order_of_meaning(assistant: Assistant) -> None:
    """Its words failed, so the coverage in its sentences' scores measures little: the sentence closest in meaning
    (standard school buildings, for 校舍弄得像样) comes first, not a teacher-training sentence sharing a word."""
    answer = assistant.ask("亳州在把校舍弄得像样这块,都有哪些大动作?")
    assert not answer.abstained
    body = answer.answer.split("\n\n", 1)[1]
    assert "标准化" in body.split("。", 1)[0], body[:200]


class _Store:
    """A vector store that answers each side's query from a table, or fails as a broken store does."""

    def __init__(self, hits: dict[str, list[tuple[str, float]]] | None) -> None:
        self.hits = hits

    def query_vectors(self, model, dim, vector, n, where):
        from index.errors import StoreError

        if self.hits is None:
            raise StoreError("向量库不可用")
        if where is None:  # no filter: every case (`closest_case`)
            return self.hits["all"][:n]
        return self.hits["in" if "$in" in where["case_id"] else "out"][:n]


def _retriever(assistant: Assistant, store: _Store):
    """The real retriever's chunks and corpus, with `store` in place of its vector store."""
    import numpy as np
    from types import SimpleNamespace

    real = assistant.retriever
    return SimpleNamespace(embedder=real.embedder, lexical=real.lexical, store=store, corpus=real.corpus,
                           vector_of=lambda text: np.ones(4, dtype=np.float32))


def _chunk_ids(assistant: Assistant, case: str) -> list[tuple[str, float]]:
    return [(c.chunk_id, 0.9) for c in assistant.retriever.case_chunks(case)[:2]]


def test_no_lead_when_the_store_or_the_sentence_meaning_fails(assistant: Assistant) -> None:
    """A fault loses the meaning test, never the answer: the rules then judge by words alone."""
    import numpy as np

    intent = analyze("亳州在把校舍弄得像样这块,都有哪些大动作?", None, assistant.retriever.corpus())
    table = {"in": _chunk_ids(assistant, "bozhou"), "out": _chunk_ids(assistant, "dingxi")}
    assert place_meaning.lead(_retriever(assistant, _Store(None)), intent, lambda texts: np.zeros(len(texts))) is None

    def broken(texts: list[str]) -> np.ndarray:
        raise RuntimeError("embedding cache unreadable")

    assert place_meaning.lead(_retriever(assistant, _Store(table)), intent, broken) is None
    # sentences still being embedded (most without a vector): one side would be judged on a few of them
    assert place_meaning.lead(_retriever(assistant, _Store(table)), intent, lambda texts: np.full(len(texts), np.nan)) is None
    # with every vector there, the difference of the two sides' closest sentences
    lead = place_meaning.lead(_retriever(assistant, _Store(table)), intent, lambda texts: np.full(len(texts), 0.8))
    assert lead == 0.0


def _closest(assistant: Assistant, question: str):
    intent = analyze(question, None, assistant.retriever.corpus())
    assistant.retriever.retrieve(intent.query, None, intent=intent)  # the query vector the meaning step reuses
    return place_meaning.closest_case(assistant.retriever, intent, crosslingual.meaning(assistant, intent, None))


def test_the_closest_case_of_a_question_naming_no_place(assistant: Assistant) -> None:
    """A question across places in its own words: the case whose sentence is closest, and by how much."""
    found = _closest(assistant, "有没有哪个市,早在2014年底就有下辖的县区进了本省首批优质均衡发展县的名单?")
    assert found is not None and found[0] == "taizhou" and found[2] > 0, found  # 靖江市、姜堰区 in 2014
    assert _closest(assistant, "泰州的名师是怎么在全市走教的?") is None  # a place named: `lead` judges it


def test_no_closest_case_when_the_store_or_the_sentence_meaning_fails(assistant: Assistant) -> None:
    import numpy as np

    intent = analyze("有没有哪个地方把校舍弄得很像样?", None, assistant.retriever.corpus())
    table = {"all": _chunk_ids(assistant, "bozhou"), "out": _chunk_ids(assistant, "dingxi")}
    assert place_meaning.closest_case(_retriever(assistant, _Store(None)), intent, lambda t: np.zeros(len(t))) is None
    assert place_meaning.closest_case(_retriever(assistant, _Store(table)), intent, lambda t: np.full(len(t), np.nan)) is None
    found = place_meaning.closest_case(_retriever(assistant, _Store(table)), intent, lambda t: np.full(len(t), 0.8))
    assert found is not None and found[0] == "bozhou" and abs(found[1] - 0.8) < 1e-6 and abs(found[2]) < 1e-6
