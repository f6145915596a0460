"""Abstention by evidence, table-driven on the real corpus and index: each row is a question and whether the cases
answer it, with the rule that must fire when they do not. Rows are written for the rules, not taken from a gold set.
"""

from __future__ import annotations

import pytest

from assistant import Assistant
from assistant.abstain import RULES
from assistant.schema import Answer
from assistant import cues

ANSWER = None  # the row must be answered

ROWS = [
    # (question, rule that fires or ANSWER)
    # the whole name of a part of the case, written in the question, is its subject
    ("泰州那篇里“坚持硬软件齐抓”那块,分几头讲的?", ANSWER),
    ("哪份材料说像工厂流水线那样培养人才已经不行了?", ANSWER),  # a simile describes; 工厂 is not the thing asked
    ("哪些地方在招生名额分配上给薄弱初中做文章?", ANSWER),  # an idiom the thesaurus lists as an action is no thing
    ("哪些地方在应对人口老龄化?", "off_corpus"),  # a phenomenon (老龄化) is a thing the cases may not cover
    ("余杭那篇文章第八部分写了什么?", "missing_section"),  # a part the document does not have: say which it has
    ("局长研究联盟的定位里,互助、共生分别指什么?", ANSWER),  # a list is evidence as a whole: its introduction and items
    ("In Shangcheng, who decides a school's goals and development path?", ANSWER),  # "who decides": an agent (由各校…确定)
    # no place named, a thing the corpus never names, nothing close in meaning: off the corpus
    ("学校心理咨询室的专职心理老师应该怎么配?", "off_corpus"),
    ("学生体质健康测试不达标的,怎么安排补测?", "off_corpus"),
    ("幼儿园保育员的工资标准一般是多少?", "off_corpus"),
    ("学校塑胶跑道的铺设有没有国家标准?", "off_corpus"),  # a compound of nouns (国家标准) may name a new thing
    # …but a word no source writes beside others one sentence states is the asker's for a detail of what it covers:
    # one item of a list whose other items it writes, or a question it states nearly all of
    ("哪个区明确把人事、经费、装备和课程上的自主权真正放给了学校?", ANSWER),
    ("有份材料说要给每个老师建信用档案,师德考核搞负面清单,失信了要惩戒,是哪份?", ANSWER),
    # a one-character verb and an object the corpus writes (评 + 职称) is a way of saying what it says
    ("老师们最在乎评职称。哪些地方提到要在评职称上给老师政策?", ANSWER),
    # …but a colloquial noun the corpus lacks, in a question close in meaning to a passage, is answered
    ("研究院的地方教育研究中心打算怎么给县里的教育把脉开方子?", ANSWER),
    ("线上教育能不能把学生平时的表现都记在本子上?", ANSWER),
    # a spoken noun (root + 子/儿) whose root the corpus writes (挂牌) is no thing the cases never cover
    ("有没有哪个区挂上了美院附属学校的牌子?", ANSWER),
    ("哪个区把教研室换了块以学生为名的牌子?", ANSWER),
    ("学校食堂的菜谱牌子一般多大尺寸?", "off_corpus"),  # 菜谱 is still a thing no source writes
    # answered: the subject is stated, in the documents' words or the user's
    ("定西是怎么解决教师不足的?", ANSWER),
    ("定西那边老师不够,他们怎么办的?", ANSWER),
    ("亳州的做法有什么亮点?", ANSWER),
    ("淄博的学校发展共同体有哪几种模式?", ANSWER),
    ("亳州的村小提升工程覆盖了哪几个县区?", "unlisted_members"),  # divisions asked by name: none named
    # "哪些地方的…" with a set size stated asks for that set's members, not for places
    ("局长研究联盟那12家副理事长单位,都是哪些地方的教育局?", "unlisted_members"),
    ("定西的教育质量分析研判推进会在哪几个县开的?", ANSWER),  # 岷县、漳县和渭源县
    # institutions asked by name with no size stated: the sources must name two; a count ("8对") is not them
    ("初中方案推进的8对城乡初中教育共同体,分别是哪些学校结的对?", "unlisted_members"),
    # a place named: words the corpus never uses are set aside even when the thesaurus has neighbours for them
    ("定西动手改管理体制和办学模式,说到底是要治什么病?", ANSWER),
    ("定西给交流帮扶人员每人每年补助多少钱?", ANSWER),
    ("亳州的标准化建设现场推进会,一共开了多少次?", "missing_type"),  # 每季度…一次 is a rate, not the total
    ("桐庐教育局的局长是谁?", ANSWER),
    ("桐庐是和哪家研究机构合作的?", ANSWER),
    ("定西的实施意见是哪一年印发的?", ANSWER),
    ("哪个地方把新招的教师一律派到农村缺编学校?", ANSWER),
    ("桐庐和余杭在引进外部资源上有什么不同?", ANSWER),
    ("How did Dingxi deal with its teacher shortage?", ANSWER),
    ("上城区的管办助评是怎么回事?", ANSWER),
    ("芦溪推进标准化建设包括哪几个方面?", ANSWER),
    ("余杭的教育存在哪些问题?", ANSWER),
    # a place named anchors the subject: words the corpus never uses are no evidence against it
    ("芦溪镇上的学校一个班塞太多学生,他们怎么办?", ANSWER),
    ("余杭搞教育的钱主要花在哪儿了?", ANSWER),
    ("泰州推进均衡分几步走?", ANSWER),
    # an act asked of a thing the place's text names only in passing must be stated in those sentences
    ("定西的“筑基计划”对学生是怎么考核的?", "unstated_of_name"),
    ("定西的“筑基计划”是怎么实施的?", ANSWER),  # 试点实施
    # an A-not-A under another question word names what is required, not a doing whose holding is asked
    ("淄博对农村学校参不参加城乡结对是怎么要求的?", ANSWER),
    ("初中方案要怎么建设“品质初中”?", ANSWER),  # an act bringing the named thing about asks how it is done
    ("泰州的“泰微课”平台是怎么共享资源的?", ANSWER),  # 全市共享
    # "这几层" points at the parts the question names itself: no count is asked
    ("定西说要“引进来”,在县与县、校与校、人与人这几层各做了哪些安排?", ANSWER),
    # what the asker says of their own place (区里) claims nothing of the case asked of
    ("区里的学科带头人眼看断档了。初中方案到2025年,市级、区级学科名师骨干各培育多少名?", ANSWER),
    ("我读到有份材料要求每所初中设首席信息官。这是哪份方案里的?", ANSWER),  # 这 points back at the statement
    # what one place did, asked broadly (method, overview): the measures' gist is enough once one sentence states a
    # fair share of the subject by itself; a sentence stating little of it leaves the question unanswered
    ("上城的教研是咋分组的?", ANSWER),
    ("上城教育局是怎么给自己瘦身、改作风的?", ANSWER),
    ("亳州的首席信息官制度是如何运行的?", "off_topic"),  # another case's institution
    # …and when its words fail, the place anchors a broad question whose meaning is as close to the place's text as
    # to any other case's (place_meaning.py); a quoted name must still be the place's own
    ("亳州在把校舍弄得像样这块,都有哪些大动作?", ANSWER),
    ("余杭开范式家长会有什么经验?", "off_topic"),  # another case's text is clearly closer in meaning
    ("上城的“泰微课”平台上都开了哪些课?", "off_topic"),  # a quoted name the place never writes
    # a word quoted in the asker's own scene is their wording, not a name asked of the place
    ("区人大常委会点名要听教育“欠账”。那篇拿余杭做样本的课题,说这个区的教育卡在哪几处?", ANSWER),
    # a broad question closer in meaning to another case, naming word for word a thing only that case writes, asks
    # that case's practice of this place
    ("余杭的名师片管校用是怎么推的?", "wrong_place"),
    ("桐庐搞村小提升工程有哪些做法?", "wrong_place"),
    ("淄博的局长研究联盟是怎么组织的?", "wrong_place"),
    # an organisation named as the sources write it (中国 + 美院) is a name whatever is asked: another case's partner
    ("上城区跟中国美院合作挂牌的那所附属学校叫什么,开了哪些美术课?", "wrong_place"),
    ("余杭跟中国美院合作挂牌的学校叫什么?", ANSWER),
    ("泰州的名师片管校用是怎么推的?", ANSWER),  # the same name asked of its own place
    ("芦溪为了促进教育公平,主要照顾了哪些学生?", ANSWER),  # a common phrase another case writes, not clearly closer
    # a name another case writes word for word, asked of a place whose case does not write it (an affix aside)
    ("芦溪有没有成立未来教育研究院?", "wrong_place"),
    ("上城有没有成立学生发展研究中心?", ANSWER),  # its own name
    ("淄博有没有搞县管校聘改革?", ANSWER),
    ("亳州有没有实施千所村小提升工程?", ANSWER),
    # unknown places
    ("深圳的课后服务是怎么做的?", "unknown_place"),
    ("成都市如何推进教育数字化?", "unknown_place"),
    # judgements and forecasts
    ("这种做法推广到全国能成功吗?", "opinion"),
    ("你觉得淄博的模式好不好?", "opinion"),
    ("余杭的奋进计划五年后能全部实现吗?", "opinion"),
    ("亳州的遴选机制会不会让农村老师更留不住?", "opinion"),
    # off the corpus, or the subject not stated for the place asked about
    ("怎么申请中小学教师资格证?", "off_corpus"),
    ("高考志愿怎么填报比较稳妥?", "off_corpus"),
    ("how to cook pasta?", "off_topic"),
    ("上城区的名师走教是怎么安排的?", "off_topic"),
    # a figure, date, name or organisation the text does not give
    ("定西给交流帮扶人员买的意外保险保额是多少?", "missing_type"),
    ("余杭区2021年教育经费总投入是多少?", "missing_type"),
    ("定西市一共有多少名留守儿童?", "off_topic"),
    ("定西市家庭教育指导工作站的负责人是谁?", "missing_type"),
    ("淄博共投入多少亿元建设智慧校园?", "off_topic"),
    ("定西73万人次参会家长中农村家长占多少比例?", "missing_type"),
    # a figure of another plan period or of one place inside the case is not the figure given
    ("亳州“十三五”期间培养了多少名市级骨干教师?", "missing_type"),
    ("定西504名特岗教师里渭源县有多少名?", "missing_type"),
    ("淄博的三种共同体模式哪一种最好?", "opinion"),
    # a name (a long compound or a quoted phrase) the place's case never uses, though another case does: their fact
    ("泰州给走教老师买了意外保险吗?", "wrong_place"),
    ("芦溪交流轮岗的老师有没有生活补助和意外保险?", "wrong_place"),
    # the alternatives a yes/no offers as its thing (退出或者换校), none stated: whether the place has one is unknown
    ("桐庐的提质强校项目有没有退出或者换校的办法?", "unknown_thing"),
    # an English question's names are the compounds its glosses make in the corpus' writing (未来教育研究院)
    ("Did Luxi create a future education research institute?", "wrong_place"),
    # …by a phrase its words translate to as one; a single word's long gloss (poor -> 贫困地区) names nothing asked
    ("Luxi promised to fix poor living conditions at its rural schools. Which concrete problems with dorms, canteens and toilets does it name?", ANSWER),
    # a word only the asker's scene writes ("poor" -> 贫困地区, another case's word) asks nothing of the place
    ("We keep hearing complaints about poor dormitories in our village schools. What problems with rural school living facilities did Luxi set out to fix?", ANSWER),
    ("What is Yuhang's future education research institute meant to do?", ANSWER),
    # an English question's glosses state less of a sentence than Chinese words do: lower shares (EN_*_COVERAGE)
    ("Which goals has Luxi by and large reached for compulsory schooling in the county?", ANSWER),
    ("What title does the head of a school group carry in Zibo?", ANSWER),
    # (students are stated, by 学生 and its equivalents: no sentence on them gives the count of those wearing glasses)
    ("How many students in Bozhou wear glasses?", "missing_type"),
    # anchored to its place by meaning (an English figure question), but no sentence of it gives the count
    ("How many special-post teachers did Shangcheng train each year?", "missing_type"),
    ("定西给交流帮扶人员买意外保险了吗?", ANSWER),
    # a kind the organisation cue names itself with any classifier (哪所院校) is generic: a short name (中国美院) answers
    ("余杭打算办一所全省拔尖的美术特色高中,牵手的是哪所院校?", ANSWER),
    ("余杭打算跟哪家期刊合作?", "missing_type"),  # a kind of body the sources never name
    ("上城那套改革一共走了几步棋?", ANSWER),  # moves (步棋) are the measures taken, no parts counted in 步
    # what a text sums up (总结的路子) is the text's act, no topic the place must write; 路子 is a way of doing
    ("泰州材料里总结的路子分成哪几大条?每条用的什么推进方式?", ANSWER),
    ("亳州的“领头雁+群雁飞”工程是怎么培养骨干的?", "wrong_place"),  # a quoted name is literal (学科带头人 is not it)
    ("初中方案的“统领”行动有哪些内容?", ANSWER),  # a name in the case's own headings is the case's word
    ("淄博和泰州,谁的均衡做得更好?", "opinion"),  # 谁…更好 judges
    # a question naming no place: one case must state its subject; words gathered from several cases are no evidence
    ("中小学生近视怎么防控?", "off_topic"),
    ("哪些地方在新建或改扩建学校?", ANSWER),  # across places: each states the gist in its own words
    # members of a set the question sizes must be named by the sources; a count alone is not them
    ("桐庐选定的6所初中分别是哪几所?", "unlisted_members"),
    ("余杭打造的五十所省级示范标杆性学校都是哪些?", "unlisted_members"),
    # …but a joint document's issuers are designated by the lead issuer and their number (教育部等五部门发布): that
    # designation is how the sources name them, and it answers
    ("讲线上资源那篇文章里的《意见》,是哪些部门一起发的?", ANSWER),
    ("线上资源那篇的《意见》,教育部以外还有哪几个部门参与发布?", "unlisted_members"),  # the others: not named
    # the names of a set the question sizes are its members asked: named in the sources, or not answered
    ("线上资源那篇提到的《意见》是五个部门联合印发的,教育部以外,其余四个单位全称叫什么?", "unlisted_members"),
    ("桐庐那六所初中的名字叫什么?", "unlisted_members"),
    ("定西那3个协作体的名称都叫什么?", ANSWER),  # named: 安定区、陇西县和临洮县…协作体
    # a yes/no question asks whether the place has that very thing: a three-character name only other cases write
    # (第三方, in 淄博's) is missing from the asked place, however much of its scene the question repeats
    ("桐庐那几所实验校跟研究院合作满一年的时候,有没有请第三方做过阶段评估?", "wrong_place"),
    ("淄博有没有请第三方做评估?", ANSWER),
    # a bare 家 counts units of any kind: the places a sentence names doing the thing are its members
    ("泰州首批通过优质均衡验收的是哪两家?", ANSWER),  # 靖江市、姜堰区通过…首批…验收
    ("桐庐提质强校的八项合作目标里第八项是什么?", ANSWER),  # eight are listed, one per paragraph
    # a date before the name of the gathering pointed back at (那个会: the 大会 named before) dates it
    ("桐庐这个项目是县里开完那次动员大会后推出来的。那个会是哪天召开的?", ANSWER),
    # the nine schools counted by 所 are not the set the question word's own classifier (项) counts
    ("桐庐那九所试点校签约以后,合作方要陪着它们干的活儿有哪几项?", ANSWER),
    ("桐庐那九所试点校都是哪几所?", "unlisted_members"),
    ("定西建立的3个区域协作体分别是哪几个?", ANSWER),
    ("淄博的学校发展共同体分哪三种模式?", ANSWER),
    ("淄博共同体建设基本原则的第六条是什么?", "unlisted_members"),  # the list named 基本原则 has four
    ("淄博共同体建设基本原则的第三条是什么?", ANSWER),
    # a position the case names word for word (第二阶段) is a part that exists: the question asks what is in it
    ("泰州到了第二阶段,哪些地方通过了验收?", ANSWER),
    ("泰州的第四阶段是做什么?", "unlisted_members"),  # three stages are named, no fourth
    ("泰州那套分阶段往前推的打法,三个阶段各自定的目标是啥?", ANSWER),  # 第一阶段…第三阶段: named by their ordinals
    ("初中方案的校长职级制分几级?", "unlisted_members"),  # neither a count of 级 nor a list of them
    # 环节 are the steps of a process or a lesson, as 步 and 阶段 are: counted or listed (a list its closing noun names)
    ("芦溪的“自主、高效”课堂,一节课分几个环节?", "unlisted_members"),
    ("数字资源那篇说的教育教学新模式覆盖几个环节?", ANSWER),  # 课前、课中、课后各环节
    ("淄博有没有发统一的共同体章程范本,分几章?", "unlisted_members"),  # a yes/no question asking the parts too
    # a whole document asked divided (分几层论证): its own top-level sections are its parts, whatever it calls them
    ("那篇讲数字教育资源的文章,整体思路是分几层论证的?", ANSWER),
    ("余杭那篇文章一共分了几大条来写?", ANSWER),
    ("初中方案的校长职级制分几层?", "unlisted_members"),  # a thing inside the document, not the document divided
    ("泰州讲的那股合力,是分几个层面去抓的?", ANSWER),  # 层面 is an aspect (政府层面…部门层面…), not a counted 层
    # a count of pairs of institutions (11对学校) sizes no set of another kind asked after 哪几个 (问题)
    ("定西让那11对学校列任务清单时,要求每项都得讲清哪几个问题?", ANSWER),
    # parts counted in the asker's statement are not asked ("听几节课"): the asking sentence asks the mechanisms
    ("城里学校派人来听几节课就走。淄博给城乡帮扶的共同体,内部要构建的机制有哪几样?", ANSWER),
    ("泰州推进均衡分几步走?", ANSWER),  # 三步走: the count is stated
    ("定西的家长实验学校有多少册图书?", "missing_type"),  # 册 is a unit: 5万元 of books is no count of volumes
    # a count closing the question is of the part it names: the whole set's figure does not answer it
    ("余杭那批高品质学校里小学有几所?", "missing_type"),
    # a count restricted by its own clause: the whole set's figure does not count the part (国内外 is not 国外)
    ("余杭计划引进的名校长当中,从国外请来的有几位?", "missing_type"),
    # people are counted in 名/人/位: "在一个县区召开一次" counts no one
    ("亳州的标准化建设现场推进会,每次多少人参加?", "missing_type"),
    # one instance of something recurring, asked by its position: a sentence must state that instance
    ("余杭定期办的国际“未来教育”论坛,首届是在哪里办的?", "unstated_instance"),
    ("亳州每季度轮流召开的标准化建设现场推进会,第一场在哪个县区?", "unstated_instance"),
    ("定西首批走进读者集团研学的是哪些学生?", ANSWER),  # 首批165名…: the instance is stated
    ("定西走进读者集团研学的第二批学生是哪个学校的?", "unstated_instance"),  # only 首批 is stated
    # whether a place did a thing no case and no thesaurus knows cannot be confirmed; colloquial words can be set aside
    ("上城各校自主确定的学校章程,是不是要先经过教代会表决通过?", "unknown_thing"),
    # …so is a person or an object the thesaurus lists (公章 Bp, 律师 Ae) that the corpus never names; a word of
    # place or abstraction (所在地 Cb) is the asker's own wording, and 公章 is one word though 公 and 章 occur apart
    ("泰州的名师走教要不要盖公章登记?", "unknown_thing"),
    ("上城的教育惠民服务中心有没有配专职律师?", "unknown_thing"),
    ("那个初中方案是不是按学校所在地给初中分了类?", ANSWER),
    ("芦溪盖新学校讲不讲排场?", ANSWER),  # 排场: the thesaurus knows it (铺张)
    ("淄博的共同体里是不是得有个挑头的?", ANSWER),  # 挑头 is no thing
    ("淄博搞城乡帮扶,年轻老师和学术交流有没有安排?", ANSWER),  # 学术交流: two words the corpus uses
    ("余杭有的地方把民办硬转成公办,转彻底了没有?", ANSWER),  # 转成: a fragment, not a word of its own
    ("定西走进读者集团研学的第一批学生是哪个学校的?", ANSWER),  # 第一批 is 首批
    # a day asked is answered only by a day (定西's 研学 is dated 2023年12月)
    ("定西那次“优秀学子走进读者”研学,师生是哪天出发的?", "missing_type"),
    ("定西那次“优秀学子走进读者”研学是哪年办的?", ANSWER),
    # periods offered as options: only a stated period answers (定期 says none)
    ("余杭说要定期办国际“未来教育”论坛,这个论坛是一年一届还是两年一次?", "unstated_alternative"),
    ("亳州的标准化现场推进会是每季度开一次还是每月开一次?", ANSWER),
    # a county of the case's city the corpus never names, in the sentence that asks, restricts the fact to it
    ("泰州的海陵是哪一年通过优质均衡验收的?", "missing_type"),
    ("泰州的靖江是哪一年通过优质均衡验收的?", ANSWER),  # one the case names
    ("亳州每年补充近两千名教师,这些新招的老师试用期是一年还是半年?", "unstated_alternative"),  # 每年 is not of 试用期
    # durations offered are no frequencies; a short name (现场会) is stated in full (现场推进会)
    ("初中方案里,农村新入职教师到城镇优质学校学习锻炼是一年还是三年?", ANSWER),
    ("亳州对创建学校的错位验收是一周还是两周?", ANSWER),
    ("亳州的现场会是每个季度一次还是每月一次?", ANSWER),
    # paid by month or by term: a period of paying, answered only by a stated period (参照…执行 states none)
    ("淄博给参与城乡结对帮扶的流动校干教师发交通补助,是按月发放还是按学期发放?", "unstated_alternative"),
    ("定西给交流帮扶人员补贴生活补助,是按年发还是按月发?", ANSWER),  # 每人每年1.8万元: a period stated of it
    # how many a thing is done for: a distributive set phrase (“一县一案”“一共同体一案”) states one for each thing it names
    ("淄博让区县写共同体方案,是一个县写一份就行,还是每个共同体也得单独写?", ANSWER),
    # a part named whole in the asking sentence is asked; the asker's scene before it says why they ask, and a verb of
    # summing up (归纳, 概括) says how
    ("市里让我总结总结跨县协作有啥经验可讲。定西在“特色与经验”里归了哪几条?", ANSWER),
    ("上城在“强化简政放权”那部分概括了哪些做法?", ANSWER),
    # a one-character verb in A-not-A (给不给, 去不去) is no doing to look for by itself
    ("定西给交流帮扶人员发生活补助,还给不给买意外保险?", ANSWER),
    ("亳州新招的中小学教师,去不去农村学校任教?", ANSWER),
    ("定西2023年秋季交流了多少骨干教师到结对学校?", ANSWER),  # 交流 is no paying
    # the instance asked is the one in the sentence that asks, not one a remark after it names
    ("定西读者集团那个研学,首批去的是哪所学校的师生?后来好像还有第二批。", ANSWER),
    ("定西读者集团那个研学,首批去了东方红中学的师生,第二批是哪所学校去的?", "unstated_instance"),  # the last one asked
    ("泰州是不是首批通过省优质均衡验收的?", ANSWER),  # whether it was among the first: a title, not an instance
    # where something is located: a site or address must be stated
    ("上城区教育惠民服务中心位于哪条街?", "missing_type"),
    # which did better is a judgement, even between two places of the corpus
    ("泰州和亳州哪个地方教师交流搞得更扎实?", "opinion"),
    # a compound the question writes as the corpus does (交通补助) names a thing: the place's case must state it, its
    # head (补助) or a thesaurus synonym of the head
    ("泰州有没有像淄博那样给交流教师发交通补助?", "wrong_place"),
    ("淄博那种强强联手的学校联盟平时怎么合作?", ANSWER),  # 强强联合: the head's synonym is stated
    # …only a question whether the place has the thing (or how much) is about it: asking how something is done may
    # word it with another case's compound (后备人选 for 储备人才)
    ("定西的校长后备人选和骨干教师去外县帮扶,这段经历回来怎么算?", ANSWER),
    # criteria asked: the sources must state a condition or standard (标准化, 办学条件 are none)
    ("淄博共同体的核心学校按什么条件确定?", "missing_type"),
    # 多少 + a noun naming people counts people: a date in a sentence on the subject is no such count
    ("余杭的新建学校能容纳多少学生?", "missing_type"),
    ("定西的筑基计划让多少学生走上了贯通培养的路子?", ANSWER),  # 3000多名学生
    ("芦溪为了让学校条件达到标准化,都做了些什么?", ANSWER),  # 达到 frames the target: not required as evidence
    ("余杭和淄博的名校集团,一所名校各带几所学校?", ANSWER),  # a count for each member: no names required
    # an English question's glosses are noisy (no gloss for "cross-inspection", 应用 for "applying"): the typed answer
    # is looked for among the best sentences by meaning and words, not only those its glosses cover
    ("How long does Bozhou's cross-inspection of a school applying for the standardisation title last?", ANSWER),
    # options offered by name: the sources must name one of them (they say only that rooms are short, not which)
    ("桐庐的实验校,合作方是北京师范大学、华东师范大学还是浙江大学?", "unnamed_options"),
    ("泰州的名师走教,最先试点的是海陵、高港还是兴化?", "unnamed_options"),
    ("淄博的共同体,核心校是城区学校还是农村学校?", ANSWER),  # options the text names: no refusal on them
    ("定西结对学校签完协议,是一口气干完还是一环扣一环往前推?", ANSWER),  # ways of doing, not names: no options
    # an organisation of a kind the corpus never names; a generic kind (科室) is answered by any office's name
    ("余杭那篇研究文章发表在哪家期刊上?", "missing_type"),
    # …a kind of two words is named by its short form (美术院校: the sources write 中国美院); one never written is not
    ("余杭跟哪所美术院校合作办学?", ANSWER),
    # an academy asked by its short name (哪所美院) is answered by one of that kind, in the place asked
    ("余杭跟哪所美院合作办学?", ANSWER),
    ("上城跟哪所美院合作办学?", "missing_type"),  # 上城 names no art academy (余杭 does)
    ("余杭那篇研究文章发表在哪家科技期刊上?", "missing_type"),
    ("淄博的共同体实施方案报市教育局哪个科室?", ANSWER),  # 基础教育科
    # a name quoted “…” is the one a document quotes 〃…〃: not another case's name
    ("初中方案“十四五”期间要新建、改扩建多少所初中?", ANSWER),
    # a count in a unit of measure is answered only in that unit; several organisations asked (哪几家) are bodies
    ("淄博的集团式共同体,成员学校之间最远不能超过几公里?", "missing_type"),
    ("亳州往农村补了不少新老师,现在农村老师的平均年龄降到了多少岁?", "missing_type"),  # an age, in 岁
    ("余杭说课后服务要多样化、全覆盖,课后延时服务每天延到几点?", "missing_type"),  # a time of day
    ("数字资源那篇提到互联网教育外包服务,具体是哪几家公司?", "missing_type"),
    # a thing named in quotation marks as the sources write it: its typed answer is stated in a passage naming it
    ("那篇文章讲到的“互联网+教育”普及行动,是哪个部门牵头、哪年启动的?", "missing_type"),
    ("初中方案“十四五”期间新建改扩建初中学校几所?", ANSWER),
    # criteria asked in other words (按的是啥评定标准): the sources must state a condition or standard
    ("余杭说要全面建成数字化示范学校,区里评数字化示范学校按的是啥评定标准?", "missing_type"),
    # who did something: a body named in a sentence not stating that doing did not do it
    ("定西选树的那批甘肃省家庭教育创新实践基地,是由哪家单位评定授牌的?", "missing_type"),
    ("全国教育局长研究联盟成立以后,每年的年会由谁来承办?", "missing_type"),
    ("淄博的共同体实施方案由哪个部门审核?", ANSWER),  # 经区县审核后…报市教育局基础教育科
    # handed over to someone with a doing after (交给谁审定): a sentence must state that doing; the next ask is apart
    ("桐庐的实验学校编好三年发展规划以后,要交给谁审定、什么时候截止?", "missing_type"),
    # a post named before 谁来当: a person's name is asked, not a body
    ("余杭要成立的未来教育研究院,院长打算请谁来当?", "missing_type"),
    # the post named after 谁来当 with what it heads (这个中心的主任): a person holds it, a body named is no answer
    ("上城区把原来的教研室改成学生发展研究中心以后,是谁来当这个中心的主任?", "missing_type"),
    # who did a doing the question marks (是谁…签的字, 签字 split by 的): a person named at that occasion doing
    # something else (主持 the 签约仪式, attending it) did not do it; the doing named must be stated of a person
    ("桐庐那次签约仪式上,研究院一方和县教育局一方分别是谁在协议上签的字?", "missing_type"),
    ("桐庐跟研究院签约那天,研究院那边是哪位领导和桐庐教育局一起在协议上签的字?", "missing_type"),
    ("桐庐签约仪式上主持的是谁?", ANSWER),
    ("桐庐的签约仪式是由谁主持的?", ANSWER),
    ("桐庐签约仪式上是哪位副局长主持的?", ANSWER),
    # a detail (how much, which body) stated only in sentences saying much less of the subject than the one stating
    # it best: the detail of something else (TYPED_SHARE)
    ("余杭给引进人才的购房补贴,一个人最多能拿多少?", "missing_type"),
    ("亳州搞教师层级遴选以后,有多少农村老师调进了城区?", "missing_type"),
    ("定西的学段贯通培养,已经给多少学生开了路?", ANSWER),  # stated with the subject (“筑基计划” is a name, no plan)
    # words the corpus never uses (搞完, 对方, 用来) set the scene of a place's fact: they do not keep the sentence
    # stating it off the subject; the clause that asks still names what is asked (总部), and a condition asks nothing
    ("定西和一家出版传媒企业搞完研学之后,对方承诺来年追加一笔投入,用来建科创类的专用教室,这笔钱是多少?", ANSWER),
    ("跟桐庐签约的那家教育研究院,总部设在哪个城市?", "missing_type"),
    ("桐庐九所实验学校里,要是哪所学校做不出成效,项目有没有退出或者换校的办法?", "unknown_thing"),
    # a count asked of each named part: one figure of them all is their sum
    ("定西让三县区代培新入职特岗教师,这批人里渭源、漳县、岷县各自分别来了多少?", "missing_type"),
    # one kind asked (哪一种课堂模式): a sentence on the subject must name a thing of that kind
    ("泰州在学校层面搞“课堂教学优化”,具体推的是哪一种课堂模式?", "unnamed_kind"),
    ("芦溪用的是哪种教研模式?", ANSWER),  # 片区教研模式
    # a person or concrete object asked by its noun (哪个平台, 什么设备): some best sentence must name one of that kind
    ("芦溪探索用慕课推送资源,这些慕课放在哪个平台上供老师下载?", "unnamed_kind"),
    ("淄博共同体的“互联网+”教学测评机制用的是哪个平台?", "unnamed_kind"),
    ("那篇讲线上资源的文章说,多级多主体协同供给靠的是哪些平台?", ANSWER),  # 国家中小学网络云平台…省市县校平台
    ("定西搭建县与县之间交流协作的是什么平台?", ANSWER),  # 交流协作平台
    ("上城把哪些方面的自主权交给学校,设备也算吗?", ANSWER),  # 人员、经费、设备、课程: 设备 named
    ("定西的线上家庭教育公开课是在哪个平台上直播的?", "unnamed_kind"),  # another sentence's 平台 is no answer
    # asked by its name ("叫什么的平台"), the kind describes it: a name the sources quote answers (“名师乡村工作室”)
    ("淄博结对帮扶那种共同体,是借一个叫什么的平台让特级教师下乡的?", ANSWER),
    ("定西的线上家庭教育公开课是在一个叫什么的平台上直播的?", "unnamed_kind"),  # no name quoted there
    ("初中方案靠哪些平台来组织高端研修和师徒结对?", ANSWER),  # a list is the list rules' ("依托…等载体")
    ("泰州推动教师流动用的是哪种办法?", ANSWER),  # a way of doing is named by the doing, not by 办法
    ("数字资源那篇说好资源不够用,是总量上缺还是哪种缺法?", ANSWER),  # options (还是), and 缺法 is no kind of thing
    # an amount in the spoken 块 is money: the sources must give one (a policy referred to is none)
    ("淄博文件里说流动的校干教师有交通补助,一个月具体补几百块?", "missing_type"),
    ("定西给交流帮扶人员每人每年补助几千块?", ANSWER),
    # words coordinated with a shared head are stated (硬件软件: 硬软件齐抓): no other case's word
    ("泰州“硬件软件一起抓”那部分,最后要落到哪几个效果上?", ANSWER),
    # a verb before a name the question also asks (开 + 现场会) is a way of asking for it, not another case's word
    ("我想搞个轮流开现场会的办法让大家互相比。亳州那边这种现场会隔多久开一回、在哪儿开?", ANSWER),
    # a short name answers for the full name it abbreviates (现场会: 现场推进会): no other case's word
    ("亳州那边的现场会隔多久开一回?", ANSWER),
    # …and so is a verb before a word the corpus writes of its own, which the place writes in full (现场推进会)
    ("亳州开现场会时,来开会的人是怎么看现场的?", ANSWER),
    ("芦溪开现场会时,来开会的人是怎么看现场的?", "wrong_place"),  # 芦溪 writes no 现场(推进)会: 淄博 does
    # options sharing a frame (来验的) are named by what tells them apart: sources naming neither do not say which
    ("靖江、姜堰过省首批优质均衡验收,是省教育厅来验的还是省政府督导办来验的?", "unnamed_options"),
    # a yes/no question granting what the sources say and asking whether something was added (也) asks the addition
    ("芦溪说要统一教学行为,县里有没有把各校的教学进度和作业量也统一起来?", "unstated_detail"),
    ("亳州搞了校安工程,有没有也实施千所村小提升工程?", ANSWER),  # the addition is stated
    # whether a doing holds, asked of a granted fact: the place's sources must state that doing
    ("上城的导助部门按学校需求定制服务菜单,学校点了菜以后要不要付费?", "unstated_detail"),
    ("淄博允许成员学校加挂核心学校校名,加挂以后原来的校名还保不保留?", "unstated_detail"),
    ("淄博的核心校要不要派骨干教师到成员学校任教?", ANSWER),  # nothing granted before: asked whole
    # a yes/no addition in a word the corpus never writes is confirmed nowhere; asked what, such a word is the
    # asker's own for what the sources say otherwise
    ("芦溪说要改善农村学校的厕所,是统一改成水冲式厕所了吗?", "unstated_detail"),
    ("定西说把教育搞强了,能给当地啥打底子?", ANSWER),
    ("我们区也是刚分过区,好学校都被划走了,余杭是不是也碰到这种情况?", ANSWER),  # 碰到 is no thing added
    # asked yes or no, any last clause adding things to the earlier ones is the addition asked, cue or not
    ("定西派去结对学校挂职的老师,编制要不要转到对方学校?", "unstated_detail"),
    ("芦溪推进免试就近入学,有没有实施阳光招生考试?", ANSWER),  # the addition is stated
    # a choice between doings asks which was done: sources stating neither do not say
    ("亳州的市级教坛新星这些称号,是市教育局直接评,还是委托教研部门来评?", "unstated_alternative"),
    ("亳州的现场会是在市里开还是在县区轮流开?", ANSWER),  # 市里, 轮流: the asker's words, said otherwise (在一个县区召开)
    # …but a place the corpus never names (谯城, 涡阳) is a proper name with no other wording: sources naming neither
    # do not say which, however segmentation cuts the name (谯 / 城)
    ("亳州的学校标准化验收,是放在谯城验的还是涡阳验的?", "unstated_alternative"),
    ("芦溪规范办学是靠统一教学行为,还是放开让学校各自定?", ANSWER),  # one option stated in one sentence
    # options named only in words the corpus never writes, in no synonym either: no sentence states either one; an
    # option in an idiom (走走过场) or in a word whose synonym the corpus writes (翻新: 创新) may be said otherwise
    ("余杭直招的一流高校毕业生,是校招还是社招?", "unstated_alternative"),
    ("泰州的名师走教,老师是坐校车去还是自己开车去?", "unstated_alternative"),
    ("淄博搞共同体,在体制机制上是守老路还是想翻新?", ANSWER),
    ("亳州的标准化学校验收,是走走过场还是动真格?", ANSWER),
    # …words the question grants before its options (共同体) tell no option apart
    ("淄博给共同体安排发展经费,这笔钱是按生均拨,还是按每个共同体定额拨?", "unstated_alternative"),
    # each option is stated by what tells it from the other, doer and doing together: a source naming 教育局 or
    # 学校 for something else does not say which of them chose
    ("淄博共同体的核心学校,是由区县教育局指定,还是由各成员学校推选出来?", "unstated_alternative"),
    ("泰州推行名师走教,走教老师是教育局统一派遣,还是学校之间自行商量?", "unstated_alternative"),
    # …in a sentence about the thing they are offered for: 集中 or 统一采购 said of something else does not say it
    ("泰州搞教师市级平台全员培训,培训是线上上课还是集中面授?", "unstated_alternative"),
    ("芦溪说八成以上的老师能电子备课、上课,老师用的电脑是县里统一采购的还是学校自己买的?", "unstated_alternative"),
    # …not when an option is open (还是靠别的什么方式), a judgment asked of the source (觉得…算好事还是坏事), or idioms
    ("芦溪的数字资源是靠慕课推送,还是靠别的什么方式?", ANSWER),
    ("数字资源那篇觉得,线上教学那一阵对学校改革算好事还是坏事?", ANSWER),
    # how often, offered with the doing between period and count (每三年办一届): a stated frequency answers
    ("余杭的国际未来教育论坛,是每年举办一次还是每三年办一届?", "unstated_alternative"),
    ("亳州的标准化现场推进会,是每季度开一回还是每半年开一回?", ANSWER),
    # names offered doing one thing: a source naming one of them elsewhere (乡镇党委、政府推进…) does not say it led
    ("亳州每个季度在县区开的标准化现场推进会,是市政府牵头还是市教育局牵头?", "unstated_alternative"),
    ("芦溪的义务教育均衡发展是政府主导还是学校主导?", ANSWER),  # 政府主导 is stated
    # one place's fact as a premise, asked yes or no of another: the things the ask names must be stated there
    ("定西把区域协作的情况列进对县区政府的考核,上城有没有把改革的成效列进对街道的考核?", "unstated_premise"),
    ("定西给参加帮扶的人评职称时倾斜,芦溪搞县域内校长老师交流以后,评职称有没有向交流的老师倾斜?", "unstated_premise"),
    # a thesaurus neighbour of another sense (确保 "ensure" for 保险 "insurance") does not state the thing
    ("定西给交流帮扶的人上了意外险,淄博对参加城乡结对的流动老师有没有类似的保险安排?", "unstated_premise"),
    ("定西那边几个县抱团搞协作,淄博的共同体里有没有校干教师交流?", ANSWER),  # stated of 淄博
    # which member ranks first, last or most: the sources must rank them, not say that all did it
    ("泰州说所有市(区)都通过了国家基本均衡的督导评估认定,哪个市(区)是最晚通过的?", "unranked_members"),
    ("泰州哪两个县市区最早通过了江苏省优质均衡验收?", ANSWER),  # 首批 ranks them first
    ("桐庐九所实验学校里,哪所学校学生最多?", "unranked_members"),
    ("淄博要求方案经区县审核以后,最晚哪天前报到市里哪个科?", ANSWER),  # a deadline and an office, no ranking
    ("定西的筑基计划最先在哪几个县区试点?", ANSWER),  # a pilot is the first to do it
    # names offered doing one thing: the name is looked for whole, whatever verb the sources give it
    ("定西的区域协作启动会是市政府牵头开的还是市教育局牵头开的?", ANSWER),
    # a broad question may name a part with another case's compound (队伍素质): its head the place writes (素质)
    ("初中方案里讲队伍素质的那项行动是怎么安排的?", ANSWER),
    ("上城的教育惠民服务中心平时几点上班?", "missing_type"),  # a time of day the sources never state
    ("线上资源那篇文章有没有给出农村学校线上资源的实际使用率?", "missing_type"),  # a quantity asked as yes/no
    # 不怎么 ("not much") in the asker's scene asks nothing of how: the one ask left is the figure
    ("村小老师有了网上资源也不怎么用。线上资源那篇文章有没有给出农村学校线上资源的使用率?", "missing_type"),
    ("芦溪那套均衡推进和保障机制,是由谁来唱主角的?", ANSWER),  # 唱主角 is 主导: 政府主导
    # a list asked across the library quoting a word the sources write is on the subject whatever the scene's words
    ("局里想打“面向将来”这张牌。材料里哪几家把“未来”俩字直接写进了要建的机构或校园里?", ANSWER),
    ("局里想打“面向将来”这张牌。材料里哪几家把“元宇宙”俩字直接写进了要建的机构或校园里?", "off_corpus"),
    # a word segmentation cut into two characters (慕 + 课) is the word the corpus writes: a count of it is asked
    ("芦溪说要用慕课的方式往学校推数字资源。到现在他们一共做出来多少门慕课,老师学生的点播量大概有多少?", "missing_type"),
    ("初中方案有没有提到初中标准化学校的比例?", ANSWER),  # 初中标准化学校比例达100%
    # a count per period (每学期, 每年) is a rate: a total over several years does not state it, a rate does
    ("定西结对学校之间每年要选派多少名骨干教师?", "missing_type"),  # 三年时间内…至少选派1名
    ("亳州每年补充多少教师?", ANSWER),  # 每年补充教师近2000人
    ("我们县每年进十几个特岗老师。定西让老县区带特岗新人,跟着学要学多少天?", ANSWER),  # the asker's own rate, a rough number
    ("芦溪给交流的老师买了多少意外保险?", "wrong_place"),  # how much of a thing: the compound itself is asked
    # what a measure keeps from happening ("为了不让…教育部门唱独角戏") names nothing the case must write; the thing
    # asked outside that clause still must be the place's (意外保险)
    ("亳州为了不让标准化建校变成教育部门唱独角戏,点名要哪一层的党委和政府负起责来?", ANSWER),
    ("芦溪为了避免学生溺水,给交流的老师买了多少意外保险?", "wrong_place"),
    ("定西为了防止县管校聘走样,是怎么做的?", "wrong_place"),  # what is kept from going wrong is the thing asked
    # 局里, 县里: a body or place and the localizer 里, as its staff say it, is no thing the cases never cover
    ("学校老抱怨局里会多。有个区专门设了面向群众的服务中心,对内兼着综合办公室,少开会、少发通知。说的是哪个区?", ANSWER),
    ("局里的食堂伙食怎么改善?哪个地方有做法?", "off_corpus"),  # 伙食 still is
    ("桐庐给实验学校做的实施方案分了哪几部分?", "wrong_place"),  # a document is asked itself (方案)
    # 信息技术 used in teaching is what 信息化 names: no other case's word
    ("泰州在部门层面,用信息技术推了什么?", ANSWER),
    # what is asked of a person the sources name must be stated in a sentence naming that person
    ("桐庐签约仪式的主持人徐志强,在局里分管哪些科室?", "unstated_of_person"),
    ("徐志强在签约仪式上担任什么角色?", ANSWER),  # the person's part in general: what the sources say of him
    ("学府小学校长潘光贤发言时承诺了哪些具体目标?", "unstated_of_person"),
    ("学府小学校长潘光贤在签约仪式上表达了什么?", ANSWER),  # 表达了…期待与…决心 names him
    # a name list asked: the sentences stating the set best must name its members; a set only counted names none
    ("定西通报表扬的那批跟岗培训优质基地校,名单上都是哪几所?", "unlisted_members"),  # 优质基地校44所
    ("余杭当年发预警的那批学校,名单上都有谁?", "unlisted_members"),  # 发布40所学校的预警信息
    ("余杭发学位预警的学校名单是哪一年发布的?", ANSWER),  # the list's date, not its names
]


