"""Metadata of imported documents: pinyin ids, places from the gazetteer, titles and dates."""

from __future__ import annotations

import pytest

from index.load import ID_RE
from index.meta import choose_title, detect_date, detect_place, division_names_in, divisions, slug_from_name, subdivision_names, unique_id


def test_gazetteer_loads_from_the_cpca_data_file() -> None:
    d = divisions()
    assert len(d) > 3000 and d["621100"].name == "定西市" and d["330122"].name == "桐庐县"


@pytest.mark.parametrize("text,names", [
    ("是放在谯城开的", ["谯城"]), ("涡阳开的", ["涡阳"]),  # a county named without 区/县, as people say it
    ("谯城区和涡阳县", ["谯城区", "涡阳县"]),  # full names, longest first
    ("在县区轮流开", []), ("在市里开", []),  # the code list's placeholders (县, 市辖区) name no place
    ("按月发放还是按学期发放", []),
])
def test_division_names_in(text: str, names: list[str]) -> None:
    assert division_names_in(text) == names


@pytest.mark.parametrize("title, text, expected", [
    ("定西市深化区域教育协作实施意见", "", ("定西市", "甘肃省定西市", "市")),
    ("定西深化区域教育协作", "", ("定西市", "甘肃省定西市", "市")),  # a city's short name, in a title
    ("桐庐县推进城乡学校共同体建设", "", ("桐庐县", "浙江省杭州市", "县")),
    ("关于上城区教育的通知", "", ("上城区", "浙江省杭州市", "区")),
    ("浙江省教育厅通知", "", ("浙江省", "浙江省", "省")),
    ("工作要点", "北京市东城区教育委员会印发", ("东城区", "北京市", "区")),  # from the text when the title has none
    ("关于朝阳区教育", "北京市教育委员会", ("朝阳区", "北京市", "区")),  # two 朝阳区: the province decides
    ("关于朝阳区教育", "吉林省长春市教育局", ("朝阳区", "吉林省长春市", "区")),
    ("工作要点", "要长治久安,天下大同。", None),  # short names are not matched in running text
    ("某区初中教育高质量发展行动方案", "教育是国之大计", None),
])
def test_detect_place(title: str, text: str, expected) -> None:
    place = detect_place(title, text)
    assert (None if place is None else (place.name, place.region, place.level)) == expected


@pytest.mark.parametrize("name, slug", [
    ("定西市深化区域教育协作实施意见", "dingxishi-shenhua-quyu-jiaoyu-xiezuo-shishi-yijian"),
    ("2023年工作要点(修订稿)", "2023-nian-gongzuo-yaodian-xiudinggao"),
    ("Report_v2 final", "report-v2-final"),
    ("!!!", "doc"),
    ("关于进一步深化全市中小学教育教学改革全面提高义务教育质量的若干实施意见", None),
])
def test_slug_from_name(name: str, slug: str | None) -> None:
    got = slug_from_name(name)
    assert ID_RE.match(got) and len(got) <= 60
    if slug is not None:
        assert got == slug


def test_unique_id() -> None:
    assert unique_id("dingxi", set()) == "dingxi"
    assert unique_id("dingxi", {"dingxi"}) == "dingxi-2"
    assert unique_id("dingxi", {"dingxi", "dingxi-2"}) == "dingxi-3"


@pytest.mark.parametrize("text, date", [
    ("定于2023年7月12日召开会议。\n\n定西市教育局\n二〇二三年七月十五日\n", "2023-07-15"),  # the 落款 wins
    ("发布时间:2024-03-05 浏览次数:12\n正文", "2024-03-05"),
    ("会议于2022年10月1日召开,2022年11月3日结束。", "2022-10-01"),
    ("二〇二一年十二月三十一日", "2021-12-31"),
    ("2023年13月45日", ""),
    ("没有日期", ""),
])
def test_detect_date(text: str, date: str) -> None:
    assert detect_date(text) == date


def test_choose_title() -> None:
    assert choose_title("正文第一行\n# 大标题\n", "元数据标题", "文件名") == "大标题"
    assert choose_title("正文第一行\n", "元数据标题", "文件名") == "元数据标题"
    assert choose_title("正文第一行\n", "文件名", "文件名") == "正文第一行"  # metadata that is just the file name
    assert choose_title("", "", "文件名") == "文件名"


@pytest.mark.parametrize("city,inside,outside", [
    ("泰州市", ["海陵区", "海陵", "靖江", "兴化市"], ["泰州", "余杭", "临平"]),  # counties and districts, full or short
    ("桐庐县", [], ["桐庐", "分水"]),  # a county: the gazetteer lists nothing under it
    ("不存在市", [], ["海陵"]),
])
def test_subdivision_names(city: str, inside: list[str], outside: list[str]) -> None:
    names = subdivision_names(city)
    assert all(n in names for n in inside) and not any(n in names for n in outside)
