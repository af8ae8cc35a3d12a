"""Measure find_dates / find_acronyms against gold files (seed, news_dev).

    PYTHONPATH=src python3 scripts/measure_dates_acronyms.py [gold.jsonl ...] [-v] [--pipeline]

--pipeline runs the whole `warta.analyze` (cleaner first, offsets into the
original text) instead of the two functions on the raw gold text.

Dates: a prediction matches a gold date when the texts overlap (in the
article text) and the values are equal, one-to-one. Acronyms: exact
(short, long) pairs, case-insensitive. Each gold text is analysed with the
gold `date` as publication date (and once more without it, to measure
inference of the publication date). Stand-in until `warta eval` exists.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import date
from pathlib import Path

import spacy

from warta.components.acronyms import find_acronyms
from warta.components.dates import find_dates, infer_published

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEFAULT = [SHARED / "seed" / "gold.jsonl", SHARED / "eval" / "news_dev.jsonl"]


def _gold_spans(text: str, gold_text: str) -> list[tuple[int, int]]:
    out, i = [], text.find(gold_text)
    while i >= 0:
        out.append((i, i + len(gold_text)))
        i = text.find(gold_text, i + 1)
    return out


def prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p = tp / npred if npred else 1.0
    r = tp / ngold if ngold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    use_pipeline = "--pipeline" in argv
    paths = [Path(a) for a in argv if not a.startswith("-")] or DEFAULT
    nlp = spacy.blank("id")
    if use_pipeline:
        import warta
    for path in paths:
        d_tp = d_pred = d_gold = a_tp = a_pred = a_gold = inf_ok = inf_n = 0
        m_ok = m_all = 0  # every mention: does it overlap a gold date's text with the same value?
        secs = 0.0
        for line in path.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            text = rec["text"]
            pub = date.fromisoformat(rec["date"]) if rec.get("date") else None
            t0 = time.perf_counter()
            mentions = find_dates(text, pub)
            # gold lists each (text, value) once: score distinct expressions
            seen: set[tuple[str, str | None]] = set()
            preds = [p for p in mentions if (p.text, p.value) not in seen and not seen.add((p.text, p.value))]
            doc = nlp(text)
            acros = find_acronyms(doc)
            secs += time.perf_counter() - t0
            # dates
            gold = [(g, _gold_spans(text, g["text"])) for g in rec.get("dates", [])]
            m_all += len(mentions)
            m_ok += sum(
                1 for p in mentions
                if any(p.value == g["value"] and any(p.start < e and s < p.end for s, e in spans) for g, spans in gold)
            )
            used: set[int] = set()
            matched_pred: set[int] = set()
            for gi, (g, spans) in enumerate(gold):
                for pi, p in enumerate(preds):
                    if pi in matched_pred or p.value != g["value"]:
                        continue
                    if any(p.start < e and s < p.end for s, e in spans):
                        matched_pred.add(pi)
                        used.add(gi)
                        break
            d_tp += len(used)
            d_pred += len(preds)
            d_gold += len(gold)
            if verbose:
                for gi, (g, _) in enumerate(gold):
                    if gi not in used:
                        print(f"  DATE MISS {rec['id']}: {g['text']!r} = {g['value']}")
                for pi, p in enumerate(preds):
                    if pi not in matched_pred:
                        ctx = text[max(0, p.start - 40) : p.end + 20].replace("\n", " | ")
                        print(f"  DATE FP   {rec['id']}: {p.text!r} = {p.value}   …{ctx}…")
            # acronyms
            gpairs = {(g["short"].lower(), g["long"].lower()) for g in rec.get("acronyms", [])}
            ppairs = {(a.short.lower(), a.long.lower()) for a in acros}
            a_tp += len(gpairs & ppairs)
            a_pred += len(ppairs)
            a_gold += len(gpairs)
            if verbose:
                for g in sorted(gpairs - ppairs):
                    print(f"  ACRO MISS {rec['id']}: {g}")
                for p in sorted(ppairs - gpairs):
                    print(f"  ACRO FP   {rec['id']}: {p}")
            # publication date inference
            if pub is not None:
                inf_n += 1
                got = infer_published(text)
                inf_ok += got == pub
                if verbose and got != pub:
                    print(f"  PUB  {rec['id']}: inferred {got} gold {pub}")
        dp, dr, df = prf(d_tp, d_pred, d_gold)
        ap, ar, af = prf(a_tp, a_pred, a_gold)
        print(f"{path.name}: dates P={dp:.3f} R={dr:.3f} F1={df:.3f} (tp={d_tp} pred={d_pred} gold={d_gold})")
        print(f"{path.name}: dates, every mention scored: P={m_ok / m_all if m_all else 1.0:.3f} ({m_ok}/{m_all})")
        print(f"{path.name}: acronyms P={ap:.3f} R={ar:.3f} F1={af:.3f} (tp={a_tp} pred={a_pred} gold={a_gold})")
        print(f"{path.name}: published inferred correctly {inf_ok}/{inf_n}")


if __name__ == "__main__":
    main(sys.argv[1:])
