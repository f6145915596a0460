"""Larger corpora made from the real cases, for the scaling benchmark.

`generate(scale, dest)` writes `scale` copies of cases/ into `dest`:

* copy 0 is the real corpus, byte for byte (so 1x is exactly what users query);
* copy k (1 .. scale-1) of case X is `X-s{k:03d}.md`:
  - its place is renamed to a generated fictional Chinese place name (青川市, 云岭区, …; the suffix
    市/县/区 of the original is kept): in the front matter `id`, `name`, `region` and `title`, and in
    the text (both the full name 淄博市 and its stem 淄博 are replaced);
  - its `## ` sections (each moved whole, with its nested `###` subsections) are shuffled; the
    preamble before the first `## ` stays first. Files without `## ` keep their order.
  Reference documents without a place (`region: 全国/未注明`) get one the same way: "某区" becomes
  "<fictional>区", otherwise the name is prefixed with "<fictional>市"; their `aliases` get the
  fictional place as a prefix, so no two copies answer to the same alias.

So every synthetic file is real Chinese prose with realistic vocabulary, sentence lengths, token
counts and headings: chunking, jieba, TF-IDF and Chroma costs are representative. What it is *not*:
new information. A 100x corpus holds 100 near-duplicates of every passage, which matters for answer
quality (not measured here) and for dense retrieval (see bench/RESULTS.md).

Renaming is reversible: `SynthCase.restore(text)` maps any text cut from a copy (a chunk, a heading
path) back to the original wording. The fictional stems are two characters, first from `_FIRST`,
second from `_SECOND` (disjoint sets, and no stem occurs anywhere in the real corpus), so a stem can
never appear by accident at a word boundary and the mapping is exact; `generate(check=True)` proves
the round trip for every file. `bench.run` uses this to give a 100x copy the vector of its 1x source
passage instead of spending ~an hour of CPU re-embedding near-identical text.

Names are generated, not looked up: some (青川县…) happen to be real places elsewhere in China, none
of them occurs in the case texts. Capacity: len(_FIRST) * len(_SECOND) two-character stems (~120x the 10
cases), then len(_FIRST) * len(_MIDDLE) * len(_SECOND) three-character ones (to ~1,400x).

    python -m bench.synth --scale 10 --out /tmp/synth10     # writes /tmp/synth10/*.md + _manifest.json
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TypeVar

import yaml

from index.load import FRONT_RE, case_files, load_cases
from index.settings import REPO_ROOT

T = TypeVar("T")
MANIFEST = "_manifest.json"  # leading "_": index.load.case_files ignores it
_FIRST = "青云松枫澜桐柏梧岚翠棠沅澧湄汀苍碧琼瑶黛栖霁蓉芙蘅筠榕杉槐楠樟柘檀杏梓楸桦榆柳荻"
_SECOND = "川岭溪峰泽浦湾塘坪冈屿谷渚滩陂埠堰岗垣汇源陵泉洲沙矶湖岩峪坳"
_MIDDLE = "安宁丰嘉永昌康隆禾瑞祥"
_PLACE_SUFFIXES = ("市", "县", "区")


@dataclass
class SynthCase:
    id: str
    source_id: str
    copy: int
    name: str
    region: str
    pairs: list[tuple[str, str]] = field(default_factory=list)  # (original, fictional), applied in order

    def rename(self, text: str) -> str:
        for old, new in self.pairs:
            text = text.replace(old, new)
        return text

    def restore(self, text: str) -> str:
        """The original wording of any text taken from this copy (inverse of `rename`)."""
        for old, new in self.pairs:
            text = text.replace(new, old)
        return text

    @property
    def stem(self) -> str:
        """The fictional stem every renamed string of this copy starts with ("" for copy 0, the real corpus)."""
        if not self.pairs:
            return ""
        new = self.pairs[0][1]
        return new[:3] if new[1] in _MIDDLE else new[:2]


def find_stem(text: str, stems: dict[str, T]) -> T | None:
    """The value of the first fictional stem in `text` (a key of `stems`), else None.

    A scan for the stems' first characters, not a regex of ~1,000 alternatives: a 100x corpus has ~11,000
    distinct sentences to trace back (1,000x: ~100,000). Stems never contain one another (`fictional_stems`), so the first hit is the stem.
    """
    for i, ch in enumerate(text):
        if ch in _FIRST:
            hit = stems.get(text[i:i + 2]) or stems.get(text[i:i + 3])
            if hit is not None:
                return hit
    return None


@dataclass
class Manifest:
    scale: int
    seed: int
    source: str
    cases: list[SynthCase]

    def by_id(self) -> dict[str, SynthCase]:
        return {c.id: c for c in self.cases}

    def save(self, dest: Path) -> None:
        (dest / MANIFEST).write_text(json.dumps(asdict(self), ensure_ascii=False, indent=1), encoding="utf-8")

    @classmethod
    def load(cls, dest: Path) -> "Manifest":
        data = json.loads((dest / MANIFEST).read_text(encoding="utf-8"))
        cases = [SynthCase(**{**c, "pairs": [tuple(p) for p in c["pairs"]]}) for c in data.pop("cases")]
        return cls(cases=cases, **data)


def fictional_stems(corpus_text: str, seed: int = 0) -> list[str]:
    """All usable stems in a seeded order; none occurs in `corpus_text`.

    Two-character stems come first (so corpora up to ~120x are unchanged), then three-character ones
    (first + middle + second, `_MIDDLE` disjoint from both) for the 1,000x point: no stem contains another,
    since a three-character stem's two-character pieces start or end with a middle character.
    """
    assert not set(_FIRST) & set(_SECOND) and not set(_MIDDLE) & set(_FIRST + _SECOND), "character sets must be disjoint"
    stems = [a + b for a in _FIRST for b in _SECOND if a + b not in corpus_text]
    random.Random(seed).shuffle(stems)
    longer = [a + m + b for a in _FIRST for m in _MIDDLE for b in _SECOND if a + m + b not in corpus_text]
    random.Random(seed).shuffle(longer)
    return stems + longer


def place_pairs(name: str, region: str, level: str, stem: str) -> tuple[list[tuple[str, str]], str, str]:
    """(rename pairs, new name, new region) for one copy of a case named `name`."""
    if len(name) >= 3 and name.endswith(_PLACE_SUFFIXES):
        new_name = stem + name[-1]
        pairs = [(name, new_name), (name[:-1], stem)]
    elif "某区" in name:
        new_name = name.replace("某区", stem + "区")
        pairs = [("某区", stem + "区")]
    else:
        new_name = f"{stem}市{name}"
        pairs = [(name, new_name)]
    new_region = region
    for old, new in pairs:
        new_region = new_region.replace(old, new)
    if new_region == region:
        place = new_name if new_name.endswith(_PLACE_SUFFIXES) else stem + ("区" if level == "区" else "市")
        new_region = (region if region not in ("全国", "未注明", "—", "") else "") + place
    return pairs, new_name, new_region


def split_sections(body: str) -> tuple[str, list[str]]:
    """(preamble, [## sections]); each section runs from its `## ` line to the next one."""
    pre: list[str] = []
    sections: list[list[str]] = []
    for line in body.splitlines(keepends=True):
        if line.startswith("## "):
            sections.append([line])
        elif sections:
            sections[-1].append(line)
        else:
            pre.append(line)
    return "".join(pre), ["".join(s) for s in sections]


def shuffle_sections(body: str, rng: random.Random) -> str:
    pre, sections = split_sections(body)
    rng.shuffle(sections)
    parts = [p.strip("\n") for p in [pre, *sections] if p.strip()]
    return "\n" + "\n\n".join(parts) + "\n"


def generate(scale: int, dest: Path, src: Path = REPO_ROOT / "cases", seed: int = 0, check: bool = True) -> Manifest:
    """Write a `scale`x corpus into `dest` (emptied first) and return its manifest."""
    if scale < 1:
        raise ValueError("scale must be >= 1")
    cases, errors = load_cases(src)
    if errors:
        raise ValueError(f"source corpus has unreadable files: {errors}")
    corpus_text = "\n".join(c.text for c in cases)
    stems = fictional_stems(corpus_text, seed)
    needed = (scale - 1) * len(cases)
    if needed > len(stems):
        raise ValueError(f"scale {scale} needs {needed} fictional names, only {len(stems)} available")
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    for path in case_files(src):
        shutil.copyfile(path, dest / path.name)  # copy 0: the real corpus
    manifest = Manifest(scale, seed, str(src), [SynthCase(c.id, c.id, 0, c.name, c.region) for c in cases])
    names = iter(stems)
    for k in range(1, scale):
        for case in cases:
            stem = next(names)
            pairs, new_name, new_region = place_pairs(case.name, case.region, case.level, stem)
            synth = SynthCase(f"{case.id}-s{k:03d}", case.id, k, new_name, new_region, pairs)
            match = FRONT_RE.match(case.text)
            assert match, f"{case.path}: synthetic copies need YAML front matter"
            meta = yaml.safe_load(match.group(1))
            meta.update(id=synth.id, name=new_name, region=new_region, title=synth.rename(str(meta.get("title", ""))),
                        synthetic_of=case.id, synthetic_copy=k)
            if case.aliases:
                # A copy answers to its own renamed aliases only: an alias containing the original's is refused by
                # the loader (one case may not answer to another's name), so unrenamed aliases are dropped.
                meta["aliases"] = [synth.rename(a) for a in case.aliases if synth.rename(a) != a]
            rng = random.Random(f"{seed}/{k}/{case.id}")
            body = shuffle_sections(synth.rename(case.text[case.body_start:]), rng)
            front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
            (dest / f"{synth.id}.md").write_text(f"---\n{front}---\n{body}", encoding="utf-8")
            if check:
                _check_roundtrip(synth, case.text[case.body_start:], body)
            manifest.cases.append(synth)
    manifest.save(dest)
    return manifest


def _check_roundtrip(synth: SynthCase, original_body: str, body: str) -> None:
    """The restored copy must hold exactly the original sections (order aside)."""
    pre0, secs0 = split_sections(original_body)
    pre1, secs1 = split_sections(synth.restore(body))
    norm = lambda s: s.strip("\n")  # noqa: E731
    if norm(pre0) != norm(pre1) or sorted(map(norm, secs0)) != sorted(map(norm, secs1)):
        raise AssertionError(f"{synth.id}: renaming is not reversible")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.synth", description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=int, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--src", type=Path, default=REPO_ROOT / "cases")
    args = parser.parse_args(argv)
    manifest = generate(args.scale, args.out, args.src, args.seed)
    files = case_files(args.out)
    chars = sum(len(p.read_text(encoding="utf-8")) for p in files if p.suffix == ".md")
    print(f"{len(manifest.cases)} cases ({len(files)} files, {chars:,} chars) in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
