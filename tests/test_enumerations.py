"""Enumerations in running text and the count/kind a list question asks for: table-driven, on sentences of the
kind the cases hold (written for the rules, several adapted from real case sentences)."""

from __future__ import annotations

import re

import pytest

from assistant.enumerations import asked_count, asked_kind, cn_number, inline_lists, is_member, member_kind, members_named, members_phrase, members_required

LIST_ROWS = [
    # an aside after each item (its years) belongs to the item and does not count against its length
    ("有学者将其归纳为四个阶段:初步发展阶段(1978-1984年)、非均衡发展阶段(1985-2000年)、非均衡向均衡过渡阶段(2001-2009年)和均衡发展阶段(2010年至今)[2]。",
     ["初步发展阶段(1978-1984年)", "非均衡发展阶段(1985-2000年)", "非均衡向均衡过渡阶段(2001-2009年)", "均衡发展阶段(2010年至今)"]),
    # the other items all of one length: the first is cut as long, at a word boundary (segmentation reads 定 + 制式)
    ("按需开展定制式教研、跨学科教研和诊断式教研等。", ["定制式教研", "跨学科教研", "诊断式教研"]),
    # runs of clauses opening alike that share clauses: the one whose heads open their clauses is the list
    ("充分发挥核心学校的辐射引领功能,实现共建共享。加强品牌引领,集团成员学校可加挂核心学校校名;加强管理引领,核心学校要选派"
     "管理干部;加强学科引领,核心学校要选派骨干教师团队。", ["加强品牌引领", "加强管理引领", "加强学科引领"]),
    # 从 opens a list closed by the aspects it counts: the first item starts after it, however long
    ("方院长从为什么要做“提质强校”工程、这是一个什么项目、怎么样来做这个项目等三个方面全面阐述了工程的意义。",
     ["为什么要做“提质强校”工程", "这是一个什么项目", "怎么样来做这个项目"]),
    ("从严从实抓好师德、师风、学风等三个方面", ["师德", "师风", "学风"]),  # the 从 of 从严 opens nothing
    # 在 opens such a list too ("在A、B、C等方面多点发力"); the 在 of 存在 opens nothing
    ("依托优质资源,在教师成长、学生发展、教学改革等方面多点发力。", ["教师成长", "学生发展", "教学改革"]),
    ("现在存在师资不足、设备落后、理念陈旧等方面问题。", ["师资不足", "设备落后", "理念陈旧"]),
    # a 在 opening a place or time before a verb: the item it opens would be far longer than its siblings
    ("各校在课后服务中开设体育、艺术、科技等方面的课程。", ["体育", "艺术", "科技"]),
    ("集团在管理上统一师资、课程、评价等方面。", ["统一师资", "课程", "评价"]),
    # 包括 opens and 等 closes a list of comma-joined clauses, 等 ending the sentence
    ("教育局长研究包括教育局长定位,教育局长现状,教育局长专业,教育局长对区域教育的作用,教育局长的成长、能力及选拔等。",
     ["教育局长定位", "教育局长现状", "教育局长专业", "教育局长对区域教育的作用", "教育局长的成长、能力及选拔"]),
    # 还是 joins the last item after 无论; the frame 在…上 closes after it
    ("无论是在机构设置、职责设定还是工作方式上,都突出服务的理念。", ["机构设置", "职责设定", "工作方式"]),
    ("优质资源集中在城区小学、城区初中和县城高中。", ["城区小学", "城区初中", "县城高中"]),  # 中 ends the noun, no frame
    ("覆盖课前、课中、课后各环节的教育教学新模式。", ["课前", "课中", "课后"]),  # 各 + a noun closes the list
    ("排出“任务书”、划出“硬杠杠”、定出“时间表”,推动协作。", ["排出“任务书”", "划出“硬杠杠”", "定出“时间表”"]),  # quotes inside items stay whole
    ("《意见》明确了平台体系建设、资源开发与平台资源应用的关系。", ["平台体系建设", "资源开发", "平台资源应用"]),  # 与 joins the last two; 明确了 governs the list
    # (sentence, an enumeration that must be found)
    ("建立以教育经费、办学条件、师资配置、教育质量为核心的发展监测机制。",
     ["教育经费", "办学条件", "师资配置", "教育质量"]),  # a 以…为… frame closes the last item at 为
    ("坚持以学生、教师、家长为本。", ["学生", "教师", "家长"]),
    ("完善教育管理制度,政府层面做到规划布局到位、经费投入到位、师资配备到位。",
     ["规划布局到位", "经费投入到位", "师资配备到位"]),  # the introducing words are trimmed from the first item
    ("在全市建立“临洮县与渭源县”“安定区、市一中与漳县”“陇西县、市幼儿园与岷县”3个区域协作体。",
     ["临洮县与渭源县", "安定区、市一中与漳县", "陇西县、市幼儿园与岷县"]),  # a run of quoted names
    ("实现教学过程的可视化、即时化和个性化,促进学习。", ["可视化", "即时化", "个性化"]),  # the last two joined by 和
    # verbs listed with one object after the last: the object is every verb's, a 与 inside it is its own
    ("着眼于统筹、整合和挖掘区域教育相关资源与因素,寻求策略。", ["统筹", "整合", "挖掘"]),
    ("帮助他们看清、认准、做实地方基础教育现状。", ["看清", "认准", "做实"]),
    # a short gloss in brackets stays with the word before it and adds nothing to the item's length
    ("通过组建名校集团(共同体)、实行学区一体化、推进名校孵化、尝试跨区融合等举措,放大名校资源效应。",
     ["组建名校集团(共同体)", "实行学区一体化", "推进名校孵化", "尝试跨区融合"]),
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
    ("构建一个资源充裕、公平开放、选择多元、质量一流、特色鲜明的现代基础教育体系。",
     ["资源充裕", "公平开放", "选择多元", "质量一流", "特色鲜明"]),  # the last item stops before the noun it runs into
    ("健全多校协同、区域组团、同学段联盟、跨学段联合等多种模式。",
     ["多校协同", "区域组团", "同学段联盟", "跨学段联合"]),  # a verb opening only the first item governs the list
    ("有利于实现均等化、有利于配置优化、有利于服务创新。",
     ["有利于实现均等化", "有利于配置优化", "有利于服务创新"]),  # a verb every item opens with stays
    ("当前农村学校还面临师资结构不够合理,办学经费短缺,课程开设不全等困难。",
     ["师资结构不够合理", "办学经费短缺", "课程开设不全"]),  # comma-joined clauses closed by 等 + noun
    ("虽然投入力度进一步加大,教育普及成效显著,但是仍然存在供需矛盾突出,资源分布不均衡,保障机制不完善等问题。",
     ["供需矛盾突出", "资源分布不均衡", "保障机制不完善"]),  # the list opens at the clause introducing it (存在)
    ("意义有三:从国家发展层面,教育是基石;从群众期盼层面,教育是民生;从教育自身层面,基础教育是基础。",
     ["国家发展层面", "群众期盼层面", "教育自身层面"]),  # the whole head an opening repeats, without 从
    ("实施校安工程,打下基础。实施千所村小提升工程,办好村小。实施结对帮扶工程,打造联盟。",
     ["实施校安工程", "实施千所村小提升工程", "实施结对帮扶工程"]),  # a repeated thing closing each clause's head
    ("城区学校要提质。农村学校要补短。乡镇学校要达标。", ["城区学校", "农村学校", "乡镇学校"]),  # things named by nouns
    # a first item trimmed to the others' length keeps the nouns modifying it, up to the verb introducing the list
    ("要实现学校课程管理可视化、教学决策数据化、评价反馈即时化。", ["学校课程管理可视化", "教学决策数据化", "评价反馈即时化"]),
    ("局长作为区域教育发展方向的导引者、行政管理的领导者、专业发展的引领者。",
     ["区域教育发展方向的导引者", "行政管理的领导者", "专业发展的引领者"]),
    # …but not a word modifying the whole list (有关)
    ("将学校办学中有关人员、经费、设备、课程等方面的自主权赋予学校。", ["人员", "经费", "设备", "课程"]),
    # a demonstrative summing the items up closes the list as 等 does (`cues.LIST_SUMMED_UP_RE`)
    ("哪里把人事、经费、设备、课程这些办学自主权都下放给了学校?", ["人事", "经费", "设备", "课程"]),
    ("家长会、开放日那几样都办过。", ["家长会", "开放日"]),
    ("学校搞联合教研、集体备课、送教下乡这样的模式。", ["联合教研", "集体备课", "送教下乡"]),
    # a count after every item is that item's figure: the names are the items (`enumerations.ITEM_COUNT_RE`)
    # (the first keeps the place naming its level, 甘肃省, though a mistagged verb before it, 选树, runs past the span)
    ("先后选树甘肃省家庭教育创新实践基地16个、定西市家长实验学校10所、定西市家庭教育示范学校98所和甘肃省书香家庭16个。",
     ["甘肃省家庭教育创新实践基地", "定西市家长实验学校", "定西市家庭教育示范学校", "甘肃省书香家庭"]),
    ("培训1000名专职教师、3000名兼职教师。", ["培训1000名专职教师", "3000名兼职教师"]),  # counts before: kept
]


