"""Answer units and how well each answers a question.

A unit is what the offline engine quotes: one sentence, or an enumeration head ("二是紧盯师资培训,学用结合筑根基。",
"帮扶式共同体。") together with the sentence under it, because a head alone says nothing concrete. Units are
scored by IDF-weighted matching of the question's terms and their synonyms (the BM25 idea at sentence level),
plus the answer type the question wants and the informativeness of the sentence; rhetoric ranks below facts.
"""

from __future__ import annotations

import math
from functools import lru_cache
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

import numpy as np

from index.chunk import sentence_spans
from index.clean import normalize

from . import cues
from .cues import ADMIN_SUFFIX_RE
from .enumerations import cn_number
from .intent import EQUIVALENT_WEIGHT, SYNONYM_WEIGHT, QueryIntent, asking_part, times_stated
from .postings import ChunkTexts
from .schema import Passage
from .synonyms import is_person, listed_only_among, same_fine_group
from .text import ANCHOR_SHARE, loose_source, _jieba, bigram_share, bigram_text, plain_reading

# A sentence that opens an enumerated item: 一是/二是, 第一, (一), 1. / 1、, 一、 and 首先/其次/最后.
ENUM_HEAD_RE = re.compile(r"^\s*(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+(?:阶段|步|条|点|部分|方面)?[,,、::]|首先|其次|再次|最后|"
                          r"[((][一二三四五六七八九十\d]{1,2}[))]|\d{1,2}\s*[.、.]|[一二三四五六七八九十]{1,2}[、.])")
# Enumerators that lost their number or make no sense out of their list ("- .强化…", "3 .", "(2)").
# An item's enumerator as the source left it: "1.", "(二)", "三、", a lost number's stray dot, or one digit fused to a
# short heading ("1帮扶式共同体。"; not "3年时间…", "5届…", "11对结对学校…", "21世纪…": those numbers are quantities or names).
ENUM_DEBRIS_RE = re.compile(r"^\s*(?:\d{1,2}\s*[.、.))]|[((][\d一二三四五六七八九十]{1,2}[))]|[一二三四五六七八九十]{1,2}[、.]|[.、.]+|"
                            r"\d(?=(?![年月日所名个届项万元次人位家批期天周条种类级倍对])[一-龥][^,,。;;]{1,15}。?$))\s*")
TERMINAL_RE = re.compile(r"[。!?;!?;][”’」』)》\"']*$")
HEAD_MAX_CHARS = 40
MIN_UNIT_CHARS = 6
BODY_MAX_CHARS = 160  # the concrete sentence under a head is cut at a clause boundary beyond this

# Score weights (one place; calibrated on the dev split of evals/gold/gen_dev.jsonl).
W_PRIOR = 0.12  # retrieval rank of the passage
W_PLACE = 0.25  # the sentence belongs to a place the question names
W_TYPE = 0.35  # the sentence holds the kind of answer wanted
W_INFO = 0.05  # per informative feature (number/date, organisation, measure verb), at most three
W_RHETORIC = 0.35  # exhortation, slogan, editorial remark
W_HEADING = 0.15  # the section heading matches the question
W_FOCUS = 0.2  # a drill-down: the passages the previous answer quoted
W_SAID = 0.3  # a follow-up: a sentence the previous answer already said
# A follow-up with no subject of its own ("这么做是为了啥?"): a sentence beside the source of what the previous answer
# said is its likeliest answer (dev-calibrated; 0.3 for follow-ups with words of their own moved answers away from
# where those words pointed, so they get none)
W_ANCHOR = 0.8
# The judged score is these weights times the unit's named parts (`Unit.parts`); the rules of abstention were
# calibrated on it. The order answers quote in is re-weighted from the same parts by fitted weights (order_weights).
SCORE_WEIGHTS = {"coverage": 1.0, "prior": W_PRIOR, "heading": W_HEADING, "info": W_INFO, "place": W_PLACE, "type": W_TYPE,
                 "rhetoric": -W_RHETORIC, "caption": -W_RHETORIC, "focus": W_FOCUS, "said": -W_SAID}
SAID_SHARE = 0.7  # share of a sentence's bigrams in a previous answer's sentence for it to count as said


@dataclass
class Unit:
    passage_no: int  # 1-based position of its passage
    case_id: str
    start: int  # absolute offset of the quoted span
    end: int
    text: str  # exact source text of the span
    head: str = ""  # the enumeration head, when the unit is head + body
    score: float = 0.0
    coverage: float = 0.0
    has_type: bool = False
    rhetoric: bool = False
    continued: bool = False  # a figure with no subject of its own, whose sentence before names the asked subject
    lead: bool = False  # a head that items follow (it stands alone; its items are separate units)
    led_by: str = ""  # the lead of its paragraph, when the unit is one of the items the lead opens
    caption: bool = False  # an unterminated line (caption, byline): quotable only when it holds the answer
    features: dict[str, bool] = field(default_factory=dict)
    parts: dict[str, float] = field(default_factory=dict)  # the named evidence its score weighs (SCORE_WEIGHTS)
    judged: float | None = None  # the score the evidence was judged on (copies re-scored for another order keep it)
    anchored: bool = False  # beside the source of what the previous answer said (a follow-up's likeliest answer)
    # cosine to the question minus the closest compared unit's (0 = the closest by meaning; None = not compared)
    closeness: float | None = None

    def __post_init__(self) -> None:
        if self.judged is None:  # a unit made outside scoring (an outline item, a span) is judged on its own score
            self.judged = self.score

    @property
    def display(self) -> str:
        return display_text(self.text)


FOOTNOTE_RE = re.compile(r"\[\d{1,3}(?:[,,-]\d{1,3})*\]")


def display_text(text: str) -> str:
    """The quote as shown: enumerator debris dropped, 〃 as quotation marks, "%o" scrape debris fixed, the
    source's own footnote markers ("发展[7]。") dropped so they cannot be read as citations of the answer.

    Documented normalisation: the citation keeps the exact source span; only these edits separate the two.
    """
    t = ENUM_DEBRIS_RE.sub("", text.strip(), count=1)
    t = FOOTNOTE_RE.sub("", t)
    t = re.sub(r"〃([^〃]{1,30})〃", r"“\1”", t).replace("〃", "”")
    t = re.sub(r"(\d)\s*%o", r"\1%", t)
    t = OCR_STROKE_RE.sub("", t)
    return t.strip()


# A lone vertical stroke read as a Latin letter between a Chinese character and Chinese punctuation ("组织青年教师培养
# 培训I、加强…"): OCR or scrape debris, no word (a Latin letter inside a name, "A类学校", is followed by a character).
OCR_STROKE_RE = re.compile(r"(?<=[一-龥])[Il|](?=[、,。;:,;:])(?![、,,]\s*[IVX])")  # not I of "I、II、III类"


ITEM_NUMBER_RE = re.compile(r"^\s*\d{1,2}\s*[.、.]?\s*(?=[一-龥])")


def split_sentences(text: str) -> list[str]:
    """The text's sentences and semicolon clauses, each with its closing mark (blank pieces dropped): the pieces a
    citation mark follows, so what is shown and what is checked as shown split alike."""
    return [p for p in re.split(r"(?<=[。!?;!?;])", text) if p.strip()]


def cited(u: "Unit", mark: str) -> str:
    """The unit as shown, every sentence followed by `mark`, so each sentence carries its citation."""
    shown = display_text(u.text)
    if u.head:  # an item's bare number ("1帮扶式共同体。") is list debris once the item stands alone
        shown = ITEM_NUMBER_RE.sub("", shown)
    if not TERMINAL_RE.search(shown):
        shown = shown.rstrip(",,、::;;") + "。"
    parts = split_sentences(shown)
    if u.head and len(parts) > 2:  # under a head, a slogan between it and its concrete sentence is left out
        parts = parts[:1] + [p for p in parts[1:] if not is_slogan(p)]
    return "".join(p + mark for p in parts)


def is_slogan(sentence: str) -> bool:
    """Two short parallel clauses with nothing informative (no number, organisation or measure): a slogan."""
    t = sentence.strip()
    return bool(cues.SLOGAN_RE.search(t)) and not any(informativeness(t).values())


def is_rhetoric(text: str) -> bool:
    """Exhortation, ceremony, slogan or editorial remark: features any such sentence has, none of a measure's."""
    t = text.strip()
    if cues.HORTATORY_RE.search(t) or cues.EDITORIAL_RE.search(t) or cues.PREAMBLE_RE.search(t):
        return True
    informative = bool(re.search(r"\d", t)) or bool(cues.ORG_SUFFIX_RE.search(t)) or any(v in t for v in cues.MEASURE_VERBS)
    return bool(re.search(r"[!!]\s*[”’]?$", t)) and not informative


def informativeness(text: str) -> dict[str, bool]:
    return {
        "number": bool(re.search(r"\d|[一二三四五六七八九十百千万]+(?:所|名|个|项|场|次|人|元)", text)),
        "organisation": bool(cues.ORG_SUFFIX_RE.search(text)),
        "measure": any(v in text for v in cues.MEASURE_VERBS),
    }


# -- answer types ----------------------------------------------------------
CN_NUM = r"[\d一二三四五六七八九十两百千万亿.]+"
# A document is named by its title, or by its number: a year in brackets (〔2017〕34号), or an issuer's abbreviation
# with 发 before the year when a scrape has lost the brackets (淄政办发20167号).
DOCUMENT_NUMBER_RE = re.compile(r"[〔(\[(]\s*\d{4}\s*[〕)\])]\s*\d+\s*号|[一-龥]{1,6}发\s*(?:19|20)\d{2}\s*\d{1,4}\s*号")
DOCUMENT_RE = re.compile(r"《[^》]{4,}》|" + DOCUMENT_NUMBER_RE.pattern)
# (a time of day, 17:30 or 5点半, answers "延到几点")
DATE_RE = re.compile(r"\d{4}\s*年|\d{1,2}\s*月|\d{4}-\d{2}|\d{1,2}\s*[::]\s*\d{2}(?!\d)|"
                     r"(?:上午|下午|晚上|早上|傍晚)\s*\d{1,2}\s*点|\d{1,2}\s*点(?:半|\s*\d{1,2}\s*分)")
# A day asked ("哪天", "几号", "几月几日", "哪一天"; not "每天", "几天" which count days), and a day stated ("12月15日",
# "28号", "4月28日"): a time asked to the day is answered only by one
DAY_ASKED_RE = re.compile(r"哪(?:一)?天|几号|几月几(?:日|号)|\bwhich day\b|\bwhat date\b", re.I)
# A way to reach someone, as written: a telephone number (0571-87654321, 12345, a mobile), a web or mail address, or an
# account's quoted name after 公众号/微信号
CONTACT_RE = re.compile(r"(?<!\d)(?:\d{3,4}-)?\d{5,8}(?![\d年月日%.万元人名所个次家位项场件台])|(?<!\d)1[3-9]\d{9}(?!\d)|https?://|www\.|[\w.-]+@[\w-]+\.[a-z]{2,}|"
                        r"(?:公众号|微信号)[::]?\s*[“\"]")
