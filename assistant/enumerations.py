"""Enumerations written inside one sentence, and the count a list question asks for.

Why: the documents often list things in running text rather than as numbered items: "政府层面做到规划布局到位、
经费投入到位、师资配备到位", "建立“临洮县与渭源县”“安定区、市一中与漳县”…3个区域协作体", "实现教学过程的可视化、
即时化和个性化". A list question about them needs those items named, and the count the question states ("哪三方面",
"六项") is the strongest sign of which enumeration it means.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .cues import KIND_BEFORE_COUNT_RE, PART_CLASSES, MEANS_NOUNS, ASPECTS_OF_NOUN_RE, DOCUMENT_PARTS, THING_CLASSES, ADMIN_SUFFIX_RE, ASPECT_CLASSES, ASPECT_KIND_CLASSES, CHOICE_CONJUNCTION, CLAUSE_OPENER_RE, DOCUMENT_AFTER_COUNT_RE, RECIPIENT_BEFORE_RE, CONJUNCTIONS, COUNTRY_KINDS, DIVISION_KINDS, DIVISION_NAME_RE, ENTITY_CLASSES, ENTITY_CLASSIFIERS, GENERIC_KINDS, INSTITUTION_CLASSIFIERS, SUBJECT_MATTER_CLASSES, INSTITUTION_KINDS, PERSON_KINDS, INTRODUCER_RE, LISTED_KIND_RE, MEMBERS_ASKED_RE, NAMED_SET_RE, ORDINAL_RE, ordinal_word, ORG_SUFFIX_RE, PART_KINDS, QUANTITY_CLASSIFIERS, ROUGH_BEFORE, LIST_SUMMED_UP_RE, SET_SIZE_RE, COUNTED_QUESTION_WORD_RE
from .synonyms import equivalents, listed_among, listed_only_among, semantic_classes

EN_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
CN_DIGITS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
COUNT_RE = re.compile(r"([一二两三四五六七八九十]|\d{1,2})\s*(?:个方面|方面|种|类|项|步|个|条|点|级|大|所|家|层|块)")
# Items joined by 、 (an item may hold a short quotation, or a short gloss in brackets after a word: 名校集团(共同体),
# 出国(境), or an aside after it, its years: 初步发展阶段(1978-1984年); the last may follow 和/及), or a run of quoted
# names.
_ITEM = r"(?:[一-龥A-Za-z0-9+]|“[^“”、]{1,10}”|(?<=[一-龥])[((][一-龥]{1,8}[))]|(?<=[一-龥])[((][~\d一-龥\-–—~]{1,14}[))]){1,24}"
ENUM_RE = re.compile(rf"{_ITEM}(?:、{_ITEM})+")
ASIDE_RE = re.compile(r"[((][^()()]{1,14}[))]")  # an item's aside, no part of how long its name is
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
    in_frame: bool = False  # written inside the frame 在…上 ("在A、B还是C上"), which the frame's 上 closes
    roles: tuple[str, ...] = ()  # what each item is, when a repeated frame says it (以A为根本,以B为动力: 根本, 动力)
    means: bool = False  # written in the frame 以…为<a means> ("以A、B等为载体"): the items are ways of doing (`cues.MEANS_NOUNS`)
    # (or in a clause opened by 通过: ways too, less surely named so than by the frame, whose noun says it)
    means_clause: bool = False
    kind: str = ""  # the noun the items modify, when the list is found by it (`joined_before_kind`)

    def closing(self, text: str) -> str:
        """The words after the last item, up to the clause break: what the list is ("…等多种模式",
        "…等方面的特色初中", "…的现代基础教育体系")."""
        last = text.rfind(self.items[-1], self.start, self.end)
        at = last + len(self.items[-1]) if last >= 0 else self.end
        return re.split(r"[,,。;;!!??]", text[at:at + 24])[0]

    def context(self, text: str) -> str:
        """The clause that introduces the enumeration, with the enumeration itself."""
        cut = max((m.end() for m in re.finditer(r"[。;;!!??]", text[:self.start])), default=0)
        after = re.search(r"[,,。;;!!??]", text[self.end:])
        return text[cut:self.end + (after.start() if after else 0)]


COUNTED_NOUN_CHARS = 6  # how far after a count its noun is looked for


def asked_count(question: str, kind: str = "") -> int | None:
    """The number of items a list question states ("哪三方面" -> 3, "六项" -> 6, “三个全面” -> 3); None when it
    states none. With the kind the question lists (`asked_kind`), a count of another set ("三个协作体…都围着哪些主题")
    is not the list's: the list's count follows 哪 or counts the kind itself."""
    # 第七项 is a position; 一 never sizes a list: "那一大项", "这一块" point at one part, whose items are asked
    counts = [m for m in COUNT_RE.finditer(question) if question[max(m.start() - 1, 0)] != "第" and m.group(1) not in ("一", "1")]
    if kind and kind not in GENERIC_KINDS:
        counts = [m for m in counts if question[max(m.start() - 1, 0)] in "哪几" or kind in question[m.start():m.end() + COUNTED_NOUN_CHARS]
                  or not re.match(r"[一-龥]", question[m.end():m.end() + 1])]
    # (a kind the thesaurus does not know, 原话 of "勉励九所实验学校的领导…原话是哪几句", is no institution either)
    if kind and not (semantic_classes(kind) and listed_among(kind, ENTITY_CLASSES)):
        # a count of institutions or people ("那九所试点校") sizes them, not a list of another class of thing ("哪些
        # 方面"), as in `_sizes_another_set`
        counts = [m for m in counts if question[max(m.start() - 1, 0)] in "哪几" or question[m.end() - 1] not in ENTITY_CLASSIFIERS]
    m = (counts[0] if counts else None) or re.search(r"“([一二两三四五六七八九十])(?:个|项|大|条|种)?[一-龥]{1,4}”", question)
    # (or the number a whole is said to divide into: "split into four strands. What are they called?")
    english = re.search(r"\b(?:which|what|the) (two|three|four|five|six|seven|eight|nine|ten)\b", question, re.I) or \
        re.search(r"\binto (two|three|four|five|six|seven|eight|nine|ten)\b", question, re.I)
    if not m and english:  # "which four aspects"
        return EN_NUMBERS[english.group(1).lower()]
    if not m:
        return None
    g = m.group(1)
    return int(g) if g.isdigit() else CN_DIGITS.get(g)


def cn_number(text: str) -> int:
    """A count in digits or Chinese numerals up to the hundreds ("三十" -> 30, "二十二" -> 22, "一百零五" -> 105);
    0 when it is not one."""
    if text.isdigit():
        return int(text)
    digits = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
    total, current = 0, 0
    for ch in text:
        if ch in digits:
            current = digits[ch]
        elif ch in "十百":
            total += (current or 1) * (10 if ch == "十" else 100)
            current = 0
        else:
            return 0
    return total + current


# Members or names asked after 各/分别 ("分别是哪些学校", "各叫什么名字", "分别是谁")
NAMES_ASKED_RE = re.compile(r"哪(?![儿里])|谁|名字|名称|叫什么|叫啥|是什么(?:学校|单位|地方)|是啥(?:学校|单位)")  # (往哪儿使: a direction)
# two things coordinated right before 各/分别, in the same clause ("初中和小学各…", "城区、农村分别…"), not a set
# whose members the coordination names and a count sizes ("政府、部门、学校三家各…": its members are asked)
COORDINATED_BEFORE_RE = re.compile(r"[一-龥]{1,6}(?:和|与|及|、)[^,,。;;??!!\d一二两三四五六七八九十]{1,6}$")


def members_required(question: str, ordinal: bool = True, asked_from: int = 0) -> int:
    """How many members of a set the question asks the sources to name: the size of the set it refers to when it
    asks for the members ("那6所初中分别是哪几所" -> 6, "另外七所是哪些" -> 7, "哪三方面" -> 3), or the
    position it asks for ("第六项是什么" -> 6, unless `ordinal` is off: a drill-down's ordinal points into the
    previous answer); 0 when it asks for no members. Only a question word from `asked_from` on asks: a statement
    before the sentence that asks ("政府、部门、学校三家各该出啥力,我想找个框架。泰州那篇第三部分是怎么分的?")
    asks nothing, though a set it sizes may be the one asked ("定西有3个协作体。分别是哪几个?")."""
    need = 0
    if ordinal:
        m = ORDINAL_RE.search(question)
        need = cn_number(m.group(1)) if m else 0
    asking = MEMBERS_ASKED_RE.search(question, asked_from)
    if not asking:
        return need
    asked = _asked_set([m for m in _stated_sets(question) if cn_number(m.group(2)) >= MIN_ITEMS])
    if asking.group(0).startswith(("各", "分别")) and not NAMES_ASKED_RE.search(question[asking.start():]) \
            and COORDINATED_BEFORE_RE.search(question[:asking.start()]):
        # "那九所实验学校,初中和小学各占几所?", "从规划、管理…到课堂各做些啥?": 各 distributes over the parts the
        # question names itself (初中, 小学), asking a count or a doing of each; the set's members are not asked
        # (which members or names each has, "泰州和淄博各建了哪3所", "初中和小学分别叫什么名字", is: NAMES_ASKED_RE)
        return need
    if asked and (own := _counted_by_question_word(question, asked_from)) is not None:
        # "那份五部门文件要求从哪四头…": the question word counts the set asked; the stated count sizes another
        return max(need, cn_number(own.group(1)))
    if asked and re.search(r"的(?:那|这)", question[asked.end():asking.start()]):
        # "九所实验学校列的那一串提升目标,都包括哪些": 的 + a demonstrative opens the noun phrase asked about, which
        # the set only modifies ("五十家特级教师领衔的名师工作室" is still the set itself)
        asked = None
    if asked and _sizes_another_set(question, asked, asking):
        asked = None
    if asked and DOCUMENT_AFTER_COUNT_RE.match(question, asked.end()):
        asked = None  # "五部门文件要求从哪几头…": the count names who issued the document, no set whose members are asked
    if asked and RECIPIENT_BEFORE_RE.search(question[:asked.start(2)]):
        asked = None  # "给九所实验校定了…样子,都有哪些": the set things are given to, not the members asked
    if asked:
        return max(need, cn_number(asked.group(2)))
    if asking.group(0).startswith(("各", "分别")) and asking.group(0).endswith(("多少", "几")):
        return need  # "一所名校各带几所": a count for each member, with no stated set whose members must be named
    # no size stated, but institutions asked for by name ("成员学校都有哪些?", "都是哪些大学的?"): the sources
    # must name at least two of them, or they do not answer
    # (kinds of institutions asked, "按哪几类学校分头施策", are kinds, not institutions named: as for "三类初中")
    kinds = re.search(r"(?:哪|几)[几些]?(?:类|种)", question[asked_from:])
    return max(need, MIN_ITEMS) if asked_kind(question) in NAMED_MEMBER_KINDS and not kinds else need


def _sizes_another_set(question: str, size: re.Match[str], asking: re.Match[str]) -> bool:
    """Does the stated count size a set other than the one asked ("那九所实验校…在哪些方面见起色")? It counts people
    or institutions (所, 名, 位) and the noun after the question word names neither (方面, 项目: the thesaurus lists
    it in no class of people or institutions), so its members are not what is asked."""
    counted = question[size.start(2):size.end()].lstrip("0123456789一二两三四五六七八九十百 ")
    rest = question[asking.end():]
    if counted not in ENTITY_CLASSIFIERS or not (asking.group(0).endswith(("哪", "哪些", "哪几")) or rest.startswith("哪")):
        return False  # only a noun after 哪 is the kind asked ("各叫啥名字" asks the members' own names)
    plural = bool(re.match(r"哪些|哪几|几|些", rest)) or asking.group(0).endswith(("哪些", "哪几"))
    rest = re.sub(r"^(?:哪些|哪几|哪|几|些)", "", rest)
    if rest.startswith(("个", "一")) and not plural:
        return False  # "各落在哪个县区": one thing asked of each member, so each must be named
    rest = rest[1:] if plural and rest.startswith("个") else rest  # "哪几个问题": several of another kind
    rest = re.split(r"的(?=[一-龥]{2})", re.split(r"[,,。??;;]", rest)[0][:8], maxsplit=1)[-1]  # 哪些地方的教育局 -> 教育局
    if plural and rest and rest[0] in WORK_ITEM_CLASSIFIERS:
        return True  # "九所试点校…干的活儿有哪几项": 项/条/件/样 count the things done, not the schools counted by 所
    # the noun asked: right after the question word, or after its classifier (哪几项工作)
    # the longest listed word first (教育局 before 教育); a classifier alone (哪几所) names no other kind
    # (a one-character noun closing the clause is a noun too: "帮着干哪些活", "有哪些事")
    nouns = [w for w in (rest[:4], rest[:3], rest[:2], rest[1:3]) if len(w) >= 2] or (
        [rest] if len(rest) == 1 and rest not in QUANTITY_CLASSIFIERS else [])
    noun = next((w for w in nouns if semantic_classes(w)), "")
    return bool(noun) and not listed_among(noun, ENTITY_CLASSES)


def _stated_sets(question: str) -> list[re.Match[str]]:
    """The counts with their classifier the question states for a set ("那6所初中", "另外七所"), not positions (第六项)
    nor rough amounts ("一年进几十个", "数十所", "近百所", "约30所", "上百名"): no set of that size is there to be named."""
    # (nor a numeral inside an idiom: "形式五花八门" counts no 八门)
    idioms = _idiom_spans(question)
    return [m for m in SET_SIZE_RE.finditer(question) if question[max(m.start(2) - 1, 0)] != "第" and not _rough(question, m)
            and not any(a <= m.start(2) < b for a, b in idioms)]


@lru_cache(maxsize=256)
def _idiom_spans(question: str) -> tuple[tuple[int, int], ...]:
    """Where the question says a set phrase (成语 and fixed expressions of four characters or more, jieba tags i and
    l: 五花八门, 千方百计): its numerals are figures of speech, no count of anything."""
    import jieba.posseg as pseg

    from .text import _jieba

    if not re.search(r"[一二两三四五六七八九十百千万]", question):
        return ()
    _jieba()
    spans, at = [], 0
    for w, f in pseg.cut(question):
        if f in ("i", "l") and len(w) >= 4:
            spans.append((at, at + len(w)))
        at += len(w)
    return tuple(spans)


def _rough(question: str, m: re.Match[str]) -> bool:
    """Is the count rough (`cues.ROUGH_BEFORE`: 几十个, 数十所, 近百所, 约30所, 上百名), one (一所名校 is an article, 一大批
    "many"), or two different digits side by side (七八个, 三五所, 十七八个, 二三十所: "seven or eight")?"""
    pair = re.fullmatch(r"十?([一二两三四五六七八九])([一二两三四五六七八九])[十百]?", m.group(2))
    if pair and pair.group(1) != pair.group(2):
        return True
    if m.group(2) == "一":
        return True  # "a famous school", no set of one to be named
    before = question[max(m.start(2) - 1, 0):m.start(2)] if m.start(2) else ""
    return before in ROUGH_BEFORE and (before != "上" or m.group(2)[:1] in "百千万")


def _asked_set(sets: list[re.Match[str]]) -> re.Match[str] | None:
    """Of the sets a question states, the one whose members it asks: beyond those it names ("另外七所"), else the last."""
    beyond = [m for m in sets if m.group(1)]
    return (beyond or sets)[-1] if sets else None


def set_sizes(question: str) -> list[str]:
    """The counts with their classifier the question states for a set ("六项", "6所"), not positions ("第六项")."""
    return [m.group(0).lstrip("另外其余其他剩下的剩余 ") for m in _stated_sets(question)]


def size_of_kind_stated(text: str, question: str, kind: str) -> bool:
    """Does the text state the size the question states of the set, with the member kind, in whatever classifier
    ("哪三个问题" by "三点问题", "三大问题", "3个问题")? The count and the kind say which set, not the classifier."""
    if len(kind) < 2:
        return False
    own = _counted_by_question_word(question)
    numerals = [m.group(2) for m in _stated_sets(question)] + ([own.group(1)] if own else [])
    numerals += [str(cn_number(n)) for n in numerals if not n.isdigit() and cn_number(n)]
    return bool(numerals) and bool(re.search(f"(?:{'|'.join(map(re.escape, numerals))})\\s*[个点项条种类大方面]{{0,2}}{re.escape(kind)}", text))


def set_name(question: str) -> list[str]:
    """The name of the list a position is asked in ("基本原则的第五条" -> 基本原则), when the question gives one."""
    m = re.search(r"([一-龥]{2,8}?)(?:里|中)?的?第[一二三四五六七八九十\d]+(?:条|点|个|种|项|类|步|阶段|方面)", question)
    if not m:
        return []
    import jieba

    from .text import _jieba

    _jieba()
    words = [w for w in jieba.cut(m.group(1)) if w.strip()]
    return [words[-1]] if words and len(words[-1]) >= 2 else []


def _counted_by_question_word(question: str, asked_from: int = 0) -> re.Match[str] | None:
    """The count the question word itself carries ("哪四头", "哪三个方面"), not one of characters (哪四个字: a wording)."""
    return COUNTED_QUESTION_WORD_RE.search(question, asked_from)


def members_phrase(question: str) -> str:
    """How the question names the set whose members it asks ("6所初中", "三十所名校", "第六项"), for the message
    saying the sources do not list them."""
    m = ORDINAL_RE.search(question)
    if m:
        return ordinal_word(m)
    if (own := _counted_by_question_word(question)) is not None:
        if own.group(2):  # "哪三个问题" -> 三个问题: after 个 the noun counted, whole
            import jieba

            from .text import _jieba

            _jieba()
            noun = next(iter(jieba.cut(re.split(r"[,,??。;;]", question[own.start(3):])[0])), own.group(3))
            return own.group(1) + own.group(2) + noun
        return own.group(1) + (own.group(2) or "") + own.group(3)  # "哪四头" -> 四头
    m = _asked_set(_stated_sets(question))
    if m is None:
        return ""
    import jieba.posseg as pseg

    from .text import _jieba

    _jieba()
    run: list[tuple[str, str]] = []  # the noun phrase the count sizes: "五十所省级示范标杆学校", not "三步推进"
    for w, f in pseg.cut(re.split(r"[,,??。;;]", question[m.end():])[0]):
        if f[:1] not in ("n", "b", "v", "a") and w not in NAMED_MEMBER_KINDS or w in ("是", "有", "为") or sum(len(x) for x, _ in run) + len(w) > 12:
            break  # 初中 is tagged a position word: a named-member kind is a noun here
        run.append((w, "n" if w in NAMED_MEMBER_KINDS else f))
    while run and run[-1][1][:1] not in ("n", "b") and run[-1][1] != "vn":
        run.pop()  # a phrase ends with its noun
    return question[m.start(2):m.end()] + "".join(w for w, _ in run)


def member_kind(question: str) -> str:
    """What the members asked for are: the kind a list question names (哪几所学校 -> 学校), else the institution or
    division the set the question states is made of ("那6所实验初中,各叫啥名字" -> 初中); "" when neither."""
    kind = asked_kind(question)
    m = _asked_set(_stated_sets(question))
    if kind or m is None or re.search(r"[类种样]", m.group(0)):
        return kind  # "三类初中": its members are kinds of schools, not schools named
    import jieba

    from .text import _jieba

    _jieba()
    words = [w for w in jieba.cut(re.split(r"[,,??。;;的]", question[m.end():])[0][:12]) if w.strip()]
    return next((w for w in reversed(words) if w in NAMED_MEMBER_KINDS), "")


NAMED_MEMBER_KINDS = INSTITUTION_KINDS | DIVISION_KINDS | PERSON_KINDS | COUNTRY_KINDS | PART_KINDS


def is_member(item: str, kind: str, question: str) -> bool:
    """Does a list item name a member the question does not already name? Members of an institution kind are
    institutions' names (short, with an institution's suffix), or, of institutions in general (机构, 单位), a kind of
    institution named bare (高校, 俱乐部: the thesaurus's organisations, class Dm); of a person or country kind, such
    names."""
    if item in question:
        return False
    if kind in DIVISION_KINDS:
        return bool(DIVISION_NAME_RE.fullmatch(item.strip("“”\"' ")))
    if kind in PERSON_KINDS | COUNTRY_KINDS:
        return item.strip("“”\"' ") in proper_names(item, kind)
    if kind in ("机构", "单位") and listed_only_among(item.strip("“”\"' "), ("Dm",)):
        return True  # institutions in general: a kind of institution named bare (高校, 高中, 俱乐部: thesaurus class Dm)
    return kind not in INSTITUTION_KINDS or (len(item) <= 20 and bool(ORG_SUFFIX_RE.fullmatch(item.strip("“”\"' "))))


def members_named(text: str, question: str, kind: str = "") -> int:
    """How many members of one set the text names, leaving out those the question itself names: its longest
    enumeration (of the asked kind), or its distinct organisation names (schools joined by 和/与 are members too)."""
    longest = max((sum(is_member(i, kind, question) for i in lst.items) for lst in inline_lists(text)), default=0)
    if kind in DIVISION_KINDS:  # place names (岷县、漳县和渭源县…), however the sentence runs on after them
        return max(longest, len({p for p in division_names(text) if p not in question}))
    if kind in PERSON_KINDS | COUNTRY_KINDS:  # people's or countries' names, however they are joined
        return max(longest, len({p for p in proper_names(text, kind) if p not in question}))
    if kind in PART_KINDS:  # parts are named in an enumeration that says they are such parts (see `lists_kind`)
        return max((sum(is_member(i, kind, question) for i in lst.items) for lst in inline_lists(text)
                    if lists_kind(lst.context(text) + lst.closing(text), lst.items, kind)), default=0)
    orgs = {o for o in org_names(text) if o not in question}
    if kind == INSTITUTION_CLASSIFIERS["家"] and kind not in question:
        # a bare 家 ("率先过关的是哪两家") counts units of any kind: bodies, or the places a case's sentence names as
        # doing the thing (靖江市、姜堰区通过…验收); a province there frames the scope (江苏省首批), it does nothing
        orgs |= {p for p in division_names(text) if p not in question and not p.endswith("省")}
    return max(longest, len(orgs))


def lists_kind(framing: str, items: list[str], kind: str) -> bool:
    """Does an enumeration say its items are of the asked kind: the kind named where it is introduced or closed
    ("设有教研科、督导科两个科室", "…等学科"), or every item ending in the kind (语文课、美术课 for 课)? A one-character
    kind counts in the framing only after a measure or 等 ("等课", "三门课"), not inside a word (课堂, 课题). An
    enumeration of other things beside the subject (the platforms a paragraph lists) names no parts of it."""
    named = re.search(f"(?:等|门|节|类|种|个|些){re.escape(kind)}(?![一-龥])", framing) if len(kind) == 1 else kind in framing
    return bool(named) or all(i.endswith(kind) for i in items)


def proper_names(text: str, kind: str) -> list[str]:
    """People's names (segmentation's person tag, 2–4 characters, no dictionary word) for a person kind; names of places outside the
    administrative divisions (芬兰, 美国: place-tagged, no county or city suffix) for a country kind."""
    import jieba.posseg as pseg

    from .text import _jieba

    _jieba()
    if kind in PERSON_KINDS:  # a common word tagged as a name (顾问) is in the dictionary with a frequency; names are not
        return [w for w, f in pseg.cut(text) if f == "nr" and 2 <= len(w) <= 4 and not _jieba().dt.FREQ.get(w)]
    return [w for w, f in pseg.cut(text) if f == "ns" and len(w) >= 2 and not ADMIN_SUFFIX_RE.search(w) and w != "中国"]


def division_names(text: str) -> list[str]:
    """Names of administrative divisions in the text: words segmentation tags as place names (ns) that end with a
    division's suffix (岷县, 渭源县, 安定区)."""
    import jieba.posseg as pseg

    from .text import _jieba

    _jieba()
    found = [w for w, f in pseg.cut(text) if f == "ns" and len(w) >= 2 and DIVISION_NAME_RE.fullmatch(w)]
    # a name joined to a division's by 、 or 和 and ending in a division suffix is one too, tagged or not
    # ("靖江市、姜堰区": segmentation knows 靖江市 only)
    for name in list(found):
        for m in re.finditer(re.escape(name) + r"[、和与及]([一-龥]{1,2}?[市县区镇乡])", text):
            joined = m.group(1)
            if joined not in found and DIVISION_NAME_RE.fullmatch(joined):
                found.append(joined)
    return found


