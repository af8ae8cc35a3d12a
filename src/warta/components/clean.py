"""Cleaner: boilerplate removal and glued-word repair, driven by
`data/patterns/boilerplate.jsonl`. Every removal is recorded."""

from __future__ import annotations

from dataclasses import dataclass

from ..offsets import BodyBuilder, OffsetMap
from ..types import Removed


@dataclass(frozen=True)
class CleanResult:
    body: str
    offsets: OffsetMap  # body offset -> original offset
    removed: tuple[Removed, ...]  # offsets into the original text


def clean(text: str, *, repair_glued: bool = True) -> CleanResult:
    """Remove boilerplate lines and repair glued link text.  (stub: identity)"""
    builder = BodyBuilder(text)
    builder.copy(0, len(text))
    body, offsets = builder.build()
    return CleanResult(body, offsets, ())
