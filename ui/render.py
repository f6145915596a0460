"""Answers, source cards and status as escaped HTML for the chat UI.

Nothing from a case file, a model or a user reaches the page unescaped. The chat messages are single HTML
blocks (no blank lines), so Gradio's Markdown pass leaves them alone; citation links carry their turn and
number in the `href` (`#jy-src-<turn>-<n>`) because the chat sanitizer drops `data-*` attributes.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from typing import Any

from assistant.schema import Answer, Citation

MARKER_RE = re.compile(r"\[(\d+)\]")
BOLD_RE = re.compile(r"\*\*([^*]+)\*\*")
URL_OK = re.compile(r"^https?://[^\s\"'<>]+$")
CONTEXT_CHARS = 120  # passage shown around the quoted sentences in a card
USER_SHOWN_CHARS = 600
KINDS = {"case": "地方案例", "reference": "参考文件"}

# Characters Markdown would act on, as entities: they display literally and survive the Markdown pass.
_MD_ENTITIES = str.maketrans({"*": "&#42;", "_": "&#95;", "`": "&#96;", "\\": "&#92;", "[": "&#91;", "]": "&#93;",
                              "$": "&#36;", "~": "&#126;", "#": "&#35;", "|": "&#124;"})


def esc(value: Any) -> str:
    """HTML-escaped, with Markdown's active characters as entities; newlines become spaces."""
    return html.escape(str(value), quote=True).translate(_MD_ENTITIES).replace("\n", " ")


def short_name(name: str) -> str:
    """定西市 -> 定西: how questions usually name a place."""
    return name[:-1] if len(name) > 2 and name[-1] in "市县区省" else name


# -- answers -------------------------------------------------------------------------------------
def _inline(text: str, turn: int, flagged: list[str]) -> str:
    """One answer line: escaped, **bold** kept, unsupported sentences flagged, `[n]` as citation links."""
    out = esc(text)
    out = re.sub(r"&#42;&#42;(.+?)&#42;&#42;", r"<strong>\1</strong>", out)
    for sentence in flagged:
        s = esc(sentence)
        if s and s in out:
            out = out.replace(s, f'<mark class="jy-unsupported" title="未通过引用核验">⚠ {s}</mark>', 1)
    return re.sub(r"&#91;(\d+)&#93;", lambda m: cite_link(turn, int(m.group(1))), out)


def cite_link(turn: int, n: int) -> str:
    """A word joiner (U+2060) first, so a line never starts with the marker, cut off from its sentence."""
    return f'\u2060<sup><a class="jy-cite" href="#jy-src-{turn}-{n}">[{n}]</a></sup>'


TABLE_SEP_RE = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$")