# the words a date may stand before an occasion's name by ("4月28日全县教育大会": 全县教育)
OCCASION_GAP_CHARS = 4
DAY_STATED_RE = re.compile(r"\d{1,2}\s*[日号]|[一二三四五六七八九十]{1,3}[日号]|\d{4}-\d{2}-\d{2}")
TITLE_RE = re.compile(r"书记|局长|校长|院长|主任|专家|区长|县长|市长|处长|老师|教授|理事长|主席|研究员|督学|教研员")
# The most common Chinese surnames: a name after a title starts with one (专家分城乡 is no name).
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付"
            "方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤康易乔赖文季包岳柳庞樊殷施洪翟葛牛鲍")
SURNAME_SET = frozenset(SURNAMES)
NAME_AFTER_TITLE_RE = re.compile(r"(?:" + TITLE_RE.pattern + r")([" + SURNAMES + r"][一-龥]{1,2})(?=$|[,,、。;;\s((])")


# A title a name may stand before ("教育局徐志强副局长主持"): 副 or 常务 may open it.
TITLE_AFTER_NAME_RE = re.compile(r"(?:常务)?副?(?:" + TITLE_RE.pattern + r")")


def has_person(text: str) -> bool:
    """A person's name (jieba's nr tag) next to a title, after it (局长王建国) or before it (徐志强副局长): what a
    谁/叫什么 question wants."""
    return _name_after_title(text) or _name_before_title(text)


def people_named(question: str, text: str) -> list[str]:
    """The people the question names by a name `text` writes next to a title (徐志强 of "教育局徐志强副局长主持",
    杨伟军 of "城关初中校长杨伟军"): a word segmentation tags as a name (nr), two or three characters opening with a
    common surname, right before or after a title. Only such a name is a person's (高中 before 校长 is a school)."""
    # a name found is written in the question: a sentence holds one only if it holds the question's two characters
    # from one of its surnames on (checked before the tagging, ~1–2 ms a sentence)
    openings = {question[i:i + 2] for i, ch in enumerate(question[:-1]) if ch in SURNAME_SET}
    if not openings:
        return []
    found: list[str] = []
    for sentence in re.findall(r"[^。!?!?]+", text):
        if not any(o in sentence for o in openings) or not TITLE_RE.search(sentence):
            continue
        starts: dict[int, str] = {}
        ends: set[int] = set()
        pos = 0
        for w, flag in _tagged(sentence):  # (a name may be cut into surname and given name: 徐/nr 志强/nrfg)
            starts[pos] = flag
            pos += len(w)
            ends.add(pos)
        titles = [(m.start(), m.end()) for m in TITLE_AFTER_NAME_RE.finditer(sentence)]
        spans = [(t - n, t) for t, _ in titles for n in (2, 3)] + [(e, e + n) for _, e in titles for n in (2, 3)]
        found += [sentence[a:b] for a, b in spans if a >= 0 and b <= len(sentence) and a in starts and b in ends
                  and starts[a].startswith("nr") and sentence[a] in SURNAME_SET and sentence[a:b] in question]
    return list(dict.fromkeys(found))


# A count of the institutions a name's kind counts, right after the name ("…示范学校98所", "…基地16个")
# (a note in brackets after the count closes the phrase too: "新建改(扩)建初中学校8所(含九年一贯制学校)")
# (and a kind named in the note is part of that category: "(含九年一贯制学校)" names no school)
CATEGORY_NOTE_RE = re.compile(r"[\d一二两三四五六七八九十]\s*(?:所|个|家|座)[((][^))]*$")
# (the kind word may run on past the suffix matched: 初中学校 is matched as …中学 + 校)
CATEGORY_COUNT_RE = re.compile(r"校?\s*(?:[\d.]+|[一二两三四五六七八九十百千]+)\s*(?:所|个|家|座)(?=[、,,。;;和与及((]|$)")  # (not 文峰中学3个班)


def _named_in_question(name: str, question: str) -> bool:
    """Does the question name this organisation: its kind word with the three characters before it, a level or place
    included (区教育学院, 市教育局: not 县教育局; 华东师范大学: not 北京师范大学)?"""
    kind = next((k for k in cues.ORG_KINDS if name.endswith(k)), name[-1:])
    return name[-(len(kind) + 3):] in question


def _asked_doing(intent: QueryIntent) -> list[str]:
    """The words of the clause that asks (谁 + its doing), with their synonyms: what people named by role must do."""
    asking = asking_part(intent.question)
    clause = next((c for c in re.split(r"[,,;;]", asking) if "谁" in c), asking)
    return [w for t in intent.topic_terms if t in clause for w in [t, *intent.equivalents.get(t, []), *intent.expansions.get(t, [])]]


def _a_quality(term: str) -> bool:
    """Is the word only a quality (the thesaurus lists it only among features, class E: 实打实, 扎实), no thing a
    figure could count? A word the tagger reads as a noun keeps that reading (共同体: the thesaurus lists only its
    sense "whole")."""
    return listed_only_among(term, ("E",)) and not any(f[:1] == "n" or f == "vn" for _, f in _tagged(term))


def _people_by_kind(text: str) -> bool:
    """Does a clause coordinate two or more groups of people by 、, each piece ending in a noun for people
    ("关注家庭困难学生、残疾儿童、外来务工人员及随迁人员子女、留守学生")? Pieces, not parsed items: an item may join
    two groups itself (…人员及…子女), which makes the run no parallel list for `inline_lists`."""
    for clause in re.split(r"[,,。;;::]", text):
        pieces = [p for p in clause.split("、") if p]
        if len(pieces) >= 2 and all(is_person(p) for p in pieces):
            return True
    return False


def people_by_role(text: str, doing: list[str]) -> bool:
    """People named by their roles, two or more coordinated, who do the asked doing in the same clause ("采用教师、学生及
    社会人士…与留守儿童建立结对帮扶关系" for 由谁去跟这些孩子结): who acts, as a 谁 question asking an agent wants it,
    though no one is named. Only coordinated roles count (one role word, 教师, is the subject of half the corpus); only
    before a word of the asked doing (`doing`: the asking clause's words); and not roles that are acted on, after a
    verb sending, serving or addressing them ("选派干部、教师开展帮扶", "面向教师、学生开展活动")."""
    if not any(c in text for c in cues.ROLE_JOINERS):
        return False
    for clause in re.split(r"[,,。;;]", text):
        words = [w for w in _jieba().cut(clause) if w.strip()]
        for i, (a, b, c) in enumerate(zip(words, words[1:], words[2:])):
            if not (is_person(a) and b in cues.ROLE_JOINERS and is_person(c) and len(a) >= 2 and len(c) >= 2):
                continue
            start = len("".join(words[:i]))
            if cues.ROLES_ACTED_ON_RE.search(clause[:start]):
                continue
            after = clause[start + len(a + b + c):]
            # (roles judging in their clause, "家长和学生对帮扶工作满意", do not do the doing)
            if not cues.ROLES_JUDGING_RE.search(after) and any(w in after for w in doing):
                return True
    return False


def _name_before_title(text: str) -> bool:
    """A name written before its title ("桐庐教育局徐志强副局长"): whole words of segmentation's, of two or three
    characters, the first a common surname segmentation tags as a name (nr, nrfg); 高中校长 is a place of study."""
    titles = [m.start() for m in TITLE_AFTER_NAME_RE.finditer(text)]
    if not any(text[max(0, t - 3):t][:1] in SURNAME_SET or text[max(0, t - 2):t][:1] in SURNAME_SET for t in titles):
        return False  # no surname where a name would start: the tagging (~1–2 ms a sentence) is skipped
    starts: dict[int, str] = {}
    ends: set[int] = set()
    pos = 0
    for w, flag in _tagged(text):
        starts[pos] = flag
        pos += len(w)
        ends.add(pos)
    # (a place's name ending in its level, 姜堰区区长, is no person's)
    return any(t in ends and t - n in starts and text[t - n] in SURNAME_SET and starts[t - n].startswith("nr")
               and not ADMIN_SUFFIX_RE.search(text[t - n:t]) for t in titles for n in (2, 3) if t - n >= 0)


@lru_cache(maxsize=512)
def _tagged(text: str) -> tuple[tuple[str, str], ...]:
    """jieba's words of the text with their part-of-speech tags, once per text: both name checks read them."""
    import jieba.posseg as pseg

    from .text import _jieba

    _jieba()
    return tuple((w, flag) for w, flag in pseg.cut(text))


def _name_after_title(text: str) -> bool:
    """A name right after a title (局长王建国, 校长张伟)."""
    if NAME_AFTER_TITLE_RE.search(text):
        return True
    # The tagging below accepts a word only where a surname starts it within 4 characters after a title: without
    # such a place the answer is no, and the tagging (its HMM ~1–2 ms a sentence, per unit of a person question)
    # is skipped. jieba's words cover the text, so `pos` is a character position.
    if not any(ch in SURNAME_SET and TITLE_RE.search(text[max(0, i - 4):i]) for i, ch in enumerate(text)):
        return False
    pos = 0
    for w, flag in _tagged(text):  # a name jieba recognises, right after a title
        if flag == "nr" and 2 <= len(w) <= 3 and w[0] in SURNAMES and TITLE_RE.search(text[max(0, pos - 4):pos]):
            return True
        pos += len(w)
    return False
# "多少/几 + classifier" asks a count; 几 after 近/这/前/好/最近 ("近几年") is "a few", and after 那 ("那几年",
# "那几场家长会") it points back at things already known: neither is a question.
# 名 opening a word (名校, 名师, 名园) is part of the noun counted, not the classifier for people; before 校长, 园长,
# 师生, 师傅 it is the classifier again (多少名校长).
UNIT_RE = re.compile(r"(?:多少|(?<![哪近这前好那])" + cues.FEW_AHEAD + r"几[十百千万]?)(公里|千米|平方米|小时|分钟|课时|学时|"  # units of measure: that unit answers
                     r"[所个节人项场次趟遍天年月元家位种条批户座期万册本套台间级对讲堂亩兆岁]|回(?![报流应访馈答复归])|"
                     r"名(?!校(?!长)|师(?!生|傅)|园(?!长)|牌))")
# how often is counted in 次 whatever verbal classifier the question uses (几趟, 几回, 几遍), and an activity held
# that often (几回) in 场 or 场次 ("搞了多少回" of 研讨活动30场次; not 几趟, trips); how many days in days or weeks ("一验多少天": 为期一周)
UNIT_EQUIVALENTS = {"人": "人名", "名": "名人", "天": "天日周", "个": "个所项家名", "万": "万", "趟": "次趟回", "回": "次趟回场", "遍": "次遍",
                    "家": "家所", "所": "所家",  # institutions: "多少家民办园" is answered by "民办幼儿园共有98所"
                    "兆": "兆Mm"}  # (bandwidth: 100兆 = 100M, lower-cased by normalisation)
