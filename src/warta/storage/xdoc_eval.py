"""Score cross-article entity resolution against a gold file: pairwise
precision/recall/F1 of "same entity" decisions over records.

Gold lines: {"article", "name", "type", "aliases", "roles", "neighbours", "label"}.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from .resolve import EntityRecord, resolve


def load_gold(path: str | Path) -> tuple[list[EntityRecord], dict[str, str]]:
    recs, labels = [], {}
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if not line.strip():
                continue
            d = json.loads(line)
            rid = f"{d['article']}\x1f{n}"
            recs.append(EntityRecord(id=rid, name=d["name"], type=d.get("type", "PER"),
                                     aliases=tuple(d.get("aliases", ())), roles=tuple(d.get("roles", ())),
                                     neighbours=tuple(d.get("neighbours", ()))))
            labels[rid] = d["label"]
    return recs, labels


def _pairs(assign: dict[str, str]) -> Counter:
    """Number of same-cluster pairs per cluster, as a Counter of sizes."""
    return Counter(assign.values())


def pairwise_scores(pred: dict[str, str], gold: dict[str, str]) -> dict[str, float]:
    ids = sorted(gold)
    both: Counter = Counter((pred[i], gold[i]) for i in ids)
    same_pred = sum(n * (n - 1) // 2 for n in Counter(pred[i] for i in ids).values())
    same_gold = sum(n * (n - 1) // 2 for n in Counter(gold[i] for i in ids).values())
    agree = sum(n * (n - 1) // 2 for n in both.values())
    p = agree / same_pred if same_pred else 1.0
    r = agree / same_gold if same_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "records": len(ids),
            "gold_entities": len(set(gold.values())), "predicted_entities": len({pred[i] for i in ids}),
            "gold_pairs": same_gold, "predicted_pairs": same_pred}


def cross_name_scores(pred: dict[str, str], gold: dict[str, str], names: dict[str, str]) -> dict[str, float]:
    """Pairwise scores over pairs of records with *different* names only
    ("Prabowo" ~ "Prabowo Subianto"; "Budi" ~ "Budi Arie"): the decisions
    resolution actually makes, without the many trivial same-name pairs."""
    ids = sorted(gold)
    tp = fp = fn = 0
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            if names[a] == names[b]:
                continue
            p, g = pred[a] == pred[b], gold[a] == gold[b]
            tp += p and g
            fp += p and not g
            fn += g and not p
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    return {"precision": round(prec, 4), "recall": round(rec, 4),
            "f1": round(2 * prec * rec / (prec + rec), 4) if prec + rec else 0.0, "pairs": tp + fn}


def bcubed(pred: dict[str, str], gold: dict[str, str]) -> dict[str, float]:
    ids = sorted(gold)
    pc: dict[str, set] = {}
    gc: dict[str, set] = {}
    for i in ids:
        pc.setdefault(pred[i], set()).add(i)
        gc.setdefault(gold[i], set()).add(i)
    p = sum(len(pc[pred[i]] & gc[gold[i]]) / len(pc[pred[i]]) for i in ids) / len(ids)
    r = sum(len(pc[pred[i]] & gc[gold[i]]) / len(gc[gold[i]]) for i in ids) / len(ids)
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4)}


def evaluate(path: str | Path) -> dict:
    recs, labels = load_gold(path)
    pred = resolve(recs)
    names = {r.id: r.name for r in recs}
    return {"pairwise": pairwise_scores(pred, labels), "cross_name_pairs": cross_name_scores(pred, labels, names),
            "bcubed": bcubed(pred, labels)}


def errors(path: str | Path, limit: int = 30) -> list[str]:
    """Readable wrong merges and missed merges (for development)."""
    recs, labels = load_gold(path)
    pred = resolve(recs)
    by = {r.id: r for r in recs}
    out = []
    clusters: dict[str, list[str]] = {}
    for i, c in pred.items():
        clusters.setdefault(c, []).append(i)
    for c, ids in clusters.items():
        labs = Counter(labels[i] for i in ids)
        if len(labs) > 1:
            out.append("WRONG MERGE: " + "; ".join(f"{lab} x{n} ({', '.join(sorted({by[i].name for i in ids if labels[i] == lab}))})" for lab, n in labs.items()))
    gold_clusters: dict[str, set[str]] = {}
    for i, lab in labels.items():
        gold_clusters.setdefault(lab, set()).add(pred[i])
    for lab, cs in gold_clusters.items():
        if len(cs) > 1:
            out.append(f"SPLIT: {lab} into {len(cs)}: " + " | ".join(sorted({by[c].name for c in cs})))
    return out[:limit]


if __name__ == "__main__":  # pragma: no cover
    import sys

    path = sys.argv[1] if len(sys.argv) > 1 else "tests/data/xdoc_gold.jsonl"
    print(json.dumps(evaluate(path), indent=1))
    for e in errors(path):
        print(e)
