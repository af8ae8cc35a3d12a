"""Dev tool: score the cleaner and dateline parser against gold files.

    PYTHONPATH=src python3 benchmarks/clean_gold.py [gold.jsonl ...]

Checks, per FORMAT.md: dateline fields equal (case-insensitive); every gold
boilerplate line absent from the body; every other non-empty line of the text
still in the body (whitespace ignored, since glued-word repair inserts spaces).
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from warta.components.clean import clean
from warta.components.dateline import find_dateline

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEFAULT = [SHARED / "seed" / "gold.jsonl", SHARED / "eval" / "news_dev.jsonl"]
WS = re.compile(r"\s+")


def squash(s: str) -> str:
    return WS.sub("", s)


def norm(v):
    return v.lower() if isinstance(v, str) else v


def score(path: Path, verbose: bool = True) -> None:
    n = dl_ok = bp_total = bp_ok = content_total = content_ok = 0
    for raw in path.open(encoding="utf-8"):
        g = json.loads(raw)
        text = g["text"]
        res = clean(text)
        body = squash(res.body)
        dl = find_dateline(res.body)
        pred = {"outlet": dl.outlet, "place": dl.place} if dl else None
        gold = g.get("dateline")
        ok = (pred is None and gold is None) or (
            pred is not None and gold is not None
            and norm(pred["outlet"]) == norm(gold.get("outlet")) and norm(pred["place"]) == norm(gold.get("place"))
        )
        n += 1
        dl_ok += ok
        if not ok and verbose:
            print(f"  DATELINE {g['id']}: gold={gold} pred={pred} text={text[:60]!r}")
        bps = set(g.get("boilerplate") or [])
        # a boilerplate line counts as removed when no kept line equals it
        body_lines = {squash(x) for x in res.body.split("\n")}
        for b in bps:
            bp_total += 1
            if squash(b) in body_lines:
                if verbose:
                    print(f"  KEPT BOILERPLATE {g['id']}: {b[:100]!r}")
            else:
                bp_ok += 1
        for line in text.split("\n"):
            if not line.strip() or line.strip() in bps:
                continue
            content_total += 1
            if squash(line) in body:
                content_ok += 1
            elif verbose:
                print(f"  DROPPED CONTENT {g['id']}: {line[:100]!r}")
    print(f"{path.name}: articles={n} dateline_acc={dl_ok / max(n, 1):.3f} "
          f"boilerplate_removed={bp_ok}/{bp_total}={bp_ok / max(bp_total, 1):.3f} "
          f"content_kept={content_ok}/{content_total}")


if __name__ == "__main__":
    for p in (sys.argv[1:] or DEFAULT):
        score(Path(p))
