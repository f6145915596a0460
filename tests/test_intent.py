"""Question analysis, table-driven: answer types, places, comparison, language, topic terms, follow-ups.

Each row is a question a user could ask; none is a gold question. The corpus description is built from the real
case files (`cases/`), so place names and vocabulary are the ones the product sees.
"""

from __future__ import annotations

import re

import pytest

from assistant import cues
from assistant.intent import CARRIED_WEIGHT, Corpus, added_detail, alternatives, analyze, answer_type, asking_part, number_of, offered_options, option_names, topic_words
from assistant.schema import Message
from index.load import load_cases
from index.settings import Settings


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    from assistant.retrieve import Gazetteer
    from index.chunk import chunk_case

    cases, _ = load_cases(Settings().cases_dir)
    chunks = [c for case in cases for c in chunk_case(case)]
    gaz = Gazetteer.from_chunks(chunks)
    import jieba

    vocab = frozenset(w for case in cases for w in jieba.cut_for_search(case.text))
    return Corpus(aliases={k: frozenset(v) for k, v in gaz.aliases.items()}, kinds={c.id: c.kind for c in cases},
                  names={c.id: c.name for c in cases}, vocabulary=vocab, text="\n".join(c.text for c in cases),
                  titles={c.id: c.title for c in cases if c.kind != "case"})


@pytest.mark.parametrize("cue", cues.ANSWER_TYPES + (cues.INSTRUCTION, cues.COMPARE, cues.ACROSS, cues.ASPECTS, cues.FOLLOWUP_SWAP, cues.FOLLOWUP_COMPARE, cues.FOLLOWUP_DRILL, cues.SUMMARY, cues.REFERENCE, cues.IMITATION, cues.SPEECH_ASKED),
                         ids=lambda c: c.kind)
def test_every_cue_matches_its_example(cue: cues.Cue) -> None:
    assert cue.regex.search(cue.example), f"{cue.kind}: {cue.example}"
    assert cue.principle


ANSWER_TYPE_ROWS = [
    # parts counted in 套 (sets of means) or 道 (barriers, safeguards): the parts are asked, named
    ("淄博那份意见在兜底保障上一共设了几套办法?", "list"),
    ("一共几套机制?", "list"),
    # undertakings (工程) counted as items of work (几项): the projects, named; counted as things (几个), a figure
    ("亳州那篇第二部分讲优化配置,列了几项工程?", "list"),
    ("建了几个工程?", "figure"),
    # (question, answer type)
    # 怎么叫 / 怎么称呼 closing the clause asks a name, no method; a body's name asked is an organisation
    ("余杭牵头搞研究的新机构,名字怎么叫?", "organisation"),
    # an age asked by 多大 (多大年龄, 多大岁数) is a figure, as 多少岁 is; 多大 of a role asks no figure
    ("具体卡的是多大年龄?", "figure"), ("作用有多大?", "fact"),
    ("亳州教师队伍的年龄结构有多大改善?", "fact"),  # 多大 of another word (结构) asks no age
    # a clause stating a condition sets up what is asked: its question word asks nothing, when the rest still asks
    ("桐庐九所实验学校里,要是哪所学校做不出成效,项目有没有退出或者换校的办法?", "yesno"),
    ("要是哪所学校做不出成效?", "organisation"),
    ("定西搞家庭教育指导的那个单位全称是什么?", "fact"),  # a 单位 is named by words the organisation check lacks
    ("那个平台怎么称呼?", "fact"),
    # what each of a counted set is: its members
    ("余杭喊的那几个“全面”,各自指的是啥?", "list"),
    ("淄博那几种模式分别指什么?", "list"),
    ("定西是怎么叫老师们愿意下乡的?", "method"),  # 怎么叫 + a clause going on: how they made them
    # a count, then what they are all called: their names (the count comes in the lead)
    ("亳州经验第二条下面列了几个带“工程”二字的项目,都叫什么?", "list"),
    ("定西建了几个协作体?", "figure"),
    # all the items asked to be listed is a list only of 哪些地方 inside a named place (below): elsewhere the other
    # cues decide (时间节点 is asked as the fact it is, as before)
    ("淄博共同体建设的时间节点都列一下。", "fact"),
    # the main parts of a whole counted (几大X, 几个大的X) are named, the count in the lead; big things are counted
    ("那份方案举措一共排了几个大的行动?", "list"),
    ("初中方案有几大工程?", "list"),
    ("县里有几个大的学校?", "fact"),
    # the parts a document is laid out by
    ("那篇文章正文是按哪几大部分展开论述的?", "list"),  # (its parts: `sums_up`, the document's own sections)
    # a whole said to divide into parts, then asked what they are by a bare pronoun: the parts, each named
    ("Zibo's school communities are divided into three models. What are they?", "list"),
    ("余杭的奋进计划分成了四个方面。它们分别叫什么?", "list"),
    ("Zibo's school communities are divided into three models. Which one suits village schools?", "fact"),
    # where the effort goes ("各自落在哪些事上") asks the doings it goes to: a broad question
    ("泰州说要集聚三方面合力,政府、部门和学校各自落在哪些事上?", "overview"),
    ("钱主要花在哪些事上?", "overview"),
    # 几 in a premise clause before a yes/no ask sizes it loosely (several): whether is asked, not how many
    ("定西那边几个县抱团搞协作,淄博的共同体里有没有校干教师交流?", "yesno"),
    ("定西有几个县抱团搞协作?", "figure"),
    ("这个行动底下拆成了几项活儿?", "list"),  # a whole divided into a count of parts asks the parts
    ("方案的行动举措一共分成几大块?", "list"),  # (分成 with a classifier of parts: the parts)
    ("上城的改革,大框架是什么样的?", "overview"),  # a whole's frame asked: how the whole is laid out
    ("泰州整体的打法,给我讲讲大的框架。", "overview"),
    ("定西的协作,重点举措是按什么思路排的?", "overview"),
    ("桐庐的专家团队跟实验学校主要合作哪些事?", "overview"),  # the doings a verb is asked of
    ("淄博共同体里牵头学校负责什么?", "fact"),  # (one agent's charge is its role)
    ("在淄博共同体建设的大框架下,有哪几种共同体模式?", "list"),  # (a frame as the setting: no frame asked)
    ("那个联盟具体研究局长哪些事?", "fact"),  # (哪些事 of a noun, 局长: its matters, no doings)
    ("全区的学生分成了几个班?", "figure"),  # a count of things divided is a count
    # a count whose parts the next sentence asks each of (每个关键词…怎么解释) asks the parts, named
    ("联盟的身份定位拆成了几个关键词?每个关键词后面怎么解释的?", "list"),
    ("芦溪把标准化拆成了几项具体去落实?分别叫什么?", "list"),  # the next sentence asks each by 分别
    ("桐庐一共有几所实验学校?每所学校多少学生?", "figure"),  # 多少 of each asks a figure, not the parts
    ("钱主要花在哪个县?", "place"),  # a place asked, not doings
    ("钱都砸在哪了?", "fact"),  # money spent heavily (砸) on what: no place asked
    # a word of quantity inside the modifier of what 哪些 asks ("跟学生数量有关的因素") describes those things: no count
    ("芦溪扩建学校前先要考虑哪些跟学生数量有关的因素?", "list"),
    ("芦溪镇区学校的学生数量有多少?", "figure"),  # the quantity word heads what is asked
    # a count that goes on to ask what each counted part is or does asks the parts, each named
    ("亳州底下挂了几个工程、各管啥?", "list"),
    # a judgement word in the asker's own statement of their task (我们正在做学位预测) asks no judgement
    ("我们正在做学位预测,想拿余杭当参照:2020年到2021年常住人口从多少涨到了多少?", "figure"),
    ("我们县照搬淄博的做法,你预测会不会成功?", "opinion"),
    # ...but a clause of the asker's the question mark closes asks, their own county or not
    ("上城把教研室改名叫学生发展研究中心,要从研究老师怎么教转到研学。我们县值不值得跟着改?", "opinion"),
    # a kind word counted (几方面, 几件事, 几大块行动) asks the parts of a list, named
    ("泰州说两手一起抓,分了几方面来做?", "list"),
    ("定西“走出去”借外力那块,分了几件事来办?", "list"),
    # where a thing goes (去/到/回/调 哪儿) is its destination, no place among the cases asked
    ("那局里平时管学校,重心挪到哪儿去了?", "fact"),
    ("新教师培训完回哪里任教?", "fact"),
    ("哪里的老师去支教了?", "place"),
    ("这种做法在哪儿搞的?", "place"),
    # 多少 counts kinds as 几 does; a compound noun counted names its kind by its head (组合方式: 方式)
    ("定西那边的学校组团,拼了多少种组合方式?挨个报给我。", "list"),
    ("全市有多少种校本课程?", "figure"),  # courses are counted things, not parts of a list
    ("那份初中高质量发展的方案,总共铺开了几大块行动?", "list"),
    ("开了几次会?", "figure"),  # a count of times is a figure
    # each part asked right after the counted set, no comma between (这三层各管些啥), or a quoted kind (四个“坚持”)
    ("泰州集聚三方面合力,这三层各管些啥?", "list"),
    ("淄博这份意见开头给共同体定的四个“坚持”,各是啥?", "list"),
    # a count of people asks what each said or did; a count of characters, a wording: no parts of a list
    ("桐庐签约那天,几位领导专家各自最强调的是啥?", "fact"),
    ("芦溪按“管”“办”“破”三个字分别推的是啥建设?", "fact"),
    # a broad question's noun modifying the noun after it names that thing (特色初中: schools of a kind), and 哪些
    # before it asks a list of them; the noun ending its phrase keeps the question broad
    ("初中方案要办哪些门类的特色初中?", "list"),
    ("桐庐开过什么经验交流会?", "fact"),
    ("定西有什么特色和亮点?", "overview"),
    ("上城的特色做法有哪些?", "list"),
    ("淄博给共同体配了哪些保障机制?", "list"),  # 保障 modifying 机制: mechanisms of a kind
    ("芦溪有哪些特色项目?", "list"),
    ("定西在帮扶上做了哪些保障?", "overview"),  # 保障 ending the phrase: the safeguards made
    ("亳州有哪些成效?", "overview"),
    ("线上教育能改掉哪种老做法?", "fact"),  # which one practice, not what the place did
    ("淄博开了几条要求,分别讲什么?", "list"),
    ("初中方案对农村、近郊、城区三类初中,各是啥打法?", "list"),  # a stated count, then what each does
    ("那十所示范校各在哪个镇?", "fact"),  # one thing of each member: the members rule reads it
    ("一所名校各带几所学校?", "figure"),  # a count for each member
    ("定西有几个协作体?", "figure"),
    ("淄博流动的校干教师,交通补助一个月补几百块?", "figure"),  # 块 is the spoken 元: an amount of money
    ("那另一个标准是拿来干啥的?", "method"),
    ("区里评数字化示范学校按的是啥评定标准?", "criterion"),
    ("队伍均衡化里还有一项名字里带“育人”两个字的制度,叫啥?", "fact"),  # the count counts the quoted characters  # 按的是啥 + a kind of appraisal before the standard
    ("按什么标准化程度来建?", "fact"),  # 标准化 is no standard  # what a standard is for, not a standard amount (补助标准是多少)
    # colloquial words for "when"
    ("研究院要求啥时候交稿?", "date"),
    ("研究院那个地方教育研究中心的打算,总的给我讲讲?", "overview"),  # a summing-up request
    ("这个中心几时挂的牌?", "date"),
    ("研究院啥时间成立的?", "date"),
    ("课后延时服务每天延到几点?", "date"),  # a time of day
    # whether the sources give a quantity asks the quantity; whether they mention a thing stays yes/no
    ("线上资源那篇文章有没有给出农村学校线上资源的使用率?", "figure"),
    ("初中方案有没有提到标准化学校的比例?", "figure"),
    ("线上资源那篇文章有没有提到农村学校?", "yesno"),
    ("那个服务中心平时几点上班、几点下班?", "date"),  # a time of day: before a doing that starts or ends
    ("亳州的现场推进会一般几点开始?", "date"),
    ("淄博那份意见提了几点要求?", "list"),  # 几点 before a noun counts points
    ("定西的经验有哪几点?", "list"),  # 几点 after 哪: points, not a time
    # asked to go through the items one by one: the items are wanted
    ("那部分列的原则条目,请逐条报一下。", "list"), ("把合作内容一项项列给我。", "list"),
    ("一个个学校都要去看吗?", "yesno"),
    ("那几句口号分别是啥?一条条列出来。", "fact"),  # items the asker points at: what they are is asked of those
    # whether the assistant itself agrees is a judgement asked (not a permission: 你同意我…)
    ("这种做法你认同吗?", "opinion"), ("您赞成这么干吗?", "opinion"), ("你同意我查一下淄博的文件吗?", "yesno"),
    ("余杭的老字号名校有哪些?", "list"),  # 老字号 is an old brand, no document number
    ("第十二项工作,各管啥?", "fact"),  # an ordinal counts nothing
    ("搞了一个研究院,各管啥?", "fact"),  # a set of one has no parts to name
    ("搞了三个研究院,各管啥?", "list"),
    # stages counted by 段 and each asked in the next clause opening with 每 (`cues.EACH_ASKED_RE`)
    ("泰州把均衡分成三段走,每一段要达到的目标各是啥?", "list"),
    ("那篇文章有三段话,讲得好不好?", "opinion"),
    # (each by the count's own classifier: 每个月 is no part of 5个工作室, nor 每个学校 of 三段 or of 进一步's 一步;
    # 各 inside 各方面 asks nothing)
    ("余杭建了5个工作室,每个月各开展什么活动?", "fact"),
    ("泰州把均衡分成三段走,每个学校各有什么任务?", "fact"),
    ("定西有三个协作体,每个协作体在各方面有什么变化?", "fact"),
    ("亳州的课改进一步推开后,每个学校各有什么变化?", "fact"),
    ("淄博给共同体推进排了个啥时间表,分哪几步走?", "list"),  # 啥时间表 asks a timetable's steps, not a date
    ("定西那个家庭教育指导工作站是冲着谁设的?", "fact"),  # whom it serves: a group, no name
    ("泰州的走教说到底替谁服务?", "fact"),
    ("千所村小提升工程最后是谁受益?", "fact"),
    ("桐庐教育局的局长是谁?", "person"),
    ("那他们局里当家的局长叫啥名?", "person"),  # 叫啥 is 叫什么 said plainly
    ("亳州计划培养的那几档市级老师各叫啥?", "list"),  # people counted by kind, then named: the kinds' names
    ("亳州培养的几类老师分别叫什么?", "list"),
    ("那几位局长叫什么?", "person"),  # people counted by 位 are persons
    ("前几批校长叫什么?", "person"),  # a batch (批) is no kind: the people's names
    ("签约那天上台讲话的那位教育局一把手叫什么?", "person"),  # the colloquial word for the head of a body
    ("那个项目叫什么?", "fact"),  # a thing's name: no person
    # whether or which, put to the assistant's own weighing, is its judgement; 你 in a greeting or a request asks facts
    ("定西的三年协作计划,你掂量一下,是不是排得太满了?", "opinion"),
    ("换你拍板,淄博该先建集团还是先建联盟?", "opinion"),
    ("凭你的直觉,泰州的走教能长期坚持吗?", "opinion"),
    ("你说余杭那么多民办学校管得过来吗?", "opinion"),
    ("你能说说定西是怎么解决教师不足的吗?", "method"),
    ("你知道泰州有没有搞名师走教吗?", "yesno"),
    ("你好,泰州是否实行了县管校聘?", "yesno"),
    ("你说说,泰州是不是搞了名师走教?", "yesno"),
    ("你再查一下,定西是不是给了补贴?", "yesno"),
    ("你们那边的材料里有定西的补贴吗?", "yesno"),
    ("请问你,淄博的共同体是三种还是四种?", "fact"),
    ("泰州给薄弱学校都安排了啥?", "overview"),  # an action verb asking what was done
    ("那份初中行动方案在校长和老师队伍上主要抓了什么?", "overview"),  # 抓: to work on, a verb of doing
    ("近郊初中提档升级,具体抓哪些?", "overview"),
    ("淄博和定西的结对,你给打个分,谁更胜一筹?", "opinion"),  # asked to rate: a judgement
    # the 没 form of A-not-A asks whether it happened
    ("泰州给轮岗老师买没买保险?", "yesno"),
    ("定西去没去外地学习?", "yesno"),
    # what it takes to succeed (才能成功) is a condition the sources state, not a forecast of success
    ("周校长讲项目怎样才能成功,点出的关键是啥?", "method"),
    ("桐庐这个项目能成功吗?", "opinion"),
    ("哪个地方更早实施县管校聘?", "place"),  # 更早 compares a fact, not a judgement
    ("余杭在留人才上出了哪些主意?", "overview"),
    ("淄博给共同体定了哪些保障?", "overview"),
    ("研究中心能帮县里哪些忙?", "overview"),
    ("桐庐出了什么问题?", "fact"),  # …not when its object is a thing other than measures
    ("泰州在教师培训上下了哪些功夫?", "overview"),  # 下功夫: efforts made
    ("亳州靠哪些路子筹钱?", "method"),
    ("合作三年后学校要变成什么样?", "overview"),  # the state aimed at: the targets, as measures
    ("这个行动都包括啥?", "list"),  # what it comprises: its items
    ("其他几项呢?", "list"),  # the remaining items, not a count
    ("几个县之间是怎么协作的?", "method"),  # 几个县之间: a determiner, not a count
    ("那几所学校里有几所是民办的?", "figure"),  # 几所是…的: a count with its predicate
    ("这份意见是落实哪个文件的?", "document"),  # a document's title or number
    ("联盟的秘书处位于哪个城市?", "location"),  # where something is: a site, not a case
    ("How does Tonglu address teacher shortages?", "method"),  # "address" as a verb is no location
    ("哪个问题最突出?", "fact"),  # a superlative about a thing is a fact the sources may state, not a judgement
    ("谁来负责,怎样更好地推进?", "person"),  # 更好 in another clause judges nothing
    ("那个服务中心的地址是什么?", "location"),
    ("你看这样改名算不算形式主义?", "opinion"),  # the assistant's view is asked
    ("共同体里牵头的和参与的分别是谁,各做什么?", "overview"),  # who does what: roles, not a name
    ("芦溪具体管了哪几样?", "list"),  # 样 counts items of any kind
    ("淄博搞学校共同体,定了哪些基本原则?", "list"),  # 哪些 + a noun: the members of that kind, each named
    ("初中方案说教研可以采用哪些方式?", "list"),
    ("数字资源那篇说要把学校里哪两样东西重新搭一遍?", "list"),  # a stated count of things of any kind
    ("初中方案在抓教学质量这块,都打算干哪些事?", "overview"),  # 事/工作 after an action verb: what is done
    ("泰州做了哪些工作?", "overview"),
    ("余杭教育眼下的家底和毛病,你给总体说说。", "overview"),  # asked to sum up: the key points
    ("数字资源那篇整篇的主要观点,能不能给我捋一捋?", "overview"),
    ("余杭那篇文章主要讲了啥?", "overview"),  # asked to sum up a document: a broad question
    ("淄博的指导意见主要内容是什么?", "overview"),
    ("芦溪那篇给我讲个大概。", "overview"),
    ("定西几个县抱团协作,拿啥当目标?", "fact"),  # 几个县 is a determiner: 啥 asks
    # a count ending its clause determines no noun: it asks, beside the later question word
    ("亳州那个音体美教师专项培训,每期集中培训几天,放在哪个培训基地办?", "figure"),
    # a county bureau's office is a 股室, as a city's is a 科室
    ("芦溪编的那本《养成教育指导纲要》,是县教育局哪个股室牵头编写的?", "organisation"),
    # 什么招 asks a way of doing, as 哪些招 does
    ("亳州在这个检查环节上用了什么招,不让它糊弄过去?", "method"),
    # the main measures asked (主要做法, an overview cue) before 有哪些 as after it ("特色做法有哪些" asks a list, above)
    ("芦溪是怎么把学校硬件和老师队伍往一把尺子上靠的?主要做法有哪些?", "overview"),
    ("桐庐跟研究院的合作协议说围着实验校要干几项,文里实际列出来的是哪些?", "fact"),  # 几项 sizes the list asked
    ("亳州搞标准化学校那几年,为了让各县区你追我赶又不走样,设计了哪些机制?", "list"),  # 那几年 points back
    ("那个大讲堂每学期要开几讲?", "figure"),  # 讲, 节, 堂: classifiers of a count like any other
    ("区里现在组了几支教研队伍?", "figure"),  # 支, 门, 份, 张, 处…: classifiers of a count as well
    ("每个学生一学期要选几门拓展课?", "figure"),
    ("协作体之间签了几份协议?", "figure"),
    ("依你看这套做法放到山区能行吗?", "opinion"),  # the assistant's view is asked
    ("照你说的,定西每年补助多少?", "figure"),  # 照你说的 refers back; it asks no view
    ("这两种共同体,你更看好哪个?", "opinion"),  # the assistant's preference is asked
    ("余杭这篇论文从头到尾分了几块?给我理一理。", "overview"),  # the parts of a whole document: a summary
    ("定西几个县一共交流了多少名教师,都是什么学科?", "figure"),  # a determiner 几 does not hide a later 多少
    ("余杭是怎么梳理问题清单的?", "method"),  # 梳理 of a thing, not of a document: no summary
    ("芦溪的纲要分几个学段,每个学段有啥要求?", "figure"),  # 分几个 asks how many
    ("定西推进区域教育协作,主要使了哪几招?", "method"),  # 招 counts measures: the measures, not a list of names
    ("县里、乡镇和学校各负责什么?", "overview"),  # what each of the named parties does
    ("各学段分别提了啥要求?", "overview"),  # what each member of a set is asked to do
    ("上城这几年怎么给学校松绑?", "method"),  # 这几年 is "these years", not a count
    ("这种结对子的路子靠谱不?", "opinion"),  # whether a practice is workable or worth it
    ("这办法行得通吗?", "opinion"),
    # 好不好 before another question in its sentence is what that question is about, not a judgement asked
    ("淄博说共同体办得好不好,要算进学校哪项考核的指标里?", "fact"),
    ("初中办得好不好,跟定向名额有没有关系?", "yesno"),
    ("集团化办学这种做法好不好?", "opinion"),
    ("局长说这是紧跟着哪次会之后的动作?", "event"),  # a meeting asked by the classifier of events
    ("是在区里哪次会议上提出来的?", "event"),
    ("这个项目是开完什么会以后搞起来的?", "event"),
    ("哪次考试会考这个?", "fact"),  # 会 before a verb is the modal verb: no meeting is asked
    ("Which conference launched the alliance?", "event"),
    ("Which provincial document does the guideline implement?", "document"),
    ("Which three strategies did Dingxi combine when training teachers?", "list"),  # "when" joins clauses here
    ("When did Dingxi issue its opinion?", "date"),
    ("When Taizhou merged its schools, what kind of teachers did it send?", "fact"),  # "When X, what…" asks the what
    ("When Luxi rebuilt its village schools, which institute did it work with?", "organisation"),
    # the clause after the comma asks, whatever word leads it in ("in which", "for what")
    ("When Zibo formed its school communities, in which three respects did it want them to differ?", "list"),
    ("The plan names one main task. What is it?", "fact"),  # "What is it?": not a yes/no question
    ("According to the plan, is there a subsidy for rural teachers?", "yesno"),
    # a comma inside a list opens no clause: the wh-word before it asks
    ("Which concrete problems with dorms, canteens and toilets does it name?", "fact"),
    ("In Luxi, is there a canteen and a dorm?", "yesno"),
    ("Luxi built new dorms, and is there a subsidy?", "yesno"),  # and opening a clause: a new clause
    ("这种做法推广到全国能成功吗?", "opinion"),
    ("文章说好老师在网上流转起来,能让薄弱校跟好学校达到个什么效果?", "fact"),  # 什么 asks what, not whether
    ("好老师在网上流转起来,薄弱校能达到优质校的水平么?", "opinion"),
    ("你觉得定西的办法好不好?", "opinion"),
    # believing, asked of the assistant, is its judgement; a one-character verb only in a yes/no put to it
    ("你相信定西的协作能一直坚持下去吗?", "opinion"),
    ("你信这种说法吗?", "opinion"),
    ("你猜淄博的模式叫什么?", "fact"),  # the 么 of 什么 makes no yes/no question
    ("你知道泰州信息化建设的情况吗?", "yesno"),
    ("余杭要新成立个啥机构?", "organisation"),  # 啥 is 什么
    ("具体点了哪几家外包公司?", "organisation"),
    ("哪些家长参加了?", "list"),  # 家长 is no 家 of organisations
    ("那三个协作体,各是哪几家搭的伙?", "list"),  # several parties of each: members, not bodies of a kind
    ("成员学校之间最远隔几公里?", "figure"),  # a count in a unit of measure
    ("申请加入联盟要满足啥门槛条件?", "criterion"),  # the conditions one must meet
    ("农村初中的名师配备最低要达到什么标准?", "fact"),  # a level to reach, not conditions to meet
    ("余杭的奋进计划将来会成为全国样板吗?", "opinion"),
    ("Do you think Zibo's model will work elsewhere?", "opinion"),
    ("上城区的管办助评改革值得我们县照搬吗?", "opinion"),  # a yes/no on worthiness is a judgement
    ("泰州的走教适合我们山区县吗?", "opinion"),
    ("有什么值得我们借鉴的吗?", "overview"),  # ...while "what is worth borrowing" asks for the measures
    ("桐庐教育局的局长是谁?", "person"),
    ("给桐庐项目做发言的专家叫什么名字?", "person"),
    ("代表实验学校发言的是哪两位?", "person"),  # 位 counts people: which two are their names
    ("淄博今年建成了几所新的学校?", "figure"),  # one character + 的 after the classifier describes what is counted
    ("研究院来了哪几位专家?", "person"),  # 哪几位 asks people's names, as 哪位 does
    ("Who leads the Tonglu education bureau?", "person"),
    ("桐庐是和哪家机构合作的?", "organisation"),
    ("定西的托管帮扶是跟哪所大学合作的?", "organisation"),
    ("Which institute did Tonglu partner with?", "organisation"),
    ("哪个地方给交流老师发生活补助?", "place"),
    ("哪些地方建立了教育集团?", "place"),
    ("专家头一回下到实验学校调研是哪一天?", "date"),
    ("签约仪式是在哪一个月办的?", "date"),
    ("各地的名师都是在哪儿带徒弟的?", "place"),
    ("他让大家把目标往哪儿放?", "fact"),  # where a thing is put or aimed: its destination, no place asked
    ("这笔钱主要用在哪里?", "fact"),
    ("Which county built 1,000 village schools?", "place"),
    ("Where did teachers rotate between schools?", "place"),
    ("定西的实施意见是什么时候印发的?", "date"),
    ("泰州哪一年开始推行走教?", "date"),
    ("When did Dingxi issue its plan?", "date"),
    ("定西给交流人员每年补助多少钱?", "figure"),
    ("亳州计划培养几名骨干教师?", "figure"),
    ("定西一共培训了多少特岗教师?", "figure"),
    ("余杭引进名校长的比例是多少?", "figure"),
    ("How many teachers did Dingxi train?", "figure"),
    ("So far, how big is the membership of that alliance?", "figure"),  # how big: a size, as 规模多大
    ("那套质量标准对视频时长具体卡在什么数?", "figure"),  # 什么数: what number
    ("平台用的是什么数据?", "fact"),  # 数据 is data, no number asked
    ("泰州用了什么数字化手段来推进均衡?", "fact"),  # 数字化 is no number: 什么数 asks one closing the question
    ("How large a budget did Dingxi set aside?", "figure"),
    ("How big a role do parents play in Zibo's communities?", "method"),  # a role's size is no figure
    ("How big of a role do parents play?", "method"),
    ("How big is the impact of group schooling?", "method"),  # an impact's size is no figure
    ("How much is the allowance per person?", "figure"),
    ("淄博的共同体有哪几种模式?", "list"),
    ("泰州的均衡分几步走?", "list"),
    ("上城的改革包括哪些方面?", "list"),
    ("What kinds of school alliances does Zibo have?", "list"),
    # an alternative question asks which option holds: a 几 inside an option is indefinite (several)
    ("淄博给困境儿童结对,是一个人包一个,还是几个人合着帮一个?", "fact"),
    ("淄博的结对是一对一,还是多对一?", "fact"),
    ("淄博有几所学校结对,还是全部参加?", "figure"),  # the count is asked before the alternative
    ("定西派了多少人,还是几个人轮流去?", "figure"),  # 多少 asks a count
    ("淄博有几所学校结对,还是几个人一组?", "figure"),  # a count before the alternative is asked
    ("亳州的做法有什么亮点?", "overview"),
    ("定西主要是怎么做的?", "overview"),
    ("芦溪有什么经验值得我们借鉴?", "overview"),
    ("他们是怎么保证落实的?", "overview"),
    ("余杭有哪些特色?", "overview"),
    ("What did Yuhang do?", "overview"),
    ("How did Dingxi deal with its teacher shortage?", "overview"),
    ("定西是怎么解决教师不足的?", "method"),
    ("泰州如何让名师流动起来?", "method"),
    ("上城靠什么提高办学质量?", "method"),
    ("泰州凭什么走出了自己的路子?", "method"), ("亳州依靠什么把村小办好?", "method"),  # 凭, 依靠: by what means, as 靠
    ("亳州建校缺钱咋办?", "method"),  # colloquial 咋/咋办
    ("定西几个县的老师是怎么一起备课的?", "method"),  # 几个县的: "several", not a count asked
    ("初中方案里提高教学质量有哪些招?", "method"),  # 招/办法/措施 are measures, not a list of names
    ("定西区域教育协作的整体思路是啥", "overview"),
    ("泰州集聚了哪三方面的合力?", "list"),  # a stated count asks for the items
    ("桐庐有没有和研究机构合作?", "yesno"),
    ("淄博是否要求农村学校全部参与结对?", "yesno"),
    ("芦溪给新引进的老师发不发购房补贴?", "yesno"),  # the A-not-A form of a verb
    ("泰州的“泰微课”,学生上去学要不要收费?", "yesno"),
    ("泰州跟研究院签过啥合作没有?", "yesno"),  # a closing 没有 after 过
    ("要不要什么条件才能报名?", "fact"),  # A-not-A before a question word: that word asks
    ("定西派老师去支教,你看他们心里愿意吗?", "opinion"),  # 你看…吗: the assistant's own view
    ("你看一下淄博有没有共同体?", "yesno"),  # 你看一下 asks it to look
    ("亳州的专项经费规模有多大?", "figure"),  # 多大 after a measurable quantity
    ("定西的家长会对学校有多大帮助?", "fact"),  # 多大帮助 asks no figure
    ("要不要多招老师?", "yesno"),  # 多 alone is no question word
    ("余杭和桐庐的学校规模差不多", "fact"),  # 差不多 is no A-not-A
    ("能不能介绍一下亳州的情况?", "fact"),  # a request, not a yes/no question
    ("你知不知道淄博的共同体?", "fact"),  # asked to look it up
    ("能不能给我捋一捋那篇文章?", "overview"),  # a request to sum up
    ("时不时去学校看看的那个制度?", "fact"),  # a set phrase
    ("上城区的导助机构指的是什么?", "fact"),
    ("芦溪的县管校聘改革内容", "fact"),
    # the assistant's own view: its second person with a verb the thesaurus classes as judging or guessing
    ("How long does a school's acceptance inspection last?", "figure"),  # a duration
    ("定西在家校协同育人上,都搞了些啥?", "overview"),  # an action verb asking what was done (些啥)
    # a series of questions (干啥、谁干…) quotes what a text spells out; the question word around it is what is asked
    ("哪个地方把任务清单写成要干什么、谁来干、干成什么样?", "place"),
    ("定西的协作体有哪些、各是什么?", "list"),  # the series is the question itself
    ("淄博共同体的核心学校按什么条件确定?", "criterion"),  # criteria: a condition or standard must be stated
    ("网课资源那篇,想搭的资源供给机制是哪十六个字?", "wording"),  # characters counted: a wording of that length
    ("项目成败的要害落在哪四个字上?", "wording"),
    ("泰州搞均衡的八字方针是什么?", "wording"),
    ("这几个字母代表什么?", "fact"),  # letters are no characters of a Chinese wording
    ("芦溪那三个字的功夫,各冲着哪样建设去的?", "fact"),  # a demonstrative points back to a known wording: not asked
    ("What criteria does Bozhou use to accept a school?", "criterion"),
    ("On what date was the Tonglu agreement signed?", "date"),  # a date asked in English
    ("靖江和姜堰过江苏首批那道验收,具体落在哪个时间点?", "date"),  # a point in time
    ("那个普及行动打算几年内铺完?", "figure"),  # within how many years: a number of years
    # the A-not-A form put to the assistant asks its judgement
    ("亳州那个验收组都是些啥人组成的?", "person"),  # the people a body is made of
    ("初中方案让教研员下校蹲一年,你说他们受不受得了?", "opinion"),
    ("余杭那套引才办法,你服不服?", "opinion"),
    ("初中方案让教研员下校蹲一年,他们受不受得了?", "yesno"),  # not put to the assistant: a yes/no question of what the sources say
    ("泰州的十六字工作方针是什么?", "wording"),
    ("桐庐和余杭对几年以后要见到的效果各有什么期待?", "fact"),  # a time frame: no figure asked
    ("Which month did Zibo set as the deadline?", "date"),
    ("上城设立的教育惠民服务中心,办公地址在哪儿?", "location"),  # an address asked: a site answers
    ("淄博教育局那份共同体文件,编号是哪个?", "document"),  # a document's 编号 is its number
    ("亳州那个培训计划是委托哪所师范院校承办的?", "organisation"),  # 哪所 + a kind of college
    ("学生的学籍编号是哪个?", "fact"),  # no document: another thing's number
    ("上城的改革是在哪儿先试的?", "place"),  # (no address word: a place among the cases)
    ("线上资源那篇提到电视空中课堂,电视上每天要播几个小时的课?", "figure"),  # 几个 + a unit of measure
    ("余杭的补助标准是什么?", "figure"),  # a standard of payment is an amount
    (cues.JUDGEMENT_EXAMPLE, "opinion"),
    ("假如你是县教育局长,这几种模式你会选哪个?", "opinion"),  # what the assistant would do in someone's place
    ("您认为集团化办学能推广吗?", "opinion"),
    ("你们预计淄博的共同体会怎样发展?", "opinion"),
    ("你知道定西是怎么做的吗?", "overview"),  # knowing is no judgement: the question asks what was done
    ("能举几个集团化办学的例子吗?", "yesno"),  # 举几个: some examples, not how many
    ("定西一共请了几位专家?", "figure"),
    # weighing it up is no judgement asked: thesaurus Gb01 also holds 想想, 研究, 想法 (a question opening "你想想,…")
    ("你想想,定西是怎么解决教师不足的?", "method"),
    ("您研究过定西的做法吗?", "overview"),
    ("淄博除了帮扶那种,还有啥别的类型?", "list"),  # other kinds asked: the rest of a list
    ("手头这些材料里,谁提到过拿网络来结对帮扶薄弱学校?", "place"),  # who among the materials: which places
    ("桐庐的签约仪式上谁讲了话?", "person"),  # who spoke at an occasion: a person
    ("余杭那篇文章是谁署名写的?", "person"),  # who wrote the article: its author
    ("桐庐那篇文章里谁说过要把握合作契机?", "person"),  # one named article names its speakers
    # a broad question's noun in a clause of time (…特色那条原则时) sets the scene; the next clause asks
    ("淄博讲要办出特色那条原则时,引了句什么话?", "fact"),
    ("淄博讲特色的时候,有哪些经验?", "overview"),  # the clause that asks names its own broad noun
]