NAME_OPENING_POS = frozenset("vpcdrumq")  # a name does not open with a verb, preposition, conjunction, adverb…


def org_names(text: str) -> list[str]:
    """Organisation names in the text (…学校, …研究院), without the runs the suffix pattern over-reaches to: a suffix
    cut from a longer word (初中学|校: 中学 is part of 学校) or words that open a clause, not a name (加强|集团)."""
    import jieba.posseg as pseg

    from .text import _jieba

    _jieba()
    out = []
    for m in ORG_SUFFIX_RE.finditer(text):
        end = m.end()
        if end < len(text) and _jieba().dt.FREQ.get(text[end - 1:end + 1]):
            continue  # the suffix's last character opens the next word: no name ends here
        words = [(w, f) for w, f in pseg.cut(m.group(0))]
        while words and words[0][1][:1] in NAME_OPENING_POS:
            words.pop(0)
        name = "".join(w for w, _ in words)
        if len(name) >= 4 and ORG_SUFFIX_RE.fullmatch(name):
            out.append(name)
    return out


def abstract_kind(noun: str) -> bool:
    """A word of two characters or more for an abstract part (PART_CLASSES: 方向, 好处) or a generic kind (方面)."""
    return len(noun) >= 2 and (listed_only_among(noun, PART_CLASSES) or noun in GENERIC_KINDS)


