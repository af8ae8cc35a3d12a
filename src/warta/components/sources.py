"""Sources and channels: `Dilansir dari ...`, `kata laporan KCNA`, `kepada AFP`."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..types import Source


def find_sources(doc: Doc) -> list[Source]:
    """(stub)"""
    return []


@Language.component("warta_sources_v1", requires=["doc._.quotes"], assigns=["doc._.sources"])
def sources_component(doc: Doc) -> Doc:
    doc._.sources = find_sources(doc)
    return doc
