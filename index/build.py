"""The ingestion pipeline: load -> chunk -> store texts (lexical ready) -> embed missing -> store vectors ->
embed the chunks' sentences into the cache (sentence meaning at query time without a query-time embedding).

Idempotent and incremental: chunk ids are `case:start-end`, every chunk records its case's digest and
chunk count, so an unchanged, completely stored case is skipped and a half-written one is redone.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path

from pydantic import BaseModel, Field

from .chunk import chunk_case, sentence_spans
from .embed import Embedder, EmbeddingCache, embed_with_cache
from .errors import CaseFileError
from .load import load_cases
from .settings import Settings
from .store import BATCH as STORE_BATCH
from .store import ChromaStore

log = logging.getLogger(__name__)


class BuildReport(BaseModel):
    cases: int = 0
    chunks: int = 0
    added_cases: list[str] = Field(default_factory=list)
    updated_cases: list[str] = Field(default_factory=list)
    removed_cases: list[str] = Field(default_factory=list)
    unchanged_cases: int = 0
    embedded: int = 0  # texts actually sent to the model (cache misses)
    vectors: int = 0
    sentences: int = 0  # distinct sentences of the stored chunks, each with a cached vector
    sentences_embedded: int = 0  # of those, sent to the model by this build (cache misses)
    embedding: str = ""
    errors: list[str] = Field(default_factory=list)
    seconds_lexical: float = 0.0  # until chunk texts are stored: lexical retrieval can answer
    seconds_dense: float = 0.0  # until every chunk vector is stored: dense retrieval can answer (0: no embedder)
    seconds_total: float = 0.0  # sentence vectors included: they refine answers and join when ready

    def summary(self) -> str:
        parts = [
            f"{self.cases} cases, {self.chunks} chunks",
            f"added {len(self.added_cases)}, updated {len(self.updated_cases)}, removed {len(self.removed_cases)}, unchanged {self.unchanged_cases}",
            f"embedded {self.embedded} new texts ({self.embedding or 'lexical-only'}), {self.vectors} vectors",
            f"{self.sentences} sentence vectors ({self.sentences_embedded} new)",
            f"lexical ready {self.seconds_lexical:.1f}s, dense ready "
            + (f"{self.seconds_dense:.1f}s" if self.seconds_dense else "-") + f", total {self.seconds_total:.1f}s",
        ]
        return "; ".join(parts)


Progress = Callable[[str, int, int], None]  # (phase, done, total)


def _chunker_signature(settings: Settings) -> str:
    c = settings.chunk
    return f"{c.size_tokens}/{c.overlap_tokens}/{c.encoding}/v3"  # v3: chunks carry page numbers


def store_chunks(settings: Settings, store: ChromaStore, report: BuildReport, progress: Progress | None = None) -> None:
    cases, errors = load_cases(Path(settings.cases_dir))
    report.errors = [str(e) for e in errors]
    report.cases = len(cases)
    failed_ids = {Path(e.path).stem for e in errors if isinstance(e, CaseFileError)}
    manifest = store.case_manifest()
    signature = _chunker_signature(settings)
    changed = False
    pending: list[tuple[list, dict]] = []  # cases chunked but not yet written: written together (see upsert_chunk_groups)
    pending_rows = 0
    for i, case in enumerate(cases, 1):
        entry = manifest.get(case.id)
        complete = (
            entry is not None
            and entry["digests"] == {f"{case.digest}/{signature}"}
            and entry["stored"] == entry["n_chunks"]
        )
        if complete:
            report.unchanged_cases += 1
        else:
            if not changed:
                store.mark_building()  # cleared by bump_generation below; left behind if the build is killed
            chunks = chunk_case(case, settings.chunk)
            new_ids = {c.chunk_id for c in chunks}
            stale = [cid for cid in (entry or {}).get("ids", []) if cid not in new_ids]
            if stale:
                store.delete_chunks(stale)
            pending.append((chunks, {"digest": f"{case.digest}/{signature}", "n_chunks": len(chunks)}))
            pending_rows += len(chunks)
            (report.updated_cases if entry else report.added_cases).append(case.id)
            changed = True
        if pending and (pending_rows >= STORE_BATCH or i == len(cases)):
            # A build killed between flushes leaves cases with fewer stored chunks than n_chunks: redone next time.
            store.upsert_chunk_groups(pending)
            pending, pending_rows = [], 0
        if progress:
            progress("chunks", i, len(cases))
    loaded = {c.id for c in cases}
    for case_id, entry in manifest.items():
        # A file that is now malformed keeps its last good chunks: bad input never loses indexed data.
        if case_id not in loaded and case_id not in failed_ids:
            if not changed:
                store.mark_building()
            store.delete_chunks(entry["ids"])
            report.removed_cases.append(case_id)
            changed = True
    if changed or store.building_since():  # also ends an interrupted build's flag: the index is whole again
        store.bump_generation()
    report.chunks = store.count()


def _counter(progress: Progress | None, phase: str, total: int) -> Callable[[int], None]:
    """A callback adding up the texts embedded so far and reporting them as `phase` of `total`."""
    done = 0

    def tick(n: int) -> None:
        nonlocal done
        done += n
        if progress:
            progress(phase, done, total)

    return tick


def sync_vectors(
    store: ChromaStore,
    embedder: Embedder,
    cache: EmbeddingCache,
    batch_size: int,
    report: BuildReport,
    progress: Progress | None = None,
) -> None:
    """Make the model's collection hold exactly one vector per stored chunk."""
    chunks = store.all_chunks()
    # id -> key of the embedded text: an edit that keeps a chunk's offsets keeps its id but changes its key
    have = store.vector_keys(embedder.name, embedder.dim)
    wanted = {c.chunk_id for c in chunks}
    extra = sorted(set(have) - wanted)
    if extra:
        store.delete_vectors(embedder.name, embedder.dim, extra)
    todo = [c for c in chunks if have.get(c.chunk_id) != EmbeddingCache.key(index_text(c))]
    tick = _counter(progress, "embed", len(todo))
    step = max(batch_size * 8, 64)  # write in slices so a killed build keeps what it embedded
    for i in range(0, len(todo), step):
        part = todo[i:i + step]
        texts = [index_text(c) for c in part]
        vectors, embedded = embed_with_cache(embedder, cache, texts, batch_size, tick)
        store.upsert_vectors(embedder.name, embedder.dim, part, vectors, [EmbeddingCache.key(t) for t in texts])
        report.embedded += embedded
    report.embedding = embedder.name
    report.vectors = store.vector_count(embedder.name, embedder.dim)


