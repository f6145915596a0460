"""`Assistant`: the one façade the CLI, the app, the evals and the benchmarks use."""

from __future__ import annotations

import functools
import logging
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from index.backends import make_cache, make_embedder, make_store
from index.build import BuildReport, Progress, build_index, store_chunks, sync_sentence_vectors, sync_vectors
from index.clean import strip_controls
from index.errors import AssistantError, CaseFileError
from index.load import ID_RE, load_case, load_cases
from index.settings import Settings

from . import crosslingual, cues, place_meaning
from .abstain import decide, names_a_thing
from .engine import Context, Event, ExtractiveEngine, LLMEngine, abstention, format_history
from .enumerations import cn_number
from .intent import QueryIntent, analyze, ask_questions, asking_part, fold_punctuation
from .llm import ChatClient, LLMError
from .outline import item_name, item_of_named_set, part_at, section_named, section_title, subsection_at
from .plan import Plan, PlanContext, draft_plan
from .prompts import render_prompt
from .retrieve import HybridRetriever
from .schema import Answer, Message
from .sentences import score_units
from .text import bigram_share, strip_question

log = logging.getLogger(__name__)
# share of a sub-section title's character pairs the question after a position writes for the position to count
# among sub-sections ("第五大块“质量提高”": 质量, 量提, 提高 of 教育教学质量提高行动)
SUBSECTION_GLOSS_SHARE = 0.3
OWNED_NAME = 6  # characters: a name this long that one case alone uses names that case (地方教育研究中心)


def abstain_text(question: str, covered: list[str], unknown: list[str]) -> str:
    subject = "、".join(unknown) if unknown else (strip_question(question)[:30] or question[:30])
    return (
        f"抱歉,现有案例库中没有找到关于“{subject}”的可靠依据,无法据此作答。"
        f"\n\n目前收录的案例包括:{'、'.join(covered)}。可以换个问法,或询问这些地区的做法。"
    )


def _past_gloss(question: str, at: int) -> int:
    """Where the part word follows a position ending at `at`: past the asker's gloss of the part ("、管方向定调子的
    那项", `cues.POSITION_GLOSS_RE`), or `at` itself when there is none."""
    gloss = cues.POSITION_GLOSS_RE.match(question[at:])
    return at + (gloss.end() if gloss else 0)