# 个 is the general classifier: a count of things asked with their own classifier (多少户人家, 几座场馆) is also stated
# with it ("受益家庭达42.1万个"); units of time, money and people are not counted in 个
THING_CLASSIFIERS = "所项家种条批户座册本套台间场期"
# A quantity named by a classifier and 数 (户数, 场数, 人数): a count in that unit, whose unit says what it measures
# (as 元 says money), so the word naming the quantity need not stand in the figure's clause ("受益家庭达42.1万个" for
# 户数); the clause still names the rest of the subject (30名 of 指导教师 for 指导老师人数, not 181名 of 学员)
# (so is a quota of places, 名额, 员额: a count of the people who fill it, "每年选派一百位…研修" for 派出去的名额; it
# matches with no classifier group, and `_figure_pattern` reads it as counted in 人)
QUOTA_WORDS = ("名额", "员额")
COUNT_MEASURE_RE = re.compile(r"([" + THING_CLASSIFIERS + "次人])数(?!字|据|量|学|额|目)|" + "|".join(QUOTA_WORDS))
# (a share asked per hundred, "out of every hundred…how many", is a percentage)
# (占 with a counted unit after it, "初中和小学各占几所", asks how many of the whole: a count, not a share; 占几个百分点
# is a share)
# (so does 占…多大, "占了多大一块", and coverage asked as a rate or a target level, 覆盖率/覆盖面/覆盖指标)
RATIO_Q_RE = re.compile(r"比例|几成|百分之|百分比|占比|占了?(?:多少|几)(?!\s*(?:个人|个(?!百分点)|[所名人位家项条次批场篇本]))|"
                        r"占[^,,。??]{0,4}多大|覆盖(?:率|面|指标|程度)|percentage|share|proportion|per ?cent|"
                        r"\b(?:out of|in|per) (?:every |each |a )?(?:hundred|100)\b", re.I)


def quoted_wording(question: str, text: str) -> list[str]:
    """The phrases `text` quotes (“…”, 〃…〃) that are as many characters long as the question counts ("哪十六个字":
    “政府主导、社会参与、竞争提供、择优遴选”; punctuation is not counted), or any quoted phrase of a few characters
    when it counts none ("哪几个字"). A phrase the question writes itself ("对提质强校…提出的四个字要求", of
    “提质强校”项目) is what the wording is asked about, not the wording asked."""
    asked = cues.WORDING_RE.search(question)
    if not asked:
        return []
    size = cn_number(asked.group(1)) if asked.group(1) != "几" else 0
    out = []
    own = re.sub(r"[“〃\"][^“”〃\"]{1,40}[”〃\"]", " ", normalize(question))  # (quoted, it is being confirmed)
    for phrase in re.findall(r"[“〃\"]([^“”〃\"]{2,40})[”〃\"]", text):
        chars = len(re.findall(r"[一-龥]", phrase))
        if normalize(phrase) in own:
            continue
        if chars == size or (not size and MIN_WORDING <= chars <= MAX_WORDING):
            out.append(phrase)
    if size != 1:
        # "在哪三个字上下功夫": as many one-character words, each quoted as a character in its own sentence
        # ("在“管”字上下功夫", "在“办”字上…")
        out += re.findall(r"[“〃\"]([一-龥])[”〃\"]字", text)
    return out


OTHER_CLASSIFIER_END = r"[所家座]$"  # a count of institutions (not of people: "165名…师生" may count the 学生 asked)
COUNTED_NOUN_REACH = 6  # characters after a count its noun may sit in, behind its modifiers (8所农村初中)
MIN_WORDING, MAX_WORDING = 2, 20  # characters of a quoted slogan when the question does not count them


