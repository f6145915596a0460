"""A case's outline: its key measures (headline sentences, enumeration heads, titled items, measure headings), each
with the sentence that makes it concrete, and which lead each item belongs to. Computed once per case from its
chunks and cached per index generation; list, overview and method answers are built from it, and the 案例库 tab
shows it as the case's summary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from index.clean import normalize
from index.schema import Chunk

from . import cues
from .enumerations import ASIDE_RE, cn_number
from .schema import Passage
from .sentences import ENUM_HEAD_RE, ITEM_NUMBER_RE, Unit, display_text, is_colon_item, is_colon_lead, is_rhetoric, units


@dataclass
class Measure:
    heading: str  # the section it sits in (deepest heading)
    label: str  # a heading used as the measure's name ("" when the unit's own head names it)
    unit: Unit  # head (+ concrete sentence); passage_no refers to `CaseOutline.passages`
    in_measure_section: bool
    level: str = "item"  # heading | lead | item
    style: str = "title"  # enumerator style: items of one list share it
    path: str = ""  # the full heading path of its section
    parent: int = -1  # index of the lead this item belongs to (-1: none)
    children: list[int] = field(default_factory=list)


@dataclass
class CaseOutline:
    case_id: str
    passages: list[Passage]  # the case's chunks in document order
    measures: list[Measure]

    def passage(self, m: Measure) -> Passage:
        return self.passages[m.unit.passage_no - 1]

    def items(self, m: Measure) -> list[Measure]:
        """The measure's own items (leads and items under it), not the sub-sections a divided section is made of."""
        return [self.measures[c] for c in m.children if self.measures[c].level != "heading"]

    def subsections(self, m: Measure) -> list[Measure]:
        """The sub-sections a divided section is made of (`build_outline`); [] for any other measure."""
        return [self.measures[c] for c in m.children if self.measures[c].level == "heading"]

    def introduction(self, group: list[Measure], limit: int = 200) -> str:
        """The paragraph that introduces a list: the text before its first item, back to the previous paragraph
        break ("合作总体目标是:…。期待通过三年的努力,九所实验学校可以有以下提升:" before "1.…")."""
        first = group[0]
        chunk = self.passage(first).chunk
        before = chunk.text[:max(first.unit.start - chunk.start, 0)].rstrip()
        no = first.unit.passage_no - 1
        if not before.strip("# ") and no > 0:
            # the first item opens its chunk (a heading "### 1. …" starts one): the paragraph closing the previous
            # chunk introduces it when it announces a list ("本联盟旨在…具体目标包括:"); a paragraph ending a section
            # ("…推进会。" before "二、特色与经验") introduces nothing
            prev = self.passages[no - 1].chunk
            if prev.case_id == chunk.case_id and prev.end <= chunk.start and prev.text.rstrip().endswith((":", ":")):
                before = prev.text.rstrip()
        return before[before.rfind("\n") + 1:][-limit:]

    def named_in(self, question: str) -> list[Measure]:
        """The measures whose whole name the question writes (≥ VERBATIM_NAME characters): "讲重点举措与成效那部分"
        refers to the section so titled, "淄博的帮扶式共同体…" to that item, whatever else the question says."""
        from index.clean import normalize

        q = QUOTES_RE.sub("", normalize(question))  # both without quotation marks: 在“办”字上下功夫 names 在办字上下功夫
        # (an aside in brackets is no part of a name: "推进实施阶段(2019年7-12月)" is named 推进实施阶段)
        names = [(m, re.sub(r"\W", "", ASIDE_RE.sub("", item_name(m.label or m.unit.head)))) for m in self.measures]
        # a 的 the question adds inside a name ("帮扶式的共同体", "导助机构的工作机制") changes no name
        plain = q.replace("的", "")
        whole = [m for m, n in names if len(n) >= VERBATIM_NAME and (n in q or n.replace("的", "") in plain)]
        if whole:
            return whole
        # a heading of two clauses, a principle then the measure ("坚持育人为本,重建导助机构工作机制"), is named by its
        # measure clause alone
        parts = [(m, re.sub(r"\W", "", p).replace("的", "")) for m in self.measures
                 for p in re.split(r"[,,;;::。]", m.label or m.unit.head)[1:]]
        return [m for m, p in parts if len(p) >= CLAUSE_NAME and p in plain] or \
            [m for m, n in names if m.level == "heading" and shortened_in(n, q)]

    def groups(self) -> list[tuple[str, list[Measure]]]:
        """Candidate enumerations of the case, each with the text that names what it enumerates: a lead's items,
        the top-level measures of a section (or of the document) sharing an enumerator style, and the sub-sections of
        a section."""
        out: list[tuple[str, list[Measure]]] = []
        ms = self.measures
        for m in ms:
            if m.level == "lead" and len(m.children) >= 2:
                out.append((m.unit.text, [ms[c] for c in m.children]))
            if m.level == "heading":
                by_style: dict[str, list[Measure]] = {}
                for x in self.items(m):  # (its sub-sections are listed once, with the other sub-sections groups below)
                    if x.children and is_colon_lead(x.unit.text):
                        continue  # "具体目标包括:" introduces a list of its own: not one of the section's items
                    by_style.setdefault(x.style, []).append(x)
                out.extend((m.label, g) for g in by_style.values() if len(g) >= 2)
        # The document's own top-level list (一、…二、…三、… under its title, no section heading above them): the
        # measures no lead or heading holds, sharing an enumerator style; what they enumerate is the document itself.
        headed = {m.path for m in ms if m.level == "heading"}
        top: dict[tuple[str, str], list[Measure]] = {}
        for m in ms:
            if m.level != "heading" and m.parent < 0 and m.path not in headed and m.style != "title":
                top.setdefault((m.path, m.style), []).append(m)
        # Listed first: at a tie the broadest list is the one asked (a question no narrower than both lists' subject).
        # Named by nothing but its introduction (the document's opening): the title is every list's context alike.
        out[:0] = [("", g) for g in top.values() if len(g) >= 2]
        subsections: dict[str, list[Measure]] = {}
        for m in ms:
            if m.level == "heading":
                subsections.setdefault(parent_heading(m.path), []).append(m)
        for parent, group in subsections.items():
            if len(group) >= 2:
                above = next((m.label for m in ms if m.level == "heading" and m.path == parent), parent.split(" > ")[-1])
                out.append((above, group))
        return out