@pytest.mark.parametrize("question,expected", [
    # a choice between named options by a comparative is a judgement, unless the comparative measures
    (cues.CHOICE.example, "opinion"),  # two places named
    ("泰州和芦溪,说句实在话,哪个更合老百姓心意?", "opinion"),
    ("余杭和定西比,谁把外面的资源引进来的路子更对?", "opinion"),  # who did it better, anywhere in the clause
    ("桐庐和余杭哪个地方引进人才搞得更扎实?", "opinion"),  # which did better: a judgement
    ("淄博的三种共同体模式哪一种最好?", "opinion"),  # a superlative judgement between measures
    ("这几个办法里哪个更有效?", "opinion"),
    ("桐庐和余杭的做法,哪个更适合我们这种山区县?", "opinion"),
    ("哪个地方教师交流搞得更扎实?", "opinion"),  # the question word picks a place
    ("哪个地方最先开始集团化办学?", "place"),  # 最先: a time the text can state
    ("哪个市有两个县区最早通过了验收?", "place"),
    ("哪个问题最突出?", "fact"),  # no option is named: the sources may rank their own problems
    ("哪个地方的做法最先进?", "opinion"),  # 先进 judges; 先 alone (最先) measures
    ("余杭和上城哪个更高明?", "opinion"),
    ("余杭和上城哪所学校更名了?", "organisation"),  # 更名 is a verb: nothing is compared
])
def test_a_choice_between_options_is_a_judgement(corpus: Corpus, question: str, expected: str) -> None:
    assert analyze(question, None, corpus).answer_type == expected


@pytest.mark.parametrize("question,expected", [
    ("国家从人多变成人才多,功劳记在谁头上?", "fact"),  # on whom it lands: a group or body, no person's name
    ("这三股劲使在谁身上?", "fact"),
    ("这笔钱花在谁的身上?", "fact"),
    ("工作站的负责人是谁?", "person"),
])
def test_who_a_thing_lands_on_is_no_persons_name(question: str, expected: str) -> None:
    assert answer_type(question) == expected


@pytest.mark.parametrize("question,expected", [
    ("它的改革主线是哪几条?每条大概落在哪?", "list"),  # members asked, then each one's detail by the same classifier
    ("分了哪几大块?每块由谁牵头?", "list"),
    ("哪几个地方?每个月开几次会?", "figure"),  # 每个月 is how often, not each member
    ("中心分成哪几个学段组,每个组配了几名研究员?", "figure"),  # a typed detail of each keeps its type
    ("每条大概落在哪?", "place"),  # no members asked: the detail's own question word
])
def test_a_detail_of_each_member_asked_asks_the_members(question: str, expected: str) -> None:
    assert answer_type(question) == expected


@pytest.mark.parametrize("question,occasion", [
    # a word for time itself, or one it qualifies (时间节点), names the date asked: no occasion a date must be written before
    ("泰州那个三步走,头一步达标的时间节点落在哪年?", []),
    ("那个大会是哪天召开的?", ["大会"]),
    ("淄博的年度总结会是什么时候开的?", ["年度", "总结会"]),  # 年度 is a period, not time itself: the occasion stays
])
def test_a_word_for_time_is_no_occasion(corpus: Corpus, question: str, occasion: list[str]) -> None:
    assert analyze(question, None, corpus).occasion == occasion


@pytest.mark.parametrize("question,terms,groups", [
    ("哪些地方请过专家来给本地教育出谋划策或上课?", ["专家", "教育", "出谋划策", "上课"], [["出谋划策", "上课"]]),
    ("是开设工作室或者下校任教?", ["开设", "工作室", "下校", "任教"], [["工作室", "下校"]]),
    ("走教、支教或轮岗都算吗?", ["走教", "支教", "轮岗"], [["支教", "轮岗"]]),
    ("或许可以先试点?", ["试点"], []), ("多少或多或少有点用?", ["有点"], []),  # maybe; more or less
])
def test_words_joined_by_or_are_alternatives(question: str, terms: list[str], groups: list[list[str]]) -> None:
    from assistant.intent import alternative_terms

    assert alternative_terms(question, terms) == groups


def test_a_sentence_stating_one_alternative_covers_the_slot(corpus: Corpus) -> None:
    """Stating either alternative fills the one slot they share, as heavy as the heavier: "出谋划策或上课"."""
    from assistant.intent import QueryIntent
    from assistant.sentences import coverage

    class Flat:  # every word equally weighty: the share is a count of slots
        def idf(self, term: str) -> float:
            return 1.0

        def unknown(self, term: str) -> bool:
            return False

    intent = QueryIntent(question="请专家来出谋划策或上课", query="", terms=["专家", "出谋划策", "上课"],
                         alternatives=[["出谋划策", "上课"]])
    assert coverage(intent, "邀请专家为教师上课。", Flat()) == 1.0  # type: ignore[arg-type]
    assert coverage(intent, "邀请专家。", Flat()) == 0.5  # type: ignore[arg-type]
    plain = QueryIntent(question="请专家来出谋划策和上课", query="", terms=["专家", "出谋划策", "上课"])
    assert coverage(plain, "邀请专家为教师上课。", Flat()) == pytest.approx(2 / 3)  # type: ignore[arg-type]


@pytest.mark.parametrize("typed,half_width", [
    ("池子里一共预留了多少个编制，学校缺人了要走什么手续？", "池子里一共预留了多少个编制,学校缺人了要走什么手续?"),
    ("定西和初中方案在管手机上各有啥动作？", "定西和初中方案在管手机上各有啥动作?"),
    ("泰州（江苏）分了哪几步；每步干什么！", "泰州(江苏)分了哪几步;每步干什么!"),
])
def test_a_question_typed_with_full_width_punctuation_is_read_alike(corpus: Corpus, typed: str, half_width: str) -> None:
    """A Chinese input method types ，？；（）: the question is read in the corpus's normal form, as typed half-width."""
    a, b = analyze(typed, None, corpus), analyze(half_width, None, corpus)
    assert a.question == b.question == half_width
    assert (a.answer_type, a.places, a.topic_terms, a.asks) == (b.answer_type, b.places, b.topic_terms, b.asks)


@pytest.mark.parametrize("question,expected", ANSWER_TYPE_ROWS)
def test_answer_type(question: str, expected: str) -> None:
    assert answer_type(question) == expected


@pytest.mark.parametrize("question,expected", [
    # of several sentences that ask, the last says what is wanted
    ("城里学校跟乡下学校结了对子,平常到底靠啥联系?淄博的帮扶式共同体要在内部搭起哪些工作机制?", "fact"),
    ("余杭的奋进计划,为啥说是件大事?文章给了哪几条理由?", "list"),
    ("芦溪的“牵手育人”,是老师跟学生一对一挂钩还是一带几?具体怎么配?", "method"),  # too short to say: the whole
    ("定西这个协作是教育局唱独角戏吗?文件里点了哪几个单位协同发力?", "list"),  # not the yes/no before it
    # a closing yes/no checks a guess about what the sentence before it asks: that content is wanted
    ("亳州的质量监测结果最后派什么用场?跟高中招生有关系吗?", "fact"),
    ("定西交流的老师每月补多少钱?是不是比别处高?", "figure"),
    ("定西交流教师有补助吗?能长期拿吗?", "yesno"),  # yes/no after yes/no
    ("桐庐的实验校在评估里排中游还是靠后?具体名次有没有?", "yesno"),  # whether a detail is given: an ask of its own
    # a later sentence about what the one before named (每种) still asks for the modes
    ("淄博的共同体有哪几种模式?每种模式具体是怎么运作的呢?", "list"),
    # …and so does one asking of each part by the part's word (每方面, 每块, 每个阶段)
    ("芦溪把县域均衡这摊事归成了哪几个方面?每方面在什么字眼上使劲、要推进啥?", "list"),
    ("方案分几个阶段?每个阶段要干成什么?", "list"),
    # …and so does a clause asking what each counted one is called or is, with no 各 or 分别
    ("泰州说均衡是分阶段往上爬的,一共几个台阶,每个台阶的目标叫啥?", "list"),
    ("淄博一共几种共同体,每种共同体的经费标准是什么?", "figure"),  # an attribute of each, not its name
    ("一共建了几个工作室,每个月开几次会?", "figure"),  # 每个月: how often, no member
    # 几大块 counts a whole's main parts, as 哪几大块 does
    ("亳州那篇文章总体思路拆开是几大块?", "list"),
    # how the sources word or sum a thing up asks what they say: the other ask says what kind of thing that is
    ("多攒些网上的好资源对中小学到底有哪些好处?那篇讲数字教育资源的材料是怎么归纳的?", "list"),
    ("多攒些网上的好资源对中小学到底有哪些好处?那篇材料讲的办法具体是怎么落实的?", "overview"),  # a doing: the last decides
])
def test_the_last_sentence_that_asks_says_what_is_wanted(question: str, expected: str) -> None:
    from assistant.intent import asked_kind

    assert asked_kind(question) == expected


@pytest.mark.parametrize("question,expected", [
    *cues.EN_KIND_EXAMPLES.items(),
    # the head noun of the wh-phrase says the kind, read from the phrase's end back, compounds first
    ("What yearly sum per head does Dingxi set as the living subsidy?", "figure"),  # sum, before "per"
    ("Which publisher printed Luxi's guide on habit education?", "organisation"),
    ("What hotline number did Shangcheng's service centre give to parents?", "figure"),
    ("What is the document number of Zibo's guideline?", "document"),  # the compound, not "number"
    ("What year did Tonglu sign the agreement?", "date"),
    ("Which head count did Dingxi report?", "figure"),  # a two-word noun
    ("Under what reference code was Zibo's guidance issued?", "document"),
    ("Which university trains Bozhou's new teachers?", "organisation"),  # the noun before the first verb
    # a listed noun before another noun only modifies it: the phrase's head decides
    ("What document management system does Zibo use?", None),
    ("What population policy does Yuhang have?", None),
    ("What is the settling-in allowance Yuhang pays to principals?", "figure"),  # a name opens a clause after the noun
    # a noun that names no kind of answer leaves a plain fact
    ("What kind of road does Taizhou say it has walked?", None),  # "kind" before "of"
    ("What new mechanism for junior schools does the plan want?", None),
    ("What does the Yuhang paper say the root of development lies in?", None),  # an auxiliary right after "what"
    ("What is Luxi's policy on mobile phones in the classroom?", None),
    # an auxiliary opening the question asks yes or no, unless a wh-word or an alternative follows
    ("Did Taizhou buy accident insurance for the teachers it sent?", "yesno"),
    ("Has Yuhang renamed its teaching research office?", "yesno"),
    ("Does Shangcheng's bureau write each school's roadmap, or is that left to the schools?", None),
    ("Did Bozhou say which university trains its teachers?", "organisation"),  # a wh-word later asks that
    ("Do you know what Dingxi did?", None),
    ("Can you list the measures Dingxi took?", None),  # a request put to the assistant, not a yes/no question
    ("What was Yuhang\u2019s resident population in 2020?", "figure"),  # a typographic apostrophe
    # the name of a person (a demonstrative before the possessive determines it): a person's name is asked
    ("What is that person's name?", "person"),
    ("What is the principal's name?", "person"),
    ("What is the school's name?", None),  # a school's name is no person's
])
def test_english_kind(question: str, expected: str | None) -> None:
    """English says with a noun (or an opening auxiliary) what Chinese says with a question word."""
    from assistant.intent import english_kind

    assert english_kind(question) == expected


@pytest.mark.parametrize("question,across,kind", [
    # 哪些地方 as what a verb acts on, in a question naming its place: which parts or uses of it
    ("亳州给农村学校的补助钱,主要用在哪些地方?", False, "fact"),
    ("余杭这次改革到底动了哪些地方?", False, "fact"),
    # the places are the question's subject, or where something spreads to: a question across places
    ("哪些地方给乡村老师发补助?", True, "place"),
    ("定西的经验推广到了哪些地方?", True, "place"),
    ("有相同做法的是哪些地方?", True, "place"),
    ("除了余杭,还有哪些地方?", True, "place"),  # what other places have
    ("余杭的做法覆盖了哪些地方?", True, "place"),
    ("余杭的做法推广至哪些地方?", True, "place"),
    ("哪篇材料说余杭的钱花在哪些地方?", True, "place"),  # 哪篇 asks across the library whatever 哪些地方 asks
    # a preposition makes 哪些地方 where the named place's verb acts: inside it
    ("余杭打算从哪些地方扩学位、添学校?", False, "fact"),
    ("亳州补进来的教师,是优先往哪些地方和学科上塞?", False, "fact"),
    ("除了亳州,还有哪些地方往农村派老师?", True, "place"),  # other places beside it
    # where inside the named place, with every item asked ("都列一下"): those items, a list
    ("桐庐那九所实验校,三年后希望在哪些地方见到变化?都列一下。", False, "list"),
    ("桐庐那九所实验校,三年后希望在哪些地方见到变化?", False, "fact"),
])
def test_which_parts_of_a_named_place_is_no_question_across_places(corpus: Corpus, question: str, across: bool, kind: str) -> None:
    intent = analyze(question, None, corpus)
    assert intent.across is across
    assert intent.answer_type == kind


PLACE_ROWS = [
    # (question, case ids named, unknown places, comparative, language)
    ("定西是怎么解决教师不足的?", ["dingxi"], [], False, "zh"),
    ("定西市的集团化办学", ["dingxi"], [], False, "zh"),
    ("桐庐和余杭在引进外部资源上有什么不同?", ["tonglu", "yuhang"], [], True, "zh"),
    ("淄博与泰州的共同体做法相比如何?", ["zibo", "taizhou"], [], True, "zh"),
    ("深圳的课后服务是怎么做的?", [], ["深圳"], False, "zh"),
    ("成都市如何推进教育数字化?", [], ["成都市"], False, "zh"),
    # a level of government relative to the speaker or another place names no place: not an unknown one
    ("哪些地方的老师去乡下或外县帮扶,还能领一份补助?", [], [], False, "zh"),
    ("邻县的学校怎么跟我们结对?", [], [], False, "zh"),
    # nor one after a word quantifying over it or stressing it (连市一中 "even the city's No. 1 school")
    ("听说有个地方把三个县编成协作片,连市一中都编进去了。这是哪个市的做法?", [], [], False, "zh"),
    ("有没有地方每县都建了一所寄宿制学校?", [], [], False, "zh"),
    # a word the thesaurus knows only as an activity or a time (礼拜 "a week") is no place
    ("有没有哪个市验收标准化学校,一验就是整整一个礼拜?", [], [], False, "zh"),
    # a word tagged as a place that the thesaurus knows only as an activity is no place; a city it lists stays one,
    # and so does a place named by a word with a state or an object sense (路桥: a bridge)
    ("实验校谁上台发言了?", [], [], False, "zh"),
    ("温州的实验校谁上台发言了?", [], ["温州"], False, "zh"),
    ("路桥怎么培训校长?", [], ["路桥"], False, "zh"),
    # a place tag on a fragment no gazetteer or thesaurus knows is no place (上提 of "在育人上提的"); a gazetteer
    # division (海淀 of 海淀区) and a country the thesaurus lists (芬兰) stay places
    ("那份意见在育人上提的是哪方面的思路?", [], [], False, "zh"),
    ("海淀怎么培训校长?", [], ["海淀"], False, "zh"),
    ("芬兰怎么培训校长?", [], ["芬兰"], False, "zh"),
    ("长三角怎么培训校长?", [], ["长三角"], False, "zh"),  # a place in segmentation's own dictionary
    # a dictionary "place" the thesaurus knows only as a feature (沾边 Ed, "related") is none; a gazetteer division
    # with such a sense (安宁 Ef of 安宁市) stays a place
    ("想找所跟美院沾边的高中,有没有哪个区跟美院合作?", [], [], False, "zh"),
    ("安宁怎么培训校长?", [], ["安宁"], False, "zh"),
    # nor is one the thesaurus knows only as a kind of street or building (里弄 "a lane", cut from 里 + 弄)
    ("听说有个区在局机关里弄了个惠民窗口,这是哪个地方?", [], [], False, "zh"),
    # a place the asker speaks of only in their own statement is theirs, not one asked about
    ("我们区早年新城开发时没留公办学位。有没有哪个区把这种情况写了出来?", [], [], False, "zh"),
    ("我们在海淀工作。海淀怎么培训校长?", [], ["海淀"], False, "zh"),  # named again in the question proper
    ("How did Dingxi deal with its teacher shortage?", ["dingxi"], [], False, "en"),
    ("Compare Zibo and Taizhou on teacher exchange.", ["zibo", "taizhou"], [], True, "en"),
    ("What did Yuhang district do to attract talent?", ["yuhang"], [], False, "en"),
    ("上城区的管办评分离", ["shangcheng"], [], False, "zh"),
    ("亳州和芦溪有什么区别", ["bozhou", "luxi"], [], True, "zh"),
    ("各地的集团化办学有何异同?", [], [], True, "zh"),
    # a reference document's id is an English name for it: most of its words written name it
    ("What does the junior school plan say about teacher training?", ["junior-school-action-plan"], [], False, "en"),
    ("How many courses does the junior-school plan want developed?", ["junior-school-action-plan"], [], False, "en"),
    ("Under the action plan's 2025 target, what share of teachers hold a master's degree?", ["junior-school-action-plan"],
     [], False, "en"),  # a possessive is the word itself
    # its words apart name other things ("…building plan…across school stages")
    ("Through its pilot foundation-building plan, Dingxi opened a through-track across school stages for how many pupils?",
     ["dingxi"], [], False, "en"),
    # the words before "paper" translate to one of the document's Chinese names (线上资源)
    ("What does the online-resources paper say about evaluation?", ["digital-education-resources"], [], False, "en"),
    ("What does the Yuhang paper say about online resources?", ["yuhang"], [], False, "en"),  # not before "paper"
    ("What does the digital resources paper recommend?", ["digital-education-resources"], [], False, "en"),
    ("What does the education paper say about schools?", [], [], False, "en"),  # one word of a name: none
    # a document's words with no word for a document beside them say what is asked about, not which text
    ("After the new Yuhang district was set up, where does the paper say most quality education resources ended up?",
     ["yuhang"], [], False, "en"),
    # with no case named, the words of a document's name in one run name it
    ("Counting nine-year schools too, how many junior schools will the district put up or enlarge under the 14th plan?",
     ["junior-school-action-plan"], [], False, "en"),
    # a place only in segmentation's dictionary, seen there a handful of times, is a dictionary accident
    ("有没有哪份方案鼓励初中跟校外机构合作,花钱买特色课程服务的?", [], [], False, "zh"),
    ("皖北有哪些地方在推集团化办学?", [], ["皖北"], False, "zh"),  # seen often enough: a real place
    ("冀北有哪些地方在推集团化办学?", [], ["冀北"], False, "zh"),  # rare, but no verb phrase: a real place
    # a two-character place tag whose first character completes the verb before it is cut across words (搞成 + 县)
    ("哪个县把教研搞成县带片、片帮片的网络教研?", [], [], False, "zh"),
    ("甘肃成县是怎么搞教师交流的?", [], ["成县"], False, "zh"),  # said as a name: a real place
    ("我们县准备学成都的做法,有哪些?", [], ["成都"], False, "zh"),  # a name of two characters of its own
    ("抵达扬州后怎么开展交流?", [], ["扬州"], False, "zh"),  # (州 ends a name of its own: 达扬 is no verb cut)
    # a position inside a place (镇里, 城里: the thesaurus's locatives) names a level, no place
    ("有个市让新教师先下到村里,再一级级往镇里、城里选调,是哪个市?", [], [], False, "zh"),
    ("山里的孩子上学远,深圳是怎么办的?", [], ["深圳"], False, "zh"),
    # beside a named case, a document is named by two of its words with a word for a document ("action plan" is
    # the case's own)
    ("Under Taizhou's action plan, how are teachers exchanged?", ["taizhou"], [], False, "en"),
]


@pytest.mark.parametrize("question,places,unknown,comparative,language", PLACE_ROWS)
def test_places_comparison_language(corpus: Corpus, question: str, places: list[str], unknown: list[str], comparative: bool, language: str) -> None:
    intent = analyze(question, None, corpus)
    assert sorted(intent.places) == sorted(places)
    assert [u for u in intent.unknown_places if u] == unknown
    assert intent.comparative == comparative
    assert intent.language == language


TERM_ROWS = [
    # (question, a topic term that must be found, a synonym that must be among its expansions or None)
    ("定西是怎么解决老师不够的问题的?", "老师", "教师"),
    ("定西是怎么解决教师不足的?", "教师", None),
    ("定西怎么看党委政府的作用?", "党委政府", "党委和政府"),  # two corpus words the corpus joins by 和
    ("泰州的短处有哪些?", "短处", "问题"),  # the education table's group of words for weak points
    ("亳州的做法有什么亮点?", None, None),
    ("泰州的名师是怎么流动的?", "名师", None),
    ("How did Dingxi deal with its teacher shortage?", "教师", "短缺"),
    ("给交流帮扶的人发多少钱?", "交流", None),
    ("淄博的学校发展共同体有哪几种模式?", "共同体", None),
    ("余杭搞教育的钱主要花在哪儿了?", "钱", "经费"),  # a one-character colloquialism the education table knows
    # two one-character pieces segmentation cut from a word the corpus writes (慕 + 课, 慕 read as a surname)
    ("芦溪一共做出来多少门慕课?", "慕课", None),
    ("余杭区人口增长了多少?", "人口", None),  # two nouns side by side (区 + 人) are words of their own
    ("芦溪镇上一个班学生太多怎么办?", "学生", None),
    ("哪个地方推行了县管校聘?", "县管校聘", None),  # split by segmentation, glued back as the corpus writes it
    ("职业学校怎么搞产教融合?", "产教", None),  # a word new to dictionary and corpus: the user's subject all the same
    ("普惠性幼儿园怎么收费?", "普惠性", None),
    ("芦溪建新校舍讲不讲排场?", "排场", "奢侈"),  # a synonym of a synonym, when no direct one is in the corpus
    ("研究院的地方教育研究中心是干什么的?", "地方教育研究中心", None),  # a frame word (地方) opening a name the corpus uses
    ("余杭的私立学校多不多?", "私立学校", "民办学校"),  # a compound the corpus lacks, a part replaced by its synonym
    # …by any exact synonym of the part (人家 = 家庭, far down its list), as the texts write it though segmentation splits it
    ("定西被选树为省一级书香人家的,有多少户?", "书香人家", "书香家庭"),
    ("局里想给支教的老师贴点生活费,哪里有标准?", "生活费", "生活补助"),  # the education table's colloquial forms
    # a phrase the sources abbreviate by its words' first characters, spelled out (结成对子 -> 结对)
    ("定西结成对子的学校一共有多少对?", "对子", "结对"),
    ("定西结成对子的学校一共有多少对?", "结成", "结对"),
    ("打造成市一级智慧校园领头学校的有几家?", "打造", None),  # the verb segmentation cut across (打 + 造成)
    ("这一做法造成了什么结果?", "造成", None),  # …not a word of its own, written whole
]


@pytest.mark.parametrize("compound,variant,found", [
    ("私立学校", "民办学校", True),  # a modifier's first synonym, a word of the vocabulary
    ("书香人家", "书香家庭", True),  # the head's far synonym (人家 = 家庭), as the texts write it
    ("重点校", "核心校", False),  # a modifier's synonym written only in the texts picks another thing (核心校)
])
def test_a_compound_recombined_by_its_parts_synonyms(corpus: Corpus, compound: str, variant: str, found: bool) -> None:
    from assistant.intent import _recombined

    assert (variant in _recombined(compound, corpus)) is found


def test_a_relayed_synonym_is_marked_weaker(corpus: Corpus) -> None:
    """讲排场's own group (铺张, 排场) is not in the corpus; 铺张's other group (奢侈, 浪费) is: found, but marked relayed
    so abstention does not count it as the corpus covering the word. A word with direct synonyms relays nothing."""
    from assistant.synonyms import relayed_synonyms, synonyms

    assert not synonyms("讲排场", corpus.vocabulary) and "奢侈" in relayed_synonyms("讲排场", corpus.vocabulary)
    intent = analyze("芦溪建新校舍讲不讲排场?", None, corpus)
    assert "排场" in intent.relayed  # 讲不讲 is the question's A-not-A form
    assert "教师" not in analyze("老师够不够?", None, corpus).relayed


def test_a_frame_word_after_a_question_word_frames() -> None:
    from assistant.intent import _name_opened
    from assistant.postings import ChunkTexts

    pieces = [("哪个", "r"), ("地方", "n"), ("教育", "vn"), ("研究", "vn"), ("中心", "n")]
    text = ChunkTexts(["地方教育研究中心"])
    assert _name_opened(pieces, 1, text) == ""  # 哪个地方…: the question's frame, not a name
    assert _name_opened([("的", "uj")] + pieces[1:], 1, text) == "地方教育研究中心"


@pytest.mark.parametrize("question,accident", [("这所学校多少钱建的?", "钱建"), ("镇上学校一个班塞太多学生怎么办?", "塞太多")])
def test_a_segmentation_accident_is_no_term(corpus: Corpus, question: str, accident: str) -> None:
    """A piece that straddles words (a guessed name, a phrase holding an adverb) names no subject."""
    assert accident not in analyze(question, None, corpus).terms


