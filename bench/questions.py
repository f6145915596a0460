"""The benchmark's question set: ~50 varied questions over a (synthetic) corpus, deterministic per seed.

Kinds (each question carries one, and `place`, the case id it is about, where there is one):
  place       — one named place + one of its front-matter topics (real places, and fictional ones at >1x)
  topic       — a topic without a place (the whole corpus competes)
  compare     — two places side by side (comparative path: several cases, no single-place boost)
  followup    — a short follow-up ("那在…方面呢?") asked with the previous turn as history
  unknown     — a place that is in no case (the abstention path)
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

from index.load import load_cases

from .synth import Manifest

TOPIC_QUESTIONS = [
    "如何推进集团化办学?", "教师交流轮岗有哪些经验?", "县管校聘改革是怎么实施的?", "怎样缩小城乡教育差距?",
    "学校发展共同体有哪些模式?", "如何提升农村学校办学质量?", "数字教育资源怎样服务基础教育?",
    "怎样落实学校办学自主权?", "如何开展跨区域教育协作?", "义务教育优质均衡发展有哪些保障措施?",
    "怎样加强教师队伍建设?", "家校协同育人有哪些做法?",
]
FOLLOWUPS = ["那在教师队伍建设方面呢?", "具体有哪些保障措施?", "取得了哪些成效?", "经费是怎么保障的?"]
UNKNOWN = ["深圳市的课后服务是怎么做的?", "成都市如何推进集团化办学?", "拉萨市的教师交流轮岗有什么经验?",
           "哈尔滨市怎样缩小城乡教育差距?"]
PLACE_TEMPLATES = ["{name}在{topic}方面有哪些做法?", "{name}是如何推进{topic}的?", "介绍一下{name}的{topic}经验。"]


@dataclass
class Question:
    q: str
    kind: str
    place: str = ""  # case id the question is about
    history: list[dict] = field(default_factory=list)


GOLD_DIR = Path(__file__).resolve().parents[1] / "evals" / "gold"


def gold_questions(gold_dir: Path = GOLD_DIR) -> list[Question]:
    """Every question of every gold set (`evals/gold/*.jsonl`, plan topics aside), with its history: the benchmark's
    own set asks no English, person or document question, whose analysis these reach. `kind` is the item's category."""
    import json

    out = []
    for path in sorted(gold_dir.glob("*.jsonl")):
        if path.name.startswith("plan_"):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line) if line.strip() else {}
            if "q" in item and item.get("type") != "plan":  # a plan topic is drafted, not asked
                out.append(Question(item["q"], item.get("category") or item.get("type", ""), history=item.get("history") or []))
    return out


def build_questions(cases_dir: Path, manifest: Manifest | None = None, n: int = 50, seed: int = 0) -> list[Question]:
    """`n` questions (default 50) mixing the kinds above; fictional places are used when the corpus has them."""
    rng = random.Random(seed)
    src = Path(manifest.source) if manifest else cases_dir
    originals = [c for c in load_cases(src)[0] if c.kind == "case"]
    topics = {c.id: c.topics or ["教育改革"] for c in originals}
    places = [(c.id, c.name, c.id) for c in originals]  # (case id, name, source id)
    fictional = [(c.id, c.name, c.source_id) for c in (manifest.cases if manifest else []) if c.copy > 0 and c.source_id in topics]

    def place_q(case_id: str, name: str, source: str) -> Question:
        template = rng.choice(PLACE_TEMPLATES)
        return Question(template.format(name=name, topic=rng.choice(topics[source])), "place", case_id)

    out: list[Question] = []
    n_fict = 12 if fictional else 0
    out += [place_q(*p) for p in rng.sample(places * 3, 24 - n_fict)]
    out += [place_q(*p) for p in rng.sample(fictional, min(n_fict, len(fictional)))]
    out += [Question(q, "topic") for q in TOPIC_QUESTIONS]
    pool = places + fictional
    for _ in range(6):
        (a_id, a, a_src), (b_id, b, _) = rng.sample(pool, 2)
        out.append(Question(f"{a}和{b}在{rng.choice(topics[a_src])}上有什么不同?", "compare"))
    for follow in FOLLOWUPS:
        first = place_q(*rng.choice(pool))
        history = [{"role": "user", "content": first.q}, {"role": "assistant", "content": "(上一轮回答)"}]
        out.append(Question(follow, "followup", first.place, history))
    out += [Question(q, "unknown") for q in UNKNOWN]
    rng.shuffle(out)
    while len(out) < n:  # only for n > 50: repeat with fresh place questions
        out.append(place_q(*rng.choice(pool)))
    return out[:n]