VERBATIM_NAME = 4  # characters: a name this long written in the question names that measure
CLAUSE_NAME = 6  # characters: a heading's measure clause this long written in the question names the heading
SHORT_NAME = 6  # characters: a section's title shortened by leaving words out ("城乡优质均衡行动") names it from this long
LEFT_OUT_SHARE = 0.4  # …when it leaves out at most this share of the title, in at most two places


def shortened_in(name: str, text: str) -> bool:
    """Does `text` write the title `name` shortened, as one calls a section by its key words: its opening and its
    closing two characters kept, at most two runs of characters left out between ("城乡优质均衡行动" for
    "城乡教育优质均衡发展行动")?"""
    if len(name) < SHORT_NAME + 1:
        return False
    for i in (m.start() for m in re.finditer(re.escape(name[:2]), text)):
        j, k, gaps, left = 2, i + 2, 0, 0
        while j < len(name) and k < len(text):
            if text[k] == name[j]:
                j, k = j + 1, k + 1
                continue
            nxt = name.find(text[k], j + 1)
            if nxt < 0 or gaps == 2:
                break
            gaps, left, j = gaps + 1, left + nxt - j, nxt
        if j == len(name) and k - i >= SHORT_NAME and 0 < left <= LEFT_OUT_SHARE * len(name) and text[k - 2:k] == name[-2:]:
            return True
    return False


QUOTES_RE = re.compile(r"[“”‘’「」\"']")