def kind_before_count(text: str) -> str:
    """The abstract kind named before the count that closes the question (`cues.KIND_BEFORE_COUNT_RE`: "大方向有几个?",
    "好处归成了几条?" -> 好处, the last word before the link), or ""."""
    before = KIND_BEFORE_COUNT_RE.search(text)
    if not before:
        return ""
    import jieba

    from .text import _jieba

    _jieba()
    words = [w for w in jieba.cut(before.group(1)) if w.strip()]
    return words[-1] if words and abstract_kind(words[-1]) else ""


@lru_cache(maxsize=256)
def asked_kind(question: str) -> str:
    """The kind of thing a list question asks for, read as a kind (`generic_kind`: 毛病 -> 问题); see `asked_word`."""
    return generic_kind(asked_word(question))


# What each item is asked as, after the count ("…几条?各是什么机制?", "分别叫什么工程"): group 1 the noun naming them
EACH_NAMED_KIND_RE = re.compile(r"(?:各|分别|每条|每项|每一条|每一项)(?:都)?(?:是|叫|为)?(?:什么|啥)([一-龥]{2,4}?)(?=[呢吗啊呀]?(?:[??,,。]|$))")
# How long each item is ("两字词", "四个字的"): a form of the items, before the noun that names their kind
LENGTH_OF_ITEMS_RE = re.compile(r"^(?:[一二两三四五六七八九十\d]+|几)(?:个)?字(?:的)?(?=[一-龥])")


