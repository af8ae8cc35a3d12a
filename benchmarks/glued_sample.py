"""Dev tool: sample glued-word repairs from ../shared/corpus for hand-checking.

    PYTHONPATH=src python3 benchmarks/glued_sample.py [N] [SEED]

Prints per-rule counts over the whole corpus, then N random repairs with
context, numbered, for a person to mark right or wrong.
"""
from __future__ import annotations

import collections
import json
import random
import sys
from pathlib import Path

from warta.components.clean import clean

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 120
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    rules = collections.Counter()
    words = []
    arts = 0
    for line in (SHARED / "corpus" / "indonews-2025" / "articles.jsonl").open(encoding="utf-8"):
        d = json.loads(line)
        text = d["body"] or ""
        arts += 1
        seen = set()
        for r in clean(text).repairs:
            rules[r.rule] += 1
            key = (r.text, r.repaired)
            if key in seen:
                continue
            seen.add(key)
            ctx = text[max(0, r.at - 40): r.at + 40].replace("\n", " ")
            words.append((d["outlet"], r.text, r.repaired, r.rule, ctx))
    print(f"{arts} articles, {sum(rules.values())} split points, {len(words)} distinct repaired words per article")
    print("split points per rule:", dict(rules.most_common()))
    random.Random(seed).shuffle(words)
    for i, (o, t, rep, rule, ctx) in enumerate(words[:n], 1):
        print(f"{i:3d} {rule:13s} {t!r:28s} -> {rep!r:30s} | {ctx!r}")


if __name__ == "__main__":
    main()