def item_name(head: str) -> str:
    """The name of an enumerated item: its head without enumerator, up to the first clause break."""
    name = ITEM_NUMBER_RE.sub("", display_text(head))
    if is_colon_item(name):  # "自主:自主成长" is named by what precedes the colon ("附:…联盟" by what follows)
        before, after = (p.strip() for p in re.split(r"[::]", name, maxsplit=1))
        if len(before) >= 2:
            return before
        name = after
    name = re.sub(r"^(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[,,、]?|首先|其次|再次|最后)", "", name)
    clauses = [c.strip() for c in re.split(r"[,,。;;::!!??]", name) if c.strip()]
    if len(clauses) > 1 and len(clauses[0]) <= 2:  # "第一阶段,实现县域基本均衡": 阶段 alone names nothing
        return clauses[1]
    return clauses[0] if clauses else ""


def enum_style(head: str) -> str:
    """The enumerator style of a head: items of one list share it (一是/二是, (一)/(二), 1./2., 一、/二、). A stray dot
    opening a head (".强化队伍政治建设。") is a number the source lost: the item was numbered like its siblings "11."."""
    h = head.strip()
    for name, pat in (("shi", r"^[一二三四五六七八九十]+是"), ("paren", r"^[((]"), ("digit", r"^(?:\d|[..](?=[一-龥]))"), ("cn", r"^[一二三四五六七八九十]+[、.]"),
                      ("order", r"^(?:首先|其次|再次|最后|第[一二三四五六七八九十]+)")):
        if re.match(pat, h):
            return name
    return "title"


def section_parts(chunk: Chunk) -> list[str]:
    """The heading path of a chunk without the case name and the document's own title heading."""
    parts = chunk.heading.split(" > ")[1:]
    return [p for p in parts if not (p == chunk.title or p in chunk.title or chunk.title in p)]


def build_outline(chunks: list[Chunk]) -> CaseOutline:
    """Measures of one case in document order: section headings, their headline sentences and enumerated items.

    Hierarchy (the documents' own structure): a section heading holds the top-level measures of its section;
    a lead (a paragraph's headline followed by items) holds the items of its paragraph.
    """
    ordered = sorted(chunks, key=lambda c: c.start)
    passages = [Passage(chunk=c, score=0.0, ranks={"outline": i + 1}) for i, c in enumerate(ordered)]
    all_units = sorted(units(passages), key=lambda u: u.start)
    measures: list[Measure] = []
    lead_at: int = -1
    interrupted = False  # a plain paragraph came after the current lead: its numbered list has ended
    sections: dict[str, int] = {}  # heading path -> index of its heading measure
    for u in all_units:
        chunk = passages[u.passage_no - 1].chunk
        path = chunk.heading
        parts = section_parts(chunk)
        if parts and path not in sections and not u.caption and not is_rhetoric(u.text):
            # a heading that only holds sub-sections ("三、行动举措" over "(一)…" "(二)…") has no text of its own: it
            # is a part of the document all the same, placed where its first sub-section starts
            names = path.split(" > ")
            for k in range(len(names) - len(parts) + 1, len(names)):
                above = " > ".join(names[:k])
                if above not in sections:
                    sections[above] = len(measures)
                    measures.append(Measure(names[k - 1], names[k - 1], u, _is_measure_section(chunk), "heading",
                                            enum_style(names[k - 1]), above))
            title = parts[-1]
            sections[path] = len(measures)
            measures.append(Measure(title, title, u, _is_measure_section(chunk), "heading", enum_style(title), path))
        at = u.start - chunk.start
        # A paragraph that opens with its number ("(2)帮助实验校…;") is an item however long it runs.
        if not u.head and ENUM_HEAD_RE.match(u.text) and (at <= 0 or chunk.text[at - 1] == "\n"):
            u = replace(u, head=u.text)
        # A line announcing a list ("…可以有以下提升:") is structure even when it is worded as a wish.
        if not u.head or is_rhetoric(u.text) and not (u.lead and is_colon_lead(u.text)):
            interrupted = interrupted or (lead_at >= 0 and not u.caption)
            continue
        m = Measure(parts[-1] if parts else "", "", u, _is_measure_section(chunk), "lead" if u.lead else "item", enum_style(u.head), path)
        lead = measures[lead_at] if lead_at >= 0 else None
        colon_run = lead is not None and is_colon_lead(lead.unit.text) and is_colon_item(u.text) \
            and all(is_colon_item(measures[c].unit.text) for c in lead.children)
        # A colon lead's list may run over paragraphs: numbered items of one style right after it are its items.
        numbered_run = lead is not None and is_colon_lead(lead.unit.text) and not interrupted and lead.path == path \
            and m.style != "title" and all(measures[c].style == m.style for c in lead.children)
        if u.lead:
            lead_at, interrupted = len(measures), False
        elif colon_run or numbered_run or lead is not None and lead.path == path and not _breaks(ordered, lead.unit.end, u.start) \
                and (m.style != lead.style or m.style == "title"):
            m.parent = lead_at
            measures[lead_at].children.append(len(measures))
        measures.append(m)
    # A section heading holds the top-level measures of its section (leads and items not under a lead); a section
    # divided into sub-sections ("三、行动举措" over "(一)…" to "(五)…") with at most an introduction of its own is
    # made of them: they are its parts (a section with measures of its own, tonglu's 附 with its 定位 list and a lead
    # "具体目标包括:" before them, keeps its measures)
    for path, at in sections.items():
        head = measures[at]
        own = [i for i, m in enumerate(measures) if m.level != "heading" and m.path == path and m.parent < 0]
        subsections = [i for p, i in sections.items() if parent_heading(p) == path and measures[i].path == p]
        head.children = subsections if len(subsections) >= 2 and len(own) <= 1 else own
    order = sorted(range(len(measures)), key=lambda i: (measures[i].unit.start, measures[i].level != "heading"))
    remap = {old: new for new, old in enumerate(order)}
    out = [measures[i] for i in order]
    for m in out:
        m.parent = remap.get(m.parent, -1) if m.parent >= 0 else -1
        m.children = [remap[c] for c in m.children]
    return CaseOutline(chunks[0].case_id if chunks else "", passages, out)


