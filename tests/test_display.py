"""How quotes are shown and which sentences count as rhetoric: table-driven (issue 13, clean quotes and informative
sentences over rhetoric). Each row names the rule it exercises; rows are written for the rules."""

from __future__ import annotations

import pytest

from assistant.sentences import display_text, is_rhetoric, is_slogan

DISPLAY_ROWS = [
    # (source span, shown text, rule)
    (".强化队伍政治建设。", "强化队伍政治建设。", "an enumerator that lost its number"),
    ("1.坚持创新发展。", "坚持创新发展。", "a numbered item's enumerator"),
    ("(二)优质资源拓展行动", "优质资源拓展行动", "a parenthesised enumerator"),
    ("坚持〃三为本〃发展理念。", "坚持“三为本”发展理念。", "〃 used as quotation marks"),
    ("比例达100%o。", "比例达100%。", "scrape debris after a percentage"),
    ("政府往往是通过政策影响和制约教育的发展[7]。", "政府往往是通过政策影响和制约教育的发展。", "the source's footnote marker"),
    ("见文献[3,4]。", "见文献。", "a footnote marker naming several notes"),
    ("推进“互联网+教育”。", "推进“互联网+教育”。", "ordinary text is unchanged"),
    ("组织青年教师培养培训I、加强学术研讨交流。", "组织青年教师培养培训、加强学术研讨交流。", "a stroke read as a letter"),
    ("将薄弱学校分为I、II、III类。", "将薄弱学校分为I、II、III类。", "a Roman numeral opening a list stays"),
    ("1帮扶式共同体。", "帮扶式共同体。", "a bare item number fused to the item"),
    ("3年时间完成培训。", "3年时间完成培训。", "a number followed by a measure word is a quantity, not an enumerator"),
    ("21世纪教育研究院决定成立研究中心。", "21世纪教育研究院决定成立研究中心。", "a number opening a name or a sentence stays"),
]


@pytest.mark.parametrize("source,shown,rule", DISPLAY_ROWS)
def test_display_text(source: str, shown: str, rule: str) -> None:
    assert display_text(source) == shown, rule


RHETORIC_ROWS = [
    # (sentence, is rhetoric, feature)
    ("期待全体实验校领导领会本次合作的战略意义。", True, "an exhortation"),
    ("让我们携手共进,共创美好未来!", True, "a call to the audience"),
    ("余杭区人才引进计划不可谓不雄心勃勃。", True, "an editorial remark"),
    ("为进一步推进共同体建设,特制定如下指导意见。", True, "a preamble announcing the document"),
    ("推动桐庐教育高质量跨越式发展!", True, "an exclamation with no number, organisation or measure"),
    ("累计对504名新入职特岗教师开展为期45天的跟岗培训。", False, "a measure with numbers"),
    ("21世纪教育研究院协助桐庐县教育局实施提质强校工程。", False, "an organisation acting"),
]


@pytest.mark.parametrize("sentence,rhetoric,feature", RHETORIC_ROWS)
def test_is_rhetoric(sentence: str, rhetoric: bool, feature: str) -> None:
    assert is_rhetoric(sentence) == rhetoric, feature


SLOGAN_ROWS = [
    ("凝心聚力,砥砺前行。", True),  # two short parallel clauses, nothing informative
    ("各美其美,美美与共!", True),
    ("学用结合筑根基。", False),  # one clause: a head's headline, not a slogan
    ("按照每人每年1.8万元的标准补贴生活补助。", False),
]


@pytest.mark.parametrize("sentence,slogan", SLOGAN_ROWS)
def test_is_slogan(sentence: str, slogan: bool) -> None:
    assert is_slogan(sentence) == slogan


AGENT_ROWS = [
    # (谁 question, sentence, holds the wanted answer): "X是谁/叫什么" wants a name; any other 谁 wants who acts
    ("交流老师的路费谁给报?", "补助经费由区县教育局统筹解决。", True),  # an agent: a body will do
    # …but one acting for a body (谁代表…) is a person: a body, that one or another, is no answer
    ("协议是谁代表县教育局签的字?", "桐庐县教育局与21世纪教育研究院签约仪式在报告厅举行。", False),
    ("协议是谁代表县教育局签的字?", "签约仪式由桐庐教育局徐志强副局长主持。", True),
    # a ministry is a body when it acts or heads a list (教育部等五部门); 干部、东西部 are none
    ("那份意见牵头发布的是谁?", "教育部等五部门发布的《关于大力加强中小学线上教育教学资源建设与应用的意见》。", True),
    ("那份意见牵头发布的是谁?", "选派干部、教师开展东西部协作。", False),
    ("工作站的负责人是谁?", "补助经费由区县教育局统筹解决。", False),  # a name is asked: a body is not one
    ("工作站的负责人是谁?", "工作站由副校长王建国负责。", True),
    ("县里是谁牵头、谁配合?", "形成了政府主导、乡镇部门积极配合的推进机制。", True),  # a body's role answers who acts
    ("研究院院长是谁、挂靠在哪?", "区里将成立研究院,由区教育局负责筹建。", False),  # a role's 是谁: a name
    ("这篇文章的作者是谁,在哪儿工作?", "探索建立“政府主导、社会参与”的机制。", False),  # an author is a person: a body is no name
    ("一个请的是谁,一个引进多少名校?", "桐庐与21世纪教育研究院签约合作。", True),  # whom they invited: a body answers
    ("共同体里谁来负责?", "共同体内部实行核心校负责制。", True),  # a school (核心校) is a body that acts
    # a body given its duty is who answers for it; a standard made clear gives no one a duty
    ("那建设的钱从哪儿来,谁来负责?", "明确乡镇党委、政府推进学校标准化建设工作的职责。", True),
    ("达标建设谁来负责?", "明确标准化建设的标准和完成时限。", False),
    # a passive "who is…" asks who is given the part, not a name
    ("Under Zibo's guidance, who is put in charge inside each school community?", "共同体内部实行核心校负责制。", True),
    ("Who is the head of the Dingxi station?", "共同体内部实行核心校负责制。", False),  # "who is the…": a name
    # what people a body is made of: by name, by role or by body
    ("验收组都是些啥人组成的?", "验收组由县教育局和教育专家组成。", True),
    ("验收组都是些啥人组成的?", "对创建学校进行为期一周的错位验收。", False),
    ("谁负责课程开发?", "课程由五个模块组成。", False),  # what a thing is made of answers no one's part
    # who holds a post is a person's name, not the body the post belongs to
    ("研究中心现在是谁在当负责人?", "教研室更名为学生发展研究中心。", False),
    ("研究院的院长由谁担任?", "研究院由区教育局负责筹建。", False),
    ("研究院的院长由谁担任?", "研究院院长由副局长李明担任。", True),
    ("这个研究院院长请的是谁?", "余杭区将成立“余杭区未来教育研究院”,开发特色课程。", False),  # whom a post went to: a name
    ("这个研究院院长请的是谁?", "研究院院长由副局长李明担任。", True),
    ("这个研究院院长聘的是谁?", "余杭区将成立“余杭区未来教育研究院”,开发特色课程。", False),  # any verb of appointing
    ("领导小组组长由谁担任?", "成立领导小组,由分管副县长任组长。", True),  # an office held ex officio names its holder
    # a body's leader named by office acts for it; a leading group is a body set up, not who acted
    ("是谁下到那几个县去开的会?", "市政府分管领导分别在岷县、漳县和渭源县组织召开区域教育协作启动会。", True),
    ("是谁下到那几个县去开的会?", "成立区域教育协作领导小组。", False),
    ("是谁牵头推进的?", "在党委领导下,各校协同推进。", False),  # the body leading, no one acting
    ("那天的仪式是局里哪位领导主持的?", "签约仪式由桐庐教育局徐志强副局长主持。", True),  # a name before its title
    ("那天的仪式是局里哪位领导主持的?", "市政府分管领导出席仪式。", False),  # 哪位 asks a name
    # a party to a doing (帮扶方, a partner) is whoever takes that part: a body answers
    ("文峰中学的托管帮扶方是谁?", "西南交大对陇西县文峰中学托管帮扶。", True),
    ("Wenfeng Middle School gets backing from a partner. Who is that partner?", "西南交大对陇西县文峰中学托管帮扶。", True),
    ("Who is the partner school's principal in Tonglu?", "西南交大对陇西县文峰中学托管帮扶。", False),  # a principal: a name
    ("文峰中学的校长是谁?", "西南交大对陇西县文峰中学托管帮扶。", False),  # a post's holder: a name
]


@pytest.mark.parametrize("question,sentence,holds", [
    # how long something lasts: a duration; how often it recurs: a period answers too
    ("每人要在那边待多久?", "每年选派一百位教育工作者到名校研修培养。", False),
    ("现场推进会多久开一次?", "坚持每季度在一个县区召开一次现场推进会。", True),
    ("多长时间对全体教师进行一次考核?", "每学年对全体教师考核一次。", True),
    # an interval asked (隔多久), or how long before one more of an event (一场, 一期), asks how often
    ("现场推进会隔多久办一场?", "坚持每季度在一个县区召开一次现场推进会。", True),
    ("现场推进会隔多久开?", "坚持每季度在一个县区召开一次现场推进会。", True),
    ("培训班多久办一期?", "每学期举办一期培训班。", True),
    ("发展监测多长时间要出一次报告?", "建立发展监测机制,实施年度报告制度。", True),  # 年度: every year
    ("那这个名单多久调一次?", "每三年为一轮,实行动态管理。", True),  # a period of several years
    # …but 一期工程 is a phase, and 年度 after a number or before a target names no recurrence
    ("多长时间能建成一期工程?", "每年新建学校三所。", False),
    ("发展监测多长时间要出一次报告?", "本年度报告显示监测已完成。", False),
    ("发展监测多长时间要出一次报告?", "建立发展监测机制,定期发布报告。", False),  # no period stated
    ("错位验收要多长时间?", "对创建学校进行为期一周的错位验收。", True),
    ("新教师要在城里锻炼多久?", "新入职教师在城镇优质学校学习锻炼三年。", True),
])
def test_a_duration_is_not_a_period(question: str, sentence: str, holds: bool) -> None:
    assert _holds(question, "figure", sentence) == holds