def has_answer_type(intent: QueryIntent, text: str, antecedent: str = "") -> bool:
    """Does the sentence hold the kind of answer the question wants (a figure with the asked unit, a date…)?

    A figure must be new (a number the question does not already state) and sit in the same clause as a word
    of the asked subject; another year's figure does not answer a question about one year.
    """
    kind = intent.answer_type
    t = plain_reading(ENUM_DEBRIS_RE.sub("", normalize(text), count=1))
    if not times_stated(intent.years, t) or not all(q in t for q in intent.qualifiers):
        return False  # another year's, period's or place's figure does not answer the one asked
    if kind == "date":
        return _dated_event(intent, t)
    if kind == "person":
        # "谁牵头", "who sets…" ask who acts (a person or a body); "是谁", "叫什么", "who is" ask a name
        composition = bool(cues.COMPOSITION_ASKED_RE.search(intent.question))
        agent = ("谁" in intent.question and not cues.NAME_ASKED_RE.search(intent.question)) or \
            bool(cues.EN_AGENT_ASKED_RE.search(intent.question)) or composition or bool(cues.PARTY_ASKED_RE.search(intent.question))
        composed = composition and bool(cues.COMPOSED_RE.search(t))
        # (a name asked of the one who did a doing the question marks, "是哪位领导…在协议上签的字", as well)
        if (agent or intent.event) and not _states_doing(intent, t):
            return False  # "由谁来承办": who does what is asked, in a sentence stating that doing
        # "弱势孩子有几类?分别是谁?": groups of people by kind, two or more coordinated, each headed by a noun for
        # people (the thesaurus' class A)
        if cues.KINDS_OF_PEOPLE_ASKED_RE.search(normalize(intent.question)) and _people_by_kind(t):
            return True
        # "谁代表县教育局签的字": a person acting for a body is asked; a body, that one or another, is no answer
        for_body = bool(cues.REPRESENTATIVE_ASKED_RE.search(intent.question))
        return has_person(t) or composed or bool(cues.EX_OFFICIO_RE.search(t)) or \
            (agent and not for_body and bool(cues.ORG_SUFFIX_RE.search(t) or cues.AGENT_RE.search(t) or cues.LEADER_OF_BODY_RE.search(t)
                            or people_by_role(t, _asked_doing(intent))))
    if kind == "organisation":
        # an organisation the question names itself ("剥离区教育学院的职能…划给了哪个科室") is not the one asked
        q = normalize(intent.question)
        # (nor one of another kind than the kind asked: "在哪所大学任教" is answered by a 大学, not a school or a base)
        asked = cues.ASKED_ORG_KIND_RE.search(q) if len(cues.ORG_ASKS_RE.findall(q)) <= 1 else None
        kind_asked = (asked.group(1) or asked.group(2)) if asked else ""
        endings = cues.ORG_KIND_WRITTEN.get(kind_asked, (kind_asked,)) if asked else ("",)
        university = bool(asked) and kind_asked in ("大学", "高校", "院校") and any(
            not _named_in_question(m.group(0), q) for m in cues.UNIVERSITY_SHORT_RE.finditer(t))
        # (a name followed by a count of its kind, "定西市家长实验学校10所", is a title many institutions hold, a
        # category: no one institution is named)
        return _states_doing(intent, t) and (university or any(not _named_in_question(m.group(0), q) and m.group(0).endswith(endings)
                                                               and not CATEGORY_COUNT_RE.match(t, m.end())
                                                               and not CATEGORY_NOTE_RE.search(t[max(0, m.start() - 20):m.start()])
                                                               for m in cues.ORG_SUFFIX_RE.finditer(t)))
    if kind == "event":
        # the kind of gathering the question names ("哪一次办公会上审议的") is the kind asked: a 现场会 is no 办公会
        q = normalize(intent.question)
        asked = cues.ASKED_EVENT_KIND_RE.search(q)
        names = event_names(t, q)
        return _states_doing(intent, t) and any(not asked or n.endswith(asked.group(1)) for n in names)
    if kind == "location":
        return bool(SITE_RE.search(t))
    if kind == "contact":
        return bool(CONTACT_RE.search(t))
    if kind == "wording":
        return bool(quoted_wording(intent.question, t))
    if kind == "criterion":
        return bool(cues.CRITERION_RE.search(t))
    if kind == "document":
        if cues.DOCUMENT_NUMBER_ASKED_RE.search(intent.question):
            return bool(DOCUMENT_NUMBER_RE.search(t))  # a number asked: a title is no number
        return bool(DOCUMENT_RE.search(t))
    if kind != "figure":
        return False
    q = normalize(intent.question)
    actual = bool(cues.ACTUAL_RE.search(q))
    total = bool(cues.TOTAL_ASKED_RE.search(q))
    # (how long each one takes, "每期跟岗要多少天", is a duration, which a single span states: "为期45天"; the count
    # asked per member is the one after 每…, not another ask of the question: "覆盖了多少人、每期多少天")
    per_member = any(m.group("unit") not in DURATION_UNITS for m in cues.PER_MEMBER_ASKED_RE.finditer(q)) \
        or bool(cues.PER_PERIOD_ASKED_RE.search(normalize(asking_part(q))))  # (a count per period: `cues.PER_PERIOD_ASKED_RE`)
    asked_numbers = set(re.findall(r"\d+(?:\.\d+)?", q))
    pattern = _figure_pattern(q)
    # the general classifier 个 stands in for the asked one only where it counts the asked thing itself
    # (in the sentence that asks: a 几个 of the asker's scene, "定西几个协作体…", counts something else)
    generic = not re.search(r"(?:多少|几)个", normalize(asking_part(q)))
    # The clause must name what the figure measures: the asked quantity when the question names one, else the subject.
    # An amount of money names its own quantity (多少钱, 学费多少: the 元 or 万 says it), so its clause names the rest
    # of the subject ("民办中小学每学期三万到四万").
    # a quality (实打实 "for real", 扎实) says how the asker regards the count, not what is counted
    rest = [t for t in intent.topic_terms if t not in intent.qualifiers and t != intent.measure and not _a_quality(t)]
    money = bool(rest) and bool(MONEY_ASKED_RE.search(intent.measure)) and bool(MONEY_ASKED_RE.search(q))
    # so does a share (80%以上教师… answers 备课的比例: the % says it is a share)
    share = bool(rest) and bool(RATIO_Q_RE.fullmatch(intent.measure or ""))
    focus = rest if money or share else [intent.measure] if intent.measure else \
        [t for t in intent.topic_terms if t not in intent.qualifiers and not _a_quality(t)]
    subject = [w for term in focus for w in [term, *intent.equivalents.get(term, []), *intent.expansions.get(term, [])]]
    # and so does a span of time (几年期限 answered by "计划用3年时间": the 年 says it is the term), so a duration's
    # clause names the rest of the subject
    span = bool(rest) and bool(cues.DURATION_MEASURE_RE.fullmatch(intent.measure or ""))
    # (a count named by its classifier, 户数, is said by its unit too: its clause names the rest of the subject)
    # (a quota broken down per member, "分到哪些学科、各几个名额", is no one count a total of people states)
    unit_named = bool(rest) and bool(COUNT_MEASURE_RE.fullmatch(intent.measure or "")) \
        and not (intent.measure in QUOTA_WORDS and re.search(r"各[^,,。;;]{0,3}(?:多少|几)", q))
    span_subject = [w for term in rest for w in [term, *intent.equivalents.get(term, []), *intent.expansions.get(term, [])]]
    # (the unit of the sentence that asks, as `_figure_pattern` reads it: "定西几个协作体…。攒出了多少套试题?" counts
    # 试题 in 套, not 协作体, which the asker's scene counts)
    asking_at = q.find(normalize(asking_part(q)))
    unit = UNIT_RE.search(q, max(asking_at, 0)) or UNIT_RE.search(q)
    counted_noun = re.match(r"[一-龥]{2}", q[unit.end():]) if unit else None
    # the noun the question counts right after its classifier ("多少册图书"): a count in 个 must be of it, not of
    # another word of the subject ("书香家庭16个" counts families, whatever 家长 expands to)
    asked_noun = next((t for t in intent.topic_terms if unit and q[unit.end():].startswith(t)), "")
    # the figure asked counts its noun by the general classifier ("多少个学位"): that unit is the one the figure is
    # read in (the 多少 one, when the sentence asks by 多少 and also counts something by 几个: "几个强县…带了多少人")
    asking_q = normalize(asking_part(q))
    counted_in_ge = bool(unit) and unit.group(1) == "个" and ("多少" not in asking_q or unit.group(0).startswith("多少"))
    classifier_nouns = [asked_noun, *intent.equivalents.get(asked_noun, []), *intent.expansions.get(asked_noun, [])] \
        if asked_noun else subject
    # (a kind of the noun named by its short head counts it: "一个核心校" is a count of 学校)
    short_heads = [h for h, full in cues.SHORT_HEADS.items() if full == asked_noun]
    if counted_noun and not money and not RATIO_Q_RE.search(q) and unit.group(1) not in PEOPLE_UNITS:
        # (not of people: "三大学生资助政策" is 三大 + 学生 nowhere, but 大学生)
        # "N大X" counts X ("提出了七大要求" answers 多少条要求): the counted thing, stated with 大 before it
        # (the counted noun in the sources' word for it too: "几个部委" answered by "五部门", 部委 = 部门)
        noun = counted_noun.group(0)
        nouns = "|".join(map(re.escape, [noun, *[e for e in intent.equivalents.get(noun, []) if len(e) >= 2]]))
        pattern += r"|[二两三四五六七八九十]+大(?=" + nouns + ")"
        if unit.group(1) == "个":  # the general classifier is often dropped: "几个部门" answered by "教育部等五部门"
            pattern += r"|(?<![\d一二两三四五六七八九十百千万第])[\d二两三四五六七八九十]+(?=" + nouns + ")"
    # A count of a part is not the count of the whole: the figure's clause must state what the counting clause
    # restricts the count to (其中从国外请来的有几位 -> 国外), when that clause names anything.
    # (a word of genuineness, 实打实 "for real", restricts nothing: "实打实办了几场" counts every one held; 额外拿多少
    # does restrict, to what is paid on top)
    counted = [w for term in intent.counted if not listed_only_among(term, cues.GENUINE_CLASSES)
               for w in [term, *intent.equivalents.get(term, []), *intent.expansions.get(term, [])]]
    # a level (市级, 区级) is written as its place word right before what it ranks ("市学科名师骨干8~10名")
    others = [t for t in intent.topic_terms if t not in intent.counted]
    counted += [m.group(1) + t for term in intent.counted if (m := LEVEL_RE.fullmatch(term)) for t in others]
    # People counted by their role ("来了多少名班主任"): a count of other people (家长达73万人次) does not answer it;
    # the figure's clause must name that role
    role = next((t for t in intent.topic_terms if unit and unit.group(1) in PEOPLE_UNITS and q[unit.end():].startswith(t)
                 and is_person(t)), "")
    role_words = [role, *intent.equivalents.get(role, []), *intent.expansions.get(role, [])] if role else []
    # how often something happens ("隔几年要修订一回"): the period's clause names that event (`QueryIntent.event`)
    event = [w for term in intent.event for w in [term, *intent.equivalents.get(term, [])]]
    # the sentence before one with no subject of its own names it only when it states most of the subject, not one
    # word of it ("组织专家诊断分析" is no antecedent for a question about a team of visiting experts)
    stated = [term for term in focus if any(w in antecedent for w in [term, *intent.equivalents.get(term, []),
                                                                       *intent.expansions.get(term, [])])]
    # (of the words the sources could state: the asker's own word, "定死的", is stated by no sentence of them)
    writable = [term for term in focus if term not in intent.unwritten]
    # (a follow-up's antecedent the previous answer said is the subject the asker points back at: "那圈定以后…隔几
    # 年换一茬?" after the sentence on which schools are picked)
    pointed = bool(antecedent) and bool(intent.said) and said_before(antecedent, [normalize(s) for s in intent.said])
    antecedent = antecedent if pointed or writable and len(stated) >= ANTECEDENT_SHARE * len(writable) else ""
    each_kind = bool(cues.EACH_KIND_COUNT_ASKED_RE.search(q))
    # what the question says of the quantity (私立 of 私立幼儿园) is stated in the sources' word for it too (民办)
    modifiers = [w for term in intent.measure_of for w in [term, *intent.equivalents.get(term, [])]]
    # (the modifier right before the quantity, in its own word or an equivalent, introduces it: see `introduced`)
    last = [intent.measure_of[-1], *intent.equivalents.get(intent.measure_of[-1], [])] if intent.measure_of else []
    if not _each_part_counted(q, t, pattern):
        return False
    for sentence in re.split(r"[。!?!?]", t):
        clauses = re.split(r"[,,;;]", sentence)
        # a sentence that names the quantity with its modifier once ("专项培训计划…,为全市农村学校培训1000名") goes on
        # to speak of that quantity: a later clause naming the quantity alone means the same one
        introduced = any(w + intent.measure in sentence for w in last)
        for i, clause in enumerate(clauses):
            # A clause continues the subject of the one before it ("民办幼儿园共有98所,在园人数占…约24%"); a sentence
            # opening with its figure, no subject of its own, continues the sentence before it (`antecedent`)
            # (a count of each kind asked is one of a list naming what its kinds are of once, in its sentence)
            named = clause + (clauses[i - 1] if i else antecedent) + (sentence if each_kind else "")
            if i and cues.BARE_RATE_RE.match(clause.strip()):
                # a rate with no subject of its own ("组建…共同体,加强集团化办学,覆盖率达到80%以上") measures what
                # the sentence's clauses before it name
                named += "".join(clauses[:i - 1])
            # what restricts the count may follow the figure in the sentence ("工作满5年后,…要有薄弱初中…经历")
            following = clauses[i + 1] if i + 1 < len(clauses) else ""
            # (a programme's quoted name, “筑基计划”, says nothing of whether its figure is planned or done)
            if actual and cues.PLANNED_RE.search(re.sub(r"“[^“”]{1,16}”", "", named)):
                continue  # a plan or target does not say what actually happened
            # (a clause naming a sibling itself is of it, whatever the clause before names: "有的民办幼儿园每月高达
            # 五千多元,民办中小学每学期三万到四万不等" gives no 幼儿园 fee in its second clause)
            if _of_a_sibling(named, q) or _of_a_sibling(clause, q):
                continue  # "民办中小学共有26所" is no count of 公办中小学
            for m in re.finditer(pattern, clause):
                if cues.DISTRIBUTIVE_RE.match(clause, m.start()):
                    continue  # "一人一议", "一校一策": one for each, a way of deciding, not a count
                value = re.search(r"\d+(?:\.\d+)?", m.group(0))
                if value and value.group(0) in asked_numbers and _stated_alike(value.group(0), m.group(0)[value.end():], q):
                    continue  # the question's own number is not the answer (the same number of another unit may be)
                if _other_extreme(q, clause[:m.start()]):
                    continue  # "每月高达五千多元" is the highest fee, not the lowest asked
                if total and cues.RATE_RE.search(clause[:m.start()]):
                    continue  # "每季度…召开一次" is how often, not how many in all (一共开了多少次)
                if per_member and not cues.RATE_STATED_RE.search(named):
                    continue  # "优秀学员181名" is a total, not how many each base school takes
                if money and _another_fee(intent.measure, named):
                    continue  # "伙食费三千元" is no 学费
                # (a count named by its classifier, 户数, in 个 is of a noun of the rest of the subject: 受益家庭…个)
                if generic and m.group(0).endswith("个") and not _attached(clause, m, span_subject if unit_named else classifier_nouns) \
                        and not any(re.match(r"[一-龥]{0,3}" + h, clause[m.end():]) for h in short_heads):
                    continue  # "四个方面" counts aspects, not the 条 of requirements asked
                # (asked by the general classifier with its noun, "多少个学位", a count in another classifier is of the
                # noun after it: "40所学校" counts schools, not the 学位 asked)
                if counted_in_ge and asked_noun and re.search(OTHER_CLASSIFIER_END, m.group(0)) and re.match(r"[一-龥]", clause[m.end():]) \
                        and not any(n and n in clause[m.end():m.end() + COUNTED_NOUN_REACH] for n in classifier_nouns):
                    continue
                # (the words restricting a count, `counted`, belong to the clause asking it, not to the span's)
                spanned = span and bool(DURATION_STATED_RE.search(m.group(0))) or unit_named
                named_by, counted_by = (span_subject, []) if spanned else (subject, counted)
                if (not named_by or any(w in named or abbreviated_in(w, named) for w in named_by)
                        or pointed and not i and bool(antecedent)) and \
                        (not intent.measure_of or any(w in named for w in modifiers)
                         or (introduced and intent.measure in named)) and \
                        (not counted_by or any(w in named + following for w in counted_by)) and \
                        (not role_words or any(w in named + following for w in role_words)) and \
                        (not event or any(w in named for w in event) or bool(CYCLE_RE.match(clause, m.end()))):
                    return True
    return False


def _each_part_counted(q: str, t: str, pattern: str) -> bool:
    """A count asked of each of the parts the question coordinates ("渭源、漳县、岷县各自分别来了多少?") is stated
    by a figure beside a part, in a clause naming it ("6所初中和3所小学", "市学科名师骨干8~10名"). A figure in a
    clause naming none of them ("代培渭源县、漳县和岷县新入职特岗教师,累计对504名…") is their sum, not a part's
    count. A question asking no such count passes."""
    asked = cues.EACH_PART_COUNT_ASKED_RE.search(q)
    if not asked:
        return True
    # (the first part is what follows the words placing it: "这批人里渭源" -> 渭源)
    parts = [p for p in re.split(r"和|与|及|、", re.sub(r"^.*[里的]", "", asked.group(1))) if len(p) >= 2]
    if len(parts) < 2:
        return True
    # a part is named by its first two characters (渭源 for 渭源县 written whole, 初中 for 初中学校), a level (市级)
    # by its place word before what it ranks (市学科名师骨干8~10名)
    named = [p[:2] if not (m := LEVEL_RE.fullmatch(p)) else m.group(1) for p in parts]
    # (a clause naming several of them needs a figure for each: "“临洮县与渭源县”“…与漳县”“…与岷县”3个区域协作体"
    # counts the group they form, "6所初中和3所小学" each part)
    return any(0 < sum(w in clause for w in named) <= len(re.findall(pattern, clause))
               for clause in re.split(r"[,,;;。!?!?]", t))


def _of_a_sibling(clause: str, question: str) -> bool:
    """Does the clause state its figure of a sibling of a category the question asks (民办 for 公办, `cues.SIBLINGS`),
    without naming the asked one? Then the figure counts the other part of the set."""
    # (a question naming both, "家长老拿民办学费跟公办比。…公办幼儿园一个月保育费收多少,跟民办差几倍?", asks the
    # figure of the one named in the clause that asks it; the others are what it is compared with)
    asking = [c for c in re.split(r"[,,。;;??!!]", question) if re.search(r"多少|几", c)]
    for group in cues.SIBLINGS:
        asked = [w for w in group if w in question]
        if len(asked) > 1 and asking:
            asked = [w for w in group if w in asking[0]]
        if len(asked) == 1 and asked[0] not in clause and any(w in clause for w in group if w != asked[0]):
            return True
    return False