@lru_cache(maxsize=256)  # a pure function of the question, read by the kind, the count fit and the count phrase
def asked_word(question: str) -> str:
    """The kind of thing a list question asks for: the noun after "哪几项/几种/哪三…" (工程, 模式, 阶段, 化), or the
    noun a quoted numbered set repeats (“三个全面” -> 全面); "" when it names none."""
    named_set = NAMED_SET_RE.search(question)
    if named_set:
        return named_set.group(2)
    quoted = re.search(r"(?:哪|几)[一二两三四五六七八九十几]?(?:个|种|项|类|大|条|级|样)?[“\"']([一-龥]{1,4})[”\"']", question)
    if quoted:  # 哪几个“共”: the quoted word is what every item holds
        return quoted.group(1)
    # (not "这几层": a demonstrative points at parts the question has named itself, and the kind is asked after it)
    # (段 too, "一共划了几段": a course divided names its parts 初步发展阶段…; 几大段 is a document's big parts)
    # (not 步棋, "走了几步棋": moves in a game of chess, the measures taken, not stages)
    steps = re.search(r"(?:哪|(?<![这那])几)[一二两三四五六七八九十几]?(?:个)?(步(?!棋)|阶段|级|层(?!面)|段(?!落))", question)
    if steps:  # "分几步走", "哪几个阶段": a classifier that names its parts (第一步, 第二阶段) is the kind
        return steps.group(1)
    if re.search(r"(?:哪|(?<![这那])几)[一二两三四五六七八九十几]?步棋", question):
        return ""  # "走了几步棋": the moves are whatever measures the text lists; 棋 names no kind of them
    # (a kind named before a count in a generic classifier, "好处归成了几条", "大方向有几个": the kind, not 条)
    if before := kind_before_count(question):
        return before
    found = list(LISTED_KIND_RE.finditer(question))
    # (哪一项 asks which one item, no list: "列了几项工程?我想对照看看我们县还缺哪一项。" counts 工程)
    found = [x for x in found if not x.group(0).startswith("哪一")] or found
    # the question word 哪 asks; a bare 几 may be a quantity the question states ("那几位专家,都是哪些大学的"); one
    # in the sentence that asks, not in a remark before it ("…不知道往哪个方向使劲。初中方案点了哪些门类的…?")
    asks_from = _asking_sentence_start(question)
    # (a count in the sentence that asks, "它的行动举措一共几大行动", before one in the remark: "…拆成几大块分给…")
    # (a bare 几 only in the remark, "我们学区里几所学校…乱成一锅粥。…那几样,逐条列", sizes what the asker describes)
    m = next((x for x in found if x.group(0).startswith("哪") and x.start() >= asks_from), None) or \
        next((x for x in found if x.start() >= asks_from), None) or \
        next((x for x in found if x.group(0).startswith("哪")), found[0] if found and not asks_from else None)
    if not m:
        return ""
    import jieba.posseg as pseg

    from .text import _jieba

    _jieba()
    # "哪些别的合办路数": 别的, 其他, 其余 determine the noun after them; they do not end it as a 的 does
    after = re.sub(r"^(?:别的|其他的?|其它的?|其余的?|另外的?)", "", m.group(1))
    # "哪些大的行动板块": 大的 says how large the parts are, not what they are; 总的, 主要的 how far they reach
    # ("定了哪些总的遵循")
    after = re.sub(r"^(?:大的|总的|主要的)(?=[一-龥]{2})", "", after)
    # "哪几方面的好处": a generic kind after the aspects (好处, 问题, 措施) names what each item is (each a benefit,
    # `compose.KIND_ALIASES`); a thing of its own ("哪些方面的特色学校", "哪几方面的本事") is what the aspects are
    # of, and the items are the aspects
    aspects_of = ASPECTS_OF_NOUN_RE.match(question, m.start(1))
    if aspects_of and aspects_of.group(1) in GENERIC_KINDS:
        return aspects_of.group(1)
    if aspects_of:  # (the aspects a change of its own is seen in, "哪些方面有所提升": the items are the aspects)
        return aspects_of.group(0)[:2]
    # "哪几件大事", "哪几个大点": 大 before a generic kind says the items are the main ones; the kind is 事, 点
    main = re.match(r"大(" + "|".join(sorted(GENERIC_KINDS, key=len, reverse=True)) + ")", after)
    if main and len(main.group(1)) == 1:
        return main.group(1)  # (a one-character kind, which segmentation reads as a classifier: 大点, 大事)
    after = after[1:] if main else after
    # "哪几个两字词": the items' length (LENGTH_OF_ITEMS_RE) says how they are written, not what they are (词)
    after = LENGTH_OF_ITEMS_RE.sub("", after)
    # (a word segmentation mistags, 好处 as an adverb, is a noun when the thesaurus lists it only among things: its
    # classes A-D, people, objects, time and space, abstract things)
    words = [(w, f) for w, f in pseg.cut(re.split(r"[的呢吗?？,，]", after)[0]) if w.strip()]
    # (a one-character classifier the segmenter glued to the word after it, "哪几路发力" -> 路发力, is the kind, and
    # the rest what is done: the glued token is no word the thesaurus knows, its rest one it or the segmenter knows)
    if words and len(words[0][0]) >= 3 and words[0][0][0] in GENERIC_KINDS and not semantic_classes(words[0][0]):
        rest = [(w, f) for w, f in pseg.cut(words[0][0][1:]) if w.strip()]
        # (the rest a doing: a verb, or a word the thesaurus does not know, 发力; a known noun, 名单 of 点名单, stays)
        if len(rest) == 1 and (rest[0][1][:1] == "v" or rest[0][1][:1] == "n" and not semantic_classes(rest[0][0])):
            words[:1] = [(words[0][0][0], "n"), (rest[0][0], "v")]
    tagged = list(words)  # as segmentation tags them ("网上" a place word, before any reading as a thing below)
    if words and len(words[0][0]) >= 2 and words[0][1][:1] not in ("n", "v") and \
            (c := semantic_classes(words[0][0])) and all(x.startswith(THING_CLASSES) for x in c):
        words[0] = (words[0][0], "n")  # (the word right after the classifier)
    # (a word tagged a position that the thesaurus lists only among people, objects or abstract things is a noun:
    # 初中 of "哪几所城区初中", read as 初 + 中)
    words = [(w, "n") if f == "f" and len(w) >= 2 and listed_only_among(w, ("A", "B", "D")) else (w, f) for w, f in words]
    # (and one tagged an adverb that the thesaurus lists only among qualities, class E, before a noun is a quality of
    # it: "哪几样日常机制" asks mechanisms, 日常 says which)
    words = [(w, "a") if f[:1] == "d" and k + 1 < len(words) and words[k + 1][1][:1] == "n" and listed_only_among(w, ("E",))
             else (w, f) for k, (w, f) in enumerate(words)]
    # "哪几种协作的模式": a doing before 的 modifies the noun after it, which names the kind (模式); a noun before 的
    # stays the kind ("哪些学校的老师" asks which schools); so does a clause ending in a doing ("哪些网上上课的方式":
    # where, then the doing), unless a noun opens it ("哪几个方面讲的": the kind, then how it is used)
    # (read from the question itself: the match holds eight characters at most, "合作的办学形式的" would be cut)
    # (the noun ends the clause, or a preposition or 来/去 after it opens what is done with it: "…的方式把课开齐",
    # after a modal too: "…的办法能把国家规定课程开足")
    modified = re.match(r"([一-龥]{1,6})的([一-龥]{1,4}?)(?=[呢吗啊呀]?(?:[??,,。]|$)|(?:能|可以|才能|就能)?[把将用来去对让])", question[m.start(1):])
    # (so does a quality before 的, "哪几种新型的共同体": tagged a, or b, 新型, a word that sorts things by kind; before
    # a generic kind, "哪些实在的好处", the quality is what the asker weighs the items by, and the generic kind asks no
    # list of its own)
    # (and so does a state reached, an -化 word: "哪几套常态化的工作机制", "哪几种常态化的做法" ask mechanisms and ways,
    # 常态化 says which)
    # (a derived -化 word of three characters or more: 文化, 变化 are words of their own, nouns that stay the kind)
    state = modified is not None and _derived_state(modified.group(1))
    quality = modified is not None and (state or all(f[:1] in ("a", "b") for _, f in words)
                                        and modified.group(2) not in GENERIC_KINDS)
    if modified and words and (all(f[:1] == "v" for _, f in words) or quality
                               or len(tagged) > 1 and tagged[-1][1] == "v" and not any(f[:1] == "n" for _, f in tagged[:-1])):
        noun = [(w, f) for w, f in pseg.cut(modified.group(2)) if w.strip()]
        # (a noun by its tag, or a kind of its own the thesaurus lists only among things: segmentation tags some nouns
        # verbs or adverbs; a generic kind so tagged, 好处, keeps the words before it)
        # (a verbal noun modifying the last, 工作 of 工作机制, is part of the noun phrase)
        if noun and all(f[:1] == "n" or f == "vn" and k < len(noun) - 1 or (w not in GENERIC_KINDS and (c := semantic_classes(w))
                                          and all(x.startswith(THING_CLASSES) for x in c)) for k, (w, f) in enumerate(noun)):
            words = [(w, "n") for w, _ in noun]
    run = []  # the noun phrase right after the classifier: "方面讲的" -> 方面, "教学新模式" -> 模式
    # (after 从, "从哪几个方向发力", the noun is where the doing starts from: a word after it that the thesaurus does
    # not list among things is the predicate, whatever the tagger reads, 发力 a noun. Not after 往, 向, 在: "往哪些
    # 学校偏" asks which kind of school, whose kind a members check would then require by name)
    prepositional = m.start() > 0 and question[m.start() - 1] == "从"
    for w, f in words:
        if f[:1] not in ("n", "a", "v", "l", "j") or (f[:1] == "v" and f != "vn" and run):  # l: 交流活动
            break
        if prepositional and run and not ((c := semantic_classes(w)) and all(x.startswith(THING_CLASSES) for x in c)):
            break
        if w == "化" and len(run) >= 2 and _derived_state(run[-1] + w):
            run.pop()  # a state reached after the noun predicates it ("机制常态化运作": mechanisms, run as routine)
            break
        if run and len(run[-1]) >= 2 and run[-1] in GENERIC_KINDS and not semantic_classes(w):
            break  # a generic kind ends the phrase before a word the thesaurus does not know: the tagger's noun reading
            # of it is a guess ("哪几方面发力" asks aspects; "哪几方面问题" asks problems)
        run.append(w)
    tags = dict(words)
    if run and all(tags.get(w, "")[:1] == "a" for w in run) and len(run) < len(words) and words[len(run)][1][:1] in ("v", "d"):
        run = []  # "几项具体去落实": an adjective before a doing says how it is done (具体去落实), no kind of item
    head = run[-1] if run else ""
    # "一共几条?各是什么机制?": items counted by a bare classifier and then asked what each is by a noun: that noun
    # is their kind
    each = EACH_NAMED_KIND_RE.search(question, m.end())
    if each and (not head or len(head) == 1 and head in GENERIC_KINDS):
        return each.group(1)
    if head in ("来", "去") and "样" in question[m.start():m.start(1)]:
        head = ""  # "分了哪几样来抓": 样 counts the things themselves; 来/去 after it opens what is done with them
    if len(run) >= 2 and head in DOCUMENT_PARTS:
        head = run[-2]  # "行动板块": a word for a part of a whole after a noun; the noun says what the parts are
    # a bare classifier (条, 项, 件) names no kind: "特色和经验有哪几条?" names it before the verb, as a question
    # with nothing after the classifier does
    bare = len(head) == 1 and head in GENERIC_KINDS | {"头", "个"} and bool(re.search(r"有(?:哪|几)", question))
    if head in ("", "几", "些", "个") or bare:
        # nothing after the classifier: "家长会都开了哪几种?" names the kind before the verb
        # (not "计划分哪四块", "按内容拆开来是哪几块": what is divided is the whole, not the kind of its parts)
        before = re.search(r"([一-龥]{2,6}?)(?:都|共|一共)?(?:开了|搞了|办了|建了|有)?了?(?:哪几|哪些|哪[两三四五六七八九十])", question)
        if before and re.search(r"(?:分|分为|分成|包括|包含|拆开来?|拆分|拆成|划分|分解|分开来?)(?:是|为|成)?$", before.group(1)):
            return ""
        words = [(w, f) for w, f in pseg.cut(before.group(1))] if before else []
        # (a noun morpheme, ng, is a piece the window cut from a word, 校 of 实验学校: it names no kind)
        # (nor a place name, ns: "泰州出了哪两个" names where the items are, not what they are)
        while words and not ((words[-1][1][:1] == "n" and words[-1][1] not in ("ng", "ns")) or words[-1][1] == "j"):
            words.pop()
        if not words:
            # "具体是哪几所?": the classifier alone says what its members are (所: schools, 家: organisations)
            counted = re.search(r"(?:哪|几)[一二两三四五六七八九十几]?(所|家)(?![一-龥])", question)
            return INSTITUTION_CLASSIFIERS[counted.group(1)] if counted else head if bare else ""
        noun = words[-1][0]
        return words[-2][0] + noun if len(noun) == 1 and len(words) > 1 else noun  # 协作+体
    return head