@pytest.mark.parametrize("question,sentence,holds", [
    # a number asked with no unit in the sentence that asks: a count in the statement before counts something else
    ("省里专盯几个系数。那份方案的校际差距指标,到期要达到什么数值?", "到2025年,校际差异系数均小于0.30;", True),
    ("前后搞了几百场。准确数字是多少?", "参与教师2000人。", False),  # a rough amount's unit is the figure's
    # a 几个 of the asker's scene counts something else: the general classifier answers 套 only of the noun counted
    ("定西几个协作体一起出试卷。到现在一共攒出了多少套试题?", "在全市3个区域教育协作体中采取多种形式。", False),
    ("定西几个协作体一起出试卷。到现在一共攒出了多少套试题?", "共命制试题120套。", True),
])
def test_the_unit_is_read_from_the_asking_sentence(question: str, sentence: str, holds: bool) -> None:
    assert _holds(question, "figure", sentence) == holds


@pytest.mark.parametrize("sentence,holds", [
    ("余杭区教育局发布40所学校的预警信息。", False),  # 所 counts schools, not the 学位 asked by 多少个
    ("两年新增学位3000个。", True),
    ("新增8所学校,共3000个学位。", True),  # the count of the noun asked beside another count
    ("新增6所公办学校学位,共2000个。", True),  # the noun behind its modifiers (6所 of schools' places, then the count)
])
def test_a_count_in_another_classifier_counts_the_noun_after_it(sentence: str, holds: bool) -> None:
    # (the rule reads the figure's own unit: "几个强县…一共带了多少人" asks people, whatever 几个 counts in passing)
    from assistant.intent import QueryIntent as _QI
    from assistant.sentences import has_answer_type as _hat

    q2 = "定西让几个强县帮着代培跟岗,前后一共带了多少人?"
    assert _hat(_QI(question=q2, query=q2, answer_type="figure", terms=["强县", "代培", "跟岗"]),
                "累计对504名新入职特岗教师开展为期45天的跟岗培训。")
    """"新增了多少个学位?" asks 学位 by the general classifier: a count in another classifier (40所学校) is of the noun
    written after it, and answers only when that noun is the one asked."""
    from assistant.intent import QueryIntent
    from assistant.sentences import has_answer_type

    question = "区里到底新增了多少个学位?"
    intent = QueryIntent(question=question, query=question, answer_type="figure", terms=["区里", "新增", "学位"])
    assert has_answer_type(intent, sentence) == holds


@pytest.mark.parametrize("equivalents,holds", [({"部委": ["部门"]}, True), ({}, False)])
def test_a_count_with_its_classifier_dropped_names_the_noun_in_the_sources_word(equivalents: dict, holds: bool) -> None:
    """"几个部委联名印发的" is answered by "教育部等五部门": the counted noun in its curated equivalent (部委 = 部门)."""
    from assistant.intent import QueryIntent
    from assistant.sentences import has_answer_type

    question = "那份意见是几个部委联名印发的?"
    intent = QueryIntent(question=question, query=question, answer_type="figure", terms=["意见", "部委"], equivalents=equivalents)
    assert has_answer_type(intent, "教育部等五部门发布的《意见》,提出了改革思路。") == holds


@pytest.mark.parametrize("sentence,holds", [
    ("每个共同体明确一个核心校。", True),  # one for each: a count (`sentences.ONE_EACH`)
    ("共同体内部实行核心校负责制,一个核心校牵头。", False),  # 一个 alone is "a"
])
def test_one_for_each_is_a_count(sentence: str, holds: bool) -> None:
    from assistant.intent import QueryIntent
    from assistant.sentences import has_answer_type

    question = "How many core schools does each community have?"
    intent = QueryIntent(question=question, query=question, answer_type="figure", terms=["核心", "学校", "共同体"])
    assert has_answer_type(intent, sentence) == holds


def test_one_for_each_answers_only_a_count_asked_per_item() -> None:
    from assistant.intent import QueryIntent
    from assistant.sentences import has_answer_type

    question = "How many core schools are there in Zibo?"
    intent = QueryIntent(question=question, query=question, answer_type="figure", terms=["核心", "学校", "共同体"])
    assert not has_answer_type(intent, "每个共同体明确一个核心校。")


@pytest.mark.parametrize("sentence,holds", [
    ("名单每三年为一轮,实行动态管理。", True),  # a cycle: the renewal asked, whatever verb asks it
    ("名单两年一个周期。", True),
    ("名单每三年开展一次评估。", False),  # another event's period: the clause must name the event asked
])
def test_a_period_written_as_a_cycle_is_the_recurrence_asked(sentence: str, holds: bool) -> None:
    """How often a thing is renewed ("多久滚动一次") is stated by its cycle without the verb (`sentences.CYCLE_RE`)."""
    from assistant.intent import QueryIntent
    from assistant.sentences import has_answer_type

    intent = QueryIntent(question="那这个名单多久滚动一次?", query="", answer_type="figure",
                         terms=["名单", "滚动"], event=["滚动"])
    assert has_answer_type(intent, sentence) == holds


@pytest.mark.parametrize("question,sentence,holds", [
    # institutions are counted in 所 or 家 alike
    ("余杭的民办幼儿园有多少家?", "2020年余杭区民办幼儿园共有98所。", True),
    ("余杭的民办幼儿园有多少所?", "全区民办幼儿园98家。", True),
    ("余杭的民办幼儿园有多少家?", "全区民办幼儿园招生98人。", False),
    # a share asked by 占…多大 or as a coverage rate or target is a percentage
    ("民办园的娃占了多大一块?", "民办幼儿园在园人数占全区在园学生总数的约24%。", True),
    ("集团化办学的覆盖指标是多少?", "加强集团化办学,覆盖率达到80%以上。", True),
    ("集团化办学的覆盖指标是多少?", "加强集团化办学,组建8个教育集团。", False),
    # the general classifier 个 is often dropped before the counted noun: the numeral before that noun states the count
    ("那份《意见》是几个部门联合发的?", "教育部等五部门联合印发了意见。", True),
    ("那份《意见》是几个部门联合发的?", "教育部等5部门联合印发了意见。", True),
    ("那份《意见》是几个部门联合发的?", "各部门联合印发了意见。", False),  # no count
    ("那份《意见》是几个部门联合发的?", "第三部门参与了意见的起草。", False),  # an ordinal, no count
])
def test_a_count_or_a_share_in_the_words_people_ask_it(question: str, sentence: str, holds: bool) -> None:
    assert _holds(question, "figure", sentence) == holds


@pytest.mark.parametrize("question,sentence,holds", [
    ("那份意见的发文字号是啥?", "定西市印发了《定西市深化区域教育协作促进基础教育高质量发展实施意见》。", False),  # a title
    ("那份意见的发文字号是啥?", "根据《指导意见》(淄政办发〔2016〕7号)精神。", True),
    ("是落实哪个文件的?", "定西市印发了《定西市深化区域教育协作促进基础教育高质量发展实施意见》。", True),
])
def test_a_document_number_asked_needs_a_number(question: str, sentence: str, holds: bool) -> None:
    assert _holds(question, "document", sentence) == holds


def _holds(question: str, kind: str, sentence: str) -> bool:
    """Does the sentence hold the answer type `kind` for the question?"""
    from assistant.intent import QueryIntent
    from assistant.sentences import has_answer_type

    return has_answer_type(QueryIntent(question=question, query=question, answer_type=kind), sentence)


@pytest.mark.parametrize("question,sentence,holds", AGENT_ROWS)
def test_person_or_agent(question: str, sentence: str, holds: bool) -> None:
    assert _holds(question, "person", sentence) == holds


CRITERION_ROWS = [
    # (criteria question, sentence, states a criterion)
    ("教研员按什么条件下校?", "50周岁以下教研员在岗工作满5年后,原则上要有薄弱初中从事1学年以上教育教学工作的经历。", True),
    ("教师按什么条件评优?", "符合条件的教师可申报市级骨干教师。", True),  # what a candidate must meet
    ("学校按什么标准验收?", "实施学校标准化建设,改善学校办学条件。", False),  # 标准化 and 办学条件 name no criterion
    ("学校按什么标准验收?", "全部学校达到省级标准化。", False),
    ("学校按什么标准验收?", "办学条件为全省一流。", False),
]


def test_a_sentence_answering_one_ask_of_two_covers_the_question() -> None:
    """"截止到哪天、报给哪个科室?": the sentence giving the deadline need not name the office; its coverage is that
    of the ask it answers, not diluted by the other ask's words."""
    from assistant.intent import QueryIntent
    from assistant.sentences import coverage

    class Uniform:  # every word weighs the same, and the corpus uses it
        def idf(self, term: str) -> float:
            return 1.0

        def unknown(self, term: str) -> bool:
            return False

    weights = Uniform()
    sentence = "实施方案于2019年6月30日截止上报。"
    one = QueryIntent(question="q", query="q", terms=["实施方案", "截止", "科室"])
    two = QueryIntent(question="q", query="q", terms=["实施方案", "截止", "科室"], asks=[["实施方案", "截止"], ["实施方案", "科室"]])
    assert coverage(one, sentence, weights) < 0.7 and coverage(two, sentence, weights) == 1.0


