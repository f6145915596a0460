"""Import throughput and accuracy on the real corpus printed to PDF: text layer vs scanned (OCR).

    python -m bench.ingest [--ocr-pages 4] [--dpi 150] [--out bench/out/ingest.json]

Every case body in cases/ is printed by headless Debian chromium (Playwright) as one A4 PDF, with a
running header and page numbers, each case starting on a new page. The PDF is imported with
`import_document` (text layer); then its first `--ocr-pages` pages are rasterised and wrapped in a PDF
(a scan) and imported again (OCR on every page). Reported: pages/s for each path and the character
accuracy of the canonical text against the printed source (tests/doc_fixtures.py's measure).
"""

from __future__ import annotations

import argparse
import difflib
import html
import json
import os
import re
import tempfile
import time
import unicodedata
from pathlib import Path

from index.ingest import import_document
from index.load import load_case, load_cases
from index.settings import REPO_ROOT, IngestSettings

CHROMIUM = "/usr/bin/chromium"


def corpus_blocks() -> list[list[tuple[str, str]]]:
    """Per case: (tag, text) blocks of its body, Markdown marks removed (h2 for headings, p otherwise)."""
    cases, _ = load_cases(REPO_ROOT / "cases")
    out = []
    for case in cases:
        blocks = []
        for line in case.text[case.body_start:].splitlines():
            line = line.strip().replace("**", "")
            if not line or set(line) <= set("-|: "):
                continue
            tag = "h2" if line.startswith("#") else "p"
            blocks.append((tag, re.sub(r"^(#+|[-*>]|\d+\.)\s+", "", line)))
        out.append(blocks)
    return out


def print_pdf(cases: list[list[tuple[str, str]]], out: Path) -> None:
    from playwright.sync_api import sync_playwright

    parts = []
    for i, blocks in enumerate(cases):
        brk = ' style="page-break-before: always"' if i else ""
        parts.append(f"<div{brk}>" + "".join(f"<{t}>{html.escape(x)}</{t}>" for t, x in blocks) + "</div>")
    page_html = (
        "<!doctype html><html><head><meta charset='utf-8'><style>body{font-family:'Noto Serif CJK SC',serif;"
        "font-size:14pt;line-height:1.8} p{text-indent:2em;margin:0 0 .3em} h2{font-size:17pt}</style></head>"
        f"<body>{''.join(parts)}</body></html>"
    )
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        try:
            page = browser.new_page()
            page.set_content(page_html)
            page.pdf(path=str(out), format="A4", display_header_footer=True,
                     header_template="<div style='font-size:9pt;width:100%;text-align:center'>教育改革案例汇编</div>",
                     footer_template="<div style='font-size:9pt;width:100%;text-align:center'>- <span class='pageNumber'></span> -</div>",
                     margin={"top": "25mm", "bottom": "22mm", "left": "20mm", "right": "20mm"})
        finally:
            browser.close()


def scan(pdf: Path, out: Path, pages: int, dpi: int) -> None:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        images = [doc[i].render(scale=dpi / 72).to_pil().convert("L") for i in range(min(pages, len(doc)))]
    finally:
        doc.close()
    images[0].save(out, save_all=True, append_images=images[1:], resolution=dpi)


def canon(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", re.sub(r"^#+\s*", "", text, flags=re.M)))


def accuracy(source: str, got: str) -> float:
    a, b = canon(source), canon(got)
    edits = sum(max(i2 - i1, j2 - j1) for op, i1, i2, j1, j2 in
                difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes() if op != "equal")
    return 1 - edits / max(1, len(a))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.ingest", description=__doc__.splitlines()[0])
    parser.add_argument("--ocr-pages", type=int, default=4, help="pages of the scan to OCR (OCR is slow)")
    parser.add_argument("--dpi", type=int, default=150, help="resolution of the simulated scan")
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "bench" / "out" / "ingest.json")
    args = parser.parse_args(argv)
    blocks = corpus_blocks()
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        cases = d / "cases"
        cases.mkdir()
        pdf, scanned = d / "案例汇编.pdf", d / "案例汇编(扫描件).pdf"
        print_pdf(blocks, pdf)
        scan(pdf, scanned, args.ocr_pages, args.dpi)
        settings = IngestSettings(ocr_dpi=200)
        runs = {}
        source = "\n".join(x for c in blocks for _, x in c)
        text_layer = ""
        for label, path in (("text_layer", pdf), ("ocr", scanned)):
            t0, cpu0 = time.perf_counter(), os.times()
            result = import_document(path, cases, settings=settings)
            wall, cpu1 = time.perf_counter() - t0, os.times()
            assert result.ok, result.message
            case = load_case(Path(result.case_path))
            text = case.text[case.body_start:]
            if label == "text_layer":
                text_layer, starts, reference = text, case.page_starts, canon(source)
            else:
                # the scan holds the first pages only: the source up to where the text layer's next page starts
                cut = starts[result.pages] - starts[0] if result.pages < len(starts) else len(text_layer)
                reference = canon(source)[: len(canon(text_layer[:cut]))]
            runs[label] = {
                "pages": result.pages, "ocr_pages": len(result.ocr_pages), "seconds": round(wall, 2),
                "cpu_seconds": round((cpu1.user - cpu0.user) + (cpu1.system - cpu0.system), 2),
                "pages_per_s": round(result.pages / wall, 2), "chars": len(text),
                "char_accuracy": round(accuracy(reference, text), 4),
            }
    report = {"load_avg": os.getloadavg(), "cpus": os.cpu_count(), "runs": runs}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    print(json.dumps(report, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
