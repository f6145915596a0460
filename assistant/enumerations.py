"""Enumerations written inside one sentence, and the count a list question asks for.

Why: the documents often list things in running text rather than as numbered items: "政府层面做到规划布局到位、
经费投入到位、师资配备到位", "建立“临洮县与渭源县”“安定区、市一中与漳县”…3个区域协作体", "实现教学过程的可视化、
即时化和个性化". A list question about them needs those items named, and the count the question states ("哪三方面",
"六项") is the strongest sign of which enumeration it means.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .cues import INTRODUCER_RE, LISTED_KIND_RE, NAMED_SET_RE

CN_DIGITS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
COUNT_RE = re.compile(r"([一二两三四五六七八九十]|\d{1,2})\s*(?:个方面|方面|种|类|项|步|个|条|点|级|大|所|家|层|块)")
# Items joined by 、 (an item may hold a short quotation; the last may follow 和/及), or a run of quoted names.
_ITEM = r"(?:[一-龥A-Za-z0-9+]|“[^“”、]{1,10}”){1,24}"
ENUM_RE = re.compile(rf"{_ITEM}(?:、{_ITEM})+")
QUOTED_RUN_RE = re.compile(r"“[^“”]{1,16}”(?:\s*(?:、|和|与|及|以及)?\s*“[^“”]{1,16}”)+")
MIN_ITEMS = 2
HEAD_WINDOW = 30  # a clause's head is within its first characters
MAX_MEAN_ITEM = 12  # characters: enumerated names are short
PARALLEL_RATIO = 3  # the longest item of a list is at most this many times the shortest


@dataclass
class InlineList:
    start: int  # offsets in the sentence
    end: int
    items: list[str]

    def context(self, text: str) -> str:
        """The clause that introduces the enumeration, with the enumeration itself."""
        cut = max((m.end() for m in re.finditer(r"[。;;!!??]", text[:self.start])), default=0)
        after = re.search(r"[,,。;;!!??]", text[self.end:])
        return text[cut:self.end + (after.start() if after else 0)]


def asked_count(question: str) -> int | None:
    """The number of items a list question states ("哪三方面" -> 3, "六项" -> 6, “三个全面” -> 3); None when it
    states none."""
    m = COUNT_RE.search(question) or re.search(r"“([一二两三四五六七八九十])(?:个|项|大|条|种)?[一-龥]{1,4}”", question)
    if not m:
        return None
    g = m.group(1)
    return int(g) if g.isdigit() else CN_DIGITS.get(g)


def asked_kind(question: str) -> str:
    """The kind of thing a list question asks for: the noun after "哪几项/几种/哪三…" (工程, 模式, 阶段, 化), or the
    noun a quoted numbered set repeats (“三个全面” -> 全面); "" when it names none."""
    named_set = NAMED_SET_RE.search(question)
    if named_set:
        return named_set.group(2)
    m = LISTED_KIND_RE.search(question)
    if not m:
        return ""
    import jieba.posseg as pseg

    from .text import _jieba

    _jieba()
    words = [(w, f) for w, f in pseg.cut(re.split(r"[的呢吗?？,，]", m.group(1))[0]) if w.strip()]
    run = []  # the noun phrase right after the classifier: "方面讲的" -> 方面, "教学新模式" -> 模式
    for w, f in words:
        if f[:1] not in ("n", "a", "v") or (f[:1] == "v" and f != "vn" and run):
            break
        run.append(w)
    head = run[-1] if run else ""
    return "" if head in ("几", "些", "个") else head


def inline_lists(text: str) -> list[InlineList]:
    """Enumerations in the sentence: quoted runs, 、-joined items (the first trimmed to its parallel part),
    and clauses that open alike."""
    out: list[InlineList] = []
    for m in QUOTED_RUN_RE.finditer(text):
        items = [i.strip() for i in re.findall(r"“([^“”]{1,16})”", m.group(0))]
        if len(items) >= MIN_ITEMS:
            out.append(InlineList(m.start(), m.end(), items))
    for m in ENUM_RE.finditer(text):
        if any(o.start <= m.start() < o.end for o in out):
            continue  # inside a quoted run already taken
        items = [i.strip("“” ") for i in m.group(0).split("、")]
        last = re.split(r"等|[一二两三四五六七八九十\d]+(?:个|项|种|类|方面)", items[-1])[0]
        items[-1:] = [p for p in re.split(r"以及|和|及", last) if p]  # "A、B和C": the last two were joined
        items[0] = _parallel_tail(items[0], items[1:])
        items = [i for i in items if i]
        if any(re.fullmatch(r"[一二三四五六七八九十\d]+", i) for i in items):
            continue  # "三、集聚…": an enumerator, not an item
        if items and sum(map(len, items)) > MAX_MEAN_ITEM * len(items):
            continue  # long descriptive phrases (a list of attendees with their titles), not names
        if items and max(map(len, items)) > PARALLEL_RATIO * max(2, min(map(len, items))):
            continue  # not parallel: a sentence's phrases joined by 、 ("领导分别在岷县、漳县、渭源县组织召开…")
        if len(items) >= MIN_ITEMS + 1 or (len(items) == MIN_ITEMS and "、" in m.group(0)):
            out.append(InlineList(m.start() + m.group(0).rfind(items[0], 0, len(m.group(0)) - len(items[-1])), m.end(), items))
    out.extend(parallel_heads(text))
    out.extend(apposition(text))
    return sorted(out, key=lambda x: x.start)


def _prefix_run(items: list[str], opening: str) -> list[str]:
    out = []
    for i in items:
        if not i.startswith(opening):
            break
        out.append(i)
    return out


def apposition(text: str) -> list[InlineList]:
    """A set spelled out after 即: "实现“三个全面”,即全面实现名校集团化,全面实现…,全面实现…" (comma-separated)."""
    out = []
    for m in re.finditer(r"即[::]?\s*([^。;;!!??]{4,200})", text):
        items = [i.strip() for i in re.split(r"[,,、]", m.group(1)) if i.strip()]
        if len(items) < MIN_ITEMS or items[0][:2] != items[1][:2]:
            continue  # the members of a spelled-out set open alike (全面实现…, 统筹…)
        run = [i for i in _prefix_run(items, items[0][:2]) if 2 <= len(i) <= 20]
        if len(run) >= MIN_ITEMS:
            end = m.start(1) + m.group(1).find(run[-1]) + len(run[-1])
            out.append(InlineList(m.start(1), end, run))
    return out


def _parallel_tail(first: str, rest: list[str]) -> str:
    """Parallel items have similar lengths: a first item much longer than the others carries the words that
    introduce the list ("政府层面做到规划布局到位" -> "规划布局到位"); keep its last words, up to the others' length."""
    if not rest:
        return first
    lengths = sorted(len(r) for r in rest)
    median = lengths[len(lengths) // 2]
    introduced = INTRODUCER_RE.match(first)  # at the start only: "…新模式,如线上线下融合教学、翻转课堂"
    if introduced and len(first) - introduced.end() <= 2.5 * median:
        return first[introduced.end():]
    if len(first) <= median + 2:
        return first
    from .text import _jieba

    tail = ""
    for word in reversed(list(_jieba().cut(first))):
        if len(tail) >= median - 1:
            break
        tail = word + tail
    return tail


def parallel_heads(text: str) -> list[InlineList]:
    """Consecutive clauses that each open with a different word before one repeated word: "政府层面做到…。部门层面
    推进…。学校层面做到…" names 政府层面, 部门层面, 学校层面 (the documents' way of listing without numbers)."""
    import jieba

    from .text import _jieba

    _jieba()
    clauses = [(m.start(), m.group(0)) for m in re.finditer(r"[^;;。!!??]+", text) if m.group(0).strip()]
    if len(clauses) < 2:
        return []
    seen: list[dict[str, tuple[str, int]]] = []  # per clause: repeated-word candidate -> (item, offset)
    for at, clause in clauses:
        words = list(jieba.tokenize(clause[:HEAD_WINDOW]))
        found: dict[str, tuple[str, int]] = {}
        for (prev, ps, _), (w, _, we) in zip(words, words[1:]):
            if len(w) >= 2 and len(prev) >= 2 and re.fullmatch(r"[一-龥]+", prev + w) and w not in found:
                found[w] = (prev + w, at + ps)
        seen.append(found)
    best: list[tuple[str, int]] = []
    for i in range(len(clauses)):
        for w in seen[i]:
            run = [seen[i][w]]
            for j in range(i + 1, len(clauses)):
                if w not in seen[j] or seen[j][w][0] in {r[0] for r in run}:
                    break
                run.append(seen[j][w])
            if len(run) > len(best):
                best = run
    if len(best) < 2:
        return []
    last = best[-1][1]
    end = next((at + len(c) for at, c in clauses if at <= last < at + len(c)), len(text))
    return [InlineList(best[0][1], end, [item for item, _ in best])]
