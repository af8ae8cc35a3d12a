"""Benchmark the knowledge base on the full corpus.

The analysis pipeline is still being filled in, so to load the store with a
realistic number of entities and quotes this script annotates the corpus
with a crude stand-in: capitalised word sequences are PER entities,
`"...," kata/ujar/ucap/... NAME` are direct quotes. It then measures:

- store write throughput (articles/s, batches of 50 per transaction) and
  `resolve()` time;
- query latency (median and p95 of warm repeats): quotes by speaker (the
  issue's < 50 ms target), quotes about an entity, full-text search, entity
  profile.

    python benchmarks/bench_store.py [--db /tmp/bench.db] [--url postgresql://...]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import statistics
import sys
import time
from pathlib import Path

from warta.readers import stable_id
from warta.storage import open_store
from warta.types import Article, Entity, Quote, Span, Speaker

NAME = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+){1,3}\b")
QUOTE = re.compile(r"[\"“]([^\"”\n]{20,400}?)[,.]?[\"”],? (?:kata|ujar|ucap|jelas|tutur|ungkap|tegas)(?:nya)? "
                   r"((?:[A-Z][a-z]+)(?: [A-Z][a-z]+){0,3})")
SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def read_corpus(root: Path):
    with open(root / "indonews-2025" / "articles.jsonl", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            yield d.get("id"), d.get("url"), d.get("title"), d.get("outlet"), None, d.get("body") or ""
    csv.field_size_limit(10**9)
    with open(root / "detik-2025" / "data_berita.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            m = re.match(r"(\d+)/(\d+)/(\d{4})", r["tanggal"] or "")
            date = f"{m.group(3)}-{int(m.group(1)):02d}-{int(m.group(2)):02d}" if m else None
            yield "detik-" + r["id"], r["tautan"], r["judul"], "detik.com", date, r["isi_berita"]


def annotate(aid, url, title, outlet, date, text) -> Article:
    ents: dict[str, list[Span]] = {}
    for m in NAME.finditer(text):
        ents.setdefault(m.group(0), []).append(Span(start=m.start(), end=m.end(), text=m.group(0)))
    ids = {name: f"e{i}" for i, name in enumerate(ents)}
    quotes = []
    for m in QUOTE.finditer(text):
        name = m.group(2)
        quotes.append(Quote(content=Span(start=m.start(1), end=m.end(1), text=m.group(1)), kind="direct",
                            speaker=Speaker(name=name, entity=ids.get(name))))
    return Article(id=aid or stable_id(text, url), url=url, title=title, outlet=outlet, published=date, text=text,
                   body=text, quotes=quotes,
                   entities=[Entity(id=ids[n], name=n, type="PER", mentions=sp) for n, sp in ents.items()])


def timed(fn, repeat: int) -> dict:
    fn()  # warm
    ts = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        ts.append((time.perf_counter() - t) * 1000)
    return {"median_ms": round(statistics.median(ts), 2), "p95_ms": round(sorted(ts)[int(0.95 * (len(ts) - 1))], 2)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default="/tmp/warta-bench.db")
    ap.add_argument("--url", default=None, help="store URL (overrides --db), e.g. postgresql://...")
    ap.add_argument("--corpus", default=str(SHARED))
    ap.add_argument("--repeat", type=int, default=50)
    ap.add_argument("--reuse", action="store_true", help="query an existing store, do not load")
    args = ap.parse_args(argv)
    url = args.url or args.db
    out: dict = {"store": url}
    if not args.reuse:
        if not args.url:
            for suffix in ("", "-wal", "-shm"):
                Path(args.db + suffix).unlink(missing_ok=True)
        t = time.perf_counter()
        arts = [annotate(*rec) for rec in read_corpus(Path(args.corpus)) if rec[5].strip()]
        out["annotate_s"] = round(time.perf_counter() - t, 2)
        with open_store(url) as s:
            t = time.perf_counter()
            for i in range(0, len(arts), 50):
                s.add_many(arts[i:i + 50])
            dt = time.perf_counter() - t
            out["write"] = {"articles": len(arts), "seconds": round(dt, 2), "articles_per_s": round(len(arts) / dt, 1)}
            t = time.perf_counter()
            st = s.resolve()
            out["resolve"] = {"seconds": round(time.perf_counter() - t, 2), "records": st.records, "entities": st.entities}
    with open_store(url, readonly=True) as s:
        out["counts"] = s.counts()
        speakers = [r[0] for r in s._q(
            "SELECT e.name, COUNT(*) AS n FROM quotes q JOIN article_entities ae ON ae.article_id = q.article_id"
            " AND ae.local_id = q.speaker_local JOIN entities e ON e.id = ae.entity_id"
            " GROUP BY e.name ORDER BY n DESC LIMIT 20")]
        out["speakers_tested"] = speakers[:5]
        i = iter(range(10**9))
        out["quotes_by_speaker"] = timed(lambda: s.quotes(speaker=speakers[next(i) % len(speakers)], limit=50), args.repeat)
        out["quotes_by_speaker_and_dates"] = timed(
            lambda: s.quotes(speaker=speakers[next(i) % len(speakers)], date_from="2025-06-01", date_to="2025-12-31"),
            args.repeat)
        out["quotes_about"] = timed(lambda: s.quotes(about=speakers[next(i) % len(speakers)], limit=50), args.repeat)
        words = ["tarif", "harga beras", "korupsi", "banjir", "presiden OR menteri"]
        out["full_text"] = timed(lambda: s.search(words[next(i) % len(words)], limit=20), args.repeat)
        out["entity_profile"] = timed(lambda: s.entity(speakers[next(i) % len(speakers)]), max(args.repeat // 5, 5))
    print(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