@pytest.mark.parametrize("question,rule", ROWS)
def test_abstention_rule(assistant: Assistant, question: str, rule: str | None) -> None:
    ctx = assistant.context(question)
    if rule is None:
        assert not isinstance(ctx, Answer), f"abstained on {question!r}: {ctx.answer[:120] if isinstance(ctx, Answer) else ''}"
        answer = assistant.ask(question)
        assert not answer.abstained and answer.claims and all(c.supported for c in answer.claims)
        return
    answer = assistant.ask(question)
    assert answer.abstained, f"answered {question!r}: {answer.answer[:160]}"
    assert answer.abstain_rule == rule, f"{question!r}: {answer.abstain_rule} fired, expected {rule}"


def test_every_rule_states_its_principle() -> None:
    assert all(principle.strip() for _, principle in RULES)


def test_related_content_is_cited_but_not_the_answer(assistant: Assistant) -> None:
    answer = assistant.ask("定西给交流帮扶人员买的意外保险保额是多少?")
    assert answer.abstained
    note, _, related = answer.answer.partition("相关内容")
    assert "没有给出" in note and "[" not in note
    assert answer.citations and all(f"[{c.n}]" in related for c in answer.citations)
    assert all(c.supported for c in answer.claims)


def test_english_abstention_is_in_english(assistant: Assistant) -> None:
    answer = assistant.ask("How much did Zibo spend on smart campuses in 2021?")
    assert answer.abstained
    assert answer.answer.lstrip("> ").startswith("The ")
    if answer.citations:  # the closest content is headed in English too, with no Chinese framing
        assert "**Related content** (for reference only" in answer.answer and "仅供参考" not in answer.answer