@pytest.mark.parametrize("question,term,kept", [
    ("定西这事干下来,总结出的特色和经验有哪几条?", "总结", False),  # a verb describing the asked kind names nothing
    ("泰州采取的措施有哪些?", "采取", False),
    ("学校的经验有哪些?", "学校", True),  # a noun before 的 says whose: the subject
    ("哪些地方把区域协作的成效纳入了考核?", "协作", True),  # so does a verbal noun (协作, vn)
    ("定西是怎么考核区域协作的成效的?", "考核", True),  # a verb not describing the kind is what is asked about
])
def test_a_verb_describing_the_asked_kind_is_no_term(corpus: Corpus, question: str, term: str, kept: bool) -> None:
    assert (term in analyze(question, None, corpus).terms) == kept


QUALIFIER_ROWS = [
    # (question, years/periods the answer must be of, places inside a case the fact is restricted to, not a topic word)
    ("亳州“十三五”期间培养了多少名市级骨干教师?", ["十三五"], [], "十三"),
    ("余杭区2021年教育经费总投入是多少?", ["2021"], [], "2021"),
    ("余杭区2021到2025年教育经费总投入是多少?", ["2021-2025"], [], "2021"),  # a span, as one time
    ("定西504名特岗教师里渭源县有多少名?", [], ["渭源县"], ""),
    ("定西是怎么解决教师不足的?", [], [], ""),
    ("初中行动方案里刚参加工作的年轻老师怎么带?", [], [], "初中行动方案"),  # the name selects the document
    ("数字资源那篇说网上课程怎么管?", [], [], "数字"),  # so does a short form before 那篇
    # …and a description writing words of its title in order ("谈数字资源服务基础教育" of 优质数字教育资源服务区域基础教育…)
    ("那篇谈数字资源服务基础教育的文章,讲了网上课程怎么管?", [], [], "服务"),
    # the division written before a place's name says where the place is: no subject
    ("甘肃定西在区域教育协作上总的思路是什么?", [], [], "甘肃"),
    ("浙江省杭州市余杭区的常住人口有多少?", [], [], "杭州"),
    ("萍乡芦溪是怎么推进均衡的?", [], [], "萍乡"),
    ("How many teachers did Dingxi train in 2023?", ["2023"], [], ""),  # an English question's year qualifies too
    ("How many schools will be built during the 14th Five-Year Plan?", ["十四五"], [], ""),
    ("What happened in the 10th five-year plan?", ["十五"], [], ""),
    # a colloquial word for measures, or for a total, frames the question; it is not its subject
    ("定西在教师培训上下了哪些功夫?", [], [], "功夫"),
    ("初中方案抓教学质量有哪些抓手?", [], [], "抓手"),
    ("淄博总共建了几种共同体?", [], [], "总共"),
    ("把桐庐的合作内容一项项列给我。", [], [], "一项项"),  # how to list, not what
    ("定西让老县区带特岗新人,跟着学要学多少天?", [], [], "学要学"),  # a verb said twice around a modal: no thing
    ("定西那个“家风润陇原”的巡讲,前前后后办了多少场?", [], [], "前前后后"),  # all along: a total
    ("余杭先后引进了多少名校长?", [], [], "先后"),
]


def test_a_noun_of_kind_is_no_subject(corpus: Corpus) -> None:
    """"哪些类别的典型": 类别 says the items are kinds (as 类 does), the models (典型) are the subject."""
    intent = analyze("定西树了哪些类别的典型?", None, corpus)
    assert "类别" not in intent.topic_terms and "典型" in intent.topic_terms


def test_an_acronym_the_sources_use_is_its_own_translation(corpus: Corpus) -> None:
    intent = analyze("What was Yuhang's GDP in 2019?", None, corpus)
    assert "gdp" in intent.terms and intent.years == ["2019"]


@pytest.mark.parametrize("question,years,qualifiers,not_term", QUALIFIER_ROWS)
def test_years_qualifiers_and_document_names(corpus: Corpus, question: str, years: list[str], qualifiers: list[str], not_term: str) -> None:
    intent = analyze(question, None, corpus)
    assert intent.years == years and intent.qualifiers == qualifiers
    if not_term:
        assert not_term not in intent.terms, intent.terms


def test_a_document_name_alone_stays_the_subject(corpus: Corpus) -> None:
    terms = analyze("线上资源那篇讲了什么?", None, corpus).terms
    assert terms and all(t in "线上资源" for t in terms), terms


@pytest.mark.parametrize("question,word,is_term", [
    # a word tagged an adverb with nothing after it in its clause, after a noun, is a noun closing the phrase
    ("我想学学那种局里少插手学校日常、只抓学校发展规划的做法,是哪个区的经验?", "日常", True),
    ("局里插手学校日常吗", "日常", False),  # (吗 follows: the clause goes on)
    ("学校日常怎么管?", "日常", False),  # an adverb before the verb it modifies
    ("老师们一直在坚持?", "一直", False),
    ("可那篇研究偏说它问题不少,具体点了哪几方面的症结?", "不少", False),  # a word of amount is a predicate
])
def test_an_adverb_closing_its_phrase_after_a_noun_is_a_noun(corpus: Corpus, question: str, word: str, is_term: bool) -> None:
    assert (word in analyze(question, None, corpus).terms) is is_term


@pytest.mark.parametrize("question,term,not_term", [
    # a capitalised word inside an English sentence that sounds like one corpus word: a name in pinyin
    ("In Dingxi, Wenfeng Middle School gets backing from a partner. Who is it?", "文峰", None),
    ("What did Xuefu Primary School promise at the signing?", "学府", None),
    ("Which county did Dingxi send Teachers to?", None, None),  # an English word capitalised is no name
    ("What do the Zibo Guiding Opinions say?", None, None),  # guiding is guide, an English word
    ("Did teachers go to Beijing for training?", None, None),  # a lone capitalised word: no name of several words
])
def test_a_name_written_in_pinyin(corpus: Corpus, question: str, term: str | None, not_term: str | None) -> None:
    from assistant.intent import pinyin_names

    names = pinyin_names(question, corpus, set(corpus.name_pinyin))
    assert names == ([term] if term else []), names


@pytest.mark.parametrize("question,term,not_term", [
    # two pieces segmentation guessed (neither a dictionary word nor the corpus's) recut as the corpus writes them
    ("有份材料讲思政课要接地气,是哪份?", "思政课", "讲思"),
    ("有份材料讲思政课要接地气,是哪份?", "接地", None),  # a dictionary word is no guess: it stays
    ("听说有个区照学校自己拟的目标考核学校,是哪里?", "目标", "个区"),  # a run of the text is no word of the corpus
    # a one-character noun with the plural of people: the people its reduplication names
    ("那娃们这一块,盼着有啥变化?", "娃娃", None),
    # a numeral and a classifier name nothing (拉一把 is to help; 换一茬 is to replace a batch)
    ("初中方案让城区初中去拉一把农村初中,结成多少对共同体?", "共同体", "一把"),
    ("圈定以后是一劳永逸,还是隔几年换一茬?", "圈定", "一茬"),
])
def test_segmentation_guesses_and_quantities(corpus: Corpus, question: str, term: str, not_term: str | None) -> None:
    terms = analyze(question, None, corpus).terms
    assert term in terms, terms
    assert not_term is None or not_term not in terms, terms


@pytest.mark.parametrize("question,term,synonym", TERM_ROWS)
def test_topic_terms_and_synonyms(corpus: Corpus, question: str, term: str | None, synonym: str | None) -> None:
    intent = analyze(question, None, corpus)
    assert not set(intent.topic_terms) & {"做法", "亮点", "怎么", "什么", "解决"}, "question-form words are not topic"
    if term is None:
        return
    related = {**{k: v for k, v in intent.expansions.items()}}
    alternatives = [w for t in intent.terms for w in intent.expansions.get(t, []) + intent.equivalents.get(t, [])]
    assert term in intent.terms or term in alternatives, intent.terms
    if synonym:
        assert synonym in alternatives or synonym in intent.terms


def _history(*turns: str) -> list[Message]:
    out = []
    for i, t in enumerate(turns):
        out.append(Message(role="user" if i % 2 == 0 else "assistant", content=t))
    return out


ZIBO_ANSWER = ("**淄博市** ·《关于推进义务教育学校发展共同体建设的指导意见》\n\n淄博市共3种模式:帮扶式共同体、联盟式共同体、集团式共同体。[1]\n\n"
               "- 帮扶式共同体。[1]以区县为单位,按照以城带乡、以强带弱原则,统筹指导所属优质学校按照“1+1”或“1+N”的形式与同学段或跨学段农村学校缔结城乡结对帮扶共同体。[1]\n"
               "- 联盟式共同体。[2]区县域内各学校依据办学定位、办学优势和办学特色,按照“1+1+”模式实施名校引领或强强联合。[2]\n"
               "- 集团式共同体。[2]结合区县实际,按照地理位置相对就近原则,以学区为单位。[2]")

FOLLOWUP_ROWS = [
    # (history turns, follow-up, expected kind, expected places, a word the resolved query must hold or "")
    (("淄博的学校发展共同体有哪几种模式?", ZIBO_ANSWER), "那定西呢?", "swap", ["dingxi"], "共同体"),
    (("淄博的学校发展共同体有哪几种模式?", ZIBO_ANSWER), "泰州呢", "swap", ["taizhou"], "共同体"),
    (("定西是怎么解决教师不足的?", "…"), "那泰州呢?", "swap", ["taizhou"], "教师"),
    (("定西是怎么解决教师不足的?", "…"), "跟淄博比呢?", "compare_prev", ["dingxi", "zibo"], "教师"),
    (("淄博的学校发展共同体有哪几种模式?", ZIBO_ANSWER), "这几种模式分别适合什么学校?", "drill", ["zibo"], ""),
    (("淄博的学校发展共同体有哪几种模式?", ZIBO_ANSWER), "第三条能展开说说吗?", "drill", ["zibo"], ""),
    (("淄博的学校发展共同体有哪几种模式?", ZIBO_ANSWER), "他们的经费怎么保障?", "drill", ["zibo"], "经费"),
    # 那 + a classifier before a noun ("那家企业") points back at what was said
    (("定西和读者集团一起搞了什么活动?", "读者集团为学校捐赠5万元的图书,2024年将再投入28万建设科技创新教室。"),
     "第二年那家企业还打算掏多少钱、建个啥?", "drill", ["dingxi"], ""),
    # 对方, the other party, points back at the one the previous turn named beside the asked place
    (("定西带学生去读者集团研学那回,去了多少人?", "首批165名师生,2023年12月去的读者集团。"),
     "那对方除了接待,还拿出了什么支持?", "drill", ["dingxi"], ""),
    # a demonstrative with a count ("这三样", "那两条") points back to what was said, however long the question
    (("那篇说平台、资源开发和应用三者是啥关系?", "平台是基础,资源开发是关键,应用是目标。"), "这三样里头,哪个被当成奔的目标?",
     "drill", [], "平台"),
    (("定西是怎么解决教师不足的?", "…", "那泰州呢?", "…"), "那亳州呢?", "swap", ["bozhou"], "教师"),
    (("How did Dingxi deal with its teacher shortage?", "…"), "What about Taizhou?", "swap", ["taizhou"], ""),
    # a new place whose only own words are words the corpus never uses (类似): the previous question of it
    (("定西建立了哪几个区域教育协作体?", "3个:临洮县与渭源县;安定区、市一中与漳县;陇西县、市幼儿园与岷县。"),
     "上城区有没有搞类似的?", "swap", ["shangcheng"], "协作"),
    # a sibling of a phrase of the previous question (same head, another modifier): that question asked of it
    (("泰州说政府层面要做到哪几个到位?", "…"), "学校层面呢?", "swap", ["taizhou"], "学校层面"),
    (("初中方案对农村边远初中怎么补短?", "…"), "那城区的初中呢?", "swap", ["junior-school-action-plan"], "城区的初中"),
    (("桐庐签约那天,季局长讲了啥?", "…"), "那徐副局长呢?", "swap", ["tonglu"], "徐副局长"),
    # a document named by its own name is a place to compare with
    (("定西怎么考核区域协作的成效?", "…"), "跟初中方案比呢?", "compare_prev", ["dingxi", "junior-school-action-plan"], "考核"),
    # a comparison that names its own aspect asks about it
    (("定西对交流老师有什么激励?", "…"), "跟余杭的人才引进比呢?", "compare_prev", ["dingxi", "yuhang"], "人才"),
]


@pytest.mark.parametrize("turns,followup,kind,places,word", FOLLOWUP_ROWS)
def test_followups(corpus: Corpus, turns: tuple[str, ...], followup: str, kind: str, places: list[str], word: str) -> None:
    intent = analyze(followup, _history(*turns), corpus)
    assert intent.followup == kind
    assert sorted(intent.places) == sorted(places)
    if word:
        assert word in intent.query or word in intent.terms
    if kind == "drill" and "第三条" in followup:
        assert intent.focus and "集团式" in intent.focus[0]


@pytest.mark.parametrize("followup,refers_back,kind", [
    ("这么做是为了啥?", True, "fact"),  # no subject of its own, its own question word: a fact beside what was said
    ("图的是什么?", True, "fact"),
    ("学校层面呢?", False, "method"),  # its own words, no question word: the previous kind carries
    ("这么考核想达到什么效果?", False, "method"),  # its own words: the previous kind carries
    # a light verb after a demonstrative of manner points at the doing said, when the follow-up's own words are
    # none the sources write (实惠); a word they write (培训) is a subject of its own
    ("这样一来,能落着什么实惠?", True, "method"),
    ("这么做,培训了多少人?", False, "figure"),
])
def test_a_followup_with_no_subject_of_its_own_refers_back(corpus: Corpus, followup: str, refers_back: bool, kind: str) -> None:
    intent = analyze(followup, _history("定西怎么考核区域教育协作?", "列入对县区政府的考核内容,建立督导观摩点评制度。"), corpus)
    assert (intent.refers_back, intent.answer_type) == (refers_back, kind)
    assert intent.said and intent.places == ["dingxi"]


@pytest.mark.parametrize("followup,kind", [
    ("它主要研究啥、想推动啥?", "fact"),  # 啥 does not ask for a name: the follow-up asks its own question
    ("它的秘书长是谁?", "person"),
    ("联盟现在有多少家理事单位?", "figure"),
])
def test_a_followup_after_a_typed_answer_asks_its_own_kind(corpus: Corpus, followup: str, kind: str) -> None:
    intent = analyze(followup, _history("全国教育局长研究联盟是谁发起的?", "一批教育局长共同发起成立的。"), corpus)
    assert intent.answer_type == kind


@pytest.mark.parametrize("question,places", [
    ("桐庐有没有像淄博那样推“县管校聘”?", ["tonglu"]),  # the model place is a reference
    ("芦溪有没有像余杭那样成立个未来教育研究院?", ["luxi"]),
    ("定西跟淄博一样也搞了共同体吗?", ["dingxi"]),
    ("定西的做法和淄博一样吗?", ["dingxi", "zibo"]),  # 一样吗 compares both
    ("上城和芦溪在考核学校上有什么不一样?", ["shangcheng", "luxi"]),
    ("淄博的共同体和桐庐一样多吗?", ["zibo", "tonglu"]),  # 吗 later in the clause: a comparison of both
    ("定西参与共同体和淄博一样吗?", ["dingxi", "zibo"]),  # 与 of 参与 opens no model
    ("上城有没有学定西,专门弄个家庭教育指导的站点?", ["shangcheng"]),  # the place imitated is the model
    ("泰州借鉴淄博的做法了吗?", ["taizhou"]),
    ("余杭有没有照着泰州的路子办个微课平台?", ["yuhang"]),  # 照着 X: X is followed, the model
    ("泰州学校和淄博有什么不同?", ["taizhou", "zibo"]),  # 学 inside 学校 opens no model
    ("想学亳州把标准化学校建起来,他们是怎么做的?", ["bozhou"]),  # the only place named stays the subject
    # a place named as the kind of a thing offers it as the model ("淄博那种“县管校聘”")
    ("亳州有没有也搞个芦溪那样的“牵手育人”?", ["bozhou"]),
    ("初中方案里有没有余杭那种专项合作经费?", ["junior-school-action-plan"]),
    ("泰州那种走教和淄博的交流有什么不同?", ["taizhou", "zibo"]),  # a comparison weighs both sides
    ("淄博那种县管校聘效果怎么样,泰州的走教呢?", ["zibo", "taizhou"]),  # no yes/no question: both asked
    # a clause stating a fact of one place, then a yes/no question about another: the premise, and the place asked
    ("余杭要挂牌未来教育研究院,芦溪那边有没有类似的研究机构打算?", ["luxi"]),
    ("上城把原来的教研室换了新牌子,亳州的教研室是不是也跟着改了名?", ["bozhou"]),
    ("定西是怎么补教师的,泰州有没有类似的做法?", ["dingxi", "taizhou"]),  # the first clause asks: a question of its own
    ("余杭建了研究院,芦溪有没有研究机构?", ["luxi"]),  # with no word referring back too
    # (几 in a sentence closed by 。 is "several": that sentence states, it asks nothing)
    ("定西让几个强县替弱县带新老师。芦溪有没有类似的新教师跟岗?", ["luxi"]),
    ("定西让几个强县替弱县带新老师?芦溪有没有类似的新教师跟岗?", ["dingxi", "luxi"]),
    ("告诉我定西有几个县参加了协作。另外芦溪有没有类似的县域协作?", ["dingxi", "luxi"]),  # a request asks
    ("余杭要在产业园区配建幼儿园,芦溪那边有没有在工业园区给职工孩子办园?", ["luxi"]),
    ("泰州开了个微课学习平台,亳州有没有搞微课学习平台?", ["bozhou"]),
    ("泰州推了名师走教,淄博有没有搞集团化?", ["zibo"]),  # another thing: still asked of 淄博
    ("初中方案要设首席信息官,芦溪的学校有没有设这个岗?", ["luxi"]),
    ("余杭和芦溪都建了研究院吗?", ["luxi", "yuhang"]),  # one clause: both asked
    # the asking part runs from the last clause naming a place: its subject clause may stand before the asking one
    ("定西把帮扶经历视同基层经历,桐庐参加提质强校的实验校老师,评职称时有没有类似的倾斜?", ["tonglu"]),
    ("讲线上资源那篇里头,有没有提淄博那种“县管校聘”?", ["digital-education-resources"]),  # where to look: no premise
    ("泰州新建了三所初中,亳州有没有新建初中?", ["bozhou"]),  # 初中 closing a clause is no locative frame
    # a place asked in a clause of its own is asked, whatever a clause before says of it
    ("泰州和桐庐都提了个路线,泰州第一步在哪年完成了,桐庐这个项目又打算花几年?", ["taizhou", "tonglu"]),
    ("泰州和桐庐都搞了走教,桐庐打算花几年?", ["tonglu"]),  # 泰州 only in the statement: the premise
    # the yes/no asked in any clause of the asking part, its object in a clause of its own
    ("定西开过手机管理家长会;淄博那份意见里,有没有提到把家长召集起来,就玩手机的问题开一场会?", ["zibo"]),
    ("定西有没有搞结对帮扶,泰州有没有?", ["dingxi", "taizhou"]),  # a clause that asks is no premise
    # a figure asked of the later place starts from the premise too; a comparison still weighs both
    ("定西给交流的人每年发生活补助,芦溪搞教师交流的时候,给交流的老师发多少补贴?", ["luxi"]),
    ("定西给交流的人每年发生活补助,芦溪比定西多发多少?", ["dingxi", "luxi"]),
    ("定西让骨干教师去协作县交流,芦溪派出去交流的老师要待多久?", ["luxi"]),  # a duration is a figure asked
])
def test_a_model_place_is_a_reference_not_the_subject(corpus: Corpus, question: str, places: list[str]) -> None:
    assert sorted(analyze(question, None, corpus).places) == sorted(places)


def test_a_clause_that_is_no_noun_phrase_is_no_sibling(corpus: Corpus) -> None:
    intent = analyze("他们搞这个联盟,最后想干成个啥?", _history("全国教育局长研究联盟有多少家理事单位?", "130家。"), corpus)
    assert intent.followup != "swap"


@pytest.mark.parametrize("followup,item", [
    ("合作那块具体要干点啥?", "奋进合作"),  # what sets the item apart from its siblings (奋进…) names it
    ("奋进筑基展开说说", "奋进筑基"),
    ("那块具体要干点啥?", ""),  # nothing distinctive named
])
def test_an_item_named_by_its_distinctive_part(corpus: Corpus, followup: str, item: str) -> None:
    intent = analyze(followup, _history("余杭的奋进计划具体分成哪几块?", "奋进筑基、奋进聚才、奋进合作、奋进登高四个方面。"), corpus)
    assert intent.item == item


def test_an_item_of_several_clauses_is_pointed_at_in_the_clause_holding_the_words(corpus: Corpus) -> None:
    intent = analyze("搞特色那块,要牵头组个什么联盟?", _history(
        "初中方案里,近郊初中提档升级有哪些招?",
        "推分层作业和分层走班、生动课堂改革,搞数字化精准教学,加强校本研修,再打造一批有特色的初中。"), corpus)
    assert intent.item == "再打造一批有特色的初中"
    assert intent.answer_type == "fact"  # the pointer's 特色 asks no features: the rest asks a name


@pytest.mark.parametrize("followup,item", [
    # an item pointed at by words of it only that item holds ("课程那一条" -> 课程建设)
    ("课程那一条,具体要帮学校做到哪些?", "课程建设"),
    ("说到教师成长那块,具体怎么帮?", "教师成长"),
    ("建设那一条具体怎么做?", ""),  # 建设 is in two items: no one item is pointed at
])
def test_an_item_pointed_at_by_its_own_words(corpus: Corpus, followup: str, item: str) -> None:
    intent = analyze(followup, _history("桐庐和研究院主要在哪些方面合作?",
                                        "合作涉及学校发展规划、队伍建设、教师成长、课程建设和教学常规等方面。"), corpus)
    assert intent.item == item


@pytest.mark.parametrize("followup,item", [
    ("联盟那种是怎么组起来的?", "联盟式共同体。"),  # one kind among the kinds listed, pointed at by a word of it
    ("共同体那种是怎么组起来的?", ""),  # a word every kind holds points at none
])
def test_a_kind_pointed_at_by_its_own_words(corpus: Corpus, followup: str, item: str) -> None:
    intent = analyze(followup, _history("淄博的共同体有哪几种?", "- 帮扶式共同体。以区县为单位结对帮扶。\n"
                                        "- 联盟式共同体。各学校成立各具特色的办学联盟。\n- 集团式共同体。组建名校教育集团。"), corpus)
    assert intent.item.startswith(item) if item else intent.item == ""


def test_no_history_is_not_a_followup(corpus: Corpus) -> None:
    assert analyze("那泰州呢?", None, corpus).followup == ""


def test_a_new_full_question_is_not_rewritten(corpus: Corpus) -> None:
    intent = analyze("亳州计划培养几名骨干教师?", _history("定西是怎么解决教师不足的?", "…"), corpus)
    assert intent.places == ["bozhou"] and intent.followup == ""


def test_named_cases_are_found_by_substring_lookup_as_by_testing_every_name(corpus: Corpus) -> None:
    """`Corpus.cases_named_in` looks names up by the text's substrings; it must find exactly the cases a test of
    every name finds, in the corpus order, also for names inside other names and names shared by two cases."""
    made = Corpus(aliases={"a": frozenset({"上城区", "上城"}), "b": frozenset({"杭州市上城区"}), "c": frozenset({"城区"}),
                           "d": frozenset({"上城"}), "e": frozenset({"x"})}, kinds={}, names={}, vocabulary=frozenset())
    for c in (corpus, made):
        for text in ["淄博和定西有什么不同", "杭州市上城区的做法", "上城", "城区学校", "余杭区、桐庐县与泰州市", "x", "", "无关的问题"]:
            expected = [cid for cid, names in c.aliases.items() if any(n in text for n in names)]
            assert c.cases_named_in(text) == expected, text
    assert made.cases_named_in("杭州市上城区") == ["a", "b", "c", "d"]


def test_place_names_longest_first(corpus: Corpus) -> None:
    assert corpus.place_names_longest_first == sorted(corpus.place_names, key=len, reverse=True)


MEASURE_ROWS = [
    # a verb of stating before 的是 links the quantity to its figure as 是 does
    ("芦溪能用电子设备上课的老师,比例写的是多少?", "比例"),
    # (figure question, the quantity it asks for: "" when the subject decides)
    ("余杭那批高品质学校里,小学有几所?", "小学"),  # a count closing the question is of the part named before it
    # people counted in a one-character word (娃, read as 娃娃): the verb before the count is no quantity
    ("定西那个贯通培养试点,惠及了多少娃?", ""),
    # a word of totalling (合计, 加起来) asks the sum of the count, no quantity of its own
    ("初中方案里十四五期间要盖新校加改扩建,合计几所?", ""),
    # an adverb after the count modifies the predicate, it counts nothing (重新: the thesaurus's adverb class)
    ("初中方案里那批薄弱校的名单,是隔几年重新排一轮?", ""),
    ("初中方案里那批薄弱校,隔几年再评一次?", ""),
    # a classifier (户, 座, 台) then a noun: the count is of that noun, not of the verb before the count
    ("定西请专家上的家庭教育网课,最后惠及了多少户人家?", ""),
    ("亳州在“十二五”期间给多少名校长做了素质提升?", ""),  # a count followed by its noun is of that noun
    ("定西504名特岗教师里渭源县有多少名?", ""),  # a place inside the case restricts the count, it is not counted
    ("定西结对的学校里幼儿园占多大比例?", "幼儿园"),  # the share of the part before 占
    ("那几所学校里,有几所是民办的?", "民办"),  # the last count is asked: of those that are 民办
    # a word the thesaurus lists only among activities after the count is the predicate (互派, tagged a noun)
    ("定西协作县的结对学校之间,要连着几年互派校长后备和骨干老师?", ""),
    # a count in the asker's statement before the sentence that asks (这几年外来人口…) is not the one asked
    ("我们区这几年外来人口涨得快,学位跟不上。余杭2021年常住的有多少人?", ""),
    ("我们这几年学生涨得快。余杭的保额是多少?", "保额"),
    # a noun phrase after the count is counted by its head, the last noun (中小学 says which teachers)
    ("那篇文章里,全国有多少中小学老师参加过线上教学培训?", "老师"),
    ("亳州有多少中小学校长参加了素质提升?", "校长"),
    ("芦溪对老师电子备课定了个比例,要达到多少?", "比例"),  # a modal before the link: the word before is asked
    ("那些学校里有多少所是民办的?", "民办"),  # past the classifier
    ("那个培训计划几年搞完?", ""),  # after a unit, a verb is the predicate, not the quantity
    ("现场会一般有多少人参加?", ""),
    # a classifier segmentation leaves alone (对, 种) counts something unnamed: the subject decides, not the word
    # before the count (头上 of "落到…头上" places the count)
    ("那落到结对学校头上,有多少对在按一月一个主题推?", ""),
    ("定西第一批遴聘了几名市级家庭教育指导教师?", ""),  # a level (市级) ranks the noun counted after it
    # a bound before the count says the figure is a limit, not what is counted (`cues.LIMIT_WORDS`)
    (cues.LIMIT_EXAMPLE, ""),
    ("余杭每所学校的名师最少有多少名?", "名师"),
    ("余杭的常住人口从多少涨到了多少?", ""),  # a verb after a bare count is the change asked, not the quantity
]


@pytest.mark.parametrize("question,counted", [
    ("定西有多少教师,几乎都是本地的?", []),  # 几乎 is no count: the count is asked in the first clause
    ("余杭要引进的名校长里,从国外请来的有几位?", ["国外"]),  # the counting clause restricts the count
    ("定西给交流帮扶人员每人每年补助多少钱?", []),  # one clause: the subject decides
    # a verb after the count is the predicate of what is counted; a word of wholeness names the whole
    ("定西在义务段试了个计划,有多少学生受益?", []),
    ("余杭私立中小学的在读人数,放到整个区里算是几成?", []),
    ("亳州新招的老师先下农村,规定得在那待满几年才能走?", []),  # 才能 (after the count) restricts nothing
    ("亳州的新教师,去农村任教的有多少?", ["农村"]),  # a noun before the count restricts it
    # a verb of counting or totalling says how the count was made, not which part is counted
    ("余杭住的人越来越多,2021年统计下来一共多少人?", []),
    ("定西的协作学校,合计有多少所?", []),
    ("亳州要培训的兼职音体美教师,目标数是多少?", []),  # a target: the kind of figure, not a part of the set
    ("定西的教研活动搞了几百场,准确数字是多少?", []),  # the number itself, asked exactly: no part
    # a verb the sources write in no form of its thesaurus group is the asker's wording: nothing to check
    ("定西三个协作体底下学校之间搭伙,一共配成了多少对?", []),
    ("定西三个协作体底下学校之间搭伙,一共结成了多少对?", ["结成"]),  # a verb the sources write restricts
])
def test_the_clause_asking_a_count_restricts_it(corpus: Corpus, question: str, counted: list[str]) -> None:
    shown = ("国外", "补助", "交流", "本地", "受益", "整个", "农村", "才能", "统计", "合计", "目标", "数字", "准确",
             "配成", "结成")
    assert [t for t in analyze(question, None, corpus).counted if t in shown] == counted


@pytest.mark.parametrize("question,measure", [
    ("余杭私立中小学的在读人数,放到整个区里算是几成?", ""),  # a verb before the count names no quantity
    ("定西交流帮扶的保额是多少?", "保额"),
    ("初中方案给2025年定的市级标杆校数目是多少?", ""),  # 数目 names no quantity; 校 alone is no topic word: the subject decides
    ("定西的教研活动搞了几百场,准确数字是多少?", ""),  # 数字 names no quantity, nor does 准确
    ("余杭民办学校数量是多少?", "民办学校"),
])
def test_a_verb_before_the_count_is_no_measure(corpus: Corpus, question: str, measure: str) -> None:
    assert analyze(question, None, corpus).measure == measure


@pytest.mark.parametrize("history,followup,own_only", [
    # another thing beside what was said, named by the follow-up's own words: they alone are its subject
    ("泰州第三阶段奔着全域高位均衡去,跨区域那块怎么弄?", "学生自学那头,又搭了个啥平台?", True),
    # the same subject asked further: the previous words stay
    ("泰州第三阶段奔着全域高位均衡去,跨区域那块怎么弄?", "还有别的吗?", False),
    ("定西是怎么解决教师不足的?", "具体是哪一年开始的?", False),
])
def test_a_followup_beside_what_was_said_asks_its_own_subject(corpus: Corpus, history: str, followup: str, own_only: bool) -> None:
    intent = analyze(followup, [Message(role="user", content=history), Message(role="assistant", content="…")], corpus)
    previous = analyze(history, None, corpus)
    own = set(analyze(followup, None, corpus).terms)
    carried = (set(intent.terms) - own) & set(previous.terms)  # the previous question's words the follow-up took on
    assert intent.places == previous.places
    assert (not carried) == own_only