def _cells(line: str) -> list[str]:
    """A Markdown table row's cells; `\\|` inside a cell is a literal bar."""
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
    return [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", inner)]


def _table(rows: list[str], turn: int, flagged: list[str]) -> str:
    """Markdown table lines as an HTML table: first row the header when a |---| line follows it."""
    head: list[str] = []
    body = rows
    if len(rows) > 1 and TABLE_SEP_RE.match(rows[1].strip()):
        head, body = _cells(rows[0]), rows[2:]
    out = ['<div class="jy-table-wrap"><table class="jy-table">']
    if head:
        out.append("<thead><tr>" + "".join(f"<th>{_inline(c, turn, flagged)}</th>" for c in head) + "</tr></thead>")
    out.append("<tbody>")
    for row in body:
        if TABLE_SEP_RE.match(row.strip()):
            continue
        out.append("<tr>" + "".join(f"<td>{_inline(c, turn, flagged)}</td>" for c in _cells(row)) + "</tr>")
    out.append("</tbody></table></div>")
    return "".join(out)


def answer_body(answer: Answer, turn: int) -> str:
    """The answer text as paragraphs, lists, tables and quoted notes (`> …`), all escaped."""
    flagged = [c.text for c in answer.unsupported]
    parts: list[str] = []
    items: list[str] = []
    rows: list[str] = []

    def flush() -> None:
        if items:
            parts.append("<ul>" + "".join(items) + "</ul>")
            items.clear()
        if rows:
            parts.append(_table(rows, turn, flagged))
            rows.clear()

    for raw in answer.answer.splitlines():
        line = raw.strip()
        if line.startswith("|"):
            if items:
                parts.append("<ul>" + "".join(items) + "</ul>")
                items.clear()
            rows.append(line)
            continue
        bullet = re.match(r"^[-*]\s+(.*)", line)
        if bullet:
            if rows:
                parts.append(_table(rows, turn, flagged))
                rows.clear()
            nested = raw[:len(raw) - len(raw.lstrip())] != ""  # "  - …": an item under the previous bullet
            cls = ' class="jy-sub"' if nested else ""
            items.append(f"<li{cls}>{_inline(bullet.group(1), turn, flagged)}</li>")
            continue
        flush()
        quote = re.match(r"^>\s?(.*)", line)
        if quote:
            parts.append(f'<blockquote class="jy-quote">{_inline(quote.group(1), turn, flagged)}</blockquote>')
        elif line:
            parts.append(f"<p>{_inline(line, turn, flagged)}</p>")
    flush()
    return "".join(parts)


def answer_html(answer: Answer, turn: int, cases: Mapping[str, Mapping[str, Any]], notices: list[str] | None = None) -> str:
    """A chat message: notices, the answer, how the question was read, copy link and its folded sources."""
    head = "".join(f'<p class="jy-notice">⚠ {esc(n)}</p>' for n in [*(notices or []), answer.notice] if n)
    read_as = f'<p class="jy-read-as">检索时理解为:{esc(answer.rewritten_question)}</p>' if answer.rewritten_question else ""
    intent = str(getattr(answer, "intent", "") or "")  # added to the Answer contract by the engine, when present
    if intent:
        read_as += f'<p class="jy-read-as">问题类型:{esc(intent)}</p>'
    groups = group_citations(answer)
    tools = f'<p class="jy-tools"><a class="jy-copy" href="#jy-copy-{turn}">复制回答</a></p>'
    fold = ""
    if groups:
        cards = "".join(source_card(n, cites, answer, cases, f"jy-fold-{turn}") for n, cites in groups.items())
        fold = f'<details class="jy-fold"><summary>来源 {len(groups)} 条(点开查看)</summary>{cards}</details>'
    return f'<div class="jy-answer" id="jy-answer-{turn}">{head}{answer_body(answer, turn)}{read_as}{tools}{fold}</div>'


def error_html(message: str) -> str:
    return f'<div class="jy-answer"><p class="jy-error">⚠ {esc(_redact(message))}</p></div>'


def user_html(question: str) -> str:
    shown = question if len(question) <= USER_SHOWN_CHARS else question[:USER_SHOWN_CHARS] + "……"
    return f"<p>{esc(shown)}</p>" if shown.strip() else "<p>(空问题)</p>"


def streaming_html(text: str, notice: str = "") -> str:
    head = f'<p class="jy-notice">⚠ {esc(notice)}</p>' if notice else ""
    return f'<div class="jy-answer">{head}<p>{esc(text)} ▌</p></div>'


# -- sources ---------------------------------------------------------------------------------------
def group_citations(answer: Answer) -> dict[int, list[Citation]]:
    groups: dict[int, list[Citation]] = {}
    for c in answer.citations:
        groups.setdefault(c.n, []).append(c)
    return dict(sorted(groups.items()))


def _window(text: str, quotes: list[str]) -> str:
    """The passage around its quoted sentences, escaped, every quote highlighted."""
    spans = sorted({(i, i + len(q)) for q in quotes if q and (i := text.find(q)) >= 0})
    if not spans:
        return "<mark>" + "</mark>……<mark>".join(esc(q) for q in dict.fromkeys(quotes)) + "</mark>"
    merged: list[list[int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    lo, hi = max(0, merged[0][0] - CONTEXT_CHARS), min(len(text), merged[-1][1] + CONTEXT_CHARS)
    out, pos = ["……" if lo else ""], lo
    for s, e in merged:
        out += [esc(text[pos:s]), "<mark>", esc(text[s:e]), "</mark>"]
        pos = e
    out += [esc(text[pos:hi]), "……" if hi < len(text) else ""]
    return "".join(out)


def meta_line(case: Mapping[str, Any]) -> str:
    """Publisher, date and link: whatever the case file records."""
    bits = []
    if case.get("publisher"):
        bits.append(f"发布单位:{esc(case['publisher'])}")
    if case.get("published"):
        bits.append(f"发布日期:{esc(case['published'])}")
    url = str(case.get("source_url") or "")
    if URL_OK.match(url):
        bits.append(f'<a class="jy-link" href="{html.escape(url, quote=True)}" target="_blank" rel="noopener noreferrer">原文链接</a>')
    return " · ".join(bits)


def page_label(cites: list[Citation]) -> str:
    """第3页 / 第3、5页 for citations into a paged original (PDF imports); empty otherwise."""
    pages = sorted({c.page for c in cites if c.page})
    return f'<span class="jy-page">第{"、".join(map(str, pages))}页</span>' if pages else ""


def original_url(case_id: str, page: int | None = None) -> str:
    """Where the app serves a case's kept original (`ui.originals`); PDF viewers honour `#page=N`."""
    return f"originals/{case_id}" + (f"#page={page}" if page else "")


def original_link(case_id: str, case: Mapping[str, Any], cites: list[Citation]) -> str:
    if not case.get("original") or not re.fullmatch(r"[a-z0-9][a-z0-9_-]*", case_id):
        return ""
    page = min((c.page for c in cites if c.page), default=None)
    return (f'<a class="jy-link jy-original" href="{original_url(case_id, page)}" target="_blank" '
            f'rel="noopener noreferrer">查看原件{f"(第{page}页)" if page else ""}</a>')


def source_card(n: int, cites: list[Citation], answer: Answer, cases: Mapping[str, Mapping[str, Any]], prefix: str) -> str:
    first = cites[0]
    case = cases.get(first.case_id, {})
    passages = {p.chunk_id: p.text for p in answer.retrieved}
    chunk_ids = list(dict.fromkeys(c.chunk_id for c in cites))
    bodies = []
    for chunk_id in chunk_ids:
        quotes = [c.quote for c in cites if c.chunk_id == chunk_id]
        text = passages.get(chunk_id)
        bodies.append(_window(text, quotes) if text else _window("", quotes))
    flag = "" if all(c.supported for c in cites) else ' <span class="jy-flag">⚠ 未通过引用核验</span>'
    offsets = "、".join(dict.fromkeys(f"{c.start}–{c.end}" for c in cites))
    meta = " · ".join(x for x in (page_label(cites), meta_line(case), original_link(first.case_id, case, cites)) if x)
    return (
        f'<div class="jy-card" id="{prefix}-{n}">'
        f'<div class="jy-card-head"><span class="jy-num">[{n}]</span> <strong>{esc(first.case_name)}</strong>'
        f' 《{esc(first.title)}》{flag}</div>'
        + (f'<div class="jy-card-meta">{meta}</div>' if meta else "")
        + "".join(f'<div class="jy-card-text">{b}</div>' for b in bodies)
        + f'<details class="jy-detail"><summary>详情</summary><div class="jy-detail-body">文件:{esc(first.source)}'
        f" · 字符位置:{esc(offsets)} · 片段:{esc('、'.join(chunk_ids))}</div></details></div>"
    )


def plain_text(answer: Answer, cases: Mapping[str, Mapping[str, Any]]) -> str:
    """What 复制回答 copies: the answer without markup, then the numbered sources with every quote."""
    body = BOLD_RE.sub(r"\1", answer.answer).strip()
    lines = [body]
    groups = group_citations(answer)
    if groups:
        lines += ["", "来源:"]
        for n, cites in groups.items():
            first = cites[0]
            case = cases.get(first.case_id, {})
            extra = ",".join(str(case[k]) for k in ("publisher", "published", "source_url") if case.get(k))
            pages = "、".join(str(p) for p in sorted({c.page for c in cites if c.page}))
            lines.append(f"[{n}] {first.case_name}《{first.title}》" + (f" 第{pages}页" if pages else "") + (f"({extra})" if extra else ""))
            lines += [f"    “{q}”" for q in dict.fromkeys(c.quote for c in cites)]
    return "\n".join(lines)


def sources_panel(turns: list[dict[str, Any]], cases: Mapping[str, Mapping[str, Any]], active: int | None = None) -> str:
    """The right-hand 来源 panel: one set of cards per answer (the active one shown), plus copy texts."""
    if not turns:
        return '<div class="jy-sources"><p class="jy-muted">提问后,这里会列出回答所引用的案例原文。点击回答中的 [1] 等编号可跳到对应原文。</p></div>'
    active = len(turns) - 1 if active is None else active
    sets, plains = [], []
    for t, turn in enumerate(turns):
        answer: Answer | None = turn.get("answer")
        cls = "jy-srcset jy-active" if t == active else "jy-srcset"
        title = f'<div class="jy-set-title">第 {t + 1} 问:{esc(turn["question"][:40])}</div>'
        if answer is None:
            body = '<p class="jy-muted">这一问没有生成回答。</p>'
        elif not answer.citations:
            body = f'<p class="jy-muted">{"没有找到可靠依据," if answer.abstained else ""}这一问的回答未引用来源。</p>'
        else:
            body = "".join(source_card(n, c, answer, cases, f"jy-src-{t}") for n, c in group_citations(answer).items())
        if answer is not None:  # what the answer's 复制回答 link copies
            plains.append(f'<textarea class="jy-plain" id="jy-plain-{t}" hidden readonly>{html.escape(plain_text(answer, cases))}</textarea>')
        sets.append(f'<div class="{cls}" id="jy-set-{t}">{title}{body}</div>')
    return '<div class="jy-sources">' + "".join(sets) + "".join(plains) + "</div>"


# -- status ----------------------------------------------------------------------------------------
def status_line(status: Mapping[str, Any]) -> str:
    """One line in plain words: mode, retrieval readiness, size."""
    mode = "大模型模式" if str(status.get("engine", "")).startswith("大模型") else "离线模式"
    chunks = int(status.get("chunks") or 0)
    vectors = int(status.get("dense_vectors") or 0)
    if str(status.get("embedding", "")).startswith("无"):
        search = "关键词检索"
    elif status.get("dense_active"):
        search = "语义检索就绪"
    else:
        pct = min(99, int(100 * vectors / chunks)) if chunks else 0
        search = f"正在生成向量 {pct}%(暂用关键词检索)"
    parts = [mode, search, f"{int(status.get('cases') or 0)} 个案例"]
    text = " · ".join(parts)
    if status.get("store_error"):
        text += " · ⚠ 索引存储暂不可用,正在使用已加载的内容,请联系管理员重新索引"
    return f'<div class="jy-status-line">{esc(text)}</div>'


def _redact(text: Any) -> str:
    """No URLs or file paths in the page: anonymous visitors must not learn where the store or the LLM is."""
    text = re.sub(r"\b(?:https?|ftp)://\S+", "(地址已隐藏)", str(text))
    return re.sub(r"(?:[A-Za-z]:)?(?:/[^\s/,,;;)]+){2,}/?", "(路径已隐藏)", text)


def system_info(status: Mapping[str, Any]) -> str:
    """Machine details for whoever needs them, without addresses or paths (those are in the server log)."""
    engine = re.sub(r"\s*@\s*\S+", "", str(status.get("engine", "")))
    store = str(status.get("store", ""))
    rows = [
        ("回答引擎", engine),
        ("向量模型", status.get("embedding", "")),
        ("索引存储", "Chroma 服务器" if "server" in store else "本地索引目录(chroma)"),
        ("向量数", status.get("dense_vectors", 0)),
        ("片段数", status.get("chunks", 0)),
        ("案例数", status.get("cases", 0)),
    ]
    if status.get("store_error"):
        rows.append(("存储异常", _redact(status["store_error"])))
    return '<div class="jy-sysinfo">' + "".join(f"<div><b>{esc(k)}</b>:{esc(v)}</div>" for k, v in rows) + "</div>"


def vectors_pending(status: Mapping[str, Any]) -> bool:
    return not status.get("dense_active") and not str(status.get("embedding", "")).startswith("无")
