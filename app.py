"""Gradio web app: layout and wiring only (问答 / 方案起草 / 案例库). Handlers live in `ui/`, stores in `assistant/`.

Run: `python app.py` (GRADIO_SERVER_NAME / GRADIO_SERVER_PORT override the host and port from settings).
The app is served by uvicorn behind a Host-header check; login (when set) is throttled and fails closed.
"""

from __future__ import annotations

import atexit
import logging
import os
import shutil
import tempfile
from pathlib import Path

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # serve offline: no telemetry calls

import gradio as gr  # noqa: E402

from assistant.conversations import ConversationStore  # noqa: E402
from assistant.core import Assistant  # noqa: E402
from assistant.feedback import FeedbackStore  # noqa: E402
from index.settings import Settings  # noqa: E402
from ui import render  # noqa: E402
from ui.assets import CSS, HEAD  # noqa: E402
from ui.catalog import CaseCatalog  # noqa: E402
from ui.chat import ChatHandler, pick_example  # noqa: E402
from ui.conversations import ALL_CASES, ConversationsHandler  # noqa: E402
from ui.imports import ACCEPTED, KIND_CHOICES, ImportHandler  # noqa: E402
from ui.guard import LoginThrottle, RateLimiter, ReindexGate, allowed_hosts, check_login  # noqa: E402
from ui.library import CASE_HEADERS, LibraryHandler  # noqa: E402
from ui.locale import ChineseLocale  # noqa: E402
from ui.originals import add_originals_route, gradio_user  # noqa: E402
from ui.plans import PlanHandler  # noqa: E402
from ui.session import EXAMPLES, Services, browser_secret  # noqa: E402

log = logging.getLogger("app")
TITLE = "教育改革案例智能问答助手"


def make_services(settings: Settings, assistant: Assistant, login_on: bool) -> Services:
    data = settings.app.data_dir
    return Services(
        settings=settings,
        assistant=assistant,
        catalog=CaseCatalog(assistant),
        conversations=ConversationStore(data / "conversations.sqlite"),
        feedback=FeedbackStore(data / "conversations.sqlite", settings.app.feedback_path, settings.app.max_feedback_chars),
        limiter=RateLimiter(settings.app.rate_per_minute),
        ip_limiter=RateLimiter(settings.app.ip_rate_per_minute),
        reindex_gate=ReindexGate(login_on, settings.app.admins(), settings.app.reindex_min_interval_s),
    )