@pytest.mark.parametrize("question,names", [
    ("淄政办发20167号里,老师每月补多少?", ["淄政办发20167号"]),  # a number as the source scrape writes it
    ("按鲁政办发〔2018〕12号执行了吗?", ["按鲁政办发〔2018〕12号"]),  # where the office's name starts is not marked
    ("《关于推进义务教育学校发展共同体建设的指导意见》说了什么?", ["关于推进义务教育学校发展共同体建设的指导意见"]),
    ("2019年发了几号文件?", []),  # a year and 号 with no issuing office is no document number
    ("按淄教基字(2019)12号办", ["按淄教基字(2019)12号"]),  # 字 numbers a document as 发 does
    ("淄政办发那个补贴文件里说了啥?", ["淄政办发"]),  # an issuing code without its number
    ("他们举办发布会了吗?", []),  # 办发 inside words is no issuing code
])
def test_a_question_names_a_document_by_its_number_or_title(question: str, names: list[str]) -> None:
    assert cues.document_names(question) == names


@pytest.mark.parametrize("name,forms", [
    ("按淄政办发20167号", ["按淄政办发20167号", "淄政办发20167号", "政办发20167号"]),  # two kept before 发
    ("关于推进城乡学校优质均衡发展的意见", ["关于推进城乡学校优质均衡发展的意见"]),  # a title is matched whole (not 发展…)
])
def test_a_document_number_is_tried_from_each_of_its_first_characters(name: str, forms: list[str]) -> None:
    assert cues.document_name_forms(name) == forms


@pytest.mark.parametrize("question,terms,asks", [
    # two clauses, each with its own question word: each ask keeps the subject and its own words
    ("把实施方案报上来,截止到哪天、报给哪个科室?", ["实施方案", "截止", "科室"], [["实施方案", "截止"], ["实施方案", "科室"]]),
    ("结成对子的学校一共有多少对?按啥节奏搞交流?", ["学校", "节奏", "交流"], [["学校"], ["节奏", "交流"]]),
    ("定西怎么解决教师不足的?", ["教师"], []),  # one ask
    ("淄博也开现场会吗?拿来干啥用?", ["现场会"], []),  # an ask with no word of its own: the question is one subject
    ("前面说的那几所学校,一共招了多少老师?", ["学校", "老师"], []),  # 那几所 points back: one ask
])
def test_a_question_asking_two_things_is_two_asks(question: str, terms: list[str], asks: list[list[str]]) -> None:
    from assistant.intent import separate_asks

    assert separate_asks(question, terms) == asks


@pytest.mark.parametrize("question,asks", [
    # each sentence that asks, the statements before them left out
    ("我们想让老师下乡。芦溪搞牵手帮扶那一套,每年发多少生活补助?意外险谁来买?", ["芦溪搞牵手帮扶那一套,每年发多少生活补助?", "意外险谁来买?"]),
    ("这笔钱一年给多少?是按学校数还是按人头拨?", ["这笔钱一年给多少?", "是按学校数还是按人头拨?"]),
    # a sentence pointing back stays joined to the one before it
    ("薄弱初中的名单是不是一直挂着?初中方案里这个名单隔多久重排一轮?", []),
    ("上城呢?它的教育局设了个什么中心?", []),
    ("初中方案第五个大行动分成几个小项?各管什么?", []),  # 各 takes up the parts just counted
    ("能不能让分校挂总校的名字?有没有哪个地方允许这么做?", []),  # 这么做 is what the ask before names
    ("淄博叫区县把实施方案报上来,截止到哪天、报给哪个科室?", []),  # one sentence asks
    ("县里开会讨论要不要入那个联盟。你帮我查查它的理事单位总数是多少?", []),  # a statement's embedded ask asks nothing
])
def test_each_ask_of_a_question_is_a_question_of_its_own(question: str, asks: list[str]) -> None:
    from assistant.intent import ask_questions

    assert ask_questions(question) == asks


@pytest.mark.parametrize("question,dropped,kept", [
    # the asker's own situation first, then a question with a subject of its own: the situation is context
    ("我们也想让各县先报方案再动手。淄博给区县定的上报截止日是哪天,报到哪个科室?", ["动手"], ["截止日"]),
    ("我们县今年要迎接均衡验收,想先看看人家,芦溪最后达到了什么水平?", ["验收"], ["水平"]),
    # the question proper has no subject of its own (only a verb) or points back at the situation: it is the subject
    ("我们县教师不够,定西是怎么解决的?", [], ["教师"]),
    ("我们这儿寄宿学校条件差,孩子住得挤,芦溪是怎么改的?", [], ["寄宿", "条件"]),
    ("我们区刚分过区,好学校都被划走了,余杭是不是也碰到这种情况?", [], ["划走"]),
    ("定西的教师够不够?我们县也缺老师。", [], ["教师"]),  # no asker's opening: nothing is context
    ("我们县寄宿学校条件差,芦溪采取了哪些措施?", [], ["寄宿", "条件"]),  # 措施 is a generic word, no subject
    ("我们县老师留不住,余杭在这方面怎么做的?", [], ["老师"]),  # 这方面 points back at the situation
    # a sentence opening on one level the statement named (那一层) points back at it
    ("我们想挤进那个局长联盟的常务理事那一层。那一层的成员一共几家?", [], ["常务理事"]),
    # so does a demonstrative with a localizer (在这上面, 这里头)
    ("我们县在外头干出名堂的老同学不少,想请他们回头帮帮母校。定西那边在这上面打的什么主意?", [], ["老同学", "母校"]),
    ("我们县在外头干出名堂的老同学不少,想请他们回头帮帮母校。定西那边结对帮扶的协议是怎么签的?", ["母校"], ["协议"]),
    # 这个意思 points back too; 原文 and 表述 ask for the wording, no subject of their own
    ("我们想给学校多放点权。泰州、淄博的原文各怎么表述这个意思?", [], ["学校"]),
    # the asker's sentence ends at its full stop: the next sentence is the question proper, whatever it starts with
    ("我们在写全省优质均衡的时间线。靖江和姜堰过江苏首批那道验收,具体落在哪个时间点?", ["时间线"], ["验收", "首批"]),
    # 它 points back at what the asker named, unless the question proper names a case it stands for
    ("我们想摸清合作方21世纪教育研究院的资历。它持续盯着各地教育发展和创新,是打哪一年干起的?", [], ["研究院"]),
    ("我们县刚过了基本均衡验收,想找个说法总结。芦溪说它基本达到的均衡是个啥样子?", ["验收"], ["均衡"]),
    # a whole statement before the sentence that asks is the asker's, even with a question word in it (好几)
    ("我们学校一周要应付好几场会、一堆文件。哪个区的教育局要把会议和通知压到最少?", ["应付"], ["会议", "通知"]),
    ("我想了解教师交流的补助,定西每人每年给多少钱?", [], ["教师", "补助"]),  # what the asker wants to know is the question
    # the asker may say 我; the parts of a document it names are asked: the document is the subject, not the situation
    ("我给县政府起草均衡发展的年度报告,想参考亳州的整体框架。亳州那篇分了哪几大块来写?", ["年度报告", "框架"], []),
    # a thing the question proper describes itself after 这种 ("这种到现场看、互相比的推进会") is named by its own
    # words: the asker's statement before it is context, however its words are tagged
    ("市里让各县轮流办现场观摩,我拿不准频次。亳州那边推学校达标建设,这种到现场看、互相比的推进会隔多久轮一回?",
     ["轮流"], ["现场", "推进"]),
    # a clause of the statement naming a case says what is wanted of it: it is no context
    ("我要给区里论证新建学校的必要性,想引余杭那篇的人口数据。它说2021年那边住着多少人?", ["必要性"], ["人口"]),
    # a statement speaking of the asker anywhere is theirs, not only one opening with 我
    ("市里准备评一批“家门口的好学校”,让我先搭个打分框架。定西培育高品质学校,是从哪几个角度使劲的?", ["门口", "打分"], ["高品质"]),
    ("市里准备评选一批示范校。定西培育高品质学校,是从哪几个角度使劲的?", [], ["示范校", "高品质"]),  # no asker: kept
    # …unless it opens with a bare noun phrase: the topic put first is what is asked
    ("名师走教制度,咱们也在讨论。泰州是怎么组织教师的?", [], ["走教"]),
    ("特岗教师的跟岗培训,我们也在学。定西培训了多少名新教师?", [], ["特岗", "跟岗培训"]),
    ("我国农村教师流失严重。泰州怎么抓教师培训?", [], ["流失"]),  # 我国 is no asker
    # before a question asking which place, a statement naming the asker's place by its level (县里) and no case is
    # theirs too
    ("县里给老师都配了笔记本,可还是手抄教案。有没有哪个县的大多数老师已经能在电脑上备课讲课了?", ["笔记本", "手抄"], ["电脑", "备课"]),
    ("县里给老师都配了笔记本。芦溪的老师都用电脑备课吗?", [], ["笔记本"]),  # a question naming a case: kept
    # a quoted name in the question proper is its subject; 这类 right after it points at it, not back at the statement
    ("校长们都想给学校弄块响当当的牌子,可我怕搞成千篇一律。哪些地方的材料提了“一校一品”这类说法?", ["牌子", "千篇一律"], ["一校一品"]),
    # a figure asked of what only the statement named ("…的比例。…给出的比例是多少?") is that quantity as the
    # statement's clause qualifies it; the asker's counting verb and their other clauses are no subject
    ("县里让我统计全县老师无纸化备课的比例,好跟人家比一比。芦溪那篇给出的比例是多少?", ["统计", "比一比", "给出"], ["无纸化", "备课", "比例"]),
    # …not a place question naming the statement's thing again: the asker's situation stays context
    ("我们学校的课后服务就是看着孩子写作业,家长不满意。哪些地方的材料提到了课后服务?", ["作业", "家长"], ["服务"]),
    ("我写一篇关于发达地区教育短板的评论,想引余杭的自我剖析。那篇论文列了余杭教育的哪几方面问题?", ["短板", "评论"], ["教育"]),
    # a summary of a document named before the sentence asking (它 stands for it): the asker's task is no subject,
    # nor are the words naming the document's parts
    ("县里让我把亳州这篇材料压成三句话讲给乡镇书记听。它那三大段各讲的是啥?", ["乡镇", "书记", "三句话", "大段"], []),
    ("我要给领导汇报亳州的做法。它那篇经验通篇是按哪几个板块组织的?", ["领导", "汇报", "板块", "组织"], []),
    ("市里让我十分钟讲讲亳州办好农民家门口学校的经验。它整篇是分哪几大块来讲的?", ["农民", "门口", "十分钟"], []),
    # 它 after a statement naming a thing, not a document, is that thing; 组织 not composing parts is a subject
    ("淄博在推县管校聘。它的具体做法能不能给我捋一捋?", [], ["管校聘"]),
    ("我们县的标准化现场会一年才凑一回,开完就散,没人往心里去。亳州这种推进会隔多久开一次?", ["开完", "没人往"], ["标准化", "现场会"]),
    ("给我捋一捋淄博共同体的组织架构和运行机制?", [], ["组织", "架构"]),
    # whom the asker will tell, in the sentence that asks, is their scene (the cases' own tellings keep theirs)
    ("上城区的教育治理改革,要是给班子成员讲清楚它的骨架,可以归成哪三条主线?", ["班子成员"], ["教育", "治理"]),
    ("定西请专家给家长讲了多少场?", [], ["家长"]),
    ("定西要向家长介绍哪些家庭教育知识?", [], ["家长"]),  # the case's telling, not the asker's
    # a clause about the asker as a person (我 + their state): its words the sources never write are no subject
    ("上级转来一篇讲网上教学资源怎么建怎么用的文章,我没工夫细读。整篇思路是分哪几大块展开的?", ["没工夫", "细读"], ["教学资源"]),
    ("我刚调到教育局,想知道定西是怎么解决教师不足的?", [], ["教师"]),  # a question word in the clause: it asks
    ("我局经费紧张,淄博怎么筹钱?", [], ["经费紧张"]),  # 我局: the asker's body, and its words partly written
    # a demonstrative right after a word of the question proper stands in apposition to it: it points back at nothing
    ("几个特级教师退休前想带带乡下的年轻人,我们琢磨着挂个牌子。哪些地方提到了名师工作室这种形式?", ["牌子"], ["工作室"]),
    ("我们县的标准化现场会开完就散。亳州这种推进会隔多久开一次?", [], ["现场会"]),  # after a place: points back
    # 他们 after a case's name points back at the people the statement named: their words are the subject
    ("我们县出去的老毕业生不少。定西说要从他们身上挖哪些资源?", [], ["毕业生"]),
    # 他们 opening a clause after the case's own stands for the case's people: the statement stays the asker's
    ("我们县外地人口涨得快,学校老不够用。余杭那篇材料里,他们常住人口是多少?", ["学校"], ["常住人口"]),
    # the asker's recollection (我记得, 听说) frames what they ask
    ("我记得泰州搞过一个微课平台,它叫什么名字?", [], ["微课", "平台"]),
    # 这 as the subject of where something comes from points back at the statement: its words are the subject
    ("我读到一份材料要求每所初中设首席信息官。这是哪份方案里的?", [], ["首席"]),
    # one sentence telling what the asker was tasked with: the task is the question proper
    ("市里开会,分管领导点名要我讲泰州是怎么让名校资源辐射得更开的?", ["分管领导", "开会"], ["名校", "辐射"]),
    ("局长让我查一下淄博的共同体是怎么考核的?", [], ["共同体", "考核"]),
    ("分管领导点名要我讲讲分管领导怎么带队伍?", [], ["分管领导"]),  # no case named after the task: nothing cut
])
def test_the_askers_own_situation_is_context_not_subject(corpus: Corpus, question: str, dropped: list[str],
                                                        kept: list[str]) -> None:
    terms = analyze(question, None, corpus).terms
    assert not set(dropped) & set(terms) and set(kept) <= set(terms), terms


@pytest.mark.parametrize("question,scene,own", [
    # a statement before the sentence that asks sets the scene: its words count less once the asking sentence has
    # words of its own (SITUATION_WEIGHT)
    ("资源建设光靠财政养一帮人闷头做。那篇文章说要探索什么样的机制,让社会力量参与进来?", ["财政"], ["机制", "社会"]),
    # an asking sentence with no words of its own leaves the statement its subject
    ("名师走教制度,咱们也在讨论。泰州是怎么做的?", [], ["名师"]),
    ("淄博的共同体是怎么考核的?", [], ["共同体", "考核"]),  # one sentence: nothing sets the scene
    # an asking sentence with only an aspect (进展) asks about the statement's thing; one pointing back (这项) too
    ("亳州实施了千所村小提升工程。进展如何?", [], ["村小", "工程", "实施"]),
    ("泰州在推名师走教制度。这项制度具体是怎么运作的?", [], ["名师", "走教"]),
    ("新招的特岗老师上讲台手忙脚乱。定西让他们去强县学校跟着学,一回学多少天?", [], ["特岗"]),
    # pointing back at the asker's thing (这种推进会), the statement's nouns are the subject, its comments not
    ("我们县的标准化现场会一年才凑一回,开完就散,没人往心里去。亳州这种推进会隔多久开一次?", [], ["标准化", "现场会"]),
    # the asker's own statement is weighed by `_without_askers_context`, not as a scene
    ("县里让我统计全县老师无纸化备课的比例,好跟人家比一比。芦溪那篇给出的比例是多少?", [], ["无纸化", "备课"]),
])
def test_the_sentences_before_the_one_that_asks_set_the_scene(corpus: Corpus, question: str, scene: list[str],
                                                            own: list[str]) -> None:
    intent = analyze(question, None, corpus)
    assert set(scene) <= set(intent.situation) and not set(own) & set(intent.situation), (intent.terms, intent.situation)
    assert all(intent.term_weight(t) < 1.0 for t in scene) and all(intent.term_weight(t) == 1.0 for t in own)


@pytest.mark.parametrize("question,absent", [
    ("那镇上那一级学校要是也缺编,人是从哪儿挑上去的?", "是从"),  # function characters glued: 是 + 从
    ("疫情那阵网课上了好几个月,总得落下点本事吧?", "总得"),  # a modal verb (thesaurus class Gc)
    ("疫情那阵网课上了好几个月,总得落下点本事吧?", "好几个"),  # a count of 几, intensified by 好
    ("它整篇是分哪几大块来讲的?", "来讲"),  # how something is told (cues.FRAME_PHRASES)
    ("补进来的人,政策上向哪些学科和学校偏?", "进来"),  # a verb's direction cut from its verb (补 + 进来)
    ("那篇文章讲从用的这一头发力,提了哪几条路子?", "头发"),
    ("那个局长联盟给自己定位时用了哪几个两字词?", "两字词"),  # how long the items are written  # cut across the phrase: 头 + 发力, which the corpus writes
    ("听说有个区专门设了个惠民性质的中心,是哪个区?", "性质"),  # a noun of nature closing a modifier (NATURE_NOUNS)
    # a verb cut across by segmentation before its resultative complement: 打 + 造成 is 打造 + 成
    ("打造成市一级智慧校园领头学校的有几家?", "造成"),
    # going through the items one by one is how to answer (一条条 + 列: segmentation cuts 条列)
    ("合作三年以后希望看到哪些变化?一条条列给我。", "条列"),
    # a task set the assistant (帮我提炼成几句) shapes the answer: no topic the sources write
    ("泰州这几年靠的几板斧,能不能帮我提炼成几句?", "提炼"),
    ("泰州这几年靠的几板斧,能不能帮我提炼成几句?", "板斧"),  # (colloquial for the main measures: 招)
    ("这种师德管理办法出自哪份材料?", "出自"),  # where it comes from is the document asked
])
def test_frame_words_are_no_topic_terms(corpus: Corpus, question: str, absent: str) -> None:
    assert absent not in topic_words(question, corpus)


@pytest.mark.parametrize("question,kept", [
    ("帮我总结成效:亳州的标准化建设效果如何?", "成效"),  # the task's verb ends its phrase: the topic's word stays
    ("帮我归纳为人师表方面初中方案怎么要求的?", "为人师表"),
])
def test_a_task_set_the_assistant_leaves_the_topic_whole(corpus: Corpus, question: str, kept: str) -> None:
    assert kept in topic_words(question, corpus)


@pytest.mark.parametrize("question,word,subject", [
    ("初中方案给了个数,要再开发多少门区级课程?", "个数", False),  # a figure question's word for the number itself
    ("全市标杆校的准确数字是多少?", "数字", False),
    ("这些数字背后说明了什么问题?", "数字", True),  # asked what they show, the numbers are the subject
])
def test_a_word_for_the_number_asks_a_figure_and_names_no_subject(corpus: Corpus, question: str, word: str,
                                                                 subject: bool) -> None:
    assert (word in analyze(question, None, corpus).topic_terms) == subject


def test_a_noun_of_nature_is_a_term_where_it_is_the_thing_asked(corpus: Corpus) -> None:
    assert "性质" in topic_words("教育惠民服务中心是什么性质?", corpus)
    # a head the thesaurus files beside 性质 (结构, 体系) names a thing before 的 too
    assert "结构" in topic_words("亳州农村学校教师队伍结构的变化?", corpus)


def test_a_gloss_a_written_compound_is_built_from_leads_its_words_glosses(corpus: Corpus) -> None:
    """"core-school" joins to 核心学校, which the corpus writes: core is 核心 there, not 中心 (its first gloss)."""
    terms = analyze("Under Zibo's core-school responsibility system, how many core schools does each community have "
                    "to name?", None, corpus).terms
    assert "核心" in terms and "中心" not in terms, terms


@pytest.mark.parametrize("word,synonym", [
    ("老同学", "校友"),  # one character before a noun the thesaurus knows: a kind of that noun
    ("老同学", "同学"),
    ("新开展", None),  # a head that is a doing names no kind of thing
    ("老校友会", None),  # only one character before the noun
])
def test_a_modified_noun_means_its_head(corpus: Corpus, word: str, synonym: str | None) -> None:
    from assistant.intent import _head_synonyms

    found = _head_synonyms(word, corpus)
    assert (synonym in found) if synonym else not found, found


@pytest.mark.parametrize("word,synonym", [
    ("镇上", "集镇"),  # a position word after a known word: the known word's synonyms
    ("撑下去", "支撑"),  # a verb's direction after a known verb
    ("列出来", None),  # a one-character stem's synonyms must hold it: 列's (各个, 类别) are other senses
    ("网上", None),  # a word the thesaurus knows is its own word, not a stem and a suffix
    ("班上", None),  # a one-character stem's synonym it does not head (班子) is another sense
    ("定下", "商定"),  # …one it heads is the stem's sense; a place's name (安定区) is none
])
def test_a_colloquial_word_means_its_known_stem(corpus: Corpus, word: str, synonym: str | None) -> None:
    from assistant.intent import _stem_synonyms

    found = _stem_synonyms(word, corpus)
    assert (synonym in found) if synonym else not found, found


@pytest.mark.parametrize("word,forms", [
    ("实验学校", ["实验校"]),  # a kind of school: its 学校 shortened to 校
    ("薄弱校", ["薄弱学校"]),  # …and back
    ("学校", []), ("高校", []), ("名校", []), ("党校", []),  # 校 alone, or a word of its own
])
def test_a_kind_of_school_is_written_short_too(word: str, forms: list[str]) -> None:
    from assistant.intent import school_short_forms

    assert school_short_forms(word) == forms


def test_a_kind_of_school_matches_its_short_form_in_the_sources(corpus: Corpus) -> None:
    intent = analyze("桐庐的专家团队帮实验学校做了哪些事?", None, corpus)
    assert "实验校" in intent.equivalents["实验学校"]  # tonglu writes 帮助实验校…
    intent = analyze("初中学校的老师怎么交流?", None, corpus)
    assert "初中校" not in intent.equivalents.get("初中学校", [])  # written only inside 初中校长: no school


@pytest.mark.parametrize("word,variant", [
    ("指导老师", "指导教师"),  # 老师 = 教师 in the education table, and the corpus text writes 指导教师
    ("骨干老师", "骨干教师"),
    ("指导校长", None),  # no curated part: the thesaurus's neighbours are left to the expansions
    ("咖啡老师", None),  # a variant the corpus never writes is no spelling of anything it says
])
def test_a_compound_with_a_curated_part_is_written_with_its_equivalent(corpus: Corpus, word: str, variant: str | None) -> None:
    from assistant.intent import _curated_variants

    found = _curated_variants(word, corpus)
    assert (variant in found) if variant else not found, found
    assert word not in found


@pytest.mark.parametrize("word,expanded", [
    ("科创", "科技创新"),  # two words the corpus writes together, each opened by one of its characters
    ("咖啡", None),  # a thing the thesaurus knows is its own word
    ("自学", "自主学习"),  # a doing it knows shortens a written compound the same way (no synonym is written)
    ("家教", "家庭教育"),  # so does an abstract thing it knows (class D)
    ("跑步", None),  # a doing with no such compound written stays unknown
    ("外脑", None),  # no two written words open with its characters
])
def test_an_abbreviation_the_corpus_lacks_means_the_compound_it_shortens(corpus: Corpus, word: str, expanded: str | None) -> None:
    from assistant.intent import _abbreviated

    found = _abbreviated(word, corpus)
    assert (expanded in found) if expanded else not found, found


@pytest.mark.parametrize("word,expected", [
    ("评职称", ["职称"]),  # a one-character verb and an object the corpus writes: the object
    ("打疫苗", []),  # an object the corpus never writes is no subject of the sources
    ("职称", []),  # two characters: a word, no verb phrase
])
def test_a_spoken_verb_phrase_is_about_its_object(corpus: Corpus, word: str, expected: list[str]) -> None:
    from assistant.intent import _object_of_verb

    assert _object_of_verb(word, corpus) == expected


@pytest.mark.parametrize("question,term,weight", [
    ("那方法上要创新啥?", "创新", 1.0),  # the follow-up's own word
    ("那方法上要创新啥?", "共同体", CARRIED_WEIGHT),  # carried over from the previous question
    ("那泰州呢?", "共同体", 1.0),  # a follow-up with no words of its own asks the previous question again
])
def test_a_followups_own_words_weigh_more_than_carried_ones(corpus: Corpus, question: str, term: str, weight: float) -> None:
    history = _history("淄博的学校发展共同体是怎么建的?", "淄博市按照“1+N”模式组建共同体。[1]")
    intent = analyze(question, history, corpus)
    assert term in intent.terms, intent.terms
    assert intent.term_weight(term) == weight


@pytest.mark.parametrize("question,event", [
    # who does something: the asking clause's verbs, which a sentence naming the agent must state
    ("定西选树的那批家庭教育创新实践基地,是由哪家单位评定的?", ["评定"]),
    ("桐庐那场签约仪式由谁来主持?", ["主持"]),
    ("全国教育局长研究联盟的年会由谁来承办?", ["承办"]),  # no case writes it: the thesaurus knows it, so it stays
    ("桐庐教育局的局长叫什么?", []),  # a name asked: no doing to state
    ("区县的共同体方案审完以后,要送到市教育局的哪个科室?", []),  # no 由: the verb may be the asker's wording
    ("定西那份区域教育协作实施意见是哪个部门起草的?", ["起草"]),  # 是…的 focuses the agent as 由 does
    ("淄博那份指导意见,是市教育局哪个科室起草的?", ["起草"]),  # the body the asked one belongs to may come between
    ("亳州那个专项培训计划,是委托哪所师范院校或培训机构承办的?", ["承办"]),  # a longer phrase before 的
    # a word the thesaurus lists only among activities is a doing, though the tagger calls 任命 a noun
    ("淄博的名校教育集团,领衔校长是由哪个部门任命的?", ["任命"]),
    ("淄博那种名校集团里,谁挂帅、决策层又是由哪几类人构成的?", []),  # 由 marks the other ask, not 谁挂帅
    # a verb filling a post is stated by the post beside its holder (以名校校长为领衔校长), not by the verb
    ("淄博名校教育集团由谁担任领衔校长?", []),
    ("淄博集团式共同体的领衔校长是谁担任的?", []),
])
def test_the_doing_an_agent_is_asked_of(corpus: Corpus, question: str, event: list[str]) -> None:
    assert set(analyze(question, None, corpus).event) == set(event)


def test_only_a_typed_question_is_split_into_asks(corpus: Corpus) -> None:
    """A date and an office asked in one question are two asks; "是干什么的,有哪些目标" is answered by one list or
    overview, which states both at once, so it stays one."""
    assert analyze("淄博叫区县把共同体的实施方案报上来,截止到哪天、报给哪个科室?", None, corpus).asks
    assert not analyze("全国教育局长研究联盟是干什么的,有哪些目标?", None, corpus).asks


@pytest.mark.parametrize("question,word,kept", [
    ("余杭那篇拿区里东边西边比了比,哪头底子薄?", "区里", False),  # 余杭区 at its own level: the place itself
    ("芦溪搞均衡,县里是谁牵头、谁打配合?", "县里", False),
    ("淄博各区县的共同体实施方案,最晚要交到市里?", "市里", False),
    ("芦溪的方案要不要报到市里审批?", "市里", True),  # 芦溪县 is a county: 市里 is the city above it
])
def test_the_asked_places_own_level_is_the_place_itself(corpus: Corpus, question: str, word: str, kept: bool) -> None:
    assert (word in analyze(question, None, corpus).terms) == kept


@pytest.mark.parametrize("question", [
    "你能不能查一下芦溪的验收时间?",  # asking the assistant to look something up
    "你知不知道余杭有多少名校?",
])
def test_a_request_to_the_assistant_is_no_judgement(corpus: Corpus, question: str) -> None:
    assert analyze(question, None, corpus).answer_type != "opinion"


@pytest.mark.parametrize("question,not_kind", [
    ("这几年内铺开了吗?", "figure"),  # 这几年 is a time, no count asked
    ("定西往后几年在教师交流上怎么安排?", "figure"),  # 往后几年: a time to come, "a few years"
    ("未来几年初中方案要重点抓什么?", "figure"),
    ("未来几年内铺完?", "figure"),
    ("能用几个字概括一下余杭的做法吗?", "wording"),  # a request to sum up in few characters asks no quoted wording
])
def test_a_count_that_is_not_asked(corpus: Corpus, question: str, not_kind: str) -> None:
    assert analyze(question, None, corpus).answer_type != not_kind


def test_a_full_follow_up_keeps_what_was_said(corpus: Corpus) -> None:
    """A follow-up naming no place and long enough to stand alone carries the place and what the previous answer
    said: its answer is sought beside that, not repeated."""
    history = _history("淄博的共同体想靠网络把学校连起来,具体做些啥?", "推进城乡教育资源共建共享,深化全域性数字化学习。")
    intent = analyze("照这么弄,最后共同体各校之间要达到个啥光景?", history, corpus)
    assert intent.followup == "carry" and intent.places == ["zibo"] and intent.said


def test_the_own_level_is_no_restriction_of_a_count(corpus: Corpus) -> None:
    """"这类拓展课,区里还打算再开发多少门?" after a question on the 某区 action plan: 区里 is that district, so the
    figure "再开发30门…" need not state it beside the count."""
    history = _history("初中方案里拓展性课程是怎么安排的?", "深化校本特色的拓展性课程研究…")
    intent = analyze("这类拓展课,区里还打算再开发多少门?", history, corpus)
    assert intent.places == ["junior-school-action-plan"] and "区里" not in intent.counted + intent.terms


@pytest.mark.parametrize("question,measure,noun", [
    # a measure named as the number of a noun is stated as that noun with its figure: the noun is its equivalent
    ("余杭2021年住在当地的人口数是多少?", "人口数", "人口"),
    ("那篇说的2021年人口数是多少?", "人口数", "人口"),
])
def test_a_number_of_a_noun_is_stated_as_the_noun(corpus: Corpus, question: str, measure: str, noun: str) -> None:
    intent = analyze(question, None, corpus)
    assert intent.measure == measure and noun in intent.equivalents[measure]


@pytest.mark.parametrize("measure,noun", [("人口数", "人口"), ("学生总数", "学生"), ("教师数量", "教师"),
                                          ("评估指标", ""), ("人数", ""), ("常住人口", ""),
                                          # a classifier or 指/系 before 数 makes a word of its own
                                          ("学生人数", ""), ("培训次数", ""), ("发展指数", "")])
def test_number_of(measure: str, noun: str) -> None:
    assert number_of(measure) == noun


@pytest.mark.parametrize("question,measure", MEASURE_ROWS)
def test_asked_measure(corpus: Corpus, question: str, measure: str) -> None:
    intent = analyze(question, None, corpus)
    assert intent.answer_type == "figure" and intent.measure == measure