WORDING_ROWS = [
    # (question counting characters, sentence, the quoted phrases of that length)
    ("资源供给机制是哪十六个字?", "探索建立“政府主导、社会参与、竞争提供、择优遴选”的机制。", ["政府主导、社会参与、竞争提供、择优遴选"]),
    ("要害落在哪四个字上?", "再次强调项目的关键在于“实干优先”。", ["实干优先"]),  # punctuation is not counted
    ("要害落在哪四个字上?", "做到“打造品牌、提升品质、促进均衡”。", []),  # twelve characters are not four
    ("要害落在哪几个字上?", "关键在于“实干优先”。", ["实干优先"]),  # no count: any short quoted phrase
    ("要害落在哪四个字上?", "项目的关键在于实干优先。", []),  # unquoted words are no quoted wording
    # as many one-character words, each quoted as a character in a sentence of its own
    ("通篇在哪三个字上下功夫?", "在“管”字上下功夫,推进标准化建设。", ["管"]),
    ("哪一个字是要害?", "在“管”字上下功夫。", []),  # one character counted: only a quoted phrase of that length (none here)
    # a phrase the question writes itself is what the wording is asked about, not the wording asked
    ("对提质强校提出的四个字要求是什么?", "与桐庐教育局正式签约“提质强校”项目。", []),
    ("对提质强校提出的四个字要求是什么?", "再次强调项目的关键在于“实干优先”。", ["实干优先"]),
    ("关键的四个字是“实干优先”吗?", "再次强调项目的关键在于“实干优先”。", ["实干优先"]),  # quoted: being confirmed
]


@pytest.mark.parametrize("question,sentence,phrases", WORDING_ROWS)
def test_a_counted_wording_is_a_quoted_phrase_of_that_length(question: str, sentence: str, phrases: list[str]) -> None:
    from assistant.intent import QueryIntent
    from assistant.sentences import has_answer_type, quoted_wording

    assert quoted_wording(question, sentence) == phrases
    intent = QueryIntent(question=question, query=question, answer_type="wording")
    assert has_answer_type(intent, sentence) == bool(phrases)


EVENT_ROWS = [
    # (question asking a meeting or event, sentence, names one the question does not)
    ("这次合作是紧跟着哪次会推出来的?", "明确了这是4月28日全县教育大会后,桐庐县推动教育高质量发展的又一重要举措。", True),
    ("是在哪次会议上提出来的?", "2021年7月,余杭区提出将紧紧围绕建设共同富裕美好社会。", False),  # no gathering named
    ("是在哪次会议上提出来的?", "组织召开会议,研究部署。", False),  # a verb before a bare kind names nothing
    ("表扬是在哪场会上宣布的?", "召开全市特岗教师跟岗培训观摩总结会,先后通报表扬。", True),  # a kind of its own (总结会)
    ("签约仪式之后开的是哪次会?", "签约仪式由副局长主持。", False),  # a ceremony is the occasion asked about
    ("亳州那个标准化建设现场推进会之后又开了哪次会?", "召开一次学校标准化建设现场推进会。", False),  # the question's own meeting
    # the asker's own meeting shares words with the one named, not its name: 全县教育工作会 is no 全县教育大会
    ("我们刚开完全县教育工作会。桐庐这次签约是接在哪一次大会后面的?", "明确了这是4月28日全县教育大会后,桐庐县推动教育高质量发展的又一重要举措。", True),
    # the kind the question names is the kind asked: a 现场会 or a 研讨会 is no 办公会
    ("这份意见是在市教育局哪一次办公会上审议通过的?", "通过召开现场会、研讨会、经验交流会等形式进行宣传。", False),
    ("这份意见是在市教育局哪一次办公会上审议通过的?", "经市教育局第五次局长办公会审议通过。", True),
]


@pytest.mark.parametrize("question,sentence,holds", EVENT_ROWS)
def test_a_meeting_asked_is_one_the_sentence_names(question: str, sentence: str, holds: bool) -> None:
    assert _holds(question, "event", sentence) == holds


@pytest.mark.parametrize("question,sentence,holds", CRITERION_ROWS)
def test_criterion(question: str, sentence: str, holds: bool) -> None:
    from assistant.intent import QueryIntent
    from assistant.sentences import has_answer_type

    intent = QueryIntent(question=question, query=question, answer_type="criterion")
    assert has_answer_type(intent, sentence) == holds


FIGURE_ROWS = [
    # (figure question's subject words, sentence, holds a figure of the subject)
    (["幼儿园"], "2020年民办幼儿园共有98所,在园人数占全区在园学生总数的约24%。", True),  # the clause before names it
    (["幼儿园"], "民办中小学共有26所。在园人数约占24%。", False),  # another sentence does not carry the subject
    (["教育经费"], "2019年GDP是2824亿元,财政收入增长了8%。", False),  # neither clause names what is asked
    # a rate with no subject of its own measures what the sentence's earlier clauses name
    (["共同体"], "组建城乡初中教育共同体,加强集团化办学,覆盖率达到80%以上。", True),
    (["共同体"], "组建城乡初中教育共同体,加强集团化办学,其中农村学校达到80%以上。", False),  # a subject of its own
]


@pytest.mark.parametrize("question,terms,sentence,holds", [
    # a figure of a sibling category (民办 for 公办, 初中 for 小学) counts the other part of the set
    ("有多少所公办中小学?", ["公办", "中小学"], "民办中小学共有26所,在校学生占约18.5%。", False),
    ("有多少所民办中小学?", ["民办", "中小学"], "民办中小学共有26所,在校学生占约18.5%。", True),
    ("公办幼儿园一个月收多少保教费?", ["公办", "幼儿园", "保教"], "有的民办幼儿园每月高达五千多元。", False),
    ("选了几所小学?", ["小学"], "选定的6所初中开展实验。", False),
    ("选了几所小学?", ["小学"], "选定的6所初中和3所小学开展实验。", True),  # the asked one named too
    # a parenthesised alternative inside a word (校(园)长) leaves the word the question asks readable (校长)
    ("派了多少校长?", ["校长"], "22名校(园)长储备人才到协作县区交流帮扶。", True),
    ("派了多少校长?", ["校长"], "22名骨干教师到协作县区交流帮扶。", False),
    # a count asked of each part the question coordinates needs a figure for each: one figure of them all is a sum
    ("渭源、漳县、岷县各自分别来了多少教师?", ["渭源", "漳县", "岷县", "教师"],
     "跨区域代培渭源县、漳县和岷县新入职特岗教师,累计对504名新入职特岗教师开展跟岗培训。", False),
    ("渭源、漳县、岷县各自分别来了多少教师?", ["渭源", "漳县", "岷县", "教师"],
     "渭源县来了120名教师,漳县来了90名教师,岷县来了100名教师。", True),
    ("市级、区级各要培养多少骨干?", ["市级", "区级", "骨干"], "遴选并培育市学科名师骨干8~10名、区学科名师骨干30~40名。", True),
    ("校长和骨干老师各多少人?", ["校长", "骨干", "老师"], "22名校(园)长储备人才和22名骨干教师到协作县区交流帮扶。", True),
    # both siblings named: the one in the clause asking the figure is asked, the other is what it is compared with
    ("拿民办跟公办比,公办幼儿园每月收多少钱?", ["民办", "公办", "幼儿园"], "有的民办幼儿园每月高达五千多元。", False),
    ("拿公办跟民办比,民办幼儿园每月收多少钱?", ["民办", "公办", "幼儿园"], "有的民办幼儿园每月高达五千多元。", True),
    # a count of each kind asked ("哪几类X,各有多少") is one of a list of counts naming what its kinds are of once, in
    # its sentence: the clause of a figure need not name X; a count asked of X alone still needs X in its clause
    ("树了哪几类典型,各有多少个?", ["典型"],
     "先后选树创新实践基地16个、家长实验学校10所和书香家庭16个,以典型引领协同育人。", True),
    ("树了哪几类典型,各有多少个?", ["典型"], "先后选树创新实践基地16个、家长实验学校10所。", False),
    ("树了多少个典型?", ["典型"], "先后选树创新实践基地16个、家长实验学校10所,以典型引领协同育人。", False),
    # a count asked with its unit in a clause of its own is asked beside a share word in another clause
    ("覆盖面到底有多大,受益的家庭统计了多少户?", ["受益", "家庭"], "受益家庭达42.1万个。", True),
    ("覆盖面到底有多大?", ["受益", "家庭"], "受益家庭达42.1万个。", False),
    # a programme's quoted name (“筑基计划”) does not make its figure a plan: it states what was done
    ("已经给多少学生开了路?", ["学生"], "试点实施“筑基计划”,为3000多名学生开通了学段贯通培养新路径。", True),
    ("已经给多少学生开了路?", ["学生"], "计划为3000多名学生开通学段贯通培养新路径。", False),
])
def test_a_figure_of_a_sibling_category_is_not_the_one_asked(question: str, terms: list[str], sentence: str, holds: bool) -> None:
    from assistant.intent import QueryIntent
    from assistant.sentences import has_answer_type

    intent = QueryIntent(question=question, query=question, answer_type="figure", terms=terms)
    assert has_answer_type(intent, sentence) == holds


@pytest.mark.parametrize("terms,sentence,holds", FIGURE_ROWS)
def test_a_clause_continues_the_subject_of_the_one_before(terms: list[str], sentence: str, holds: bool) -> None:
    from assistant.intent import QueryIntent
    from assistant.sentences import has_answer_type

    intent = QueryIntent(question="占多大比例?", query="", answer_type="figure", terms=terms)
    assert has_answer_type(intent, sentence) == holds