def _other_extreme(question: str, before: str) -> bool:
    """Does the question ask one end of a range (最低, 最多) and the words before the figure state it as the other
    end ("高达", "至少")? A figure stated as one extreme answers only a question about that extreme."""
    asked = cues.EXTREME_ASKED_RE.search(question)
    stated = cues.EXTREME_STATED_RE.search(before)
    return bool(asked and stated) and (asked.group(1) is None) != (stated.group(1) is None)


def _attached(clause: str, m: re.Match[str], subject: list[str]) -> bool:
    """Does the count `m`, stated with the general classifier 个, count a word of the subject: the noun right after
    it ("12个示范学校") or the noun phrase it is stated of just before ("受益家庭达42.1万个", "示范学校12个")? A
    quoted list before it ("“资源体系、…资源管理”四个方面") is not what it counts."""
    before, after = clause[:m.start()], clause[m.end():]
    return any(after.startswith(w) or re.search(re.escape(w) + r"[一-龥]{0,3}?(?:达到?|共有?|有|为|计|约)?$", before) for w in subject)


def _stated_alike(number: str, after: str, question: str) -> bool:
    """Does the question state `number` with the unit that follows it in the sentence ("22名" asked, "22所学校" found:
    another count, which may answer "出自几所学校")? Without a unit, any mention of the number is the same."""
    unit = re.match(r"\s*[万千百亿]?\s*[多余]?\s*([一-龥%])", after)
    return not unit or bool(re.search(re.escape(number) + r"\s*[万千百亿]?\s*[多余]?\s*" + unit.group(1), question))


EVENT_NAME_WORDS = 2  # the words before the kind of gathering that name it (全县 教育 + 大会)


def event_names(text: str, question: str = "") -> list[str]:
    """The meetings and events the text names: the kind of gathering (`cues.EVENT_KIND_RE`) with the two words before
    it, when they are words ("4月28日全县教育大会" -> 全县教育大会; "召开会议" names none). A name the question writes
    itself, with its kind, is the occasion it asks about, not the meeting asked for."""
    import jieba.posseg as pseg

    _jieba()
    out = []
    for m in cues.EVENT_KIND_RE.finditer(text):
        words = list(pseg.cut(text[max(0, m.start() - 10):m.start()]))[-EVENT_NAME_WORDS:]
        # (a verb right before a bare kind does not name it: "组织召开会议"; a kind of its own, 总结会, names the
        # gathering whatever the word before it: 观摩总结会)
        if not words or len(m.group(0)) < 3 and words[-1].flag[:1] not in ("n", "j", "m", "t", "s") and words[-1].flag != "vn":
            continue
        name = "".join(w.word for w in words)
        # (the name whole, with its kind: the asker's own 全县教育工作会 is not the case's 全县教育大会)
        if len(re.findall(r"[一-龥]", name)) < 2 or not re.fullmatch(r"[一-龥\d]+", name) or name + m.group(0) in question:
            continue
        out.append(name + m.group(0))
    return out


def _states_doing(intent: QueryIntent, t: str) -> bool:
    """Does the sentence state the doing a 谁/哪家单位 question asks the agent of (`QueryIntent.event`: 评定 of "是由
    哪家单位评定授牌的?"), in its verb, a curated equivalent or a synonym? A body named in a sentence about something else
    (the bases 选树 by 定西) did not do it. A question whose asking clause names no doing takes any agent; a doing the
    thesaurus knows but no case writes (承办), nor any synonym of it, is stated by no sentence."""
    event = [w for term in intent.event for w in [term, *intent.equivalents.get(term, []), *intent.expansions.get(term, [])]]
    # (the doing's word naming an occasion, "签约仪式由…主持", states the occasion, not that doing by anyone)
    return not event or any(re.search(re.escape(w) + r"(?!" + cues.OCCASION_NOUNS + ")", t) for w in event)


def _dated_event(intent: QueryIntent, t: str) -> bool:
    """Does the sentence date the event the question asks the time of? The clause asking when names the event
    ("…科技创新教室,啥时候能建成投用?" -> 建成, 投用, its verbs: `QueryIntent.event`); a date answers it only in a
    sentence naming that event: a sentence dating something else (the donation, in 2023年12月, beside a plan to
    build) does not. A question whose asking clause names no event ("是哪年?") takes any date."""
    if not DATE_RE.search(t):
        return False
    if DAY_ASKED_RE.search(intent.question) and not DAY_STATED_RE.search(t):
        return False  # "是哪天出发的?": a day is asked; a month (2023年12月) is coarser than what is asked
    # the verb and its curated equivalents: a thesaurus neighbour (建设 for 建成) may be another event
    event = [w for term in intent.event for w in [term, *intent.equivalents.get(term, [])]]
    if not event:
        return True
    # a deadline asked is stated as a limit ("于2019年6月30日前报市教育局"), whatever the verb of the doing
    deadline = all(w.startswith(cues.DEADLINE_WORDS) for w in intent.event)
    return any(DATE_RE.search(p) and (any(w in p for w in event) or deadline and cues.DEADLINE_STATED_RE.search(p)
                                      or dates_occasion(intent, p))
               for p in re.split(r"[。!?!?]", t))


def dates_occasion(intent: QueryIntent, text: str) -> bool:
    """Does the text name the occasion a date question asks of right after a date ("4月28日全县教育大会")? That date
    is the occasion's, as its verb (召开) would say, and the text is about what is asked whatever else it says."""
    return any(_dated_name_re(w).search(text) for w in intent.occasion)


@lru_cache(maxsize=64)
def _dated_name_re(name: str) -> re.Pattern[str]:
    """A date, then within OCCASION_GAP_CHARS characters the occasion's name ("4月28日全县教育大会" for 大会)."""
    return re.compile(rf"(?:(?:{DATE_RE.pattern})\s*)+(?:\d{{1,2}}\s*[日号])?[一-龥]{{0,{OCCASION_GAP_CHARS}}}{re.escape(name)}")


LEVEL_RE = cues.LEVEL_RE
PEOPLE_UNITS = "名人位"
DURATION_UNITS = ("天", "年", "月", "小时", "分钟", "课时", "学时")
# a figure that is a span of time by its unit ("3年", "两个学期", "为期一周"), not a date (2025年 has four digits)
DURATION_STATED_RE = re.compile(r"为期|(?<!\d)\d{1,2}\s*(?:个)?(?:年|月|周|天|日|学期|学年|季度)$|[一二两三四五六七八九十]+\s*(?:个)?(?:年|月|周|天|学期|学年|季度)$")
MONEY_UNITS = "元万块"
# An asking word next to a word for money asks the amount ("多少钱", "投了多少", "经费有多少", "学费几千"): beside a
# count with its own unit, only such a phrase makes the question one of money.
# (a count's own classifier after the asking word counts things: "经费够建多少所学校" asks schools)
MONEY_ITSELF_ASKED_RE = re.compile(r"(?:多少|几)[^,,。??]{0,2}(?:钱|元|块|经费|资金|(?<![收缴交付花免公浪])费(?![时力心劲]))|"
                                   r"(?:钱|费|资金|经费|投入|金额)[^,,。??]{0,6}(?:多少|几)(?![所个名位人项家次场条批种门节天年月])")
# A question asking an amount of money (费: a fee or a charge, 收费, 学费, 经费; 免费, 公费, 浪费 ask no amount; 元
# after an amount or an asking word, not the 元 of a name, 元培中学).
# (a verb of paying or a word of price before a 多少 that ends the ask or names money, "每个月最贵要交多少", asks the
# amount paid, 掏/花 out of pocket as 交 is; 交流了多少骨干教师 counts people, 花多少时间 a span)
MONEY_ASKED_RE = re.compile(r"钱|(?:多少|几|[十百千万\d])\s*元|(?:(?<![提移上])交(?![流换叉通往])|缴|付|掏|花|贵)[^,,。??]{0,2}多少(?=[呢啊吗]?[??,,。]|$|钱|块|元)|(?<=[几十百千万两])块(?=钱|[??,,。]|$)|(?<![免公浪])费(?![时力心劲])|资金|金额|投入|how much|"
                            r"\b(?:sum|budget|cost|fees?|allowance|subsidy|salary|wages?|price|spending|investment|funding|money|yuan)\b", re.I)
# A named fee (伙食费, 交通费), not the act of charging or paying (收费, 缴费) nor no charge (免费)
FEE_RE = re.compile(r"(?![收缴交付花免公浪])[一-龥]费(?![时力心劲])")


def _another_fee(measure: str, clause: str) -> bool:
    """Does the clause name a fee other than the one asked (学费 asked, 伙食费 stated)? A generic measure (钱, 金额)
    asks any amount, and charging (收费) names no fee."""
    return bool(FEE_RE.search(measure)) and any(f != measure[-2:] for f in FEE_RE.findall(clause))


# A site: "位于/设在/坐落于 + place", a street address (…路/街/巷 + number), or the venue an event is held in
# ("签约仪式在桐庐学府小学报告厅举行").
SITE_RE = re.compile(r"(?:位于|设在|坐落于|坐落在|落户|地址)[^,,。;;]{2,}|[一-龥]{1,8}(?:路|街|巷|大道)\s*\d+\s*号|"
                     r"在[^,,。;;]{2,20}?(?:厅|室|馆|堂|楼|学校|小学|中学|中心|宾馆|酒店|会场)(?:隆重)?(?:举行|召开|举办)")


PEOPLE_COUNT = r"\s*[万千百亿]?\s*[多余]?\s*(?:[名人位]|个人)"  # people are counted in 名/人/位 or 个人; "在一个县区" counts no one


def _unit_pattern(u: str) -> str:
    """A count stated in the asked unit `u` (or its equivalents)."""
    if u in PEOPLE_UNITS:
        return CN_NUM + PEOPLE_COUNT
    if len(u) > 1:  # a unit of measure (公里, 小时) is written whole
        return CN_NUM + r"\s*[万千百]?\s*[多余]?\s*" + u
    return CN_NUM + r"\s*[万千百亿]?\s*[" + UNIT_EQUIVALENTS.get(u, u) + ("个" if u in THING_CLASSIFIERS else "") + "]"


def _clause_around(text: str, at: int) -> str:
    """The clause of `text` (between commas, 、, semicolons or sentence ends) holding position `at`."""
    start = max(text.rfind(c, 0, at) for c in ",,、;;。??!!") + 1
    ends = [i for c in ",,、;;。??!!" if (i := text.find(c, at)) >= 0]
    return text[start:min(ends, default=len(text))]


# One counted for each of a set: 一 after 每 + classifier in the clause ("每个共同体明确一个核心校") is a count of one,
# not the article "a"
ONE_EACH = r"(?<=每)[个所名位家项][^,,。;;]{1,10}?一(?:个|所|名|位|家|项)"
AGE_ASKED_RE = re.compile(r"(?:年龄|岁数|年纪)(?:有|是)?多大|多大(?:年龄|岁数|年纪)")  # the figure cue's age ask
ROUGH_AMOUNT_RE = re.compile(r"几[十百千万]")  # a rough amount ("几百场") whose exact figure may be asked
NUMBER_ASKED_RE = re.compile(r"多少|(?:什么|啥)数")  # a number asked without a unit of its own
# A period written as a cycle ("每三年为一轮", "两年一个周期") is the recurrence of whatever its sentence is about:
# how often that thing is renewed ("名单多久滚动一次") is stated without a verb for the renewing
CYCLE_RE = re.compile(r"\s*(?:为|是)?一(?:轮|个周期|周期)")


