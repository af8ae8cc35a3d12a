"""Cheap language identification: is this Indonesian?"""

from __future__ import annotations


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language, `und` when undecidable. (stub)"""
    return "id"
