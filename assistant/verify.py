"""Check every answer sentence against the passages its `[n]` markers point to, and attach exact quotes.

The same check runs for both engines: a marker must point to a provided passage, the passage must
support the sentence (character-bigram overlap >= threshold), and every number in the sentence must
occur in a cited passage. Markers are then renumbered 1, 2, 3… by first appearance.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from index.clean import normalize
from index.pages import page_of

from .schema import Citation, Claim, Passage
from .text import bigram_counter, bigram_text, bigrams, numbers, read_sentences

# Calibrated on the dev split (see evals/README.md): paraphrases of a passage score >= 0.5,
# sentences about another case rarely exceed 0.35.
SUPPORT_THRESHOLD = 0.5
MARKER_RE = re.compile(r"\[(\d+(?:\s*[,,、]\s*\d+)*)\]")
CLAIM_RE = re.compile(r"[^。!?!?;;\n]+?(?:[。!?!?;;]+|(?=\n)|$)(?:\s*\[\d+(?:\s*[,,、]\s*\d+)*\])*")
LABEL_RE = re.compile(r"^\s*(?:#{1,6}\s.*|\*\*[^*]+\*\*(?:\s*[··((].*)?|>.*|[-—=]{3,})\s*$")
LEADING_LABEL_RE = re.compile(r"^(?:\*\*[^*\n]{1,60}\*\*|借鉴[^::\n]{1,30})\s*[::]\s*")  # a name or attribution, not a claim
LIST_PREFIX_RE = re.compile(r"^\s*(?:[-*•]\s+|\d+[.、)]\s*|[((]?[一二三四五六七八九十]+[)、)]\s*)")


TABLE_SEPARATOR_RE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")


def _lines(answer: str) -> list[str]:
    """Answer lines, with Markdown table rows split into their cells (header and separator rows dropped)."""
    rows = answer.splitlines()
    out: list[str] = []
    for i, line in enumerate(rows):
        if not line.strip().startswith("|"):
            out.append(line)
            continue
        if TABLE_SEPARATOR_RE.match(line) or (i + 1 < len(rows) and TABLE_SEPARATOR_RE.match(rows[i + 1])):
            continue  # the separator, and the header row above it, hold no claims
        out.extend(cell.strip() for cell in line.strip().strip("|").split("|"))
    return out


def split_claims(answer: str) -> list[tuple[str, list[int]]]:
    """(sentence without markers, marker numbers) for every sentence that makes a claim."""
    claims: list[tuple[str, list[int]]] = []
    for line in _lines(answer):
        if not line.strip() or LABEL_RE.match(line):
            continue
        line = LEADING_LABEL_RE.sub("", LIST_PREFIX_RE.sub("", line))  # "**名称**:" names what follows; not a claim
        for m in CLAIM_RE.finditer(line):
            raw = m.group(0)
            marks = [int(n) for group in MARKER_RE.findall(raw) for n in re.split(r"\s*[,,、]\s*", group)]
            text = MARKER_RE.sub("", raw).strip()
            if not re.search(r"\w", text):
                if claims and marks:
                    claims[-1][1].extend(marks)
                continue
            claims.append((text, marks))
    return claims


def best_quote(claim: str, passage: Passage) -> tuple[int, int, float]:
    """Absolute (start, end, score) of the passage sentence(s) that best support the claim."""
    chunk = passage.chunk
    sentences = read_sentences(chunk.text)
    support = _support(claim)
    if not sentences:
        return chunk.start, chunk.end, support(chunk.text)
    spans = [(s, e) for s, e, _ in sentences]
    support_read = _support(claim, read=str)
    scored = [(support_read(read), s, e) for s, e, read in sentences]
    score, s, e = max(scored)
    # A claim that condenses neighbouring sentences is quoted with them (at most three).
    i = next(k for k, (_, a, b) in enumerate(scored) if a == s)
    for _ in range(2):
        candidates = []
        if i > 0:
            candidates.append((support(chunk.text[spans[i - 1][0]:e]), spans[i - 1][0], e))
        j = next(k for k, sp in enumerate(spans) if sp[1] == e)
        if j + 1 < len(spans):
            candidates.append((support(chunk.text[s:spans[j + 1][1]]), s, spans[j + 1][1]))
        if not candidates:
            break
        cand = max(candidates)
        if cand[0] < score + 0.1:
            break
        score, s, e = cand
        i = next(k for k, sp in enumerate(spans) if sp[0] == s)
    return chunk.start + s, chunk.start + e, score


def _support(claim: str, read: Callable[[str], str] = bigram_text) -> Callable[[str], float]:
    """`lambda source: overlap(claim, source)` with the claim's bigrams taken once, not once per sentence scored
    (an answer's claims were scored against ~90 sentences each: most of verifying went to re-reading the claim).
    With `read=str`, sources are sentences already read (`read_sentences`)."""
    pairs = bigrams(claim)
    if not pairs:
        return lambda source: 0.0
    count, n = bigram_counter(pairs, read), len(pairs)
    return lambda source: count(source) / n


def verify_answer(answer: str, passages: list[Passage], threshold: float = SUPPORT_THRESHOLD) -> tuple[str, list[Claim], list[Citation]]:
    """Returns the answer with markers renumbered, the verdict per sentence, and one citation per marker."""
    claims: list[Claim] = []
    citations: list[Citation] = []
    display: dict[int, int] = {}
    for text, marks in split_claims(answer):
        valid = [m for m in dict.fromkeys(marks) if 1 <= m <= len(passages)]
        invalid = [m for m in dict.fromkeys(marks) if m not in valid]
        reasons: list[str] = []
        if invalid:
            reasons.append("引用编号" + "".join(f"[{m}]" for m in invalid) + "不对应任何检索段落")
        if not valid:
            if not invalid:
                reasons.append("未标注引用")
            claims.append(Claim(text=text, markers=[], supported=False, reason=";".join(reasons)))
            continue
        quotes = []
        for m in valid:
            start, end, score = best_quote(text, passages[m - 1])
            quotes.append((m, start, end, score))
        best = max(q[3] for q in quotes)
        # a heading is the document's own words too: a number a lead takes from one (“21世纪…”) is cited
        cited_text = normalize("".join(passages[m - 1].chunk.text + passages[m - 1].chunk.heading for m in valid))
        cited_numbers = set(numbers(cited_text))
        missing = [n for n in numbers(text) if n not in cited_numbers]
        enumeration = best < threshold and _enumeration_supported(text, [passages[m - 1] for m in valid])
        if enumeration:
            best = threshold  # a lead naming items ("共三种:A、B、C") is supported when every item is quoted
        if best < threshold:
            reasons.append(f"引文不足以支持该句(相似度 {best:.2f})")
        if missing:
            reasons.append("数字 " + "、".join(dict.fromkeys(missing)) + " 未出现在所引段落中")
        supported = best >= threshold and not missing and not invalid
        for m, start, end, score in quotes:
            display.setdefault(m, len(display) + 1)
            p = passages[m - 1].chunk
            citations.append(
                Citation(
                    n=display[m],
                    case_id=p.case_id,
                    case_name=p.name,
                    title=p.title,
                    chunk_id=p.chunk_id,
                    source=p.source,
                    start=start,
                    end=end,
                    quote=_quote_text(passages[m - 1], start, end),
                    supported=supported and (score >= threshold or enumeration),
                    score=round(score, 3),
                    sentence=text,
                    page=page_of(p, start),
                )
            )
        claims.append(Claim(text=text, markers=[display[m] for m in valid], supported=supported, score=round(best, 3), reason=";".join(reasons)))
    return renumber(answer, display, len(passages)), claims, citations


ENUMERATION_RE = re.compile(r"[::]\s*(.+?)[。.]?$")


def _enumeration_supported(claim: str, passages: list[Passage]) -> bool:
    """A lead sentence listing items after a colon: every item (2+ characters) occurs in the cited passages."""
    m = ENUMERATION_RE.search(claim)
    if not m:
        return False
    # items holding 、 are each quoted: “安定区、市一中与漳县”“…”; an item may quote a word itself (“…示范“样本””)
    run = m.group(1).strip().rstrip("。.")
    whole = run.startswith("“") and run.endswith("”") and "”“" in run
    parts = run[1:-1].split("”“") if whole else re.split(r"[、,,]", m.group(1))
    items = [_unquoted(i.strip()) for i in parts if i.strip()]
    # headings are source text too; quotation marks (“”, the sources' 〃) are display, not content
    text = _unquoted("".join(p.chunk.text + p.chunk.heading for p in passages))
    if len(items) == 1:  # "…第三条:坚持共建共享。": one item named, quoted whole
        return len(items[0]) >= 4 and normalize(items[0]) in text
    return len(items) >= 2 and all(len(i) >= 2 and normalize(i) in text for i in items)


def _unquoted(text: str) -> str:
    return normalize(re.sub(r"[“”\"〃]", "", text))


def _quote_text(passage: Passage, start: int, end: int) -> str:
    c = passage.chunk
    return c.text[start - c.start:end - c.start]


def renumber(answer: str, display: dict[int, int], n_passages: int) -> str:
    """Rewrite markers to display numbers; markers pointing nowhere are dropped (their sentence is flagged)."""

    def sub(m: re.Match) -> str:
        nums = [int(n) for n in re.split(r"\s*[,,、]\s*", m.group(1))]
        kept = [display[n] for n in nums if n in display and 1 <= n <= n_passages]
        return "".join(f"[{k}]" for k in dict.fromkeys(kept))

    return MARKER_RE.sub(sub, answer)