def test_a_trimmed_first_item_opens_on_a_word() -> None:
    """A first item trimmed to the others' length does not open with a stray character of the words before it."""
    from assistant.enumerations import _parallel_tail

    assert _parallel_tail("城乡与校际间教育资源配置不够均衡", ["优质教育资源短缺", "人才培养模式改革急需提速"]) == "教育资源配置不够均衡"


@pytest.mark.parametrize("sentence,closing", [
    ("健全多校协同、区域组团、同学段联盟等多种模式,在教师成长方面发力。", "等多种模式"),
    ("建设一批德育、外语、科技、艺术、体育等方面的特色初中。", "等方面的特色初中"),
    ("构建一个资源充裕、公平开放、选择多元、质量一流、特色鲜明的现代基础教育体系。", "的现代基础教育体系"),
    ("覆盖课前、课中、课后各环节的教育教学新模式。", "各环节的教育教学新模式"),
])
def test_what_closes_a_list_names_it(sentence: str, closing: str) -> None:
    found = max(inline_lists(sentence), key=lambda lst: len(lst.items))
    assert found.closing(sentence) == closing

NOT_LIST_ROWS = [
    ("我们开展了听课,评课,磨课等。", "评课"),  # 等 ending a sentence closes a list only one an introducer opens
    # (sentence, a string no enumeration found in it may hold as an item)
    ("市政府分管领导分别在岷县、漳县、渭源县组织召开区域教育协作启动会。", "漳县"),  # phrases of unequal length: not parallel
    ("三、集聚三方面合力,创新性引领。", "三"),  # an enumerator is not an item
    ("各学校要完善德育工作体系,改革育人方式,积极构建多元育人的校园特色文化,不断提高学校德育工作的针对性和有效性等。",
     "改革育人方式"),  # clauses of very unequal length before 等 are a sentence, not a list
    ("要加强师资建设,完善课程体系,推动高等教育发展。", "推动高"),  # 等 inside a word (高等) closes no list
    ("从就业层面看,要扩大就业;从民生层面看,要办好学校。", "业层面"),  # 就 opens the word 就业, it is no preposition
    ("推动形成优质学校主动辐射引领、结对学校自主发展、校长教师积极参与的良好氛围。", "校长教师积极参"),  # the 与 of 参与 joins nothing
    ("城区学校、乡镇学校还是要加强管理。", "要加强管理"),  # 还是 without 无论 is an adverb, no conjunction
    # a first item keeps its modifiers, not a stray character of the word before them (特岗 cut as 特 + 岗)
    ("召开特岗教师岗前培训,培训优质基地校44所、优秀指导教师182名、优秀学员181名。", "岗培训优质基地校44所"),
    # a repeated thing (教师, 教研员) is each clause's subject, not the aspect that closes a list's heads
    ("改进教师培养培训方式。加强中青年教师培养和创新团队建设。推进农村初中教师培养计划。", "改进教师"),
    ("配足初中教研员队伍,建立兼职教研员制度。推进教研工作重心下移,健全教研员岗位职责。50周岁以下教研员要有薄弱初中经历。",
     "健全教研员"),
    # the levels a division word may stand for, in brackets: no list of divisions
    ("2014年底,靖江市、姜堰区通过江苏省首批“优质均衡发展县(市、区)”验收。", "市"),
    ("各乡(镇、街道)中心学校统筹安排。", "街道"),
    # clauses going on a sentence (例如…, 由…组成, 并形成…) closed by 等: no list of named items
    ("二是教育资金投入缺乏长效保障,例如教育资金投入仍然偏重于经济发达地区,对于幼儿园和中小学教育经费使用规划不合理,严重影响学校正常发展等问题。",
     "对于幼儿园和中小学教育经费使用规划不合理"),
    # (nor a frame of comparison, 与…相比, which sets the clauses after it against something)
    ("与其他县区管办评分离改革相比,上城区突出了导助机构的改革,明确了区教育学院等直属部门为导助机构。", "明确了区教育学院"),
    # an ordinal (第1场) is no count closing an item: nothing is stripped from it
    ("活动分第1场、第2场、第3场进行。", "第"),
]


@pytest.mark.parametrize("sentence,items", LIST_ROWS)
def test_inline_enumerations(sentence: str, items: list[str]) -> None:
    assert items in [found.items for found in inline_lists(sentence)]


# The frame 以…为<noun> (closed after the items, or after 等): the items without its 以, and whether that noun is a
# means, the ways the clause's doing goes through (`cues.MEANS_NOUNS`)
MEANS_FRAME_ROWS = [
    ("以跟岗学习、名师支教、课堂建设、课题研究等为载体,开展教研活动。", ["跟岗学习", "名师支教", "课堂建设", "课题研究"], True),
    ("以课程建设、课堂改革、教师培训为抓手,推进质量提升。", ["课程建设", "课堂改革", "教师培训"], True),
    ("以结对帮扶、送教下乡、网络教研等为主要途径,带动农村学校。", ["结对帮扶", "送教下乡", "网络教研"], True),
    ("建立以教育经费、办学条件、师资配置、教育质量为核心的发展监测机制。", ["教育经费", "办学条件", "师资配置", "教育质量"], False),
    ("坚持以学生、教师、家长等为本。", ["学生", "教师", "家长"], False),
    # a clause opened by 通过 (借助, 依托) states what the doing goes through: its items are ways too
    ("通过跟岗学习、名师支教、课题研究等载体,开展教研活动。", ["跟岗学习", "名师支教", "课题研究"], True),
    ("通过构建共同体内部课题引领、网络教研、空中课堂等工作机制,加强交流。", ["课题引领", "网络教研", "空中课堂"], True),
    ("今年,靖江市、姜堰区、海陵区等地区通过验收。", ["靖江市", "姜堰区", "海陵区"], False),  # 通过 opens no clause of theirs
    ("并通过召开现场会、研讨会、经验交流会等形式,推广经验。", ["召开现场会", "研讨会", "经验交流会"], True),  # 并 first
    # (a quoted run in such a clause too: "依托“A”“B”等载体")
    ("依托“高端教师培训班”“名师工作室”“特级教师基地学校”等载体,开展培训。", ["高端教师培训班", "名师工作室", "特级教师基地学校"], True),
]


