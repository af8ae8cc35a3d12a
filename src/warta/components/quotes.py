"""Quotes, direct and indirect, with speakers and cues."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..types import Quote


def find_quotes(doc: Doc) -> list[Quote]:
    """(stub)"""
    return []


@Language.component("warta_quotes_v1", requires=["doc._.entities"], assigns=["doc._.quotes"])
def quotes_component(doc: Doc) -> Doc:
    doc._.quotes = find_quotes(doc)
    return doc