@pytest.mark.parametrize("question,texts,runs", [
    # the maximal runs of the question (at least FOREIGN_NAME_CHARS long) some text writes word for word
    ("芦溪有没有成立未来教育研究院?", ["余杭区将成立“余杭区未来教育研究院”"], ["未来教育研究院"]),
    ("定西有没有把教研室改成学生发展研究中心?", ["教研室更名为学生发展研究中心"], ["学生发展研究中心"]),
    ("芦溪有没有搞县管校聘?", ["推进县管校聘改革"], []),  # four characters: a word, not a name
    ("芦溪有没有成立研究院?", ["余杭区未来教育研究院"], []),
])
def test_verbatim_runs(question: str, texts: list[str], runs: list[str]) -> None:
    from assistant.abstain import _verbatim_runs

    assert _verbatim_runs(question, lambda run: any(run in t for t in texts)) == runs


@pytest.mark.parametrize("question,texts,runs", [
    # a name is whole words: a run begins where a word of the question begins, not at the tail of one (方面 -> 面)
    ("芦溪从哪几方面推进义务教育均衡?", ["全面推进义务教育均衡发展"], ["推进义务教育均衡"]),
    ("芦溪有没有成立未来教育研究院?", ["余杭区将成立“余杭区未来教育研究院”"], ["未来教育研究院"]),
    ("定西有没有把教研室改成学生发展研究中心?", ["教研室更名为学生发展研究中心"], ["学生发展研究中心"]),
])
def test_verbatim_runs_begin_at_words(question: str, texts: list[str], runs: list[str]) -> None:
    from assistant.abstain import _verbatim_runs
    from assistant.text import word_starts
    from index.clean import normalize

    q = normalize(question)
    assert _verbatim_runs(q, lambda run: any(run in t for t in texts), word_starts(q)) == runs


