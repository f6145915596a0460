"""What a file really is: magic bytes checked against its extension, before any parser touches it.

Why: an upload named .pdf may be an executable, an archive or a renamed image; each gets its own clear
message instead of a parser's stack trace, and archives are refused rather than unpacked.
"""

from __future__ import annotations

from pathlib import Path

from . import ExtractError

KINDS = {
    ".pdf": "pdf", ".docx": "docx", ".html": "html", ".htm": "html", ".txt": "text", ".md": "text",
    ".markdown": "text", ".png": "image", ".jpg": "image", ".jpeg": "image", ".tif": "image", ".tiff": "image",
    ".bmp": "image",
}
SUPPORTED_HINT = "支持 PDF(含扫描件)、Word(.docx)、网页(.html)、文本(.txt/.md)和图片(.png/.jpg)"
ARCHIVE_MAGIC = {b"Rar!": "RAR", b"7z\xbc\xaf": "7z", b"\x1f\x8b": "gzip", b"BZh": "bzip2", b"\xfd7zXZ": "xz"}
EXECUTABLE_MAGIC = (b"MZ", b"\x7fELF", b"\xcf\xfa\xed\xfe", b"\xfe\xed\xfa\xcf", b"\xca\xfe\xba\xbe", b"#!")
IMAGE_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")  # BMP's "BM" only with a .bmp name


def sniff(path: Path, given_suffix: str = "") -> str:
    """The parser to use, from the content's magic bytes checked against the extension.

    `given_suffix` is the extension of the name the user gave (an upload's temp file may have none).
    """
    with path.open("rb") as fh:
        head = fh.read(2048)
    suffix = (given_suffix or path.suffix).lower()
    if head.startswith(EXECUTABLE_MAGIC) and suffix not in {".txt", ".md", ".markdown"}:
        raise ExtractError("这是可执行程序或脚本,不是文档,已拒绝")
    for magic, label in ARCHIVE_MAGIC.items():
        if head.startswith(magic):
            raise ExtractError(f"这是 {label} 压缩包,不支持;请解压后逐个上传其中的文档")
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ExtractError("这是旧版 Office 文件(.doc/.xls),不支持;请另存为 .docx 或 PDF 后上传")
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        if suffix == ".docx":
            return "docx"
        if suffix == ".zip" or suffix in KINDS:
            raise ExtractError("这是 ZIP 压缩包,不支持;请解压后逐个上传其中的文档")
        raise ExtractError(f"不支持的文件类型 {suffix or '(无扩展名)'};{SUPPORTED_HINT}")
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(IMAGE_MAGIC) or (suffix == ".bmp" and head.startswith(b"BM")):
        return "image"
    kind = KINDS.get(suffix)
    if kind is None:
        raise ExtractError(f"不支持的文件类型 {suffix or '(无扩展名)'};{SUPPORTED_HINT}")
    if kind in {"pdf", "docx", "image"}:
        label = {"pdf": "PDF", "docx": "Word(.docx)", "image": "图片"}[kind]
        raise ExtractError(f"文件名是 {suffix},但内容不是 {label};文件可能已损坏或被改了扩展名")
    return kind
