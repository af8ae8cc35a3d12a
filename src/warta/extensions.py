"""Every custom attribute warta puts on spaCy objects, registered once on import.

Values live in `doc.user_data` (spaCy's underscore mechanism), so they travel
with the Doc. Offsets in these values are offsets into the Doc text (the
cleaned body); `warta.export` maps them to the original text.
"""

from __future__ import annotations

from spacy.tokens import Doc

# name -> default (all defaults immutable; components assign new lists)
DOC_EXTENSIONS: dict[str, object] = {
    "meta": None,  # dict: id, url, title, outlet, published, published_inferred, author
    "dateline": None,  # types.Dateline (body offsets) | None
    "skip": (),  # body (start, end) ranges not to annotate (the dateline)
    "acronyms": (),  # list[types.Acronym]
    "dates": (),  # list[types.DateExpr]
    "entities": (),  # list[types.Entity]
    "roles": (),  # list[types.Role]
    "quotes": (),  # list[types.Quote]
    "sources": (),  # list[types.Source]
    "events": (),  # list[types.Event]
    "warnings": (),  # list[str]
    "acronyms_lexicon": (),  # list[types.Acronym]: known acronyms expanded from the lexicon (origin "lexicon")
}


def register() -> None:
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register()