def _derived_state(phrase: str) -> bool:
    """Does the phrase end in a state reached, a derived -化 word ("常态化", "规范化", segmented 常态 + 化 or whole),
    not a word of its own ending in 化 (校园文化, 变化)?"""
    # (derived when its last two characters are no word the thesaurus lists: 态化, 准化 are none, 文化 is one)
    return len(phrase) >= 3 and phrase.endswith("化") and not semantic_classes(phrase[-2:])


def _asking_sentence_start(question: str) -> int:
    """Where the sentence ending in the last question mark begins (0 when none does): a statement before it says why
    the asker asks."""
    mark = max(question.rfind("?"), question.rfind("?"))
    return max((m.end() for m in re.finditer(r"[。!!]", question[:mark])), default=0) if mark > 0 else 0


def generic_kind(kind: str) -> str:
    """A colloquial word for a generic kind is that kind (毛病 -> 问题, 短板 -> 问题): the items of a list of problems
    need not say 毛病, as they need not say 问题 (GENERIC_KINDS). Only curated equivalents name the same thing: the
    thesaurus' neighbours are loose (行动 -> 举措, 特色 -> 特点 would let any list of measures answer 哪几大行动)."""
    if len(kind) < 2 or kind in GENERIC_KINDS:
        return kind
    return next((w for w in equivalents(kind) if w in GENERIC_KINDS), kind)


def excludes_other_kinds(kind: str) -> bool:
    """Does the kind a list question asks for rule out lists of other things (工程, 模式: a list of something else
    is not it)? A generic kind (方面, 问题) does not, nor does a word for what something is about (题目, 议题,
    主题: "拆成了哪些题目"): any list on the subject answers those, though items or a closing noun naming the word
    still show the list asked. Nor does a word for a part of a whole (板块, 部分: "拆开来是哪几个板块"): the parts are
    whatever the text divides the whole into ("分为…等四个具体方面")."""
    return kind not in ("", *GENERIC_KINDS, *DOCUMENT_PARTS) and not listed_among(kind, SUBJECT_MATTER_CLASSES) \
        and not is_aspect_kind(kind)


def is_aspect_kind(kind: str) -> bool:
    """Is the kind a word for an aspect, one side of a whole, as 方面 is? The thesaurus lists it among fields or
    points of effort (ASPECT_KIND_CLASSES: 领域, 着力点). A list of such parts is whatever the text divides its subject into
    ("德育、外语、科技…等方面"), so the word rules out no list, as 方面 does not. (Not 方向, though the thesaurus
    gives 方面 as its synonym: "从学生的需要出发,给了哪几条方向" asks the headings a section names so, and lists
    of other things inside them are not it.)"""
    return len(kind) >= 2 and listed_among(kind, ASPECT_KIND_CLASSES)


# Classifiers of the things done (项, 条, 件, 样: tasks, items of work), which a set of schools or people never is; 点,
# 种, 类 are left out: "三十所名校在哪几点上合作" may still ask the schools' names
WORK_ITEM_CLASSIFIERS = "项条件样"


# Prepositions opening a clause that states the means of a doing ("通过…A、B、C等机制,加强…"): what it lists are ways
MEANS_OPENERS = ("通过", "借助", "依托")
# (an adverb or modal of a character or two may come first: 并通过, 主要通过, 要通过)
MEANS_CLAUSE_RE = re.compile(r"(?:[并要主还也再]|主要|进一步)?(?:" + "|".join(MEANS_OPENERS) + ")")


def _opens_means_clause(text: str, start: int) -> bool:
    """Is the list at `start` inside a clause opened by 通过/借助/依托 ("通过构建共同体内部A、B、C等工作机制,…",
    "依托“A”“B”等载体,开展…")? The clause states what the doing goes through, so its items are the ways it is done,
    as in the 以…为载体 frame."""
    clause = re.split(r"[,,;;。::!!??]", text[:start])[-1].lstrip()
    return start > 0 and bool(MEANS_CLAUSE_RE.match(clause))


# Prepositions opening a list the aspects it counts close ("从A、B、C等三个方面", "在A、B、C等方面多点发力")
ASPECT_FRAME_PREPOSITIONS = ("从", "在")
OPENED_ITEM_RATIO = 2  # an item a preposition opens is at most this many times as long as its longest sibling


def _after_opening_preposition(first: str) -> str:
    """The first item after the preposition opening it (ASPECT_FRAME_PREPOSITIONS, a word of its own, not the 从
    of 从严 or the 在 of 存在), or ""."""
    from .text import _jieba

    cuts = [e for w, _, e in _jieba().tokenize(first) if w in ASPECT_FRAME_PREPOSITIONS]
    return first[cuts[-1]:] if cuts and len(first) - cuts[-1] >= 2 else ""


FROM_ASPECTS_RE = re.compile(r"等\s*[一二两三四五六七八九十\d]*\s*个?(?:方面|角度|层面|维度)")