@pytest.mark.parametrize("question,sentence,holds", [
    ("督导一年要进校几趟?", "督导每学期进校2次。", True),  # how often is counted in 次 whatever the question's classifier
    ("督导一年要进校几趟?", "督导覆盖全区12所学校。", False),
    # 个 before 人 counts people: a count of schools by 个 is no answer
    ("骨干教师团队每队配几个人?", "每个共同体明确一个核心校,选派骨干教师团队。", False),
    ("骨干教师团队每队配几个人?", "每支骨干教师团队配5名教师。", True),
    # 占 with a counted unit asks a count of part of the whole, not its share
    ("九所学校里初中和小学各占几所?", "选定的6所初中和3所小学开展实验。", True),
    ("教师中骨干教师占多少?", "骨干教师占全体教师的30%。", True),
    ("教师中骨干教师占几个百分点?", "骨干教师占全体教师的30%。", True),  # 个百分点 is a share
    # English counts a span in a unit of time; a span in another unit answers it, as 为期一周 answers 多少天
    ("For how many days did Bozhou run the acceptance check on the schools?", "对创建学校进行为期一周的错位验收。", True),
    ("How many weeks did the acceptance check on the schools last?", "对创建学校进行为期一周的错位验收。", True),
    ("For how many days did Bozhou run the acceptance check on the schools?", "对12所创建学校进行错位验收。", False),
])
def test_a_verbal_classifier_counts_times(question: str, sentence: str, holds: bool) -> None:
    from assistant.intent import QueryIntent
    from assistant.sentences import has_answer_type

    terms = [t for t in ("督导", "初中", "小学", "骨干教师") if t in question]
    intent = QueryIntent(question=question, query=question, answer_type="figure", terms=terms)
    assert has_answer_type(intent, sentence) == holds


@pytest.mark.parametrize("question,terms,sentence,holds", [
    # 个 counts anything: a count asked with a thing's own classifier is also stated with it, where 个 counts that thing
    ("家长课堂有多少户家庭受益?", ["家庭"], "家庭教育公开课受益家庭达42.1万个。", True),
    ("家长课堂有多少户家庭受益?", ["家庭"], "家庭教育公开课受益家庭达42.1万。", False),  # no classifier
    ("共建了多少所示范学校?", ["示范"], "共建示范学校12个。", True),
    ("共建了多少所示范学校?", ["示范"], "共建12个示范学校。", True),
    ("资源开发一共提了多少条要求?", ["资源"], "要从“资源体系、质量标准、资源管理”四个方面确保资源开发。", False),  # aspects
    ("一年开了多少天课程?", ["课程"], "课程开设12个专题。", False),  # time is not counted in 个
    ("余杭要建几个示范学校?", ["示范"], "示范学校培训学生300人。", False),  # 个 of things counts no people
    ("有多少名家庭教育指导教师?", ["家庭"], "家庭教育指导教师30个。", False),  # nor are people
    # a unit of measure answers only in that unit: "5G" is no bandwidth in 兆
    ("学校网络带宽至少得多少兆?", ["网络"], "依托云计算、5G等新技术,网络教学覆盖全体学生。", False),
    ("学校网络带宽至少得多少兆?", ["网络"], "学校网络带宽达到千兆。", True),
    ("学校网络带宽至少得多少兆?", ["网络"], "学校网络带宽不低于100M。", True),
    ("定西一共资助了多少名学生?", ["资助"], "定西全面落实三大学生资助政策。", False),  # 大学生, no 三大 of people
    # the unit is the asking sentence's; a rough amount the asker gives (几百场) is the unit of the exact figure asked
    ("我们想知道折腾了多少回。教研活动搞了几百场,准确数字是多少?", ["教研"], "开展教研活动434场次。", True),
    ("我们想知道折腾了多少回。教研活动搞了几百场,准确数字是多少?", ["教研"], "教研活动覆盖434所学校。", False),
    # the asking sentence says what is counted: money words in the asker's framing before it ask no amount
    ("钱投下去五年后能摆出多少所像样的学校?余杭订的五年数是多少所?", ["学校"], "余杭区计划五年内建成100所以上高品质学校。", True),
    ("钱投下去能摆出多少所学校?余杭订的五年数是多少所?", ["学校"], "余杭区设立专项经费2000万元用于学校建设。", False),
    ("建了多少所学校?每年投多少钱?", ["学校"], "每年投入学校建设经费2000万元。", True),  # money asked in the asking sentence
    ("元培中学教育集团下面一共有几所成员学校?", ["学校"], "集团共有成员学校8所。", True),  # 元 of a name asks no money
    # 几 after a time to come (往后几年) is "a few years", no unit asked: the count after it is
    ("方案给往后几年定了个数,标杆学校有几家?", ["学校"], "发展2家以上市级标杆学校。", True),
    ("方案给往后几年定了个数,标杆学校有几家?", ["学校"], "用三年时间建设标杆学校。", False),
    ("省里给的经费够建多少所学校?", ["学校"], "全区新建学校12所。", True),  # 多少所 after a money word counts schools
    ("淄博几个区县的经费加起来有多少?", ["经费"], "市财政安排共同体发展经费3000万元。", True),  # money asked, a count beside it
    # an asking word right before a fee's name asks the money, whatever other figure is asked beside it
    ("教育局付给研究院多少合作费用?分几年拨?", ["费用"], "21世纪教育研究院与教育局正式签约。", False),
    ("教育局付给研究院多少合作费用?分几年拨?", ["费用"], "合作费用共计60万元,分三年拨付。", True),
    # "N大X" counts X as well
    ("《意见》一共提了多少条要求?", ["要求"], "《意见》从供给平台渠道等方面提出了七大要求。", True),
    ("《意见》一共提了多少条要求?", ["要求"], "《意见》提出了一大要求。", False),  # 一大 is "a big", no count
    # a quota of places (名额) is counted in the people who fill it
    ("每年派出去研修的名额是多少?", ["研修", "名额"], "每年选派一百位教育工作者到名校研修培养。", True),
    ("每年派出去研修的名额是多少?", ["研修", "名额"], "每年安排研修经费一百万元。", False),
])
def test_a_count_is_stated_in_its_unit_or_the_general_classifier(question: str, terms: list[str], sentence: str, holds: bool) -> None:
    from assistant.intent import QueryIntent
    from assistant.sentences import has_answer_type

    intent = QueryIntent(question=question, query=question, answer_type="figure", terms=terms)
    assert has_answer_type(intent, sentence) == holds

MONEY_ROWS = [
    # (question, sentence, holds the amount asked): a fee or charge (费) is money, and "五千多元" is an amount
    ("民办园收费一个月得交多少?", "有的民办幼儿园每月高达五千多元。", True),
    ("民办园收费一个月得交多少?", "民办中小学共有26所。", False),  # a count of schools is no fee
    ("民办园的合作项目费是多少?", "民办园合作为期三年,共开展6项合作。", False),
    ("民办园免费招了多少名学生?", "民办园免费招收学生300名。", True),  # 免费 asks no amount of money
    # a verb of paying or a word of price before 多少 asks the amount paid
    ("民办园每个月最贵要交多少?", "有的民办幼儿园每月高达五千多元。", True),
    ("民办园每个月最贵要交多少?", "民办园每月开展活动三次。", False),
    ("民办园每年要交多少份材料?", "民办园每年上交材料五千多元。", False),  # 份 counts papers, not money
    ("民办园每年交流多少骨干教师?", "民办园每年交流22名骨干教师。", True),  # 交流 is no paying: a count of people
    # paying out of pocket (掏, 花) asks the amount paid as 交 does; 花多少时间 asks a span
    ("上民办园每个月家长得掏多少?", "有的民办幼儿园每月高达五千多元。", True),
    ("上民办园每个月家长得掏多少?", "民办园每月开展活动三次。", False),
    ("上民办园一年要花多少?", "有的民办幼儿园每年高达五万多元。", True),
    ("民办园备课要花多少时间?", "民办园备课五千多元。", False),
]


@pytest.mark.parametrize("question,measure,sentence,holds", [
    # an amount of money names its own quantity: the clause names the rest of the subject, not 学费 or 钱 again
    ("私立中小学一个学期学费多少?", "学费", "民办中小学每学期三万到四万不等。", True),  # Chinese numerals with 万
    ("私立幼儿园每个月收多少钱?", "钱", "有的民办幼儿园每月高达五千多元。", True),
    ("私立幼儿园每个月收多少钱?", "钱", "有的民办幼儿园每月开展活动三次。", False),  # no amount
    ("私立幼儿园每个月收多少钱?", "钱", "公办小学每学期代收五百元。", False),  # the clause names no 民办/幼儿园
    # a quantity that is no money keeps being named in the clause
    ("私立幼儿园的占地面积多少?", "面积", "民办幼儿园共有3000平方米。", False),
    # an amount of another fee is no answer; a generic 钱 asks any amount
    ("私立中小学一个学期学费多少?", "学费", "民办中小学每学期伙食费三千元。", False),
    ("私立中小学一个学期要花多少钱?", "钱", "民办中小学每学期伙食费三千元。", True),
    ("私立中小学一个学期学费多少?", "学费", "民办中小学千万不能乱收费,在校一万多名学生。", False),  # no amount
    ("私立中小学一个学期学费多少?", "学费", "民办中小学每学期收费三万元。", True),  # charging names no other fee
])
def test_an_amount_of_money_names_its_own_quantity(question: str, measure: str, sentence: str, holds: bool) -> None:
    from assistant.intent import QueryIntent
    from assistant.sentences import has_answer_type

    terms = ["私立", "民办", "幼儿园" if "幼儿园" in question else "中小学", measure]
    intent = QueryIntent(question=question, query=question, answer_type="figure", terms=terms, measure=measure)
    assert has_answer_type(intent, sentence) == holds


