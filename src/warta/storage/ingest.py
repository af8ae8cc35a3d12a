"""Fill a store from sources: read, skip what is stored, analyse in parallel,
write from one process in small transactions, then resolve entities.

Idempotent (stored ids/URLs are skipped before analysis, content-hash copies
are linked) and resumable (each batch of articles is one transaction, so a
killed run leaves only whole articles; the next run skips them).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Callable, Iterable

from ..readers import Record
from ..types import Article, RecordError
from .base import Store


@dataclass
class IngestReport:
    seen: int = 0
    added: int = 0
    copies: int = 0
    skipped: int = 0  # already stored (same id or URL)
    failed: int = 0
    seconds: float = 0.0
    analyze_seconds: float = 0.0
    resolve_seconds: float = 0.0
    errors: list[RecordError] = field(default_factory=list)

    @property
    def rate(self) -> float:
        """Articles analysed and stored per second (resolution excluded)."""
        done = self.added + self.copies
        return done / self.analyze_seconds if self.analyze_seconds > 0 else 0.0

    def to_dict(self) -> dict:
        return {"seen": self.seen, "added": self.added, "copies": self.copies, "skipped": self.skipped,
                "failed": self.failed, "seconds": round(self.seconds, 3),
                "articles_per_s": round(self.rate, 1), "resolve_seconds": round(self.resolve_seconds, 3)}


def pending(store: Store, records: Iterable[Record | RecordError], report: IngestReport) -> list[Record | RecordError]:
    """Records not yet in the store (by id or URL), in input order; duplicates
    inside the input are dropped too."""
    ids, urls = store.known() if hasattr(store, "known") else (set(), set())
    out: list[Record | RecordError] = []
    for rec in records:
        report.seen += 1
        if isinstance(rec, RecordError):
            out.append(rec)
            continue
        try:
            rid = rec.ensure_id()
        except Exception:  # noqa: BLE001  the pipeline reports it
            out.append(rec)
            continue
        if rid in ids or (rec.url and rec.url in urls):
            report.skipped += 1
            continue
        ids.add(rid)
        if rec.url:
            urls.add(rec.url)
        out.append(rec)
    return out


def ingest(
    store: Store,
    records: list[Record | RecordError],
    analyse: Callable[[list[Record | RecordError]], Iterable[Article | RecordError]],
    *,
    batch_size: int = 50,
    resolve: bool = True,
    on_progress: Callable[[int], None] | None = None,
    report: IngestReport | None = None,
) -> IngestReport:
    """Analyse `records` with `analyse` (e.g. `lambda rs: pipe.pipe(rs, n_process=4)`)
    and store the Articles, `batch_size` per transaction."""
    report = report or IngestReport()
    t0 = time.perf_counter()
    buf: list[Article] = []

    def flush() -> None:
        if not buf:
            return
        for res in store.add_many(buf):
            if res.status == "added":
                report.added += 1
            elif res.status == "copy":
                report.copies += 1
            else:
                report.skipped += 1
        if on_progress:
            on_progress(len(buf))
        buf.clear()

    for res in analyse(records):
        if isinstance(res, RecordError):
            report.failed += 1
            report.errors.append(res)
            if on_progress:
                on_progress(1)
            continue
        buf.append(res)
        if len(buf) >= batch_size:
            flush()
    flush()
    report.analyze_seconds = time.perf_counter() - t0
    if resolve:
        t1 = time.perf_counter()
        store.resolve()
        report.resolve_seconds = time.perf_counter() - t1
    report.seconds = time.perf_counter() - t0
    return report