# A count closing an item of a list (基地16个, 学校10所, 教师182名): the item's figure, not part of its name
# (not an ordinal: 第1场 is the item's name)
ITEM_COUNT_CLASSIFIERS = "个所名家人位项次场本套间座支"
ITEM_COUNT_RE = re.compile(r"(?<=[一-龥])(?<!第)[\d.]+\s*(?:余|多)?\s*[" + ITEM_COUNT_CLASSIFIERS + "]$")


def inline_lists(text: str) -> list[InlineList]:
    """Enumerations in the sentence: quoted runs, 、-joined items (the first trimmed to its parallel part),
    and clauses that open alike."""
    out: list[InlineList] = []
    for m in QUOTED_RUN_RE.finditer(text):
        items = [i.strip() for i in re.findall(r"“([^“”]{1,16})”", m.group(0))]
        if len(items) >= MIN_ITEMS:
            out.append(InlineList(m.start(), m.end(), items, means_clause=_opens_means_clause(text, m.start())))
    for m in ENUM_RE.finditer(text):
        if any(o.start <= m.start() < o.end for o in out):
            continue  # inside a quoted run already taken
        items = [_unquoted(i) for i in m.group(0).split("、")]
        raw_last = items[-1]
        # 等, a count, 各 + a noun ("课后各环节"), or a demonstrative summing the items up ("课程这些自主权",
        # "之类"; `LIST_SUMMED_UP_RE`) close the list: what follows names it
        last = re.split(r"等|各(?=[一-龥]{1,4}$|[一-龥]{1,4}的)|[一二两三四五六七八九十\d]+(?:个|项|种|类|方面)|" + LIST_SUMMED_UP_RE.pattern,
                        items[-1])[0] or items[-1]  # (a demonstrative opening the last item is part of it: 那些…校舍)
        choice = bool(re.search(r"无论|不论|不管", text[max(m.start() - 8, 0):m.start() + 4]))
        items[-1:] = _joined(last, choice)  # "A、B和C", "A、B与C": the last two were joined
        if len(items) > 2 and _prepositional(items[-2]):
            # (not when the part before the conjunction goes on past a preposition, "…的现状、条件以学校章程与发展
            # 规划的形式…": that clause joins its own objects; the 、 joined only the nouns before it)
            items[-2:] = [items[-2] + last[len(items[-2]):]]
        items = _shared_object(items)
        # "方院长从A、B、C等三个方面阐述…": 从 (or 在, "在A、B、C等方面多点发力") opens a list closed by the aspects it
        # counts; what precedes it is the sentence's subject, so the first item starts after it (however long, within
        # the bound below)
        opened = _after_opening_preposition(items[0]) if FROM_ASPECTS_RE.search(m.group(0)) else ""
        # (an item as long as its siblings: a 在 opening a place or time before a verb, "各校在课后服务中开设体育、
        # 艺术…", leaves the verb and its object in it, and the item is then cut to its parallel part as any other)
        if opened and len(opened) > OPENED_ITEM_RATIO * max((len(i) for i in items[1:]), default=len(opened)):
            opened = ""
        items[0] = opened or _parallel_tail(items[0], items[1:])
        items[-1] = _parallel_head(items[-1], items[:-1])
        items = [i for i in items if i]
        opens = m.start() + m.group(0).rfind(items[0], 0, len(m.group(0)) - len(items[-1])) if items else m.start()
        framed = opens > 0 and text[opens - 1] == "以" or len(items[0]) >= 3 and items[0][0] == "以"
        # (the frame closes after the last item, or after 等 closed the list: "以A、B、C等为载体")
        after_last = raw_last[len(last):] if raw_last.startswith(last) else ""
        closes_frame = "为" in items[-1][1:] or bool(re.match(r"等?为", after_last))
        means = False
        if framed and closes_frame:  # "以A、B、C为核心的…": the frame opens the first item, closes the last
            items[0] = items[0][1:] if items[0][0] == "以" else items[0]
            opens += text[opens] == "以"
            if "为" in items[-1][1:]:
                at = items[-1].index("为", 1)
                noun, items[-1] = items[-1][at + 1:], items[-1][:at]
            else:
                noun = re.sub(r"^等?为", "", after_last)
            noun = noun or text[m.end():m.end() + 4]
            means = any(re.sub(r"^(?:主要|重要|有效|有力)", "", noun).startswith(n) for n in MEANS_NOUNS)  # (为主要途径)
        # (places the clause goes through, "依托安定区、陇西县和临洮县优质教育资源", are where, not ways)
        clause_means = not means and _opens_means_clause(text, opens) and not all(ADMIN_SUFFIX_RE.search(i) for i in items)
        in_frame = bool(items) and opens > 0 and text[opens - 1] == "在" and len(items[-1]) > 2 and items[-1][-1] == "上"
        if in_frame:
            items[-1] = items[-1][:-1]  # "在A、B还是C上": the frame closes after the last item, it is no part of it
        if any(re.fullmatch(r"[一二三四五六七八九十\d]+", i) for i in items):
            continue  # "三、集聚…": an enumerator, not an item
        if opens > 0 and text[opens - 1] in "((" and all(ADMIN_SUFFIX_RE.fullmatch(i) for i in items):
            continue  # "县(市、区)": the levels a division word may stand for, not a list of divisions
        # "基地16个、学校10所、示范学校98所": a count after every item is that item's figure; the names are the items
        named = [ITEM_COUNT_RE.sub("", i) for i in items]
        # (the last one's classifier may have closed the list above: "…和甘肃省书香家庭16个" -> 甘肃省书香家庭16)
        if len(items) >= MIN_ITEMS and all(n and n != i for n, i in zip(named[:-1], items[:-1])):
            named[-1] = re.sub(r"(?<=[一-龥])(?<!第)[\d.]+$", "", named[-1])
            items = [_parallel_tail(named[0], named[1:]), *named[1:]]
        sizes = [len(ASIDE_RE.sub("", i)) for i in items]
        if items and sum(sizes) > MAX_MEAN_ITEM * len(items):
            continue  # long descriptive phrases (a list of attendees with their titles), not names
        if items and max(sizes) > PARALLEL_RATIO * max(2, min(sizes)):
            continue  # not parallel: a sentence's phrases joined by 、 ("领导分别在岷县、漳县、渭源县组织召开…")
        if len(items) >= MIN_ITEMS + 1 or (len(items) == MIN_ITEMS and "、" in m.group(0)):
            out.append(InlineList(opens, m.end(), items, in_frame, means=means, means_clause=clause_means))
    out.extend(parallel_heads(text))
    out.extend(parallel_frames(text))
    out.extend(apposition(text))
    # (clauses going on a sentence, "例如…", "由…组成…", "并形成…", name no items: such a run is no list)
    out.extend(c for c in closed_clauses(text) if not any(CLAUSE_OPENER_RE.match(i) for i in c.items))
    return sorted(out, key=lambda x: x.start)


JOINED_ITEMS_MAX = 4  # things joined by conjunctions before one noun: a handful, not a sentence's phrases
# (…之间的差距: the span between the things joined, no part of the last)
BETWEEN_RE = re.compile(r"(?:之间|间|双方|两者)$")


def _predicated(item: str) -> bool:
    """Does the item end in a predicate of its own (大班额突出, 专用教室不足: a state or a doing), not a bare noun?"""
    import jieba.posseg as pseg

    from .text import _jieba

    _jieba()
    words = [w for w in pseg.cut(item) if w.word.strip()]
    return bool(words) and words[-1].flag[:1] in ("v", "a") and words[-1].flag != "vn"


def joined_before_kind(text: str, kinds: tuple[str, ...]) -> list[InlineList]:
    """Things joined by 和/与/及 right before 的 and the kind asked ("着力解决镇区大班额突出和专用教室不足的矛盾" names
    the two 矛盾 "哪两个矛盾" asks): the sentence lists them by the noun they modify, with no 、 for `inline_lists` to
    find. Only where that noun is the kind asked, and only where each thing joined has a predicate of its own: bare
    nouns before 的 own the kind or are its parties ("师资与生源的矛盾" is one tension, "校长和教师的责任" theirs), and a
    predicate on the last alone makes the others its subjects too ("教育资源与信息技术深度融合的模式": one relation)."""
    import jieba.posseg as pseg

    out: list[InlineList] = []
    for kind in dict.fromkeys(k for k in kinds if len(k) >= 2):
        for m in re.finditer("的" + re.escape(kind), text):
            following = next((w for w in pseg.cut(text[m.end():m.end() + 4]) if w.word.strip()), None)
            if following is not None and following.flag[:1] == "n":
                continue  # the kind modifies the noun after it (…的矛盾纠纷): no member of the kind is named
            start = max(text.rfind(c, 0, m.start()) for c in ",,;;。::!!??") + 1
            clause = text[start:m.start()]
            if "、" in clause:
                continue  # a 、 list is `inline_lists`'
            items = _joined(clause)
            if not 2 <= len(items) <= JOINED_ITEMS_MAX:
                continue
            first = items[0]
            items[0] = _parallel_tail(first, items[1:])
            items[-1] = BETWEEN_RE.sub("", items[-1])
            if "的" in "".join(items) or not all(_predicated(i) for i in items):
                continue  # modifiers, owners or the parties of one relation, not members
            sizes = [len(i) for i in items]
            if min(sizes) < 2 or max(sizes) > MAX_MEAN_ITEM or max(sizes) > PARALLEL_RATIO * min(sizes):
                continue
            out.append(InlineList(start + len(first) - len(items[0]), m.start(), items, kind=kind))
    return out