@pytest.mark.parametrize("sentence,items,means", MEANS_FRAME_ROWS)
def test_a_means_frame_names_its_items_as_ways(sentence: str, items: list[str], means: bool) -> None:
    found = [f for f in inline_lists(sentence) if f.items == items]
    assert found, [f.items for f in inline_lists(sentence)]
    assert (found[0].means or found[0].means_clause) is means


@pytest.mark.parametrize("sentence,item", NOT_LIST_ROWS)
def test_not_enumerations(sentence: str, item: str) -> None:
    assert not any(item in found.items for found in inline_lists(sentence))


def test_found_offsets_point_at_the_items() -> None:
    text = "实现教学过程的可视化、即时化和个性化,促进学习。"
    found = inline_lists(text)[0]
    assert text[found.start:found.end].startswith("可视化") and "个性化" in text[found.start:found.end]
    assert found.context(text).startswith("实现教学过程")


@pytest.mark.parametrize("sentence", [
    "依托各区县已经建成的名师(名班主任)工作室、特级教师基地学校、高端教师培训班等平台。",
    "通过组建名校集团(共同体)、实行学区一体化、推进名校孵化、尝试跨区融合等举措。",
    "每年安排一定数量的初中教师、校长出国(境)研修。",
])
def test_a_gloss_in_brackets_changes_no_item_but_its_own(sentence: str) -> None:
    """A short gloss in brackets is read as part of the word before it: the items found are those of the sentence
    without it, the gloss put back in its item."""
    gloss = re.compile(r"[((][一-龥]{1,8}[))]")
    with_gloss = [[gloss.sub("", i) for i in found.items] for found in inline_lists(sentence)]
    assert with_gloss == [found.items for found in inline_lists(gloss.sub("", sentence))]
    assert any(gloss.search(i) for found in inline_lists(sentence) for i in found.items)


COUNT_ROWS = [
    ("Yuhang's plan is split into four strands. What are they called?", 4),  # the number a whole divides into
    ("泰州集聚了哪三方面的合力?", 3),
    ("余杭奋进计划分哪四块", 4),
    ("桐庐提质强校六项合作内容里", 6),
    ("合作目标里第七项是什么?", None),  # a position, not a count
    ("Which four aspects ensure the quality of the resources?", 4),
    ("定西的区域教育协作体有哪几个?", None),
    ("淄博的共同体有哪几种模式?", None),
    ("余杭提出的“三个全面”是指哪些?", 3),
    ("初中方案里那一大项,底下拆成了几条?", None),  # 一 points at one part; it never sizes a list
    ("泰州落到学校这一层,要从哪几件事上入手?", None),
]


@pytest.mark.parametrize("question,count", COUNT_ROWS)
def test_asked_count(question: str, count: int | None) -> None:
    assert asked_count(question) == count


@pytest.mark.parametrize("question,count", [
    ("定西三个协作体排年度任务,都围着哪些主题转?", None),  # a count of another set (协作体) is not the list's
    ("定西的三个主题分别是什么?", 3),  # the kind itself counted
    ("泰州集聚了哪三方面的合力?", 3),  # the count after 哪
    # a count of institutions sizes them, not the aspects asked (a generic kind); after 哪 it is the list's
    ("桐庐那九所试点校,期待三年里在哪些方面见到成效?", None),
    ("九所实验学校有哪三方面提升?", 3),
    # …and of a kind the thesaurus does not know (原话), which is no institution either
    ("局长勉励九所实验学校的领导,讲干事时有一串排比,原话是哪几句?", None),
])
def test_the_lists_count_counts_the_kind_asked(question: str, count: int | None) -> None:
    assert asked_count(question, asked_kind(question)) == count