def test_a_position_is_not_a_topic_word(corpus: Corpus) -> None:
    intent = analyze("桐庐提质强校六项合作内容里,第六项是什么?", None, corpus)
    assert "第六项" not in intent.terms and intent.ordinal == 6 and intent.members == 6


def test_a_sequence_in_clauses_gives_the_items_a_drill_down_counts() -> None:
    from assistant.intent import _answer_items

    assert _answer_items("分三步:先实现县域基本均衡,再推进县域优质均衡,最后致力全域高位均衡。") == [
        "实现县域基本均衡", "推进县域优质均衡", "致力全域高位均衡"]


ITEMS_ROWS = [
    # (a previous answer written as prose, the items a drill-down counts)
    # a count opening the answer before its colon sizes the list: a shorter run inside is not all of it
    ("六项:规划、管理和教师,等等。", []),
    ("三项:规划、管理、教师。", ["规划", "管理", "教师"]),
    # an answer numbering its items in words: a run after them is the rest of its list, not the list counted
    ("第一是帮学校编规划,第二是理顺管理结构,还有教师、课程和教学常规。", []),
    ("《意见》提出从“资源体系、质量标准、教师团队、资源管理”四个方面确保资源的高水平开发。",
     ["资源体系", "质量标准", "教师团队", "资源管理"]),  # a quoted 、-list inside a sentence
    ("四个:聚焦区域教育问题研究;提升区域教育品牌影响力;打造政府、社会组织、研究机构的资源共享价值链;寻找示范“样本”。",
     ["聚焦区域教育问题研究", "提升区域教育品牌影响力", "打造政府、社会组织、研究机构的资源共享价值链", "寻找示范“样本”"]),
    ("四点:有利于实现均等化、有利于配置优化、有利于服务创新、有利于评价改革。",
     ["有利于实现均等化", "有利于配置优化", "有利于服务创新", "有利于评价改革"]),  # 有利于 is no leading 有
    # examples, or fewer items than the answer counts, are not the list a position counts in: the source's is
    ("一共六项主要内容,比如帮实验校编三年发展规划、优化管理结构和规章制度等。", []),
    ("共四项:编制规划、优化结构、建立档案。", []),
    ("共三项:编制规划、优化结构、建立档案。", ["编制规划", "优化结构", "建立档案"]),
    ("主要内容比如编制规划、优化结构、建立档案等。", []),  # examples, no count stated
    # …judged by the words introducing the run: an example or a count elsewhere in the answer is not its
    ("分三步走:建立联盟、完善机制、全面推广。比如第一步先试点。", ["建立联盟", "完善机制", "全面推广"]),
    ("全市有12个学区,分三步走:建立联盟、完善机制、全面推广。", ["建立联盟", "完善机制", "全面推广"]),
    # an answer opening as the first item of a list: a run inside it gives no positions ("那第二个呢" is the list's next)
    ("第一是钱投得比较单一,数字化改革、引进人才、老师待遇这些顾不过来。", []),
    ("首先,要建立联盟、完善机制、全面推广。", []),
    # ...but one that goes on to its own second item counts its own items
    ("一是教育资金投入较为单一;二是教育资金投入缺乏长效保障。", ["一是教育资金投入较为单一", "二是教育资金投入缺乏长效保障"]),
    ("第一批试点校有城区小学、城区初中、县城高中。", ["城区小学", "城区初中", "县城高中"]),  # 第一批 opens no list
    ("一次性投入覆盖了城区小学、城区初中、县城高中。", ["城区小学", "城区初中", "县城高中"]),
]


FOUR_GAINS = "它讲了四条:有利于公共服务均等化、有利于资源配置和结构优化、有利于服务供给创新、有利于推动教育评价改革。"


@pytest.mark.parametrize("question,points", [
    ("那讲服务供给创新那条,学校的线上教育要跟什么打通融合?", True),  # one item holds 服务供给创新
    ("说到均等化的那一条,具体怎么缩小城乡差距?", True),
    ("有利于那条呢?", False),  # every item holds it: no one item pointed at
    ("学校的线上教育要跟什么打通融合?", False),  # no pointer
    ("课程建设那条呢?", False),  # no item holds it
])
def test_a_question_pointing_at_one_item_of_the_previous_answer(question: str, points: bool) -> None:
    from assistant.intent import _points_at_an_item

    assert _points_at_an_item(question, FOUR_GAINS) is points


@pytest.mark.parametrize("answer,items", ITEMS_ROWS)
def test_items_of_a_previous_answer(answer: str, items: list[str]) -> None:
    from assistant.intent import _answer_items

    assert _answer_items(answer) == items


def test_a_position_beyond_the_previous_answer_is_a_position_in_the_sources(corpus: Corpus) -> None:
    """The answer summarised eight items as "涉及…等方面": "第八条" is the eighth of the list the question asked for."""
    intent = analyze("第八条具体是啥?", _history("桐庐这次合作期待实验学校有哪些提升?",
                                                "一共八条,涉及校风教风学风、教师、学生、管理团队等方面的明显提升。"), corpus)
    assert intent.followup == "drill" and intent.ordinal == 8 and intent.answer_type == "list" and not intent.item
    assert intent.said, "the previous answer's sentences are kept: a follow-up asks beyond them"


def test_they_point_at_the_places_actors_and_another_thing_beside_what_was_said_is_asked(corpus: Corpus) -> None:
    """"他们另外成立了什么机构": 他们 names no person and no part of the previous answer; 另外 asks beside it, so the
    follow-up's own words are its subject (the previous question's words keep only the place)."""
    intent = analyze("那评价学校这一块,他们另外成立了什么机构?",
                     _history("上城简政放权,局里设了个什么窗口对外服务?", "设了教育惠民服务中心,对内统筹协调局里各部门。"), corpus)
    assert intent.places == ["shangcheng"] and "窗口" not in intent.terms and "评价" in intent.terms, intent.terms


def test_an_item_the_previous_answer_names_is_the_drill_down_subject(corpus: Corpus) -> None:
    intent = analyze("第二条展开说说", _history("联盟有哪些目标?", "四个:聚焦问题研究;提升区域教育品牌影响力;打造资源共享价值链;寻找示范样本。"), corpus)
    assert intent.item == "提升区域教育品牌影响力" and intent.ordinal == 0


@pytest.mark.parametrize("question,places", [
    ("数字资源那篇说了什么?", ["digital-education-resources"]),  # 数字资源: 数字教育资源's characters in order
    ("讲线上资源那篇说,网上能查学位吗?", ["digital-education-resources"]),  # the longest tail that is a short form
    ("资源那篇怎么说", []),  # too short to be read as one document's name
    ("讲数字资源机制的那篇文章,分几块?", ["digital-education-resources"]),  # 的 only joins the description to 那篇
    # or between the reference word and a document noun; the first reference word whose words name a document
    ("芦溪和那篇数字资源文章,各提了啥方式?", ["luxi", "digital-education-resources"]),
    # or a short form ending in the document's kind ("方案"), whose characters are its name's in order
    ("按那份初中高质量发展方案,到2025年要建几所示范校?", ["junior-school-action-plan"]),
    # or a short form the reference word splits: the words before it and the kind after it, in order
    ("初中那份行动方案定了几家智慧校园标杆学校?", ["junior-school-action-plan"]),
    ("初中那个方案里,智慧校园标杆学校要建几家?", ["junior-school-action-plan"]),
    ("定西那份方案里讲了什么?", ["dingxi"]),  # a case's name before it is that case
])
def test_a_document_named_by_a_short_form(corpus: Corpus, question: str, places: list[str]) -> None:
    assert analyze(question, None, corpus).places == places


@pytest.mark.parametrize("question,term", [
    ("余杭要打造“未来教育”高地,怎么干?", "未来教育"),  # a quoted name the sources use is one term
    ("芦溪在“破”字上做了什么?", "破"),  # one quoted character, as the sources quote it
    ("那“评”这块由谁来做?", "评"),  # a character of a quoted name of the sources (“管办助评”)
])
def test_a_quoted_phrase_is_a_term(corpus: Corpus, question: str, term: str) -> None:
    assert term in analyze(question, None, corpus).terms


@pytest.mark.parametrize("question,term,absent", [
    ("那份初中方案在落实双减上是怎么提的?", "双减", "减上"),  # 双 + 减上: the table's word, cut by segmentation
    # a content character after the table's word (名校集团 + 化) is the asker's own word running on: no cut to mend
    ("淄博和余杭,名校集团化下一步各想往哪推?", "集团化", "名校集团"),
])
def test_a_table_word_cut_by_segmentation_is_one_term(corpus: Corpus, question: str, term: str, absent: str) -> None:
    terms = analyze(question, None, corpus).terms
    assert term in terms and absent not in terms


def test_a_quoted_character_the_sources_never_quote_is_no_term(corpus: Corpus) -> None:
    assert "嗯" not in analyze("上城的“嗯”是什么?", None, corpus).terms


def test_a_sibling_position_swaps_into_the_previous_question(corpus: Corpus) -> None:
    """"第三阶段呢?" after a question about 第二阶段: the previous question, asked of the third stage."""
    intent = analyze("第三阶段呢?", _history("泰州第二阶段做了什么?", "…"), corpus)
    assert intent.followup == "swap" and intent.places == ["taizhou"] and intent.ordinal == 3


@pytest.mark.parametrize("question,measure,of", [
    ("2025年新型教学空间覆盖率达到多少?", "覆盖率", ["新型", "教学", "空间"]),
    # read where the quantity is asked: the scene's 语文老师 is someone else
    ("村小的音体美课都是语文老师顺手带。亳州给农村学校培养这几科老师,专职、兼职各定了多少?", "老师", []),
    # a word of wholeness names the whole the share is of, no modifier a stating clause must repeat
    ("芦溪搞信息化这几年,全县老师里大概有多大比例已经能用电脑备课、上课了?", "老师", []),
])
def test_the_words_before_an_asked_quantity_say_whose_it_is(corpus: Corpus, question: str, measure: str,
                                                             of: list[str]) -> None:
    intent = analyze(question, None, corpus)
    assert intent.measure == measure and intent.measure_of == of


def test_a_stage_is_not_an_item_of_another_kind_in_the_previous_answer(corpus: Corpus) -> None:
    """"那第一阶段呢?" after a prose answer listing 阶段性总结、现场会、调度会: the first stage of the source's list."""
    intent = analyze("那第一阶段呢?", _history("淄博共同体建设的推进实施阶段要干什么?",
                                            "各共同体学校通过阶段性总结、现场会、调度会等形式扎实推进。"), corpus)
    assert intent.ordinal == 1 and intent.answer_type == "list" and not intent.item


@pytest.mark.parametrize("answer,ordinal", [
    # examples of a list whose size the answer states: the last is the size's, the source list's last
    ("列了八条,比如校风面貌改善、教师素质提升、成为区域强校等。", 8),
    ("共有五个方面,比如师资、经费、课程等。", 5),
    # the items themselves: the last is the last of them, the item the drill-down is about (no position left)
    ("共三项:结对帮扶、送教下乡、集团办学。", 0),
])
def test_the_last_item_of_a_list_given_by_examples_counts_in_its_stated_size(corpus: Corpus, answer: str, ordinal: int) -> None:
    intent = analyze("最后那条具体怎么写的?", _history("桐庐那个项目期待实验学校有哪些变化?", answer), corpus)
    assert intent.followup == "drill" and intent.ordinal == ordinal
    assert ordinal or intent.item == "集团办学"


@pytest.mark.parametrize("followup,ordinal", [
    # a position pointed at with a demonstrative ("排第二的那一种") is the position (第二种)
    ("排第二的那一种,是怎么结盟的?", 2),
    ("第二种是怎么结盟的?", 2),
    ("排第二的学校是哪所?", 0),  # a rank of something else, no position in a list
    ("那第十二个五年规划那几年呢?", 0),  # the twelfth five-year plan (十二五) is a period, no position
])
def test_a_position_pointed_at_with_a_demonstrative(corpus: Corpus, followup: str, ordinal: int) -> None:
    intent = analyze(followup, _history("淄博的指导意见给了几种共同体的参考模式?",
                                        "给了三种:帮扶式共同体、联盟式共同体和集团式共同体。"), corpus)
    assert intent.ordinal == ordinal


def test_a_sibling_swap_drops_the_previous_positions_name(corpus: Corpus) -> None:
    intent = analyze("第二点呢?", _history("余杭说引进人才要解决三点问题,第一点“引进哪些人才”怎么回答?", "…"), corpus)
    assert intent.followup == "swap" and intent.ordinal == 2 and "引进哪些人才" not in intent.terms


@pytest.mark.parametrize("word,stemmed", [("resources", "resourc"), ("boxes", "box"), ("classes", "class"),
                                          ("expenses", "expens"), ("teachers", "teacher"), ("training", "train"),
                                          ("policies", "policy"), ("balanced", "balanc"), ("state", "state"),
                                          ("care", "care"), ("free", "free")])
def test_stem_meets_the_gloss_form(word: str, stemmed: str) -> None:
    """A plural meets its singular gloss, an inflected form its base ("resources" and "resource", "balance" and
    "balanced" stem alike); a silent e goes only from longer words (care is not car)."""
    from assistant.english import stem

    assert stem(word) == stemmed


@pytest.mark.parametrize("form,base", [("resources", "resource"), ("expenses", "expense"), ("balanced", "balance"),
                                       ("balancing", "balance"), ("services", "service"),
                                       ("meetings", "meeting"), ("buildings", "building")])  # a plural -ing noun
def test_an_inflected_form_meets_its_base(form: str, base: str) -> None:
    from assistant.english import stem

    assert stem(form) == stem(base)


@pytest.mark.parametrize("question,term", [
    ("What does the Yuhang paper say about educational development?", "教育"),  # an adjective's noun
    ("Which online resources does the article describe?", "资源"),  # the gloss in the asked form, by corpus use
    ("How are rural teachers trained in Dingxi?", "农村"),  # "rural area" glosses 农村: the head adds nothing
    ("What does Yuhang plan for common prosperity?", "富裕"),  # a quality noun's adjective ("prosperous")
    ("What does Dingxi say about the future of its schools?", "未来"),  # a time word glossing a noun names the topic
    # conjuncts sharing the head noun written once after the last (`english._shared_heads`)
    ("How many junior middle and primary pilot schools did Tonglu choose?", "初中"),
    ("How many junior middle and primary pilot schools did Tonglu choose?", "小学"),
    ("How are primary and junior high schools paired in Zibo?", "小学"),
    ("How many private primary and secondary schools did Yuhang have?", "小学"),  # a head the left conjunct makes
    ("How many education workers a year will Yuhang send to top schools?", "选派"),  # sending staff (glossary)
])
def test_english_words_reach_their_corpus_words(assistant, question: str, term: str) -> None:
    """With the index's word frequencies (the real assistant), as a user's question is analysed."""
    assert term in assistant.analyze(question, None).terms


STAGES_ANSWER = ("**淄博市** ·《指导意见》\n\n淄博市共三个阶段:统筹谋划阶段、推进实施阶段、深化完善阶段。[1]\n\n"
                 "- 统筹谋划阶段。[1]各区县统筹谋划。[1]\n- 推进实施阶段。[1]扎实推进。[1]\n- 深化完善阶段。[1]积极深化推广。[1]")


@pytest.mark.parametrize("followup,last", [
    ("最后那个阶段具体干啥?", True),  # the last position of the list the previous answer gave
    ("最后那个统筹谋划阶段要干啥?", False),  # the words after the position name the item themselves
])
def test_the_last_position_of_the_previous_list(corpus: Corpus, followup: str, last: bool) -> None:
    history = _history("淄博的共同体建设分哪几个阶段?", STAGES_ANSWER)
    assert ("深化完善阶段" in analyze(followup, history, corpus).item) == last


@pytest.mark.parametrize("question,compound,not_term", [
    ("What do the cases say about educational development?", "教育发展", ""),  # adjective + noun, written as one
    ("Which new mechanism does the action plan explore?", "新机制", "新"),  # a character only inside a compound
    ("How do schools organise teaching under the plan?", "组织教学", ""),  # British spelling, verb + object
])
def test_neighbouring_english_words_make_the_corpus_compound(corpus: Corpus, question: str, compound: str, not_term: str) -> None:
    """Neighbouring words whose translations the corpus writes together are a hint (query, sentence choice), never
    a topic term: a sentence wording it otherwise still states the parts."""
    intent = analyze(question, None, corpus)
    assert compound in intent.phrases and compound in intent.query
    assert compound not in intent.terms and (not not_term or not_term not in intent.terms)


@pytest.mark.parametrize("question,absent,present", [
    ("Which new teachers did Bozhou recruit?", "信息", "教师"),  # "new" is not "news" (信息)
    ("With respect to funding, what did Dingxi promise?", "尊重", "资金"),  # "respect" frames it (方面), not 尊重
    ("How did Shangcheng organise its inspections?", "", "组织"),  # organise = organize
    ("How do Dingxi's rural schools train teachers?", "学区", "农村"),  # "school district" does not make school 学区
    ("What is Zibo's goal for communities, in the document's own words?", "所有", "共同体"),  # "own" only stresses whose
])
def test_english_glosses(assistant, question: str, absent: str, present: str) -> None:
    """With the index's word frequencies (the real assistant): which sense of a word is meant depends on corpus use."""
    intent = assistant.analyze(question, None)
    assert present in intent.terms
    assert not absent or absent not in intent.terms


@pytest.mark.parametrize("question,lead,dictionary_sense", [
    ("How many principals did Bozhou train?", "校长", "主要"),  # the education sense of "principal" leads
    ("What does Tonglu's bureau ask of the pilot schools?", "教育局", ""),  # not 办公室 ("office, bureau")
    ("How are the curriculum standards enforced in Luxi?", "课程", ""),  # CC-CEDICT glosses no word as curriculum
    ("How did the pairings in Dingxi split across senior high and preschool?", "幼儿园", ""),
    # a compound the segmenter splits (特岗教师) reaches the corpus through its part written as a word
    ("How many rookie special-post teachers did Dingxi train?", "特岗", "专项"),
    # a hyphen joins the words of one compound: "senior-high" is the glossary's "senior high", not senior + high
    ("Which county's senior-high teachers went to Min County?", "高中", "高位"),
    ("What is asked of a teaching researcher who has worked five years?", "教研员", ""),
    ("How did Luxi deal with school choice?", "择校", "选择"),  # one practice, not "choosing a school"
    ("What target is set for staff with a master's level qualification?", "研究生", ""),  # 研究生学历
    ("Which cross-county partnership groups did Dingxi build?", "协作", ""),  # 协作体, which the segmenter splits
    # the international names of school levels: lower secondary is 初中, not "to lower" (减少)
    ("Tonglu picked nine schools for its pilot. How many of them were lower secondary?", "初中", "减少"),
    ("How many upper secondary schools does the junior-school plan mention?", "高中", ""),
    # the one who hosts a ceremony: 主持, not a master (名家) of it
    ("Who acted as master of ceremonies at Tonglu's signing?", "主持", "名家"),
    ("Which official presided over the signing in Tonglu?", "主持", ""),
    # judging teachers or schools is evaluating them (评价); an old habit or way is a tradition (传统做法)
    ("How are schools judged in Shangcheng?", "评价", ""),
    ("Which old habit of judging pupils does the online resources article want to drop?", "传统", ""),
    # a tension to ease is a 矛盾 (解决…的矛盾), not 紧张 the nerves; overcrowded classes are 大班额
    ("What two tensions was Luxi trying to ease in its town schools?", "矛盾", ""),
    ("Luxi's town schools were overcrowded. What did it do about it?", "大班额", ""),
    ("How many kids go to private schools in Yuhang?", "学生", ""),  # the children a school teaches
    # the ministry by its acronym; web-based resources are 线上
    ("Which opinion did the MOE issue on school materials?", "教育部", ""),
    ("What does the article say about web-based resources?", "线上", ""),
    # schools shut (a closure, a lockdown) are classes suspended, 停课
    ("What did pupils keep doing while schools were shut?", "停课", ""),
    ("How did teaching go on during the school closures?", "停课", ""),
])
def test_the_education_glossary_gives_the_sense_the_cases_use(assistant, question: str, lead: str,
                                                               dictionary_sense: str) -> None:
    """english_glossary.json: the sense a word has in writing about schooling leads the dictionary's glosses."""
    intent = assistant.analyze(question, None)
    assert lead in intent.terms, intent.terms
    assert not dictionary_sense or dictionary_sense not in intent.terms


def test_a_meeting_is_read_as_the_documents_write_it(assistant) -> None:
    """"meeting" is glossed 会议 and 大会 (the documents' 全县教育大会): the 大会 sentence answers the date asked."""
    intent = assistant.analyze("Which day of 2019 was Tonglu's big meeting where the whole county talked schools?", None)
    assert "大会" in intent.query.split()
    answer = assistant.ask("My deputy says Tonglu signed up the 21st Century institute right after a big meeting where "
                           "the whole county talked schools. Which day of 2019 was that meeting?").answer
    assert "4月28日全县教育大会" in answer, answer


def test_glossary_entries_map_lowercase_english_to_chinese_words() -> None:
    """The glossary is data read as written: lower-case English keys, each to Chinese words (the usual one first)."""
    from assistant.english import domain_glosses

    glosses = domain_glosses()
    assert glosses and all(k == k.lower() and v and all(re.fullmatch(r"[一-龥]+", w) for w in v) for k, v in glosses.items())


@pytest.mark.parametrize("question,asking", [
    ("Our finance office wants a benchmark. What headcount of principals did Bozhou train?",
     "What headcount of principals did Bozhou train?"),
    ("our finance office wants a benchmark. what headcount of principals did bozhou train?",  # as normalize leaves it
     "what headcount of principals did bozhou train?"),
])
def test_an_english_statement_before_the_question_is_context(question: str, asking: str) -> None:
    from assistant.intent import asking_part

    assert asking_part(question) == asking


@pytest.mark.parametrize("question,asking", [
    # a dash after the asker's statement opens the question proper, as a full stop does
    ("我想看看泰州是怎么落地的——他们硬软件齐抓这一块,总体上分了哪几路?", "他们硬软件齐抓这一块,总体上分了哪几路?"),
    ("定西怎么做的?", "定西怎么做的?"),
    ("一直—直接说吧", "一直—直接说吧"),  # a single dash is no break
])
def test_a_dash_after_a_statement_opens_the_question(question: str, asking: str) -> None:
    from assistant.intent import asking_part

    assert asking_part(question) == asking


@pytest.mark.parametrize("question,asked,scene", [
    # the asker's own statement: its words are the scene (situation), the asking sentence's lead
    ("Our finance office wants a benchmark. How many principals did Bozhou train?", "校长", True),
    # a statement about a case names the subject: nothing is scene
    ("Shangcheng created a body for supervision. Whose growth is it there to serve?", "督导", False),
])
def test_an_english_askers_statement_is_the_scene(assistant, question: str, asked: str, scene: bool) -> None:
    intent = assistant.analyze(question, None)
    assert asked in intent.terms and asked not in intent.situation
    assert bool(intent.situation) == scene, intent.situation


@pytest.mark.parametrize("question,holds", [
    # money named only in the statement before the asking sentence: the count asked is answered by a count
    ("Our finance office wants a benchmark before funding. How many principals did Bozhou train?", True),
    ("How much funding did Bozhou give to train principals?", False),  # money asked: a count of people is none
])
def test_a_figure_is_of_the_kind_the_asking_sentence_wants(assistant, question: str, holds: bool) -> None:
    from assistant.sentences import has_answer_type

    assert has_answer_type(assistant.analyze(question, None), "“十二五”期间,对2000名校长进行素质提升。") == holds


@pytest.mark.parametrize("question,sentence,holds", [
    # the verb restricting a count is stated by its converse: families 受益 when a measure 惠及 them
    ("请专家上的网课,最后惠及了多少户人家?", "推出线上家庭教育公开课,受益家庭达42.1万个。", True),
    # one end of a range asked: a figure stated as the other end answers only that end
    ("余杭的民办幼儿园收费最低的一个月多少钱?", "有的民办幼儿园每月高达五千多元。", False),
    ("余杭的民办幼儿园收费最高的一个月多少钱?", "有的民办幼儿园每月高达五千多元。", True),
    ("余杭的民办幼儿园一个月收多少钱?", "有的民办幼儿园每月高达五千多元。", True),  # no end asked
    ("定西每年最少补助多少钱?", "每人每年补助至少1.8万元。", True),  # the end asked, stated
    # a clause naming a sibling of the asked kind states the sibling's figure, whatever the clause before it names
    ("余杭的民办幼儿园收费最低的一个月多少钱?", "有的民办幼儿园收费不低,民办中小学每学期三万到四万不等。", False),
    ("余杭的民办中小学一学期收多少钱?", "有的民办幼儿园每月高达五千多元,民办中小学每学期三万到四万不等。", True),
    # a count named by its classifier and 数 (户数) is said by its unit: its clause names the rest of the subject
    ("定西的家庭教育公开课受益的户数有多少?", "推出线上家庭教育公开课,受益家庭达42.1万个。", True),
    ("定西的家庭教育公开课受益的户数有多少?", "推出线上家庭教育公开课,参加会议学生家长达73万人次。", False),  # people, not 户
    ("定西的家庭教育公开课受益的户数有多少?", "开展家庭教育大巡讲活动150场次。", False),  # another unit
    ("请专家上的网课,最后惠及了多少户人家?", "推出线上家庭教育公开课,参与家庭达42.1万个。", False),
    # a count in a classifier segmentation leaves alone (对) is of the subject, not of a place word (头上)
    ("定西落到结对学校头上,有多少对在按一月一个主题推?", "11对结对学校按照“一月一主题”要求,认真遴选交流项目。", True),
    ("定西落到结对学校头上,有多少对在按一月一个主题推?", "举行教学研讨活动30场次。", False),
    # a level before the noun counted ranks it: the figure's clause names the noun (市 of 定西市 + 家庭教育)
    ("定西第一批遴聘了几名市级家庭教育指导教师?", "成立工作站,遴聘“定西市家庭教育指导教师”30名。", True),
    # a count in 个 is of the noun the question counts after its classifier, or of a kind of it named by its short
    # head (核心校 is a 学校), not of another word of the subject (家庭 for 家长)
    ("定西的家长实验学校有多少册图书?", "选树定西市家长实验学校10所和甘肃省书香家庭16个。", False),
    ("淄博每个共同体里有几所学校挑头?", "每个共同体明确一个核心校,引领各成员学校。", True),
    # how often an event is held, asked with a verb of holding it: the period of the event the sentence holds
    ("亳州多久组织一回现场观摩来推?", "坚持每季度在一个县区召开一次学校标准化建设现场推进会,分组参观建设现场。", True),
    ("亳州多久组织一回现场观摩来推?", "召开学校标准化建设现场推进会,分组参观建设现场。", False),
    # a fund named beside a count of people frames the count: people, not money, are asked
    ("余杭说要设教师培训专项资金,每年打算送多少教育工作者去名校研修?", "每年选派一百位教育工作者到名校研修培养。", True),
    ("余杭说要设教师培训专项资金,每年打算送多少教育工作者去名校研修?", "设立教师培训专项资金500万元。", False),
    # each kind's count asked: the word for the kinds (名头, 类别) is neither the unit nor a word the sentence must write
    ("定西挂牌命名过的基地、学校、家庭,都有哪几种名头、数量多少?",
     "先后选树甘肃省家庭教育创新实践基地16个、定西市家长实验学校10所和甘肃省书香家庭16个,以典型引领协同育人。", True),
    ("定西前后树了哪些类别的典型、各多少个?",
     "先后选树甘肃省家庭教育创新实践基地16个、定西市家长实验学校10所和甘肃省书香家庭16个,以典型引领协同育人。", True),
    ("定西前后树了哪些类别的典型、各多少个?", "举行教学研讨活动30场次。", False),
    # a distributive set phrase ("一人一议": one for each) counts nothing
    ("余杭那篇五年里打算引进哪几类人、各多少?", "对于优秀人才,要采取“一人一议”“一事一议”的特殊办法。", False),
    ("余杭那篇五年里打算引进哪几类人、各多少?", "余杭区计划五年内引进10名以上国内外名校长,一百名领军教育人才。", True),
    # a count of people named by 人数 is said by its unit (名, 人): the clause names the rest of the subject
    ("定西搞家庭教育指导,专门选聘了一批指导老师,人数是多少?", "成立工作站,遴聘“定西市家庭教育指导教师”30名。", True),
    ("定西搞家庭教育指导,专门选聘了一批指导老师,人数是多少?", "开展家庭教育大巡讲活动150场次。", False),  # no people
    ("定西搞家庭教育指导,专门选聘了一批指导老师,人数是多少?", "先后通报表扬优秀学员181名。", False),  # other people
    # the children a school teaches are its 学生: a share of 孩子 is stated of 学生
    ("按调查,全区上私立中小学的孩子比例是多少?", "民办中小学共有26所,在校学生占全区在校学生总数的约18.5%。", True),
    ("按调查,全区上私立中小学的孩子比例是多少?", "民办中小学共有26所,专任教师占全区专任教师总数的约18.5%。", False),
])
def test_a_figure_stated_with_the_question_s_subject(assistant, question: str, sentence: str, holds: bool) -> None:
    from assistant.sentences import has_answer_type

    assert has_answer_type(assistant.analyze(question, None), sentence) == holds


@pytest.mark.parametrize("compound,text,written", [
    ("新机制", "探索形成办学新机制。", True),
    ("突出学", "突出学生主体地位。", False),  # its last character starts 学生: no compound there
    ("创新机制", "完善创新机制。", True),
    ("新机制", "完善创新机制。", False),  # 新 ends 创新 here
])
def test_a_compound_is_written_as_a_unit(compound: str, text: str, written: bool) -> None:
    from assistant.english import _written
    from assistant.postings import ChunkTexts

    assert _written(compound, ChunkTexts([text]), frozenset({"学生", "创新", "机制", "突出"})) is written


@pytest.mark.parametrize("word,spellings", [("organise", "organize"), ("centre", "center"), ("labour", "labor"),
                                            ("programme", "program"), ("modernisation", "modernization")])
def test_british_spellings_meet_the_dictionary(word: str, spellings: str) -> None:
    from assistant.english import _spellings

    assert spellings in _spellings(word)


@pytest.mark.parametrize("question,topic", [
    ("Rural teacher subsidy in Dingxi: is it paid monthly?", "教师"),  # only "is it" is the question's form
    ("For rural teachers in Dingxi is there a subsidy?", "教师"),
])
def test_a_yes_no_form_keeps_the_topic_before_it(assistant, question: str, topic: str) -> None:
    intent = assistant.analyze(question, None)
    assert intent.answer_type == "yesno" and topic in intent.terms, intent.terms


