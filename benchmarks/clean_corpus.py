"""Dev tool: run the cleaner + dateline parser over ../shared/corpus and
report removal counts per reason, dateline rule hits and leftovers.

    PYTHONPATH=src python3 benchmarks/clean_corpus.py [--show REASON] [--leftover WORD]
"""
from __future__ import annotations

import argparse
import collections
import json
import re
import time
from pathlib import Path

from warta.components.clean import clean
from warta.components.dateline import find_dateline

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
LEFTOVERS = ["Baca juga", "ADVERTISEMENT", "Advertisement", "SCROLL TO CONTINUE", "Simak", "Gambas",
             "Ikuti Whatsapp Channel", "A post shared by", "Dok.", "(Foto:", "Foto:", "Editor:", "Penulis:"]


def articles():
    for line in (SHARED / "corpus" / "indonews-2025" / "articles.jsonl").open(encoding="utf-8"):
        d = json.loads(line)
        yield d["outlet"], d["body"] or ""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", help="print removed lines with this reason")
    ap.add_argument("--leftover", help="print kept lines containing this string")
    ap.add_argument("--datelines", action="store_true", help="print a sample of datelines per outlet")
    args = ap.parse_args()
    reasons = collections.Counter()
    dl = collections.Counter()
    left = collections.Counter()
    n = chars = 0
    t0 = time.perf_counter()
    samples = collections.defaultdict(list)
    for outlet, body in articles():
        n += 1
        chars += len(body)
        res = clean(body)
        d = find_dateline(res.body)
        dl[(outlet, bool(d))] += 1
        if args.datelines and d and len(samples[outlet]) < 15:
            samples[outlet].append((d.outlet, d.place, res.body[d.start:d.end + 15]))
        for r in res.removed:
            reasons[r.reason] += 1
            if args.show == r.reason:
                print(f"{outlet[:6]} | {r.text[:140]!r}")
        for line in res.body.split("\n"):
            for w in LEFTOVERS:
                if w in line:
                    left[w] += 1
            if args.leftover and args.leftover in line:
                print(f"LEFT {outlet[:6]} | {line[:160]!r}")
    dt = time.perf_counter() - t0
    print(f"{n} articles, {chars / 1e6:.1f}M chars, {dt:.1f}s ({n / dt:.0f} articles/s incl. dateline)")
    print("removed per reason:", dict(reasons.most_common()))
    print("dateline found per outlet:", sorted(dl.items()))
    print("leftover lines containing:", dict(left.most_common()))
    for o, s in samples.items():
        print(o)
        for x in s:
            print("   ", x)


if __name__ == "__main__":
    main()