KIND_ROWS = [
    # a piece cut from a word before the question word (校 of 实验学校) names no kind
    ("桐庐跟研究院签了约以后,落到实验学校身上主要帮哪几块?", ""),
    # 段 counted names the parts of a course as 步 and 阶段 do (初步发展阶段…); 段落 and 几大段 are a text's
    ("余杭那篇把基础教育的历程一共划了几段,各段叫什么?", "段"),
    ("亳州那篇分了哪几个段落?", "段落"),
    # what a whole divides into is asked: the whole (内容 it is divided by) is no kind of its parts
    ("余杭那个奋进计划,按内容拆开来是哪几块?", ""),
    ("那份行动方案一共排了哪几大块行动?", "行动"),  # 大块 is a classifier, as 大 is
    ("多攒些网上的好资源对中小学到底有哪些好处?", "好处"),  # a noun segmentation mistags (as an adverb)
    # the count in the sentence that asks, not the one in the remark before it
    ("我要把初中方案拆成几大块分给各科室去落实。它的行动举措一共几大行动、各叫啥?", "行动"),
    ("定西在县与县、校与校这几层都做了哪些安排?", "安排"),  # 这几层 points at the parts named: the kind is asked after
    ("淄博还鼓励共同体试哪些别的合办路数?", "路数"),  # 别的 determines the noun after it; it does not end the phrase
    ("还有哪些其他的做法?", "做法"),
    ("联盟给自己定位,用的是哪几个词?", "词"),  # a generic kind (词): any list may answer; its items are the words
    ("请来的那几位专家,都是哪些大学的?", "大学"),  # the question word 哪 asks; 那几位 states a quantity
    ("定西总结出的特色和经验有哪几条?", "经验"),  # a bare classifier (条) names no kind: the subject of 有 does
    ("局长研究联盟打算干成哪几件事?", "事"),  # …but not the agent of another verb
    ("芦溪在“办”字上都办了哪几样?", "样"),
    ("余杭提出的“三个全面”是指哪三个?", "全面"),  # a quoted numbered set names what its members repeat
    ("泰州推进均衡是分几步走的?", "步"),  # a classifier naming its parts (第一步) is the kind; 走 names none
    ("这事分几步走,每一步叫啥?", "步"),
    ("共同体建设分哪几个阶段?", "阶段"),
    ("亳州实施了哪几项工程?", "工程"),
    # the kind asked in the sentence that asks, not in a remark before it
    ("不知道该往哪个方向走。初中方案列了哪些门类的特色初中?", "门类"),
    ("数字资源那篇文章举了哪几种教学新模式?", "模式"),
    ("签约仪式上方华院长从哪几个方面讲的提质强校?", "方面"),
    ("新技术能让学校实现哪几个“化”?", "化"),
    ("余杭那篇文章把基础教育发展分成了几个阶段?", "阶段"),
    ("家长会都开了哪几种?", "家长会"),  # nothing after the classifier: the noun before the verb
    ("定西的区域教育协作体有哪几个?", "协作体"),
    ("余杭奋进计划分哪四块", ""),  # what is divided is the whole, not the kind of its parts
    # a colloquial word for a generic kind is that kind (curated equivalents): its items need not say it
    ("余杭那篇先摆问题,它认为余杭教育毛病出在哪几块?", "问题"),
    ("余杭存在哪几个毛病?", "问题"),
    ("初中方案一共部署了哪几大行动?", "行动"),  # a thesaurus neighbour (举措) is loose: the kind stays
    # a doing before 的 modifies the noun after it; a noun before 的 is asked itself (which schools' teachers)
    ("定西依托三个县区的好资源,健全了哪几种协作的模式?", "模式"),
    ("哪些学校的老师参加了?", "学校"),
    ("淄博鼓励哪几种合作的办学形式?", "形式"),  # the kind read from the question, past the six-character match
    ("淄博共同体有哪些运行的机制呢?", "机制"),  # a particle after the kind is not part of it
    # how long the items are written (两字, 四个字的) is their form, not their kind
    ("那个局长联盟给自己定位时用了哪几个两字词?", "词"),
    ("定西的原则用了哪几个四个字的短语?", "短语"),
    # a generic kind before a word the thesaurus does not know ends the phrase (the tagger calls 发力 a noun); a
    # listed noun after it is the kind
    ("那份初中方案主要打算从哪几方面发力?", "方面"),
    ("这篇文章分几层?", "层"),  # 层 alone is a part counted; 层面 is an aspect, not a 层
    # after a preposition the noun is where the doing starts: a word no thesaurus lists as a thing is the predicate
    ("定西讲重点举措时是从哪几个方向发力的?", "方向"),  # 发力: tagged a noun, no thing
    ("上城从哪几个工作层面推进?", "层面"),  # 层面: a thing, the phrase goes on
    ("那篇论文列了余杭教育的哪几方面问题?", "问题"),
    # 大的 says how large the parts are; a word for a part of a whole (板块) after a noun leaves the noun the kind
    ("那份方案排了哪些大的行动板块?", "行动"),
    ("初中方案有哪几个行动板块?", "行动"),
    ("初中方案分了哪些板块?", "板块"),  # no noun before it: the parts are asked as parts
    ("那一块整体上安排了哪几件大事?", "事"),  # 大 before a generic kind says the items are the main ones
    # a count only in the asker's remark before the sentence that asks sizes what they describe, not the list asked
    ("我们学区里几所学校乱成一锅粥。淄博让集团统起来的那几样,逐条列给我看看?", ""),
    ("那篇材料是按哪几个大点展开来写的?", "点"),
    # a clause ending in a doing before 的 modifies the noun after it, which names the kind, whether the noun ends
    # the clause or a preposition opens what is done with it
    ("这种学校可以借助哪些网上上课的方式把课开齐?", "方式"),
    ("靠哪些网上上课的办法能把课开齐?", "办法"),  # a modal before the preposition: what is done with it
    ("具体是哪几所城区初中带哪几所农村初中?", "初中"),  # 初中 tagged a position word, listed among institutions
    # 样 counts kinds; a quality tagged an adverb (日常) modifies the noun after it
    ("淄博的共同体靠哪几样日常机制?", "机制"),
    ("芦溪推法治化那一块,具体分了哪几样来抓?", ""),  # 样, then 来 opening what is done with them: no kind
    ("淄博讲共建共享,要推进学校间哪几样“共”?", "共"),  # the quoted word every item holds
    ("哪些学校的老师来交流?", "学校"),  # a noun before 的 stays the kind
    # (a clause of up to six characters, a modal and a doing: "可以照着搭的")
    ("那份指导意见给了几种可以照着搭的模式,各是怎么组的?", "模式"),
    # aspects of a noun closing the ask are that noun's parts: the noun names what each item is
    ("那篇说多用线上资源对教育有哪几方面的好处?", "好处"),
    ("初中方案指出了哪几个方面的问题?", "问题"),
    ("淄博从哪几个方面推进?", "方面"),  # no noun after 的: the aspects themselves
    # (the aspects something is seen in, "在哪些方面有好处", are aspects of it as well)
    ("线上资源在哪些方面有好处?", "好处"),
    ("实验学校三年后在哪些方面见提升?", "方面"),  # a change of its own: the items are the aspects
    ("实验学校三年后能在哪些方面有所提升?", "方面"),
    ("泰州在师资方面有哪些做法?", "做法"),  # (a question word after 方面有 asks: no noun the aspects are of)
    ("有哪几方面的经验值得学?", "方面"),  # the noun does not close the ask (值得学 follows)
    # a thing of its own after the aspects is what they are aspects of: the items are the aspects
    ("初中方案提到建哪些方面的特色学校?", "方面"),
    # a quality before 的 (tagged a or b) modifies the noun after it, which names the kind, unless the noun is a
    # generic kind
    ("淄博有哪几种新型的共同体?", "共同体"),
    ("他们给了哪些实在的好处来调动积极性?", "实在"),  # (before a generic kind the quality stays: no list of its own)
    # an adjective before a doing says how it is done: no kind (具体去落实)
    ("把标准化拆成了几项具体去落实?分别叫什么?", ""),
    ("那篇说这段经历让学校攒下了哪几方面的本事?", "方面"),
    # a one-character classifier glued by segmentation to the doing after it is the kind ("哪几路发力" -> 路)
    ("亳州推义务教育均衡,主要从哪几路发力?", "路"),
    ("分了哪几路人马?", "人马"),  # a noun after it: the kind
    ("学校公布了哪几点名单?", "点名单"),  # glued, but the rest a noun the thesaurus knows (名单): no classifier split
    # items counted by a bare classifier, then asked what each is by a noun: that noun is the kind
    ("淄博那份共同体文件,后面给兜底撑腰的措施一共几条?各是什么机制?", "机制"),
    ("保障措施分几条?分别叫什么?", "条"),  # no noun after 什么: the classifier stays
]


@pytest.mark.parametrize("kind,exclusive", [
    ("工程", True), ("模式", True),  # a kind of thing: a list of something else is not it
    ("方面", False), ("板块", False),  # generic, or a part of a whole
    # in 方面's own thesaurus group (领域, 着力点): whatever the text divides its subject into
    ("领域", False), ("着力点", False),
    ("县区", True), ("方向", True),  # a level's group (县区) or a synonym elsewhere (方向) is a kind of its own
    ("系统", True), ("论坛", True), ("共同点", True),  # elsewhere in 方面's wider group: kinds of their own
])
def test_aspect_kinds_rule_out_no_list(kind: str, exclusive: bool) -> None:
    from assistant.enumerations import excludes_other_kinds

    assert excludes_other_kinds(kind) is exclusive


@pytest.mark.parametrize("question,shown", [
    ("余杭存在哪几个毛病?", "共两个毛病"),  # matched as 问题, said in the asker's word
    ("淄博的共同体有哪几种模式?", "共两种模式"),
    ("学者把这段历史分成了哪几段?", "共两段"),  # 段, a classifier of stages, counts them
    ("这种学校可以借助哪些网上上课的方式把课开齐?", "共两种方式"),  # no classifier asked: a way is counted by 种
    ("共同体内部靠哪几套机制转起来的?", "共两套机制"),  # 套, sets of rules or means, is a classifier of the kind
    ("它那套改革一共走了几步棋?", "共两项"),  # moves (步棋) are the measures taken, not stages counted in 步
    ("希望在哪些地方见到变化?都列一下。", "共两个方面"),  # the respects a thing is seen in are its aspects
])
def test_the_count_phrase_says_the_askers_word(question: str, shown: str) -> None:
    from assistant.compose import _count_phrase

    assert _count_phrase(question, asked_kind(question), 2) == shown