@pytest.mark.parametrize("question,position", [
    ("最后一条呢?", 3), ("最后那个阶段呢?", 3), ("最后那几天干啥?", 0),  # a position needs a position word
    ("最开始那个目标,哪年拿下的?", 1), ("头一件具体咋弄?", 1), ("最早的那个阶段呢?", 1),  # the first edge
    ("带头那个学校是哪所?", 0),  # 头 names the first only before 一
    # counted from the end: 倒数第n is the n-th from the last (none past the list's start)
    ("倒数第二档具体是多少家?", 2), ("倒数第一条呢?", 3), ("倒数第三个阶段呢?", 1), ("倒数第五项呢?", 0),
])
def test_an_edge_position_needs_a_position_word(question: str, position: int) -> None:
    m = cues.EDGE_POSITION_RE.search(question)
    assert (cues.edge_position(m, 3) if m else 0) == position


def test_a_position_counted_from_the_end_is_no_ordinal() -> None:
    """倒数第二条 is not the second: the ordinal pattern leaves it to the edge position."""
    assert cues.ORDINAL_RE.search("倒数第二条呢?") is None and cues.ORDINAL_RE.search("第二条呢?") is not None


def test_a_follow_up_counts_from_the_end_of_the_previous_answers_list(assistant) -> None:
    """"倒数第二档具体是多少家?" after "按理事长、常务副理事长、副理事长、常务理事、理事五个档次排": 常务理事, 33家."""
    history = [Message(role="user", content="桐庐那篇里说的局长联盟,成员单位是怎么分档的?"),
               Message(role="assistant", content="按理事长、常务副理事长、副理事长、常务理事、理事五个档次排,总共130家。")]
    assert assistant.analyze("倒数第二档具体是多少家?", history).item == "常务理事"


@pytest.mark.parametrize("question,count,position", [
    ("泰州的三步走里,夹在中间的那一步定的是啥目标?", 3, 2),
    ("五项里正中间那项是什么?", 5, 3),
    ("四个阶段中间那个阶段呢?", 4, 0),  # an even list has no one middle item
    ("三步走里中间干了啥?", 3, 0),  # a position needs a position word
    ("三个方面,其中间的那个方面是啥?", 3, 0),  # 其中 is "among them", no middle
    ("中间那一步呢?", None, 0),  # no size stated
])
def test_the_middle_of_a_stated_odd_list_is_a_position(question: str, count: int | None, position: int) -> None:
    assert cues.middle_position(question, count) == position


def test_a_middle_position_is_the_questions_ordinal(assistant) -> None:
    assert assistant.analyze("泰州的三步走里,夹在中间的那一步定的是啥目标?", None).ordinal == 2
    assert assistant.analyze("泰州的三步走里,最后定的是啥目标?", None).ordinal == 0


@pytest.mark.parametrize("question,word,subject", [
    ("线上资源怎么帮薄弱学校一把?", "薄弱", True),  # a problem word naming a noun: whom the question is about
    ("定西教师不足怎么办?", "不足", False),  # a problem word as the predicate frames what is to be solved
    ("淄博定的数是多少?", "数是", False),  # the copula glued to the word before it by segmentation: no word
])
def test_a_problem_word_naming_a_noun_is_subject(corpus: Corpus, question: str, word: str, subject: bool) -> None:
    assert (word in analyze(question, None, corpus).topic_terms) == subject


@pytest.mark.parametrize("question,present,absent", [
    # a one-character verb parted from its object by the count asked is the word the sources write whole
    ("定西的学校一共结了多少对?", ["结对"], []),
    ("每周上了几节课?", ["上课"], []),
    ("一共培训了多少人?", ["培训"], ["训人"]),  # the verb is a word's last character: no split word
    # a level framed by a verb of reaching and a level word is the subject; the frame is no topic
    ("那落到学校层面,一共结了多少对?", ["学校", "结对"], ["层面", "落到"]),
    ("泰州在学校层面做了什么?", ["学校", "层面"], []),  # no verb of reaching: 层面 stays
    ("余杭一共成了几个教育集团?", ["教育"], ["成教"]),  # the object's character opens another word (教育)
    ("淄博怎么把优质资源延伸到农村基层?", ["农村基层"], ["农村"]),  # 基层 is a word: no level frame cuts it
])
def test_words_the_question_parts_or_frames(corpus: Corpus, question: str, present: list[str], absent: list[str]) -> None:
    terms = analyze(question, None, corpus).terms
    assert all(w in terms for w in present) and not any(w in terms for w in absent), terms


def test_a_word_glued_to_the_verb_after_it_is_that_word(corpus: Corpus) -> None:
    """跟岗学 (segmentation's word for 跟岗 + 学) is about 跟岗, which the sources write inside 跟岗培训."""
    intent = analyze("定西代培的特岗老师,每人跟岗学了多少天?", None, corpus)
    assert "跟岗学" in intent.terms and intent.expansions["跟岗学"] == ["跟岗"]


def test_an_a_not_a_form_is_no_topic(corpus: Corpus) -> None:
    """能不能, 要不要: the form of a yes/no question; 不能 left over by segmentation is no subject."""
    assert not {"不能", "不要"} & set(analyze("网上教学能不能把社会力量也拢进来?", None, corpus).terms)


@pytest.mark.parametrize("question,predicate", [
    ("余杭的教育资源摆得匀不匀?", "均匀"),  # a predicate asked in A-not-A form is the subject, as the corpus writes it
    ("那里的学校要不要收费?", None),  # an auxiliary is the question's form
    ("这个办法行不行?", None),
    ("上城给交流的老师发不发生活补助?", "补助"),  # followed by its object, the verb is not asked (发 is not 发生)
])
def test_a_predicate_asked_in_a_not_a_form_is_the_subject(corpus: Corpus, question: str, predicate: str | None) -> None:
    terms = analyze(question, None, corpus).terms
    assert (predicate in terms) if predicate else not any(len(t) == 1 or t.startswith("不") for t in terms), terms
    assert "发生" not in terms


def test_place_name_overlap_is_the_loop_over_names(corpus: Corpus) -> None:
    """A place word inside a name or holding one, found by lookups: the same as testing every name both ways."""
    words = sorted({n[i:j] for n in corpus.place_names for i in range(len(n)) for j in range(i + 1, len(n) + 1)})
    words += [n + "教育" for n in corpus.place_names] + ["深圳", "成都市", "教育", "学校", "渭源县", "甘肃省定西市安定区"]
    assert [w for w in words if corpus.overlaps_place_name(w) != any(w in n or n in w for n in corpus.place_names)] == []


@pytest.mark.parametrize("question", ["How does Dingxi support rural teachers?", "Compare Tonglu and Yuhang on talent.",
                                      "What did Zibo's school communities do?", "taizhoushi and luxixian", "How about Shangcheng?",
                                      "bozhou", "Where is dingxishi?"])
def test_places_in_pinyin_are_the_loop_over_names(corpus: Corpus, question: str) -> None:
    from assistant.intent import _pinyin, named_places

    latin = re.sub(r"[^a-z]", " ", question.lower())
    tokens, letters = set(latin.split()), latin.replace(" ", "")
    looped = [cid for cid, names in corpus.aliases.items() if corpus.kinds.get(cid) == "case" and any(
        len(py := _pinyin(n)) >= 4 and (py in tokens or (len(n) >= 2 and py in letters and len(py) >= 6)) for n in names)]
    assert corpus.cases_in_pinyin(tokens, letters) == looped
    assert set(looped) <= set(named_places(question, corpus)) and looped


def test_names_found_by_lookup_are_the_names_tested_one_by_one(corpus: Corpus) -> None:
    """`names_in` / `place_names_in` (substring lookups) find what testing every name finds; replacing only those
    leaves the same text as replacing every place name longest first."""
    texts = ["定西和桐庐在教师交流上有什么不同?", "淄博市张店区的集团化办学", "上城区和杭州市上城区", "深圳怎么做", "",
             "那篇初中行动方案里说了什么", "泰州市泰微课,余杭区的学校"]
    texts += ["和".join(sorted(corpus.place_names)[i:i + 3]) for i in range(0, len(corpus.place_names), 3)]
    for t in texts:
        assert corpus.names_in(t) == {n for n in corpus.all_names if n in t}
        everything, found = t, t
        for n in corpus.place_names_longest_first:
            everything = everything.replace(n, " ")
        for n in corpus.place_names_in(t):
            found = found.replace(n, " ")
        assert found == everything, t


def test_a_summary_request_carries_to_a_place_swap(corpus: Corpus) -> None:
    """"那桐庐呢?" after "定西那篇材料主要讲了啥?" asks for 桐庐's summary: the same shape of answer."""
    intent = analyze("那桐庐呢?", _history("定西那篇材料主要讲了啥?", "定西的材料分两部分。"), corpus)
    assert intent.places == ["tonglu"] and intent.sums_up and intent.answer_type == "overview"


def test_a_round_of_reform_is_a_quantity_not_a_subject(corpus: Corpus) -> None:
    """"这一轮改革": 一轮 sizes the reform, like 一次, 三届; 说法 frames the question."""
    terms = analyze("上城这一轮改革,按它自己的说法归拢成哪几条?", None, corpus).topic_terms
    assert "一轮" not in terms and "说法" not in terms and "改革" in terms


@pytest.mark.parametrize("question,word,kept", [
    ("那人头最多的一档呢,是啥、多少人?", "一档", False),  # a numeral and what it counts: how much, not what
    ("骨干班主任那头,市一级的要培几个?", "一级", False),
    ("干满几年就得去薄弱初中蹲一段?", "一段", False),
    ("教研员干满几年就得去薄弱初中?", "薄弱", True),  # the subject words stay
    ("一线教师的待遇怎么保障?", "一线", True),  # a numeral word ending in no classifier names something
    ("学校之间怎么搞一对一帮扶?", "一对一", True),
    # a numeral and a size word before a classifier (一大 + 章): the size qualifies the count
    ("初中方案“行动举措”那一大章,底下拆成了哪几个行动?", "一大", False),
    ("淄博那份意见收尾那一大块,讲了几条机制?", "一大", False),
    ("亳州打造了一大批优质学校吗?", "一大批", False),  # segmented 一大批 (m): a quantity all the same
    ("哪些地方把网上教研当成了一招?", "一招", False),  # 招 counts moves: "one move" names no subject
])
def test_a_numeral_and_what_it_counts_is_no_subject(corpus: Corpus, question: str, word: str, kept: bool) -> None:
    assert (word in analyze(question, None, corpus).topic_terms) == kept


@pytest.mark.parametrize("question,expected", [
    ("定西讲共建共享的那一大段,分了几个着力点?", "list"),  # 着力点 is an aspect (Dd): the parts are asked, named
    ("那个局长联盟列出来的几大目标给我过一遍?", "list"),  # 目标: an idea or goal (Df)
    ("淄博那份意见在原则部分列了几个“坚持”?", "list"),  # a quoted word counted: the items it opens are asked
    ("那篇文章里有个四字说法,讲的是什么状态?", "wording"),  # N字 before a word for a wording (说法, 口号) asks that wording
    # "about who …" embeds who in what is asked: no name is wanted (the first ask, how long, is)
    ("How long did Bozhou's inspections take, and what was unusual about who inspected whom?", "figure"),
    # a "who" after the question's own question word is a relative pronoun: the wh-phrase says what is asked
    ("Which county's senior-high teachers, who had marked the exam, went to Min County?", "place"),
    ("How many teachers who joined the exchange stayed a full year?", "figure"),
    ("What did Taizhou change, and who led it?", "person"),  # a conjunction opens a second question
    ("Who chaired the signing ceremony in Tonglu?", "person"),
    # the name of a document the question speaks of is a document asked
    ("The paper cites a guideline issued by five ministries; what is it called?", "document"),
    ("What is the full name of the opinion the Zibo guidance implements?", "document"),
    ("多往线上放好资源,能捞着几样好处?", "list"),  # 好处: a matter (Da)
    ("亳州有几所学校参加?", "figure"),  # a school is an institution (Dm): counted
    ("督导一年要进校几趟?", "figure"),  # 趟, 回, 遍 count how often, as 次 does
    ("定西几个县组成协作体?", "figure"),  # a division (Di): counted
    ("余杭要建几个工作室?", "figure"),  # an object (Bn): counted
    # the kind named before its count (`cues.KIND_BEFORE_COUNT_RE`) asks the parts as when it follows the count
    ("重点举措那部分是按什么逻辑分的段?大方向有几个?", "list"),  # 大方向: a direction (Da)
    ("那篇讲多往线上放资源的好处,分了几点?", "list"),
    ("定西的协作学校有几个?", "figure"),  # a school: counted
    ("余杭的名师一共有几个?", "figure"),  # people: counted
    ("措施一共有几个?", "list"), ("目标总共有几个?", "list"),  # (一共, 总共 are no part of the kind)
    ("优先级是几?", "fact"),  # 是几 asks a value: only a classifier of parts after it counts them
])
def test_counting_abstract_parts_asks_for_them_named(question: str, expected: str) -> None:
    assert answer_type(question) == expected


@pytest.mark.parametrize("question,framed", [
    ("芦溪的办学条件要达到“标准化”,具体做了哪些事?", True),  # the target is named: 达到 frames it
    ("桐庐的实验学校三年后要达到什么样?", False),  # the target is asked: 达到 is the subject's verb
    ("实验学校要达到了一个什么样的水平?", False),
])
def test_a_verb_of_attaining_frames_the_target_it_names(corpus: Corpus, question: str, framed: bool) -> None:
    assert ("达到" not in analyze(question, None, corpus).terms) == framed


@pytest.mark.parametrize("question,word,kept", [
    ("任由开发商去投民办学校,结果孩子上不了公办。这是哪个区?", "结果", False),  # a connective opening a clause
    ("任由开发商去投民办学校,结果孩子上不了公办。这是哪个区?", "不了", False),  # a potential complement
    ("定西协作的结果怎么样?", "结果", True),  # the noun after 的: what is asked
    ("开会时谁也拍不了板,淄博让谁挑头?", "不了", False),
])
def test_connectives_and_potential_complements_name_nothing(corpus: Corpus, question: str, word: str, kept: bool) -> None:
    assert (word in analyze(question, None, corpus).terms) == kept


@pytest.mark.parametrize("question,event", [
    ("实验学校的规划要交给谁审定、什么时候截止?", ["审定"]),  # the agent's doing, not the next ask's verb
    ("这个方案报给哪个科室?", []),  # where it goes, no doing marked
])
def test_a_verb_of_handing_over_marks_the_agents_doing(corpus: Corpus, question: str, event: list[str]) -> None:
    assert analyze(question, None, corpus).event == event


@pytest.mark.parametrize("question,event", [
    # a colon ends the asker's statement: its verb (参考) is not the event the clause after it asks the date of
    ("我们想参考定西那所学校:它是什么时候建成的?", ["建成"]),
    ("我们想参考定西那所学校,它是什么时候建成的?", ["建成"]),
])
def test_the_event_dated_is_in_the_clause_asking_when(corpus: Corpus, question: str, event: list[str]) -> None:
    assert analyze(question, None, corpus).event == event


@pytest.mark.parametrize("question,kept,dropped", [
    ("桐庐签约那天是在哪所学校的哪个厅里办的?", "学校", "厅里"),  # the kind asked, without the localizer
    ("我们新招的老师都抢着留城里。", "城里", ""),  # a place word of the asker's own stays whole
])
def test_a_localizer_after_the_asked_kind_is_no_word(corpus: Corpus, question: str, kept: str, dropped: str) -> None:
    terms = analyze(question, None, corpus).terms
    assert kept in terms and (not dropped or dropped not in terms)


@pytest.mark.parametrize("question,expected", [
    # a list after 对/就 names what one party's demands are about, not parties each doing something
    ("桐庐那位局长在签约会上,对实验校领导的心思、干劲和目标各提了啥要求?", "fact"),
    ("市、县、校各负责什么?", "overview"),  # parties listed as the subject: who does what
])
def test_a_list_after_dui_is_no_list_of_parties(question: str, expected: str) -> None:
    assert answer_type(question) == expected


@pytest.mark.parametrize("question,speech", [
    ("桐庐那位局长在签约会上,对实验校领导的心思、干劲和目标各提了啥要求?", True),  # a speaker's demands: his words
    ("初中方案对薄弱学校提了哪些要求?", False),  # a document's requirements: no speaker
])
def test_a_speakers_demands_are_asked_in_his_words(corpus: Corpus, question: str, speech: bool) -> None:
    assert analyze(question, None, corpus).speech == speech


@pytest.mark.parametrize("question,word,framed", [
    ("亳州的推进会放在哪儿开?", "放在", True),  # where it is put is asked: the sources state the place, not 放
    ("协作体的秘书处设在哪里?", "设在", True),
    ("新校区建在哪个镇?", "建在", True),
    ("家庭教育指导工作站设在哪个单位?", "设在", False),  # the host body is asked: a sentence must say what hosts it
    ("钱都放在基建上了吗?", "基建", False),  # no where-question: the destination is named and stays a topic word
])
def test_a_verb_of_placing_before_where_frames_the_question(corpus: Corpus, question: str, word: str, framed: bool) -> None:
    assert (word not in analyze(question, None, corpus).terms) == framed


@pytest.mark.parametrize("question,word", [("定西在家校育人这件事上做了什么?", "这件"), ("那项改革是怎么推进的?", "那项"),
                                           ("余杭还要引进哪类人?", "类人")])  # a classifier glued to a one-character noun
def test_a_demonstrative_with_its_classifier_names_nothing(corpus: Corpus, question: str, word: str) -> None:
    assert word not in analyze(question, None, corpus).terms


@pytest.mark.parametrize("question,source,topic", [
    ("研究院说咱们基础教育以县为主,这就定了谁是办教育的主体?", "研究院", "主体"),  # who says it finds the text
    ("研究院说了啥?", None, "研究院"),  # nothing else is asked: the speaker is the subject
    ("名师讲堂是怎么办的?", None, "名师"),  # 讲 inside a word, after no speaker
    ("家庭教育大巡讲一共办了多少场?", None, "家庭教育"),
    ("数字资源那篇说网上资源怎么用?", None, "资源"),  # a word the rest of the question repeats stays a topic word
])
def test_who_says_it_is_no_topic_word(corpus: Corpus, question: str, source: str | None, topic: str) -> None:
    intent = analyze(question, None, corpus)
    assert (source in intent.sources and source not in intent.topic_terms) if source else not intent.sources
    assert topic in intent.topic_terms


@pytest.mark.parametrize("question,kind", [
    # which document says something, naming no place, asks which text of the library says it (as 哪个地方 does);
    # a document a named place refers to is a document's name to be stated
    ("哪份文件要求各区县分头制定实施方案?", "place"),
    ("淄博交流教师的补助照哪份文件执行?", "document"),
])
def test_which_document_says_it(corpus: Corpus, question: str, kind: str) -> None:
    assert analyze(question, None, corpus).answer_type == kind


@pytest.mark.parametrize("question,asked", [
    ("余杭这篇说,行政干预推动改革有什么问题?", "行政干预推动改革有什么问题?"),  # a document reference says where to look
    ("数字资源那篇文章里提到,疫情带来了什么?", "疫情带来了什么?"),
    ("定西怎么培训新教师?", "怎么培训新教师?"),  # a place name is a filter retrieval applied
    ("怎么培训新教师?", "怎么培训新教师?"),  # nothing to set aside: the query as asked
    ("在教师交流方面余杭那篇怎么说?", "在教师交流方面怎么说?"),  # the subject before the document's name stays
    ("余杭那篇讲了什么?", "余杭那篇讲了什么?"),  # nothing of a subject would remain: compared as asked
    ("定西的?", "定西的?"),
])
def test_what_a_sentence_is_compared_with_in_meaning(corpus: Corpus, question: str, asked: str) -> None:
    from assistant.intent import meaning_text

    assert meaning_text(analyze(question, None, corpus), corpus) == asked


@pytest.mark.parametrize("question,figure", [
    ("有几所好的学校参加?", True),  # 好: a feature of the schools counted
    ("发言的几个人的名字是什么?", False),  # 人 names a thing: the names of those people are asked
    ("几个县的老师来交流?", False),  # 县 names a place: the teachers are asked about, not the count
])
def test_one_character_and_de_after_a_count(question: str, figure: bool) -> None:
    from assistant.intent import answer_type

    assert (answer_type(question) == "figure") == figure


@pytest.mark.parametrize("followup,item", [
    ("最开始那个阶段,各区县要做些什么?", "统筹谋划阶段"),  # the first edge of the previous list
    ("最后那个阶段,各区县要做些什么?", "深化完善阶段"),
])
def test_a_position_at_either_edge_of_the_previous_list(corpus: Corpus, followup: str, item: str) -> None:
    history = _history("淄博的共同体建设分哪几个阶段?", STAGES_ANSWER)
    assert item in analyze(followup, history, corpus).item


@pytest.mark.parametrize("followup,answer,into", [
    ("最开始那个阶段呢?", STAGES_ANSWER, True),  # a first position in a list of stages
    ("头一步得签个啥?", "按照“1+1”或“1+N”的形式结对。", False),  # no steps listed: the first step of what was said
    ("最早的那一种呢?", STAGES_ANSWER, False),  # the answer lists stages, not kinds
    ("最后那个里头呢?", "破解“择校入学”问题。", True),  # 最后 points back whatever the answer lists
])
def test_a_first_position_points_into_a_list_of_its_unit(followup: str, answer: str, into: bool) -> None:
    from assistant.intent import _edge_points_into

    assert _edge_points_into(cues.EDGE_POSITION_RE.search(followup), answer) is into


def test_a_position_in_the_previous_answer_is_a_drill_down_however_long(corpus: Corpus) -> None:
    """"最后那个里头,算进去的是哪些娃?": 最后那个 is the previous answer's last item; 里头 is a word of place, not
    the item's name, so the question asks inside 特殊学生."""
    history = _history("芦溪推公平化,要破哪几个问题?", "破解“择校入学”问题、“行为规范”问题和“特殊学生”问题。")
    intent = analyze("最后那个里头,算进去的是哪些娃?", history, corpus)
    assert "特殊学生" in intent.item and "学生" in intent.topic_terms


@pytest.mark.parametrize("after,names", [("深化完善阶段", True), ("里头,算进去的", False), ("上面,还有啥", False),
                                         ("目标,全市在哪一年", False)])  # a generic word says what the item is
def test_only_a_noun_after_a_position_names_the_item(after: str, names: bool) -> None:
    from assistant.intent import _names_the_item

    assert _names_the_item(after) == names


def test_a_quoted_name_with_letters_is_the_follow_ups_own_subject(corpus: Corpus) -> None:
    """"余杭那边呢,“X+1”又是个啥讲究?" after a question about 淄博 asks about “X+1”, a name 余杭's case writes (its
    letters are no English question); it is not the previous question asked of 余杭."""
    history = _history("淄博的名校教育集团由谁当领衔校长?", "名校教育集团以名校校长为领衔校长。")
    intent = analyze("余杭那边呢,“X+1”又是个啥讲究?", history, corpus)
    assert intent.places == ["yuhang"] and "x+1" in intent.topic_terms and intent.answer_type != "person"


@pytest.mark.parametrize("question,word,kept", [
    ("亳州在师资上下了哪些本钱?", "上下", False),  # 在…上 closes before the verb 下
    ("亳州在师资上下了哪些本钱?", "师资", True),
    ("全市上下都在抓什么?", "上下", True),  # no 在…上 frame: 上下 is the word
    ("老师在网上下了哪些功夫?", "网上", True),  # 网上 is a word: the frame does not cut it
])
def test_the_frame_zai_shang_is_not_glued_to_the_verb_xia(corpus: Corpus, question: str, word: str, kept: bool) -> None:
    assert (word in analyze(question, None, corpus).topic_terms) == kept


@pytest.mark.parametrize("question,word,kept", [
    ("县和县之间怎么搭上线?", "和县", False),  # X和X is "X and X", not the county 和县
    ("校与校之间怎么协作?", "与校", False),
    ("定西搞县和县之间的协作,配对时讲究哪几条?", "协作", True),
])
def test_a_word_repeated_around_a_conjunction_is_coordination(corpus: Corpus, question: str, word: str, kept: bool) -> None:
    assert (word in analyze(question, None, corpus).topic_terms) == kept



def test_a_last_question_of_ones_own_is_no_position_in_the_previous_answer(corpus: Corpus) -> None:
    """"最后一个问题:…" opens the user's own question (a noun names what is last); it does not point into the
    previous answer's list, so a question across places stays across places."""
    history = _history("泰州分哪几个阶段推进?", "第一阶段,实现县域基本均衡;第二阶段,推进县域优质均衡;第三阶段,致力全域高位均衡。")
    intent = analyze("最后一个问题:哪些地方给交流的老师发生活补助?", history, corpus)
    assert intent.places == [] and not intent.item and intent.answer_type == "place"


@pytest.mark.parametrize("name,span", [("十四五", (2021, 2025)), ("十二五", (2011, 2015)), ("十三五", (2016, 2020)),
                                       ("十五", None), ("五年", None)])
def test_a_plan_period_spans_its_five_years(name: str, span: tuple[int, int] | None) -> None:
    from assistant.intent import plan_period

    assert plan_period(name) == span


@pytest.mark.parametrize("question,text,stated", [
    ("2021到2025年新建几所初中?", "“十四五”期间,新建初中8所。", True),  # a span inside one period is that period
    ("2025年新建几所初中?", "“十四五”期间,新建初中8所。", True),  # a period's targets are set for its last year
    ("2023年新建几所初中?", "“十四五”期间,新建初中8所。", False),  # a year inside it is no period's target
    ("2016到2025年新建几所初中?", "“十四五”期间,新建初中8所。", False),  # a span across two periods
    ("2023年新建几所初中?", "2023年新建初中2所。", True),
    ("十四五期间新建几所初中?", "到2025年,新建初中8所。", True),  # a period by its last year
    ("十四五期间新建几所初中?", "2019年新建初中3所。", False),
    ("2021到2025年新建几所初中?", "到2025年,新建初中8所。", True),  # a span by its last year
    ("2021到2024年新建几所初中?", "“十四五”期间,新建初中8所。", True),  # inside one period
    ("2022年和2025年各新建几所初中?", "“十四五”期间,新建初中8所。", False),  # two years, each its own: 2022 is none
])

def test_an_asked_time_is_stated_as_written_or_by_its_plan_period(question: str, text: str, stated: bool) -> None:
    from assistant.intent import asked_times, times_stated

    assert times_stated(asked_times(question), text) is stated

@pytest.mark.parametrize("question,times", [
    ("淄博2019年的指导意见要求农村学校什么时候全部参与?", []),  # the guidance's year
    ("2019年印发的《关于推进共同体建设的指导意见》定了哪些目标?", []),
    ("2025年规划目标是多少?", ["2025"]),  # a plan runs to its year: the time asked
    ("2019年淄博出台了什么意见?", ["2019"]),  # not right before the document: when something was done
    ("2023年意见征集了多少条?", ["2023"]),  # a bare 意见 with no 的 or verb of issuing: feedback, not a document
    ("淄博2019年的通知下发后,当年有多少学校参加?", ["2019"]),  # 当年 points back at the year: asked
])
def test_a_year_dating_an_issued_document_is_no_time_asked(question: str, times: list[str]) -> None:
    from assistant.intent import asked_times

    assert asked_times(question) == times


@pytest.mark.parametrize("question,times", [
    ("How many schools are to be built between 2021 and 2025?", ["2021-2025"]),
    ("How many schools were built from 2016 to 2020 and in 2023?", ["2016-2020", "2023"]),
    ("What happened in 2019?", ["2019"]),
    ("What was built in 2019 and 2021?", ["2019", "2021"]),  # two years, not a span
    # a year dating a document issued names the document, not the time asked (`ISSUED_YEAR_RE`)
    ("What deadline did Zibo's 2019 guidance set?", []),
    ("What did the 2019 guidance require by 2023?", ["2023"]),
    ("What happened in 2019 after the 2019 guidance?", ["2019", "2019"]),  # written elsewhere too: asked
])
def test_an_english_span_of_years_is_one_time(question: str, times: list[str]) -> None:
    from assistant.intent import _english_periods

    assert _english_periods(question) == times


@pytest.mark.parametrize("question,event", [
    ("读者集团要给定西那所学校建科技创新教室,啥时候能建成投用?", ["建成"]),  # the asking clause's verb the corpus writes
    ("淄博那份共同体指导意见是哪天发的?", []),  # a noun there is the subject: a dated line need not repeat it
    (cues.DEADLINE_EXAMPLE, ["截止"]),  # a deadline: a date stated as a limit gives it (`sentences._dated_event`)
])
def test_the_event_a_date_question_asks_is_its_asking_clauses_verbs(corpus: Corpus, question: str, event: list[str]) -> None:
    assert analyze(question, None, corpus).event == event


@pytest.mark.parametrize("sentence,dated", [
    ("明确了这是4月28日全县教育大会后,桐庐县推动教育高质量发展的又一重要举措。", True),  # the occasion named after its date
    ("2019年6月23日,桐庐县教育局与研究院签约仪式在学府小学举行。", False),  # a date of another occasion
    ("全县教育大会提出,到2025年建成一批强校。", False),  # the occasion named, a date of something else
])
def test_a_date_before_the_name_of_the_occasion_asked_dates_it(corpus: Corpus, sentence: str, dated: bool) -> None:
    """"那个大会是哪天召开的?": the nouns before the cue name the occasion (`QueryIntent.occasion`); a date written
    right before its name dates it as its verb (召开) would (`sentences._dated_event`)."""
    from assistant.sentences import has_answer_type

    intent = analyze("县里先开了一个全系统的大会。那个大会是哪天召开的?", None, corpus)
    assert intent.event == ["召开"] and intent.occasion == ["大会"]
    assert has_answer_type(intent, sentence) == dated


@pytest.mark.parametrize("question,occasion", [
    # 那个会 points back at the gathering named before it: the head of its name is the occasion dated
    ("这个项目是县里开完那次动员大会后推出的。那个会是哪天召开的?", ["大会"]),
    ("县里去年开过一次教育工作会议。这次会是哪天开的?", ["会议"]),
    ("这个项目是哪天开会定下来的?", ["项目"]),  # no gathering pointed at: the nouns before the cue, as ever
])
def test_a_gathering_pointed_back_at_is_the_occasion_dated(corpus: Corpus, question: str, occasion: list[str]) -> None:
    assert analyze(question, None, corpus).occasion == occasion