@lru_cache(maxsize=256)  # a pure function of the question, asked once per candidate sentence
def _figure_pattern(q: str) -> str:
    """What a figure answering `q` looks like: a share, an amount of money, or a count with the asked unit."""
    if RATIO_Q_RE.search(q):
        share = r"\d+(?:\.\d+)?\s*%|百分之[一二三四五六七八九十\d]+|\d成|\d+\s*/\s*\d+|[一二三四五六七八九十]+分之[一二三四五六七八九十]+"
        # a count asked with its unit in a clause of its own ("覆盖面到底有多大,受益的家庭统计了多少户?") is asked too
        rest = "".join(c for c in re.split(r"(?<=[,,;;。??])", q) if not RATIO_Q_RE.search(c))
        return share + "|" + _figure_pattern(rest) if rest != q and UNIT_RE.search(rest) else share
    # a duration ("为期一周", "3年") or a period; English counts it in a unit of time ("for how many days?"), which a
    # span in another unit answers as 多少天 is answered by 为期一周
    if re.search(r"多长时间|多久|多长|\bhow (?:long|often)\b|\bhow many (?:days|weeks|months|years|hours|terms|semesters)\b", q, re.I):
        # how often ("多久开一次") is answered by a period ("每季度…一次"); how long something lasts ("每人待多久") is
        # not: "每年选派" says how often people go, not how long they stay
        # (an interval asked, 隔多久, asks how often whatever follows: "会隔多久办一场")
        often = re.search(r"(?:多长时间|多久|多长)[^,,。??]{0,10}一(?:次|回|趟|届|轮|场|期(?![工项]))|隔(?:多长时间|多久)|\bhow often\b", q, re.I)
        # (so is a word of recurrence before the thing recurring: 年度报告 is a report every year, 季度例会)
        # (a period of several units too: 每三年为一轮, 每两个月)
        period = r"每(?:[一二两三四五六七八九十半\d]+)?(?:个)?(?:季度|年|学年|学期|月|周|天)|(?<![\d第一二三四本上该])(?:年度|季度|月度)(?=[一-龥])(?!目标|任务|计划|预算)|" if often else ""
        # (a calendar date is a point in time, no span: "4月28日", "2019年"; a span of months is written with 个)
        return period + r"为期[^,,。]{1,6}|(?<![\d.])(?!(?:19|20)\d{2}\s*年(?!\s*[到至—\-~]))" + CN_NUM + \
            r"\s*(?:个月|(?:个)?(?:年|周|天|学期|学年|季度|小时))"
    # 费: a fee or a charge (收费, 学费, 经费) is money; 免费, 公费, 浪费 are no amount asked. A count asked with its
    # own unit ("能摆出多少所像样的学校?") is that count: money words around it ("钱投下去五年后…") frame it, unless an
    # asking word asks the money itself ("多少钱", "经费有多少").
    asking = normalize(asking_part(q))
    counted = any(m.group(1) not in MONEY_UNITS for m in UNIT_RE.finditer(q))
    framed = counted and not MONEY_ITSELF_ASKED_RE.search(q)
    # (money named only in a statement before the asking sentence says why they ask: "Our finance office wants… What
    # headcount of principals…?" asks a count)
    # (nor is it asked by a 多少 counting people, "设培训专项资金,每年送多少教育工作者去研修": the fund frames the count)
    if MONEY_ASKED_RE.search(asking) and not framed and not re.search(r"\bhow many\b", q, re.I) \
            and not _counts_people(q):  # "how many schools got funding" counts
        # "五千多元", "1.8万", "三万到四万": an amount in digits or in Chinese numerals
        # (a numeral opens with a digit word: 千万不能 is no amount; 一万多名 counts people)
        return CN_NUM + r"\s*[万千百亿]?\s*[多余]?\s*元|(?:\d+(?:\.\d+)?|[一二两三四五六七八九十][一二两三四五六七八九十百千]*)\s*[万亿](?!多?[名人所位个家项])"
    # A question with 多少 asks the count after it ("那几年…带出多少名…"), with or without a classifier ("近几年…多少
    # 教师": no unit); only a question without 多少 asks by 几.
    # the unit is read from the sentence that asks: a statement before it ("…到底折腾了多少回。…搞了几百场,准确数字是多少?")
    # counts in the asker's own words
    # (an asking sentence asking a number with no unit, "到期要达到什么数值?", takes from the statement only a rough
    # amount whose exact figure it asks: "专盯几个系数" there counts something else)
    if AGE_ASKED_RE.search(asking):  # an age asked by 多大 ("具体卡的是多大年龄?") is counted in years of age
        return CN_NUM + r"\s*周?岁"
    counts = list(UNIT_RE.finditer(asking)) or [m for m in UNIT_RE.finditer(q) if not NUMBER_ASKED_RE.search(asking)
                                                or ROUGH_AMOUNT_RE.match(m.group(0))]
    # with 多少 the unit follows it or none is asked ("近几年…多少教师"), unless the asker gives a rough amount whose
    # exact figure is asked ("几百场,准确数字是多少?"): its unit is the figure's
    rough = next((m for m in counts if ROUGH_AMOUNT_RE.match(m.group(0))), None)
    unit = next((m for m in counts if m.group(0).startswith("多少")), rough) if "多少" in asking else (counts[0] if counts else None)
    # a count named by its classifier and 数 ("户数有多少", "场数是多少") asks that unit as surely as 多少户 does
    named = COUNT_MEASURE_RE.search(asking) if not unit else None
    if named:
        return _unit_pattern(named.group(1) or "人")  # (a quota, 名额, is counted in people)
    if unit:
        # a 几 asking in a clause of its own beside the 多少 one ("定了几年期限、…要培出多少人") asks a second figure
        # (a 几 in the 多少 clause, "几年里培养了多少人", frames the count)
        also = [m for m in counts if "多少" in asking and m.group(0).startswith("几")
                and "多少" not in _clause_around(asking, m.start())]
        # (个 before 人, "每队配几个人", counts people: a count of schools, "一个核心校", is no answer)
        return "|".join(dict.fromkeys(_unit_pattern("人" if m.group(1) == "个" and q[m.end():m.end() + 1] == "人" else m.group(1))
                                      for m in [unit, *also]))
    if _counts_people(q):  # "多少学生": a number of people, not a date or another count in the sentence
        return CN_NUM + PEOPLE_COUNT
    # any count, in digits or in Chinese numerals before a classifier ("教育部等五部门"); 一个 is "a" unless it counts
    # one for each (每个共同体明确一个核心校)
    each = re.search(r"\b(?:each|every|per)\b|每|各", q, re.I)  # one for each answers only a count asked per item
    return r"\d+(?:\.\d+)?|[二两三四五六七八九十百千万]+(?:个|所|名|项|家|部门|类|种|批|位|人)" + ("|" + ONE_EACH if each else "")


def _counts_people(q: str) -> bool:
    """Does 多少 count a noun the thesaurus says names people (多少学生, 多少骨干教师)?"""
    at = q.find("多少")
    if at < 0:
        return False
    after = [w for w in _jieba().cut(q[at + 2:]) if w.strip()]
    # (a classifier after 多少, 人 or 个, is `UNIT_RE`'s: "多少人" is read by its unit, and money asked beside it stays asked)
    word = after[0] if after else ""
    return bool(word) and (len(word) >= 2 or word not in PEOPLE_UNITS + "个家") and is_person(word)


# -- term matching -----------------------------------------------------------
CONTAINMENT_ROWS = 5000  # bounded fallback: a word the vocabulary lacks is looked for in this many chunks


class TermWeights:
    """IDF of words over the chunk collection (from the word BM25 matrix), with a containment fallback over the first
    `CONTAINMENT_ROWS` chunks (through the n-gram postings when `texts` are given)."""

    def __init__(self, lexical, texts: ChunkTexts | None = None) -> None:
        self.lexical = lexical
        self._texts = texts if texts is not None else ChunkTexts([c.text for c in lexical.chunks])
        self._cache: dict[str, float] = {}
        self._unknown: dict[str, bool] = {}
        n = max(len(lexical.chunks), 1)
        self.n = n
        try:
            vocab = lexical._words.vocabulary_
            df = np.diff(lexical._bm25.indptr) if lexical._bm25.format == "csc" else np.bincount(lexical._bm25.indices)
            self._vocab, self._df = vocab, df
        except AttributeError:
            self._vocab, self._df = {}, np.zeros(0)

    @property
    def vocabulary(self) -> Mapping[str, int]:
        """The words of the word-level index (for looking up which synonyms the corpus uses)."""
        return self._vocab

    def unknown(self, term: str) -> bool:
        """Does the corpus never use this word (nor contain it as a string)?"""
        if term in self._unknown:
            return self._unknown[term]
        value = term not in self._vocab and not self._texts.contains(term, below=CONTAINMENT_ROWS)
        if len(self._unknown) < 50_000:
            self._unknown[term] = value
        return value

    def idf(self, term: str) -> float:
        if term in self._cache:
            return self._cache[term]
        col = self._vocab.get(term)
        if col is not None and col < len(self._df):
            df = int(self._df[col])
        else:
            df = self._texts.count(term, below=CONTAINMENT_ROWS)
        value = math.log(1 + (self.n - df + 0.5) / (df + 0.5))
        if len(self._cache) < 50_000:
            self._cache[term] = value
        return value


def _bigram_hit(term: str, text: str) -> bool:
    """Part of a compound word is stated: most of its character bigrams, or one of its own words
    (分阶段 -> 阶段, 教师资格证 stays unstated: 教师 alone is not enough for a four-word compound)."""
    if len(term) < 3 or term.isascii():
        return False
    pairs = [term[i:i + 2] for i in range(len(term) - 1)]
    if sum(p in text for p in pairs) * 2 >= len(pairs) + 1:
        return True
    parts = _subwords(term)
    return bool(parts) and len(term) <= 3 and any(p in text for p in parts)


def _inverted(term: str, text: str) -> bool:
    """A compound of two two-character words is stated with its words the other way round (研究课题: 课题研究), the
    same two things named in either order."""
    return len(term) == 4 and term[2:] + term[:2] in text and term[:2] in _subwords(term) and term[2:] in _subwords(term)


@lru_cache(maxsize=4096)
def _subwords(term: str) -> tuple[str, ...]:
    from .text import _jieba

    return tuple(w for w in _jieba().cut_for_search(term) if len(w) >= 2 and w != term)