# Prepositions opening a clause of manner, basis or agent inside a sentence ("以学校章程与发展规划的形式", "按照…",
# "由各校…"): not 向 of "非均衡向均衡过渡阶段", which joins a name's own parts
CLAUSE_PREPOSITIONS = frozenset({"以", "按", "按照", "依照", "依据", "根据", "由", "通过", "把", "将", "被"})


def _prepositional(item: str) -> bool:
    """Does the item go on past a clause preposition after its first word ("条件以学校章程": 以)? A list's items are
    parallel names; such a preposition inside one opens a clause of its own, whose conjunction joins that clause's
    objects."""
    import jieba.posseg as pseg

    from .text import _jieba

    _jieba()
    return any(f == "p" and w in CLAUSE_PREPOSITIONS for w, f in list(pseg.cut(item))[1:])


def _joined(text: str, choice: bool = False) -> list[str]:
    """The parts of the last item of a 、-list that a conjunction joins, split only where the conjunction is a
    word of its own (not the 与 of 参与, the 和 of 和谐); with `choice` (the list follows 无论/不论/不管) 还是 joins too
    ("无论是在A、B还是C上"), elsewhere it is an adverb ("乡镇学校还是要加强管理")."""
    from .text import _jieba

    joining = (*CONJUNCTIONS, CHOICE_CONJUNCTION) if choice else CONJUNCTIONS
    cuts = [(s, e) for w, s, e in _jieba().tokenize(text) if w in joining]
    parts, at = [], 0
    for s, e in cuts:
        parts.append(text[at:s])
        at = e
    parts.append(text[at:])
    return [p for p in parts if p]


def _unquoted(item: str) -> str:
    """An item without the quotation marks around it, keeping those that quote part of it ("排出“任务书”")."""
    item = item.strip()
    while item[:1] == "“" and "”" not in item[1:-1] and item.endswith("”"):
        item = item[1:-1].strip()
    if item[:1] == "“" and "”" not in item:
        item = item[1:]
    if item[-1:] == "”" and "“" not in item:
        item = item[:-1]
    return item.strip()


def _prefix_run(items: list[str], opening: str) -> list[str]:
    out = []
    for i in items:
        if not i.startswith(opening):
            break
        out.append(i)
    return out


# 等 closing a list, not inside a word (高等, 均等, 平等…; 等待, 等级…)
CLOSED_LIST_RE = re.compile(r"([^。;;!!??::]{6,300}?)(?<![平均同高初中次对相上优何特头劣])等(?![待候于级额同价值化])"
                            r"(?=(?:[一二两三四五六七八九十\d]+[个项种类大])?[一-龥]{1,4}|(?P<end>[。;;]))")
CLAUSE_ITEM_CHARS = 30
CLAUSE_INTRODUCER_RE = re.compile(r"面临|存在|包括|出现|遇到|具有|主要有|还有")


def closed_clauses(text: str) -> list[InlineList]:
    """Clauses joined by commas and closed by 等 + noun: "面临…资源配置不够均衡,优质教育资源短缺,人才培养模式改革急需
    提速等问题" lists three problems (the first clause trimmed to its parallel part, like a 、-list's first item)."""
    out = []
    for m in CLOSED_LIST_RE.finditer(text):
        parts = [p for p in re.split(r"[,,]", m.group(1))]
        if len(parts) < MIN_ITEMS + 1 or any(not p.strip() for p in parts):
            continue
        # the list opens at the clause that introduces it ("…成效显著,但是仍然存在供需矛盾突出,…等问题"): the
        # clauses before its introducing verb say something else
        introduced = [i for i, p in enumerate(parts) if CLAUSE_INTRODUCER_RE.search(p)]
        if m.group("end") and not introduced:
            continue  # 等 ending the sentence closes a list only one an introducer opens ("包括A,B,C等。")
        # (the last introducer, unless it sits inside an item and would leave too few: then the first one)
        opening = next((i for i in reversed(introduced) if len(parts) - i >= MIN_ITEMS + 1), 0)
        items = [p.strip() for p in parts[opening:]]
        said = list(CLAUSE_INTRODUCER_RE.finditer(items[0]))
        # the first clause carries the words that introduce the list: cut after its verb (面临, 存在), else keep its
        # last words, as for a 、-list
        items[0] = items[0][said[-1].end():] if said and len(items[0]) - said[-1].end() >= 2 else _parallel_tail(items[0], items[1:])
        if max(map(len, items)) > CLAUSE_ITEM_CHARS or max(map(len, items)) > PARALLEL_RATIO * min(map(len, items)):
            continue  # a sentence's clauses, not a list of like things
        start = m.start(1) + m.group(1).rfind(items[0], 0, len(m.group(1)) - len(items[-1]))
        out.append(InlineList(start, m.end(1), items))
    return out


# One frame repeated clause by clause, "以A为根本,以B为动力,以C为手段": A, B, C fill it (the frame's tail, 根本,
# 动力, 手段, says what each is)
FRAME_CLAUSE_RE = re.compile(r"以([^,,。;;、以为]{2,16})为([一-龥]{1,6})(?=[,,;;。、]|$)")


def parallel_frames(text: str) -> list[InlineList]:
    """A run of consecutive clauses each written in one frame (以…为…) is a list of what fills the frame: a document
    states its parallel parts so as often as it numbers them ("以促进教育公平为根本,以深化改革创新为动力,以加快信息化
    建设为手段" lists 促进教育公平, 深化改革创新, 加快信息化建设). Clauses not in the frame end the run."""
    out: list[InlineList] = []
    run: list[re.Match[str]] = []
    for m in list(FRAME_CLAUSE_RE.finditer(text)) + [None]:
        # the next clause of the run starts right after the one before (its comma), nothing in between
        if m is not None and run and m.start() == run[-1].end() + 1:
            run.append(m)
            continue
        if len(run) >= MIN_ITEMS:
            out.append(InlineList(run[0].start(1), run[-1].end(1), [r.group(1) for r in run],
                                  roles=tuple(r.group(2) for r in run)))
        run = [m] if m is not None else []
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


GLOSS_RE = re.compile(r"[((][一-龥]{1,8}[))]")  # a short gloss in brackets: no part of an item's length


