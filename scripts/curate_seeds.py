#!/usr/bin/env python3
"""Build the curated case corpus (``cases/``) from the raw web seeds.

Usage::

    python scripts/curate_seeds.py --seeds ../shared/seeds --out cases

Each output file is ``<out>/<id>.md``: YAML front matter followed by the
cleaned article text in Markdown.  The cleaning is deliberately
conservative: web boilerplate, navigation, duplicated paragraphs and
document-export page markers are removed and broken lines are re-joined,
but every sentence that is kept is copied verbatim from the seed (numbers,
names, dates, OCR oddities and half-/full-width punctuation included).
The only editor-written text in a body is the clearly labelled appendix
heading in ``tonglu.md`` (see ``EDITORIAL_HEADINGS``).

The script is deterministic and fails loudly (``CurationError``) when a
seed no longer has the structure it expects, instead of silently writing a
different corpus.

Dependencies: Python standard library + PyYAML.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yaml

# Headings that are not copied from a seed but written by the curator.
# tests/test_corpus.py allows exactly these in addition to verbatim text.
TONGLU_APPENDIX_HEADING = "附:21世纪教育研究院地方教育研究中心与全国教育局长研究联盟"
EDITORIAL_HEADINGS = (TONGLU_APPENDIX_HEADING,)

FRONT_MATTER_KEYS = (
    "id", "name", "region", "level", "kind", "title",
    "source_file", "source_url", "published", "topics", "aliases",
)

# A line that ends with one of these closes a sentence/paragraph; any other
# line ending is treated as a mid-sentence line break (seed 003).
SENTENCE_FINAL = tuple("。!?;:”」)…" + "!?;:)" + '."')

CN_NUM = "一二三四五六七八九十"


class CurationError(RuntimeError):
    """Raised when a seed does not look the way this script expects."""


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------

def read_seed(seeds: Path, prefix: str) -> tuple[str, str]:
    """Return (file name, text) of the single seed file ``<prefix>_*.txt``."""
    matches = sorted(seeds.glob(f"{prefix}_*.txt"))
    if len(matches) != 1:
        raise CurationError(
            f"expected exactly one seed {prefix}_*.txt in {seeds}, found {len(matches)}")
    path = matches[0]
    text = path.read_text(encoding="utf-8").replace("\r\n", "\n").replace("\r", "\n")
    return path.name, text


def clean_lines(text: str) -> list[str]:
    """Non-empty lines, stripped of surrounding (incl. non-ASCII) whitespace."""
    return [ln.strip() for ln in text.split("\n") if ln.strip()]


def index_of(lines: list[str], pred, what: str, start: int = 0) -> int:
    for i in range(start, len(lines)):
        if pred(lines[i]):
            return i
    raise CurationError(f"marker not found: {what}")


def require(cond: bool, what: str) -> None:
    if not cond:
        raise CurationError(what)


def dedupe(blocks: list[tuple[str, str]], log: list[str], case_id: str) -> list[tuple[str, str]]:
    """Drop exact repeats of a paragraph (first occurrence wins)."""
    seen: set[str] = set()
    out = []
    for kind, text in blocks:
        key = re.sub(r"\s+", "", text)
        if kind == "p" and key in seen:
            log.append(f"{case_id}: dropped repeated paragraph: {text[:40]}…")
            continue
        seen.add(key)
        out.append((kind, text))
    return out


def is_cn_section_heading(line: str) -> bool:
    """'一、指导思想' style heading: short, no sentence punctuation."""
    return (bool(re.match(f"^[{CN_NUM}]+、", line)) and len(line) <= 40
            and not re.search(r"[。;;,,]", line))


def is_cn_subsection_heading(line: str) -> bool:
    """'(一)教育资源供需矛盾突出' style heading."""
    return (bool(re.match(f"^[((][{CN_NUM}]+[))]", line)) and len(line) <= 40
            and not re.search(r"[。;;,,]", line))


# --------------------------------------------------------------------------
# seed 000: 桐庐 (sohu article + 21世纪教育研究院 page footer)
# --------------------------------------------------------------------------

def build_tonglu(seeds: Path, log: list[str]) -> list[dict]:
    fname, text = read_seed(seeds, "000")
    lines = clean_lines(text)
    title = lines[0]
    end = index_of(lines, lambda s: s.startswith("责任编辑"), "责任编辑")
    appendix = index_of(lines, lambda s: s.startswith("党的十九大提出"), "appendix start")
    body_lines = []
    for i, ln in enumerate(lines[1:end], start=1):
        m = re.match(r"^原标题[::]", ln)
        if m:
            require(ln[m.end():] == title, "原标题 differs from title")
            continue
        if ln.endswith("返回搜狐,查看更多"):
            ln = ln[: -len("返回搜狐,查看更多")]
        body_lines.append((i, ln))

    blocks: list[tuple[str, str]] = [("h1", title)]
    for i, ln in body_lines:
        if i == appendix:
            blocks.append(("h2", TONGLU_APPENDIX_HEADING))
        if i > appendix and re.match(r"^\d\.", ln) and len(ln) <= 40 \
                and not re.search(r"[。;;,,::]", ln):
            blocks.append(("h3", ln))  # "1. 聚焦区域教育问题研究…" sub-headings
        else:
            blocks.append(("p", ln))
    blocks = dedupe(blocks, log, "tonglu")
    return [dict(
        meta=dict(
            id="tonglu", name="桐庐县", region="浙江省杭州市", level="县", kind="case",
            title=title, source_file=fname,
            topics=["提质强校", "义务教育", "优质均衡", "学校自主发展", "校地合作"],
        ),
        blocks=blocks,
    )]


# --------------------------------------------------------------------------
# seed 001: 各地义务教育均衡发展优秀工作案例(上) -> 4 cases
# --------------------------------------------------------------------------

SEED001_CASES = [
    # (heading prefix, id, name, region, level, topics)
    ("江苏省泰州市:", "taizhou", "泰州市", "江苏省泰州市", "市",
     ["义务教育优质均衡", "跨区域教育共同体", "名师走教", "集团化办学", "教育信息化"]),
    ("浙江省杭州市上城区:", "shangcheng", "上城区", "浙江省杭州市", "区",
     ["管办评分离", "简政放权", "教育治理现代化", "学校办学自主权", "教研转型"]),
    ("安徽省亳州市:", "bozhou", "亳州市", "安徽省亳州市", "市",
     ["学校标准化建设", "农村学校", "教育资源配置", "教师队伍建设", "义务教育均衡"]),
    ("江西省芦溪县:", "luxi", "芦溪县", "江西省萍乡市", "县",
     ["学校标准化建设", "教育法治化", "教育公平", "网络教研", "县域义务教育均衡"]),
]
SEED001_URL = "http://chuzhong.ljyz.com.cn"


def build_seed001(seeds: Path, log: list[str]) -> list[dict]:
    fname, text = read_seed(seeds, "001")
    lines = clean_lines(text)
    date_line = index_of(lines, lambda s: s.startswith("日期:"), "日期:")
    m = re.search(r"(\d{4})/(\d{1,2})/(\d{1,2})", lines[date_line])
    require(m is not None, "001: no date")
    published = f"{int(m[1]):04d}-{int(m[2]):02d}-{int(m[3]):02d}"
    require(any(SEED001_URL in ln for ln in lines), "001: source site line missing")
    end = index_of(lines, lambda s: s.startswith("上一页"), "上一页")
    starts = [index_of(lines, lambda s, p=p: s.startswith(p), p) for p, *_ in SEED001_CASES]
    require(starts == sorted(starts), "001: cases out of order")
    # lines between the date line and the first case heading are the tail of
    # an unnamed district's case from the previous page -> dropped.
    dropped = lines[date_line + 1: starts[0]]
    for ln in dropped:
        log.append(f"taizhou..luxi: dropped unattributable fragment: {ln[:40]}…")
    out = []
    bounds = starts + [end]
    for (prefix, cid, name, region, level, topics), a, b in zip(SEED001_CASES, bounds, bounds[1:]):
        heading = lines[a]
        blocks = [("h1", heading)] + [("p", ln) for ln in lines[a + 1: b]]
        blocks = dedupe(blocks, log, cid)
        out.append(dict(
            meta=dict(id=cid, name=name, region=region, level=level, kind="case",
                      title=heading, source_file=fname, source_url=SEED001_URL,
                      published=published, topics=topics),
            blocks=blocks,
        ))
    return out


# --------------------------------------------------------------------------
# seed 002: 淄博 指导意见 (DOCX export with page markers)
# --------------------------------------------------------------------------

ZIBO_TITLE = "关于推进义务教育学校发展共同体建设的指导意见"
ZIBO_HEADINGS = ["一、指导思想", "二、基本原则", "三、总体目标", "四、参考发展模式",
                 "五、实施步骤", "六、健全保障机制"]
# paragraph starts (split *before* each marker); each must occur exactly once
ZIBO_PARAGRAPH_STARTS = [
    "淄教基字(2019)12号", "2019-03-20根据", "根据淄博市人民政府",
    "以党的十九大和全国教育大会",
    "1 .坚持创新发展", "2 .坚持因地制宜", "3 .坚持共建共享", "4 .坚持特色发展",
    "到2023年,各区县",
    "1帮扶式共同体", "2 .联盟式共同体", "3 .集团式共同体",
    "1 .统筹谋划阶段", "2 .推进实施阶段", "3 .深化完善阶段",
    "1 .探索构建共同体管理评价", "2 .探索构建“互联网+共同体”", "3 .建立科研先导",
    "4 .建立经费保障机制",
    "联系人:", "淄博市教育局2019年3月20日", "2019年3月20日",
]


def remove_zibo_page_markers(text: str) -> str:
    """Drop the '\\nN、' page markers of the DOCX export and join the halves."""
    return re.sub(r"\n\d{1,2}、", "", text)


def build_zibo(seeds: Path, log: list[str]) -> list[dict]:
    fname, text = read_seed(seeds, "002")
    lines = text.split("\n")
    require("由会员分享" in lines[0], "002: expected sharing boilerplate on line 1")
    require(lines[1].startswith("1、" + ZIBO_TITLE), "002: expected '1、<title>' on line 2")
    blob = remove_zibo_page_markers("\n" + "\n".join(lines[1:]).strip())
    require("\n" not in blob, "002: unexpected line break left after marker removal")
    require(blob.startswith(ZIBO_TITLE), "002: title")

    cuts = {len(ZIBO_TITLE)}
    for h in ZIBO_HEADINGS:
        require(blob.count(h) == 1, f"002: heading {h!r} not unique")
        k = blob.index(h)
        cuts.update({k, k + len(h)})
    for mk in ZIBO_PARAGRAPH_STARTS:
        require(blob.count(mk) == 1, f"002: marker {mk!r} not unique")
        cuts.add(blob.index(mk))
    pieces = []
    edges = sorted(cuts) + [len(blob)]
    prev = 0
    for e in edges:
        if e > prev:
            pieces.append(blob[prev:e])
        prev = e
    blocks: list[tuple[str, str]] = []
    for p in pieces:
        p = p.strip()
        if not p:
            continue
        if p == ZIBO_TITLE:
            blocks.append(("h1", p))
        elif p in ZIBO_HEADINGS:
            blocks.append(("h2", p))
        elif p.startswith("联系人:"):
            log.append(f"zibo: dropped contact line: {p}")
        else:
            blocks.append(("p", p))
    blocks = dedupe(blocks, log, "zibo")
    return [dict(
        meta=dict(id="zibo", name="淄博市", region="山东省淄博市", level="市", kind="case",
                  title=ZIBO_TITLE, source_file=fname, published="2019-03-20",
                  topics=["学校发展共同体", "集团化办学", "城乡结对帮扶", "县管校聘", "互联网+教育"]),
        blocks=blocks,
    )]


# --------------------------------------------------------------------------
# seed 003: 巨匠文档网 "推进区域教育高质量发展4篇"
# --------------------------------------------------------------------------

PIAN_RE = re.compile(r"^篇([一二三四]):")
# In 篇四 this unpunctuated line really ends a paragraph (next: "总而言之,…").
NO_JOIN_AFTER = ("长期为余杭区教育事业发展做贡献",)
# In 篇二 this line ends with ";" only because of a fixed-width line break in
# the middle of the "——到2022年…" target paragraph: join it anyway.
FORCE_JOIN_AFTER = ("达到区域全覆盖;",)


def is_003_heading(line: str) -> bool:
    return (is_cn_section_heading(line) or is_cn_subsection_heading(line)
            or line in ("引言", "结语"))


def join_broken_lines(lines: list[str], log: list[str], tag: str) -> list[tuple[str, str]]:
    """Re-join paragraphs broken mid-sentence; classify headings."""
    blocks: list[tuple[str, str]] = []
    buf = ""
    for ln in lines:
        if is_003_heading(ln):
            if buf:
                blocks.append(("p", buf))
                buf = ""
            blocks.append(("h3" if is_cn_subsection_heading(ln) else "h2", ln))
            continue
        if buf and ((not buf.endswith(SENTENCE_FINAL) and not buf.endswith(NO_JOIN_AFTER))
                    or buf.endswith(FORCE_JOIN_AFTER)):
            log.append(f"{tag}: joined …{buf[-8:]} + {ln[:8]}…")
            buf += ln
        else:
            if buf:
                blocks.append(("p", buf))
            buf = ln
    if buf:
        blocks.append(("p", buf))
    return blocks


def build_seed003(seeds: Path, log: list[str]) -> list[dict]:
    fname, text = read_seed(seeds, "003")
    lines = clean_lines(text)
    m = re.search(r"时间:(\d{4}-\d{2}-\d{2})", text)
    require(m is not None, "003: no page date")
    published = m[1]
    pian = {}
    idx = [i for i, ln in enumerate(lines) if PIAN_RE.match(ln)]
    require(len(idx) == 4, "003: expected four 篇")
    for a, b in zip(idx, idx[1:] + [len(lines)]):
        pian[PIAN_RE.match(lines[a])[1]] = lines[a + 1: b]

    out = []

    # 篇二: an unnamed district's junior-school action plan
    p2 = pian["二"]
    title2 = p2[0]
    require(title2 == "学校教育高质量发展行动方案", "003: 篇二 title")
    blocks = [("h1", title2)] + join_broken_lines(p2[1:], log, "junior-school-action-plan")
    out.append(dict(
        meta=dict(id="junior-school-action-plan", name="某区初中教育高质量发展行动方案",
                  region="未注明", level="区", kind="reference", title=title2,
                  source_file=fname, published=published,
                  topics=["初中教育", "强校建设", "五育并举", "城乡教育共同体", "师资队伍建设"],
                  aliases=["初中行动方案", "初中方案", "初中教育高质量发展行动方案"]),
        blocks=dedupe(blocks, log, "junior-school-action-plan"),
    ))

    # 篇三: mechanism building for digital education resources
    p3 = pian["三"]
    title3 = p3[0]
    require(title3.startswith("优质数字教育资源服务"), "003: 篇三 title")
    blocks = [("h1", title3)] + join_broken_lines(p3[1:], log, "digital-education-resources")
    out.append(dict(
        meta=dict(id="digital-education-resources", name="数字教育资源机制建设",
                  region="全国", level="—", kind="reference", title=title3,
                  source_file=fname, published=published,
                  topics=["数字教育资源", "线上教育", "供给侧改革", "教育信息化", "教育公平"],
                  aliases=["线上教育资源", "数字教育资源", "线上资源"]),
        blocks=dedupe(blocks, log, "digital-education-resources"),
    ))

    # 篇四: 余杭区 research article
    p4 = pian["四"]
    title4 = p4[0]
    require("余杭" in title4, "003: 篇四 title")
    refs = index_of(p4, lambda s: s == "参考文献", "参考文献")
    funding = index_of(p4, lambda s: s.startswith("本文系"), "本文系", refs)
    kept = []
    skip_english = False
    for ln in p4[1:refs]:
        if ln.startswith(("Abstract:", "Abstract:")):
            continue
        if ln.startswith(("Keywords:", "Keywords:")):
            skip_english = True  # keywords are on the following line
            continue
        if skip_english:
            skip_english = False
            require(re.fullmatch(r"[A-Za-z;; ,-]+", ln) is not None, "003: keywords line")
            continue
        kept.append(ln)
    blocks = [("h1", title4)] + join_broken_lines(kept, log, "yuhang")
    blocks.append(("p", p4[funding]))
    out.append(dict(
        meta=dict(id="yuhang", name="余杭区", region="浙江省杭州市", level="区", kind="case",
                  title=title4, source_file=fname, published=published,
                  topics=["教育高质量发展", "1388奋进计划", "优质均衡", "名校集团化办学", "人才引进"]),
        blocks=dedupe(blocks, log, "yuhang"),
    ))
    # 篇一 (collected personal reflections, not a case) is dropped.
    return out


# --------------------------------------------------------------------------
# seed 004: 定西 (中国教育报 / 中国教育新闻网)
# --------------------------------------------------------------------------

DINGXI_TITLE = "定西市深化区域教育协作促进基础教育高质量发展"


def build_dingxi(seeds: Path, log: list[str]) -> list[dict]:
    fname, text = read_seed(seeds, "004")
    lines = clean_lines(text)
    end = index_of(lines, lambda s: "ICP" in s, "ICP footer")
    for ln in lines[end:]:
        log.append(f"dingxi: dropped footer: {ln}")
    blocks: list[tuple[str, str]] = []
    for ln in lines[:end]:
        blocks.append(("h2" if is_cn_section_heading(ln) else "p", ln))
    return [dict(
        meta=dict(id="dingxi", name="定西市", region="甘肃省定西市", level="市", kind="case",
                  title=DINGXI_TITLE, source_file=fname,
                  topics=["区域教育协作", "结对帮扶", "集团化办学", "家校协同育人", "校长教师交流"]),
        blocks=dedupe(blocks, log, "dingxi"),
    )]


# --------------------------------------------------------------------------
# output
# --------------------------------------------------------------------------

def render(case: dict) -> str:
    meta = {k: case["meta"][k] for k in FRONT_MATTER_KEYS if k in case["meta"]}
    unknown = set(case["meta"]) - set(FRONT_MATTER_KEYS)
    require(not unknown, f"unknown front matter keys {unknown}")
    require(3 <= len(meta["topics"]) <= 6, f"{meta['id']}: 3-6 topics")
    fm = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False,
                        default_flow_style=False, width=1000)
    prefix = {"h1": "# ", "h2": "## ", "h3": "### ", "p": ""}
    body = "\n\n".join(prefix[kind] + text for kind, text in case["blocks"])
    return f"---\n{fm}---\n\n{body}\n"


BUILDERS = (build_tonglu, build_seed001, build_zibo, build_dingxi, build_seed003)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seeds", type=Path, required=True, help="directory with raw seed .txt files")
    ap.add_argument("--out", type=Path, required=True, help="output directory (e.g. cases)")
    ap.add_argument("-v", "--verbose", action="store_true", help="print curation log")
    args = ap.parse_args(argv)

    if not args.seeds.is_dir():
        print(f"seeds directory not found: {args.seeds}", file=sys.stderr)
        return 2
    log: list[str] = []
    cases = []
    for build in BUILDERS:
        cases.extend(build(args.seeds, log))
    ids = [c["meta"]["id"] for c in cases]
    require(len(ids) == len(set(ids)), "duplicate ids")

    args.out.mkdir(parents=True, exist_ok=True)
    for case in cases:
        path = args.out / f"{case['meta']['id']}.md"
        path.write_text(render(case), encoding="utf-8", newline="\n")
        print(f"wrote {path} ({len(path.read_text(encoding='utf-8'))} chars)")
    if args.verbose:
        print("\n".join(log))
    return 0


if __name__ == "__main__":
    sys.exit(main())
