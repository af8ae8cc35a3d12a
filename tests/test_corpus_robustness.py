"""No unhandled exception on real scraped articles (a spread sample of both
corpus files in ../shared; the full run is in docs/coreio.md).

An empty body is a handled error (`kind == "empty"`); an `analyze` error is a
crash inside the pipeline and fails the test."""

from __future__ import annotations

import os
from itertools import islice

import pytest

from testpaths import shared_path
from warta.readers import read_sources
from warta.types import Article, RecordError

SAMPLE = int(os.environ.get("WARTA_CORPUS_SAMPLE", "250"))  # records per corpus file; 0 = all

CORPORA = [
    (("corpus", "indonews-2025", "articles.jsonl"), 4486),
    (("corpus", "detik-2025", "data_berita.csv"), 1000),
]


def _spread(records, total: int, n: int):
    if n <= 0 or n >= total:
        return list(records)
    step = total // n
    return list(islice(records, 0, None, step))[:n]


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.parametrize("parts, total", CORPORA, ids=["indonews", "detik"])
def test_corpus_sample_has_no_unhandled_exception(pipeline, parts, total):
    path = shared_path(*parts)
    records = _spread(read_sources([path]), total, SAMPLE)
    assert records
    crashes, analysed = [], 0
    for res in pipeline.pipe(records):
        if isinstance(res, RecordError):
            assert res.kind in {"empty", "binary", "parse", "too_large", "analyze"}
            if res.kind in {"analyze", "parse"}:
                crashes.append(res)
            continue
        assert isinstance(res, Article)
        analysed += 1
        n = len(res.text)
        for group in (res.removed, res.dates, res.acronyms, res.roles, res.sources, res.summary):
            assert all(0 <= x.start <= x.end <= n for x in group)
        for q in res.quotes:
            assert 0 <= q.content.start <= q.content.end <= n
        for e in res.entities:
            assert all(0 <= m.start <= m.end <= n for m in e.mentions)
    assert not crashes, "\n".join(f"{c.id} {c.source}: {c.message}" for c in crashes[:10])
    assert analysed >= 0.9 * len(records)
