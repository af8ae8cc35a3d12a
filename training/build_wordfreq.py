"""Dev tool: build the glued-word repair lexicons from ../shared/corpus.

    python3 training/build_wordfreq.py

Writes only derived counts, never article text:
- src/warta/data/lexicons/wordfreq.tsv: lower-cased letter-only words seen at
  least MIN_COUNT times, with their counts (tokens of the clean detik-2025
  paragraphs count double: they have no glued link text);
- src/warta/data/lexicons/camelcase.txt: mixed-case words (YouTube, iPhone,
  detikOto) seen often enough to be real words, not glued link text.
"""
from __future__ import annotations

import collections
import csv
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
OUT = ROOT / "src" / "warta" / "data" / "lexicons"
WORD = re.compile(r"[A-Za-z]+")
CAMEL = re.compile(r"[a-z][A-Z]|[A-Z]{2}[a-z]")
MIN_COUNT = 3
CAMEL_MIN_CLEAN = 2   # in the clean detik-2025 paragraphs
CAMEL_MIN_RAW = 6     # in the scraped indonews-2025 bodies
FUNCTION = set("di ke dari dan yang untuk dengan oleh pada dalam atau ini itu sebagai adalah juga serta "
               "akan telah sudah bisa dapat tidak para saat bahwa karena the of and in".split())


def texts():
    with (SHARED / "corpus" / "detik-2025" / "data_berita.csv").open(encoding="utf-8", newline="") as fh:
        csv.field_size_limit(sys.maxsize)
        for row in csv.DictReader(fh):
            yield "clean", row.get("isi_berita") or ""
    for line in (SHARED / "corpus" / "indonews-2025" / "articles.jsonl").open(encoding="utf-8"):
        yield "raw", json.loads(line).get("body") or ""


def main() -> None:
    low = collections.Counter()
    camel_clean = collections.Counter()
    camel_raw = collections.Counter()
    for kind, text in texts():
        for w in WORD.findall(text):
            low[w.lower()] += 2 if kind == "clean" else 1
            if CAMEL.search(w):
                (camel_clean if kind == "clean" else camel_raw)[w] += 1
    words = sorted(((w, c) for w, c in low.items() if c >= MIN_COUNT), key=lambda x: (-x[1], x[0]))
    with (OUT / "wordfreq.tsv").open("w", encoding="utf-8") as fh:
        fh.write("# lower-cased word counts derived from ../shared/corpus (built by training/build_wordfreq.py)\n")
        fh.write("word\tcount\n")
        for w, c in words:
            fh.write(f"{w}\t{c}\n")
    camel = set(w for w, c in camel_clean.items() if c >= CAMEL_MIN_CLEAN)
    for w, c in camel_raw.items():
        m = CAMEL.search(w)
        left = w[: m.start() + 1].lower()
        if c >= CAMEL_MIN_RAW and left not in FUNCTION:
            camel.add(w)
    with (OUT / "camelcase.txt").open("w", encoding="utf-8") as fh:
        fh.write("# mixed-case words that are real words, not glued link text (built by training/build_wordfreq.py)\n")
        for w in sorted(camel):
            fh.write(w + "\n")
    print(f"{len(words)} words, {len(camel)} camel-case words")


if __name__ == "__main__":
    main()
