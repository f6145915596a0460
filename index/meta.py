"""Metadata of an imported document without hand-editing: id, place, region, level, title and date.

- id: pinyin of the file name (jieba words, so 定西市深化… -> dingxishi-shenhua-…), made unique in the cases dir.
- place: the most specific administrative division named in the title, else early in the text, from the
  gazetteer that ships with the `cpca` package (`cpca/resources/adcodes.csv`, 3,500 divisions, MIT). Only
  the data file is read: cpca's own module imports `pkg_resources`, which current setuptools no longer has.
- title: the document's first heading; date: a 落款-style date (a line holding only a date) or the first
  full date in the text, including Chinese-numeral dates (二〇二三年七月十二日).
All of it is editable afterwards in the case file's front matter.
"""

from __future__ import annotations

import csv
import functools
import io
import re
from dataclasses import dataclass
from importlib import metadata as importlib_metadata
from pathlib import Path

MAX_ID_CHARS = 60
LEVELS = {"省": "省", "自治区": "省", "市": "市", "州": "市", "盟": "市", "地区": "市", "县": "县", "旗": "县", "区": "区"}


@dataclass(frozen=True)
class Division:
    """One administrative division: 6-digit code, full name, rank 0 province / 1 city / 2 county."""

    code: str
    name: str

    @property
    def rank(self) -> int:
        if self.code.endswith("0000"):
            return 0
        return 1 if self.code.endswith("00") else 2


@dataclass(frozen=True)
class Place:
    name: str  # 定西市
    region: str  # 甘肃省定西市 (province and city; a county's region is its city)
    level: str  # 省 / 市 / 县 / 区


@functools.lru_cache(maxsize=1)
def divisions() -> dict[str, Division]:
    """code -> division, from cpca's data file (located through package metadata, without importing cpca)."""
    try:
        dist = importlib_metadata.distribution("cpca")
        path = Path(str(dist.locate_file("cpca/resources/adcodes.csv")))
        raw = path.read_text(encoding="utf-8")
    except (importlib_metadata.PackageNotFoundError, OSError):
        return {}  # no gazetteer: places stay empty and can be filled in by hand
    out: dict[str, Division] = {}
    for row in csv.DictReader(io.StringIO(raw)):
        code = row["adcode"][:6]
        if row["name"] and row["name"] != "市辖区":
            out[code] = Division(code, row["name"])
    return out