@pytest.mark.parametrize("closing,kinds,open_list", [
    # left open by 等, closed by the asked kind with a modifier the question writes (线上, asked as 网上)
    ("等线上教学方式,开足开齐开好国家规定课程", ("方式",), True),
    ("等线上教学方式", ("模式",), False),  # another kind
    ("线上教学方式", ("方式",), False),  # not left open: a pair
    ("等方面提出了七大要求", ("方面",), False),  # the kind alone closes pairs of anything
    ("等突出问题", ("问题",), False),  # a modifier the question does not write
    ("等两项", ("项",), False),  # a one-character generic kind names nothing
])
def test_an_open_pair_of_the_asked_kind_is_a_list(closing: str, kinds: tuple[str, ...], open_list: bool) -> None:
    from assistant.compose import _open_of_kind

    assert _open_of_kind(closing, kinds, lambda words: "线上" in words) is open_list


@pytest.mark.parametrize("question,kind", KIND_ROWS)
def test_asked_kind(question: str, kind: str) -> None:
    assert asked_kind(question) == kind



MEMBERS_ROWS = [
    # one question word asked twice in a clause pairs the members of the stated set: each pair by name is asked
    ("初中方案里说要推进8对城乡初中教育共同体,这8对具体是哪所城区初中带哪所农村初中?", 8, "8对"),
    ("定西那6所初中里哪所最早结对?", 0, "6所初中"),  # one 哪所 asks one member, not the set's names
    # a set a preposition introduces as the recipient (给/为/向/对…) is not the set whose members are asked
    ("桐庐那个项目给九所实验校定了三年后要达到的样子,一条条列出来都有哪些?", 0, ""),
    ("为三所学校派了哪些老师?", 0, ""),
    ("桐庐那6所实验初中,各叫啥名字?", 6, "6所实验初中"),  # names asked of each member of a stated set
    ("季局长给九所学校的领导鼓劲,说心思、劲头、目标各该往哪儿使?", 0, ""),  # 哪儿 asks a direction, no names
    ("初中方案里的区域教育顾问,请的是哪些专家?", 2, ""),  # people are named by their names
    ("“专递课堂”是在哪些省份先试点的?", 2, ""),  # provinces, like counties, are named by their names
    ("那8所初中,各建在哪个镇街?", 8, "8所初中"),  # something asked of each member: each must be named
    ("给九所实验学校列的那一串提升目标,都包括哪些?", 0, "九所实验学校"),  # the set modifies what is asked (…的目标)
    ("研究院进了桐庐那九所学校,到底帮着干哪些活?", 0, ""),  # a one-character noun closing the clause: tasks asked
    ("桐庐参加提质强校的九所学校,能不能把全部校名报给我?", 9, "九所学校"),  # all the names asked
    ("那30门拓展性课程都是哪些课?", 30, "30门拓展性课程"),  # 门 counts courses like any classifier
    ("那五十家特级教师领衔的名师工作室,领衔的都是哪些老师?", 50, "五十家特级教师领衔"),  # a 的-clause inside the set's own phrase
    ("老师们出国研修,具体都去哪些国家?", 2, ""),  # countries by theirs
    ("初中方案表彰的“生动课堂”示范学校,具体是哪几所?", 2, ""),  # 所 counts schools: at least two must be named
    # (question, members the sources must name, how the question names the set)
    ("淄博那5所核心学校分别是哪几所?", 5, "5所核心学校"),  # a count before the set, members asked
    ("余杭打造的五十所省级示范标杆学校都是哪些?", 50, "五十所省级示范标杆学校"),
    ("九所实验学校里除了学府小学,另外八所是哪些?", 8, "八所"),  # 另外: beyond those the question names
    ("合作内容的第七项是什么?", 7, "第七项"),  # a position in the list
    ("泰州分哪三步推进?", 3, "三步"),  # the wh-count states the size too
    ("定西建立了几个区域协作体?", 0, ""),  # a count is asked, no members
    ("桐庐选了6所初中", 0, "6所初中"),  # a statement, members not asked
    ("哪一所学校最早签约?", 0, ""),  # one member is no set
    ("2019年有哪些学校参加?", 2, ""),  # a year is no set size; institutions asked by name: at least two named
    ("2019年有哪些活动?", 0, ""),  # no set size, not institutions: no members required
    ("成员学校都有哪些?", 2, ""),
    ("村小提升工程覆盖了哪几个县区?", 2, ""),  # divisions asked for by name: at least two named

    ("淄博联盟式共同体的学校之间开展哪几类交流活动", 0, ""),  # what follows the classifier (交流活动) is the kind
    ("九所实验学校里代表初中发言的是哪位校长?", 0, ""),  # one person is asked, not the nine
    ("那5对结对学校分别是哪些?", 5, "5对结对学校"),  # pairs are a set too
    ("办名校集团,一所名校各带几所学校?", 0, ""),  # a count for each member, no stated set: no names required
    ("那批名师工作室分别设在哪几所学校?", 2, ""),  # after 分别 the nearest question word is asked: which schools
    # a count of schools or people does not size a set of another kind (方面, 项目): its members are not asked
    ("六所初中各自在哪些方面有提升?", 0, "六所初中"),
    ("三位专家分别讲了哪些主题?", 0, "三位专家"),
    # the question word's own classifier counts things (项, 条, 点), not the schools or people the set counts
    ("桐庐那九所试点校签约以后,合作方要陪着它们干的活儿有哪几项?", 0, "九所试点校"),
    ("那六所初中分别提了哪几条做法?", 0, "六所初中"),
    ("余杭要引进的三十所名校,主要在哪几点上合作?", 30, "三十所名校"),  # 点 may still ask the schools
    ("那六所初中分别是哪几所?", 6, "六所初中"),  # the same classifier: the members are asked
    ("那六所初中分别是哪些学校?", 6, "六所初中"),  # the same kind of thing: the set's members are asked
    ("那5家理事单位都是哪些城市的教育局?", 5, "5家理事单位"),  # the noun after 的 is the kind asked: institutions
    ("那十所示范校各在哪个镇?", 10, "十所示范校"),  # one thing asked of each member: each must be named
    # a count of characters measures a wording (a slogan of that length), not a set of members
    ("网课资源那篇,想搭的资源供给机制是哪十六个字?", 0, ""),
    ("项目成败的要害落在哪四个字上?", 0, ""),
    ("淄博那四个字的机制分别指哪几个方面?", 0, ""),
    # the names of a set the question refers back to by a demonstrative ("这些学校的名字") are its members
    ("定西评了98所家庭教育示范学校,能把这些学校的名字列给我吗?", 98, "98所"),
    ("定西评了98所示范学校,这些学校好不好?", 0, "98所示范学校"),  # no names asked
    # a count in the question word is the set asked; another count sizes something else (五部门 of the document)
    ("那份五部门文件要求从哪四头来保证资源开发的水准?", 4, "四头"),
    ("五部门文件要求从哪几头把开发的水准撑起来?", 0, ""),  # the count names the document's issuers, no set asked
    ("定西的三个协作体分别是哪几个?", 3, "三个协作体"),  # no document after the count: its set is asked
    ("余杭琢磨招揽人才,给自己先抛了哪三道题?", 0, ""),  # no other count stated: nothing to override
    # a rough amount sizes no set to be named
    ("我们县新老师一年进几十个,亳州和定西带新教师各有啥动作?", 0, ""),
    ("数十所学校加入了联盟,都有哪些?", 0, ""),  # not ten schools to be named
    ("集团一下子管七八个校区,决策机构里坐的是哪些人?", 0, ""),  # seven or eight: a rough amount
    ("十七八个校区,分别是哪些?", 0, ""),
    ("二三十所学校加入了,都有哪些?", 0, ""),
    ("三所学校结了对子,分别是哪三所?", 3, "三所"),  # one digit: a set to be named
    ("十多个县区参加了,分别是哪些?", 0, ""),  # (a guard: 十多个 never read as a set size)
    # 各 after two things the question coordinates distributes over them: the stated set is broken down, not named
    ("桐庐那九所实验学校,初中和小学各占几所?", 0, "九所实验学校"),
    ("那九所实验学校里,城区、农村分别有几所?", 0, "九所实验学校"),
    ("这九所学校各有多少名学生?", 9, "九所学校"),  # each of the nine: each must be named
    ("桐庐那九所实验学校,初中和小学分别叫什么名字?", 9, "九所实验学校"),  # names asked: the members are
    ("研究院帮那九所学校,从规划、管理到课堂各做些啥?", 0, "九所学校"),  # a doing of each part asked
    ("定西3个协作体的高中和初中分别是哪些学校?", 3, "3个协作体"),
    # kinds of institutions asked are kinds, not institutions to be named (as for "三类初中")
    ("那个初中方案是按哪几类学校分头施策的?", 0, ""),
    ("成员学校都有哪些?", 2, ""),
    # a numeral inside an idiom (五花八门) counts nothing
    ("学校抱团的形式五花八门,我想给区县一个参考。淄博推荐的共同体有哪几种类型?", 0, ""),
]


