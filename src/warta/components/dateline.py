"""Dateline parsing: `Bisnis.com, JAKARTA -`, `JAKARTA, KOMPAS.com -`, ..."""

from __future__ import annotations

from ..types import Dateline


def find_dateline(body: str) -> Dateline | None:
    """The dateline at the start of the body, offsets into `body`. (stub)"""
    return None