@pytest.mark.parametrize("question,sentence,holds", MONEY_ROWS)
def test_a_fee_is_answered_by_an_amount_of_money(question: str, sentence: str, holds: bool) -> None:
    from assistant.intent import QueryIntent
    from assistant.sentences import has_answer_type

    intent = QueryIntent(question=question, query=question, answer_type="figure", terms=["民办"])
    assert has_answer_type(intent, sentence) == holds


COUNTED_ROWS = [
    # (sentence, holds): what restricts the count (薄弱) may name it in the clause before or after the figure
    ("50周岁以下教研员在岗工作满5年后,原则上要有薄弱初中从事1学年以上教育教学工作的经历。", True),
    ("教研员在岗工作满5年后,原则上要有城区学校的经历,再去农村。", False),
]


@pytest.mark.parametrize("sentence,holds", COUNTED_ROWS)
def test_what_restricts_a_count_may_follow_the_figure(sentence: str, holds: bool) -> None:
    from assistant.intent import QueryIntent
    from assistant.sentences import has_answer_type

    question = "对教研员,干满几年,就得去薄弱初中?"
    intent = QueryIntent(question=question, query=question, answer_type="figure", terms=["教研员", "薄弱"],
                         counted=["薄弱"])
    assert has_answer_type(intent, sentence) == holds


MODIFIED_ROWS = [
    # (sentence, holds): the quantity's modifier (专项 of 培训) named with it once in the sentence, a later clause
    # naming the quantity alone speaks of the same one
    ("实施“教师专项培训计划”,计划用3年时间,为全市农村学校培训1000名骨干教师。", True),
    ("计划用3年时间,为全市农村学校培训1000名骨干教师。", False),  # the modifier nowhere: another training
    ("开展专项督导,检查各校课程,全年培训1000名骨干教师。", False),  # the modifier with another word is no compound
]


@pytest.mark.parametrize("sentence,holds", MODIFIED_ROWS)
def test_a_quantity_named_with_its_modifier_once_keeps_it(sentence: str, holds: bool) -> None:
    from assistant.intent import QueryIntent
    from assistant.sentences import has_answer_type

    question = "专项培训打算培训多少名?"
    intent = QueryIntent(question=question, query=question, answer_type="figure", terms=["专项", "培训"],
                         measure="培训", measure_of=["专项"])
    assert has_answer_type(intent, sentence) == holds


@pytest.mark.parametrize("sentence,holds", [
    ("2020年余杭区民办幼儿园共有98所。", True),  # 民办: the sources' word for the asker's 私立
    ("2020年余杭区公办幼儿园共有120所。", False),  # another modifier: another part of the set
])
def test_a_quantitys_modifier_is_stated_by_its_equivalent(sentence: str, holds: bool) -> None:
    from assistant.intent import QueryIntent
    from assistant.sentences import has_answer_type

    question = "余杭2020年的私立幼儿园一共有几所?"
    intent = QueryIntent(question=question, query=question, answer_type="figure", terms=["私立", "幼儿园"],
                         equivalents={"私立": ["民办"], "幼儿园": []}, measure="幼儿园", measure_of=["私立"])
    assert has_answer_type(intent, sentence) == holds


ACTUAL_ROWS = [
    # (figure question, sentence, holds its answer): what happened is not what was planned
    ("实际一共培训了多少名教师?", "计划用3年时间,为全市培训1000名教师。", False),
    ("实际一共培训了多少名教师?", "三年来,全市共培训教师1000名。", True),
    ("一共培训了多少名教师?", "计划用3年时间,为全市培训1000名教师。", True),  # a plan answers a question about the plan
    # 几 after 那 points back ("those years", "those meetings"): the count asked is the one after 多少
    ("那几年打算培训多少名教师?", "计划用3年时间,为全市培训1000名教师。", True),
    ("那几场培训下来,到场的教师有多少人次?", "参加培训教师达7万人次。", True),
    ("那几场培训下来,到场的教师有多少人次?", "共举办培训3场。", False),  # how many meetings is not how many came
    # 名 opening a word (名校) is the noun counted, not the classifier for people
    ("打算引进多少名校来培训教师?", "计划引进三十所国内外名校合作培训教师。", True),
    ("给多少名校长做了培训?", "为120名校长开展培训。", True),  # 名 + 校长: the classifier
    ("给多少名校长做了培训?", "与30所名校合作开展校长培训。", False),  # a count of schools is no count of principals
]


@pytest.mark.parametrize("question,sentence,holds", ACTUAL_ROWS)
def test_an_actual_outcome_is_not_a_plan(question: str, sentence: str, holds: bool) -> None:
    from assistant.intent import QueryIntent
    from assistant.sentences import has_answer_type

    intent = QueryIntent(question=question, query="", answer_type="figure", terms=["培训", "教师"])
    assert has_answer_type(intent, sentence) == holds



@pytest.mark.parametrize("sentence,holds", [
    ("根据关于贯彻鲁政发(2017)24号文件的实施意见要求,制定本意见。", True),  # a document number
    ("教育部等五部门发布的《关于大力加强中小学线上教育教学资源建设与应用的意见》", True),  # a title
    ("各区县要结合实际制定实施方案。", False),
])
def test_a_document_is_named_by_title_or_number(sentence: str, holds: bool) -> None:
    from assistant.intent import QueryIntent
    from assistant.sentences import has_answer_type

    intent = QueryIntent(question="落实哪个文件?", query="", answer_type="document")
    assert has_answer_type(intent, sentence) == holds


@pytest.mark.parametrize("text,sentences", [
    ("关键词:高质量发展;教育创新;区域发展\n下一段。", ["关键词:高质量发展;教育创新;区域发展", "下一段。"]),  # short items: one statement
    ("一是加强领导;二是完善机制,建立健全工作制度和考核办法;三是强化保障。",
     ["一是加强领导;", "二是完善机制,建立健全工作制度和考核办法;", "三是强化保障。"]),  # a long item keeps its own
])
def test_short_items_separated_by_semicolons_are_one_statement(text: str, sentences: list[str]) -> None:
    from assistant.sentences import _short_items_joined
    from index.chunk import sentence_spans

    assert [text[s:e] for s, e in _short_items_joined(text, sentence_spans(text))] == sentences


@pytest.mark.parametrize("opening", [
    "——到2025年,区域内差异系数均小于0.30;",
    "根据规划显示,到2025年区域内差异系数均小于0.30;",  # the time after a source phrase governs too
])
def test_a_target_paragraph_dates_its_statements(opening: str) -> None:
    """"——到2025年,…;全区1/3…创建成现代化学校;": the share is the 2025 target, though its own sentence has no year;
    the last time the sentence states before a statement governs it."""
    from assistant.intent import QueryIntent
    from assistant.sentences import Unit, _dated, has_answer_type
    from index.schema import Chunk

    text = opening + "全区1/3内涵发展较好的初中创建成现代化学校;\n下一段。"
    chunk = Chunk(chunk_id="x:0-1", case_id="x", name="某区", title="方案", kind="case", region="", source="x.md",
                  heading="某区", start=0, end=len(text), text=text)
    start = text.index("全区")
    unit = Unit(1, "x", start, text.index("\n"), text[start:text.index("\n")])
    intent = QueryIntent(question="到2025年要有多大比例的初中创建成现代化学校?", query="", answer_type="figure",
                         terms=["初中", "现代化"], years=["2025"])
    assert not has_answer_type(intent, unit.text) and has_answer_type(intent, _dated(unit, chunk))
    later = text.replace("\n下一段。", "")[:len(opening) - 1] + "。" + text[len(opening):]  # a full stop ends the time's reach
    unit = Unit(1, "x", later.index("全区"), len(later), later[later.index("全区"):])
    assert _dated(unit, Chunk(chunk_id="x:0-1", case_id="x", name="某区", title="方案", kind="case", region="", source="x.md",
                              heading="某区", start=0, end=len(later), text=later)) == unit.text


def test_an_occasion_is_dated_by_the_year_written_last_before_its_name() -> None:
    """"根据2018年出台的方案,2019年6月签约仪式在…举行。": the signing is of 2019, not of the plan's year."""
    from assistant.sentences import _occasion_dated

    assert _occasion_dated("签约仪式由副局长主持。", "根据2018年出台的方案,2019年6月签约仪式在学府小学举行。").startswith("2019年,")
    assert _occasion_dated("签约仪式由副局长主持。", "签约仪式于2019年6月在学府小学举行。").startswith("2019年,")