@pytest.mark.parametrize("question,need,phrase", MEMBERS_ROWS)
def test_members_required(question: str, need: int, phrase: str) -> None:
    assert members_required(question) == need
    if need:
        assert members_phrase(question) == phrase


def test_an_ordinal_inside_a_followup_points_into_the_previous_answer() -> None:
    assert members_required("第三条能展开说说吗?", ordinal=False) == 0
    # a statement before the sentence that asks asks nothing; a set it sizes may be the one asked
    q = "政府、部门、学校三家各该出啥力,我想找个框架。泰州那篇第三部分是怎么分的?"
    assert members_required(q, asked_from=q.index("泰州")) == 0 and members_required(q) == 3
    q = "定西有3个协作体。分别是哪几个?"
    assert members_required(q, asked_from=q.index("分别")) == 3



@pytest.mark.parametrize("text,number", [("三十", 30), ("二十二", 22), ("一百零五", 105), ("十", 10), ("十五", 15), ("7", 7), ("几", 0)])
def test_cn_number(text: str, number: int) -> None:
    assert cn_number(text) == number


NAMED_ROWS = [
    # (text, question, kind, members named)
    ("3个区域教育协作体的6所高中、6所初中、2所小学及8所幼儿园建立了结对关系。", "那6所初中分别是哪几所?", "初中", 0),
    ("西南交大对陇西县文峰中学托管帮扶和江苏省丹阳实验中学与漳县第一中学结对帮扶", "分别是哪几所学校?", "学校", 3),
    ("学府小学校长潘光贤、城关初中校长杨伟军发言", "除了学府小学和城关初中,另外七所是哪些学校?", "学校", 0),
    ("重视初中生作业、睡眠、手机、读物、体质等“五项管理”", "五项管理管哪五样?", "", 5),
    # a bare 家 (kind 机构) counts places doing the thing too; 机构 written asks bodies only
    ("2014年底,靖江市、姜堰区通过江苏省首批“优质均衡发展县(市、区)”验收", "首批通过验收的是哪两家?", "机构", 2),
    ("2014年底,靖江市、姜堰区通过江苏省首批“优质均衡发展县(市、区)”验收", "是哪两家机构评的?", "机构", 0),
]


@pytest.mark.parametrize("text,question,kind,named", NAMED_ROWS)
def test_members_named(text: str, question: str, kind: str, named: int) -> None:
    assert members_named(text, question, kind) == named


def test_members_of_an_institution_kind_are_institution_names() -> None:
    assert is_member("丹阳实验中学", "学校", "哪些学校?")
    assert not is_member("实验学校教师教育境界与专业能力明显提升", "学校", "哪些学校?")
    assert is_member("实验学校教师教育境界与专业能力明显提升", "目标", "哪些目标?")
    # ministries are institutions: a measure is no member of the ministries that issued a document
    assert is_member("国家广播电视总局", "部委", "另外四个是哪几个部委?")
    assert not is_member("推动课堂教学改革", "部委", "另外四个是哪几个部委?")


@pytest.mark.parametrize("item,kind,member", [
    # institutions in general: a kind of institution named bare (the thesaurus's organisations, Dm) is one
    ("高校", "机构", True), ("俱乐部", "机构", True), ("高中", "单位", True),
    ("家长", "机构", False),  # a person is no institution
    ("企业", "学校", False),  # a specific kind of institution still wants its own names
])
def test_a_kind_of_institution_named_bare_is_an_institution(item: str, kind: str, member: bool) -> None:
    assert is_member(item, kind, "哪些机构?") == member


@pytest.mark.parametrize("text,names", [
    ("西南交大对陇西县文峰中学托管帮扶和江苏省丹阳实验中学与漳县第一中学结对", ["江苏省丹阳实验中学", "漳县第一中学"]),
    ("组建城乡初中教育共同体,加强集团化办学", []),  # 加强集团: a verb opens no name
    ("并以近三年初中学校发展性评估结果为依据", []),  # 初中学|校: 中学 is cut from 学校
])
def test_organisation_names(text: str, names: list[str]) -> None:
    from assistant.enumerations import org_names

    found = org_names(text)
    assert all(n in found for n in names) and (names or not found)


@pytest.mark.parametrize("text,question,kind,named", [
    ("先后组织召开岷县、漳县和渭源县教育质量提升分析研判推进会", "推进会在哪几个县开的?", "县", 3),
    ("实施千所村小提升工程,让农村孩子就近接受优质教育。", "覆盖了哪几个县区?", "县区", 0),
])
def test_divisions_named_as_members(text: str, question: str, kind: str, named: int) -> None:
    assert members_named(text, question, kind) == named


@pytest.mark.parametrize("question,kind", [
    ("初中方案表彰的示范学校,具体是哪几所?", "学校"),  # the classifier alone: 所 counts schools
    ("桐庐合作的是哪家?", "机构"),
    ("桐庐那6所实验初中,各叫啥名字?", "初中"),  # the stated set's institution noun
    ("另外七所是哪些", ""),  # nothing names what they are
    ("初中方案对农村、近郊、城区三类初中,各是啥打法?", ""),  # 三类: kinds of schools, not schools to be named
])
def test_what_the_members_asked_for_are(question: str, kind: str) -> None:
    assert member_kind(question) == kind


@pytest.mark.parametrize("text,kind,named", [
    ("组织教师赴芬兰、新加坡和美国考察。", "国家", 3),
    ("每年安排一定数量的初中教师、校长出国(境)研修。", "国家", 0),  # going abroad names no country
    ("聘请国内外知名专家担任区域教育顾问。", "专家", 0),  # a sentence about experts names none
])
def test_people_and_countries_are_named_by_their_names(text: str, kind: str, named: int) -> None:
    assert members_named(text, "哪些" + kind, kind) == named