class Assistant:
    def __init__(self, settings: Settings, retriever: HybridRetriever, llm: ChatClient | None) -> None:
        self.settings = settings
        self.retriever = retriever
        self.extractive = ExtractiveEngine()
        self.llm = llm
        self.engine = LLMEngine(llm, self.extractive) if llm else self.extractive
        self._flight = _Flight()
        self.embed_error = ""  # why background embedding stopped; status shows it with the fix
        self._embed_thread: threading.Thread | None = None
        self.meanings = crosslingual.Meanings(settings.embedding.cache_path)  # sentence meaning (crosslingual.py)

    @classmethod
    def load(cls, settings: Settings | None = None, build_if_missing: bool = True, progress: Progress | None = None,
             dense_in_background: bool = False) -> "Assistant":
        """The composition root: store, embedder and engine chosen from settings in one place.

        With `dense_in_background`, an empty index gets its chunk texts first (lexical retrieval answers at
        once) and its vectors from a background thread; dense retrieval joins when they are complete.
        """
        settings = settings or Settings()
        store = make_store(settings)
        embedder = make_embedder(settings)
        pending_vectors = False
        if build_if_missing and store.count() == 0:
            log.info("index is empty: building it from %s", settings.cases_dir)
            if embedder is not None and dense_in_background:
                store_chunks(settings, store, BuildReport(), progress)
                pending_vectors = True
            else:
                build_index(settings, store, embedder, make_cache(settings) if embedder else None, progress=progress)
        elif embedder is not None and dense_in_background and store.vector_count(embedder.name, embedder.dim) != store.count():
            pending_vectors = True  # e.g. a new embedding model, or a build killed mid-way
        retriever = HybridRetriever(store, embedder, settings.retrieval, cache_dir=settings.embedding.cache_path.parent)
        llm = ChatClient(settings.llm) if settings.llm.base_url else None
        assistant = cls(settings, retriever, llm)
        if pending_vectors:
            assistant._embed_in_background()
        elif embedder is not None and dense_in_background:
            assistant._embed_in_background(sentences_only=True)  # an index built before sentence vectors existed
        return assistant

    def _embed_in_background(self, sentences_only: bool = False) -> None:
        """Embed the missing chunk vectors (dense retrieval joins when they are complete), then the missing sentence
        vectors; with `sentences_only`, only the latter (when the build cached them, it only reads every sentence's
        key: ~15 ms at 1x, seconds at 100x, in this background thread)."""
        retriever = self.retriever
        if not sentences_only:
            retriever.dense_active.clear()

        def work() -> None:
            report = BuildReport()
            batch = self.settings.embedding.batch_size
            try:
                cache = make_cache(self.settings)
                if not sentences_only:
                    sync_vectors(retriever.store, retriever.embedder, cache, batch, report)
                    log.info("dense vectors ready: %d embedded, %d stored", report.embedded, report.vectors)
            except Exception as exc:  # the product keeps answering lexically (or densely, if only sentences were due)
                log.warning("background embedding failed%s: %s", "" if sentences_only else ", staying lexical-only", exc)
                self.embed_error = str(exc) or exc.__class__.__name__
                return
            retriever.dense_active.set()
            # Then the sentences, as `build_index` does: each joins sentence meaning once cached (sentence_vectors.py).
            try:
                sync_sentence_vectors(retriever.store, retriever.embedder, cache, batch, report)
                log.info("sentence vectors ready: %d embedded, %d sentences", report.sentences_embedded, report.sentences)
            except Exception as exc:  # only sentence meaning waits for the next build; retrieval stays dense
                log.warning("background sentence embedding failed: %s", exc)

        self.embed_error = ""
        self._embed_thread = threading.Thread(target=work, name="embed-vectors", daemon=True)
        self._embed_thread.start()

    # -- questions -----------------------------------------------------
    def check_question(self, question: str, what: str = "问题") -> str:
        question = strip_controls(question or "").strip()
        if not question:
            raise AssistantError(f"{what}为空:请输入内容。")
        limit = self.settings.app.max_question_chars
        if len(question) > limit:
            raise AssistantError(f"{what}过长:{len(question)} 字,上限为 {limit} 字(JY_APP__MAX_QUESTION_CHARS)。请精简后再试。")
        return question

    def analyze(self, question: str, history: list[Message]) -> QueryIntent:
        """The question's intent; with an LLM, an elliptic follow-up is condensed by the model first."""
        corpus = self.retriever.corpus()
        if history and self.llm is not None:
            try:
                text = self.llm.complete([{"role": "user", "content": render_prompt("condense", history=format_history(history), question=question)}])
                text = text.strip().splitlines()[0].strip() if text.strip() else ""
                if 2 <= len(text) <= 200:
                    intent = analyze(text, None, corpus)
                    intent.question = fold_punctuation(question)  # (as `analyze` reads every question)
                    intent.followup = "condensed"
                    return intent
            except LLMError as exc:
                log.warning("query rewriting failed, using the offline resolution: %s", exc)
        intent = analyze(question, history, corpus)
        return self._section_by_position(intent, history) or self._section_by_name(intent) or intent

    def _section_by_name(self, intent: QueryIntent) -> QueryIntent | None:
        """"定西那篇的重点举措分了哪几块来写": a document's parts asked (`sums_up`) of one of its top-level sections,
        named by its title's own words (`outline.section_named`), are that section's parts, not the document's."""
        if not intent.sums_up or len(intent.places) != 1 or intent.section:
            return None
        title = section_named(self.retriever.outline(intent.places[0]), asking_part(intent.question))
        if not title:
            return None  # (a title in the asker's statement, "我们县刚定了总体目标。", names no part asked)
        intent.section, intent.section_title = _quoted_title(title), title
        return intent

    def _section_by_position(self, intent: QueryIntent, history: list[Message]) -> QueryIntent | None:
        """"余杭那篇第三部分讲了什么", "初中方案第一大行动讲了啥": a part asked by its position in one document is read
        as that part's own title ("“余杭区推进教育高质量发展的创新路径”讲了什么"), which the rules for a named part
        then answer."""
        if len(intent.places) != 1:
            return None
        case = self.retriever.outline(intent.places[0])
        m = cues.SECTION_POSITION_RE.search(intent.question)
        if m:
            phrase, title, end = m.group(0), section_title(case, cn_number(m.group(1))), m.end()
            # past the top level, a sub-section at that position of the section divided into that many, when the
            # question says what that part is about in its title's words ("初中方案第五大块讲提高教育教学质量的",
            # "第五大块“质量提高”"): the asker counts the plan's 行动, not its three sections
            sub = subsection_at(case, cn_number(m.group(1))) if not title else ""
            if sub and bigram_share(item_name(sub), intent.question[m.end():]) >= SUBSECTION_GLOSS_SHARE:
                title = sub
            if not title:
                intent.missing_section = phrase  # "第九部分" of a document with three: `abstain` says what it has
                return None
        else:
            # "第一大行动": counted by the document's own word for its parts, when its sibling parts all end with it;
            # a follow-up's position in the previous answer ("第三条措施") is that answer's item, not the document's
            if intent.item:
                return None
            # (the part word right after the position, or after the asker's gloss of the part: "排在头一个、管方向
            # 定调子的那项行动", which the part's title replaces with the position)
            counted = ((m, found, at) for m in cues.PART_POSITION_RE.finditer(intent.question)
                       for at in dict.fromkeys((m.end(), _past_gloss(intent.question, m.end())))
                       if (found := part_at(case, 1 if m.group("first") else cn_number(m.group(1)), intent.question[at:])))
            m, found, at = next(counted, (None, None, 0))
            # (a typed answer asked of a position in a set the question names by its count, "三步走,头一步…哪年",
            # is asked of that item: its name stands for the position, as a part's title does; a 第N步 the list
            # answer reads by its ordinal, "泰州三步走的第三步是哪年开始的", keeps that reading)
            in_set = item_of_named_set(case, intent.question) if found is None and intent.answer_type in cues.TYPED_ANSWERS \
                and not cues.ORDINAL_RE.search(intent.question) else None
            if in_set:
                phrase, title = in_set
                end = intent.question.find(phrase) + len(phrase)
            elif m is None or found is None:
                return None
            else:
                end = at + len(found[0])
                phrase, title = intent.question[m.start():end], found[1]
        named = _quoted_title(title)  # (quoted as a name)
        # (a clause after it saying again what the part is about, "…,讲党建和思政这部分,", is the asker's gloss of
        # the part: its title stands for it)
        at = intent.question.find(phrase) + len(phrase)
        after = intent.question[at:]
        gloss = cues.PART_APPOSITION_RE.match(after)
        rest = after[gloss.end():] if gloss else after
        titled = analyze(intent.question[:at - len(phrase)] + named + rest, history, self.retriever.corpus())
        titled.places = intent.places  # the document asked about, even when its section's title names another place
        titled.section, titled.section_title = f"{phrase}即“{title}”", title
        around = intent.question[:end - len(phrase)] + " " + intent.question[end:]
        if titled.answer_type == "fact" and not cues.INNER_POSITION_RE.search(around) \
                and not cues.PART_NAME_ASKED_RE.search(intent.question[end:]):
            # "第二部分讲了什么": a part asked as a whole is answered by its measures
            titled.answer_type = "overview"
        return titled

    def _owner(self, intent: QueryIntent) -> list[str]:
        """The case a question naming no place is about when it writes a name only that case uses: a place inside a
        case (渭源县, 闲林街道), of any length, a document's number or title ("淄政办发20167号里…" -> 淄博), or a long
        word (`OWNED_NAME` characters: "研究院那个地方教育研究中心…" -> 桐庐) the corpus writes in exactly one case."""
        numbers = [form for n in cues.document_names(intent.question) for form in cues.document_name_forms(n)]
        for term in [*intent.qualifiers, *numbers, *(t for t in intent.topic_terms if len(t) >= OWNED_NAME)]:
            owners = self.retriever.cases_using(term)
            if len(owners) == 1:
                return sorted(owners)
        return []

    def rewrite(self, question: str, history: list[Message]) -> str:
        """The standalone form of a question (follow-ups resolved), as retrieval uses it."""
        return self.analyze(question, history).query

    def context(self, question: str, history: list[Message] | None = None, case: str | list[str] | None = None,
                top_k: int | None = None, region: str | None = None, kind: str | None = None) -> Context | Answer:
        """Analyse, retrieve and score once; returns an abstaining Answer when the evidence does not answer."""
        question = self.check_question(question)
        history = _messages(history)
        pending = None if history else self.retriever.embed_ahead(question)  # embedded while the question is analysed
        intent = self.analyze(question, history)
        if case and not intent.places:  # the case filter names the place the question is about ("有哪几种模式?")
            # a per-generation map, not a set of every chunk's case per request
            intent.places = [c for c in ([case] if isinstance(case, str) else case) if self.retriever.case_chunks(c)]
        if not intent.places and not intent.across and not intent.comparative and intent.answer_type != "place":
            intent.places = self._owner(intent)
        # What the question asks, without the names that say where to look, is embedded for the sentences' meaning:
        # queued behind the question's own embedding when that is already running, so the model embeds it while
        # the lexical rankers run; else after retrieval, so retrieval's embedding does not wait for it.
        asked = crosslingual.embed_asked(self.retriever, intent) if pending is not None else None
        passages = self.retriever.retrieve(intent.query, top_k, case=case, region=region, kind=kind, intent=intent, pending=pending)
        asked = asked or crosslingual.embed_asked(self.retriever, intent)
        # (the asked edge of a document, "开头…哪几方面", is the focus of a list or a broad question; a fact asked there
        # is found by its words, the edge's other sentences no nearer to it)
        structured = intent.answer_type in ("list", "overview", "method")
        focus_chunks = {p.chunk.chunk_id for p in passages if "focus" in p.ranks or structured and "edge" in p.ranks}
        weights = self.retriever.term_weights()  # one generation's weights for the whole answer
        scored = score_units(intent, passages, weights, focus_chunks)
        similarity = crosslingual.meaning(self, intent, pending, asked)
        judged = crosslingual.rerank(intent, scored, similarity, weights)
        names = self.retriever.corpus().names
        # the quoting order (by meaning) is known before judging: its closest unit is evidence of the answer type too
        ordered = crosslingual.answer_order(intent, scored, similarity)
        verdict = decide(intent, passages, judged, self.retriever.case_names(), weights, names, self.retriever.outline,
                         self.retriever.cases_using, functools.cache(lambda: place_meaning.lead(self.retriever, intent, similarity)),
                         crosslingual.nearest(ordered or []),
                         functools.cache(lambda: place_meaning.closest_case(self.retriever, intent, similarity)))
        if verdict.answer:  # judged on the order the rules were calibrated on; quoted in the order meaning gives
            # (by meaning first when the words failed and meaning tied the question to its place)
            judged = (verdict.by_meaning and crosslingual.meaning_first(scored, similarity)) or ordered or judged
            if verdict.case:  # a question naming no place that meaning tied to one case is answered from it
                judged = [u for u in judged if u.case_id == verdict.case] or judged
        ctx = Context(question, intent.query, passages, history, intent=intent, scored=judged,
                      outline=self.retriever.outline, names=names, weights=weights, gap=verdict.gap)
        if not verdict.answer:
            log.info("abstaining on %r: %s", question, verdict.rule)
            return abstention(ctx, verdict, self.engine.name)
        if intent.language == "zh" and not history and \
                (unanswered := self._no_ask_answered(question, case or intent.places or None, top_k, region, kind)):
            return unanswered
        return ctx

    def _no_ask_answered(self, question: str, case: str | list[str] | None, top_k: int | None, region: str | None,
                         kind: str | None) -> Answer | None:
        """A question asking several things in sentences of their own is answered when one of its asks is: when every
        ask, put as a question of its own (`ask_questions`), is refused, what answered the whole matched only the
        words of the asker's scene ("…每年发多少生活补助?意外险谁来买?" with neither a figure nor 意外险 in the
        case). An ask naming no thing of its own ("各提了哪些要求?", "需要交哪些材料?": 需要 is a doing) asks of what
        another ask names and is not judged alone. (A follow-up's asks lean on the conversation, and are not put
        apart.) The first ask's refusal, for the whole question, else None."""
        refusals = []
        for asked in ask_questions(question):
            if not any(names_a_thing(t) for t in analyze(asked, None, self.retriever.corpus()).topic_terms):
                continue
            sub = self.context(asked, None, case, top_k, region, kind)
            if not isinstance(sub, Answer):
                return None
            refusals.append(sub)
        if not refusals:
            return None
        first = refusals[0]
        first.question = question
        first.abstain_rule = f"no_ask_answered:{first.abstain_rule}"
        log.info("abstaining on %r: no ask answered (%s)", question, first.abstain_rule)
        return first

    def stream(self, question: str, history: list[Message] | None = None, case: str | list[str] | None = None,
               top_k: int | None = None) -> Iterator[Event]:
        t0 = time.perf_counter()
        ctx = self.context(question, history, case, top_k)
        if isinstance(ctx, Answer):
            yield Event("delta", ctx.answer)
            ctx.seconds = time.perf_counter() - t0
            yield Event("final", answer=ctx)
            return
        notice = ""
        for event in self.engine.stream(ctx):
            if event.kind == "notice":
                notice = event.text
            if event.kind == "final":
                answer = event.answer
                if answer is None or not answer.claims and not answer.abstained:
                    covered = self.retriever.case_names()
                    answer = Answer(question=ctx.question, answer=abstain_text(ctx.question, covered, []), abstained=True,
                                    engine="extractive" if notice or self.llm is None else "llm",
                                    retrieved=[p.brief() for p in ctx.passages], notice=notice)
                answer.seconds = time.perf_counter() - t0
                yield Event("final", answer=answer)
                return
            yield event

    def ask(self, question: str, history: list[Message] | list[dict] | None = None, case: str | list[str] | None = None,
            top_k: int | None = None) -> Answer:
        final: Answer | None = None
        for event in self.stream(question, history, case, top_k):  # type: ignore[arg-type]
            if event.kind == "final":
                final = event.answer
        assert final is not None
        return final

    # -- plans ---------------------------------------------------------
    def draft_plan(self, topic: str, profile: str | None = None) -> Plan:
        return draft_plan(PlanContext(self.retriever, self.llm, self.check_question), topic, profile)

    # -- corpus and status ---------------------------------------------
    def reindex(self, rebuild: bool = False, progress: Progress | None = None) -> BuildReport:
        """Build from `cases/`; concurrent calls coalesce into at most one more build, never N.

        One build runs at a time. A call arriving while one runs waits for the *next* build (which starts
        after the current one, so it sees the caller's new files) and shares its report with every other
        caller that arrived meanwhile. A rebuild asked by any of them makes that build a rebuild.
        """
        flight = self._flight
        with flight.cond:
            wanted = flight.started + 1
            flight.rebuild |= rebuild
            while flight.finished < wanted and flight.running:
                flight.cond.wait()
            if flight.finished >= wanted:
                return flight.outcome()
            flight.running, flight.started = True, flight.started + 1
            number, rebuild, flight.rebuild = flight.started, flight.rebuild, False
        report: BuildReport | None = None
        error: BaseException | None = None
        try:
            missing = self.retriever.store.missing()
            if missing:
                raise AssistantError(missing)
            embedder = self.retriever.embedder
            report = build_index(self.settings, self.retriever.store, embedder, make_cache(self.settings) if embedder else None, rebuild, progress)
            self.retriever.refresh(force=True)
            if embedder is not None and report.vectors >= report.chunks:
                self.embed_error = ""  # a build that embedded everything ends a failed background run
                self.retriever.dense_active.set()
            return report
        except BaseException as exc:
            error = exc
            raise
        finally:
            with flight.cond:
                flight.running, flight.finished, flight.report, flight.error = False, number, report, error
                flight.cond.notify_all()

    def cases(self) -> list[dict[str, Any]]:
        counts: dict[str, int] = {}
        for c in self.retriever.chunks:
            counts[c.case_id] = counts.get(c.case_id, 0) + 1
        cases, _ = load_cases(self.settings.cases_dir)
        return [
            {"id": c.id, "name": c.name, "region": c.region, "level": c.level, "kind": c.kind, "title": c.title,
             "published": c.published, "source_url": c.source_url, "aliases": list(c.aliases), "source_file": c.source_file, "chunks": counts.get(c.id, 0), "path": c.path,
             "original": c.original, "pages": len(c.page_starts)}
            for c in cases
        ]

    def case_outline(self, case_id: str, limit: int = 12) -> list[dict[str, Any]]:
        """A case's key measures (its summary in the 案例库 tab): name, concrete sentence, and exact source span."""
        from .sentences import display_text

        if not self.retriever.case_chunks(case_id):
            raise AssistantError(f"未知的案例 {case_id!r}")
        outline = self.retriever.outline(case_id)
        top = [m for m in outline.measures if m.parent < 0 and m.level != "heading"] or outline.measures
        out = []
        for m in top[:limit]:
            chunk = outline.passage(m).chunk
            out.append({"section": m.heading, "measure": display_text(m.label or m.unit.head or m.unit.text),
                        "text": display_text(m.unit.text), "items": [display_text(outline.measures[c].unit.head) for c in m.children],
                        "source": chunk.source, "start": m.unit.start, "end": m.unit.end})
        return out

    def case_text(self, case_id: str) -> str:
        """The case's body. Its own file first (`<id>.md`, ids equal file names): one file read, not the whole corpus."""
        own = Path(self.settings.cases_dir) / f"{case_id}.md"
        if ID_RE.match(case_id) and own.is_file():
            try:
                case = load_case(own)
                if case.id == case_id:
                    return case.text[case.body_start:]
            except CaseFileError:
                pass  # the full load below reports it the usual way
        cases, _ = load_cases(self.settings.cases_dir)
        for c in cases:
            if c.id == case_id:
                return c.text[c.body_start:]
        raise AssistantError(f"未知的案例 {case_id!r}")

    def status(self) -> dict[str, Any]:
        """What is true now; each entry of `problems` says what is wrong and how to fix it (Chinese, for the UI)."""
        r = self.retriever
        r.refresh()
        embedder = r.embedder
        vectors = r.dense_ready()
        dense_state, problems = self._dense_state(vectors, len(r.chunks))
        missing = r.store.missing()
        if missing:
            problems.insert(0, missing)
        elif self._interrupted_build():
            problems.append("上次构建在写入途中中断(或另一个进程正在构建),索引可能不完整。修复:点击“重新索引”。")
        if r.store_error:
            problems.append(f"向量库异常:{r.store_error}。目前只能使用已加载的内容;请检查向量库后重新索引。")
        if r.cache_error:
            problems.append(r.cache_error + "(无需处理;若反复出现,请检查缓存目录 JY_EMBEDDING__CACHE_PATH 的权限与磁盘)。")
        return {
            "engine": f"大模型 {self.llm.label}" if self.llm else "离线摘录引擎",
            "embedding": (embedder.name if embedder else "无(仅词法检索)"),
            "dense_vectors": vectors,
            "dense_active": r.dense_active.is_set() and embedder is not None,
            "dense_state": dense_state,
            "chunks": len(r.chunks),
            "cases": len({c.case_id for c in r.chunks}),
            "store": r.store.location,
            "store_error": r.store_error,
            "store_missing": bool(missing),
            "cache_error": r.cache_error,
            "embed_error": self.embed_error,
            "problems": problems,
        }

    def _interrupted_build(self) -> bool:
        """The store says a build began changing chunks and never finished, and it is not ours running now."""
        if self._flight.running:
            return False
        try:
            return self.retriever.store.building_since() > 0
        except AssistantError:  # StoreError: already reported as store_error
            return False

    def _dense_state(self, vectors: int, chunks: int) -> tuple[str, list[str]]:
        """off | embedding | failed | partial | ready, and the problem to show when it is not fine."""
        r = self.retriever
        if r.embedder is None:
            return "off", []
        if not r.dense_active.is_set():
            if self.embed_error:
                return "failed", [f"向量生成失败({self.embed_error}),目前仅用词法检索。修复:排除上述原因"
                                  "(如删除损坏的 JY_EMBEDDING__CACHE_PATH 文件)后点击“重新索引”或重启应用。"]
            if self._embed_thread is not None and not self._embed_thread.is_alive():
                return "failed", ["向量生成意外中止,目前仅用词法检索。修复:点击“重新索引”或重启应用。"]
            return "embedding", []
        if vectors < chunks:
            return "partial", [f"只有 {vectors}/{chunks} 个片段有向量(上次构建可能被中断),语义检索会漏掉其余片段。修复:点击“重新索引”。"]
        return "ready", []


