"""Load the data files shipped in `warta/data/` (lexicons and patterns).

Each loader reads one file once (cached: the data is read-only) and returns
frozen results. Text lists: one entry per line, `#` starts a comment.
TSV: tab-separated, first line a header.
"""

from __future__ import annotations

import csv
import json
from functools import lru_cache
from importlib import resources
from typing import Iterator


def data_path(*parts: str):
    return resources.files("warta").joinpath("data", *parts)


def _lines(*parts: str) -> Iterator[str]:
    with data_path(*parts).open("r", encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            yield line


@lru_cache(maxsize=None)
def word_list(name: str) -> frozenset[str]:
    """`data/lexicons/<name>.txt` as a frozenset of stripped entries."""
    return frozenset(line.strip() for line in _lines("lexicons", f"{name}.txt"))


@lru_cache(maxsize=None)
def ordered_list(name: str) -> tuple[str, ...]:
    """`data/lexicons/<name>.txt` in file order (order = priority)."""
    return tuple(line.strip() for line in _lines("lexicons", f"{name}.txt"))


@lru_cache(maxsize=None)
def table(name: str) -> tuple[dict[str, str], ...]:
    """`data/lexicons/<name>.tsv` as a tuple of row dicts."""
    rows = list(_lines("lexicons", f"{name}.tsv"))
    reader = csv.DictReader(rows, delimiter="\t")
    return tuple(dict(r) for r in reader)


@lru_cache(maxsize=None)
def patterns(name: str) -> tuple[dict, ...]:
    """`data/patterns/<name>.jsonl` as a tuple of dicts (order = priority)."""
    return tuple(json.loads(line) for line in _lines("patterns", f"{name}.jsonl"))
