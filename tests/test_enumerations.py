"""Enumerations in running text and the count/kind a list question asks for: table-driven, on sentences of the
kind the cases hold (written for the rules, several adapted from real case sentences)."""

from __future__ import annotations

import pytest

from assistant.enumerations import asked_count, asked_kind, inline_lists

LIST_ROWS = [
    # (sentence, an enumeration that must be found)
    ("完善教育管理制度,政府层面做到规划布局到位、经费投入到位、师资配备到位。",
     ["规划布局到位", "经费投入到位", "师资配备到位"]),  # the introducing words are trimmed from the first item
    ("在全市建立“临洮县与渭源县”“安定区、市一中与漳县”“陇西县、市幼儿园与岷县”3个区域协作体。",
     ["临洮县与渭源县", "安定区、市一中与漳县", "陇西县、市幼儿园与岷县"]),  # a run of quoted names
    ("实现教学过程的可视化、即时化和个性化,促进学习。", ["可视化", "即时化", "个性化"]),  # the last two joined by 和
    ("有利于推动“专递课堂”“名师课堂”和“名校网络课堂”的常态化应用。", ["专递课堂", "名师课堂", "名校网络课堂"]),
    ("扩大资源供给有利于促进教育公共服务均等化、教育资源配置与结构优化、教育服务供给创新和新时代教育评价改革。",
     ["教育公共服务均等化", "教育资源配置与结构优化", "教育服务供给创新", "新时代教育评价改革"]),  # 与 inside an item stays
    ("通过构建共同体内部课题引领、网络教研、空中课堂、校干教师交流、特色共享等工作机制。",
     ["课题引领", "网络教研", "空中课堂", "校干教师交流", "特色共享"]),  # cut at 等
    ("完善制度,政府层面做到规划到位。提升服务,部门层面推进信息化。激发活力,学校层面实施课程开发。",
     ["政府层面", "部门层面", "学校层面"]),  # clauses that open alike
    ("实现“三个全面”,即全面实现名校集团化,全面实现学前教育覆盖,全面实现高中现代化。",
     ["全面实现名校集团化", "全面实现学前教育覆盖", "全面实现高中现代化"]),  # a set spelled out after 即
    ("落实“六个统筹”,即统筹招生培养、统筹教师资源、统筹课程建设,逐步探索构建衔接的办学模式。",
     ["统筹招生培养", "统筹教师资源", "统筹课程建设"]),  # ...ending where the members stop opening alike
]

NOT_LIST_ROWS = [
    # (sentence, a string no enumeration found in it may hold as an item)
    ("市政府分管领导分别在岷县、漳县、渭源县组织召开区域教育协作启动会。", "漳县"),  # phrases of unequal length: not parallel
    ("三、集聚三方面合力,创新性引领。", "三"),  # an enumerator is not an item
]


@pytest.mark.parametrize("sentence,items", LIST_ROWS)
def test_inline_enumerations(sentence: str, items: list[str]) -> None:
    assert items in [found.items for found in inline_lists(sentence)]


@pytest.mark.parametrize("sentence,item", NOT_LIST_ROWS)
def test_not_enumerations(sentence: str, item: str) -> None:
    assert not any(item in found.items for found in inline_lists(sentence))


def test_found_offsets_point_at_the_items() -> None:
    text = "实现教学过程的可视化、即时化和个性化,促进学习。"
    found = inline_lists(text)[0]
    assert text[found.start:found.end].startswith("可视化") and "个性化" in text[found.start:found.end]
    assert found.context(text).startswith("实现教学过程")


COUNT_ROWS = [
    ("泰州集聚了哪三方面的合力?", 3),
    ("余杭奋进计划分哪四块", 4),
    ("桐庐提质强校六项合作内容里", 6),
    ("定西的区域教育协作体有哪几个?", None),
    ("淄博的共同体有哪几种模式?", None),
    ("余杭提出的“三个全面”是指哪些?", 3),
]


@pytest.mark.parametrize("question,count", COUNT_ROWS)
def test_asked_count(question: str, count: int | None) -> None:
    assert asked_count(question) == count


KIND_ROWS = [
    ("余杭提出的“三个全面”是指哪三个?", "全面"),  # a quoted numbered set names what its members repeat
    ("泰州推进均衡是分几步走的?", ""),  # 步 is the classifier; 走 names no kind
    ("亳州实施了哪几项工程?", "工程"),
    ("数字资源那篇文章举了哪几种教学新模式?", "模式"),
    ("签约仪式上方华院长从哪几个方面讲的提质强校?", "方面"),
    ("新技术能让学校实现哪几个“化”?", "化"),
    ("余杭那篇文章把基础教育发展分成了几个阶段?", "阶段"),
]


@pytest.mark.parametrize("question,kind", KIND_ROWS)
def test_asked_kind(question: str, kind: str) -> None:
    assert asked_kind(question) == kind
