"""Roles: positions the article gives people, from `data/lexicons/titles.tsv`."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..types import Role


def find_roles(doc: Doc) -> list[Role]:
    """(stub)"""
    return []


@Language.component("warta_roles_v1", requires=["doc._.entities"], assigns=["doc._.roles"])
def roles_component(doc: Doc) -> Doc:
    doc._.roles = find_roles(doc)
    return doc