@pytest.mark.parametrize("term,thing", [
    ("开了个", False),  # a verb with its aspect particle and classifier: segmentation may tag it a noun
    ("搞了", False),
    ("意见", True),
    ("教育局", True),
])
def test_a_verb_with_its_aspect_particle_names_no_thing(term: str, thing: bool) -> None:
    from assistant.abstain import names_a_thing

    assert names_a_thing(term) == thing


@pytest.mark.parametrize("question,beside", [
    # another ask the sources answer in their own words: a missing figure is one gap, not a reason to refuse
    ("定西结对的学校一共有多少对?按啥节奏搞交流?", True),
    # the other ask is a name, a person or a place, a detail of each part, or there is none: a detail of its own
    ("余杭要成立的那个研究院,院长是谁、挂靠在哪?", False),
    ("上城的惠民服务中心办公地址在哪儿,老百姓去哪找?", False),  # 去哪 asks a place too: the same ask again
    ("芦溪的《养成教育指导纲要》分几个学段,每个学段有啥要求?", False),
    ("初中方案那几对共同体,每对一年能拿到多少经费?", False),  # 那几对 is a determiner, not an ask
    ("定西的结对学校有多少对?", False),
])
def test_a_typed_ask_beside_another_is_one_gap(assistant: Assistant, question: str, beside: bool) -> None:
    from assistant.abstain import asks_beside_type

    assert asks_beside_type(assistant.analyze(question, [])) == beside