def test_because_opens_no_agent() -> None:
    """由X…确定 names who acts; 由于 is "because of"."""
    from assistant.cues import AGENT_RE

    assert AGENT_RE.search("由各校按照自己的现状自主确定")
    assert not AGENT_RE.search("由于经费不足,决定推迟")
    # a body opening its clause, then what it shall do, acts
    assert AGENT_RE.search("教育督导机构将根据规划目标对学校实施三年结果考核")
    assert not AGENT_RE.search("学校将根据规划开展考核")  # (a school is no body answering 谁来 by a modal alone)


def test_a_simile_is_not_read_inside_words() -> None:
    from assistant.cues import SIMILE_RE

    assert SIMILE_RE.findall("像工厂流水线一样的培养模式") == ["工厂流水线"]
    assert not SIMILE_RE.findall("学校录像监控和图像资料一样保存")


@pytest.mark.parametrize("text,question,kind,named", [
    # the parts of one thing are named by an enumeration that says they are such parts
    ("中心内设教研科、督导科、评价科三个科室。", "中心内设哪几个科室?", "科室", 3),
    ("开设语文课、数学课、美术课。", "开了哪些课?", "课", 3),  # each item ends in the kind
    # an enumeration of other things beside the subject names none of its parts
    ("《意见》明确了国家中小学网络云平台、中国教育电视台、省市县校平台多级多主体协同。", "云平台具体分了哪些栏目?", "栏目", 0),
    ("再开发30门区级及以上优秀拓展性课程,每校至少培育1门优秀拓展性课程。", "那批课程都是哪些课?", "课", 0),
    ("实施强师工程、名师工程、青蓝工程。", "开了哪些课程?", "课程", 0),  # 工程 is no 课程
    ("推进课堂教学、课后服务、课题研究。", "开了哪些课?", "课", 0),  # 课 inside 课堂, 课后, 课题 names no course
])
def test_parts_are_named_by_an_enumeration_of_that_kind(text: str, question: str, kind: str, named: int) -> None:
    assert members_named(text, question, kind) == named


@pytest.mark.parametrize("question,need", [
    ("泰州的教研室下面设了哪几个科室?", 2),  # parts of a thing asked by name: at least two named
    ("那个学习平台具体分了哪些栏目?", 2),
    ("行动方案的第三部分列了哪些条目?", 0),  # 条目: any list's items, no kind of part
])
def test_parts_asked_by_name_need_two_named(question: str, need: int) -> None:
    assert members_required(question) == need


@pytest.mark.parametrize("text,names", [
    # a name joined by 、 to a division's and ending in a division suffix is one, tagged or not
    ("2014年底,靖江市、姜堰区通过江苏省首批评估认定。", ["靖江市", "姜堰区"]),
    ("市政府分管领导分别在岷县、漳县和渭源县组织召开启动会。", ["岷县", "漳县", "渭源县"]),
])
def test_division_names_joined_to_a_known_one(text: str, names: list[str]) -> None:
    from assistant.enumerations import division_names

    assert set(names) <= set(division_names(text)) and all(n in text for n in division_names(text))


@pytest.mark.parametrize("closing,kind,describes_one", [
    ("各环节的教育教学新模式", "模式", True),  # the items describe one 模式
    ("”的区域教育协作分级负责机制", "机制", True),  # a quoted run, closing its quotation first; a generic kind as the noun itself
    ("的良好氛围", "机制", False),  # a generic kind not named: nothing says the items are one 机制
    ("等多种模式", "模式", False),  # its instances
])
def test_items_describing_one_thing_of_the_kind(closing: str, kind: str, describes_one: bool) -> None:
    from assistant.compose import describes

    assert describes(closing, kind) is describes_one


@pytest.mark.parametrize("question,sizes", [
    # one is no set to be named: 一所名校 is "a famous school", 一大片 and 一大批 "a lot of"
    ("一所名校单打独斗带不动一大片。余杭和淄博各用的是什么模式?", []),
    ("一大批骨干教师走了,定西是怎么补的?", []),
    ("那6所初中和另外三所小学分别是哪些?", ["6所", "三所"]),
    ("七八个校区分别是哪些?", []),  # a rough amount
])
def test_the_set_sizes_a_question_states(question: str, sizes: list[str]) -> None:
    from assistant.enumerations import set_sizes

    assert set_sizes(question) == sizes


@pytest.mark.parametrize("sentence,items,roles", [
    # one frame repeated clause by clause lists what fills it; the frame's tail says what each is
    ("泰州市以促进教育公平为根本,以深化改革创新为动力,以加快信息化建设为手段,全面推进义务教育优质均衡发展。",
     ["促进教育公平", "深化改革创新", "加快信息化建设"], ("根本", "动力", "手段")),
    ("联盟将以区域教育研究课题为抓手,以区域教育质量提升为目标,融汇各方优势。",
     ["区域教育研究课题", "区域教育质量提升"], ("抓手", "目标")),
    # a clause of another shape ends the run: only the framed clauses beside each other are items
    ("以学生为本,全面发展,以教师为主体,以学校为中心。", ["教师", "学校"], ("主体", "中心")),
    # one framed clause alone lists nothing
    ("坚持以人民为中心,办好人民满意的教育。", [], ()),
])
def test_clauses_in_one_repeated_frame_are_a_list(sentence: str, items: list[str], roles: tuple[str, ...]) -> None:
    from assistant.enumerations import parallel_frames

    found = [(f.items, f.roles) for f in parallel_frames(sentence)]
    assert found == ([(items, roles)] if items else [])



@pytest.mark.parametrize("question,asks", [
    ("受表扬的基地校、指导老师的名单给我列一下?", True),
    ("余杭当年发预警的那批学校,名单上都有谁?", True),
    ("能给我一份名单吗?", True),
    ("那这个名单多久调一次?", False),  # the list's renewal, not its names
    ("进实验名单的学校里初中占了几所?", False),  # a figure of the list
    ("余杭发学位预警的学校名单是哪一年发布的?", False),  # its date
    ("定西通报表扬优质基地校,拿什么标准定名单?", False),  # its criteria
    ("列入预警名单后会怎么样?", False),  # being put on it
    ("名单给我们带来什么启示?", False),
])
def test_a_name_list_asked(question: str, asks: bool) -> None:
    from assistant import cues

    assert bool(cues.NAME_LIST_ASKED_RE.search(question)) is asks


@pytest.mark.parametrize("text,named", [
    ("先后通报表扬特岗教师跟岗培训优质基地校44所、优秀指导教师182名、优秀学员181名。", 0),  # counts name no one
    ("例如,2019年12月,余杭区教育局发布40所学校的预警信息。", 0),  # the body that acts is no member
    ("项目组专家有方华、包荣年、周菊芳。", 3),
    ("市教育局、市人社局联合通报表扬优质基地校44所。", 0),  # the bodies commending the set are no members of it
    # (an item's count is looked for after the list's own mention of it, not an earlier one)
    ("优秀指导教师和优秀学员代表发言,表彰优质基地校44所、优秀指导教师182名、优秀学员181名。", 0),
])
def test_names_a_sentence_gives_one_by_one(text: str, named: int) -> None:
    from assistant.abstain import names_given

    assert names_given(text, "名单能不能列给我?") == named



