"""Entities with aliases and in-article coreference (one Entity per referent)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..types import Entity


def find_entities(doc: Doc) -> list[Entity]:
    """(stub) NER spans grouped into entities."""
    out: list[Entity] = []
    return out


@Language.component("warta_entities_v1", requires=["doc.ents", "doc._.acronyms"], assigns=["doc._.entities"])
def entities_component(doc: Doc) -> Doc:
    doc._.entities = find_entities(doc)
    return doc
