"""Readers: turn input sources into `Record`s (text + metadata).

Supported: `.txt`, `.jsonl` (`text`, `body` or `html` field), `.html`,
`.csv` (column mapping), directories (recursive), stdin (`-`), and any of
these gzipped (`.gz`). A source that cannot be read yields a `RecordError`
for that record and reading goes on.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from .types import RecordError


@dataclass
class Record:
    text: str
    id: str | None = None
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None  # raw date string from metadata
    author: str | None = None
    source: str | None = None  # where it came from: file, line/row
    extra: dict = field(default_factory=dict)

    def ensure_id(self) -> str:
        if not self.id:
            self.id = stable_id(self.text, self.url)
        return self.id


def stable_id(text: str, url: str | None = None) -> str:
    key = url or text
    return hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def read_sources(sources: Iterable[str | Path]) -> Iterator[Record | RecordError]:
    """(minimal version: .txt and .jsonl)"""
    import json

    for src in sources:
        path = Path(src)
        if path.suffix == ".jsonl":
            with path.open(encoding="utf-8") as fh:
                for n, line in enumerate(fh, 1):
                    if not line.strip():
                        continue
                    try:
                        d = json.loads(line)
                    except ValueError as exc:
                        yield RecordError(id=None, kind="parse", message=str(exc), source=f"{path}:{n}")
                        continue
                    yield Record(
                        text=d.get("text") or d.get("body") or "",
                        id=d.get("id"),
                        url=d.get("url"),
                        title=d.get("title"),
                        outlet=d.get("outlet"),
                        published=d.get("date") or d.get("published"),
                        author=d.get("author"),
                        source=f"{path}:{n}",
                    )
        else:
            yield Record(text=path.read_text(encoding="utf-8"), source=str(path))
