"""Glued-word repair (stub)."""
from __future__ import annotations
from dataclasses import dataclass

@dataclass(frozen=True)
class Repair:
    at: int
    text: str
    repaired: str
    rule: str

def find_repairs(text, keep):
    return []