def test_an_answer_with_one_gap_says_it_first(assistant: Assistant) -> None:
    # what the inspectors judge by is stated (规划目标); how many of them go is not: said first, then the rest
    answer = assistant.ask("上城的督导机构拿啥考学校,每次派多少人去考?")
    assert not answer.abstained
    assert answer.answer.startswith("> 案例材料没有给出“每次派多少人去考”的具体数字;")
    assert "规划目标" in answer.answer


@pytest.mark.parametrize("question,count", [
    ("芦溪那个“牵手育人”帮扶,一个骨干老师具体带多少个青年老师?带完了又怎么算成绩?", True),
    ("亳州是多长时间换一个县区开一回观摩会,想造出个什么劲头?", False),  # a span of time, not a count
    ("余杭准备跟哪家美术院校合作,挂个什么牌子?", False),  # a name
    ("一个骨干老师具体牵几个青年老师,一轮要搞多长时间,帮完了怎么算成绩?", True),  # the span is another clause's
])
def test_only_a_missing_count_needs_the_rest_stated(assistant: Assistant, question: str, count: bool) -> None:
    from assistant.abstain import _count_missing

    assert _count_missing(assistant.analyze(question, [])) is count


def test_a_gap_with_no_rest_stated_is_no_answer(assistant: Assistant) -> None:
    """Every part asked missing: a figure the sources do not give, and beside it how the pairing is judged, which no
    sentence on 牵手育人 states (成绩): there is no rest to quote beside the gap, so the question is refused."""
    answer = assistant.ask("芦溪那个“牵手育人”帮扶,一个骨干老师具体带多少个青年老师?带完了又怎么算成绩?")
    assert answer.abstained and "其他部分" not in answer.answer, answer.answer