def _short(name: str) -> str:
    """定西市 -> 定西, 甘肃省 -> 甘肃, 宁夏回族自治区 -> 宁夏; counties keep their suffix (too ambiguous without)."""
    for suffix in ("维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "特别行政区", "省", "市"):
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


@functools.lru_cache(maxsize=2)
def _patterns(short: bool) -> tuple[re.Pattern[str] | None, dict[str, list[Division]]]:
    """Full names; with `short`, also 定西 for 定西市 (titles only: 长治, 大同, 中山 are words in running text)."""
    by_name: dict[str, list[Division]] = {}
    for d in divisions().values():
        by_name.setdefault(d.name, []).append(d)
        if short and (d.rank < 2 or d.name.endswith("市")) and _short(d.name) != d.name:
            by_name.setdefault(_short(d.name), []).append(d)
    if not by_name:
        return None, {}
    names = sorted(by_name, key=len, reverse=True)  # longest first: 定西市 before 定西
    return re.compile("|".join(map(re.escape, names))), by_name


def _spoken(name: str) -> str:
    """A division's name without its level word (涡阳县 -> 涡阳, 海陵区 -> 海陵, 亳州市 -> 亳州), as people name a
    place in speech; the caller keeps it only when two characters or more remain."""
    return re.sub(r"(?:维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|特别行政区|地区|省|市|县|区|旗|盟|州)$", "", name)


@functools.lru_cache(maxsize=1)
def _division_name_re() -> re.Pattern[str] | None:
    """Every division's full name and, two characters or more, its name without the level word (涡阳县 -> 涡阳,
    谯城区 -> 谯城, 亳州市 -> 亳州), as people name a place in speech; longest first."""
    names: set[str] = set()
    for d in divisions().values():
        if len(d.name) < 2 or "辖" in d.name:
            continue  # placeholders of the code list (县, 市辖区, 省直辖县级行政区划) name no place
        names.add(d.name)
        if len(stem := _spoken(d.name)) >= 2:
            names.add(stem)
    return re.compile("|".join(map(re.escape, sorted(names, key=len, reverse=True)))) if names else None


def division_names_in(text: str) -> list[str]:
    """The administrative divisions `text` names, full or without the level word ("放在谯城开的" -> 谯城). A place's
    name is a proper name: a text that never writes it cannot state it in other words."""
    pattern = _division_name_re()
    return pattern.findall(text) if pattern is not None else []


@functools.lru_cache(maxsize=64)
def subdivision_names(city: str) -> frozenset[str]:
    """The names (full, and without the level word when two characters or more remain: 海陵区 -> 海陵) of the
    counties and districts directly under the city of that full name (泰州市); empty for any other name (a county,
    a province, a name the gazetteer lacks)."""
    codes = {d.code[:4] for d in divisions().values() if d.name == city and d.rank == 1}
    out: set[str] = set()
    for d in divisions().values():
        if d.rank == 2 and d.code[:4] in codes and "辖" not in d.name:
            out.add(d.name)
            if len(stem := _spoken(d.name)) >= 2:
                out.add(stem)
    return frozenset(out)


def _parent(d: Division, rank: int) -> Division | None:
    code = d.code[: 2 * (rank + 1)].ljust(6, "0")
    return divisions().get(code)


def _mentions(text: str, short: bool = False) -> list[Division]:
    pattern, by_name = _patterns(short)
    if pattern is None:
        return []
    found: list[Division] = []
    for m in pattern.finditer(text):
        found.extend(by_name[m.group(0)])
    return found


def detect_place(title: str, text: str) -> Place | None:
    """The most specific division named in the title, else in the first 3,000 characters of the text.

    Several divisions with one name (朝阳区 in Beijing and Changchun) are told apart by the province or city
    also mentioned; the first mention wins among equals.
    """
    for source, short in ((title, True), (text[:3000], False)):
        found = _mentions(source, short)
        if not found:
            continue
        context = {d.code for d in _mentions(title, True) + _mentions(text[:3000])}
        deepest = max(d.rank for d in found)
        candidates = [d for d in found if d.rank == deepest]

        def supported(d: Division) -> int:
            return sum(1 for r in range(d.rank) if (p := _parent(d, r)) is not None and p.code in context)

        best = max(candidates, key=lambda d: (supported(d), -candidates.index(d)))
        return _place_of(best)
    return None


def _place_of(d: Division) -> Place:
    province = _parent(d, 0)
    city = _parent(d, 1) if d.rank == 2 else None
    if d.rank == 0:
        region = d.name
    else:
        region = "".join(x.name for x in (province, city if d.rank == 2 else d) if x is not None)
    level = next((v for k, v in LEVELS.items() if d.name.endswith(k)), "")
    if d.rank == 2 and d.name.endswith("市"):
        level = "市"  # county-level city (县级市)
    return Place(name=d.name, region=region, level=level)


# -- id ----------------------------------------------------------------------------------------------

def slug_from_name(name: str) -> str:
    """ASCII slug of a (Chinese) file name: pinyin per jieba word, words joined by '-'."""
    import jieba
    from pypinyin import lazy_pinyin

    jieba.setLogLevel(60)  # as assistant/text.py: no dictionary-loading chatter on stderr
    words: list[str] = []
    for word in jieba.lcut(name):
        syllables = lazy_pinyin(word, errors=lambda s: [c for c in s])
        piece = re.sub(r"[^a-z0-9]+", "", "".join(syllables).lower())
        if piece:
            words.append(piece)
    slug = "-".join(words).strip("-")
    while len(slug) > MAX_ID_CHARS and "-" in slug:
        slug = slug.rsplit("-", 1)[0]
    slug = slug[:MAX_ID_CHARS].strip("-")
    if not slug or not slug[0].isalnum():
        slug = "doc" + (f"-{slug}" if slug else "")
    return slug


def unique_id(base: str, taken: set[str]) -> str:
    """base, base-2, base-3, … whichever is not yet a case id."""
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


# -- title and date ------------------------------------------------------------------------------------

def first_heading(text: str) -> str:
    """The first Markdown heading (cut to 80 characters), or ""."""
    for line in text.splitlines():
        if line.startswith("#"):
            return line.lstrip("#").strip()[:80]
    return ""


def first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:80]
    return ""


def choose_title(text: str, declared: str, stem: str) -> str:
    """The first heading; else the title the file declares (PDF/HTML metadata) unless it is just the file
    name; else the first line; else the file name."""
    return first_heading(text) or (declared if declared and declared != stem else "") or first_line(text) or stem


CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
DATE_RE = re.compile(r"((?:19|20)\d{2})\s*[年./-]\s*(\d{1,2})\s*[月./-]\s*(\d{1,2})\s*日?")
CN_DATE_RE = re.compile(r"([〇零○Ｏ一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日")


def _cn_number(s: str) -> int:
    """十二 -> 12, 三十一 -> 31, 七 -> 7."""
    if "十" not in s:
        return CN_DIGITS[s]
    tens, _, ones = s.partition("十")
    return (CN_DIGITS[tens] if tens else 1) * 10 + (CN_DIGITS[ones] if ones else 0)


def _iso(y: int, m: int, d: int) -> str:
    if 1 <= m <= 12 and 1 <= d <= 31:
        return f"{y:04d}-{m:02d}-{d:02d}"
    return ""


def find_dates(text: str) -> list[tuple[int, str, bool]]:
    """(offset, ISO date, alone on its line) for every full date in the text."""
    out: list[tuple[int, str, bool]] = []
    for m in DATE_RE.finditer(text):
        out.append((m.start(), _iso(int(m.group(1)), int(m.group(2)), int(m.group(3))), _alone(text, m)))
    for m in CN_DATE_RE.finditer(text):
        year = int("".join(str(CN_DIGITS[c]) for c in m.group(1)))
        out.append((m.start(), _iso(year, _cn_number(m.group(2)), _cn_number(m.group(3))), _alone(text, m)))
    return sorted(x for x in out if x[1])


def _alone(text: str, m: re.Match[str]) -> bool:
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    line = text[line_start: len(text) if line_end < 0 else line_end]
    return len(line.strip()) <= len(m.group(0)) + 2


def detect_date(text: str) -> str:
    """The date a document states for itself: a line holding only a date (落款), else the first full date."""
    dates = find_dates(text)
    alone = [d for _, d, is_alone in dates if is_alone]
    if alone:
        return alone[-1]
    return dates[0][1] if dates else ""