@pytest.mark.parametrize("question,word", [
    ("市局给区县定了哪些总的遵循?", "遵循"),  # 总的 says how far the items reach, not what they are
    ("有哪些大的行动板块?", "行动"),
    ("淄博定了哪些主要的原则?", "原则"),
    ("淄博定了哪些主要的保障措施?", "措施"),  # the whole noun after 主要的, not cut by the window (措)
    ("哪些教学模式?", "教学模式"),
    ("那他们内部是靠哪几套机制转起来的?", "机制"),  # 套 counts sets of means: the noun after it is the kind
    ("内部要搭起哪几套常态化的工作机制?", "机制"),  # a state reached (常态化) before 的 says which mechanisms
    ("哪些校园文化的特色项目?", "校园文化"),  # 文化 is a word of its own: a noun before 的 stays the kind
    ("这几步棋之外,余杭还有哪些做法?", "做法"),  # 这几步棋 points at moves named before: the kind is asked after it
    ("哪几种规范化的管理制度?", "管理制度"),
    ("芦溪推进了哪几化?", "化"),  # the -化 items themselves asked
    ("它那套改革一共走了几步棋?", ""),  # moves in a game of chess: the measures, whatever the text calls them
    ("分几步走?", "步"),  # steps: stages, named 第一步…
    ("定西分了哪几样来抓?", ""),
    ("省里第一批优质均衡的县,泰州出了哪两个?", ""),  # a place before the verb is where the items are, no kind
    # a kind named before its count in a generic classifier: the kind, not the classifier
    ("那篇文章讲了多铺开的好处,归成了几条?", "好处"),
    ("余杭那篇提出的问题概括为几点?", "问题"),
    ("淄博给共同体提的要求一共是几条?", "要求"),
    ("共同体靠哪几样机制常态化运作?", "机制"),  # a state reached after the noun predicates it
])
def test_the_kind_a_list_question_names(question: str, word: str) -> None:
    from assistant.enumerations import asked_word

    assert asked_word(question) == word


@pytest.mark.parametrize("sentence,kinds,items", [
    # things joined by 和/与 before 的 + the asked kind, each with a predicate of its own, are that kind's members
    ("充分考虑人口变化等情况,着力解决镇区大班额突出和专用教室不足的矛盾,加大镇区学校扩容改造力度。", ("矛盾",),
     [["镇区大班额突出", "专用教室不足"]]),
    ("为解决当前的大班额突出和专用教室不足的矛盾。", ("矛盾",), [["大班额突出", "专用教室不足"]]),  # a 的 before the items
    ("着力解决镇区大班额突出和专用教室不足的矛盾。", ("问题",), []),  # another kind: no list of it
    ("着力解决镇区大班额突出和专用教室不足的矛盾纠纷。", ("矛盾",), []),  # the kind modifies a noun after it
    ("解决师资与生源的矛盾。", ("矛盾",), []),  # bare nouns: the parties of one tension
    ("落实校长和教师的责任。", ("责任",), []),  # bare nouns: whose duty, one each
    ("推动教育资源与信息技术深度融合的模式。", ("模式",), []),  # a predicate on the last alone: one relation
    ("建立健全教师、校长和家长的评价机制。", ("机制",), []),  # a 、 list is `inline_lists`'
])
def test_things_joined_before_the_asked_kind(sentence: str, kinds: tuple[str, ...], items: list[list[str]]) -> None:
    from assistant.enumerations import joined_before_kind

    assert [f.items for f in joined_before_kind(sentence, kinds)] == items


@pytest.mark.parametrize("text,kind,taken_up", [
    ("先后选树甲基地16个、乙学校10所和丙家庭16个,以典型引领协同育人。", "典型", True),
    ("建成甲基地、乙学校和丙家庭,以这些典型带动全市。", "典型", True),
    ("建成甲基地、乙学校和丙家庭,以质量为本。", "典型", False),  # 以 + another noun takes nothing up
    ("建成甲基地、乙学校和丙家庭,形成一批典型。", "典型", False),  # the kind named, but not taking the items up by 以
])
def test_a_clause_after_a_list_takes_its_items_up_as_the_kind(text: str, kind: str, taken_up: bool) -> None:
    """"…,以典型引领…": an instrumental 以 whose object is the asked kind refers back to what the clause before listed."""
    from assistant.compose import _taken_up_as
    from assistant.enumerations import inline_lists

    assert _taken_up_as(text, inline_lists(text)[0], kind) is taken_up


@pytest.mark.parametrize("question,need,phrase", [
    # a count carried by the question word with 个 counts the noun after it, whole
    ("余杭那篇课题文章认为要先回答清楚哪三个问题?", 3, "三个问题"),
    ("定西的协作体分了哪三个片区?", 3, "三个片区"),
])
def test_the_set_a_counting_question_word_names(question: str, need: int, phrase: str) -> None:
    assert members_required(question) == need
    assert members_phrase(question) == phrase


@pytest.mark.parametrize("text,question,kind,stated", [
    # the size the question states with the member kind, whatever the classifier: the count and kind say which set
    ("必须深化解决三点问题:", "要先回答清楚哪三个问题?", "问题", True),
    ("主要有三大问题。", "存在哪三个问题?", "问题", True),
    ("归纳为3个问题:", "是哪三个问题?", "问题", True),
    ("必须深化解决两点问题:", "要先回答清楚哪三个问题?", "问题", False),  # another size
    ("必须深化解决三点措施:", "要先回答清楚哪三个问题?", "问题", False),  # another kind
    ("必须深化解决三点问题:", "要先回答清楚哪些问题?", "问题", False),  # no size asked
])
def test_a_set_is_named_by_its_size_and_kind(text: str, question: str, kind: str, stated: bool) -> None:
    from assistant.enumerations import size_of_kind_stated

    assert size_of_kind_stated(text, question, kind) is stated


@pytest.mark.parametrize("sentence,items", [
    # a conjunction inside a clause that goes on past a preposition joins that clause's objects: no third item
    ("学校的办学目标、发展路径和主要措施,由各校按照自己的现状、条件以学校章程与发展规划的形式自主确定。",
     [["办学目标", "发展路径", "主要措施"]]),
    ("统筹城区学校、乡镇学校和农村小学。", [["城区学校", "乡镇学校", "农村小学"]]),  # no preposition: joined as before
])
def test_a_conjunction_after_a_preposition_joins_no_list_item(sentence: str, items: list[list[str]]) -> None:
    found = [f.items for f in inline_lists(sentence) if len(f.items) >= 3]
    assert found == items


@pytest.mark.parametrize("question,word", [
    ("余杭那篇文章最后开了哪几味药?", "药"),  # 味 counts medicines: the kind is the noun after it
    ("淄博给共同体撑了哪几道保障?", "保障"),
])
def test_a_classifier_before_the_kind_asked(question: str, word: str) -> None:
    from assistant.enumerations import asked_word

    assert asked_word(question) == word


@pytest.mark.parametrize("question,kind", [
    ("亳州列了几项工程?我想对照看看我们县还缺哪一项。", "工程"),  # 哪一项 asks which one item, no list
    ("亳州实施了哪几项工程?", "工程"),
])
def test_which_one_item_names_no_listed_kind(question: str, kind: str) -> None:
    from assistant.enumerations import asked_word

    assert asked_word(question) == kind