@pytest.mark.parametrize("question,stated", [
    # the rest is stated in the sources' sentences on the subject: one gap, then the rest
    ("上城的督导机构拿啥考学校,每次派多少人去考?", True),
    # the kind a question word asks (按啥节奏) is the asker's word for the answer, not a thing the sources lack
    ("定西结对学校每年一共办了多少次活动?按啥节奏搞交流?", True),
    # …but a clause whose only word is the kind it asks, a thing no source names (书目), asks what the sources lack
    ("定西读者集团捐的阅读图书总共有多少册、都是些什么书目?", False),
    # each clause is judged by itself: one unnamed thing (路费) does not cancel a clause the sources answer
    ("泰州推行全市域走教。参加走教的名师一共多少位,走教制度是立足什么目标,路费补贴怎么算?", True),
    # a clause of the retold sentence the scene does not retell states the rest (探索以慕课方式推送资源)
    ("芦溪实施了网络教研。一共开发了多少数字资源?资源是用什么方式推送的?", True),
    # the asker's own verb (引着) is no thing the sources lack
    ("淄博和定西一个靠什么载体引着名师下乡,一个对派出去的人有多少人、多长时间的要求?", True),
    # the rest's thing is one no source names, nor any equivalent (路费): every part asked is missing
    ("泰州推行全市域走教。参加走教的名师一共多少位,路费补贴怎么算?", False),
    # the only sentence stating the rest is the one the asker's scene retells: quoting it back answers no part
    ("亳州把初中质量监测情况当作普高定向生指标分配的参考。定向生名额占普高招生计划的百分之多少,又是怎么往各个初中分的?", False),
])
def test_a_rest_is_stated_beyond_what_the_asker_said(assistant: Assistant, question: str, stated: bool) -> None:
    answer = assistant.ask(question)
    assert ("其他部分" in answer.answer and not answer.abstained) is stated, answer.answer