class _Flight:
    """Shared state of `Assistant.reindex`: builds started/finished and the last outcome."""

    def __init__(self) -> None:
        self.cond = threading.Condition()
        self.started = self.finished = 0
        self.running = False
        self.rebuild = False
        self.report: BuildReport | None = None
        self.error: BaseException | None = None

    def outcome(self) -> BuildReport:
        if self.error is not None:
            raise AssistantError(f"同时进行的重新索引失败:{self.error}") from self.error
        assert self.report is not None
        return self.report


def _messages(history: Any) -> list[Message]:
    """The history as Messages; a malformed one is a user-facing error, not a crash."""
    if not isinstance(history, (list, tuple)) or not all(isinstance(m, (Message, dict)) for m in history):
        if not history:
            return []
        raise AssistantError('对话历史格式错误:应为消息列表,如 [{"role": "user", "content": "…"}]。')
    try:
        return [m if isinstance(m, Message) else Message.model_validate(m) for m in history]
    except ValueError as exc:  # pydantic's ValidationError
        raise AssistantError(f"对话历史格式错误:role 只能是 user/assistant/system,content 必须是文本({exc.__class__.__name__})。") from exc


def _quoted_title(title: str) -> str:
    """A section's title quoted as a name, unless it quotes words itself (在“办”字上下功夫): nested quotation marks
    would read as two names."""
    return title if "“" in title else f"“{title}”"
