"""Doc -> Article: the one place where body offsets become original offsets
and spaCy objects become output types."""

from __future__ import annotations

from itertools import islice
from typing import Any

from pydantic import BaseModel
from spacy.tokens import Doc

from .components.clean import CleanResult
from .offsets import OffsetMap
from .types import Article, Sentence

SUMMARY_SENTENCES = 3


def remap(obj: Any, offsets: OffsetMap) -> Any:
    """A copy of `obj` (a model or a list of them) with every start/end pair
    mapped from body offsets to original offsets."""
    if isinstance(obj, list | tuple):
        return [remap(o, offsets) for o in obj]
    if not isinstance(obj, BaseModel):
        return obj
    updates: dict[str, Any] = {}
    for name in type(obj).model_fields:
        value = getattr(obj, name)
        if isinstance(value, BaseModel | list | tuple):
            updates[name] = remap(value, offsets)
    if "start" in type(obj).model_fields and "end" in type(obj).model_fields:
        updates["start"], updates["end"] = offsets.span(obj.start, obj.end)  # type: ignore[attr-defined]
    return obj.model_copy(update=updates)


def doc_to_article(doc: Doc, cleaned: CleanResult, original: str, language: str) -> Article:
    meta = dict(doc._.meta or {})
    om = cleaned.offsets
    summary = []
    if doc.has_annotation("SENT_START"):  # the lead: the first sentences
        for sent in islice(doc.sents, SUMMARY_SENTENCES):
            start, end = om.span(sent.start_char, sent.end_char)
            summary.append(Sentence(start=start, end=end))
    return Article(
        id=meta.get("id") or "",
        url=meta.get("url"),
        title=meta.get("title"),
        outlet=meta.get("outlet"),
        author=meta.get("author"),
        published=meta.get("published"),
        published_inferred=bool(meta.get("published_inferred")),
        language=language,
        text=original,
        dateline=remap(doc._.dateline, om) if doc._.dateline else None,
        body=cleaned.body,
        removed=list(cleaned.removed),
        entities=remap(list(doc._.entities), om),
        roles=remap(list(doc._.roles), om),
        acronyms=remap(list(doc._.acronyms), om),
        acronyms_lexicon=remap(list(doc._.acronyms_lexicon), om),
        dates=remap(list(doc._.dates), om),
        quotes=remap(list(doc._.quotes), om),
        sources=remap(list(doc._.sources), om),
        events=remap(list(doc._.events), om),
        summary=summary,
        warnings=list(doc._.warnings),
    )