@pytest.mark.parametrize("question,event", [
    # how often something happens: the verb between the period and 一次 is the event whose period is asked
    ("上城各校自己定的学校章程,规定隔几年要修订一回?", ["修订"]),
    ("淄博的共同体每几年评估一次?", ["评估"]),
    ("定西一共培训了多少特岗教师?", []),  # a count, not a period
    # how long an action is given or takes: the verb after the duration, whether the corpus writes it or not
    ("亳州验收没达标的学校,给多长时间整改?", ["整改"]),
    ("定西的跟岗培训要多久?", []),  # no action after it: the clause's subject is what lasts
    ("余杭那个奋进计划,几年要看到大变样?", []),  # seeing the result names no action: the result is the subject's
    ("余杭那个奋进计划,多久能见到效果?", []),
    ("亳州那几年盘算着带出多少名学科带头人?", []),  # 那几年 points at years, it asks no duration
    # a verb of holding an event (组织, 召开) names none: the noun it takes does, which the sentence may word otherwise
    ("亳州多久组织一回现场观摩来推?", []),
    ("淄博的共同体每几年召开一次总结会?", []),
])
def test_the_event_a_frequency_question_asks(corpus: Corpus, question: str, event: list[str]) -> None:
    assert analyze(question, None, corpus).event == event


@pytest.mark.parametrize("question,speech", [
    ("桐庐那位局长那次提的三个要求,原话怎么说?", True),
    ("季局长给实验校领导鼓劲,那几句带“干事”的话是咋说的?", True),
    ("What were the director's exact words at the signing?", True),
    # what a speaker urged others to do is an exhortation in their words
    ("上城的局长对校长们提了啥希望?", True),
    ("院长在会上要老师们把精力放在哪?", True),
    ("局长的编制归哪管?", False),
    ("他期待实验校领导以什么样的热情去干?", True),
    ("校长交流轮岗有什么要求?", False),  # a requirement of a rule, no speaker's words
    ("其他学校有什么要求?", False),
    ("他们鼓励学校做什么?", False),
    ("淄博那份意见和初中方案,开篇讲优质均衡各是怎么说的?", False),  # what documents state, not someone's words
    ("定西是怎么解决教师不足的?", False),
    ("他给实验校的领导鼓劲,用了哪三句排比?", True),  # sentences asked by count: the words themselves
    ("淄博的共同体有哪三种模式?", False),
])
def test_a_question_asking_someones_words(corpus: Corpus, question: str, speech: bool) -> None:
    assert analyze(question, None, corpus).speech is speech


@pytest.mark.parametrize("question,counted", [
    # a level word restricts a count to that level, written as the level's character ("市学科名师骨干")
    ("那各科挑大梁的名师骨干,市里、区里各培几个?", ["市", "区"]),
    ("定西的骨干教师,省里评了几名?", ["省"]),
])
def test_a_level_word_restricts_a_count_to_its_level(corpus: Corpus, question: str, counted: list[str]) -> None:
    assert [t for t in analyze(question, None, corpus).counted if len(t) == 1] == counted


@pytest.mark.parametrize("question,answer,people", [
    ("她觉得这事关键卡在哪?", "绍兴市元培中学教育集团名誉校长周菊芳代表项目组发言。", ["周菊芳"]),  # a surname split from its name
    ("他还交代了啥?", "签约仪式由桐庐教育局徐志强副局长主持。", ["徐志强"]),
    ("其他学校呢?", "签约仪式由桐庐教育局徐志强副局长主持。", []),  # 其他 is no pronoun
    ("他们是怎么说的?", "定西市推进区域协作。", []),  # the answer names no one
])
def test_a_pronoun_refers_to_the_person_the_previous_answer_named(question: str, answer: str, people: list[str]) -> None:
    from assistant.intent import _people_referred

    assert _people_referred(question, answer) == people


def test_a_pronoun_follow_up_searches_by_the_persons_name(corpus: Corpus) -> None:
    intent = analyze("她觉得这事关键卡在哪?", _history("签约那天谁代表项目组发言?", "名誉校长周菊芳代表项目组发言。"), corpus)
    assert "周菊芳" in intent.terms and "周菊芳" in intent.query
    assert intent.equivalents["周菊芳"] == ["周校长"]  # named again by surname and post


@pytest.mark.parametrize("question,asking,expected", [
    # a statement before a question says why the asker asks: the kind of answer is read from the sentence that asks,
    # even when the statement holds a question word of its own (好不好, 怎么, 谁)
    ("我们想让初中办得好不好,直接影响招生名额。有没有哪个市这么挂钩了?", "有没有哪个市这么挂钩了?", "place"),
    ("我在整理文件怎么层层落地。淄博的意见是落实省里哪一号文?", "淄博的意见是落实省里哪一号文?", "document"),
    ("我们几个校长谁也不服谁。定西的协作体有几个?", "定西的协作体有几个?", "figure"),
    # no sentence ends in a question mark: nothing marks which asks, the whole text is read
    ("我想知道定西是怎么解决教师不足的。", "我想知道定西是怎么解决教师不足的。", "method"),
    ("定西的协作体是怎么搭配的?有几个?", "定西的协作体是怎么搭配的?有几个?", "figure"),  # two questions: both ask
    # a tag question offers the asker's reading for a nod: the question after it asks
    ("初中方案那个行动是按学校在哪儿分路推进的吧?分了哪几路?", "分了哪几路?", "list"),
    # an asking sentence with no kind of its own, or only yes/no, leaves the kind to the statement before it
    ("我想知道泰州交流了多少名教师。能告诉我吗?", "能告诉我吗?", "figure"),
    ("泰州交流了多少名教师。淄博呢?", "淄博呢?", "figure"),
    ("Teachers who serve in Dingxi's villages get an allowance. How much is it?", "How much is it?", "figure"),
    ("Zibo set up school communities. Which three models did it use?", "Which three models did it use?", "list"),
    # a remark after the question says what the asker will do with the answer: not asked
    ("定西的协作体有几个?我想写进汇报材料里。", "定西的协作体有几个?", "figure"),
    ("三年后学校能变成啥样?桐庐列的那些提升,讲给我听听。", "三年后学校能变成啥样?桐庐列的那些提升,讲给我听听。", "fact"),  # a request still asks
])
def test_the_kind_of_answer_is_read_from_the_sentence_that_asks(corpus: Corpus, question: str, asking: str,
                                                                  expected: str) -> None:
    assert asking_part(question) == asking
    assert analyze(question, None, corpus).answer_type == expected


@pytest.mark.parametrize("question,options,names", [
    ("具体缺的是实验室、音乐室还是美术室?", ["实验室", "音乐室", "美术室"], ["实验", "音乐", "美术"]),
    ("指的是瓶窑、良渚、径山这些镇街里的哪几个?", ["瓶窑", "良渚", "径山"], []),
    ("补贴是发给校长还是发给老师?", ["发给校长", "发给老师"], ["校长", "老师"]),  # what they share frames them
    ("钱是县财政还是乡镇财政出?", [], []),  # the options do not close the question: a clause
    # a frame all options share ("来验的", "出") is said of each: what tells them apart names them; an office named
    # by its work and 办 (督导办) is a name
    ("首批验收是省教育厅来验的还是省政府督导办来验的?", ["省教育厅来验的", "省政府督导办来验的"], ["教育厅", "政府督导办"]),
    ("补贴是县里出还是乡镇出?", ["县里出", "乡镇出"], ["县里", "乡镇"]),
    # a core of several words (县区轮流) is a way of doing, said in the text's own words: the options stay whole
    ("亳州的现场会是在市里开还是在县区轮流开?", [], []),
    ("这事是学校办还是社会机构办?", [], []),  # 学校办: a clause, not an office named by its work
    ("补贴是县里出还是县里乡镇一起出?", [], []),  # one option inside another leaves an empty core: no names
    # ways of doing, qualities and clauses are no names: no options
    ("缺的是实验室还是音乐室呢?", ["实验室", "音乐室"], ["实验", "音乐"]),  # a closing particle is no part of an option
    ("是一口气干完还是一环扣一环往前推?", [], []),
    # a doing named by its thing is a channel to pick among: 社会捐资, 银行贷款
    ("具体拓了哪些渠道,是发动社会捐资还是找银行贷款?", ["发动社会捐资", "找银行贷款"], []),
    ("补助是按月发还是年底一次性发?", [], []),  # ways of paying, not things
    ("老毛病是轻了还是重了?", [], []),
    ("对改革算坏事还是好事?", [], []),  # told apart by one character: qualities of one thing
    ("一个人包一个,还是几个人合着帮一个?", [], []),
])
def test_options_a_question_offers_are_names(question: str, options: list[str], names: list[str]) -> None:
    assert offered_options(question) == options
    if options:
        assert option_names(options) == options + names


@pytest.mark.parametrize("question,places", [
    ("那份方案里,推初中高质量发展排了哪些行动?", ["junior-school-action-plan"]),  # the one document named 方案
    ("按这份方案,到2025年要做到什么?", ["junior-school-action-plan"]),
    ("那篇文章里讲了哪些机制?", []),  # every document is an article: the kind names none
    ("淄博那份方案里排了哪些行动?", ["zibo"]),  # a place named: its own document
])
def test_a_document_named_by_its_kind_alone(corpus: Corpus, question: str, places: list[str]) -> None:
    assert analyze(question, None, corpus).places == places


@pytest.mark.parametrize("question,sums_up", [
    # the parts a whole document is divided into are its top-level sections
    ("亳州那篇分了哪几大块来写?", True),
    ("泰州那篇正文分成了哪三大块?", True),
    ("数字资源那篇整篇的主要观点,能不能给我捋一捋?", True),
    ("县里让我把亳州这篇材料压成三句话。它那三大段各讲的是啥?", True),  # what each counted part says
    ("那几大块分别说了什么?", True),
    ("三大工程各讲的是啥?", False),  # a counted thing that is no part of a document
    ("劳动教育课程分为三大板块,各自讲了哪些内容?", False),  # parts of a thing the question names, not of a document
    ("淄博的共同体分了哪几种模式?", False),  # the kinds of a thing, not a document's parts
    # a summing-up word in the statement before the asking sentence is what the asker does
    ("区里想把初中的事情理一理。初中方案里排了哪些行动?", False),
    ("我手头事多。初中方案能不能给我理一理?", True),
    # its headings, several asked, are its sections by name; a big 条 of a document is one of its parts
    ("亳州那篇材料的几个大标题,各讲的是哪块工作?", True),
    ("初中方案有哪些标题?", True),
    ("我们市基本均衡早就达标了。江苏泰州那篇经验,整体上是按哪几大条来铺开的?", True),
    ("初中方案第二部分的标题叫什么?", False),  # one part's name, asked by its position: a fact
    ("淄博那份意见提了哪几条要求?", False),  # items of a list (几条 without 大), not the document's parts
    # the division asked further from the document word, by other verbs and part words
    ("余杭那篇围绕学位紧张的问题,一共分了几大条来写?", True),
    ("淄博的材料最后归成了哪几大条?", True),
    ("那篇讲线上资源的文章,整体思路是分几层论证的?", True),
    ("亳州那轮改革,前前后后分成几个板块?", True),  # a case's reform: what its document reports
    # a document's 部分 counted, each asked, needs no 大 and no dividing verb; a thing's 部分 (课程) is no document's
    ("讲线上教育资源的那篇东西,前前后后几个部分各说了个啥?", True),
    ("课程分为三个部分,各讲什么?", False),
    ("那篇文章课程分为三个部分各讲什么", False),  # a thing divided in the gap is what the parts are of
    ("篇幅不长,课程几个部分各讲啥?", False),  # 篇幅 is no document
    ("泰州的经验划分为哪几大块?", True),
    ("芦溪的做法归成了哪几大块?", True),  # a case's doings are what its document reports
    ("泰州那篇把推进过程分成了哪几个阶段?", False),  # stages of a process, a list the document writes
    ("初中方案的师资素质优化行动,分了哪几块来抓?", False),  # one part of the document, divided
    ("初中方案里那个“统领”行动,分了哪几块?", False),
    ("初中方案讲师资的那一项行动,分了哪几块?", False),
    ("淄博那份意见把共同体分成了哪几类?", False),  # the kinds of a thing
    # the whole's own frame after 的 is the whole, not a part of it
    ("芦溪那轮改革的思路,一共分成几大块?", True),
    ("余杭那篇文章的整体框架分了哪几部分?", True),
    ("泰州材料里总结的路子分成哪几大条?", True),  # the way as the text sums it up is the whole
    ("芦溪那篇是按什么思路分板块写的?", True),  # its parts asked without a count: how it is divided
    ("初中方案里要求老师分层讲授,具体怎么做?", False),  # tiered teaching, no part of a text
    ("淄博材料里总结的共同体分成哪几类?", False),  # kinds of a thing the text sums up, no frame of the whole
    ("初中方案的职级制分几层?", False),  # a thing of the document
    # divided as it is told: the parts of a text, whatever names it
    ("讲初中的那份材料我没看过。它前后分了几部分来讲?", True),
    ("亳州的经验分成几块来写?", True),
    ("淄博把共同体分成几类来管?", False),  # kinds of a thing, not parts told
    # a whole distilled into points: its top-level parts
    ("泰州的整体经验最后提炼成了哪几条?", True),
    ("芦溪的做法可以概括成哪几点?", True),
    ("初中方案里的要求总结起来有哪几条?", False),  # a list's items: 要求 is no whole
    ("它那篇经验归拢起来是哪几大条?", True),  # the document's whole experience summed up (归拢: spoken for 归纳)
    ("淄博那份意见提出要总结哪几条经验?", False),  # what is to be summed up, no whole distilled
])
def test_a_documents_parts_are_a_summary(corpus: Corpus, question: str, sums_up: bool) -> None:
    assert analyze(question, None, corpus).sums_up is sums_up


@pytest.mark.parametrize("question,frame", [
    ("泰州材料里总结的路子分成哪几大条?", ["总结", "路子"]),
    ("芦溪那轮改革的思路,一共分成几大块?", ["思路"]),
])
def test_a_documents_frame_words_are_no_topic_when_its_parts_are_asked(corpus: Corpus, question: str, frame: list[str]) -> None:
    """The whole document's frame (路子, 思路) and summing it up (总结) name nothing its text must write."""
    intent = analyze(question, None, corpus)
    assert intent.sums_up and not set(frame) & set(intent.terms), intent.terms


def test_a_topic_beside_the_frame_stays(corpus: Corpus) -> None:
    """Only the frame's own words go: a 结构 the clause about the text's subject names is a topic."""
    intent = analyze("芦溪那篇围绕教师队伍结构优化,分成哪几部分?", None, corpus)
    assert intent.sums_up and "结构" in intent.terms, intent.terms



@pytest.mark.parametrize("word,spelled", [
    ("centre", "center"), ("centres", "centers"), ("theatre", "theater"), ("labour", "labor"),
    ("organisation", "organization"), ("programme", "program"),
    ("four", "four"), ("your", "your"), ("genre", "genre"), ("entire", "entire"), ("structure", "structure"),
])
def test_british_spelling_is_looked_up_as_the_dictionary_spells_it(word: str, spelled: str) -> None:
    """CC-CEDICT glosses in American spelling ("center of gravity" -> 重心): a British question is read the same."""
    from assistant.english import american

    assert american(word) == spelled


def test_a_word_the_corpus_does_not_write_is_translated_by_its_equivalent(corpus: Corpus) -> None:
    """"private" is glossed 私立, which the documents write 民办 (the education table): the question finds 民办."""
    intent = analyze("How many private schools did Yuhang have in 2020?", None, corpus)
    assert "民办" in intent.terms


def test_members_asked_in_a_statement_a_request_defers_to(corpus: Corpus) -> None:
    """A closing request ("你能列出来吗?") leaves what is wanted to the statement: its members are asked."""
    assert analyze("我想知道定西结对的那6所初中分别是哪几所。你能列出来吗?", None, corpus).members == 6
    assert analyze("政府、部门、学校三家各该出啥力,我想找个框架。泰州那篇第三部分是怎么分的?", None, corpus).members == 0


def test_each_of_two_places_asks_no_members(corpus: Corpus) -> None:
    """Across two places, 各 distributes the question over the places: with no set stated, no members are required;
    a stated set still is."""
    assert analyze("我们市准备划学区。泰州和淄博在学区上各有什么提法?", None, corpus).members == 0
    assert analyze("泰州和淄博各建了哪3所示范学校?", None, corpus).members == 3


@pytest.mark.parametrize("question,previous,people", [
    # the person a pronoun refers to may be named in the previous question, by surname and post as the corpus writes it
    ("他希望全县义务教育完成一个啥样的转变?", "方院长讲提质强校工程时分了几个角度?", ["方院长"]),
    ("他说了啥?", "副院长讲了什么?", []),  # 副 is no surname
    ("他说了啥?", "各校长要做什么?", []),  # nor is a pronoun (各)
    ("他说了啥?", "对2000名校长开展培训。", []),  # nor a classifier after a numeral (名)
    ("他说了啥?", "建立县域内校长、教师交流制度。", []),  # nor a word's last character (县域内)
    ("那里说了啥?", "方院长讲提质强校工程时分了几个角度?", []),  # no personal pronoun
    # a word right after a post, written so in the corpus, is a name whatever its tag (方华 is tagged nz)
    ("他是从哪几个方面讲的?", "副院长方华。", ["方华"]),
])
def test_a_pronoun_refers_to_a_person_named_by_surname_and_post(corpus: Corpus, question: str, previous: str,
                                                                people: list[str]) -> None:
    from assistant.intent import _people_referred

    assert _people_referred(question, previous, corpus) == people


@pytest.mark.parametrize("question,written", [
    ("学校想打个特色招牌。初中方案点了哪几个方向可以建特色初中?", ["特色初中"]),  # a form word before a noun the sources join
    ("亳州的特色学校有几所?", ["特色学校"]),
    ("桐庐有什么特色做法?", []),  # a form word before another form word names nothing
])
def test_a_form_word_the_sources_join_to_a_noun_names_a_thing(corpus: Corpus, question: str, written: list[str]) -> None:
    terms = topic_words(question, corpus)
    assert [t for t in terms if t.startswith("特色")] == written


@pytest.mark.parametrize("question,terms,counted", [
    # only the sentence that asks the count has clauses restricting it: a sentence before it names no set
    ("县里让我统计比例,好跟人家比一比。芦溪那篇比例是多少?", ["比一比", "比例"], []),
    ("我们县缺好校长。余杭计划五年内引进多少名国外名校长?", ["校长", "引进", "国外"], []),
    ("余杭要引进的10名以上名校长里,从国外请来的有几位?", ["引进", "名校长", "国外"], ["国外"]),
    # a clause that is only a verb done and the count continues the doing of the clause before
    ("亳州那几年提升校长素质,覆盖了多少人?", ["校长", "提升", "素质", "覆盖"], []),
    ("亳州那几年提升校长素质,其中农村校长培训了多少人?", ["校长", "提升", "素质", "农村", "培训"], ["校长", "农村", "培训"]),
    # a word after a demonstrative points back at what was named: it is what the count measures, not a part of it
    ("新老师要先跟岗一阵子,这个“一阵子”定西定的是多少天?", ["老师", "跟岗", "一阵子"], []),
    ("定西跟岗培训里,农村学校的老师有多少名?", ["跟岗", "培训", "农村", "学校", "老师"], ["农村", "学校", "老师"]),
    # a noun after 多大 names the magnitude asked (how large the whole is), not a part of it
    ("亳州给农村学校攒这类老师,订了个多大的盘子、分几年完成?", ["农村", "学校", "老师", "盘子"], []),
    ("亳州给农村学校攒这类老师,订了多大规模、分几年完成?", ["农村", "学校", "老师", "规模"], []),
    ("亳州给农村学校培训老师,其中音体美老师培训了多少名?", ["农村", "学校", "老师", "音体美"], ["老师", "音体美"]),
    # asks joined by 、 are separate asks: the other ask (哪个学段) names no part of what is counted
    ("桐庐跟那家研究机构合作,一共挑了几所、分别是哪个学段的?", ["研究", "机构", "合作", "学段"], []),
    ("亳州给农村学校培训老师,其中音体美、信息技术老师培训了多少名?", ["农村", "学校", "老师", "音体美", "信息技术"],
     ["老师", "音体美", "信息技术"]),
    # a verb linking the subject to its figure (达到) restricts nothing; nor does what follows the count after 才/再
    ("芦溪对老师电子备课定了个比例,要达到多少?", ["老师", "备课", "比例", "达到"], []),
    ("新来的老师先去城里学校锻炼,要待几年才回原校?", ["老师", "学校", "锻炼", "原校"], []),
    ("新来的老师里,农村学校的要待几年才回原校?", ["老师", "农村", "学校", "原校"], ["农村", "学校"]),
    # a bound (最高, 至少) says the figure is a limit, not which part is counted
    ("那篇讲乱收费时拿幼儿园举了个例子,最高到多少钱?", ["乱收费", "幼儿园", "例子", "最高"], []),
    ("拿幼儿园举了个例子,民办的最高到多少钱?", ["幼儿园", "例子", "民办", "最高"], ["民办"]),
    # a verb whose complement 到 reaches the count says what the subject comes to; without 到 it restricts the count
    ("私立幼儿园收费高得吓人,文章里说一个月能收到多少?", ["私立", "幼儿园", "收费", "收到"], []),
    ("亳州那几年提升校长素质,其中农村校长培训到了多少人?", ["校长", "提升", "素质", "农村", "培训到"], ["校长", "农村"]),
])
def test_a_count_is_restricted_only_within_its_own_sentence(question: str, terms: list[str], counted: list[str]) -> None:
    from assistant.intent import count_clause_terms

    assert count_clause_terms(question, terms) == counted


@pytest.fixture(scope="module")
def corpus_by_case(corpus: Corpus) -> Corpus:
    """The corpus with its texts kept per case, so that which case writes a string is known (as the index knows)."""
    from dataclasses import replace

    from assistant.postings import ChunkTexts

    cases, _ = load_cases(Settings().cases_dir)
    return replace(corpus, texts=ChunkTexts([c.text for c in cases]), row_cases=tuple(c.id for c in cases))


@pytest.mark.parametrize("question,places", [
    # a question naming no place is about the one case that alone writes a longer run of it
    ("方院长讲提质强校工程时分了几个角度?", ["tonglu"]),
    ("研究院的地方教育研究中心为啥要研究县里的教育?", ["tonglu"]),
    ("有学者把我国基础教育的发展分成哪几个阶段?", []),  # runs of common words (我国基础教育) name no case
    ("提质强校工程和首席信息官有什么关系?", []),  # runs each only one case writes, two cases: no one place
    ("我们县教师队伍老龄化严重,怎么办?", []),  # a run opens where a word does: 县教师队伍 is inside 我们县
    # a person addressed by surname and post is a name, however short: the one case writing it
    ("季局长讲这回合作的来由时提到的大会是哪天开的?", ["tonglu"]),
    ("王局长讲了什么?", []),  # a person no case writes names no case
])
def test_the_place_a_question_names_by_what_only_it_writes(corpus_by_case: Corpus, question: str, places: list[str]) -> None:
    from assistant.intent import _place_written

    assert _place_written(analyze(question, None, corpus_by_case), corpus_by_case) == places


@pytest.mark.parametrize("question,places", [
    # a question naming no place but a person by surname and post is about that person's case
    ("季局长讲这回合作的来由时,提到县里开过一场教育大会,那是几月几号?", ["tonglu"]),
    ("方院长说这个项目要做几年?", ["tonglu"]),
    ("王局长讲了什么?", []),
    ("局长讲了什么?", []),  # a post alone names nobody
    ("县域内校长交流轮岗有哪些做法?", []),  # a position word before a post is no surname (县域内 + 校长)
    ("淄博的季局长讲了什么?", ["zibo"]),  # a place named is the place asked
])
def test_a_person_addressed_by_surname_and_post_places_the_question(corpus_by_case: Corpus, question: str, places: list[str]) -> None:
    assert analyze(question, None, corpus_by_case).places == places


@pytest.mark.parametrize("question,kind", [
    # a where asked inside what was said of the conversation's place asks where within it, a detail
    ("那第一条里,钱主要都用在哪里?", "fact"),
    ("那第一条里,问题出在哪里?", "fact"),
    ("那还有哪个地方也这么做?", "place"),  # another place asked by name: across places
    ("那第一条里,钱最后投到哪个区域了?", "fact"),  # 区域 is no kind of place asked by name
])
def test_a_where_drilled_into_the_previous_answer_asks_a_detail(corpus: Corpus, question: str, kind: str) -> None:
    intent = analyze(question, _history("余杭的教育经费保障有啥毛病?", "文章说了两条:一是钱投得太单一,二是缺少长效保障。"), corpus)
    assert intent.answer_type == kind


def test_a_followup_goes_on_about_the_place_its_previous_question_named_by_a_name(corpus_by_case: Corpus) -> None:
    """"方院长讲提质强校工程…" names no place but only 桐庐 writes 提质强校工程: the next question is asked of 桐庐."""
    intent = analyze("讲到最后,他希望全县义务教育完成一个啥样的转变?",
                     _history("方院长讲提质强校工程时分了几个角度?", "从为什么要做、这是一个什么项目、怎么样来做三个方面。"),
                     corpus_by_case)
    assert intent.places == ["tonglu"] and "方院长" in intent.terms


@pytest.mark.parametrize("question,term", [
    # segmentation glues a corpus word to the next character ("管师德用的" -> 师德用, a guessed name): the word is the term
    ("那管师德用的是啥手段?", "师德"),
])
def test_a_corpus_word_glued_to_the_next_character_is_the_term(corpus: Corpus, question: str, term: str) -> None:
    assert term in topic_words(question, corpus)


def test_a_segmentation_accident_holding_no_corpus_word_is_no_term(corpus: Corpus) -> None:
    assert topic_words("多少钱建的?", corpus) == []



def test_a_followup_after_an_answer_naming_several_places_is_not_pinned_to_one(corpus_by_case: Corpus) -> None:
    """The previous answer showed 淄博、泰州、定西: the follow-up goes on across them, whichever one case alone writes
    the previous question's wording."""
    intent = analyze("那经费怎么保障?", _history("教师交流轮岗怎么激励?", "**各地做法:淄博市、泰州市、定西市**"), corpus_by_case)
    assert intent.places != ["taizhou"]


def test_a_form_word_after_a_question_word_is_the_frame(corpus: Corpus) -> None:
    """"哪个地区学校最多?": 地区 is what 哪个 asks, not the first half of a name (地区学校 of 薄弱地区学校)."""
    assert "地区学校" not in topic_words("哪个地区学校最多?", corpus)


@pytest.mark.parametrize("question,terms,added", [
    # the last clause adds (也) to what the clause before grants: its own words are asked
    ("芦溪说要统一教学行为,县里有没有把各校的教学进度和作业量也统一起来?", ["统一", "教学", "行为", "教学进度", "作业量"],
     ["教学进度", "作业量"]),
    ("亳州搞了校安工程,同样搞了村小提升没有?", ["校安工程", "村小", "提升"], ["村小", "提升"]),
    ("芦溪有没有统一教学进度?", ["统一", "教学进度"], []),  # nothing granted before
    ("芦溪统一了教学行为,这样做也许能缩小差距吗?", ["缩小", "差距"], []),  # 也许 adds nothing
    ("芦溪统一了教学行为,再也不乱了吗?", ["乱"], []),
    ("芦溪统一了教学行为,县里统一了教学进度吗?", ["统一", "教学", "行为", "教学进度"], []),  # nothing added (no 也)
    # after a report of what the sources say (说), the last clause's own words are asked
    ("芦溪说要统一教学行为,县里统一了教学进度吗?", ["统一", "教学", "行为", "教学进度"], ["教学进度"]),
    ("余杭说要直招毕业生当老师,对非师范出身的有没有限制?", ["直招", "毕业生", "老师", "师范", "出身", "限制"],
     ["师范", "出身", "限制"]),
    ("余杭的说法是要直招毕业生,对非师范的有没有限制?", ["直招", "毕业生", "师范", "限制"], []),  # 说法 reports nothing
    ("听说余杭要直招毕业生,对非师范的有没有限制?", ["直招", "毕业生", "师范", "限制"], []),  # hearsay reports no source
])
def test_the_addition_a_question_asks_about(question: str, terms: list[str], added: list[str]) -> None:
    assert added_detail(question, terms) == added


@pytest.mark.parametrize("question,options", [
    ("亳州的称号是市教育局直接评,还是委托教研部门来评?", ["市教育局直接评", "委托教研部门来评"]),  # doings
    ("诊断完出的报告是只给校长看还是在全区通报?", ["只给校长看", "在全区通报"]),  # no comma before 还是
    ("核心校是城区学校还是农村学校呢?", ["城区学校", "农村学校"]),  # names too; a closing particle is no part
    ("定西有什么做法?", []),
    ("乡镇学校还是要加强管理?", []),  # 还是 an adverb: nothing after it to choose
    # an option that itself asks offers no claim to confirm: how many years is asked
    ("这个名单是定死的还是隔几年调一次?", []),
    ("这笔钱是区里出还是哪个部门出?", []),
    # (an option only holding a question character asks nothing: 几乎, 多少给一点, 几个县, 哪怕)
    ("老师是几乎不用,还是天天用?", ["几乎不用", "天天用"]),
    ("补助是多少给一点,还是全额补?", ["多少给一点", "全额补"]),
    ("是几个县一起办还是一个县单独办?", ["几个县一起办", "一个县单独办"]),
])
def test_the_options_of_an_alternative_question(question: str, options: list[str]) -> None:
    assert alternatives(question) == options


def test_a_typed_question_is_no_summary(corpus: Corpus) -> None:
    """"谁把项目从头到尾讲了一遍?" asks who; 从头到尾 says how it was presented, so neither it nor a follow-up on it
    asks for a document's parts."""
    assert not analyze("桐庐签约那天,谁把项目从头到尾讲了一遍?", None, corpus).sums_up
    assert analyze("数字资源那篇从头到尾讲了啥?", None, corpus).sums_up


@pytest.mark.parametrize("question,term,goal", [
    ("桐庐跟研究院合作,总的想达到哪些效果?", "效果", True),  # the effects wanted are the goals
    ("余杭要取得什么成效?", "成效", True),
    ("桐庐跟研究院合作以后效果怎么样?", "效果", False),  # the effects had are results, not goals
    ("桐庐提质强校主要取得了哪些成效?", "成效", False),  # 主要, and 取得了: what was had
])
def test_effects_wanted_are_goals(corpus: Corpus, question: str, term: str, goal: bool) -> None:
    intent = analyze(question, None, corpus)
    assert ("目标" in intent.equivalents.get(term, [])) is goal


