"""The analysis pipeline: record -> Article.

    text ──> validate ──> clean ──> dateline ──> language ──> nlp (spaCy
    tokenizer, statistical components, warta rule components) ──> export

`Pipeline.analyze_record` is a pure function of the record, the loaded models
and the lexicons, so it gives the same output in-process, in a process pool
(`pipe(n_process=N)`) or on Dask workers.
"""

from __future__ import annotations

import multiprocessing as mp
from collections import deque
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from typing import Any, Iterable, Iterator, Mapping

from spacy.language import Language
from spacy.tokens import Doc

from .components.clean import CleanResult, clean
from .components.dateline import find_dateline
from .components.dates import parse_meta_date
from .components.langdetect import detect_language
from .config import Settings
from .export import doc_to_article
from .lang import load_nlp
from .readers import ReadError, Record, decode_bytes, record_from_mapping
from .types import Article, RecordError

_META_KEYS = ("id", "url", "title", "outlet", "published", "author")
SAMPLE_CHARS = 4096  # characters checked for binary content
IN_FLIGHT_PER_PROCESS = 2  # batches queued per worker process in pipe()


class AnalysisError(Exception):
    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


@dataclass
class _Prepared:
    record: Record
    doc: Doc
    cleaned: CleanResult
    language: str


def validate_text(text: Any, settings: Settings) -> str:
    """The text to analyse, or AnalysisError saying why it cannot be.

    Bytes are decoded like file input (UTF-8, else cp1252, else latin-1);
    binary data, empty or whitespace-only text and text over
    `settings.max_bytes` (UTF-8 bytes) are refused."""
    if isinstance(text, bytes | bytearray | memoryview):
        try:
            text, _ = decode_bytes(bytes(text))
        except ReadError as exc:
            raise AnalysisError(exc.kind, str(exc)) from exc
    if not isinstance(text, str):
        raise AnalysisError("parse", f"record text is {type(text).__name__}, not a string")
    if not text.strip():
        raise AnalysisError("empty", "record has no text" if not text else "record text is only whitespace")
    # len(text) bounds the UTF-8 size from below and 4*len(text) from above
    if len(text) > settings.max_bytes or (4 * len(text) > settings.max_bytes and len(text.encode("utf-8", "surrogatepass")) > settings.max_bytes):
        raise AnalysisError("too_large", f"record has {len(text):,} characters (limit {settings.max_bytes:,} bytes)")
    sample = text[:SAMPLE_CHARS]
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\n\r\f\v") or ch == "\ufffd")
    if "\x00" in sample or bad > max(8, len(sample) // 10):
        raise AnalysisError("binary", "record looks like binary data, not text")
    return text


def cut_point(body: str, limit: int) -> int:
    """Where to cut a body longer than `limit`: the last paragraph break (else
    the last whitespace) in the final tenth before the limit, else the limit."""
    if len(body) <= limit:
        return len(body)
    floor = limit - limit // 10
    for sep in ("\n", " "):
        i = body.rfind(sep, floor, limit)
        if i > 0:
            return i
    return limit


def as_record(item: Any) -> Record | RecordError:
    """A Record from what `pipe` accepts: a Record or RecordError (kept), a
    str or bytes (the text), or a mapping with the reader's field names."""
    if isinstance(item, Record | RecordError):
        return item
    if isinstance(item, str | bytes | bytearray):
        return Record(text=item)  # type: ignore[arg-type]  (bytes are decoded in validate_text)
    if isinstance(item, Mapping):
        return record_from_mapping(item, "<mapping>")
    return RecordError(id=None, kind="parse", message=f"cannot analyse a {type(item).__name__}", source=None)


class Pipeline:
    def __init__(self, nlp: Language, settings: Settings | None = None):
        self.nlp = nlp
        self.settings = settings or Settings()

    @classmethod
    def create(cls, settings: Settings | None = None, **overrides: Any) -> "Pipeline":
        settings = settings or Settings.load()  # defaults, then WARTA_* environment variables
        if overrides:
            settings = settings.replace(**overrides)
        return cls(load_nlp(settings.model), settings)

    # -- single records -------------------------------------------------
    def analyze(self, text: str | bytes, **meta: Any) -> Article:
        """One article. `meta`: id, url, title, outlet, published (or date), author.
        Raises AnalysisError for input that cannot be analysed (empty, binary...)."""
        if "date" in meta and "published" not in meta:
            meta["published"] = meta.pop("date")
        unknown = set(meta) - set(_META_KEYS)
        if unknown:
            raise TypeError(f"unknown metadata: {', '.join(sorted(unknown))}")
        record = Record(text=text, **meta)
        return self.analyze_record(record)

    def analyze_record(self, record: Record) -> Article:
        prepared = self._prepare(record)
        doc = prepared.doc
        for _, proc in self.nlp.pipeline:
            doc = proc(doc)
        return self._finish(prepared, doc)

    def _prepare(self, record: Record) -> _Prepared:
        text = validate_text(record.text, self.settings)
        record.text = text
        record.ensure_id()
        warnings: list[str] = []
        cleaned = clean(text, repair_glued=self.settings.repair_glued)
        limit = min(self.settings.max_chars, self.nlp.max_length)
        body = cleaned.body
        if len(body) > limit:
            cut = cut_point(body, limit)
            warnings.append(f"body cut from {len(body):,} to {cut:,} characters for analysis")
            body = body[:cut]
        language = detect_language(body)
        doc = self.nlp.make_doc(body)
        dateline = find_dateline(body)
        doc._.dateline = dateline
        doc._.skip = [(dateline.start, dateline.end)] if dateline else []
        doc._.meta = {
            "id": record.id,
            "url": record.url,
            "title": record.title,
            "outlet": record.outlet,
            "author": record.author,
            "published": parse_meta_date(record.published),
            "published_inferred": False,
        }
        doc._.warnings = warnings
        return _Prepared(record, doc, cleaned, language)

    def _finish(self, prepared: _Prepared, doc: Doc) -> Article:
        return doc_to_article(doc, prepared.cleaned, prepared.record.text, prepared.language)

    def safe_analyze(self, record: Record | RecordError) -> Article | RecordError:
        if isinstance(record, RecordError):
            return record
        try:
            return self.analyze_record(record)
        except AnalysisError as exc:
            return RecordError(id=record.id, kind=exc.kind, message=str(exc), source=record.source)
        except Exception as exc:  # noqa: BLE001  a bad record must not stop the batch
            return RecordError(id=record.id, kind="analyze", message=f"{type(exc).__name__}: {exc}", source=record.source)

    # -- streams --------------------------------------------------------
    def pipe(
        self, records: Iterable[Record | RecordError | str | bytes | Mapping], n_process: int = 1, batch_size: int | None = None
    ) -> Iterator[Article | RecordError]:
        """Articles (or RecordErrors) in input order, one per input record.

        Accepts Records (from `warta.readers`), plain strings or bytes, and
        dicts like a JSONL line (`{"id": ..., "text": ..., "date": ...}`).
        A record that cannot be analysed becomes a RecordError in its place;
        the stream goes on. Input is read lazily (a bounded number of batches
        ahead), so a generator over a large corpus streams in flat memory."""
        batch_size = batch_size or self.settings.batch_size
        stream = (as_record(r) for r in records)
        if n_process <= 1:
            for batch in _batches(stream, batch_size):
                yield from self._pipe_batch(batch)
            return
        ctx = mp.get_context("fork")
        with ctx.Pool(n_process, initializer=_init_worker, initargs=(self.settings,)) as pool:
            # a bounded window of batches in flight: input is read lazily, so
            # memory stays flat however long the stream is (Pool.imap would
            # read the whole input ahead)
            window: deque = deque()
            for batch in _batches(stream, batch_size):
                window.append((batch, pool.apply_async(_work, (batch,))))
                if len(window) >= IN_FLIGHT_PER_PROCESS * n_process:
                    yield from _collect(*window.popleft())
            while window:
                yield from _collect(*window.popleft())

    def _pipe_batch(self, batch: list[Record | RecordError]) -> list[Article | RecordError]:
        results: list[Article | RecordError | None] = [None] * len(batch)
        prepared: list[tuple[int, _Prepared]] = []
        for i, rec in enumerate(batch):
            if isinstance(rec, RecordError):
                results[i] = rec
                continue
            try:
                prepared.append((i, self._prepare(rec)))
            except Exception:  # noqa: BLE001
                results[i] = self.safe_analyze(rec)
        try:
            docs = list(self.nlp.pipe(p.doc for _, p in prepared))
            for (i, p), doc in zip(prepared, docs):
                try:
                    results[i] = self._finish(p, doc)
                except Exception:  # noqa: BLE001
                    results[i] = self.safe_analyze(p.record)
        except Exception:  # noqa: BLE001  isolate the failing record
            for i, p in prepared:
                results[i] = self.safe_analyze(p.record)
        return [r for r in results if r is not None]


def _collect(batch: list, result: Any) -> list[Article | RecordError]:
    """A worker's results; if the worker itself failed (a crash, an
    unpicklable result), one error per record of its batch."""
    try:
        return result.get()
    except Exception as exc:  # noqa: BLE001
        return [
            r if isinstance(r, RecordError) else RecordError(id=r.id, kind="analyze", message=f"worker failed: {type(exc).__name__}: {exc}", source=r.source)
            for r in batch
        ]


def _batches(it: Iterable, n: int) -> Iterator[list]:
    it = iter(it)
    while batch := list(islice(it, n)):
        yield batch


_WORKER: Pipeline | None = None


def _init_worker(settings: Settings) -> None:
    global _WORKER
    _WORKER = Pipeline.create(settings)


def _work(batch: list) -> list:
    assert _WORKER is not None
    return _WORKER._pipe_batch(batch)


@lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    return Pipeline.create()