def coverage(intent: QueryIntent, text: str, weights: TermWeights, terms: list[str] | None = None) -> float:
    """IDF-weighted share of the question's terms the text states (a synonym counts SYNONYM_WEIGHT). A question
    asking several things (`intent.asks`) is covered as well as the text covers the best of its asks."""
    if terms is None and intent.asks:
        topic = set(intent.topic_terms)
        asks = [[t for t in ask if t in topic] for ask in intent.asks]
        return max(coverage(intent, text, weights, ask) for ask in asks if ask) if any(asks) else 0.0
    terms = intent.topic_terms if terms is None else terms
    if not terms:
        return 0.0
    t = normalize(text)

    def credit(term: str) -> float:
        if term in t:
            return 1.0
        if any(s in t for s in intent.equivalents.get(term, ())):
            return EQUIVALENT_WEIGHT
        if any(s in t for s in intent.expansions.get(term, ())):
            return SYNONYM_WEIGHT
        if coordinated_in(term, terms, t):
            return 1.0  # "硬软件齐抓" states 硬件 (the shared head written once)
        if _inverted(term, t):
            return SYNONYM_WEIGHT  # (as loosely as a synonym: 局长教育 is no 教育局长)
        if _bigram_hit(term, t):
            return 0.5
        if len(term) == 2 and weights.unknown(term) and _chars_near(term, t):
            return ABBREVIATION_CREDIT
        return 0.0

    # words offered as alternatives ("出谋划策或上课", `QueryIntent.alternatives`) fill one slot, as heavy as the
    # heaviest of them, which stating any one of them fills
    groups = {w: [x for x in g if x in terms] for g in intent.alternatives for w in g if w in terms}
    total = got = 0.0
    done: set[str] = set()
    for term in terms:
        if term in done:
            continue
        group = groups.get(term) if len(groups.get(term, [])) > 1 else [term]
        done.update(group)
        w = max(weights.idf(g) * intent.term_weight(g) for g in group)
        total += w
        got += w * max(credit(g) for g in group)
    return got / total if total else 0.0


ABBREVIATION_CREDIT = 0.3
NEAR_CHARS = 6
ABBREVIATED_CHARS = 3  # at most this many characters a short name leaves out of the full one (现场会: 现场推进会)


def abbreviated_in(term: str, text: str) -> bool:
    """`text` writes the full name `term` abbreviates: a Chinese short name keeps the opening word and the head
    (the kind of thing) and leaves out a modifier between them (现场会 for 现场推进会, 意外保险 for 意外伤害保险).
    The opening is a word of the term (two characters or more); the left-out part is a few characters with no
    particle or punctuation, and two or more when the head is one character (教育局 is no 教育布局)."""
    return any(p.search(text) for p in _abbreviation_patterns(term))


@lru_cache(maxsize=4096)
def _abbreviation_patterns(term: str) -> tuple[re.Pattern[str], ...]:
    if len(term) < 3 or not re.fullmatch(r"[\u4e00-\u9fff]+", term):
        return ()
    words = _subwords(term)
    out = []
    for k in range(2, len(term)):
        if term[:k] not in words:
            continue
        least = 2 if len(term) - k == 1 else 1
        gap = r"(?:(?![的和与及等个之、])[\u4e00-\u9fff]){%d,%d}" % (least, ABBREVIATED_CHARS)
        out.append(re.compile(re.escape(term[:k]) + gap + re.escape(term[k:])))
    # a one-character head that is the short form of a noun (在校生 for 在校学生, 骨干师 for 骨干教师) is written in full
    if (full := cues.SHORT_HEADS.get(term[-1])) and not term.endswith(full):
        out.append(re.compile(re.escape(term[:-1]) + re.escape(full)))
    return tuple(out)


def coordinated_in(term: str, others: list[str], text: str) -> bool:
    """`text` writes `term` coordinated with another word sharing its head: two words ending in the same character
    are written with that head once (硬件 + 软件 -> 硬软件, 软硬件; 中学 + 小学 -> 中小学), so the term is stated. The
    other word is one of the question's, or, for a two-character term, one the thesaurus puts in the term's fine
    group (软件 beside 硬件: things of one kind; 条件 is none, so 硬条件 states no 硬件)."""
    head, stem = term[-1], term[:-1]
    if len(term) < 2 or not stem or head not in text or term[0] not in text:
        return False  # (neither way of writing it leaves out the head or the first character: a quick test)
    # (the head's own full form is no coordinate: 农村学校 is 村 + 学校, the school itself, not 村校 beside 学校)
    full = cues.SHORT_HEADS.get(head)
    if any(o != term and o != full and len(o) >= 2 and o[-1] == head and o[:-1] and
           (stem + o[:-1] + head in text or o[:-1] + stem + head in text) for o in others):
        return True
    return len(term) == 2 and any(same_fine_group(term, m.group(1) + head) and m.group(1) + head != full
                                  for m in re.finditer(re.escape(stem) + r"([一-龥])" + re.escape(head), text))


def _chars_near(term: str, text: str) -> bool:
    """A two-character word the corpus never uses is often a colloquial contraction (建校 for 学校建设, 出卷 for
    命制试题 stays unmatched): both its characters within a few characters of each other, in either order."""
    a, b = term
    return any(b in text[max(0, m.start() - NEAR_CHARS):m.start() + NEAR_CHARS + 1] for m in re.finditer(re.escape(a), text))


# -- units -------------------------------------------------------------------
def _clip_body(text: str, s: int, e: int) -> int:
    """End of a concrete sentence under a head, cut at a clause boundary when it runs long."""
    if e - s <= BODY_MAX_CHARS:
        return e
    cut = max((m.end() for m in re.finditer(r"[,,;;]", text[s:s + BODY_MAX_CHARS])), default=0)
    return s + cut - 1 if cut > 40 else e


def units(passages: list[Passage]) -> list[Unit]:
    """Answer units of the passages, each span once (the first passage that holds it whole).

    A head followed by its explanation becomes one unit (head + body); a head followed by further heads is a
    lead ("一、在“管”字上下功夫…。条件标准化。…") and stands alone, its items follow as their own units.
    """
    out: list[Unit] = []
    seen: set[tuple[str, int]] = set()
    for no, p in enumerate(passages, 1):
        c = p.chunk
        spans = _short_items_joined(c.text, _announcements_split(c.text, sentence_spans(c.text)))
        heads = [_is_head(c.text, spans, i) for i in range(len(spans))]
        first = len(out)
        for i, (s, e) in enumerate(spans):
            text = c.text[s:e]
            key = (c.case_id, c.start + s)
            if key in seen or len(text) < MIN_UNIT_CHARS and not heads[i]:
                continue
            if heads[i] and i + 1 == len(spans) and _later_holds(passages, no, c.case_id, c.start + e):
                continue  # a head closing this chunk is taken with its body from a later one
            seen.add(key)
            same_para = i + 1 < len(spans) and "\n" not in c.text[e:spans[i + 1][0]]
            if heads[i] and (is_colon_lead(text) or is_colon_item(text)):
                out.append(Unit(no, c.case_id, c.start + s, c.start + e, text, head=text, lead=is_colon_lead(text)))
                continue
            if heads[i] and same_para and not heads[i + 1]:
                j = i + 1
                # A slogan right under a head ("一花独放不是春,百花齐放春满园。") makes nothing concrete: use the next one.
                if is_slogan(c.text[spans[j][0]:spans[j][1]]):
                    if j + 1 < len(spans) and "\n" not in c.text[spans[j][1]:spans[j + 1][0]]:
                        j += 1
                    elif j + 1 == len(spans) and _later_holds(passages, no, c.case_id, c.start + spans[j][1] + 1):
                        seen.discard(key)  # the concrete sentence is in a later chunk: take the head from there
                        continue
                bs, be = spans[j]
                be = _clip_body(c.text, bs, be)
                out.append(Unit(no, c.case_id, c.start + s, c.start + be, c.text[s:be], head=text))
                continue
            if heads[i]:
                out.append(Unit(no, c.case_id, c.start + s, c.start + e, text, head=text, lead=same_para))
                continue
            caption = not TERMINAL_RE.search(text) and len(text) < 30  # captions and bylines are not statements
            out.append(Unit(no, c.case_id, c.start + s, c.start + e, text, caption=caption))
        _mark_led(out[first:], c)
    return out


def _mark_led(made: list[Unit], chunk) -> None:
    """The items a paragraph's lead opens, and the sentences under them, are about what the lead names
    ("一、实施三步走战略…。第一阶段,…。2014年,所有市(区)通过…": the 2014 sentence is a step of the 三步走): each
    unit after a lead in the lead's paragraph records it (`Unit.led_by`)."""
    lead_at, lead = -1, ""  # the paragraph of the last lead met (units come in text order) and its text
    for u in made:
        at = chunk.text.rfind("\n", 0, u.start - chunk.start) + 1
        if u.lead:
            lead_at, lead = at, u.text
        elif at == lead_at:
            u.led_by = lead


LEAD_MAX_CHARS = 45


PARAGRAPH_TIME_RE = re.compile(r"(?:^|[,,;;::])[\s—-]*(?:[^,,;;::]{0,12}?(?:显示|数据|统计)[,,]?)?(?:到|至|截至|截止到)?\s*"
                               r"(\d{4}\s*年(?:底|末)?)(?!\s*(?:相比|以来|的))")


def _dated(u: Unit, chunk, occasions: bool = True) -> str:
    """A unit with the time its sentence states before it ("——到2025年,…;…1/3…创建成现代化学校;", "根据调查数据显示,
    2020年…;民办中小学共有26所"): statements joined by semicolons into one sentence share the last time a clause of it
    opens with (not a comparison year, "与2019年相比", nor one inside a name). With `occasions`, a sentence naming an
    occasion the passage dated before it is of that year too (`_occasion_dated`)."""
    if YEAR_IN_TEXT_RE.search(u.text):
        return u.text
    rel = u.start - chunk.start
    para = chunk.text[chunk.text.rfind("\n", 0, max(rel, 0)) + 1:max(rel, 0)]
    # the last time the sentence states before the statement ("根据调查数据显示,2020年…98所…;民办中小学共有26所")
    times = list(PARAGRAPH_TIME_RE.finditer(para))
    if not times or re.search(r"[。!?!?]", para):
        # the time governs its own sentence, semicolon-joined statements included, not the next one; but an occasion
        # a report dated once ("2019年6月23日,…签约仪式在…举行。") is the same one when a later sentence names it
        # again ("签约仪式由…主持。"): that sentence is of the occasion's year
        return (_occasion_dated(u.text, chunk.text[:max(rel, 0)]) if occasions else "") or u.text
    return f"{times[-1].group(1)},{u.text}"


def _occasion_dated(text: str, before: str) -> str:
    """The sentence with the year of the occasion it names, when the passage before it dated that occasion (its name:
    the kind of gathering with the two characters before it, 签约仪式, and the level before those, 全县教育大会, which
    a 全市教育大会 is not); "" when it names none or none was dated. The year is the one the dating sentence writes
    last before the name (else first after it): "根据2018年出台的方案,2019年6月签约仪式…" dates it 2019."""
    sentences: list[str] = []  # (the passage before, split once, only when the text names an occasion)
    for m in cues.DATED_OCCASION_RE.finditer(text):
        level = text[max(m.start() - 2, 0):m.start()]
        name = level + m.group(0) if cues.WHOLE_LEVEL_RE.fullmatch(level) else m.group(0)
        sentences = sentences or re.split(r"(?<=[。!?!?])", before)
        for s in reversed(sentences):
            if (at := s.find(name)) < 0:
                continue
            years = [*YEAR_IN_TEXT_RE.finditer(s[:at])] or [*YEAR_IN_TEXT_RE.finditer(s[at:])][:1]
            if years:
                return f"{years[-1].group(0)},{text}"
    return ""