def build_app(services: Services, out_dir: Path) -> gr.Blocks:
    convs = ConversationsHandler(services)
    chat = ChatHandler(services, convs, out_dir)
    plans = PlanHandler(services, out_dir)
    library = LibraryHandler(services)
    imports = ImportHandler(services, library)
    catalog = services.catalog

    with gr.Blocks(title=TITLE, analytics_enabled=False) as demo:
        # The browser keeps {client id, open conversation} across reloads; the page works on a per-tab copy, so API
        # clients (no browser storage) get a session of their own too.
        stored = gr.BrowserState({"client": "", "conv": ""}, storage_key="jy-session",
                                 secret=browser_secret(services.settings.app.data_dir))
        session = gr.State({})
        turns = gr.State([])
        with gr.Sidebar(label="对话列表", open=True, elem_id="jy-sidebar"):
            new_btn = gr.Button("＋ 新对话", variant="primary", elem_id="jy-new")
            conv_list = gr.Radio(choices=[], label="历史对话", elem_id="jy-convs")
            with gr.Accordion("重命名 / 删除当前对话", open=False, elem_id="jy-conv-tools"):
                rename_box = gr.Textbox(label="新名称", max_length=40, elem_id="jy-rename")
                rename_btn = gr.Button("重命名", size="sm", elem_id="jy-rename-btn")
                delete_btn = gr.Button("删除当前对话", size="sm", variant="stop", elem_id="jy-delete")
                with gr.Row(visible=False) as confirm_row:
                    confirm_btn = gr.Button("确认删除", size="sm", variant="stop", elem_id="jy-delete-yes")
                    cancel_btn = gr.Button("取消", size="sm", elem_id="jy-delete-no")
                conv_note = gr.Markdown("", elem_id="jy-conv-note")

        gr.Markdown(f"# {TITLE}\n面向教育局负责人的区域教育改革案例问答:回答均来自案例原文,并标注出处。", elem_id="jy-header")
        status = gr.HTML("", elem_id="jy-status")
        with gr.Accordion("系统信息", open=False, elem_id="jy-sysinfo"):
            sysinfo = gr.HTML("")
        timer = gr.Timer(3.0, active=True)

        with gr.Tabs():
            with gr.Tab("问答", id="chat"):
                with gr.Row():
                    with gr.Column(scale=3):
                        chatbot = gr.Chatbot(
                            label="对话", show_label=False, height=560, elem_id="jy-chatbot", sanitize_html=True,
                            render_markdown=True, latex_delimiters=[], allow_tags=False, buttons=[],
                            examples=[{"text": q} for q in EXAMPLES], feedback_options=["Like", "Dislike"],
                            placeholder="**您好!** 我可以根据收录的教育改革案例回答问题,并给出原文出处。点击下面的示例问题开始。",
                        )
                        with gr.Group(elem_id="jy-input"):
                            with gr.Row(equal_height=True):
                                case = gr.Dropdown(choices=[(ALL_CASES, ALL_CASES), *catalog.choices()], value=ALL_CASES,
                                                   label="案例筛选", allow_custom_value=False, filterable=True, scale=2,
                                                   min_width=140, elem_id="jy-case")
                                chip = gr.Button("", visible=False, size="sm", scale=1, min_width=120, elem_id="jy-chip")
                            with gr.Row(equal_height=True):
                                question = gr.Textbox(label="问题", show_label=False, lines=2, max_lines=6, scale=6,
                                                      placeholder="请输入问题,例如:淄博的学校发展共同体有哪几种模式?",
                                                      elem_id="jy-question")
                                send = gr.Button("发送", variant="primary", scale=1, min_width=70, elem_id="jy-send")
                            gr.HTML('<div id="jy-hint">Enter 发送 · Shift+Enter 换行 · 回答中的 [1] 等编号可点击查看原文</div>')
                        suggestions = gr.Dataset(label="试试这样问", components=["textbox"], samples=[[q] for q in EXAMPLES],
                                                 elem_id="jy-suggest", samples_per_page=5)
                        with gr.Row():
                            download_btn = gr.Button("下载对话记录", size="sm", elem_id="jy-download")
                            feedback_note = gr.Markdown("", elem_id="jy-feedback")
                        chat_file = gr.File(label="对话记录(文本,含全部引文与出处)", visible=False, interactive=False, height=80,
                                            elem_id="jy-chat-file")
                    with gr.Column(scale=2, elem_id="jy-side"):
                        gr.Markdown("### 来源")
                        sources = gr.HTML(render.sources_panel([], {}), elem_id="jy-sources")

            with gr.Tab("方案起草", id="plan"):
                gr.Markdown("根据案例库起草工作方案提纲,每条举措都标注参考的案例与出处;可下载公文格式的 Word 文件。")
                with gr.Row():
                    with gr.Column(scale=2):
                        topic = gr.Textbox(label="方案主题", placeholder="例如:推进义务教育集团化办学", elem_id="jy-topic")
                        profile = gr.Textbox(label="地区情况(可选)", lines=4, elem_id="jy-profile",
                                             placeholder="例如:县域内城乡学校差距较大,农村学校教师流失严重……")
                        plan_btn = gr.Button("生成方案提纲", variant="primary", elem_id="jy-plan-btn")
                        plan_docx = gr.File(label="下载 Word 文件(公文格式)", interactive=False, elem_id="jy-plan-docx")
                        plan_md = gr.File(label="下载纯文本(Markdown 格式)", interactive=False, elem_id="jy-plan-md")
                    with gr.Column(scale=3):
                        plan_view = gr.Markdown("生成的方案提纲将显示在这里。", elem_id="jy-plan", latex_delimiters=[], line_breaks=True)

            with gr.Tab("案例库", id="cases"):
                case_table = gr.Dataframe(value=library.rows(), headers=CASE_HEADERS, interactive=False, wrap=True,
                                          column_widths=["12%", "16%", "10%", "48%", "14%"], label="已收录案例(点击一行查看原文)",
                                          elem_id="jy-case-table")
                case_cards = gr.HTML(library.cards(), elem_id="jy-case-cards")
                with gr.Row():
                    case_pick = gr.Dropdown(choices=catalog.choices(), label="查看案例原文", value=None, scale=3, elem_id="jy-case-pick")
                    reindex_btn = gr.Button("重新索引", scale=1, elem_id="jy-reindex")
                reindex_note = gr.Markdown("", elem_id="jy-reindex-note")
                # Import, metadata and delete: shown to whoever may reindex (admins when login is on). Uploads are
                # capped by JY_APP__MAX_UPLOAD_MB at the server (`max_file_size`) and again in the handler.
                with gr.Column(visible=False, elem_id="jy-import") as admin_tools:
                    with gr.Accordion("导入文档", open=True, elem_id="jy-import-box"):
                        gr.Markdown("支持 PDF(含扫描件)、Word 文档(docx)、网页(html)、文本(txt、md)和图片(png、jpg 等);可一次选择多个文件,"
                                    "中文文件名可直接使用。导入后即可提问,引用会标注页码。")
                        upload_files = gr.File(label="选择或拖入文件", file_count="multiple", file_types=ACCEPTED,
                                               type="filepath", height=120, elem_id="jy-upload")
                        upload_btn = gr.Button("导入", variant="primary", elem_id="jy-upload-btn")
                        upload_status = gr.HTML("", elem_id="jy-upload-status")
                    with gr.Accordion("编辑所选案例的信息 / 删除案例", open=False, elem_id="jy-meta-box"):
                        with gr.Row():
                            meta_name = gr.Textbox(label="名称", max_lines=1, elem_id="jy-meta-name")
                            meta_region = gr.Textbox(label="地区", max_lines=1, elem_id="jy-meta-region")
                            meta_level = gr.Dropdown(choices=[("省", "省"), ("市", "市"), ("区", "区"), ("县", "县"), ("乡镇", "乡镇"), ("未填", "")],
                                                     value="", label="行政级别", elem_id="jy-meta-level")
                            meta_kind = gr.Dropdown(choices=KIND_CHOICES, value="case", label="类型", elem_id="jy-meta-kind")
                        with gr.Row():
                            meta_title = gr.Textbox(label="标题", max_lines=1, scale=3, elem_id="jy-meta-title")
                            meta_date = gr.Textbox(label="发布日期(YYYY-MM-DD)", max_lines=1, scale=1, elem_id="jy-meta-date")
                        with gr.Row():
                            meta_save = gr.Button("保存修改", variant="primary", elem_id="jy-meta-save")
                            case_delete = gr.Button("删除此案例", variant="stop", elem_id="jy-case-delete")
                        with gr.Row(visible=False) as case_confirm:
                            case_delete_yes = gr.Button("确认删除", variant="stop", size="sm", elem_id="jy-case-delete-yes")
                            case_delete_no = gr.Button("取消", size="sm", elem_id="jy-case-delete-no")
                        meta_note = gr.Markdown("", elem_id="jy-meta-note")
                case_view = gr.Markdown("请在上方表格中点选一个案例,或从下拉框选择。", elem_classes=["jy-case-text"],
                                        latex_delimiters=[], elem_id="jy-case-view")

        # -- wiring ------------------------------------------------------------------------------------
        view = [chatbot, sources, turns, session, conv_list, case, chip, suggestions, confirm_row]
        ask_in = [question, case, session, turns]  # only question and case are API parameters
        ask_out = [chatbot, sources, question, turns, session, conv_list, suggestions]
        send.click(chat.ask, ask_in, ask_out, api_name="ask", show_progress="hidden")
        chatbot.example_select(pick_example, None, question, api_name=False).then(chat.ask, ask_in, ask_out, api_name=False, show_progress="hidden")
        suggestions.click(lambda v: v[0] if v else "", suggestions, question, api_name=False).then(
            chat.ask, ask_in, ask_out, api_name=False, show_progress="hidden")
        chatbot.clear(convs.new, session, view, api_name=False)  # the chat's own 🗑 starts a new conversation; nothing is lost
        chatbot.like(chat.like, [turns, session], feedback_note, api_name=False)
        download_btn.click(chat.download, turns, chat_file, api_name="download_chat")

        new_btn.click(convs.new, session, view, api_name="new_conversation")
        conv_list.input(convs.open, [conv_list, session], view, api_name=False)
        rename_btn.click(convs.rename, [rename_box, session], [conv_list, conv_note], api_name=False)
        delete_btn.click(convs.ask_delete, session, confirm_row, api_name=False)
        confirm_btn.click(convs.delete, session, view, api_name=False)
        cancel_btn.click(lambda: gr.update(visible=False), None, confirm_row, api_name=False)
        case.input(convs.set_filter, [case, session], chip, api_name=False)
        chip.click(convs.clear_filter, None, case, api_name=False).then(convs.set_filter, [case, session], chip, api_name=False)

        plan_btn.click(plans.draft, [topic, profile], [plan_view, plan_docx, plan_md], api_name="draft_plan")
        topic.submit(plans.draft, [topic, profile], [plan_view, plan_docx, plan_md], api_name=False)

        case_pick.change(library.show, case_pick, case_view, api_name="case_text")
        case_table.select(library.select_row, None, [case_pick, case_view], api_name=False)
        reindex_btn.click(library.reindex, None, [case_table, reindex_note, status, sysinfo, case, case_pick],
                          api_name="reindex", concurrency_limit=4, show_progress_on=[reindex_note])  # the gate coalesces
        changed = [case_table, case_cards, case, case_pick, status, sysinfo]
        meta_fields = [meta_name, meta_region, meta_level, meta_kind, meta_title, meta_date]
        upload_btn.click(imports.upload, upload_files, [upload_status, *changed], api_name="import_documents",
                         concurrency_limit=2, show_progress="hidden").then(lambda: None, None, upload_files, api_name=False)
        case_pick.change(imports.load_meta, case_pick, [*meta_fields, meta_note], api_name=False)
        meta_save.click(imports.save_meta, [case_pick, *meta_fields], [meta_note, *changed, case_view], api_name="edit_case",
                        show_progress_on=[meta_note])
        case_delete.click(imports.ask_delete, case_pick, [case_confirm, meta_note], api_name=False)
        case_delete_yes.click(imports.delete, case_pick, [case_confirm, meta_note, *changed, case_view], api_name="delete_case",
                              show_progress_on=[meta_note])
        case_delete_no.click(lambda: (gr.update(visible=False), ""), None, [case_confirm, meta_note], api_name=False)
        timer.tick(library.status, None, [status, sysinfo, timer], api_name=False, show_progress="hidden")

        demo.load(convs.load, stored, view, api_name=False)
        session.change(lambda value: value, session, stored, api_name=False, show_progress="hidden")
        demo.load(library.status, None, [status, sysinfo, timer], api_name="status")
        demo.load(library.reindex_visible, None, reindex_btn, api_name=False)
        demo.load(imports.may_edit, None, admin_tools, api_name=False)
        demo.load(imports.catalog_views, None, [case_table, case_cards, case_pick], api_name=False, show_progress="hidden")
    return demo


