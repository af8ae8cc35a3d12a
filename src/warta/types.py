"""The document model: one `Article` per input record, with every annotation
anchored by character offsets into the **original** input text.

These models are the output contract of DESIGN.md. Fields may be added, never
renamed; `SCHEMA_VERSION` is bumped on any change and the JSON Schema in
`docs/article.schema.json` is regenerated from here (`python -m warta.schema`).

Components build these objects with offsets into the cleaned body; the
pipeline maps them back to the original text in one place (`warta.export`).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"

EntityType = Literal["PER", "ORG", "LOC", "EVT", "MISC"]
QuoteKind = Literal["direct", "indirect", "mixed"]
SourceKind = Literal["outlet", "agency", "media", "person", "group", "document", "other"]
SourceRelation = Literal["cited_from", "reported_by", "told_to", "quoted_in"]
Modality = Literal["asserted", "planned", "speculative", "negated"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Span(_Model):
    """A piece of the original text: `text == original[start:end]` unless the
    cleaner repaired glued words inside it (then `text` is the repaired form)."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Dateline(_Model):
    outlet: str | None = None
    place: str | None = None
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Removed(_Model):
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    reason: str
    text: str = ""


class Entity(_Model):
    id: str
    name: str
    type: EntityType
    aliases: list[str] = []
    mentions: list[Span] = []
    confidence: float = 1.0


class Role(_Model):
    person: str
    role: str
    org: str | None = None
    entity: str | None = None  # id of the person's Entity
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    confidence: float = 1.0


class Acronym(_Model):
    short: str
    long: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    origin: Literal["text", "lexicon"] = "text"


class DateExpr(_Model):
    text: str
    value: str | None  # YYYY-MM-DD
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    conflict: str | None = None  # e.g. weekday does not match the date


class Speaker(_Model):
    name: str
    entity: str | None = None
    mention: Span | None = None
    confidence: float = 1.0


class Quote(_Model):
    content: Span
    kind: QuoteKind
    speaker: Speaker | None = None
    cue: Span | None = None
    via: list[str] = []
    confidence: float = 1.0
    floating: bool = False  # attributed by context, no cue of its own


class Source(_Model):
    name: str
    kind: SourceKind
    relation: SourceRelation
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    quotes: list[int] = []  # indexes into Article.quotes


class Event(_Model):
    type: str
    mode: str | None = None
    actor: list[str] = []
    recipient: list[str] = []
    place: str | None = None
    date: str | None = None
    modality: Modality = "asserted"
    trigger: Span
    evidence: Span


class Sentence(_Model):
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Article(_Model):
    schema_version: str = SCHEMA_VERSION
    id: str
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None  # YYYY-MM-DD
    published_inferred: bool = False  # read from the text, not from metadata
    language: str = "id"
    text: str = ""  # the original input text, which every offset points into
    dateline: Dateline | None = None
    body: str = ""
    removed: list[Removed] = []
    entities: list[Entity] = []
    roles: list[Role] = []
    acronyms: list[Acronym] = []  # definitions the article itself gives
    acronyms_lexicon: list[Acronym] = []  # known acronyms expanded from warta's lexicon
    dates: list[DateExpr] = []
    quotes: list[Quote] = []
    sources: list[Source] = []
    events: list[Event] = []
    summary: list[Sentence] = []
    warnings: list[str] = []

    def to_dict(self) -> dict:
        return self.model_dump(mode="json")

    def to_json(self) -> str:
        return self.model_dump_json()

    @classmethod
    def from_dict(cls, data: dict) -> "Article":
        return cls.model_validate(data)


class RecordError(_Model):
    """A record that could not be analysed; written to the errors file."""

    id: str | None
    kind: str  # read | decode | empty | binary | too_large | parse | analyze
    message: str
    source: str | None = None  # file (and line/row) the record came from
