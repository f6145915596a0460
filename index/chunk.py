"""Cut a case into chunks along Chinese sentence boundaries, sized in tiktoken tokens, with exact offsets."""

from __future__ import annotations

import re
from collections.abc import Callable
from .pages import chunk_pages
from .schema import Case, Chunk
from .settings import ChunkSettings
from .tokens import token_counter

# A sentence ends at 。!?;!?; (plus closing quotes/brackets) or at a line break.
SENTENCE_RE = re.compile(r"[^\n。!?;!?;]*(?:[。!?;!?;]+[”’」』)》\"']*|\n|$)")
HEADING_RE = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t#]*$")
SOFT_BREAK_RE = re.compile(r"[,,、::]")


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of sentences in text[start:end], trimmed of surrounding whitespace."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    for m in SENTENCE_RE.finditer(text, start, end):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans


def _sections(case: Case) -> list[tuple[str, int, int]]:
    """(heading path, start, end) of the body between Markdown headings."""
    text = case.text
    path: list[tuple[int, str]] = []
    sections: list[tuple[str, int, int]] = []
    sec_start = case.body_start
    pos = case.body_start
    heading = case.name
    for line in text[case.body_start:].splitlines(keepends=True):
        m = HEADING_RE.match(line.strip())
        if m:
            sections.append((heading, sec_start, pos))
            level = len(m.group(1))
            path = [(lv, t) for lv, t in path if lv < level] + [(level, m.group(2).strip())]
            heading = " > ".join([case.name] + [t for lv, t in path if lv > 1 or t != case.name])
            sec_start = pos + len(line)
        pos += len(line)
    sections.append((heading, sec_start, len(text)))
    return [(h, s, e) for h, s, e in sections if text[s:e].strip()]


def _split_long(text: str, s: int, e: int, limit: int, count: Callable[[str], int]) -> list[tuple[int, int]]:
    """A single over-long sentence: cut at commas where possible, else at the token limit."""
    pieces: list[tuple[int, int]] = []
    cur = s
    while cur < e:
        if count(text[cur:e]) <= limit:
            pieces.append((cur, e))
            break
        lo, hi = cur + 1, e
        while lo < hi:  # longest prefix within the limit
            mid = (lo + hi + 1) // 2
            if count(text[cur:mid]) <= limit:
                lo = mid
            else:
                hi = mid - 1
        cut = lo
        soft = [m.end() for m in SOFT_BREAK_RE.finditer(text, cur, lo)]
        if soft and soft[-1] - cur > (lo - cur) // 2:
            cut = soft[-1]
        pieces.append((cur, max(cut, cur + 1)))
        cur = max(cut, cur + 1)
    return pieces


def chunk_case(case: Case, settings: ChunkSettings | None = None) -> list[Chunk]:
    settings = settings or ChunkSettings()
    count = token_counter(settings.encoding)
    text = case.text
    chunks: list[Chunk] = []
    for heading, sec_start, sec_end in _sections(case):
        units: list[tuple[int, int, int]] = []  # (start, end, tokens)
        for s, e in sentence_spans(text, sec_start, sec_end):
            n = count(text[s:e])
            if n > settings.size_tokens:
                units.extend((a, b, count(text[a:b])) for a, b in _split_long(text, s, e, settings.size_tokens, count))
            else:
                units.append((s, e, n))
        def span_tokens(a: int, b: int) -> int:  # the real count of units a..b, separators included
            return count(text[units[a][0]:units[b][1]])

        i = 0
        while i < len(units):
            j = i + 1
            while j < len(units) and span_tokens(i, j) <= settings.size_tokens:
                j += 1
            start, end = units[i][0], units[j - 1][1]
            chunks.append(_make_chunk(case, heading, start, end))
            if j >= len(units):
                break
            # Overlap: restart at the trailing sentences that fit in the overlap budget and still leave
            # room for the next new sentence (else the next chunk would repeat this one's tail only).
            k = j
            while k - 1 > i and span_tokens(k - 1, j - 1) <= settings.overlap_tokens and span_tokens(k - 1, j) <= settings.size_tokens:
                k -= 1
            i = k
    return chunks


def _make_chunk(case: Case, heading: str, start: int, end: int) -> Chunk:
    return Chunk(
        chunk_id=f"{case.id}:{start}-{end}",
        case_id=case.id,
        name=case.name,
        title=case.title,
        kind=case.kind,
        region=case.region,
        source=case.path,
        heading=heading,
        aliases="|".join(case.aliases),
        start=start,
        end=end,
        text=case.text[start:end],
        **chunk_pages(case, start, end),
    )
