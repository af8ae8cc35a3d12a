"""Corpus check of the date and acronym rules on ../shared/corpus (no gold):
how often each rule fires, weekday/date conflicts flagged, how well the
publication date is inferred from the text (against the metadata date),
metadata dates parsed, and speed.

    PYTHONPATH=src nice python3 scripts/corpus_dates_acronyms.py
"""

from __future__ import annotations

import collections
import csv
import json
import time
from datetime import date
from pathlib import Path

from warta.components.acronyms import find_acronym_defs
from warta.components.dates import _hits, infer_published, parse_meta_date

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def corpora():
    path = SHARED / "corpus" / "indonews-2025" / "articles.jsonl"
    yield "indonews-2025", [(r.get("body") or "", r.get("date_raw")) for r in map(json.loads, path.open(encoding="utf-8"))]
    path = SHARED / "corpus" / "detik-2025" / "data_berita.csv"
    with path.open(encoding="utf-8") as fh:
        yield "detik-2025", [(r["isi_berita"] or "", r["tanggal"]) for r in csv.DictReader(fh)]


def main() -> None:
    for name, records in corpora():
        rules: collections.Counter = collections.Counter()
        inference: collections.Counter = collections.Counter()
        conflicts = meta_ok = n_acr = 0
        t_dates = t_acr = 0.0
        for text, raw_date in records:
            meta = parse_meta_date(raw_date)
            meta_ok += meta is not None
            pub = date.fromisoformat(meta) if meta else None
            t0 = time.perf_counter()
            hits = _hits(text, pub)
            t1 = time.perf_counter()
            n_acr += len(find_acronym_defs(text))
            t_acr += time.perf_counter() - t1
            t_dates += t1 - t0
            rules.update(n for n, _ in hits)
            conflicts += sum(1 for _, h in hits if h.conflict)
            if pub is not None:
                got = infer_published(text)
                if got is None:
                    inference["none"] += 1
                elif got == pub:
                    inference["exact"] += 1
                elif abs((got - pub).days) <= 1:
                    inference["off by one day"] += 1
                else:
                    inference["wrong"] += 1
        n = len(records)
        print(f"== {name}: {n} articles, metadata date parsed for {meta_ok}")
        print(f"   date expressions by rule: {dict(rules.most_common())}")
        print(f"   weekday/date conflicts flagged: {conflicts}")
        print(f"   publication date inferred from text: {dict(inference)}")
        print(f"   acronym definitions: {n_acr}")
        print(f"   speed: find_dates {t_dates / n * 1000:.2f} ms/article, find_acronym_defs {t_acr / n * 1000:.2f} ms/article")


if __name__ == "__main__":
    main()