def test_the_gap_quotes_the_ask_not_the_askers_statement() -> None:
    """A figure word in the asker's statement before the sentence that asks ("县财政问我们…要花多少钱。") says why they
    ask; the gap note names the clause that asks it."""
    from assistant.abstain import _typed_clause
    from assistant.intent import QueryIntent

    intent = QueryIntent(question="县财政问我们请专家团队进校要花多少钱。桐庐请研究院做提质项目,合同总价多少、按年怎么付?",
                         query="", answer_type="figure")
    assert _typed_clause(intent) == "合同总价多少"
    intent = QueryIntent(question="上城的督导机构拿啥考学校,每次派多少人去考?", query="", answer_type="figure")
    assert _typed_clause(intent) == "每次派多少人去考"


@pytest.mark.parametrize("answer_type,lead,anchored", [
    ("fact", 0.01, True),  # a fact of the place, in other words: its text is the closest
    ("fact", -0.01, True),  # within PLACE_MEANING_MARGIN of another case's
    ("fact", -0.05, False),  # another case says it clearly more closely: that case's practice
    ("overview", 0.0, True),
    ("date", 0.0, True),
    ("place", 0.05, False),  # places asked of one place ("除了余杭,还有哪些地方…") ask about the others
    ("yesno", 0.05, False),  # whether the place has a thing: a text on the topic shows nothing of the thing
    ("figure", 0.05, False),  # how much of it: likewise
])
def test_meaning_anchors_a_question_about_one_place_unless_it_asks_whether_it_has_a_thing(
        answer_type: str, lead: float, anchored: bool) -> None:
    from assistant.abstain import _anchored_by_meaning
    from assistant.intent import QueryIntent

    intent = QueryIntent(question="亳州对刚招进来的教师,头一站往哪类学校派?", query="", answer_type=answer_type, places=["bozhou"])
    assert _anchored_by_meaning(intent, lambda: lead, lambda term: {"bozhou"}) is anchored
    assert _anchored_by_meaning(QueryIntent(question=intent.question, query="", answer_type=answer_type,
                                            places=["bozhou", "luxi"]), lambda: lead, None) is False  # two places
    # an English question's glosses miss words as colloquial letters do: anchored the same way
    english = QueryIntent(question="Who ran the proceedings on the day Bozhou signed?", query="", language="en",
                          answer_type=answer_type, places=["bozhou"])
    # (an English figure question too: the number it wants is still checked in the sentences on the subject)
    assert _anchored_by_meaning(english, lambda: lead, lambda term: {"bozhou"}) is (anchored or answer_type == "figure")


@pytest.mark.parametrize("closeness,ahead,kind,case", [
    (0.92, 0.02, "", "taizhou"),  # one case's sentence close to what is asked and clearly the closest: its case
    (0.92, 0.005, "", ""),  # as close, but another case's text nearly as close: which one is not clear
    (0.90, 0.03, "", ""),  # clearly ahead, but of sentences none of which is close: nothing says it
    (0.92, 0.02, "followup", ""),  # a follow-up asks about what was said before, not a new case
    (0.92, 0.02, "english", ""),  # English glosses: cross-language cosines lie on another scale
    (0.92, 0.02, "place", ""),  # a question naming a place is anchored by `place_meaning.lead`, not here
    # asking which places did it ("哪些地方…"): several may have, so closeness alone says some case states it
    (0.92, 0.005, "across", "taizhou"),
    (0.92, -0.002, "across", "taizhou"),
    (0.90, 0.03, "across", ""),  # but only sentences that are close say it
])
def test_meaning_ties_a_question_naming_no_place_to_one_case_only_when_it_is_clearly_closest(
        closeness: float, ahead: float, kind: str, case: str) -> None:
    from assistant.abstain import _case_by_meaning
    from assistant.intent import QueryIntent

    intent = QueryIntent(question="Which city had districts on the first list?" if kind == "english" else "有没有哪个市早就评上了?",
                         query="", answer_type="place", language="en" if kind == "english" else "zh",
                         followup=kind == "followup", places=["taizhou"] if kind == "place" else [],
                         across=kind == "across")
    assert _case_by_meaning(intent, lambda: ("taizhou", closeness, ahead)) == case
    assert _case_by_meaning(intent, lambda: None) == ""  # meaning unknown (no model, a store fault): words judge


def test_a_question_naming_no_place_tied_to_one_case_by_meaning_is_answered_from_it(assistant: Assistant) -> None:
    """Its words fail the coverage test (the asker's 名单, 下辖); the case whose text is clearly the closest in
    meaning answers it, and only that case."""
    answer = assistant.ask("有没有哪个市,早在2014年底就有下辖的县区进了本省首批优质均衡发展县的名单?")
    assert not answer.abstained, answer.answer[:200]
    assert "泰州" in answer.answer and "2014年底" in answer.answer
    assert {c.case_id for c in answer.citations} == {"taizhou"}


NEAREST_TEXT = "余杭区积极推进教育改革。余杭区2021年常住人口130.9万人。"


@pytest.mark.parametrize("nearest,answers", [
    (True, True),  # the figure sentence is the closest in meaning: on the subject whatever its words
    (False, False),  # its words alone leave it off the subject: no figure there, so the sources do not give it
])
def test_the_sentence_closest_in_meaning_can_hold_the_wanted_type(nearest: bool, answers: bool) -> None:
    """The wanted type is looked for among the sentences on the subject by words and the closest by meaning
    (`abstain.NEAREST_TYPED`)."""
    from assistant.abstain import decide
    from assistant.schema import Passage
    from assistant.sentences import Unit
    from assistant.intent import QueryIntent
    from index.schema import Chunk

    chunk = Chunk(chunk_id="c1", case_id="yuhang", name="余杭区", title="t", kind="case", region="r", source="s",
                  heading="h", start=0, end=len(NEAREST_TEXT), text=NEAREST_TEXT)
    on = Unit(1, "yuhang", 0, 12, NEAREST_TEXT[:12], score=1.0, coverage=1.0)
    typed = Unit(1, "yuhang", 12, len(NEAREST_TEXT), NEAREST_TEXT[12:], score=0.8, coverage=0.1, has_type=True, closeness=0.0)
    intent = QueryIntent(question="余杭搞教育改革那会儿,2021年住的人一共多少?", query="", answer_type="figure",
                         places=["yuhang"], terms=["教育", "改革"])
    verdict = decide(intent, [Passage(chunk=chunk, score=1.0)], [on, typed], ["余杭区"],
                     nearest=[typed] if nearest else None)
    assert verdict.answer is answers, verdict.rule
    assert answers or verdict.rule == "missing_type"  # refused for the type, not for the subject


