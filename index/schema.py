"""Data that crosses module boundaries: a loaded case and the chunks cut from it."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Case(BaseModel):
    """A case file as on disk. `text` is the whole decoded file, so offsets match the file."""

    model_config = ConfigDict(frozen=True)

    id: str
    name: str
    region: str = ""
    level: str = ""
    kind: str = "case"
    title: str = ""
    source_file: str = ""
    source_url: str = ""
    published: str = ""
    topics: list[str] = Field(default_factory=list)
    aliases: list[str] = Field(default_factory=list)  # other names a question may use ("初中行动方案")
    path: str  # relative to the repo when inside it, else absolute
    text: str
    body_start: int  # offset where the body begins (after front matter)
    digest: str  # sha1 of `text`, drives incremental indexing
    original: str = ""  # imported documents: the kept original, relative to the cases dir (originals/<id>.pdf)
    sha256: str = ""  # of the original file: a second upload of the same file is refused
    page_starts: list[int] = Field(default_factory=list)  # absolute offsets in `text` where each page starts


class Chunk(BaseModel):
    """A span of a case file. Invariant: `case.text[start:end] == text`."""

    model_config = ConfigDict(frozen=True)

    chunk_id: str
    case_id: str
    name: str
    title: str
    kind: str
    region: str
    source: str
    heading: str  # heading path, " > " joined
    aliases: str = ""  # the case's aliases, "|" joined (Chroma metadata holds scalars only)
    page: int = 0  # page of the original where the chunk starts (1-based); 0 = the case has no pages
    page_starts: str = ""  # absolute offsets of the page starts inside the chunk, "," joined (see index.pages)
    start: int
    end: int
    text: str

    def metadata(self) -> dict[str, str | int]:
        return self.model_dump(exclude={"text"})
