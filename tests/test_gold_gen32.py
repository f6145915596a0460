"""The thirty-second generalisation gold set (`gold/gen32_*.jsonl`) is well-formed, asks new questions, quotes the
cases verbatim, and its abstention items really are not answerable.

gen32 was written by a helper after gen31, before any tuning on gen32, from the case texts only and without running
the engine or the eval runner on it. It is checked exactly as gen31 is (`TestGen31`, the checks of
`RequotingGoldSetTests` plus gen7's own two), with its own ids, its own abstention keywords and every earlier set,
gen31 included, as the sets it must not repeat or nearly copy.
"""

from __future__ import annotations

from gold_set_checks import ALL, Absent, id_patterns, sets_before
from test_gold_gen31 import TestGen31 as Gen31Checks  # aliased so pytest does not collect TestGen31 again


class TestGen32(Gen31Checks):
    NAME = "gen32"
    ID_PATTERN = id_patterns("g32")
    EARLIER_SETS = sets_before(32)
    # The keyword that would carry the missing detail of an abstention item, checked absent from the named cases: a
    # practice of another place (wrong_region: kindergartens in industrial parks, rotating site meetings, a rank
    # system for heads, parents' schools, open admission exams, where new recruits must go first), a parents'
    # committee, a book list, who receives an annual report, how a vice-chair is chosen, an assessment scale, the
    # countries of study trips (finer_detail), an off-corpus topic, or a charter, a teaching pace, the provincial body
    # that inspected, how often a scheduling meeting sits, a review or delisting, letters of appointment, how often
    # resources are retired, boarding, an appeal, the status of a centre, who refunds a roaming teacher's travel, a
    # quality certification, a selection of pupils or the suppliers picked that a near miss asks for. Opinion items
    # (g32-dev-067/068, g32-ho-067/068) ask for a judgement and have none.
    ABSENT: Absent = {
        "g32-dev-058": (("taizhou",), ("幼儿园", "园区")),
        "g32-dev-059": (("shangcheng",), ("现场推进会", "现场会")),
        "g32-dev-060": (("bozhou",), ("职级",)),
        "g32-dev-061": (("zibo",), ("家长委员会", "家委会")),
        "g32-dev-062": (("dingxi",), ("书目", "册")),
        "g32-dev-063": (("junior-school-action-plan",), ("公开", "提交")),
        "g32-dev-064": (ALL, ("打赏",)),
        "g32-dev-065": (ALL, ("文身", "纹身")),
        "g32-dev-066": (ALL, ("狂犬",)),
        "g32-dev-069": (("bozhou",), ("章程",)),
        "g32-dev-070": (("luxi",), ("教学进度", "作业量")),
        "g32-dev-071": (("taizhou",), ("教育厅", "督导办")),
        "g32-dev-072": (("zibo",), ("季度",)),
        "g32-dev-073": (("dingxi",), ("复核", "摘牌")),
        "g32-dev-074": (("tonglu",), ("聘书",)),
        "g32-dev-075": (("digital-education-resources",), ("下架", "更新周期")),
        "g32-ho-058": (("luxi",), ("家长学校", "家长课堂", "家庭教育")),
        "g32-ho-059": (("yuhang",), ("阳光",)),
        "g32-ho-060": (("zibo",), ("新招", "新入职")),
        "g32-ho-061": (("tonglu",), ("选举", "推选")),
        "g32-ho-062": (("shangcheng",), ("量表",)),
        "g32-ho-063": (("junior-school-action-plan",), ("芬兰", "英国", "新加坡", "美国")),
        "g32-ho-064": (ALL, ("水库", "游泳")),
        "g32-ho-065": (ALL, ("贷款",)),
        "g32-ho-066": (ALL, ("批改",)),
        "g32-ho-069": (("bozhou",), ("寄宿", "住校")),
        "g32-ho-070": (("luxi",), ("复查", "申诉")),
        "g32-ho-071": (("shangcheng",), ("事业单位", "内设")),
        "g32-ho-072": (("taizhou",), ("路费", "报销", "交通")),
        "g32-ho-073": (("zibo",), ("ISO", "认证")),
        "g32-ho-074": (("dingxi",), ("选拔",)),
        "g32-ho-075": (("digital-education-resources",), ("供应商", "公司")),
    }