@pytest.mark.parametrize("before,sentence,dated", [
    # a report dates its occasion once; a later sentence naming it again is of that year
    ("2019年6月23日,县教育局与研究院签约仪式在学府小学举行。", "签约仪式由徐志强副局长主持。", True),
    ("2021年4月28日,全县教育大会召开。会上宣布了名单。", "全县教育大会由县长主持。", True),
    # another occasion, or one the passage never dated, carries no year
    ("2019年6月23日,县教育局与研究院签约仪式在学府小学举行。", "全县教育大会由县长主持。", False),
    ("县教育局与研究院签约仪式在学府小学举行。", "签约仪式由徐志强副局长主持。", False),
    # (活动 names no one occasion: "开展活动" in two sentences need not be the same; nor does 会议)
    ("2019年全县开展活动。", "各校开展活动由校长主持。", False),
    ("2019年5月,县委召开会议研究教师交流。", "此后每学期召开会议听取汇报。", False),
    # the level is part of the name: a 全市教育大会 is not the 全县教育大会
    ("2019年6月23日,全市教育大会召开。", "全县教育大会由县长主持。", False),
])
def test_an_occasion_dated_once_dates_the_sentences_naming_it(before: str, sentence: str, dated: bool) -> None:
    """`sentences._dated`: "2019年6月23日,…签约仪式在…举行。签约仪式由…主持。": who hosted the 2019 signing is answered
    by the second sentence, which names the occasion the first one dated."""
    from assistant.sentences import Unit, _dated
    from index.schema import Chunk

    text = before + sentence
    chunk = Chunk(chunk_id="x:0-1", case_id="x", name="某县", title="报道", kind="case", region="", source="x.md",
                  heading="某县", start=0, end=len(text), text=text)
    unit = Unit(1, "x", len(before), len(text), sentence)
    assert (_dated(unit, chunk) != sentence) is dated
    assert not dated or _dated(unit, chunk).startswith(before[:5])
    assert not dated or _dated(unit, chunk).count("年") == sentence.count("年") + 1
    # (a date asked is stated by the sentence dating it: "研究院要求啥时候交稿" is not answered by the host's sentence)
    assert _dated(unit, chunk, occasions=False) == sentence


def test_a_quantity_of_something_else_does_not_answer() -> None:
    """"新型教学空间覆盖率": a 覆盖率 of the 共同体 is not it."""
    from assistant.intent import QueryIntent
    from assistant.sentences import has_answer_type

    intent = QueryIntent(question="新型教学空间覆盖率达到多少?", query="", answer_type="figure",
                         terms=["新型", "教学", "空间", "覆盖率"], measure="覆盖率", measure_of=["新型", "教学", "空间"])
    assert not has_answer_type(intent, "组建城乡初中教育共同体,加强集团化办学,覆盖率达到80%以上。")
    assert has_answer_type(intent, "发展2家智慧校园标杆学校,新型教学空间覆盖率达到100%。")



@pytest.mark.parametrize("sentence,said", [
    ("通过阶段性总结、现场会、调度会等形式扎实推进。", True),  # the previous answer quoted it
    ("各区县教育行政部门要结合实际,统筹谋划、充分论证。", False),
])
def test_a_sentence_the_previous_answer_said(sentence: str, said: bool) -> None:
    from assistant.sentences import said_before

    previous = ["2019年7-12月,各共同体学校通过阶段性总结、现场会、调度会等形式扎实推进。"]
    assert said_before(sentence, previous) == said


@pytest.mark.parametrize("question,sentence,holds", [
    # a share asked per hundred is a percentage: a count of places does not answer it, a percentage does
    ("Out of every hundred children in nurseries, how many were in private ones?", "民办幼儿园共有98所,在园人数占全区在园学生总数的约24%。", True),
    ("Out of every hundred children in nurseries, how many were in private ones?", "民办幼儿园共有98所。", False),
    ("How many private nurseries were there?", "民办幼儿园共有98所。", True),
])
def test_a_share_asked_per_hundred_is_a_percentage(question: str, sentence: str, holds: bool) -> None:
    assert _holds(question, "figure", sentence) == holds


@pytest.mark.parametrize("event,sentence,holds", [
    # how often an event happens: a period of another event does not answer it
    (["修订"], "教育督导机构将根据规划目标对学校实施三年结果考核,加强结果的问责。", False),
    (["修订"], "学校章程每三年修订一次。", True),
])
def test_a_period_answers_the_event_asked(event: list[str], sentence: str, holds: bool) -> None:
    from assistant.intent import QueryIntent
    from assistant.sentences import has_answer_type

    intent = QueryIntent(question="学校章程隔几年要修订一回?", query="", answer_type="figure", terms=["学校", "章程", "修订"],
                         event=event)
    assert has_answer_type(intent, sentence) is holds


@pytest.mark.parametrize("sentence,holds", [
    # how long an action is given: a duration of another action does not answer it
    ("对创建学校进行为期一周的错位验收,确保创建工作不流于形式。", False),
    ("验收未达标的学校限期一个月整改。", True),
])
def test_a_duration_answers_the_action_asked(sentence: str, holds: bool) -> None:
    from assistant.intent import QueryIntent
    from assistant.sentences import has_answer_type

    intent = QueryIntent(question="验收没达标的学校,给多长时间整改?", query="", answer_type="figure",
                         terms=["验收", "达标", "学校", "整改"], event=["整改"])
    assert has_answer_type(intent, sentence) is holds


@pytest.mark.parametrize("event,sentence,holds", [
    # a date answers "when" only in a sentence naming the event the asking clause names by its verb
    (["建成", "投用"], "2023年12月,读者集团为学校捐赠5万元的图书并计划建设科技创新教室。", False),
    (["挂牌", "成立"], "21世纪教育研究院自2007年以来,一直关注地方教育发展。", False),
    (["举行"], "2019年6月23日,签约仪式在桐庐学府小学报告厅举行。", True),
    ([], "2019年6月23日,签约仪式在桐庐学府小学报告厅举行。", True),  # no event named: any date
    # a time of day is a time (下午5点, 17:30, 5点半); a number of points is none (3点意见)
    ([], "课后服务延时到下午5点。", True),
    ([], "课后服务延时到17:30。", True),
    ([], "会议提出3点意见。", False),
    # a deadline asked (截止, 期限, 最晚) is stated as a limit, a date before 前, whatever the verb of the doing
    (["截止"], "经区县审核后,于2019年6月30日前报市教育局基础教育科。", True),
    (["截止"], "各区县要在6月底之前完成部署。", True),
    (["截止"], "2019年6月,淄博印发指导意见。", False),  # a date, but no limit
    # a target dated by the year it is reached by ("到2023年"), or by a year heading a pledge (确保, 力争)
    (["截止"], "到2023年,各区县共同体办学模式初步形成。", True),
    (["截止"], "2023年,打造一批共同体,确保农村学校全部参与。", True),
    (["截止"], "2023年,淄博召开全市共同体建设推进会。", False),  # a year heading no pledge: a date, no limit
    (["截止"], "至2020年底,全区共有民办幼儿园98所。", False),  # a status date
    (["截止"], "2019年到2021年,全区新建学校12所。", False),  # a span
    (["举行"], "经区县审核后,于2019年6月30日前报市教育局基础教育科。", False),  # a limit is no date of another event
    # issuing a document is one act whichever verb is used (推出 asked, 发布 written)
    (["推出"], "2021年8月,杭州市余杭区正式发布教育高质量发展“1388”奋进计划。", True),
    (["推出"], "2021年8月,余杭区召开教育大会。", False),
])
def test_a_date_answers_the_event_asked(event: list[str], sentence: str, holds: bool) -> None:
    from assistant.intent import QueryIntent
    from assistant.sentences import has_answer_type
    from assistant.synonyms import equivalents

    intent = QueryIntent(question="啥时候?", query="啥时候?", answer_type="date", event=event,
                         equivalents={e: equivalents(e) for e in event})
    assert has_answer_type(intent, sentence) == holds


@pytest.mark.parametrize("question,sentence,holds", [
    # a day asked is answered only by a day: a month is coarser; a count of days (几天) asks no date
    ("研学是哪天出发的?", "2023年12月,师生走进了读者集团。", False),
    ("研学是哪天出发的?", "2023年12月15日,师生走进了读者集团。", True),
    ("签约仪式是几月几号办的?", "签约仪式于6月23号举行。", True),
    ("研学是哪年办的?", "2023年12月,师生走进了读者集团。", True),  # a year asked: a month states it
])
def test_a_day_asked_is_answered_by_a_day(question: str, sentence: str, holds: bool) -> None:
    from assistant.intent import QueryIntent
    from assistant.sentences import has_answer_type

    intent = QueryIntent(question=question, query=question, answer_type="date")
    assert has_answer_type(intent, sentence) == holds


@pytest.mark.parametrize("question,sentence,holds", [
    # the question's own number is not the answer; the same number counting another thing may be
    ("派了22名校长储备人才,出自几所学校?", "22所学校的22名校长储备人才到协作县区交流。", True),
    ("派了22名校长储备人才,一共多少名?", "共派出22名校长储备人才。", False),
])
def test_the_questions_own_number_answers_only_when_it_counts_another_thing(question: str, sentence: str, holds: bool) -> None:
    from assistant.intent import QueryIntent
    from assistant.sentences import has_answer_type

    intent = QueryIntent(question=question, query=question, answer_type="figure", terms=["学校", "储备"])
    assert has_answer_type(intent, sentence) is holds


def test_days_asked_are_answered_in_days_or_weeks() -> None:
    from assistant.intent import QueryIntent
    from assistant.sentences import has_answer_type

    intent = QueryIntent(question="学校验收一验多少天?", query="", answer_type="figure", terms=["验收"])
    assert has_answer_type(intent, "对学校进行为期一周的错位验收。")  # 一周 is seven days
    assert has_answer_type(intent, "验收持续3天。")
    assert not has_answer_type(intent, "验收分3批进行。")


def test_how_often_an_activity_was_held_is_answered_in_sessions_too() -> None:
    """几回/几趟 count occasions: stated in 次, or in 场 (场次) for an activity held that often."""
    from assistant.intent import QueryIntent
    from assistant.sentences import has_answer_type

    intent = QueryIntent(question="那一个月一个主题的教研,搞了多少回?", query="", answer_type="figure", terms=["教研"])
    assert has_answer_type(intent, "按照“一月一主题”要求,举行教研活动30场次。")
    assert has_answer_type(intent, "全年开展教研活动12次。")
    assert not has_answer_type(intent, "参加教研的教师达300名。")
    trips = QueryIntent(question="专家一共来了几趟?", query="", answer_type="figure", terms=["专家"])
    assert not has_answer_type(trips, "邀请专家开展专题讲座20场。")  # 几趟 counts trips, not sessions


