"""Acronym definitions the article gives: `Korea Utara (Korut)`,
`BPOM (Badan ...)`, `DPRK adalah singkatan dari ...`, `selanjutnya disebut`."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..types import Acronym


def find_acronyms(doc: Doc) -> list[Acronym]:
    """In-text acronym definitions, offsets into the Doc text. (stub)"""
    return []


@Language.component("warta_acronyms_v1", assigns=["doc._.acronyms"])
def acronyms_component(doc: Doc) -> Doc:
    doc._.acronyms = find_acronyms(doc)
    return doc
