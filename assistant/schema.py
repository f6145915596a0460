"""The answer contract (scripts and the app depend on these JSON shapes)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from index.schema import Chunk


class Passage(BaseModel):
    """A retrieved chunk with its fused score and its rank in each ranker (for evals and debugging)."""

    model_config = ConfigDict(frozen=True)

    chunk: Chunk
    score: float
    ranks: dict[str, int] = Field(default_factory=dict)
    similarity: float = 0.0  # dense cosine similarity to the question (0 when dense retrieval is off)

    def brief(self) -> "RetrievedPassage":
        return RetrievedPassage(chunk_id=self.chunk.chunk_id, case_id=self.chunk.case_id, score=round(self.score, 6), text=self.chunk.text)


class RetrievedPassage(BaseModel):
    chunk_id: str
    case_id: str
    score: float
    text: str


class Citation(BaseModel):
    """One `[n]` marker on one answer sentence. Invariant: file_text[start:end] == quote."""

    n: int
    case_id: str
    case_name: str
    title: str
    chunk_id: str
    source: str
    start: int
    end: int
    quote: str
    supported: bool
    score: float
    sentence: str = ""  # the answer sentence this citation is attached to
    page: int | None = None  # page of the original (PDF imports) where the quote starts; None = no pages


class Claim(BaseModel):
    """An answer sentence and the verdict of the citation check."""

    text: str
    markers: list[int] = Field(default_factory=list)
    supported: bool
    score: float = 0.0
    reason: str = ""


class Answer(BaseModel):
    question: str
    answer: str
    abstained: bool = False
    engine: Literal["extractive", "llm"] = "extractive"
    citations: list[Citation] = Field(default_factory=list)
    retrieved: list[RetrievedPassage] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    rewritten_question: str = ""
    notice: str = ""  # e.g. the LLM failed and the offline engine answered
    abstain_rule: str = ""  # which abstention rule fired (see assistant/abstain.py RULES)
    intent: str = ""  # how the question was read, in words a user understands
    seconds: float = 0.0

    @property
    def unsupported(self) -> list[Claim]:
        return [c for c in self.claims if not c.supported]


class Message(BaseModel):
    role: Literal["user", "assistant", "system"]
    content: str