@pytest.mark.parametrize("sentence,site", [
    ("签约仪式在桐庐学府小学报告厅举行。", True),  # the venue an event is held in
    ("上城区教育惠民服务中心位于解放路100号。", True),
    ("在全县范围内召开推进会。", False),  # a scope, not a venue
])
def test_a_site_is_an_address_or_the_venue_of_an_event(sentence: str, site: bool) -> None:
    from assistant.sentences import SITE_RE

    assert bool(SITE_RE.search(sentence)) is site


@pytest.mark.parametrize("question,sentence,holds", [
    # "how many" counts, whatever money word the subject holds: a count of schools answers, an amount does not
    ("How many schools received the subsidy?", "共有12所学校获得补助。", True),
    ("How many schools received the subsidy?", "补助标准为每人每年五千元。", False),
    ("How much is the subsidy?", "补助标准为每人每年1.8万元。", True),
])
def test_how_many_counts_even_of_money(question: str, sentence: str, holds: bool) -> None:
    from assistant.intent import QueryIntent
    from assistant.sentences import has_answer_type

    intent = QueryIntent(question=question, query="", language="en", answer_type="figure", terms=["补助"])
    assert has_answer_type(intent, sentence) is holds


@pytest.mark.parametrize("question,terms,measure,sentence,holds", [
    # a share names its own quantity, as money does: its clause names the rest of the subject, not 比例 again
    ("芦溪老师无纸化备课的比例是多少?", ["老师", "备课", "比例"], "比例", "教育手段实现信息化,80%以上教师能实行电子备课、上课。", True),
    ("芦溪老师无纸化备课的比例是多少?", ["老师", "备课", "比例"], "比例", "80%以上学校实现了标准化。", False),  # no 教师/备课
    ("芦溪老师无纸化备课的比例是多少?", ["老师", "备课", "比例"], "比例", "教师每周备课三次。", False),  # no share
    # a short name answers for the full name it abbreviates (特色学校: 特色化学校)
    ("余杭要建成的高品质特色学校是多少?", ["特色学校"], "特色学校", "余杭区计划五年内建成100所以上高品质、特色化学校。", True),
    ("余杭要建成的高品质特色学校是多少?", ["特色学校"], "特色学校", "余杭区计划五年内建成100所以上高品质学校。", False),
])
def test_a_share_names_its_own_quantity(question: str, terms: list[str], measure: str, sentence: str, holds: bool) -> None:
    from assistant.intent import QueryIntent
    from assistant.sentences import has_answer_type

    intent = QueryIntent(question=question, query=question, answer_type="figure", terms=terms, measure=measure,
                         equivalents={"老师": ["教师"]})
    assert has_answer_type(intent, sentence) == holds


@pytest.mark.parametrize("term,text,holds", [
    ("现场会", "召开学校标准化建设现场推进会", True),  # the opening word and the head kept, a modifier left out
    ("意外保险", "购买意外伤害保险", True),
    ("特色学校", "高品质、特色化学校", True),
    ("意外保险", "意外。保险", False),  # punctuation is no left-out modifier
    ("现场会", "现场教学研讨交流会", False),  # more than a few characters left out
    ("现场会", "现场会", False),  # the name itself is no abbreviation of it (callers test that first)
    ("教育局", "优化教育布局", False),  # a one-character head needs two or more characters left out
    ("教学模式", "教育办学模式", False),  # the opening is a word of the term (教学), not one character of it
    ("中学生", "中学的师生", False),  # no particle left out
    ("县管", "县管校聘", False),  # two characters abbreviate nothing
])
def test_a_short_name_abbreviates_a_longer_one(term: str, text: str, holds: bool) -> None:
    from assistant.sentences import abbreviated_in

    assert abbreviated_in(term, text) == holds


@pytest.mark.parametrize("term,others,text,holds", [
    # two words sharing a head are written with it once: 硬件 and 软件 as 硬软件 (or 软硬件)
    ("硬件", ["硬件", "软件"], "坚持硬软件齐抓,融合型发展。", True),
    ("硬件", ["硬件", "软件"], "软硬件条件全面改善。", True),
    # with no word of the question to coordinate with, a word of the term's kind in the thesaurus (软件 beside 硬件,
    # 小学 beside 中学) shares the head; a word of another kind (条件) makes no coordination
    ("硬件", ["硬件", "投入"], "坚持硬软件齐抓。", True),
    ("中学", ["中学", "教师"], "全市中小学教师参加培训。", True),
    ("硬件", ["硬件", "投入"], "这是一条硬条件。", False),
    # the head's full form is no coordinate: 农村学校 is 村 + 学校, not 村校 beside 学校
    ("村校", ["村校", "老师"], "选派骨干教师到农村学校支教。", False),
    ("村校", ["村校", "学校"], "选派骨干教师到农村学校支教。", False),
    ("硬件", ["硬件", "软件"], "加强软件建设。", False),
])
def test_coordinated_words_share_their_head(term: str, others: list[str], text: str, holds: bool) -> None:
    from assistant.sentences import coordinated_in

    assert coordinated_in(term, others, text) == holds


@pytest.mark.parametrize("term,text,holds", [
    # a compound of two words stated the other way round names the same two things
    ("研究课题", "按照“问题即课题”思路,积极开展课题研究。", True),
    ("教师培训", "每年培训教师三千人次。", True),
    ("研究课题", "开展研究工作。", False),  # one word of it only
    ("教育局长", "加强局长教育培训", True),  # (a match as loose as a synonym's: the other order may mean another thing)
])
def test_a_compound_stated_the_other_way_round(term: str, text: str, holds: bool) -> None:
    from assistant.sentences import _inverted

    assert _inverted(term, text) == holds


@pytest.mark.parametrize("sentence,doing,holds", [
    # people named by coordinated roles before the asked doing answer who does it
    ("采用教师、学生及社会人士“一对一”等形式与留守儿童建立结对帮扶关系。", ["帮扶"], True),
    ("选派干部、教师到结对学校开展帮扶。", ["帮扶"], False),  # who was sent, not who helps of their own accord
    ("面向教师、学生开展帮扶活动。", ["帮扶"], False),  # roles addressed
    ("家长和学生对帮扶工作满意度达95%。", ["帮扶"], False),  # roles judging the doing
    ("教师要与留守儿童结对帮扶。", ["帮扶"], False),  # one role word names no agent of its own
    ("帮扶由教师和家长负责。", ["帮扶"], False),  # the doing before the roles: they are not said to do it here
])
def test_people_by_role(sentence: str, doing: list[str], holds: bool) -> None:
    from assistant.sentences import people_by_role

    assert people_by_role(sentence, doing) == holds



@pytest.mark.parametrize("text,opens", [
    ("每三年为一轮,实行动态管理。", True),
    ("共计120人参加培训。", True),
    ("每一所学校都配备2名心理教师。", False),  # each school: its subject
    ("全市每年补充教师近2000人。", False),  # its subject comes first
    ("2023年秋季,22名骨干教师到结对学校交流。", False),  # a date opens it; its subject follows
])
def test_subjectless_sentences(text: str, opens: bool) -> None:
    from assistant.sentences import SUBJECTLESS_RE

    assert bool(SUBJECTLESS_RE.match(text)) == opens



@pytest.mark.parametrize("question,sentence,holds", [
    # a count asked per member is a rate: a total does not answer it, a rate does; a duration is per instance anyway
    ("每所基地校一期接收几名学员?", "通报表扬优质基地校44所、优秀学员181名。", False),
    ("交流帮扶人员每人每年补助多少钱?", "按照每人每年1.8万元的标准为交流帮扶人员补贴生活补助。", True),
    ("每期跟岗要多少天?", "开展为期45天的跟岗培训。", True),
    ("每所基地校一期接收几名学员?", "通报表扬优质均衡基地校44所、优秀学员181名。", False),  # 均衡 is no rate
    ("交流老师每个月补助多少钱?", "补助标准为500元/月。", True),  # a rate written with /
    ("跟岗培训覆盖了多少人、每期多少天?", "累计对504名新入职特岗教师开展为期45天的跟岗培训。", True),  # 每 asks the days
])
def test_a_count_per_member_is_a_rate(question: str, sentence: str, holds: bool) -> None:
    assert _holds(question, "figure", sentence) == holds


@pytest.mark.parametrize("said,holds", [
    # a follow-up's antecedent the previous answer said is the subject the asker points back at, in their own words
    (["将区域内左右的初中确定为相对薄弱、需重点建设的初中学校,组织专家诊断分析。"], True),
    (["扩大优质示范普高在农村边远初中的招生名额分配比例。"], False),  # another sentence said: no pointing back
    ([], False),
])
def test_a_followups_antecedent_said_before_is_its_subject(said: list[str], holds: bool) -> None:
    from assistant.intent import QueryIntent
    from assistant.sentences import has_answer_type

    intent = QueryIntent(question="那圈定以后是一劳永逸,还是隔几年换一茬?", query="", answer_type="figure",
                         terms=["圈定", "一劳永逸"], said=said, followup="carry" if said else None)
    assert has_answer_type(intent, "每三年为一轮,实行动态管理。",
                           "将区域内左右的初中确定为相对薄弱、需重点建设的初中学校,组织专家诊断分析。") == holds


