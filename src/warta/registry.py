"""Registers every warta spaCy factory (`warta.<name>.v1`) by importing the
component modules. `nlp.analyze_pipes()` checks their requires/assigns."""

from __future__ import annotations

from .components import acronyms, dates, entities, quotes, roles, senter, sources  # noqa: F401

FACTORIES = (
    "warta_paragraphs_v1",
    "warta_senter_v1",
    "warta_acronyms_v1",
    "warta_dates_v1",
    "warta_entities_v1",
    "warta_roles_v1",
    "warta_quotes_v1",
    "warta_sources_v1",
)
