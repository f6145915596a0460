"""Document fixtures built at test time: a Chinese PDF printed by headless chromium, a scan of it,
a .docx with a table and a saved web page with navigation boilerplate, plus the accuracy measure.

The PDF has a running header (定西市教育局文件) and a page-number footer on every page, and each section
starts on a new page (CSS page breaks), so the page of every sentence is known without reading the PDF.
"""

from __future__ import annotations

import difflib
import html
import re
import unicodedata
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
TITLE = "定西市深化区域教育协作实施意见"
HEADER = "定西市教育局文件"
# (heading, paragraphs); each section is printed on its own page: page n = section n.
SECTIONS: list[tuple[str, list[str]]] = [
    ("一、总体要求", [
        "为深入贯彻落实全国教育大会精神，推动基础教育优质均衡发展，定西市坚持把区域教育协作作为推进基础教育高质量发展的关键举措，结合本市实际，制定本实施意见。",
        "到二〇二五年，全市基本建成市县校三级联动的区域教育协作体系，城乡之间、校际之间的办学差距明显缩小，群众对教育的满意度稳步提升。",
        "坚持政府主导、统筹推进，坚持优势互补、资源共享，坚持因地制宜、分类施策，确保各项协作任务落地见效。",
    ]),
    ("二、主要措施", [
        "推进集团化办学。以优质学校为龙头，吸纳薄弱学校和农村学校组建教育集团，全市共组建城乡学校发展共同体37个，覆盖中小学校213所。",
        "深化东西部协作。持续深化与天津市河西区、红桥区的教育协作，每年选派骨干教师赴天津跟岗学习，累计培训校长和教师1260人次。",
        "实施校长教师交流轮岗。县域内义务教育学校校长、教师交流轮岗比例每年不低于符合交流条件人数的百分之十五，重点向乡村学校和薄弱学校倾斜。",
    ]),
    ("三、保障措施", [
        "加强组织领导。成立由市政府分管领导任组长的区域教育协作工作领导小组，领导小组办公室设在市教育局，负责统筹协调和督促落实。",
        "强化经费保障。市级财政每年安排区域教育协作专项经费800万元，主要用于教师培训、集团化办学奖补和信息化资源建设。",
        "健全考核评价。将区域教育协作工作纳入县区党政领导干部履行教育职责督导评价内容，考核结果作为评优评先的重要依据。",
        "定西市教育局\n二〇二三年七月十二日",
    ]),
]

# Questions whose answers sit on a known page: (question, words the cited quote must contain, page).
QUESTIONS = [
    ("定西市组建了多少个城乡学校发展共同体?", ["37个"], 2),
    ("定西市区域教育协作专项经费每年安排多少?", ["800万元"], 3),
]


def source_text() -> str:
    """The document as written: what every extraction is measured against."""
    parts = [TITLE]
    for heading, paragraphs in SECTIONS:
        parts.append(heading)
        parts.extend(paragraphs)
    return "\n".join(parts)


def document_html() -> str:
    body = [f"<h1>{html.escape(TITLE)}</h1>"]
    for i, (heading, paragraphs) in enumerate(SECTIONS):
        brk = ' style="page-break-before: always"' if i else ""
        body.append(f"<h2{brk}>{html.escape(heading)}</h2>")
        for p in paragraphs:
            if "\n" in p:  # the 落款 (issuer and date), right-aligned, one line each
                body.extend(f'<p class="sign">{html.escape(line)}</p>' for line in p.split("\n"))
            else:
                body.append(f"<p>{html.escape(p)}</p>")
    style = (
        "body{font-family:'Noto Serif CJK SC','Noto Sans CJK SC',serif;font-size:15pt;line-height:1.9}"
        "p{text-indent:2em;margin:0 0 .4em 0} h1{text-align:center;font-size:22pt} h2{font-size:17pt}"
        ".sign{text-align:right;text-indent:0}"
    )
    return f"<!doctype html><html><head><meta charset='utf-8'><title>{TITLE}</title><style>{style}</style></head><body>{''.join(body)}</body></html>"