def sentence_texts(chunks) -> list[str]:
    """Every distinct sentence of the chunks (`sentence_spans`), as its exact text: what answer units are made of."""
    return list(dict.fromkeys(c.text[s:e] for c in chunks for s, e in sentence_spans(c.text)))


def sync_sentence_vectors(store: ChromaStore, embedder: Embedder, cache: EmbeddingCache, batch_size: int,
                          report: BuildReport, progress: Progress | None = None) -> None:
    """Put a vector of every stored chunk's sentences into the embedding cache (keyed by text, misses only).

    Why: answer units are whole sentences of the passages, matched to a question by meaning
    (`assistant/sentence_vectors.py`): the order a Chinese answer quotes them in, and the evidence for a question
    worded in words the corpus never uses. Embedding them at query time cost ~40 ms per new
    sentence (answer p95 624 ms, bench/RESULTS.md §19); here they are embedded once, after the chunk vectors, so
    dense retrieval is never delayed by them. The cache is the store: texts shared by chunks, copies and model
    switches are embedded once, and stale ones cost nothing but disk.
    """
    texts = sentence_texts(store.all_chunks())
    todo = cache.missing(embedder.name, texts)
    tick = _counter(progress, "sentences", len(todo))
    step = max(batch_size * 8, 64)  # one slice's vectors in memory at a time
    for i in range(0, len(todo), step):
        report.sentences_embedded += embed_with_cache(embedder, cache, todo[i:i + step], batch_size, tick)[1]
    report.sentences = len(texts)


def index_text(chunk) -> str:
    """What gets embedded: the heading path gives a passage its context (which case, which section)."""
    return f"{chunk.heading}\n{chunk.text}"


def build_index(
    settings: Settings,
    store: ChromaStore,
    embedder: Embedder | None,
    cache: EmbeddingCache | None,
    rebuild: bool = False,
    progress: Progress | None = None,
) -> BuildReport:
    t0 = time.perf_counter()
    report = BuildReport()
    if rebuild:
        store.reset()
    store_chunks(settings, store, report, progress)
    report.seconds_lexical = time.perf_counter() - t0
    if embedder is not None and cache is not None:
        sync_vectors(store, embedder, cache, settings.embedding.batch_size, report, progress)
        report.seconds_dense = time.perf_counter() - t0
        sync_sentence_vectors(store, embedder, cache, settings.embedding.batch_size, report, progress)
    report.seconds_total = time.perf_counter() - t0
    log.info("index built: %s", report.summary())
    return report