def _breaks(chunks: list[Chunk], a: int, b: int) -> bool:
    """Is there a paragraph break between absolute offsets a and b (in any chunk that shows that stretch)?"""
    return any("\n" in c.text[max(a, c.start) - c.start:min(b, c.end) - c.start] for c in chunks if c.start < b and c.end > a)


def _is_measure_section(chunk: Chunk) -> bool:
    return any(cues.MEASURE_SECTION_RE.search(part) for part in section_parts(chunk))


def parent_heading(heading_path: str) -> str:
    parts = heading_path.split(" > ")
    return " > ".join(parts[:-1])


__all__ = ["CaseOutline", "Measure", "build_outline", "enum_style", "part_at", "section_named", "section_title", "subsection_at", "top_sections",
           "ENUM_HEAD_RE"]


def top_sections(case: CaseOutline) -> list[str]:
    """The titles of the case's top-level sections, in order: those the document numbers 一、二、… (numbers dropped),
    else its headings, as written, that are not numbered as sub-sections ("(一)…") nor frame the text (引言, 结语),
    else, in a document without headings, its top-level paragraphs that it numbers 一、二、… ("三、集聚三方面合力,
    …。": their first sentence, numbers and closing stop dropped): those are its parts, written as paragraphs."""
    headings = [m.label for m in case.measures if m.level == "heading" and m.label]
    numbered = [h[2:] for h in headings if re.match(f"[{cues.TOP_NUMERALS}]、", h)]
    titled = numbered or [h for h in headings if not re.match(r"[((]", h) and h not in cues.FRAMING_HEADINGS]
    if titled:
        return titled
    out: list[str] = []  # numbered in order (一、二、…): a restart or a gap ends the run
    for m in case.measures:
        first = m.label or m.unit.head or ""
        number = re.match(f"([{cues.TOP_NUMERALS}]+)、", first) if m.parent < 0 else None
        if number and cn_number(number.group(1)) == len(out) + 1:
            out.append(first[number.end():].rstrip("。;;"))
    return out