def print_pdf(out: Path) -> Path:
    """Print the document with headless Debian chromium (via Playwright), with a running header and page numbers."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"])
        try:
            page = browser.new_page()
            page.set_content(document_html())
            page.pdf(
                path=str(out), format="A4", display_header_footer=True,
                header_template=f"<div style='font-size:10pt;width:100%;text-align:center'>{HEADER}</div>",
                footer_template="<div style='font-size:10pt;width:100%;text-align:center'>第 <span class='pageNumber'></span> 页 共 <span class='totalPages'></span> 页</div>",
                margin={"top": "28mm", "bottom": "25mm", "left": "22mm", "right": "22mm"},
            )
        finally:
            browser.close()
    return out


def scan_pdf(pdf: Path, out: Path, dpi: int = 150) -> Path:
    """A 'scanned' copy: every page rasterised to a greyscale image, the images wrapped in a PDF (no text layer)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    try:
        images = [document[i].render(scale=dpi / 72).to_pil().convert("L") for i in range(len(document))]
    finally:
        document.close()
    images[0].save(out, save_all=True, append_images=images[1:], resolution=dpi)
    return out


TABLE = [["学段", "学校数", "集团数"], ["小学", "142所", "21个"], ["初中", "71所", "16个"]]
DOCX_FACT = "临洮县推行“县管校聘”改革，三年内累计交流校长教师486人次。"


def make_docx(out: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_heading("临洮县推进义务教育优质均衡发展工作总结", level=1)
    document.add_paragraph(DOCX_FACT)
    document.add_heading("集团化办学情况", level=2)
    table = document.add_table(rows=len(TABLE), cols=len(TABLE[0]))
    for r, row in enumerate(TABLE):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("以上数据截至2023年12月31日。")
    document.save(str(out))
    return out


NAV = ["网站首页", "机构概况", "政务公开", "办事服务", "互动交流", "无障碍浏览", "English"]
HTML_PARAGRAPHS = [
    "近年来，陇西县以县域义务教育优质均衡发展为目标，全面推进城乡教育一体化改革，取得了明显成效。",
    "全县建成智慧教室326间，实现城乡学校专递课堂全覆盖，农村学生可以同步享受城区学校的优质课程。",
    "陇西县还建立了教师周转宿舍1200套，切实解决乡村教师住房困难，稳定了农村教师队伍。",
]


def make_saved_html(out: Path) -> Path:
    """A government-site page as saved by a browser: header nav, breadcrumbs, sidebar, footer around the article."""
    nav = "".join(f"<li><a href='/{i}.html'>{n}</a></li>" for i, n in enumerate(NAV))
    links = "".join(f"<li><a href='/news/{i}.html'>相关新闻标题第{i}条：教育系统工作动态</a></li>" for i in range(8))
    article = "".join(f"<p>{html.escape(p)}</p>" for p in HTML_PARAGRAPHS)
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>陇西县推进城乡教育一体化改革_定西市教育局</title>
<meta name="pubdate" content="2023-09-18"></head><body>
<div class="header"><ul class="nav">{nav}</ul><div class="search">请输入关键字 搜索</div></div>
<div class="crumb">当前位置：首页 &gt; 教育动态 &gt; 县区动态</div>
<div class="main"><div class="article"><h1>陇西县推进城乡教育一体化改革</h1>
<div class="info">发布时间：2023-09-18 来源：陇西县教育局 浏览次数：1024</div>{article}</div>
<div class="side"><h3>相关新闻</h3><ul>{links}</ul></div></div>
<div class="footer">主办单位：定西市教育局 版权所有 备案号：陇ICP备12345678号 技术支持：某某网络公司</div>
</body></html>"""
    out.write_text(page, encoding="utf-8")
    return out


def canon(text: str) -> str:
    """What accuracy compares: NFKC, no whitespace, no Markdown heading marks."""
    text = unicodedata.normalize("NFKC", re.sub(r"^#+\s*", "", text, flags=re.M))
    return re.sub(r"\s+", "", text)


def char_accuracy(source: str, extracted: str) -> float:
    """1 - edits / len(source), edits counted on difflib's alignment (an upper bound of the edit distance)."""
    a, b = canon(source), canon(extracted)
    edits = 0
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op != "equal":
            edits += max(i2 - i1, j2 - j1)
    return 1 - edits / max(1, len(a))
