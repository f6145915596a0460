"""Generalisation-set metrics on small hand-made answers and plans (no index, no engine)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

import assistant.plan as plan_module
from assistant.schema import Answer, Citation, Claim, RetrievedPassage
from evals.gen import (aggregate, by_category, evaluate, place_terms, plan_checks, plan_section_accuracy, row_headings,
                       score_item, threshold_notes)
from evals.gen_metrics import (comparison_table_ok, contains_any, hit_at_k, is_label_line, key_measure_coverage,
                               lead_line, lead_names_all, measure_stated, normalize, span_in_passage)
from evals.gen_report import category_table, confusion_table, write_gen_report
from index.settings import REPO_ROOT

DINGXI = (REPO_ROOT / "cases" / "dingxi.md").read_text(encoding="utf-8")
ALLOWANCE = "按照每人每年1.8万元的标准为交流帮扶人员补贴生活补助,购买意外保险,让交流帮扶人员工作安心、生活舒心。"


def _citation(quote: str = ALLOWANCE, shift: int = 0, supported: bool = True) -> Citation:
    start = DINGXI.index(quote) + shift
    return Citation(n=1, case_id="dingxi", case_name="定西市", title="t", chunk_id="dingxi:0", source="cases/dingxi.md",
                    start=start, end=start + len(quote), quote=quote, supported=supported, score=1.0, sentence=quote)


def _answer(text: str, abstained: bool = False, passages: tuple[str, ...] = (), citations: tuple[Citation, ...] = ()) -> Answer:
    return Answer(question="q", answer=text, abstained=abstained, citations=list(citations),
                  retrieved=[RetrievedPassage(chunk_id=f"c{i}", case_id="dingxi", score=1.0, text=p) for i, p in enumerate(passages)],
                  claims=[Claim(text=c.sentence, markers=[c.n], supported=c.supported) for c in citations])


def _item(category: str, **kw) -> dict:
    base = {"id": f"gen-dev-{category}", "category": category, "q": "问", "cases": ["dingxi"], "split": "dev",
            "evidence": [ALLOWANCE], "contains": ["1.8万元"]}
    if category in ("unanswerable", "near_miss"):
        base = {k: v for k, v in base.items() if k not in ("evidence", "contains")}
    return {**base, **kw}


# -- normalisation and matching ------------------------------------------------------------------------------


def test_normalize_drops_markup_markers_space_and_quotes() -> None:
    assert normalize("**定西**按每人每年 1.8万元 补助[1][2,3]。\n- 购买“意外保险”") == "定西按每人每年1.8万元补助。购买意外保险"
    assert normalize("建设〃统领〃行动") == normalize("建设“统领”行动") == "建设统领行动"
    assert normalize("(扩)建,100%") == "(扩)建,100%"  # NFKC folds full-width punctuation


def test_contains_any() -> None:
    assert contains_any("定西按照每人每年**1.8万元**[1]的标准补贴", ["18,000", "1.8万元"])
    assert not contains_any("定西按照每人每年1.8 元", ["1.8万元"])
    assert not contains_any("任何回答", [""])


def test_hit_at_5_looks_at_the_first_five_passages_only() -> None:
    other = "与问题无关的段落。"
    assert hit_at_k([other, "前文" + ALLOWANCE], [ALLOWANCE])
    assert not hit_at_k([other] * 5 + [ALLOWANCE], [ALLOWANCE])
    # a span cut by a chunk border still hits when the passage holds at least half of it
    assert span_in_passage(ALLOWANCE, ALLOWANCE[: int(len(ALLOWANCE) * 0.6)])
    assert not span_in_passage(ALLOWANCE, ALLOWANCE[: int(len(ALLOWANCE) * 0.4)])


def test_key_measure_coverage_by_text_or_bigrams() -> None:
    measures = ["秉持开放理念“走出去”", "坚持共建共享“引进来”", "培育优质资源“沉下来”"]
    answer = "- 秉持开放理念\"走出去\"[1]\n- 坚持共建共享,把资源引进来[2]\n- 其他做法"
    assert measure_stated(measures[0], answer)  # the text, quotes aside
    assert measure_stated(measures[1], answer)  # 7 of its 8 bigrams
    assert not measure_stated(measures[2], answer)
    assert key_measure_coverage(answer, measures) == pytest.approx(2 / 3)
    assert key_measure_coverage("", measures) == 0.0


def test_lead_sentence_is_the_first_non_label_line() -> None:
    good = "**淄博市**\n\n淄博的学校发展共同体有三种模式:帮扶式、联盟式、集团式。[1]\n- 帮扶式:以城带乡[1]"
    assert lead_line(good).startswith("淄博的学校") and lead_names_all(good, ["帮扶式", "联盟式", "集团式"])
    assert is_label_line("### 淄博市") and is_label_line("淄博市:") and not is_label_line("共三种:帮扶式、联盟式、集团式。")
    assert is_label_line("**淄博市** ·《关于推进义务教育学校发展共同体建设的指导意见》")
    assert not is_label_line("**淄博市** 有三种模式:帮扶式、联盟式、集团式。")
    only_bullets = "淄博市的做法如下[1]。\n- 帮扶式\n- 联盟式\n- 集团式"
    assert not lead_names_all(only_bullets, ["帮扶式", "联盟式", "集团式"])
    assert not lead_names_all("", ["帮扶式"])


TABLE = """桐庐和余杭引进外部资源的做法不同。

