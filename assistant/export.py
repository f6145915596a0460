"""Plan -> Markdown and Word (.docx), with a numbered source list giving case, title and source of every citation."""

from __future__ import annotations

from pathlib import Path

from index.errors import AssistantError

from .plan import Plan

CN_NUMBERS = "一二三四五六七八九十"


def source_list(plan: Plan) -> list[tuple[int, str]]:
    """Distinct cited passages numbered in order of first use: (number, description)."""
    numbers: dict[tuple[str, int, int], int] = {}
    out: list[tuple[int, str]] = []
    for section in plan.sections:
        for item in section.items:
            for c in item.citations:
                key = (c.source, c.start, c.end)
                if key not in numbers:
                    numbers[key] = len(numbers) + 1
                    out.append((numbers[key], f"{c.case_name}《{c.title}》,{c.source} 第 {c.start}–{c.end} 字:“{c.quote}”"))
    return out


def _item_refs(plan: Plan) -> dict[int, list[int]]:
    """id(item) -> source numbers it cites, consistent with `source_list`."""
    numbers: dict[tuple[str, int, int], int] = {}
    refs: dict[int, list[int]] = {}
    for section in plan.sections:
        for item in section.items:
            nums = []
            for c in item.citations:
                key = (c.source, c.start, c.end)
                numbers.setdefault(key, len(numbers) + 1)
                if numbers[key] not in nums:
                    nums.append(numbers[key])
            refs[id(item)] = nums
    return refs


def plan_to_markdown(plan: Plan) -> str:
    refs = _item_refs(plan)
    lines = [f"# {plan.title}", ""]
    if plan.scope:
        lines += [f"**适用范围/本地情况:** {plan.scope}", ""]
    if plan.notice:
        lines += [f"> {plan.notice}", ""]
    for i, section in enumerate(plan.sections):
        lines += [f"## {CN_NUMBERS[i]}、{section.heading}", ""]
        for k, item in enumerate(section.items, 1):
            marks = "".join(f"[{n}]" for n in refs[id(item)])
            names = list(dict.fromkeys(c.case_name for c in item.citations))
            cases = f"(参考:{'、'.join(names)})" if names else ""
            lines.append(f"{k}. {item.text}{marks}{cases}")
        lines.append("")
    sources = source_list(plan)
    if sources:
        lines += ["## 资料来源", ""] + [f"[{n}] {desc}" for n, desc in sources]
    return "\n".join(lines).rstrip() + "\n"


def plan_to_docx(plan: Plan, path: Path) -> None:
    import docx
    from docx.shared import Pt

    refs = _item_refs(plan)
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.size = Pt(11)
    document.add_heading(plan.title, level=0)
    if plan.scope:
        document.add_paragraph(f"适用范围/本地情况:{plan.scope}")
    if plan.notice:
        document.add_paragraph(plan.notice)
    for i, section in enumerate(plan.sections):
        document.add_heading(f"{CN_NUMBERS[i]}、{section.heading}", level=1)
        for item in section.items:
            marks = "".join(f"[{n}]" for n in refs[id(item)])
            p = document.add_paragraph(style="List Number")
            p.add_run(item.text)
            if marks:
                run = p.add_run(marks)
                run.font.superscript = True
    sources = source_list(plan)
    if sources:
        document.add_heading("资料来源", level=1)
        for n, desc in sources:
            document.add_paragraph(f"[{n}] {desc}")
    document.save(str(path))


def write_plan(plan: Plan, path: Path) -> Path:
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if suffix == ".docx":
            plan_to_docx(plan, path)
        elif suffix in (".md", ".markdown"):
            path.write_text(plan_to_markdown(plan), encoding="utf-8")
        else:
            raise AssistantError(f"{path}: 不支持的导出格式 {suffix or '(无)'},请用 .docx 或 .md")
    except OSError as exc:
        raise AssistantError(f"{path}: 无法写入 ({exc.strerror})") from exc
    return path