def _parallel_tail(first: str, rest: list[str]) -> str:
    """Parallel items have similar lengths: a first item much longer than the others carries the words that
    introduce the list ("政府层面做到规划布局到位" -> "规划布局到位"); keep its last words, up to the others' length."""
    if not rest:
        return first
    if GLOSS_RE.search(first[1:]):
        # "组建名校集团(共同体)", "依托名师(名班主任)工作室": a gloss belongs to the word before it and adds nothing to
        # the item's length; the item is cut without it and it goes back in where it stood
        glosses, bare, at = [], "", 0
        for m in GLOSS_RE.finditer(first):
            bare += first[at:m.start()]
            glosses.append((len(bare), m.group(0)))
            at = m.end()
        bare += first[at:]
        tail = _parallel_tail(bare, rest)
        if not bare.endswith(tail):
            return tail
        start = len(bare) - len(tail)
        out, at = "", start
        for pos, gloss in glosses:
            if pos > start:
                out += bare[at:pos] + gloss
                at = pos
        return out + bare[at:]
    lengths = sorted(len(GLOSS_RE.sub("", r)) for r in rest)
    median = lengths[len(lengths) // 2]
    introduced = INTRODUCER_RE.match(first)  # at the start only: "…新模式,如线上线下融合教学、翻转课堂"
    if introduced and len(first) - introduced.end() <= 2.5 * median:
        return first[introduced.end():]
    done = re.match(r"[一-龥]{1,3}?[了过]", first)  # "明确了A、B与C的关系": the verb with its aspect marker governs the list
    if done and len(first) - done.end() >= 2 and _opening_flag(first[:done.end() - 1])[:1] in ("v", "a"):
        first = first[done.end():]
    if len(first) <= median + 2:
        return _without_governing_verb(first, rest)
    from .text import _jieba

    words = list(_jieba().cut(first))
    if len(rest) >= 2 and len(set(lengths)) == 1 and median >= 3:
        # the others all of one length: the first is as long, cut at a word boundary ("按需开展定制式教研" ->
        # 定制式教研 beside 跨学科教研, 诊断式教研, where segmentation reads 定 + 制式)
        bounds = {sum(map(len, words[:i])) for i in range(len(words) + 1)}
        if len(first) - median in bounds:
            return _with_modifiers(first, first[-median:], median)
    tail: list[str] = []
    for word in reversed(words):
        if sum(map(len, tail)) >= median - 1:
            break
        tail.insert(0, word)
    if len(tail) > 1 and len(tail[0]) == 1:
        tail = tail[1:]  # an item does not open with a stray character of the words before it (校际间 -> 间)
    return _with_modifiers(first, "".join(tail), median)


MODIFIER_FLAGS = ("n", "vn", "j", "b", "s")  # nouns and their kin: what may modify an item's head
MODIFIED_ITEM_SPAN = 1.5  # an item with its modifiers is at most this many times the others' length
# words modifying a whole list, not its first item ("有关人员、经费、设备、课程": the 有关 of every item)
LIST_DETERMINERS = frozenset("有关 相关 所有 全部 一切 各类 各项 各种 各级 主要 其他 其余".split())


def _with_modifiers(first: str, tail: str, median: int) -> str:
    """The first item cut to the others' length keeps the nouns modifying it up to the verb or preposition that
    introduces the list ("实现学校课程管理可视化" -> 学校课程管理可视化, "作为区域教育发展方向的导引者" -> 区域教育
    发展方向的导引者): the modifiers are the item's own words, the verb is the sentence's. Extended only when such a
    word (or the clause's start) is met within MODIFIED_ITEM_SPAN of the others' length; else the cut stands."""
    import jieba.posseg as pseg

    from .text import _jieba

    if not tail or not first.endswith(tail):
        return tail
    _jieba()
    head = first[:len(first) - len(tail)]
    limit = max(median + 2, int(MODIFIED_ITEM_SPAN * median))
    words = list(pseg.cut(head))
    kept: list[str] = []
    # (a place name opening the modifiers is the item's level, "甘肃省家庭教育创新实践基地" beside 定西市家长实验学校: the
    # cut keeps it even where a mistagged verb before it, 选树 read as a noun, runs past the span)
    placed = tail
    for w in reversed(words):
        if not w.flag.startswith(MODIFIER_FLAGS) or len(w.word) == 1 and w.flag.startswith("v") or w.word in LIST_DETERMINERS:
            break  # the introducing verb or preposition: the modifiers after it are the item's
        if sum(map(len, kept)) + len(w.word) + len(tail) > limit:
            return placed
        kept.insert(0, w.word)
        if w.flag == "ns":
            placed = "".join(kept) + tail
    else:
        return "".join(kept) + tail  # the clause opens with the item
    if kept and len(kept[0]) == 1:
        kept = kept[1:]  # a stray character of the word before (特岗 cut as 特 + 岗) is no modifier
    return "".join(kept) + tail


def _first_word(text: str) -> tuple[str, str, int]:
    """The text's first word with its part-of-speech tag, and how many words the text has."""
    import jieba.posseg as pseg

    from .text import _jieba

    _jieba()
    words = list(pseg.cut(text))
    return (words[0].word, words[0].flag, len(words)) if words else ("", "", 0)


def _opening_flag(text: str) -> str:
    """The part-of-speech tag of the text when it is one word; "" otherwise."""
    _, flag, n = _first_word(text)
    return flag if n == 1 else ""


def _without_governing_verb(first: str, rest: list[str]) -> str:
    """"健全多校协同、区域组团、同学段联盟": a verb opening only the first item governs the whole list."""
    def opening(item: str) -> tuple[str, str]:
        return _first_word(item)[:2]

    word, flag = opening(first)
    lengths = sorted(len(r) for r in rest)
    median = lengths[len(lengths) // 2]
    if flag not in ("v", "a") or abs(len(first) - len(word) - median) > 1 or any(opening(r)[1] == flag or r.startswith(word) for r in rest):
        return first  # without the verb, the item has the others' length
    return first[len(word):]


def _shared_object(items: list[str]) -> list[str]:
    """Verbs listed with one object after the last ("统筹、整合和挖掘区域教育相关资源与因素", "看清、认准、做实地方基础
    教育现状"): the object is every verb's, so the list ends at the last verb, as long as the others (a 与 inside the
    object joins its own parts, not the list's)."""
    import jieba.posseg as pseg

    from .text import _jieba

    _jieba()

    def a_verb(word: str) -> bool:
        return bool(word) and all(p.flag[:1] == "v" for p in pseg.cut(word))

    if len(items) < 3 or not a_verb(items[0][-2:]):
        return items
    k = 1  # the verbs after the first (which still carries the words introducing the list: 着眼于统筹)
    while k < len(items) and len(items[k]) <= 2 and a_verb(items[k]):
        k += 1
    if k == 1 or k == len(items):
        return items
    verb = next(iter(_jieba().cut(items[k])), "")
    if len(items[k]) > len(verb) and len(verb) in {len(i) for i in items[1:k]} and a_verb(verb):
        return items[:k] + [verb]
    return items


def _parallel_head(last: str, rest: list[str]) -> str:
    """The last item of a parallel list may run on into the noun the list describes ("…质量一流、特色鲜明的现代
    基础教育体系" -> "特色鲜明"): cut it at 的 when the part before has the others' length."""
    if not rest or "的" not in last:
        return last
    lengths = sorted(len(r) for r in rest)
    median = lengths[len(lengths) // 2]
    head = last[:last.index("的")]
    return head if len(last) > median + 2 and abs(len(head) - median) <= 2 else last


HEAD_PREPOSITIONS = "从在对就于由"
HEAD_MAX_CHARS = 10


def _whole_head(clause: str, start: int, end: int, at: int) -> tuple[str, int] | None:
    """The whole phrase a repeated word closes when it opens the clause or follows its colon ("从国家发展层面" ->
    国家发展层面, not only 发展层面), without an opening preposition; None when it is elsewhere in the clause or runs
    longer than a head."""
    import jieba

    cut = max(clause.rfind(c, 0, start) for c in ",,::") + 1
    if cut and clause[cut - 1] not in "::":
        return None  # after a comma: words in the middle of a sentence, not the clause's head
    phrase = clause[cut:end].strip()
    if len(phrase) > 3 and phrase[0] in HEAD_PREPOSITIONS and len(jieba.lcut(phrase)[0]) == 1:
        phrase = phrase[1:]  # an opening preposition (从国家…), not the first character of a word (就业…)
    if not re.fullmatch(r"[一-龥]{2,}", phrase) or len(phrase) > HEAD_MAX_CHARS:
        return None
    return phrase, at + clause.find(phrase, cut)


@lru_cache(maxsize=4096)
def _aspect(word: str) -> bool:
    """Does the thesaurus class the word as an aspect or level (层面, 方面, 环节, 层次)? Such a word, repeated at
    clause openings, closes the heads of a list (政府层面, 部门层面) whatever follows it; a repeated thing (教师,
    学校) closes one where its clause ends (实施校安工程,) or after a noun (城区学校): cut inside a verb's object it
    leaves phrases no list names (改进教师 of 改进教师培养培训方式, 实施学校 of 实施学校标准化建设)."""
    return listed_among(word, ASPECT_CLASSES)


@lru_cache(maxsize=4096)
def _nominal(word: str) -> bool:
    """Is the word, on its own, tagged a noun (政府, 学校, 初中) rather than a verb, adjective or locality (健全, 以下)?"""
    flag = _opening_flag(word)
    return flag[:1] == "n" or flag == "vn"


def parallel_heads(text: str) -> list[InlineList]:
    """Consecutive clauses that each open with a different word before one repeated word: "政府层面做到…。部门层面
    推进…。学校层面做到…" names 政府层面, 部门层面, 学校层面 (the documents' way of listing without numbers); each
    such run of a paragraph is one list. The
    repeated word closes each head (an aspect, `_aspect`, or the end of its clause), and a head in the middle of a
    clause names it by a noun."""
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
            # the repeated word closes each head: an aspect (政府层面做到…), a word its clause ends with (实施校安工程,)
            # or a thing a noun names (城区学校要…); not a thing after a verb (改进教师培养…, 健全教研员岗位…)
            closes = _aspect(w) or clause[we:we + 1] in ("", ",", ",", ":", ":") or _nominal(prev)
            if len(w) >= 2 and len(prev) >= 2 and re.fullmatch(r"[一-龥]+", prev + w) and w not in found and closes:
                head = _whole_head(clause, ps, we, at)
                if head is None and _nominal(prev):  # mid-clause, a kind named by a noun (政府层面), not 健全教研员
                    head = (prev + w, at + ps)
                if head is not None:
                    found[w] = head
        seen.append(found)
    runs: list[tuple[int, int, list[tuple[str, int]]]] = []  # (first clause, last clause, heads)
    for i in range(len(clauses)):
        for w in seen[i]:
            run = [seen[i][w]]
            for j in range(i + 1, len(clauses)):
                if w not in seen[j] or seen[j][w][0] in {r[0] for r in run}:
                    break
                run.append(seen[j][w])
            if len(run) >= 2:
                runs.append((i, i + len(run) - 1, run))
    # every run of clauses opening alike is a list; where runs share clauses the longer is the list, then the one
    # whose heads open their clauses ("加强品牌引领,…;加强管理引领,…", not 成员学校 and 核心学校 inside them), then
    # the earlier
    starts = {at + len(c) - len(c.lstrip()) for at, c in clauses}
    chosen: list[tuple[int, int, list[tuple[str, int]]]] = []
    for first, last, run in sorted(runs, key=lambda r: (-len(r[2]), -sum(o in starts for _, o in r[2]), r[0])):
        if all(last < f or first > l for f, l, _ in chosen):
            chosen.append((first, last, run))
    out = []
    for _, _, run in sorted(chosen, key=lambda r: r[0]):
        end = next((at + len(c) for at, c in clauses if at <= run[-1][1] < at + len(c)), len(text))
        out.append(InlineList(run[0][1], end, [item for item, _ in run]))
    return out
