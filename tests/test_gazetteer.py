"""The gazetteer alone: place aliases from case metadata, what a question names, its cache form, jieba."""

from __future__ import annotations

import pytest

from assistant.gazetteer import Gazetteer, teach_jieba
from assistant.lexical_cache import CacheError
from assistant.text import place_tags, words
from tests.pieces import chunk


def test_aliases_from_names_suffixes_and_metadata() -> None:
    chunks = [
        chunk("a-0", "zibo", "集团化办学。", name="淄博市", aliases="齐都"),
        chunk("a-1", "zibo", "第二段。", name="淄博市"),
        chunk("b-0", "shangcheng", "课后服务。", name="杭州市上城区", aliases="上城"),
        chunk("r-0", "plan", "行动计划。", name="初中行动计划", kind="reference", aliases="初中计划"),
        chunk("x-0", "x", "无别名。", name="乙", kind="reference"),
    ]
    g = Gazetteer.from_chunks(chunks)
    assert g.aliases["zibo"] == {"淄博市", "淄博", "齐都"}
    assert g.aliases["shangcheng"] == {"杭州市上城区", "杭州市上城", "上城"}
    assert g.aliases["plan"] == {"初中计划"}  # a reference is named by its aliases only
    assert "x" not in g.aliases  # nothing of two characters or more to name it by


def test_short_stems_are_not_aliases() -> None:
    g = Gazetteer.from_chunks([chunk("c-0", "he", "文本。", name="和县")])
    assert g.aliases["he"] == {"和县"}  # "和" alone would match every sentence with 和


def test_named_cases_normalises_the_question() -> None:
    g = Gazetteer({"zibo": {"淄博"}, "dingxi": {"定西"}})
    assert g.named_cases("淄博和定西有什么不同?") == ["zibo", "dingxi"]
    assert g.named_cases("ｚｉｂｏ") == []
    assert g.named_cases("泰州呢") == []


def test_json_round_trip_and_refusal() -> None:
    g = Gazetteer({"zibo": {"淄博", "淄博市"}})
    assert Gazetteer.from_json(g.to_json()) == g
    for bad in ([], {"zibo": "淄博"}, {"zibo": [1]}):
        with pytest.raises(CacheError, match="gazetteer"):
            Gazetteer.from_json(bad)


def test_teach_jieba_keeps_place_names_whole() -> None:
    name = "岚皋栖凤镇"  # not a jieba word before it is taught
    chunks = [chunk("d-0", "lg", "文本。", name=name)]
    assert name not in words(f"{name}的做法")
    teach_jieba(chunks, Gazetteer.from_chunks(chunks))
    assert name in words(f"{name}的做法")
    assert name in place_tags(f"{name}的做法")  # taught as a place (ns), so question analysis sees a place
