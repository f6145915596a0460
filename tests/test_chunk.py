"""Chunking: exact offsets, sentence-aligned boundaries, token budget, overlap, heading paths, stable ids."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

import pytest

from index.chunk import chunk_case
from index.load import load_case, load_cases
from index.schema import Case, Chunk
from index.settings import REPO_ROOT, ChunkSettings
from index.tokens import estimate_tokens, token_counter

SENTENCE_END = "。!?;!?;"
CLOSERS = "”’」』)》\"'"
# (size, overlap): the default and two small budgets that force many chunks, overlaps and long-sentence splits
BUDGETS = [(ChunkSettings().size_tokens, ChunkSettings().overlap_tokens), (100, 30), (48, 16)]


@lru_cache(maxsize=1)
def real_cases() -> tuple[Case, ...]:
    cases, errors = load_cases(REPO_ROOT / "cases")
    assert not errors
    assert cases
    return tuple(cases)


@lru_cache(maxsize=8)
def real_chunks(size: int, overlap: int) -> tuple[tuple[Case, tuple[Chunk, ...]], ...]:
    settings = ChunkSettings(size_tokens=size, overlap_tokens=overlap)
    return tuple((case, tuple(chunk_case(case, settings))) for case in real_cases())


def count(text: str) -> int:
    return token_counter("cl100k_base")(text)


# -- an independent notion of "sentence" to judge the chunker by ------------------------------------------


def is_sentence_end(text: str, pos: int) -> bool:
    """True if a chunk may end at `pos`: end of text/line, or after 。!?;!?; and any closing quotes."""
    if re.match(r"[ \t\u3000]*(\n|\Z)", text[pos:]):
        return True
    if text[pos] in SENTENCE_END + CLOSERS:  # would cut a run such as 。” in two
        return False
    i = pos
    while i > 0 and text[i - 1] in CLOSERS:
        i -= 1
    return i > 0 and text[i - 1] in SENTENCE_END


def is_sentence_start(text: str, pos: int, body_start: int) -> bool:
    before = text[body_start:pos].rstrip(" \t\u3000")
    if not before or before.endswith("\n"):
        return True
    return is_sentence_end(text, body_start + len(before)) and text[pos] not in SENTENCE_END + CLOSERS


def enclosing_sentence(text: str, pos: int) -> str:
    """The sentence (independently delimited) that contains position `pos`."""
    start = pos
    while start > 0 and text[start - 1] != "\n" and not is_sentence_end(text, start):
        start -= 1
    end = pos
    while end < len(text) and text[end] != "\n" and not is_sentence_end(text, end):
        end += 1
    return text[start:end].strip()


def heading_lines(text: str, body_start: int) -> set[int]:
    """Offsets of every character on a Markdown heading line."""
    out: set[int] = set()
    for m in re.finditer(r"^[ \t]*#{1,6}[ \t]+.*$", text[body_start:], re.M):
        out.update(range(body_start + m.start(), body_start + m.end()))
    return out


# -- offsets ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("size,overlap", BUDGETS)
def test_offsets_are_exact_for_every_real_case(size: int, overlap: int) -> None:
    total = 0
    for case, chunks in real_chunks(size, overlap):
        assert chunks, case.id
        for c in chunks:
            assert case.text[c.start:c.end] == c.text, c.chunk_id
            assert c.text == c.text.strip() and c.text
            assert case.body_start <= c.start < c.end <= len(case.text)
            assert c.case_id == case.id and c.source == case.path and c.kind == case.kind
            total += 1
    assert total >= len(real_cases())


@pytest.mark.parametrize("size,overlap", BUDGETS)
def test_every_body_character_is_covered(size: int, overlap: int) -> None:
    """No text is lost: each non-space body character outside heading lines lies in some chunk."""
    for case, chunks in real_chunks(size, overlap):
        covered = bytearray(len(case.text))
        for c in chunks:
            covered[c.start:c.end] = b"\x01" * (c.end - c.start)
        headings = heading_lines(case.text, case.body_start)
        lost = [
            i for i in range(case.body_start, len(case.text))
            if not covered[i] and not case.text[i].isspace() and i not in headings
        ]
        assert not lost, f"{case.id}: uncovered text {case.text[lost[0]:lost[0] + 30]!r}"


# -- sentence boundaries -----------------------------------------------------------------------------------


def test_default_chunks_start_and_end_on_sentence_boundaries() -> None:
    for case, chunks in real_chunks(*BUDGETS[0]):
        for c in chunks:
            assert is_sentence_end(case.text, c.end), f"{c.chunk_id} ends mid-sentence: …{c.text[-15:]!r}"
            assert is_sentence_start(case.text, c.start, case.body_start), f"{c.chunk_id} starts mid-sentence: {c.text[:15]!r}…"


@pytest.mark.parametrize("size,overlap", BUDGETS[1:])
def test_small_budgets_cut_mid_sentence_only_inside_overlong_sentences(size: int, overlap: int) -> None:
    mid = 0
    for case, chunks in real_chunks(size, overlap):
        for c in chunks:
            for pos, ok in ((c.end, is_sentence_end(case.text, c.end)), (c.start, is_sentence_start(case.text, c.start, case.body_start))):
                if ok:
                    continue
                mid += 1
                sentence = enclosing_sentence(case.text, pos)
                assert count(sentence) > size, f"{c.chunk_id}: cut inside a sentence that fits ({count(sentence)} tokens): {sentence!r}"
    assert mid > 0  # the small budgets do exercise the long-sentence splitter


# -- token budget ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("size,overlap", BUDGETS)
def test_chunks_respect_token_size(size: int, overlap: int) -> None:
    sizes = []
    for _case, chunks in real_chunks(size, overlap):
        for c in chunks:
            n = count(c.text)
            assert n <= size, f"{c.chunk_id}: {n} tokens > {size}"
            sizes.append(n)
    # and they are not needlessly tiny: the average chunk uses a good part of the budget
    assert sum(sizes) / len(sizes) > size * 0.4


def make_case(body: str, case_id: str = "synthetic", name: str = "测试市", front: bool = True) -> Case:
    head = f"---\nid: {case_id}\nname: {name}\nkind: case\ntitle: 测试\n---\n" if front else ""
    text = head + body
    return Case(id=case_id, name=name, title="测试", path=f"{case_id}.md", text=text,
                body_start=len(head), digest="0" * 40)


def test_single_overlong_sentence_is_split() -> None:
    clause = "全面推进城乡义务教育一体化改革发展并建立健全学校发展共同体的长效机制"
    long_sentence = ",".join(f"{clause}{i}" for i in range(40)) + "。"
    body = "开头一句很短。\n\n" + long_sentence + "\n\n结尾一句也很短。\n"
    case = make_case(body)
    settings = ChunkSettings(size_tokens=64, overlap_tokens=0)
    assert count(long_sentence) > 64 * 5
    chunks = chunk_case(case, settings)
    for c in chunks:
        assert count(c.text) <= 64
        assert case.text[c.start:c.end] == c.text
    s0 = case.text.index(long_sentence)
    s1 = s0 + len(long_sentence)
    touching = [c for c in chunks if c.start < s1 and c.end > s0]
    assert len(touching) >= 5
    # the pieces tile the sentence exactly (no overlap inside one sentence, no gap)
    assert touching[0].start <= s0 and touching[-1].end >= s1
    assert all(a.end == b.start for a, b in zip(touching, touching[1:]))
    # cuts inside the sentence fall right after its commas
    assert all(case.text[c.end - 1] == "," for c in touching[:-1])
    # the short sentences around it are never cut
    assert chunks[0].text.startswith("开头一句很短。")
    assert chunks[-1].text.endswith("结尾一句也很短。")


def test_overlong_sentence_without_commas_is_cut_at_the_limit() -> None:
    sentence = "教" * 700 + "。"
    case = make_case(sentence + "\n")
    chunks = chunk_case(case, ChunkSettings(size_tokens=50, overlap_tokens=10))
    assert len(chunks) >= 700 // 50
    assert "".join(c.text for c in chunks) == sentence  # pieces of one sentence never overlap
    assert all(count(c.text) <= 50 for c in chunks)


# -- overlap -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("size,overlap", BUDGETS)
def test_overlap_is_sentence_aligned_and_within_budget(size: int, overlap: int) -> None:
    overlapping = 0
    for case, chunks in real_chunks(size, overlap):
        for a, b in zip(chunks, chunks[1:]):
            assert b.start > a.start, "chunks are in text order"
            if a.heading != b.heading or b.start >= a.end:
                continue
            overlapping += 1
            shared = case.text[b.start:a.end]
            assert count(shared) <= overlap, f"{b.chunk_id}: overlap {count(shared)} tokens > {overlap}"
            assert is_sentence_start(case.text, b.start, case.body_start) or count(enclosing_sentence(case.text, b.start)) > size
            assert b.end > a.end, f"{b.chunk_id} adds nothing new after {a.chunk_id}"
    assert overlapping > 0


def test_overlap_repeats_trailing_sentences() -> None:
    sentences = [f"第{i}条措施是推进第{i}批学校结对帮扶工作并落实教师交流轮岗。" for i in range(1, 30)]
    case = make_case("".join(sentences) + "\n")
    chunks = chunk_case(case, ChunkSettings(size_tokens=120, overlap_tokens=40))
    assert len(chunks) >= 3
    for a, b in zip(chunks, chunks[1:]):
        shared = case.text[b.start:a.end]
        assert shared, "consecutive chunks share text"
        assert shared in sentences or any(shared.startswith(s) for s in sentences)  # whole sentences
        assert a.text.endswith(shared) and b.text.startswith(shared)


def test_zero_overlap_tiles_the_text() -> None:
    sentences = [f"第{i}条措施是推进第{i}批学校结对帮扶工作。" for i in range(1, 40)]
    case = make_case("".join(sentences) + "\n")
    chunks = chunk_case(case, ChunkSettings(size_tokens=80, overlap_tokens=0))
    assert len(chunks) >= 3
    assert all(a.end == b.start for a, b in zip(chunks, chunks[1:]))
    assert "".join(c.text for c in chunks) == "".join(sentences)


# -- headings ----------------------------------------------------------------------------------------------


def test_heading_paths() -> None:
    body = (
        "导语一句。\n\n"
        "# 测试市教育改革\n\n总述一句。\n\n"
        "## 一、主要做法\n\n做法一句。\n\n"
        "### (一)集团化办学\n\n集团一句。\n\n"
        "### (二)教师交流\n\n交流一句。\n\n"
        "## 二、成效\n\n成效一句。\n"
        "## 空的一节\n\n"
        "# 测试市\n\n同名标题下的一句。\n"
    )
    chunks = chunk_case(make_case(body), ChunkSettings(size_tokens=400, overlap_tokens=0))
    got = [(c.heading, c.text) for c in chunks]
    assert got == [
        ("测试市", "导语一句。"),
        ("测试市 > 测试市教育改革", "总述一句。"),
        ("测试市 > 测试市教育改革 > 一、主要做法", "做法一句。"),
        ("测试市 > 测试市教育改革 > 一、主要做法 > (一)集团化办学", "集团一句。"),
        ("测试市 > 测试市教育改革 > 一、主要做法 > (二)教师交流", "交流一句。"),
        ("测试市 > 测试市教育改革 > 二、成效", "成效一句。"),
        ("测试市", "同名标题下的一句。"),  # a level-1 heading equal to the case name is not repeated
    ]
    assert not any("#" in c.text for c in chunks)  # heading lines are not chunk text


def test_real_heading_paths() -> None:
    for case, chunks in real_chunks(*BUDGETS[0]):
        for c in chunks:
            assert c.heading.split(" > ")[0] == case.name
            if case.id == "junior-school-action-plan" and "城乡" in c.text and "(三)城乡教育优质均衡发展行动" in c.heading:
                assert c.heading.endswith("三、行动举措 > (三)城乡教育优质均衡发展行动")
    headings = {c.heading for case, chunks in real_chunks(400, 60) if case.id == "junior-school-action-plan" for c in chunks}
    assert any(h.endswith("三、行动举措 > (三)城乡教育优质均衡发展行动") for h in headings), headings


# -- ids ---------------------------------------------------------------------------------------------------


def test_chunk_ids_are_stable_and_unique(tmp_path: Path) -> None:
    ids_now = [c.chunk_id for case in real_cases() for c in chunk_case(case)]
    assert len(ids_now) == len(set(ids_now))
    assert ids_now == [c.chunk_id for case in real_cases() for c in chunk_case(case)]
    for cid in ids_now:
        assert re.fullmatch(r"[a-z0-9][a-z0-9_-]*:\d+-\d+", cid), cid
    # a fresh interpreter (different hash seed) produces the very same ids
    code = (
        "import json; from index.load import load_cases; from index.chunk import chunk_case; "
        "from index.settings import REPO_ROOT; cases, _ = load_cases(REPO_ROOT / 'cases'); "
        "print(json.dumps([c.chunk_id for case in cases for c in chunk_case(case)]))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, timeout=120,
                         env={**__import__("os").environ, "PYTHONHASHSEED": "12345"})
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == ids_now


def test_editing_one_paragraph_keeps_earlier_ids(tmp_path: Path) -> None:
    case = real_cases()[[c.id for c in real_cases()].index("yuhang")]
    before = chunk_case(case)
    # append a sentence at the very end: every chunk that ends before the edit keeps its id
    path = tmp_path / "yuhang.md"
    path.write_text(case.text + "\n新增的一句话。\n", encoding="utf-8")
    after = chunk_case(load_case(path))
    unchanged = {c.chunk_id for c in before} & {c.chunk_id for c in after}
    assert len(unchanged) >= len(before) - 2


# -- tokens offline ----------------------------------------------------------------------------------------


def test_token_counter_falls_back_to_bundled_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tiktoken.registry

    empty = tmp_path / "empty-tiktoken-cache"
    empty.mkdir()
    monkeypatch.setenv("TIKTOKEN_CACHE_DIR", str(empty))
    monkeypatch.setattr(tiktoken.registry, "ENCODINGS", {})  # forget encodings loaded earlier in this process
    token_counter.cache_clear()
    try:
        counter = token_counter("cl100k_base")
        assert counter is not estimate_tokens, "fell back to the character estimate"
        assert counter("hello world") == 2  # the real cl100k_base count
        assert counter("淄博的学校发展共同体") == 13
        from index.tokens import _bundled_cache_dir

        assert __import__("os").environ["TIKTOKEN_CACHE_DIR"] == _bundled_cache_dir()
        assert list(empty.iterdir()) == []
    finally:
        token_counter.cache_clear()


def test_estimate_tokens() -> None:
    assert estimate_tokens("") == 0
    assert estimate_tokens("教育") == 2
    assert estimate_tokens("abcd") == 1
