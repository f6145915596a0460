"""Integrity tests for the curated case corpus in ``cases/``.

The corpus is produced by ``scripts/curate_seeds.py`` from the raw web seeds
in ``/work/shared/seeds`` (``<repo>/../shared/seeds``).  Besides checking the
front matter, these tests prove that curation only *removed* and *re-joined*
text: every number and every body paragraph must be found in the seed.
Seed-dependent tests are skipped when the seeds directory is not present.
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
CASES_DIR = REPO / "cases"
SEEDS_DIR = Path(__file__).resolve().parents[2] / "shared" / "seeds"
SCRIPT = REPO / "scripts" / "curate_seeds.py"

REQUIRED_KEYS = {"id", "name", "region", "level", "kind", "title", "source_file", "topics"}
ALLOWED_KEYS = REQUIRED_KEYS | {"source_url", "published", "aliases"}
EXPECTED_CASES = {"tonglu", "taizhou", "shangcheng", "bozhou", "luxi", "zibo", "dingxi", "yuhang"}
EXPECTED_REFERENCES = {"junior-school-action-plan", "digital-education-resources"}

# Headings written by the curator rather than copied from a seed.
EDITORIAL_HEADINGS = {"附:21世纪教育研究院地方教育研究中心与全国教育局长研究联盟"}

BOILERPLATE = [
    "返回搜狐", "ICP", "版权所有", "Copyright", "上一页", "网站内容来源于网络",
    "责任编辑", "免费获取", "今日搜狐热点", "今日推荐", "文章来源于", "最新资讯",
    "由会员分享", "巨匠文档网", "相关热词搜索", "All Rights Reserved", "jyb.cn",
    "Abstract", "Keywords", "参考文献", "返回首页",
]

NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")
HEADING_RE = re.compile(r"^(#{1,6})\s+(.*)$")

needs_seeds = pytest.mark.skipif(
    not SEEDS_DIR.is_dir(),
    reason=f"raw seeds directory {SEEDS_DIR} not found (it lives outside the repo); "
           "seed-provenance checks need it",
)


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------

def parse(path: Path) -> tuple[dict, str]:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\n"), f"{path.name}: no front matter"
    end = text.index("\n---\n", 4)
    meta = yaml.safe_load(text[4:end])
    body = text[end + len("\n---\n"):]
    return meta, body


def blocks(body: str) -> list[tuple[str, str]]:
    """(kind, text) for each blank-line separated block; kind is 'h' or 'p'."""
    out = []
    for raw in re.split(r"\n\s*\n", body.strip()):
        raw = raw.strip()
        if not raw:
            continue
        m = HEADING_RE.match(raw)
        out.append(("h", m.group(2).strip()) if m else ("p", raw))
    return out


def normalise(text: str) -> str:
    """Seed/body normaliser: drop zibo-style page markers ('\\nN、' at line
    start) and all whitespace, so that line breaks and re-joined lines do not
    matter when comparing text."""
    text = re.sub(r"(?m)^\d{1,2}、", "", text)
    return re.sub(r"\s+", "", text)


def case_files() -> list[Path]:
    return sorted(CASES_DIR.glob("*.md"))


_seed_cache: dict[str, str] = {}


def seed_text(name: str) -> str:
    if name not in _seed_cache:
        _seed_cache[name] = (SEEDS_DIR / name).read_text(encoding="utf-8")
    return _seed_cache[name]


def ids(paths):
    return [p.stem for p in paths]


# --------------------------------------------------------------------------
# (1) front matter
# --------------------------------------------------------------------------

def test_cases_dir_not_empty():
    assert CASES_DIR.is_dir(), "cases/ missing: run scripts/curate_seeds.py"
    assert case_files(), "cases/ is empty"


@pytest.mark.parametrize("path", case_files(), ids=ids(case_files()))
def test_front_matter(path: Path):
    meta, body = parse(path)
    assert isinstance(meta, dict)
    missing = REQUIRED_KEYS - meta.keys()
    assert not missing, f"missing keys {missing}"
    assert not (meta.keys() - ALLOWED_KEYS), f"unexpected keys {meta.keys() - ALLOWED_KEYS}"
    assert meta["id"] == path.stem
    assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", meta["id"]), "id must be an ascii slug"
    assert meta["kind"] in {"case", "reference"}
    for key in ("name", "region", "level", "title", "source_file"):
        assert isinstance(meta[key], str) and meta[key].strip(), key
    assert re.search(r"[\u4e00-\u9fff]", meta["name"]), "name should be Chinese"
    assert re.search(r"[\u4e00-\u9fff]", meta["title"]), "title should be Chinese"
    if meta["kind"] == "case":
        assert meta["level"] in {"县", "区", "市"}
    if "published" in meta:
        assert isinstance(meta["published"], str)
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["published"])
    if "source_url" in meta:
        assert re.match(r"https?://", meta["source_url"])
    topics = meta["topics"]
    assert isinstance(topics, list) and 3 <= len(topics) <= 6
    assert all(isinstance(t, str) and t and re.search(r"[\u4e00-\u9fff]", t) for t in topics)
    assert len(set(topics)) == len(topics)
    assert body.strip(), "empty body"


def test_expected_ids_present():
    kinds = {p.stem: parse(p)[0]["kind"] for p in case_files()}
    for cid in EXPECTED_CASES:
        assert kinds.get(cid) == "case", f"{cid} missing or not kind=case"
    for rid in EXPECTED_REFERENCES:
        assert kinds.get(rid) == "reference", f"{rid} missing or not kind=reference"


# --------------------------------------------------------------------------
# (4) boilerplate, (5) repeats, formatting
# --------------------------------------------------------------------------

@pytest.mark.parametrize("path", case_files(), ids=ids(case_files()))
def test_no_boilerplate(path: Path):
    _, body = parse(path)
    for s in BOILERPLATE:
        assert s not in body, f"boilerplate {s!r} left in body"


@pytest.mark.parametrize("path", case_files(), ids=ids(case_files()))
def test_no_repeated_paragraphs(path: Path):
    _, body = parse(path)
    paras = [normalise(t) for k, t in blocks(body) if k == "p"]
    dups = {p[:30] for p in paras if paras.count(p) > 1}
    assert not dups, f"repeated paragraphs: {dups}"


@pytest.mark.parametrize("path", case_files(), ids=ids(case_files()))
def test_markdown_layout(path: Path):
    text = path.read_text(encoding="utf-8")
    assert "\r" not in text
    assert text.endswith("\n") and not text.endswith("\n\n")
    _, body = parse(path)
    assert "\n\n\n" not in body, "paragraphs must be separated by exactly one blank line"
    for line in body.split("\n"):
        assert line == line.strip(), f"stray whitespace in line: {line[:30]!r}"
    for kind, t in blocks(body):
        assert "\n" not in t, f"paragraph still contains a hard line break: {t[:30]!r}"


# --------------------------------------------------------------------------
# (2) numbers and (3) verbatim paragraphs, against the seeds
# --------------------------------------------------------------------------

@needs_seeds
@pytest.mark.parametrize("path", case_files(), ids=ids(case_files()))
def test_source_file_exists(path: Path):
    meta, _ = parse(path)
    assert (SEEDS_DIR / meta["source_file"]).is_file()


@needs_seeds
@pytest.mark.parametrize("path", case_files(), ids=ids(case_files()))
def test_numbers_come_from_seed(path: Path):
    meta, body = parse(path)
    seed = seed_text(meta["source_file"])
    seed_numbers = set(NUMBER_RE.findall(seed)) | set(NUMBER_RE.findall(normalise(seed)))
    body_text = "\n".join(t for k, t in blocks(body) if t not in EDITORIAL_HEADINGS)
    missing = sorted(set(NUMBER_RE.findall(body_text)) - seed_numbers)
    assert not missing, f"numbers not in seed {meta['source_file']}: {missing}"


@needs_seeds
@pytest.mark.parametrize("path", case_files(), ids=ids(case_files()))
def test_paragraphs_verbatim_in_seed(path: Path):
    meta, body = parse(path)
    seed = normalise(seed_text(meta["source_file"]))
    missing = []
    for kind, t in blocks(body):
        if kind == "h" and t in EDITORIAL_HEADINGS:
            continue
        if normalise(t) not in seed:
            missing.append(f"{kind}: {t[:50]}")
    assert not missing, "text not found verbatim in seed:\n" + "\n".join(missing)


@needs_seeds
def test_editorial_headings_are_labelled():
    """Curator-written headings must be marked as appendix (附) and be rare."""
    for h in EDITORIAL_HEADINGS:
        assert h.startswith("附")
    found = [p.stem for p in case_files()
             for k, t in blocks(parse(p)[1]) if k == "h" and t in EDITORIAL_HEADINGS]
    assert found == ["tonglu"]


@needs_seeds
def test_curation_is_reproducible(tmp_path: Path):
    """Re-running the script on the seeds yields exactly the committed corpus."""
    res = subprocess.run(
        [sys.executable, str(SCRIPT), "--seeds", str(SEEDS_DIR), "--out", str(tmp_path)],
        capture_output=True, text=True, cwd=REPO,
    )
    assert res.returncode == 0, res.stderr
    fresh = {p.name: p.read_bytes() for p in tmp_path.glob("*.md")}
    committed = {p.name: p.read_bytes() for p in case_files()}
    assert fresh.keys() == committed.keys()
    stale = [name for name in fresh if fresh[name] != committed[name]]
    assert not stale, f"cases/ out of date, re-run the script: {stale}"