@pytest.mark.parametrize("question,terms,sentence,antecedent,holds", [
    # a sentence opening with its figure has no subject of its own: the sentence before it names what it counts,
    # when it states most of the subject
    ("薄弱初中隔几年重新排?", ["初中", "学校", "专家"], "每三年为一轮,实行动态管理。",
     "将区域内左右的初中确定为相对薄弱、需重点建设的初中学校。", True),
    ("薄弱初中隔几年重新排?", ["初中", "学校", "专家"], "每三年为一轮,实行动态管理。", "", False),
    ("薄弱初中隔几年重新排?", ["初中", "学校", "专家"], "每三年为一轮,实行动态管理。", "扩大优质示范普高的招生名额。", False),
    ("薄弱初中隔几年重新排?", ["初中", "学校", "专家"], "每三年为一轮,实行动态管理。", "组织专家诊断分析。", False),
    # a quality (实打实 "for real") is no thing the figure must be of; 共同体 is a noun to the tagger, though the
    # thesaurus lists only its sense "whole"
    ("那2023年秋天实打实派下去了多少人?", ["实打实"], "2023年秋季,22所学校的22名骨干教师到结对学校交流帮扶。", "", True),
    ("那2023年秋天实打实派下去了多少人?", ["幼儿园"], "2023年秋季,22所学校的22名骨干教师到结对学校交流帮扶。", "", False),
    ("那2023年秋天实打实派下去了多少人?", ["共同体"], "2023年秋季,22所学校的22名骨干教师到结对学校交流帮扶。", "", False),
    # people counted by their role: a count of other people does not answer it
    ("培训里来了多少名班主任?", ["培训", "班主任"], "组织召开家校协同育人培训,参加会议学生家长达73万人次。", "", False),
    ("培训里来了多少名教师?", ["培训", "教师"], "为全市农村学校培训1000名专职骨干音体美教师。", "", True),
])
def test_what_a_figure_is_of(question: str, terms: list[str], sentence: str, antecedent: str, holds: bool) -> None:
    from assistant.intent import QueryIntent
    from assistant.sentences import has_answer_type

    intent = QueryIntent(question=question, query="", answer_type="figure", terms=terms)
    assert has_answer_type(intent, sentence, antecedent) == holds


@pytest.mark.parametrize("unwritten,holds", [
    ([], False),  # two of the five subject words stated: the sentence before names too little of it
    (["定死"], True),  # two of the four the sources could write: the asker's own 定死 is stated by no sentence
])
def test_the_asker_s_own_words_are_not_asked_of_an_antecedent(unwritten: list[str], holds: bool) -> None:
    """"这个名单是定死的还是隔几年调一次?": "每三年为一轮" continues the sentence naming the weak schools chosen; the
    share of the subject that sentence must state counts only the words the sources write in some form."""
    from assistant.intent import QueryIntent
    from assistant.sentences import has_answer_type

    intent = QueryIntent(question="初中方案重点扶持的名单是定死的,隔几年调一次?", query="", answer_type="figure",
                         terms=["初中", "重点", "扶持", "名单", "定死"], unwritten=unwritten)
    assert has_answer_type(intent, "每三年为一轮,实行动态管理。",
                           "将区域内1/3左右的初中确定为相对薄弱、需重点建设的初中学校。") == holds


@pytest.mark.parametrize("question,sentence,holds", [
    # an organisation the question names itself is not the one asked
    ("区教育学院的职能划给了哪个单位?", "明确了区教育学院等直属部门为导助机构。", False),
    ("实施方案报市教育局哪个科室?", "实施方案报市教育局基础教育科。", True),
    ("县教育局的招生职能后来交给了哪个单位?", "招生工作由市教育局统一负责。", True),  # another level's bureau
    ("余杭跟北京师范大学还有哪个大学合作?", "与华东师范大学签约。", True),  # another university
])
def test_the_questions_own_organisation_is_no_answer(question: str, sentence: str, holds: bool) -> None:
    assert _holds(question, "organisation", sentence) == holds


@pytest.mark.parametrize("question,sentence,holds", [
    # a name followed by a count of its kind is a category many institutions hold, no one institution named
    ("具体都是哪些学校?", "先后选树定西市家长实验学校10所、定西市家庭教育示范学校98所。", False),
    ("具体都是哪些学校?", "首批165名安定区东方红中学的师生走进了读者集团。", True),
    # schools asked closing the clause are answered by a school's name (an academy's too), not another body's
    ("具体都是哪些学校?", "读者集团举行了研学活动。", False),
    ("挂的是哪所学校?", "挂牌中国美术学院附属学校。", True),
    ("具体都是哪些学校?", "21世纪教育研究院与桐庐教育局正式签约。", False),  # a 研究院 is no school
    ("具体都是哪些学校?", "陇西县文峰中学3个班参加。", True),  # a count of another thing (班) after the name
    ("把哪些学校搭配方式都用上了?", "读者集团举行了研学活动。", True),  # schools modify the kind asked: no kind of school
    # a count closed by a note in brackets is a category too, and so is a kind the note names
    ("到底是哪几所学校?", "“十四五”期间,新建改(扩)建初中学校8所(含九年一贯制学校)。", False),
    ("到底是哪几所学校?", "新建城东初级中学(含小学部)。", True),  # a name with a note, no count: one school
])
def test_a_category_or_a_pattern_names_no_organisation(question: str, sentence: str, holds: bool) -> None:
    assert _holds(question, "organisation", sentence) == holds


@pytest.mark.parametrize("question,terms,measure,counted,sentence,holds", [
    # a span of time states itself by its unit, as 元 states money: the clause need not name the measure (期限)
    ("亳州给音体美教师培训定了几年期限?", ["音体美", "教师", "期限"], "期限", [], "音体美教师培训计划用3年时间完成。", True),
    ("亳州给音体美教师培训定了几年期限?", ["音体美", "教师", "期限"], "期限", [], "音体美教师培训计划于2015年启动。", False),  # a date
    # a 几 asking in a clause of its own beside the 多少 one asks a second figure
    ("音体美教师培训定了几年期限、骨干要培训多少人?", ["音体美", "教师", "期限", "骨干"], "期限", ["骨干"],
     "音体美教师培训计划用3年时间完成。", True),
    # a level (市级) is written as its place word right before what it ranks
    ("学科名师骨干市级、区级各多少名?", ["学科", "名师", "骨干", "市级", "区级"], "", ["市级", "区级"],
     "到2025年,遴选并培育市学科名师骨干8~10名。", True),
    ("学科名师骨干市级、区级各多少名?", ["学科", "名师", "骨干", "市级", "区级"], "", ["市级", "区级"],
     "到2025年,遴选并培育学科名师骨干8~10名。", False),
    # a one-character head (生) stands for its noun (学生): 在校生 is written 在校学生; 占了多少 asks a share
    ("民办学校在校生占了多少?", ["民办", "在校生"], "在校生", [], "民办中小学在校学生占全区在校学生总数的约18.5%。", True),
    ("民办学校在校生占了多少?", ["民办", "在校生"], "在校生", [], "民办中小学共有26所。", False),
    # a word of genuineness in the counting clause (实打实办了几场) restricts nothing; a feature that does (额外拿多少:
    # what is paid on top) must be stated with the figure
    ("定西实打实办了几场教研?", ["实打实", "教研"], "教研", ["实打实"], "以跟岗学习、名师支教等为载体,开展教研活动434场次。", True),
    ("校长每月能额外拿多少津贴?", ["校长", "额外", "津贴"], "津贴", ["额外"], "领衔校长每月津贴2000元。", False),
    ("校长每月能额外拿多少津贴?", ["校长", "额外", "津贴"], "津贴", ["额外"], "领衔校长每月额外津贴2000元。", True),
])
def test_a_figure_names_its_quantity(question: str, terms: list[str], measure: str, counted: list[str], sentence: str,
                                     holds: bool) -> None:
    from assistant.intent import QueryIntent
    from assistant.sentences import has_answer_type

    intent = QueryIntent(question=question, query=question, answer_type="figure", terms=terms, measure=measure, counted=counted)
    assert has_answer_type(intent, sentence) == holds


@pytest.mark.parametrize("term,text,written", [
    ("在校生", "在校学生占全区在校学生总数的约18.5%", True),
    ("骨干师", "培养骨干教师100名", True),
    ("在校生", "在校园里开展活动", False),
])
def test_a_short_head_is_written_in_full(term: str, text: str, written: bool) -> None:
    from assistant.sentences import abbreviated_in

    assert abbreviated_in(term, text) == written


@pytest.mark.parametrize("question,stated,holds", [
    # people counted in a one-character word (娃, read as 娃娃) are counted in 名/人/位
    ("惠及了多少娃?", "为3000多名学生开通了新路径。", True),
    # a classifier after 多少 (人) is read by its unit: money asked beside the count stays asked
    ("每年资助多少人,一共花了多少钱?", "每年资助经费500万元。", True),
    # a calendar date is a point in time, no span: a duration asked is not stated by 4月28日 or 2019年
    ("那次大会开了多长时间?", "这是4月28日全县教育大会后的又一举措。", False),
    ("那次大会开了多长时间?", "2019年召开全县教育大会。", False),
    ("培训要多长时间?", "跟岗培训为期3个月。", True),
    ("培训要多长时间?", "脱产培训2年,跟岗3个月。", True),
    ("培训要多长时间?", "培训从2019年到2021年。", True),  # a range of years is a span
])
def test_a_figure_pattern_reads_the_counted_word(question: str, stated: str, holds: bool) -> None:
    import re

    from assistant.sentences import _figure_pattern

    assert bool(re.search(_figure_pattern(question), stated)) is holds
