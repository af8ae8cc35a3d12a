"""Baseline: dateparser's search_dates(languages=["id"]) on the gold sets,
scored like scripts/measure_dates_acronyms.py (text overlap + equal value,
distinct (text, value) pairs), and the gap phrases it misses.

    PYTHONPATH=src python3 scripts/dateparser_baseline.py
"""

from __future__ import annotations

import json
import time
from datetime import date, datetime
from pathlib import Path

from dateparser.search import search_dates

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
GAPS = [
    "Kim tiba pada Selasa pagi.",
    "Ia datang tiga hari lalu.",
    "Kim tiba pada hari Selasa (12/9/2023) untuk",
    "Rapat digelar Rabu (18/6/2025).",
    "Serangan terjadi Jumat lalu.",
    "Harga naik semalam.",
    "Rapat digelar pada 5 Agt 2025.",
    "Gedung dibuka Kamis dini hari (19/6/2025).",
]


def main() -> None:
    for path in (SHARED / "seed" / "gold.jsonl", SHARED / "eval" / "news_dev.jsonl"):
        tp = npred = ngold = 0
        secs = 0.0
        for line in path.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            text, pub = rec["text"], date.fromisoformat(rec["date"])
            base = datetime(pub.year, pub.month, pub.day)
            t0 = time.perf_counter()
            found = search_dates(text, languages=["id"], settings={"RELATIVE_BASE": base}) or []
            secs += time.perf_counter() - t0
            preds = {(s, d.date().isoformat()) for s, d in found}
            npred += len(preds)
            ngold += len(rec["dates"])
            for g in rec["dates"]:
                if any(g["value"] == v and (s in g["text"] or g["text"] in s) for s, v in preds):
                    tp += 1
        p, r = tp / npred if npred else 1.0, tp / ngold if ngold else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{path.name}: dateparser P={p:.3f} R={r:.3f} F1={f:.3f} (tp={tp} pred={npred} gold={ngold}) {secs:.1f}s")
    base = datetime(2023, 9, 13)
    for s in GAPS:
        print(f"  {s!r}: {search_dates(s, languages=['id'], settings={'RELATIVE_BASE': base})}")


if __name__ == "__main__":
    main()
