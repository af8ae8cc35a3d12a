"""Day-level time expressions resolved against the publication date."""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from ..types import DateExpr


def find_dates(text: str, published: date | None) -> list[DateExpr]:
    """Date expressions in `text` with values, offsets into `text`. (stub)"""
    return []


def infer_published(text: str) -> date | None:
    """The publication date read from the article's lead. (stub)"""
    return None


@Language.component("warta_dates_v1", requires=["doc._.meta"], assigns=["doc._.dates", "doc._.meta"])
def dates_component(doc: Doc) -> Doc:
    meta = doc._.meta if doc._.meta is not None else {}
    published = meta.get("published")
    pub = date.fromisoformat(published) if published else None
    if pub is None:
        pub = infer_published(doc.text)
        if pub is not None:
            meta = {**meta, "published": pub.isoformat(), "published_inferred": True}
            doc._.meta = meta
    doc._.dates = find_dates(doc.text, pub)
    return doc


def parse_meta_date(raw: str | None) -> str | None:
    """A publication date from metadata (`2025-06-18`, `18 Jun 2025, 14:05 WIB`,
    `10/21/2025 20:43`, ...) as YYYY-MM-DD, or None. (minimal version)"""
    if not raw:
        return None
    raw = raw.strip()
    try:
        return date.fromisoformat(raw[:10]).isoformat()
    except ValueError:
        return None
