"""Export a store: JSONL (articles), CSV (quotes, entities), Parquet (via
pyarrow) and GraphML (entity co-occurrence, speaker-topic; via networkx)."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Iterator

from .base import SQLStore

TABLES = ("articles", "quotes", "entities")
QUOTE_FIELDS = ["quote_id", "article_id", "speaker", "speaker_entity", "speaker_canonical", "content", "cue", "kind",
                "date", "outlet", "start", "end", "via"]
ENTITY_FIELDS = ["entity_id", "name", "type", "articles", "aliases"]


def _rows(store: SQLStore, what: str) -> Iterator[dict]:
    if what == "quotes":
        return store.iter_quotes()
    if what == "entities":
        return store.iter_entities()
    if what == "articles":
        return store.iter_articles()
    raise ValueError(f"unknown table {what!r}: one of {', '.join(TABLES)}")


def export_jsonl(store: SQLStore, path: str | Path, what: str = "articles") -> int:
    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        for row in _rows(store, what):
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    return n


def export_csv(store: SQLStore, path: str | Path, what: str = "quotes") -> int:
    if what not in ("quotes", "entities"):
        raise ValueError("CSV export is for quotes or entities")
    fields = QUOTE_FIELDS if what == "quotes" else ENTITY_FIELDS
    n = 0
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=fields)
        w.writeheader()
        for row in _rows(store, what):
            row = dict(row)
            if isinstance(row.get("aliases"), list):
                row["aliases"] = "|".join(row["aliases"])
            w.writerow(row)
            n += 1
    return n


def export_parquet(store: SQLStore, path: str | Path, what: str = "quotes") -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = list(_rows(store, what))
    if what == "articles":  # nested annotations as JSON strings: one flat schema
        keep = ("id", "url", "title", "outlet", "author", "published", "language", "body")
        rows = [{**{k: r.get(k) for k in keep},
                 **{k: json.dumps(r.get(k, []), ensure_ascii=False) for k in ("entities", "quotes", "roles", "sources", "dates", "events")}}
                for r in rows]
    elif what == "quotes":
        rows = [{**r, "via": r["via"] if isinstance(r["via"], str) else json.dumps(r["via"])} for r in rows]
    fields = {"quotes": QUOTE_FIELDS, "entities": ENTITY_FIELDS}.get(what)
    table = pa.Table.from_pylist(rows) if rows else pa.table({f: pa.array([], pa.string()) for f in (fields or ["id"])})
    pq.write_table(table, str(path))
    return len(rows)


def export_graphml(store: SQLStore, path: str | Path, graph: str = "cooccurrence", min_weight: int = 1) -> tuple[int, int]:
    """`cooccurrence`: entities linked by the number of articles they share.
    `speaker-topic`: speaker -> entity mentioned in their quotes (directed)."""
    import networkx as nx

    ents = {e["entity_id"]: e for e in store.iter_entities()}
    if graph == "cooccurrence":
        g = nx.Graph()
        edges = store.cooccurrence(min_articles=min_weight)
    elif graph == "speaker-topic":
        g = nx.DiGraph()
        edges = [e for e in store.speaker_topics() if e[2] >= min_weight]
    else:
        raise ValueError("graph must be 'cooccurrence' or 'speaker-topic'")
    for a, b, w in edges:
        for n in (a, b):
            if n not in g and n in ents:
                e = ents[n]
                g.add_node(n, label=e["name"], type=e["type"], articles=e["articles"])
        g.add_edge(a, b, weight=w)
    nx.write_graphml(g, str(path))
    return g.number_of_nodes(), g.number_of_edges()