def main() -> None:
    import uvicorn
    from fastapi import FastAPI
    from starlette.middleware.trustedhost import TrustedHostMiddleware

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = Settings()
    login_on = check_login(settings.app)  # a half-set login stops here, before anything is served
    assistant = Assistant.load(settings, dense_in_background=True)
    out_dir = Path(tempfile.mkdtemp(prefix="jiaoyu-app-"))
    atexit.register(shutil.rmtree, out_dir, ignore_errors=True)  # downloads live as long as the app
    services = make_services(settings, assistant, login_on)
    demo = build_app(services, out_dir)
    demo.queue(max_size=settings.app.queue_max, default_concurrency_limit=settings.app.concurrency)

    host = os.environ.get("GRADIO_SERVER_NAME", settings.app.host)
    port = int(os.environ.get("GRADIO_SERVER_PORT", settings.app.port))
    hosts = allowed_hosts(settings.app, host)
    if hosts == ["*"]:
        log.warning("bound to all interfaces with no JY_APP__ALLOWED_HOSTS: every Host header is accepted")
    server = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)
    server.add_middleware(TrustedHostMiddleware, allowed_hosts=hosts)
    catalog = services.catalog
    add_originals_route(server, lambda case_id: catalog.by_id().get(case_id), lambda: settings.cases_dir,
                        (lambda request: gradio_user(server, request)) if login_on else None)
    auth = None
    if login_on:
        auth = LoginThrottle(settings.app.username, settings.app.password.get_secret_value(),
                             settings.app.login_max_failures, settings.app.login_lockout_s)
    server = gr.mount_gradio_app(
        server, demo, path="/", auth=auth, auth_message="请登录教育改革案例助手", footer_links=[],
        max_file_size=f"{settings.app.max_upload_mb}mb", css=CSS, head=HEAD, theme=gr.themes.Soft(),
        server_name=host, server_port=port, show_error=True, mcp_server=False,
    )
    log.info("serving on http://%s:%d", host, port)
    uvicorn.run(ChineseLocale(server), host=host, port=port, log_level="warning")


if __name__ == "__main__":
    main()