ANTECEDENT_SHARE = 0.5  # of the figure's subject words, stated by the sentence a subjectless one continues


def _antecedent(u: Unit, chunk) -> str:
    """The sentence before a unit with no subject of its own, one opening with its figure ("…将1/3左右的初中确定为相对
    薄弱…。每三年为一轮,实行动态管理。"): what the figure is of is named there. "" for any other unit, or one opening
    its paragraph."""
    if not SUBJECTLESS_RE.match(u.text):
        return ""
    rel = max(u.start - chunk.start, 0)
    para = chunk.text[chunk.text.rfind("\n", 0, rel) + 1:rel]
    sentences = [x for x in re.split(r"(?<=[。!?!?])", para) if x.strip()]
    return re.sub(r"[\d%.]", "", sentences[-1]) if sentences else ""  # its words only: its own figures answer nothing here


# A sentence opening with a rate or a total ("每三年为一轮", "共计120人"): no subject of its own (a sentence opening
# with a date or a bare number, "2019年6月23日…", "22所学校的…", goes on to name its subject)
SUBJECTLESS_RE = re.compile(r"^\s*(?:每|共计?|合计|累计)[\d一二三四五六七八九十两百千]+(?![所个名位家人校])")  # not 每一所学校


YEAR_IN_TEXT_RE = re.compile(r"\d{4}\s*年")
SHORT_ITEM = 12  # characters: "关键词:高质量发展;教育创新;区域发展" lists short items, one statement




def _announcements_split(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A sentence announcing a list whose first item follows its colon ("必须深化解决三点问题:一是引进哪些人才?")
    is two units: the announcement (a lead, as when it closes its own line) and the first item, an item like the
    ones after it. Items ending in a semicolon ("两方面:一是城乡之间;二是…") are a series the sentence reads as one
    inline list, and stay with their announcement."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        m = cues.ANNOUNCED_ITEM_RE.search(text, s, e)
        if m and m.start() > s and text[e - 1] not in ";;":
            out += [(s, m.end()), (m.end(), e)]
        else:
            out.append((s, e))
    return out


def _short_items_joined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Short items on one line separated by semicolons make one statement, not one sentence each."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out:
            ps, pe = out[-1]
            prev = text[ps:pe]
            last_item = re.split(r"[::;;]", prev.rstrip(";;"))[-1]  # the item before the semicolon
            if prev.endswith((";", ";")) and "\n" not in text[pe:s] and len(last_item) <= SHORT_ITEM and e - s <= SHORT_ITEM:
                out[-1] = (ps, e)
                continue
        out.append((s, e))
    return out


def _later_holds(passages: list[Passage], no: int, case_id: str, offset: int) -> bool:
    """Does a later passage of the case hold the text just past `offset` (a head's body, a slogan's successor)?"""
    return any(p.chunk.case_id == case_id and p.chunk.start < offset < p.chunk.end for p in passages[no:])


def _is_head(text: str, spans: list[tuple[int, int]], i: int) -> bool:
    """An enumeration head, a titled item, or a paragraph's headline sentence (段首主旨句) that items follow."""
    s, e = spans[i]
    sentence = text[s:e]
    if ENUM_HEAD_RE.match(sentence) and len(sentence) <= HEAD_MAX_CHARS or _is_item_title(text, s, e):
        return True
    if is_colon_lead(sentence) or is_colon_item(sentence):
        return True
    starts_para = s == 0 or text[s - 1] == "\n"
    if not starts_para or len(sentence) > LEAD_MAX_CHARS or i + 1 >= len(spans) or "\n" in text[e:spans[i + 1][0]]:
        return False
    nxt = text[spans[i + 1][0]:spans[i + 1][1]]
    # A headline: the paragraph's short first sentence, followed by enumerated items or stated as two parallel clauses.
    return bool(ENUM_HEAD_RE.match(nxt)) or (len(sentence) <= 32 and bool(re.search(r"[,,]", sentence)) and TERMINAL_RE.search(sentence) is not None
                                              and not re.search(r"\d", sentence))


COLON_ITEM_RE = re.compile(r"^[^::,,。;;]{1,10}[::]\S")


def is_colon_lead(sentence: str) -> bool:
    """A line that announces a list ("全国教育局长研究联盟定位:"): it ends with a colon."""
    return sentence.rstrip().endswith((":", ":")) and 2 <= len(sentence) <= HEAD_MAX_CHARS


def is_colon_item(sentence: str) -> bool:
    """A definition-list line ("自主:自主成长"): a short name, a colon, its meaning."""
    return len(sentence) <= 60 and bool(COLON_ITEM_RE.match(sentence.strip()))


INLINE_TITLE_MAX = 8  # "条件标准化。" inside a paragraph: a sub-item's title, followed by its explanation


def _is_item_title(text: str, s: int, e: int) -> bool:
    """A short titled item: opening a paragraph ("帮扶式共同体。", "1.名师工作室"), or a very short sentence
    without a clause break inside one ("条件标准化。资源数字化。"), followed by its explanation."""
    sentence = text[s:e]
    if e - s <= 24 and (s == 0 or text[s - 1] == "\n") and bool(TERMINAL_RE.search(sentence) or ENUM_HEAD_RE.match(sentence)):
        return True
    core = sentence.rstrip("。;;")
    return 3 <= len(core) <= INLINE_TITLE_MAX and sentence.endswith("。") and not re.search(r"[,,、\d“”]", core)


def said_before(text: str, said: list[str]) -> bool:
    """Is most of the sentence (its character bigrams) in one sentence of the previous answer?"""
    return any(bigram_share(text, s) >= SAID_SHARE for s in said)


def score_units(intent: QueryIntent, passages: list[Passage], weights: TermWeights, focus_chunks: set[str] | None = None) -> list[Unit]:
    """Every unit of the passages, scored for the question, best first."""
    focus_chunks = focus_chunks or set()
    by_no = {no: p for no, p in enumerate(passages, 1)}
    heading_cov: dict[int, float] = {}
    out = units(passages)
    said = [normalize(f) for f in intent.said]
    for u in out:
        p = by_no[u.passage_no]
        if u.passage_no not in heading_cov:
            heading_cov[u.passage_no] = coverage(intent, p.chunk.heading.split(" > ")[-1], weights)
        u.coverage = coverage(intent, u.text, weights)
        # an item is about what its lead names: for a fact asked (a date, a figure…), which one item states, the
        # lead's words are the item's subject too (a broad question's measures are the items themselves)
        if u.led_by and intent.answer_type in cues.TYPED_ANSWERS:
            u.coverage = max(u.coverage, coverage(intent, u.led_by + u.text, weights))
        antecedent = _antecedent(u, p.chunk) if intent.answer_type == "figure" else ""
        # (a date asked is stated by the sentence dating it, not by one dated through the occasion it names)
        dated = _dated(u, p.chunk, occasions=intent.answer_type != "date")
        u.has_type = has_answer_type(intent, dated, antecedent)
        # on its antecedent's subject only when the type holds thanks to it (the antecedent states that subject)
        u.continued = bool(antecedent) and u.has_type and not has_answer_type(intent, dated)
        u.rhetoric = is_rhetoric(u.text) and not intent.speech  # asked what was said: the exhortation is the answer
        u.features = informativeness(u.text)
        u.parts = {"coverage": u.coverage, "prior": 1 / math.sqrt(u.passage_no), "heading": heading_cov[u.passage_no],
                   "info": float(sum(u.features.values())), "place": float(u.case_id in intent.places),
                   "type": float(u.has_type), "rhetoric": float(u.rhetoric), "caption": float(u.caption and not u.has_type),
                   "focus": float(p.chunk.chunk_id in focus_chunks),
                   # a follow-up asks beyond what the previous answer already said
                   "said": float(bool(said) and said_before(normalize(u.text), said))}
        u.score = sum(SCORE_WEIGHTS[k] * v for k, v in u.parts.items())
    if said and intent.followup in ("drill", "carry"):
        pointing = points_back(intent)
        pointed = replace(intent, terms=[], measure_of=[], counted=[]) if pointing else intent
        for u in anchored(out, by_no, said):
            u.score += W_ANCHOR if intent.refers_back else 0.0  # its own words, when it has some, find its answer
            u.anchored = True
            u.parts["anchored"] = 1.0
            if pointing and not u.has_type and \
                    has_answer_type(pointed, _dated(u, by_no[u.passage_no].chunk, occasions=intent.answer_type != "date")):
                u.has_type = True
                u.score += SCORE_WEIGHTS["type"]
                u.parts["type"] = 1.0
    for u in out:
        u.judged = u.score
    out.sort(key=lambda u: -u.score)
    return out


def points_back(intent: QueryIntent) -> bool:
    """Does a typed follow-up ask about what the previous answer said, with no subject of its own ("那这些变化打算用
    几年干出来?", "这么做图的是啥?")? Its only words then name what was said (`cues.SAID_POINTER_RE`: the words after a
    demonstrative), besides the quantity asked (期限): a sentence beside the source of what was said states that
    subject in the sources' words, so a typed answer there need not name the asker's. "那这个项目里教师培训了多少人?"
    names a subject of its own (教师, 培训): that must still be stated."""
    if not intent.followup or not intent.said or intent.answer_type not in cues.TYPED_ANSWERS:
        return False
    if intent.refers_back:
        return True
    pointer = cues.SAID_POINTER_RE.search(normalize(intent.question))
    own = [t for t in intent.own_terms if t != intent.measure and not cues.DURATION_MEASURE_RE.fullmatch(t)
           and t not in cues.COUNT_NOUNS]
    return bool(pointer) and bool(own) and all(t in pointer.group(0) for t in own)


def anchored(out: list[Unit], by_no: dict[int, Passage], said: list[str]) -> list[Unit]:
    """The sentences a follow-up's answer is most likely among: those sharing a paragraph with the source sentence
    of something the previous answer said (its reason, effect, next clause or sibling item sit beside it), except
    what was said already. A source sentence holds most of a said sentence's character pairs (`ANCHOR_SHARE`);
    when it holds more than was said ("…,促进学校规范有序发展" beyond the quoted first clauses) it is itself a candidate."""
    said_text = [bigram_text(s) for s in said]

    def paragraph(u: Unit) -> tuple[str, int]:
        c = by_no[u.passage_no].chunk
        return u.case_id, c.start + c.text.rfind("\n", 0, max(u.start - c.start, 0)) + 1

    by_sentence = [[(bigram_share(s, bigram_text(u.text)), u) for u in out] for s in said_text]
    anchors = {paragraph(u) for shares in by_sentence for share, u in shares if share >= ANCHOR_SHARE}
    if not anchors:  # a looser retelling of one said sentence, whose pairs point at one paragraph's sentence
        anchors = {paragraph(src) for shares in by_sentence
                   if (src := loose_source(shares, lambda a, b: paragraph(a) != paragraph(b))) is not None}
    return [u for u in out if paragraph(u) in anchors and not said_before(normalize(u.text), said)] if anchors else []