def part_at(case: CaseOutline, position: int, following: str) -> tuple[str, str] | None:
    """The part a question counts by the document's own word for its parts ("第一大行动" of a plan whose sections are
    "(一)建设“统领”行动", "(二)优质资源拓展行动"…): among sibling headings, or items of one list, whose names end
    with the word that `following` (the question after "第一大") opens with, the name at `position` (1-based).
    Returns (word, name); None when no sibling group of at least `position` (and two) names ends with such a word."""
    groups: dict[tuple[str, int], list[str]] = {}
    for m in case.measures:
        name = item_name(m.label or m.unit.head)
        key = (parent_heading(m.path), -1) if m.level == "heading" else (m.path, m.parent)
        if name and (m.level == "heading" or m.parent >= 0):
            groups.setdefault(key, []).append(name)
    for n in range(min(cues.PART_WORD_CHARS, len(following)), 1, -1):
        word = following[:n]
        for names in groups.values():
            named = [x for x in names if x.rstrip("。;;").endswith(word)]
            if 2 <= len(named) == len(names) and 0 < position <= len(named):
                return word, named[position - 1]
    return None


# A position in a set ("第二步", "头一步", "第三项"): group 1 the number, none for 头一 (the first)
SET_POSITION_RE = re.compile(r"(?<!倒数)(?:第([一二三四五六七八九十]|\d{1,2})|(?<![带牵领开源龙街念镜])头一)(?=[步项条个件点]|阶段)")
# A set the question names by its count ("三步走", "五大行动", "四项任务"): group 1 the count, group 0 the phrase
NAMED_SET_PHRASE_RE = re.compile(r"([两二三四五六七八九十])(?:步走|大[一-龥]{2}|项[一-龥]{2})")


def item_of_named_set(case: CaseOutline, question: str) -> tuple[str, str] | None:
    """"泰州那个三步走,头一步达标的时间节点落在哪年?": the item at a position of a set the question names by its
    count, where the case introduces a list of that many items by that very phrase ("一、实施三步走战略,…" over
    第一阶段…, 第二阶段…, 第三阶段…). Returns (the position's words in the question, the item's name), or None."""
    position = SET_POSITION_RE.search(question)
    if not position:
        return None
    at = cn_number(position.group(1)) if position.group(1) else 1
    for named in NAMED_SET_PHRASE_RE.finditer(question):
        size = cn_number(named.group(1))
        for lead in case.measures:
            items = [case.measures[i] for i in lead.children]
            if len(items) == size and 0 < at <= size and named.group(0) in normalize(lead.label or lead.unit.head):
                word = re.match(r"[步项条个件点]|阶段", question[position.end():])
                return question[position.start():position.end() + len(word.group(0))], item_name(items[at - 1].label or items[at - 1].unit.head)
    return None


HEADING_HALVES_RE = re.compile(r"与|和|及|暨")  # what joins the two things a heading names ("重点举措与成效")
SECTION_NAME_MIN = 4  # characters of a title's own words a question writes to name that section (重点举措)


def section_named(case: CaseOutline, text: str) -> str:
    """The top-level section (`top_sections`) whose title, or its first half before 与/和/及/暨 ("重点举措" of
    重点举措与成效), the text writes; "" when none or several do. "定西那篇的重点举措分了哪几块来写" divides that part,
    not the whole document."""
    named = [t for t in top_sections(case) if len(t) >= SECTION_NAME_MIN and t in text
             or len(head := HEADING_HALVES_RE.split(t)[0]) >= SECTION_NAME_MIN and head in text]
    return named[0] if len(named) == 1 else ""


def section_title(case: CaseOutline, position: int) -> str:
    """The title of the case's top-level section at `position` (1-based, `top_sections`); "" when there is none."""
    sections = top_sections(case)
    return sections[position - 1] if 0 < position <= len(sections) else ""


def subsection_at(case: CaseOutline, position: int) -> str:
    """The title of the sub-section at `position` of the one section divided into at least that many ("初中方案第五
    大块": the plan has three sections, its third, 行动举措, is made of five 行动); "" when no section, or more than
    one, is. A reader counts there only when the top level has no such position (`core._section_by_position`)."""
    divided = [subs for m in case.measures if m.level == "heading" and len(subs := case.subsections(m)) >= max(position, 2)]
    return item_name(divided[0][position - 1].label) if position > 0 and len(divided) == 1 else ""
