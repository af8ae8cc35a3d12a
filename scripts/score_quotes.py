"""Score warta quotes against gold files (../shared/eval/FORMAT.md rules).

    PYTHONPATH=src python3 scripts/score_quotes.py ../shared/eval/news_dev.jsonl [-v]

A stop-gap until `warta eval` lands: match on half-of-shorter word-token
overlap (one-to-one, best overlap first); precision on `complete` articles
only; speaker accuracy with titles stripped and containment.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import warta
from warta.lexicons import ordered_list
from warta.readers import Record

WORD = re.compile(r"\w+")
TITLES = sorted({tuple(t.lower().split()) for t in ordered_list("quote_titles")}, key=len, reverse=True)


def toks(a: int, b: int, text: str) -> set[int]:
    return {m.start() for m in WORD.finditer(text, a, b)}


def strip_titles(name: str) -> str:
    w = re.sub(r"[^\w\s'-]", " ", name.lower()).split()
    changed = True
    while changed and w:
        changed = False
        for t in TITLES:
            if tuple(w[: len(t)]) == t and len(w) > len(t):
                w = w[len(t):]
                changed = True
                break
    return " ".join(w)


def speaker_ok(pred: str | None, gold: str | None) -> bool:
    if gold is None:
        return pred is None
    if not pred:
        return False
    p, g = pred.lower().strip(), gold.lower().strip()
    if p == g or p in g or g in p:
        return True
    ps, gs = strip_titles(p), strip_titles(g)
    if not ps or not gs:
        return False
    pw, gw = ps.split(), gs.split()
    return ps in gs or gs in ps or set(pw) <= set(gw) or set(gw) <= set(pw)


def score(path: str, verbose: bool = False, limit: int | None = None):
    rows = [json.loads(l) for l in open(path, encoding="utf-8")][:limit]
    pipe = warta.load()
    recs = [Record(text=r["text"], id=r["id"], published=r.get("date")) for r in rows]
    tp = ngold = npred_c = tp_c = spk_ok = 0
    for row, art in zip(rows, pipe.pipe(recs)):
        text = row["text"]
        gold = row["quotes"]
        pred = [q for q in art.quotes]
        gt = [toks(g["start"], g["end"], text) for g in gold]
        pt = [toks(q.content.start, q.content.end, text) for q in pred]
        pairs = []
        for i, g in enumerate(gt):
            for j, p in enumerate(pt):
                inter = len(g & p)
                if g and p and inter >= 0.5 * min(len(g), len(p)):
                    pairs.append((inter / max(len(g), len(p)), i, j))
        pairs.sort(reverse=True)
        used_g, used_p, match = set(), set(), {}
        for _, i, j in pairs:
            if i in used_g or j in used_p:
                continue
            used_g.add(i); used_p.add(j); match[i] = j
        tp += len(match); ngold += len(gold)
        if row.get("complete"):
            npred_c += len(pred); tp_c += len(match)
        for i, j in match.items():
            ps = pred[j].speaker.name if pred[j].speaker else None
            ok = speaker_ok(ps, gold[i]["speaker"])
            spk_ok += ok
            if verbose and not ok:
                print(f"SPK {row['id']} gold={gold[i]['speaker']!r} pred={ps!r} cue={gold[i]['cue']!r} :: {gold[i]['content'][:70]!r}")
        if verbose:
            for i, g in enumerate(gold):
                if i not in match:
                    ctx = text[max(0, g['start'] - 50):g['start']].replace("\n", "⏎")
                    print(f"MISS {row['id']} [{g['kind']}/{g['cue']}] {ctx!r} >> {g['content'][:80]!r}")
            if row.get("complete"):
                for j, q in enumerate(pred):
                    if j not in used_p:
                        print(f"FP   {row['id']} [{q.kind}/{q.cue.text if q.cue else None}] {q.content.text[:90]!r} spk={q.speaker.name if q.speaker else None}")
    rec = tp / ngold if ngold else 0
    prec = tp_c / npred_c if npred_c else float("nan")
    acc = spk_ok / tp if tp else 0
    print(f"{Path(path).name}: gold={ngold} matched={tp} recall={rec:.3f} precision={prec:.3f} (complete: {tp_c}/{npred_c}) speaker_acc={acc:.3f}")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    for p in args:
        score(p, verbose="-v" in sys.argv)