| 地方 | 做法 |
|---|---|
| 桐庐县 | 与21世纪教育研究院合作[1] |
| 余杭区 | 引进三十所国内外名校[2] |

差异:桐庐引进研究机构,余杭引进名校。"""


def test_comparison_table_needs_one_row_per_place() -> None:
    assert comparison_table_ok(TABLE, ["桐庐", "余杭"])
    assert not comparison_table_ok(TABLE, ["桐庐", "余杭", "定西"])
    assert not comparison_table_ok(TABLE.replace("| 余杭区 |", "| 桐庐县 |"), ["桐庐", "余杭"])  # two 桐庐 rows
    assert not comparison_table_ok(TABLE.replace("|---|---|\n", ""), ["桐庐", "余杭"])  # not a Markdown table
    assert not comparison_table_ok("桐庐县与研究院合作;余杭区引进名校。", ["桐庐", "余杭"])


# -- per item and per category -------------------------------------------------------------------------------


def test_score_item_per_kind() -> None:
    cit = _citation()
    good = score_item(_item("paraphrase"), _answer(f"定西每人每年补助1.8万元[1]。", passages=(DINGXI,), citations=(cit,)))
    assert (good.contains, good.false_abstention, good.hit5, good.abstained_ok) == (True, False, True, None)
    assert (good.citations, good.citations_ok) == (1, 1) and good.problems == []
    refused = score_item(_item("paraphrase"), _answer("案例材料没有提到。1.8万元", abstained=True))
    assert (refused.contains, refused.false_abstention, refused.hit5) == (False, True, False)
    assert score_item(_item("near_miss"), _answer("没有", abstained=True)).abstained_ok is True
    answered = score_item(_item("unanswerable", subtype="opinion"), _answer("能成功。"))
    assert answered.abstained_ok is False and "answered" in answered.problems[0]
    bad_cit = score_item(_item("fact"), _answer("补助1.8万元[1]。", citations=(_citation(shift=3),)))
    assert (bad_cit.citations, bad_cit.citations_ok) == (1, 0) and "bad citations" in bad_cit.problems[-1]
    ov = score_item(_item("overview", key_measures=["秉持开放理念“走出去”", "坚持共建共享“引进来”"]), _answer("- 秉持开放理念“走出去”。1.8万元"))
    assert ov.coverage == 0.5
    lst = score_item(_item("list", items=["帮扶式", "联盟式"]), _answer("共两种:帮扶式、联盟式。1.8万元"))
    assert lst.lead is True
    cmp_ = score_item(_item("cross_case", places=["桐庐", "余杭"]), _answer(TABLE + "1.8万元"))
    assert cmp_.table is True
    assert score_item(_item("cross_case"), _answer(TABLE)).table is None  # "哪些地方…" has no named places


def test_aggregate_by_category_and_report(tmp_path: Path) -> None:
    results = [
        score_item(_item("fact"), _answer("1.8万元")),
        score_item(_item("fact"), _answer("不知道", abstained=True)),
        score_item(_item("near_miss"), _answer("没有", abstained=True)),
        score_item({**_item("near_miss"), "split": "heldout"}, _answer("答了")),
    ]
    tables = by_category(results)
    assert list(tables) == ["dev", "heldout"]
    assert list(tables["dev"]) == ["fact", "near_miss", "all"]
    fact = tables["dev"]["fact"]
    assert (fact["n"], fact["contains"], fact["false_abstention"], fact["abstention"]) == (2, 0.5, 0.5, None)
    assert tables["dev"]["near_miss"]["abstention"] == 1.0 and tables["heldout"]["near_miss"]["abstention"] == 0.0
    assert aggregate([])["contains"] is None
    table = category_table(tables["dev"])
    assert table.splitlines()[0].startswith("| category | n | contains |") and "| near_miss | 1 | – |" in table
    result = {"engine": "extractive", "split": "all", "embedding": "none", "seconds": 1.0, "counts": {"dev": 3, "heldout": 1},
              "tables": tables, "failures": [{"split": "dev", "id": "x", "category": "fact", "subtype": "", "question": "问|答",
                                              "problems": "abstained", "answer": "(abstained) 不知道"}],
              "plan_sections": {"accuracy": "n/a", "n": 74, "wrong": []}, "plans": [], "plan_summary": None,
              "threshold_notes": ["dev/fact: contains = 0.500 < 0.9"]}
    text = write_gen_report(result, tmp_path / "r.md").read_text(encoding="utf-8")
    assert "## Split `dev`" in text and "## Split `heldout`" in text and "问\\|答" in text
    assert "Section accuracy on 74 labelled sentences, dev (`assistant.plan.classify_section`): n/a." in text


def test_threshold_notes_use_category_overrides() -> None:
    bounds = {"min": {"contains": 0.9}, "max": {"false_abstention": 0.05, "plan_place_leaks": 0},
              "category": {"english": {"min": {"contains": 0.8}}}}
    result = {"tables": {"dev": {"english": {"contains": 0.85, "false_abstention": 0.0},
                                 "fact": {"contains": 0.85, "false_abstention": 0.1, "abstention": None},
                                 "all": {"contains": 0.1}}},
              "plan_sections": {"accuracy": "n/a"}, "plan_summary": {"place_leaks": 2, "empty_sections": 0}}
    assert threshold_notes(result, bounds) == ["dev/fact: contains = 0.850 < 0.9", "dev/fact: false_abstention = 0.100 > 0.05",
                                               "plans: plan_place_leaks = 2.000 > 0"]


# -- plans ------------------------------------------------------------------------------------------------


def test_section_accuracy_is_na_until_classify_section_exists(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [{"id": "a", "text": "到2025年覆盖率达100%。", "section": "工作目标"}, {"id": "b", "text": "实施网络教研。", "section": "主要任务与举措"}]
    monkeypatch.delattr(plan_module, "classify_section", raising=False)
    assert plan_section_accuracy(rows)["accuracy"] == "n/a"
    monkeypatch.setattr(plan_module, "classify_section", lambda text, heading=(): "工作目标" if "20" in text else "保障措施", raising=False)
    got = plan_section_accuracy(rows)
    assert got["accuracy"] == 0.5 and got["wrong"][0]["id"] == "b" and got["wrong"][0]["got"] == "保障措施"
    assert got["confusion"] == {"工作目标": {"工作目标": 1}, "主要任务与举措": {"保障措施": 1}}


def test_section_accuracy_passes_the_heading_each_sentence_sits_under(tmp_path: Path) -> None:
    zibo = (REPO_ROOT / "cases" / "zibo.md").read_text(encoding="utf-8")
    principle = "鼓励实施特色发展,探索研究各具特色的共同体办学规范、工作标准和运行机制,各美其美、美美与共,努力打造名校引领下的共同体办学品牌。"
    assert principle in zibo
    rows = [{"id": "p", "case": "zibo", "text": principle, "section": "指导思想"},
            {"id": "x", "case": "zibo", "text": "不在案例里的句子。", "section": "主要任务与举措"}]
    headings = row_headings(rows, REPO_ROOT / "cases")
    assert headings == {"p": ["二、基本原则"]}  # under the case's 基本原则 heading; an unknown text has none
    got = plan_section_accuracy(rows, headings)
    assert got["accuracy"] == 1.0 and got["confusion"]["指导思想"] == {"指导思想": 1}
    text = confusion_table({"指导思想": {"指导思想": 3, "主要任务与举措": 1}, "背景": {"背景": 2}})
    assert "| 指导思想 | 3 | 1 | 0 | 0.75 |" in text and "| 背景 | 0 | 0 | 2 | 1.00 |" in text


def _plan(sections: dict[str, list[str]]) -> SimpleNamespace:
    return SimpleNamespace(sections=[SimpleNamespace(heading=h, items=[SimpleNamespace(text=t, citations=[_citation()]) for t in items])
                                     for h, items in sections.items()])


def test_plan_checks_count_other_places_outside_attributions() -> None:
    terms = place_terms(REPO_ROOT / "cases")
    assert {"桐庐", "桐庐县", "定西", "杭州", "渭源", "首善之区"} <= terms and "某区初中教育高质量发展行动方案" not in terms
    plan = _plan({
        "指导思想": ["对标高质量打造现代化都市首善之区新定位"],
        "工作目标": ["到2025年实现县域优质均衡"],
        "主要任务与举措": ["借鉴淄博市:以区县为单位,按照以城带乡、以强带弱原则组建共同体", "推动桐庐教育高质量跨越式发展!",
                     "着力把先进教育理念和优质教育资源引进到定西", "建立县域内校长、教师交流制度"],
        "实施步骤": [], "保障措施": ["设立专项经费"],
    })
    calls = []
    stub = SimpleNamespace(draft_plan=lambda topic, profile=None: calls.append(profile) or plan)
    (bare, profiled) = plan_checks(stub, [{"topic": "推进城乡学校共同体建设", "profile": "山区县"}], terms)
    assert calls == [None, "山区县"] and profiled["profile"] == "山区县"
    assert bare["place_leaks"] == 3
    assert {p for leak in bare["leaks"] for p in leak["places"]} == {"定西", "首善之区", "桐庐"}
    assert bare["empty_sections"] == ["实施步骤", "评估指标"]


def test_evaluate_runs_items_through_ask_with_history() -> None:
    seen = []

    def ask(q, history=None):
        seen.append((q, history))
        return _answer("定西每人每年1.8万元。", passages=(DINGXI,))

    history = [{"role": "user", "content": "定西给多少补助?"}, {"role": "assistant", "content": "1.8万元。"}]
    out = evaluate(SimpleNamespace(ask=ask), [_item("followup", q="那淄博呢?", history=history), _item("near_miss")])
    assert seen == [("那淄博呢?", history), ("问", None)]
    assert out["tables"]["dev"]["followup"]["contains"] == 1.0 and out["tables"]["dev"]["near_miss"]["abstention"] == 0.0
    assert [f["category"] for f in out["failures"]] == ["near_miss"] and out["plans"] == [] and out["plan_sections"] is None
    assert json.loads(json.dumps(out, ensure_ascii=False))["tables"]["dev"]["all"]["n"] == 2  # --json prints it


def test_cli_reports_a_bad_split_and_keeps_the_main_runner() -> None:
    proc = subprocess.run([sys.executable, "-m", "evals", "run", "--gold", "gen", "--split", "test"], cwd=REPO_ROOT,
                          capture_output=True, text=True, timeout=120, env={**os.environ, "JY_EMBEDDING__MODE": "none"})
    assert proc.returncode == 2 and "invalid choice: 'test'" in proc.stderr
    proc = subprocess.run([sys.executable, "-m", "evals", "run", "--help"], cwd=REPO_ROOT, capture_output=True, text=True, timeout=120)
    assert "--gold {main,gen,gen2,gen3,gen4,gen5,gen6,gen7,gen8,gen9,gen10,gen11,gen12,gen13,gen14,gen15,gen16,gen17,gen18,gen19,gen20,gen21,gen22,gen23,gen24,gen25,gen26,gen27,gen28,gen29,gen30,gen31,gen32,gen33,gen34,gen35,gen36,gen37,gen38,gen39,gen40,gen41,gen42,gen43,gen44,gen45,gen46,gen47,gen48,gen49,gen50,gen51,gen52,gen53,gen54,gen55,gen56,gen57,gen58,gen59,gen60,gen61,gen62,gen63,gen64,gen65,gen66,gen67,gen68,gen69,gen70,gen71,gen72,gen73,gen74,gen75,gen76,gen77,gen78,gen79}" in proc.stdout and "--no-baseline" in proc.stdout
