"""Answer -> text for the terminal and escaped Markdown/HTML for the app (documents and models never inject markup)."""

from __future__ import annotations

import html
import re

from .schema import Answer

MARKER_RE = re.compile(r"\[(\d+)\]")
# Anything a Markdown renderer could turn into a link: scheme URLs, www.…, bare domains (evil.com/login).
_URL_CHARS = r"[^\s<>\"'`\[\]\u3000-\uffff]"
URL_RE = re.compile(
    rf"(?i)(?<![a-z0-9.\-@_%+])(?:(?:https?|ftp|file|mailto):{_URL_CHARS}+"
    rf"|[a-z0-9._%+\-]+@(?:[a-z0-9\-]+\.)+[a-z]{{2,}}"
    rf"|(?:[a-z0-9\-]+\.)+[a-z]{{2,}}(?::\d+)?(?:[/?#]{_URL_CHARS}*)?)"
)


# Terminal control sequences (ESC [ …, OSC …) and other C0/C1 controls, except newline and tab: a case
# file must not be able to recolour, retitle or rewrite the user's terminal through CLI output.
_TERMINAL_RE = re.compile(r"\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b\[[0-?]*[ -/]*[@-~]|[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def terminal_safe(text: str) -> str:
    return _TERMINAL_RE.sub("", text)


def answer_to_text(answer: Answer) -> str:
    """Plain text for the terminal, with control sequences from any source removed."""
    return terminal_safe(_answer_text(answer))


def _answer_text(answer: Answer) -> str:
    lines = [answer.answer]
    if answer.notice:
        lines.insert(0, f"[提示] {answer.notice}")
    flagged = answer.unsupported
    if flagged:
        lines.append("\n未通过引用核验的句子:")
        lines += [f"  ⚠ {c.text}({c.reason})" for c in flagged]
    if answer.citations:
        lines.append("\n来源:")
        lines += source_lines(answer, "  ", quote_chars=60)
    return "\n".join(lines)


def source_lines(answer: Answer, prefix: str = "- ", quote_chars: int | None = None) -> list[str]:
    """One line per distinct citation number: case, title, file:offsets and the quote."""
    seen: set[int] = set()
    lines = []
    for c in answer.citations:
        if c.n in seen:
            continue
        seen.add(c.n)
        quote = c.quote if quote_chars is None else c.quote[:quote_chars]
        lines.append(f"{prefix}[{c.n}] {c.case_name}《{c.title}》 {c.source}:{c.start}-{c.end} “{quote}”")
    return lines


def _escape_plain(text: str) -> str:
    text = html.escape(text, quote=False)
    return re.sub(r"([\\`!\[\]()<>])", r"\\\1", text)


def escape_md(text: str) -> str:
    """Escape HTML and Markdown link/image syntax; keep CJK text and our own bold labels readable.

    URLs are defanged with zero-width spaces ("http:\u200b//evil\u200b.example"): they read the same but no
    autolinker recognises them (GFM in Gradio's chat, linkify-it, or one that runs over rendered text), so a
    model's or a document's `http://evil.example/login` is never something to click
    (tests/test_render_browser.py checks Gradio's chat in chromium).
    """
    out, pos = [], 0
    for m in URL_RE.finditer(text):
        url = m.group(0).rstrip(".,;:!?)")
        if "." not in url and "://" not in url:
            continue
        out.append(_escape_plain(text[pos:m.start()]))
        out.append(_escape_plain(defang(url)))
        pos = m.start() + len(url)
    out.append(_escape_plain(text[pos:]))
    return "".join(out)


def defang(url: str) -> str:
    """The URL with a zero-width space before each "//", "." and "@": visible as is, never auto-linked."""
    return url.replace("//", "\u200b//").replace(".", "\u200b.").replace("@", "\u200b@")


def answer_to_markdown(answer: Answer) -> str:
    """Escaped answer with `[n]` as superscript links and unsupported sentences visibly flagged."""
    flagged = {c.text for c in answer.unsupported}
    out_lines = []
    for line in answer.answer.splitlines():
        bold = re.fullmatch(r"\*\*([^*]+)\*\*(.*)", line.strip())
        if bold:
            out_lines.append(f"**{escape_md(bold.group(1))}**{escape_md(bold.group(2))}")
            continue
        esc = escape_md(line)
        for sentence in flagged:
            s = escape_md(sentence)
            if s and s in esc:
                esc = esc.replace(s, f"<mark title=\"未通过引用核验\">⚠ {s}</mark>", 1)
        esc = re.sub(r"\\\[(\d+)\\\]", r"<sup>[\1]</sup>", esc)
        out_lines.append(esc)
    body = "\n".join(out_lines)
    if answer.notice:
        body = f"> ⚠ {escape_md(answer.notice)}\n\n{body}"
    return body


def highlight_quote(passage_text: str, quote: str) -> str:
    """The passage as escaped HTML with the quoted sentence highlighted."""
    i = passage_text.find(quote) if quote else -1
    if i < 0:
        return html.escape(passage_text)
    return html.escape(passage_text[:i]) + "<mark>" + html.escape(quote) + "</mark>" + html.escape(passage_text[i + len(quote):])
