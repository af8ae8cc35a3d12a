"""The ingest loop (`warta.storage.ingest`) on both backends, with a stand-in
analyser so no model is needed."""

from __future__ import annotations

from warta.readers import Record
from warta.storage.ingest import IngestReport, ingest, pending
from warta.types import Article, RecordError

from _storage_factory import T1, T2, T3


def fake_analyse(records):
    for r in records:
        if isinstance(r, RecordError):
            yield r
        elif not r.text.strip():
            yield RecordError(id=r.id, kind="empty", message="record has no text")
        else:
            yield Article(id=r.ensure_id(), url=r.url, outlet=r.outlet, text=r.text, body=r.text)


def records():
    return [Record(text=T1, url="https://a/1"), Record(text=T2, url="https://a/2"),
            Record(text=T1, url="https://b/copy"),  # syndicated copy
            Record(text=T2, url="https://a/2"),  # repeated in the input
            Record(text="   ", url="https://a/empty"),
            RecordError(id=None, kind="parse", message="bad json", source="x.jsonl:9"),
            Record(text=T3, id="fixed-id")]


def test_ingest_counts_and_rerun(store):
    rep = IngestReport()
    todo = pending(store, records(), rep)
    assert rep.skipped == 1  # the repeated URL never reaches analysis
    rep = ingest(store, todo, fake_analyse, batch_size=2, report=rep)
    assert (rep.added, rep.copies, rep.failed) == (3, 1, 2)
    assert store.counts()["articles"] == 4
    assert store.counts()["article_links"] == 1
    again = IngestReport()
    todo = pending(store, records(), again)
    rep2 = ingest(store, todo, fake_analyse, report=again)
    assert (rep2.added, rep2.copies) == (0, 0)
    assert rep2.skipped == 5 and rep2.failed == 2
    assert store.counts()["articles"] == 4


def test_progress_callback_sees_every_record(store):
    seen = []
    ingest(store, pending(store, records(), IngestReport()), fake_analyse, batch_size=3, on_progress=seen.append)
    assert sum(seen) == 6  # 4 stored + 2 failed