@pytest.mark.parametrize("question,premised,places", [
    # one place's fact as a premise, then a yes/no asked of another: the clauses after the premise are the ask
    ("定西给参加帮扶的人评职称时倾斜,芦溪搞县域内校长老师交流以后,评职称有没有向交流的老师倾斜?",
     "芦溪搞县域内校长老师交流以后评职称有没有向交流的老师倾斜?", ["luxi"]),
    ("定西把区域协作的情况列进对县区政府的考核,上城有没有把改革的成效列进对街道的考核?",
     "上城有没有把改革的成效列进对街道的考核?", ["shangcheng"]),
    # any yes/no form asks it, the A-not-A ones too (买没买, 给不给)
    ("定西给交流帮扶的人买了意外保险,泰州给轮岗老师买没买保险?", "泰州给轮岗老师买没买保险?", ["taizhou"]),
    ("余杭给引进的人才发购房补贴,初中方案给不给流动教师住房补助?", "初中方案给不给流动教师住房补助?",
     ["junior-school-action-plan"]),
    # an A-not-A form in the premise's clause is reported there, not asked
    ("芦溪把课程开没开齐列为开学检查的重点,上城有没有搞开学检查?", "上城有没有搞开学检查?", ["shangcheng"]),
    ("泰州有没有像淄博那样给交流教师发交通补助?", "", ["taizhou"]),  # a model inside the asking clause: no premise
    ("定西和泰州在教师交流上有什么不同?", "", ["dingxi", "taizhou"]),  # a comparison weighs both
])
def test_the_ask_after_another_places_premise(corpus: Corpus, question: str, premised: str, places: list[str]) -> None:
    intent = analyze(question, None, corpus)
    assert intent.premised == premised and sorted(intent.places) == sorted(places)


@pytest.mark.parametrize("question,terms,doing", [
    ("学校点了菜以后要不要付费?", ["学校", "付费"], ["付费"]),  # the verb after 要不要
    ("这些社会人士要不要先过背景审查?", ["社会人士", "背景", "审查"], ["审查"]),  # an adverb between: 先
    ("原来的校名还保不保留?", ["校名"], ["保留"]),  # the verb of an A-not-A form
    ("学校要不要开家长会?", ["学校", "家长会"], []),  # a thing, not a doing
    ("定西有没有给交流老师发补助?", ["交流", "老师", "补助"], []),  # 有没有 asks whether a thing exists
    ("能不能给学校冠名?", ["学校", "冠名"], []),  # 能不能 is modal: no A-not-A verb
    ("还给不给买意外保险?", ["意外保险"], []),  # a one-character verb run into the next: no verb (给买)
    ("去不去农村学校任教?", ["农村", "学校", "任教"], []),
])
def test_the_doing_a_yes_no_question_asks_whether_it_holds(question: str, terms: list[str], doing: list[str]) -> None:
    from assistant.intent import asked_doing

    assert asked_doing(question, terms) == doing


@pytest.mark.parametrize("question,own", [
    # a statement naming no case that speaks of the asker's place by its level (区里) before a sentence naming the
    # case asked of is the asker's: nothing in it is claimed of the case
    ("区里数学学科带头人眼看断档。初中方案要培育多少名学科名师骨干?", True),
    ("我们区学科带头人不够。初中方案要培育多少名学科名师骨干?", True),  # the asker's own statement
    ("区里数学学科带头人眼看断档,怎么办?", False),  # no case asked of: one sentence, nothing before it
    ("亳州区里的学科带头人够不够?初中方案要培育多少名学科名师骨干?", False),  # the statement names a case
])
def test_a_statement_of_the_askers_own_place(corpus: Corpus, question: str, own: bool) -> None:
    from assistant.intent import own_place_statement

    assert bool(own_place_statement(question, corpus)) == own


@pytest.mark.parametrize("question,weighed", [
    # a place the corpus never names, in a question about a case's place, says where something of that case is from
    ("桐庐跟北京那家研究机构合作,一共挑了几所学校?", True),
    ("北京的学校是怎么搞集团化办学的?", False),  # no case's place: the unknown place is what is asked about
])
def test_an_unknown_place_beside_a_case_counts_as_the_scene(corpus: Corpus, question: str, weighed: bool) -> None:
    from assistant.intent import SITUATION_WEIGHT

    intent = analyze(question, None, corpus)
    assert "北京" in intent.unknown_places and "北京" in intent.terms, intent
    assert intent.term_weight("北京") == (SITUATION_WEIGHT if weighed else 1.0)


@pytest.mark.parametrize("text,verbs", [
    ("在协议上签的字", ["签字"]),  # a separable verb split by 的 is the verb
    ("上周开了会", ["开会"]),
    ("学校的校长", []),  # 的 between two words joins no verb
])
def test_separated_verbs(text: str, verbs: list[str]) -> None:
    from assistant.intent import separated_verbs

    assert separated_verbs(text) == verbs


@pytest.mark.parametrize("word,frame", [("具体任务", True), ("主要目标", True), ("具体", False), ("重点任务", False),
                                        ("任务书", False), ("这方面", False), ("具体做法", False)])
def test_a_frame_word_glued_to_a_generic_kind_names_no_subject(word: str, frame: bool) -> None:
    """"分了哪几条具体任务": 具体 frames the ask and 任务 is what items are; 重点 names which tasks (a subject)."""
    from assistant.intent import _frame_then_kind

    assert _frame_then_kind(word) is frame


@pytest.mark.parametrize("question,kind", [
    ("上城区那个教育惠民服务中心,老百姓打哪个咨询电话能找到?", "contact"),
    ("那个服务中心的热线号码是多少?", "contact"),
    ("家长有事该找哪个公众号?", "contact"),
    ("去年有多少人打电话咨询?", "figure"),  # a count of people who phoned
    # a number one dials is a telephone number, asked after a whether-question too
    ("那个工作站有没有对外的咨询热线,家长打哪个号码?", "contact"),
    ("有事拨什么号?", "contact"),
    ("打了多少次电话?", "figure"),
    ("What is the phone number of the centre?", "contact"),
])
def test_a_way_to_reach_someone_is_its_own_answer_type(corpus: Corpus, question: str, kind: str) -> None:
    assert analyze(question, None, corpus).answer_type == kind


@pytest.mark.parametrize("sentence,holds", [
    ("咨询电话:0571-87654321。", True), ("服务热线12345全天开通。", True), ("详见www.example.cn。", True),
    ("关注公众号“上城教育”即可预约。", True),
    ("2019年共接待咨询12345人次。", False),  # a count with its classifier
    ("设立教育惠民服务中心,接受社会各方意见和咨询。", False),  # the centre named, no way to reach it
])
def test_a_contact_is_a_number_or_address_as_written(sentence: str, holds: bool) -> None:
    from assistant.intent import QueryIntent
    from assistant.sentences import has_answer_type

    intent = QueryIntent(question="服务中心的咨询电话是多少?", query="", answer_type="contact")
    assert has_answer_type(intent, sentence) is holds


@pytest.mark.parametrize("question,sentence,holds", [
    ("专家在哪所大学任教?", "定西市家长实验学校10所、家庭教育创新实践基地16个。", False),  # schools and bases, no 大学
    ("专家在哪所大学任教?", "邀请北京师范大学教授开设讲座。", True),
    ("是跟哪所高校合作的?", "西南交大对陇西县文峰中学托管帮扶。", True),  # a university by its short name
    ("是跟哪所高校合作的?", "文峰中学与丹阳实验中学结对。", False),
    ("余杭是跟哪家高校联手的?", "深化与中国美院合作办学,挂牌中国美院附属学校。", True),  # an arts academy by its short name
    ("是哪家单位承办的?", "由定西市教育局承办。", True),  # no kind asked: any organisation
    ("方案报给市局哪个科室?", "于6月30日前报市教育局基础教育科。", True),  # an office is written …科
    ("桐庐和定西分别请了哪家研究机构、哪所高校来帮?", "21世纪教育研究院协助桐庐县教育局。", True),  # two asks: either
])
def test_an_organisation_of_the_kind_asked(question: str, sentence: str, holds: bool) -> None:
    from assistant.intent import QueryIntent
    from assistant.sentences import has_answer_type

    intent = QueryIntent(question=question, query=question, answer_type="organisation")
    assert has_answer_type(intent, sentence) is holds


def test_a_word_for_a_phone_elsewhere_in_an_english_question_asks_no_contact(corpus: Corpus) -> None:
    """The head noun of the wh-phrase says what an English question asks ("the total parent turnout"), not a word
    later in it ("…homework relief and phone rules")."""
    question = "What was the total parent turnout at Dingxi's sessions on home-school cooperation, homework relief and phone rules?"
    assert analyze(question, None, corpus).answer_type != "contact"


@pytest.mark.parametrize("question,quoted", [
    ("余杭“1388”计划分几块?", ["1388"]),
    ("How is Yuhang's '1388' plan organised?", ["1388"]),  # single quotes in English; the apostrophe of Yuhang's is none
    ("What did the schools' teachers get?", []),
])
def test_quoted_phrases(question: str, quoted: list[str]) -> None:
    from assistant.cues import quoted_phrases

    assert quoted_phrases(question) == quoted



@pytest.mark.parametrize("question,dropped,kept", [
    # a word for a part of a whole, counted as the list's kind, is the list's form: no sentence need write it
    ("定西讲重点举措时,是分成哪几大板块来写的?", ["板块"], ["重点", "举措"]),
    ("定西的重点举措有哪几大板块?", ["板块"], ["重点", "举措"]),
    ("初中方案的行动举措分成哪几个部分?", ["部分"], ["行动"]),
    # a kind that is no part of a whole is what the list is of: kept
    ("淄博的共同体分了哪几种模式?", [], ["共同体"]),
    # a part named outside the count is the subject ("板块" of a course, not the list's kind)
    ("劳动教育课程的板块设置有哪几项?", [], ["板块"]),
])
def test_a_part_word_counted_as_the_kind_listed_is_no_subject(corpus: Corpus, question: str, dropped: list[str],
                                                              kept: list[str]) -> None:
    terms = analyze(question, None, corpus).terms
    assert not set(dropped) & set(terms) and set(kept) <= set(terms)


@pytest.mark.parametrize("question,term,named", [
    # a person named by surname and post is the one the sources address so, the deputy's 副 dropped as they drop it
    ("桐庐签约时,徐副局长说项目能让学校实现哪几个目标?", "副局长", "徐局长"),
    ("桐庐签约时,季局长介绍了什么?", "局长", "季局长"),
    ("桐庐签约时,王副局长说了什么?", "副局长", ""),  # no 王局长 in the sources: nothing added
])
def test_a_person_by_surname_and_post_is_the_address_the_sources_write(corpus: Corpus, question: str, term: str,
                                                                       named: str) -> None:
    intent = analyze(question, None, corpus)
    assert term in intent.terms
    assert (named in intent.equivalents[term]) if named else not any(w.startswith("王") for w in intent.equivalents[term])


@pytest.mark.parametrize("term,forms", [
    ("三分之一", ["1/3"]),
    ("四分之三", ["3/4"]),
    ("百分之三十", ["30%", "30/100"]),
    ("分之一", []),  # no whole: no fraction
    ("三分", []),
    ("薄弱校", []),
])
def test_a_fraction_in_words_is_the_same_number_in_digits(term: str, forms: list[str]) -> None:
    """The sources write 1/3左右的初中; the asker says 三分之一: one number (`intent.digit_forms`)."""
    from assistant.intent import digit_forms

    assert digit_forms(term) == forms


def test_a_fraction_asked_in_words_finds_it_in_digits(corpus: Corpus) -> None:
    intent = analyze("初中方案里把大约三分之一的学校定为重点建设的,是依据什么定的?", None, corpus)
    assert "1/3" in intent.equivalents.get("三分之一", [])


@pytest.mark.parametrize("question,dropped,kept", [
    ("淄博那份指导意见给了哪几种共同体的样子?", "样子", "共同体"),  # the kinds of 共同体 are asked
    ("定西搭了哪几种协作体的模样?", "模样", "协作"),
    ("淄博的共同体办学是什么样子?", "", "样子"),  # no kind counted: how it looks is what is asked
])
def test_how_a_counted_kind_looks_restates_the_kind(corpus: Corpus, question: str, dropped: str, kept: str) -> None:
    terms = analyze(question, None, corpus).terms
    assert (not dropped or dropped not in terms) and kept in terms


@pytest.mark.parametrize("question,asks", [
    # each place asked its own thing in a clause naming it alone: that clause's words (and the kind it asks) are its
    ("亳州和芦溪都在抓标准化,亳州验收是怎么个验法,芦溪镇上学校主要治什么矛盾?",
     {"bozhou": ["验收"], "luxi": ["镇上", "学校"]}),
    # (the kind asked after the question word is no word a row must write: "哪家机构" is answered by 研究院)
    ("桐庐请了哪家机构来帮忙,余杭又打算怎么把外地好学校引进来合作?", {}),
    ("定西和淄博让学校结对子,各用的是什么带法?", {}),  # one ask of both: one aspect compared
    ("泰州怎么推均衡的,淄博呢?", {}),  # 淄博呢 asks nothing of its own
    ("亳州的教师怎么补充的,芦溪的教师怎么补充的?", {}),  # the same ask of each
    # clauses taking the places named before them in turn (一个…一个…, 前者…后者…): each its own ask
    ("定西和淄博都在搞结对,一个看重教师交流,一个看重网络教研。两边具体怎么做的?",
     {"dingxi": ["教师", "交流"], "zibo": ["网络", "教研"]}),
    ("定西和淄博都在搞结对,后者看重网络教研,前者看重教师交流。两边具体怎么做的?",
     {"zibo": ["网络", "教研"], "dingxi": ["教师", "交流"]}),
    ("定西和淄博都在搞结对,一个看重教师交流。两边具体怎么做的?", {}),  # one clause for two places: no turn
    ("定西和淄博都在搞结对,一边抓教师交流,一边抓网络教研。两边具体怎么做的?", {}),  # 一边…一边: both at once
    ("泰州和亳州,一个讲均衡,一个讲标准化,哪个投入更大?", {}),  # the asking sentence asks its own thing of both
    # the places' own things joined by 、 in one clause, asked respectively: each piece its place's ask
    ("亳州验收标准化学校、泰州各市区过均衡这道关,分别是用什么方式来把关的?",
     {"bozhou": ["验收", "标准化", "学校"], "taizhou": ["各市区", "均衡"]}),
    ("亳州验收标准化学校、泰州各市区过均衡这道关,是用什么方式来把关的?", {}),  # not asked respectively
])
def test_a_comparison_asking_each_place_its_own_thing(corpus: Corpus, question: str, asks: dict) -> None:
    assert analyze(question, None, corpus).place_asks == asks


@pytest.mark.parametrize("question,term,place", [
    # a document's name words in a row name it ("the district action plan"); one alone is the question's own word
    ("How many middle school campuses does the district action plan intend to build?", "初中", "junior-school-action-plan"),
    ("What does the junior school action plan say about teacher training?", "培训", "junior-school-action-plan"),
    # the name's words not naming the document (no word for a document after them) are what is asked about
    ("What does the digital-resources paper see as the main weakness of digital education resources?", "资源",
     "digital-education-resources"),
])
def test_a_documents_name_words_alone_are_topic_words(corpus: Corpus, question: str, term: str, place: str) -> None:
    intent = analyze(question, None, corpus)
    assert intent.places == [place] and term in intent.terms


@pytest.mark.parametrize("text,left", [
    # a run of the name's words naming the document: after a determiner before a word for a document, after a word
    # for a document and on/about/of, or ending the name ("action plan"); the document's word for itself after a
    # determiner ("the plan")
    ("What does the digital-resources paper see as the weakness of digital education resources?",
     "What does the   paper see as the weakness of digital education resources?"),
    ("The article on online education resources says what?", "The article on online   says what?"),
    ("What does the report on digital education resources say?", "What does the report on   say?"),
    ("What does the junior school action plan say?", "What does the   say?"),
    ("In the junior school action plan, how does the plan help?", "In the  , how does the   help?"),
    # the same words as the question's own: a verb (plan), no determiner, no end of the name
    ("How should a school plan its digital resources?", "How should a school plan its digital resources?"),
    ("How do junior schools plan new campuses?", "How do junior schools plan new campuses?"),
    ("What does the junior plan set?", "What does the   set?"),  # the name cut short, first and last word kept
])
def test_the_runs_naming_a_document(text: str, left: str) -> None:
    from assistant.intent import _without_name_runs

    assert _without_name_runs(text, [["digital", "education", "resources"], ["junior", "school", "action", "plan"]]) == left




@pytest.mark.parametrize("question,places,types", [
    # two question sentences, each naming one place and asking its own thing: both places asked (the first is no
    # premise of the second), each question analysed alone with its own answer type
    ("亳州验收标准化创建学校,每次要验多长时间?桐庐进提质强校项目的学校里,初中有几所?",
     ["bozhou", "tonglu"], {"bozhou": "figure", "tonglu": "figure"}),
    ("定西的家庭教育指导教师遴聘了多少名?上城学校的发展规划由谁来定?",
     ["dingxi", "shangcheng"], {"dingxi": "figure", "shangcheng": "person"}),
    # a sentence asking whether (能不能…?) of its own place is asked too, not a premise; a tag seeking a nod is one
    ("淄博名校集团的成员学校,能不能挂核心校的牌子?泰州要求学校这一级在哪几件事上使劲?",
     ["taizhou", "zibo"], {"zibo": "fact", "taizhou": "list"}),
    ("定西给交流的老师每年发补助,是不是?芦溪发多少?", ["luxi"], {}),
    # one sentence stating a fact of one place and asking yes or no of another: the first is the premise
    ("余杭要挂牌未来教育研究院,芦溪那边有没有类似的研究机构打算?", ["luxi"], {}),
    ("泰州的名师走教是怎么安排的?余杭的呢?", ["taizhou", "yuhang"], {}),  # 余杭的呢 asks nothing of its own
])
def test_each_place_asked_in_a_question_of_its_own(corpus: Corpus, question: str, places: list[str], types: dict) -> None:
    intent = analyze(question, None, corpus)
    assert intent.places == places
    assert {cid: own.answer_type for cid, own in intent.place_intents.items()} == types


@pytest.mark.parametrize("question,word", [
    ("泰州和余杭都给自己排过时间节奏,两边各是怎么分步走的?", "两边"),  # the two places compared
    ("亳州和芦溪建标准化学校,两地有什么不同?", "两地"),
    ("定西和淄博的结对,两者差在哪?", "两者"),
])
def test_a_word_pointing_back_at_the_places_compared_is_no_topic(corpus: Corpus, question: str, word: str) -> None:
    assert word not in analyze(question, None, corpus).terms


def test_the_two_sides_of_a_pair_are_a_topic(corpus: Corpus) -> None:
    """Outside a comparison of places 两边 are the sides of a pair (结对的两边): what the question is about; 双方 are
    an agreement's parties, even in a comparison."""
    assert "两边" in analyze("定西帮别的县的学校搭上对子以后,两边具体要在哪些事上拧成一股绳?", None, corpus).terms
    assert "双方" in analyze("定西和淄博让学校结对子,双方签的协议里都要求写明哪些东西?", None, corpus).terms


@pytest.mark.parametrize("question,word", [
    ("那这个名单是定了就不变,还是隔一段时间重排?", "一段时间"),  # how often, as the asker guesses
    ("定西的结对帮扶搞了一阵子以后,成效怎么样?", "一阵子"),
])
def test_a_vague_stretch_of_time_is_no_topic(corpus: Corpus, question: str, word: str) -> None:
    assert word not in analyze(question, None, corpus).terms



@pytest.mark.parametrize("question,verb,kept", [
    ("他们这几年主要从哪几条线上发力?", "发力", True),  # aspects asked: the effort verb is no topic
    ("亳州从哪几个方面着力推均衡?", "着力", True),
    ("讲数字资源那篇,要把线上资源用起来,主要从哪几方面下手?", "下手", False),  # where a measure starts: kept
    ("泰州还拉上了哪些部门一块儿使劲?", "使劲", False),  # who joins in is asked: no aspects framed by 从
])
def test_a_verb_of_effort_after_the_aspects_asked_is_no_topic(corpus: Corpus, question: str, verb: str, kept: bool) -> None:
    terms = analyze(question, None, corpus).terms
    assert (verb not in terms) is kept



def test_a_thing_done_counted_by_its_position(corpus: Corpus) -> None:
    """件 counts things done: "第一件事" asks position one of a list, as 第一项 does."""
    assert analyze("桐庐那个合作里,专家帮实验校干的第一件事是什么?", None, corpus).ordinal == 1


@pytest.mark.parametrize("text,points_back", [
    ("那对方除了接待,还拿出了什么?", True),  # the other party
    ("学校之间结对方式是固定的吗?", False),  # 对方 inside 结对+方式
    ("针对方面的要求有哪些?", False),
])
def test_the_other_party_points_back(text: str, points_back: bool) -> None:
    """对方 refers to the party the previous turn named; the same characters inside other words do not."""
    from assistant import cues

    assert (cues.FOLLOWUP_DRILL.regex.search(text) is not None) == points_back


@pytest.mark.parametrize("question,head", [
    ("According to Zibo's guideline, what two kinds of school communities should be formed?", "communities"),
    ("What two further aims does Shangcheng give its reform?", "aims"),  # a count and a degree word skipped
    ("When Luxi expanded its town schools, which two tensions did it want to ease?", "tensions"),
    ("What are the three stages?", "stages"),
    ("Which schools joined the group?", "schools"),  # a past verb ends the noun phrase
    ("What are Zibo\u2019s two aims?", "aims"),  # a typographic apostrophe
    ("Which 2 tensions did Luxi ease?", "tensions"),  # a count in digits
    ("What basis did they use?", ""),  # -is ends a singular noun
    ("Which two groups of teachers were sent?", "teachers"),  # a collective counts its members
    ("What kinds did Zibo set?", ""),  # kinds of nothing named
    ("Which kinds of decision-making power did Shangcheng hand over?", ""),  # a mass noun, no items named
    ("How did Luxi ease its tensions?", ""),  # no what/which phrase
])
def test_the_noun_an_english_list_question_asks_its_items_to_be(question: str, head: str) -> None:
    from assistant.intent import english_list_head

    assert english_list_head(question) == head


def test_an_english_list_question_names_its_kind_in_translation(assistant) -> None:
    """"which two tensions" asks 矛盾: the list of that kind, "…大班额突出和专用教室不足的矛盾", not any pair."""
    intent = assistant.analyze("When Luxi expanded its town schools, which two tensions did it want to ease?", None)
    assert intent.answer_type == "list" and intent.list_word == "矛盾"
    answer = assistant.ask("When Luxi expanded its town schools, which two tensions did it want to ease?").answer
    assert "镇区大班额突出" in answer and "专用教室不足" in answer, answer


@pytest.mark.parametrize("text,forms", [
    ("What does it promise after five years?", [["五年"]]),  # a number word with its unit, as the texts write it
    ("What is planned within 3 years?", [["3年"]]),  # digits stay digits
    ("What happens after twelve years?", []),  # no number word read beyond ten
    ("How many years did it take?", []),  # no count stated
])
def test_an_english_span_of_time_is_the_chinese_numeral_and_unit(text: str, forms: list[list[str]]) -> None:
    from assistant.english import _spans_of_time
    from assistant.postings import ChunkTexts

    assert _spans_of_time(text, ChunkTexts(["实现“三年大变样、五年攀高峰”,计划用3年时间"])) == forms


@pytest.mark.parametrize("pieces,words", [
    ([("园", "n"), ("所有", "b"), ("多少", "m"), ("家", "q")], ["园所", "有", "多少", "家"]),  # 所 is the noun's
    ([("学校", "n"), ("所有", "b"), ("多少", "m")], ["学校", "所有", "多少"]),  # a two-character noun keeps its own
    ([("园", "n"), ("所有", "b"), ("老师", "n")], ["园", "所有", "老师"]),  # "all the teachers": no count asked
])
def test_all_before_a_count_is_the_institutions_classifier_and_have(pieces: list[tuple[str, str]], words: list[str]) -> None:
    from assistant.intent import _institution_regrouped

    assert [w for w, _ in _institution_regrouped(pieces)] == words


def test_a_span_in_the_askers_own_statement_is_not_asked(corpus: Corpus) -> None:
    """"We are drafting a five-year plan." is the asker's; the span the sentence that asks counts is asked."""
    assert "五年" not in analyze("We are drafting a five-year county plan. What strategy does Luxi keep to?", None, corpus).terms
    assert "五年" in analyze("What does Yuhang's plan promise after five years?", None, corpus).terms
    # a numeral-tagged span (三年) is a term too, and its words are not glossed again (years -> 年度, 年级)
    terms = analyze("What did Tonglu expect the nine experimental schools to achieve in three years?", None, corpus).terms
    assert "三年" in terms and "年度" not in terms, terms


def test_only_a_verb_and_its_object_are_a_phrase_spelled_out(corpus: Corpus) -> None:
    """结成对子 is the verb and object the sources write 结对; 教师科研成果 is no phrase (教师 a noun): no 教科."""
    assert "结对" in analyze("定西结成对子的学校有多少对?", None, corpus).expansions["对子"]
    expansions = analyze("芦溪的教师科研成果有哪些?", None, corpus).expansions
    assert not any("教科" in ws for ws in expansions.values())


@pytest.mark.parametrize("text,asks,content", [
    # how long is asked by 多久/多长; 很多长期 holds no question word
    ("每期跟岗要多长时间?", True, True),
    ("一次研修要去多久?", True, True),
    ("亳州有很多长期在农村任教的老师。", False, False),
    # a nod sought (是不是, 吗) asks no content
    ("定西每年发1.8万补助,是不是?", False, False),
    ("余杭要挂牌研究院,你听说了吗?", True, False),
])
def test_question_words_of_duration_and_of_content(text: str, asks: bool, content: bool) -> None:
    assert (bool(cues.QUESTION_WORD_RE.search(text)), bool(cues.CONTENT_QUESTION_RE.search(text))) == (asks, content)


@pytest.mark.parametrize("word,spellings", [
    # a plural in -es after a sibilant is looked up as its singular too (the stemmer keeps campuses' e)
    ("campuses", ["campuses", "campus"]),
    ("boxes", ["boxes", "box"]),
    ("referees", ["referees"]),  # no sibilant before -es: a plural in -s
    ("trainees", ["trainees"]),
])
def test_a_plural_in_es_is_looked_up_as_its_singular(word: str, spellings: list[str]) -> None:
    from assistant.english import _spellings

    assert _spellings(word) == spellings



@pytest.mark.parametrize("question,overall", [
    # a word of wholeness, then a verb of summing up before a bare 几: the whole's parts ("归成几条")
    ("泰州中间的总体打法能归成几条?", True),
    ("总体上概括为几点?", True),
    ("总共有几种模式?", False),  # an ordinary count
    ("总体打法里有几个协作体?", False),  # no summing up
    # the main lines counted are the whole's parts, as 主线是… is
    ("定西把区域协作的举措理成了几条主线?", True),
    ("这条主线上有几所学校?", False),
])
def test_a_whole_summed_up_or_its_main_lines_asked_is_asked_overall(question: str, overall: bool) -> None:
    from assistant.intent import asked_overall

    assert asked_overall(question) == overall


@pytest.mark.parametrize("question,edge", [
    ("初中方案开头说的〃三为本〃,具体是哪几条?", "opening"),
    ("数字资源那篇开头说,疫情那阵子网课到底兜住了个啥局面?", "opening"),
    ("淄博这份文件开篇定下的原则有哪几条?", "opening"),
    ("淄博文件末尾给共同体撑了哪几道保障?", "ending"),
    ("那篇结尾落到了什么上?", "ending"),
    # items opening with a quoted word are no document's opening; nor is the asker's own report in the scene
    ("定西说自家的路数,几条都是“坚持高……”开头,一共几条、各讲啥?", ""),
    ("淄博这份意见是用哪几个“坚持”开头的?", ""),
    ("我得在汇报开头放一句分量重的话。定西把抓教育和抓发展的关系概括成了啥?", ""),
    ("最后一条是什么?", ""),  # a position in a list, not the document's end
])
def test_the_edge_of_a_document_asked(question: str, edge: str) -> None:
    from assistant.intent import edge_asked

    assert edge_asked(question) == edge


@pytest.mark.parametrize("text,match", [
    # a light verb after a demonstrative of manner: the doing said is the subject
    ("那这么一弄,学校能落着什么实惠?", "这么一弄"),
    ("这样做有什么好处?", "这样做"),
    ("这样一来学校轻松了吗?", "这样一来"),
    ("这么考核想达到什么效果?", None),  # 考核 names a doing of its own
    ("这样的做法别处有吗?", None),
])
def test_a_light_verb_points_at_the_doing_said(text: str, match: str | None) -> None:
    m = cues.DOING_POINTER_RE.search(text)
    assert (m.group(0) if m else None) == match


@pytest.mark.parametrize("text,asked", [
    # kinds of people counted where 谁 asks: groups by kind, not names
    ("点名要格外关注的弱势孩子有几类?分别是谁?", True),
    ("要关注哪几种人,都是谁?", True),
    ("牵头的是谁?", False),
    ("这几所学校的校长分别是谁?", False),
])
def test_kinds_of_people_asked_by_who(text: str, asked: bool) -> None:
    assert bool(cues.KINDS_OF_PEOPLE_ASKED_RE.search(text)) is asked


@pytest.mark.parametrize("question,places", [
    # a word for both places in the asking part asks of every place named, not of the last one alone
    ("上城和桐庐都让学校自己定发展规划。两边的规划各管几年?上城到期后又怎么考?", ["shangcheng", "tonglu"]),
    ("定西每年发生活补助,芦溪给交流的老师发多少补贴?", ["luxi"]),  # the earlier place is the premise
])
def test_both_places_asked_by_a_word_for_both(corpus: Corpus, question: str, places: list[str]) -> None:
    assert sorted(analyze(question, None, corpus).places) == sorted(places)


@pytest.mark.parametrize("text,overall", [
    # the whole's frame or its big parts asked: the document's own parts
    ("泰州市里的工作框架是怎么搭起来的?", True),
    ("能不能按大条给我捋一下?", True),
    ("按大类分,淄博的共同体有几种?", False),  # classifying inside a counted question
    ("这个框架下有哪些内容?", False),
    ("定西协作体有哪些动作?", False),
])
def test_the_whole_asked_by_its_frame_or_big_parts(text: str, overall: bool) -> None:
    assert bool(cues.OVERALL_RE.search(text)) is overall


@pytest.mark.parametrize("text,divided", [
    ("按内容还划成了几个方面?", True),
    ("奋进计划划为哪几块?", True),
    ("这项计划有哪几个方面?", False),  # 计划 is no verb of dividing
    ("规划成了哪几片?", False),
])
def test_verbs_of_dividing_asked(text: str, divided: bool) -> None:
    assert bool(cues.DIVISION_ASKED_RE.search(text)) is divided
