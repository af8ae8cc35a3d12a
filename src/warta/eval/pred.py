"""Predictions in the shape the scorer needs, read from the output contract.

`from_article` is the only place that knows `types.Article`; the scoring
functions in `score.py` see these small frozen records, so tests can build
predictions by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..types import Article


@dataclass(frozen=True)
class PredQuote:
    start: int  # offsets into the ORIGINAL text
    end: int
    text: str = ""
    kind: str | None = None
    speaker: str | None = None
    cue: str | None = None


@dataclass(frozen=True)
class PredEntity:
    name: str
    type: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class PredRole:
    person: str
    role: str
    org: str | None = None


@dataclass(frozen=True)
class PredAcronym:
    short: str
    long: str


@dataclass(frozen=True)
class PredDate:
    text: str
    value: str | None
    start: int | None = None  # offsets into the original text, when known
    end: int | None = None


@dataclass(frozen=True)
class PredDateline:
    outlet: str | None
    place: str | None


@dataclass(frozen=True)
class Prediction:
    quotes: tuple[PredQuote, ...] = ()
    entities: tuple[PredEntity, ...] = ()
    roles: tuple[PredRole, ...] = ()
    acronyms: tuple[PredAcronym, ...] = ()
    dates: tuple[PredDate, ...] = ()
    dateline: PredDateline | None = None
    body: str = ""
    error: str | None = field(default=None)  # the pipeline failed on this record


def empty_prediction(error: str | None = None) -> Prediction:
    """What a record the pipeline could not analyse predicts: nothing.
    (Its body is empty, so no boilerplate survives and every content line is
    dropped: a failure is never scored as a clean success.)"""
    return Prediction(error=error)


def from_article(art: Article) -> Prediction:
    """The scorable parts of one analysed article (offsets are original)."""
    return Prediction(
        quotes=tuple(
            PredQuote(
                start=q.content.start,
                end=q.content.end,
                text=q.content.text,
                kind=q.kind,
                speaker=q.speaker.name if q.speaker and q.speaker.name else None,
                cue=q.cue.text if q.cue and q.cue.text else None,
            )
            for q in art.quotes
        ),
        entities=tuple(PredEntity(e.name, e.type, tuple(e.aliases)) for e in art.entities if e.name),
        roles=tuple(PredRole(r.person, r.role, r.org) for r in art.roles if r.person and r.role),
        # lexicon expansions are not definitions the article gives
        acronyms=tuple(PredAcronym(a.short, a.long) for a in art.acronyms if a.origin == "text"),
        dates=tuple(PredDate(d.text, d.value, d.start, d.end) for d in art.dates),
        dateline=PredDateline(art.dateline.outlet, art.dateline.place) if art.dateline else None,
        body=art.body,
    )