def test_the_parts_of_a_whole_document_are_its_top_level_sections(assistant: Assistant) -> None:
    """"通篇分成哪三个部分": the document's own top-level sections are the members asked (`members_listed`)."""
    answer = assistant.ask("泰州那篇材料通篇分成哪三个部分来讲?")
    assert not answer.abstained, answer.answer[:120]
    assert "三步走" in answer.answer and "硬软件" in answer.answer


@pytest.mark.parametrize("own,sentence,on_subject", [
    # a follow-up's own words stated: on its subject, though the previous question's words are not
    (["骨干", "班主任"], "到2025年,培育市骨干班主任3~10名,区名班主任、骨干班主任5~10名。", True),
    (["骨干", "班主任"], "大力实施“领头雁+群雁飞”工程,建构初中教师专业化发展体系。", False),
    (["学校"], "到2025年,培育市骨干班主任3~10名。", False),  # a generic word alone names no subject
])
def test_a_followups_own_words_put_a_sentence_on_its_subject(assistant, own: list[str], sentence: str, on_subject: bool) -> None:
    from assistant.abstain import _states_own_words
    from assistant.intent import QueryIntent
    from assistant.sentences import Unit

    intent = QueryIntent(question="那带班的这条线呢,市一级骨干班主任要培几个?", query="", answer_type="figure",
                         terms=["带班", "骨干", "班主任", "领头雁+群雁飞", "工程"], own_terms=own)
    assert _states_own_words(intent, Unit(0, "junior-school-action-plan", 0, len(sentence), sentence),
                             assistant.retriever.term_weights()) is on_subject


@pytest.mark.parametrize("question,sentence,on_subject", [
    # the clause asking the count names its things; the sentence states them all: on the subject, whatever the
    # scene before the clause retells (城区, 农村, 边远)
    ("初中行动方案里让城区初中去拉一把农村边远初中,打算结成多少对城乡共同体?",
     "采用融合型、共建型等合作办学模式,推进8对城乡初中教育共同体建设,实现以强带弱,共同发展。", True),
    # a thing of the clause no sentence states (服务费) keeps it off the subject
    ("桐庐跟研究院签了提质强校的合作,县里一共要付给研究院多少服务费?",
     "21世纪教育研究院协助桐庐县教育局实施“义务教育阶段提质强校工程”,对6所初中和3所小学开展实验项目。", False),
    # a one-clause question has no scene apart from its ask: its coverage decides, as before
    ("初中行动方案打算结成多少对城乡共同体?", "推进8对城乡初中教育共同体建设。", False),
])
def test_a_sentence_stating_the_asking_clauses_things_is_on_its_subject(assistant, question: str, sentence: str,
                                                                        on_subject: bool) -> None:
    from assistant.abstain import _states_all, _typed_ask, _typed_things
    from assistant.sentences import Unit

    intent = assistant.analyze(question, [])
    weights = assistant.retriever.term_weights()
    things = _typed_things(intent, weights, _typed_ask(intent))
    assert _states_all(intent, Unit(0, "junior-school-action-plan", 0, len(sentence), sentence), weights, things) is on_subject


@pytest.mark.parametrize("history,question,rule", [
    # a follow-up asks about what was said: a word the corpus never uses is a way of asking, not an off-corpus topic
    (("那份文章讲课堂教学改革,主张发展啥样的教学模式?", "发展集教、学、测、评、管一体的教学新模式。"), "有没有具体的课型可以参照?", None),
    ((), "有没有具体的课型可以参照?", "off_corpus"),  # asked afresh, naming no place: the cases do not cover it
    # a superlative asked in a follow-up whose best sentences fall short of the coverage: those state the rank (首批)
    (("泰州三步走的头一步,哪年把县域基本均衡拿下的?", "2014年,所有市(区)通过国家义务教育发展基本均衡县(市、区)督导评估认定。"),
     "再往上走一级,是哪两个县市区最早拿到江苏省首批优质均衡的名分?", None),
])
def test_a_followups_strange_word_is_no_new_topic(assistant: Assistant, history: tuple[str, ...], question: str,
                                                   rule: str | None) -> None:
    from assistant.schema import Message

    turns = [Message(role="user" if i % 2 == 0 else "assistant", content=t) for i, t in enumerate(history)]
    answer = assistant.ask(question, history=turns or None)
    assert answer.abstained is (rule is not None) and (rule is None or answer.abstain_rule == rule), answer.answer[:160]


@pytest.mark.parametrize("question,ranked", [
    ("哪个市(区)是最晚通过的?", True),
    ("最先达标的是哪几个?", True),
    ("最先融到一块儿的是哪两个市(区)?", True),  # members counted (哪两个), as 哪几个
    ("哪所学校学生最多?", True),
    ("哪个部门最后审定?", False),  # 最后 before a verb: "finally"
    ("哪些学校每百名学生最少要有1位名师?", False),  # 最少 before a number: "at least"
    ("最晚哪天前报到市里哪个科?", False),  # a deadline, then another question word
])
def test_a_superlative_asked_of_members(question: str, ranked: bool) -> None:
    from assistant import cues

    assert bool(cues.SUPERLATIVE_WHICH_RE.search(question)) is ranked


@pytest.mark.parametrize("clause,terms,phrase", [
    ("淄博给参与城乡结对帮扶的流动校干教师发交通补助", ["城乡", "结对", "教师", "交通", "补助"], ["交通", "补助"]),
    ("亳州开现场推进会", ["亳州", "现场", "推进会"], ["现场", "推进会"]),
    ("论坛办得怎么样", ["论坛"], ["论坛"]),
    ("是按月发放", [], []),
])
def test_the_noun_phrase_a_clause_ends_with(clause: str, terms: list[str], phrase: list[str]) -> None:
    """Options alone in their clause are said of the thing the clause before ends with (its last words, adjacent)."""
    from assistant.abstain import _closing_phrase

    assert _closing_phrase(clause, terms) == phrase


@pytest.mark.parametrize("sentence,designates", [
    ("教育部等五部门发布的《关于大力加强中小学线上教育教学资源建设与应用的意见》", True),
    ("省教育厅等6个部门联合印发了实施方案。", True),
    ("学府小学等九所实验学校参加了签约。", False),  # members of a set of schools, not issuers
    ("教育部发布的《意见》。", False),  # one issuer named: no designation of several
])
def test_joint_issuers_are_designated_by_the_lead_and_their_number(sentence: str, designates: bool) -> None:
    assert bool(cues.JOINT_ISSUERS_RE.search(sentence)) == designates


@pytest.mark.parametrize("question,stated", [
    # each place asked its own typed thing in a question of its own: each row states its own answer, whatever the
    # other question's answer type (a count of 学校 asked of 余杭, a span of days of 亳州)
    ("余杭的学位预警发给了多少所学校?亳州对标准化学校验收几天?", {"余杭区": "40所学校", "亳州市": "为期一周"}),
    ("定西的家庭教育指导教师遴聘了多少名?上城学校的发展规划由谁来定?", {"定西市": "30名", "上城区": "自主确定"}),
])
def test_each_place_answers_its_own_question(assistant, question: str, stated: dict[str, str]) -> None:
    answer = assistant.ask(question)
    assert not answer.abstained
    rows = {line.split("|")[1].strip(" *"): line for line in answer.answer.splitlines() if line.startswith("| **")}
    assert all(figure in rows.get(place, "") for place, figure in stated.items()), rows


def test_no_place_answering_its_own_typed_question_is_refused(assistant) -> None:
    # neither case states its own question's figure (a budget, a hotline): the typed answer is missing from both
    answer = assistant.ask("余杭发布学位预警花了多少钱?亳州标准化验收的监督电话是多少?")
    assert answer.abstained
