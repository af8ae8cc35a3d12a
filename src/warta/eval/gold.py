"""Read gold annotation files (format: ../shared/eval/FORMAT.md).

A gold file is JSON Lines, one article per line. Fields a gold set does not
annotate are simply absent from its records (PFSA-ID has no entities, dates,
dateline or boilerplate), so every `GoldArticle` remembers which fields were
*present*: a field that is absent is not scored, a field that is present but
empty is (it has no gold items, and any prediction on a complete article is a
false positive).

Only `id, text, title, outlet, date, url` of a gold record ever reach the
pipeline (`GoldArticle.record()`); everything else is the answer key.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from ..readers import Record

# annotation fields a gold record may carry; each is scored only when present
SCORED_FIELDS = ("quotes", "entities", "roles", "acronyms", "dates", "dateline", "boilerplate")


class GoldFormatError(ValueError):
    """A gold line that cannot be read (bad JSON, missing text, bad offsets)."""


@dataclass(frozen=True)
class GoldQuote:
    start: int
    end: int
    content: str
    kind: str | None = None
    speaker: str | None = None
    cue: str | None = None


@dataclass(frozen=True)
class GoldEntity:
    name: str
    type: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class GoldRole:
    person: str
    role: str
    org: str | None = None


@dataclass(frozen=True)
class GoldAcronym:
    short: str
    long: str


@dataclass(frozen=True)
class GoldDate:
    text: str
    value: str | None


@dataclass(frozen=True)
class GoldDateline:
    outlet: str | None
    place: str | None


@dataclass
class GoldArticle:
    id: str
    text: str
    complete: bool = False
    source: str | None = None
    outlet: str | None = None
    title: str | None = None
    date: str | None = None
    url: str | None = None
    quotes: list[GoldQuote] = field(default_factory=list)
    entities: list[GoldEntity] = field(default_factory=list)
    roles: list[GoldRole] = field(default_factory=list)
    acronyms: list[GoldAcronym] = field(default_factory=list)
    dates: list[GoldDate] = field(default_factory=list)
    dateline: GoldDateline | None = None
    boilerplate: list[str] = field(default_factory=list)
    present: frozenset[str] = frozenset()  # which of SCORED_FIELDS the record annotates

    def has(self, name: str) -> bool:
        return name in self.present

    def record(self) -> Record:
        """The pipeline input: only what a user would hand over."""
        return Record(
            text=self.text,
            id=self.id,
            url=self.url,
            title=self.title,
            outlet=self.outlet,
            published=self.date,
        )


def _opt_str(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def locate(text: str, content: str, occurrence: int = 0) -> tuple[int, int] | None:
    """Offsets of the `occurrence`-th appearance of `content` in `text`."""
    pos = -1
    for _ in range(max(occurrence, 0) + 1):
        pos = text.find(content, pos + 1)
        if pos < 0:
            return None
    return pos, pos + len(content)


def _quote(text: str, q: dict, where: str) -> GoldQuote:
    content = q.get("content")
    start, end = q.get("start"), q.get("end")
    if isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text):
        if content is None:
            content = text[start:end]
        elif text[start:end] != content:
            # offsets disagree with the content: trust the content when it can be found
            found = locate(text, content, int(q.get("occurrence") or 0))
            if found is None:
                raise GoldFormatError(f"{where}: quote offsets {start}:{end} do not match its content")
            start, end = found
    elif content:
        found = locate(text, content, int(q.get("occurrence") or 0))
        if found is None:
            raise GoldFormatError(f"{where}: quote content not found in text: {content[:60]!r}")
        start, end = found
    else:
        raise GoldFormatError(f"{where}: quote has neither valid offsets nor content")
    return GoldQuote(
        start=start,
        end=end,
        content=content,
        kind=_opt_str(q.get("kind")),
        speaker=_opt_str(q.get("speaker")),
        cue=_opt_str(q.get("cue")),
    )


def parse_gold(data: dict, where: str = "gold") -> GoldArticle:
    """One gold record (a decoded JSON object) as a GoldArticle; a record
    that does not follow FORMAT.md raises GoldFormatError (never guessed)."""
    try:
        return _parse_gold(data, where)
    except GoldFormatError:
        raise
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        raise GoldFormatError(f"{where}: malformed record ({type(exc).__name__}: {exc})") from exc


def _parse_gold(data: dict, where: str) -> GoldArticle:
    if not isinstance(data, dict):
        raise GoldFormatError(f"{where}: not a JSON object")
    text = data.get("text")
    if not isinstance(text, str):
        raise GoldFormatError(f"{where}: no text")
    present = frozenset(name for name in SCORED_FIELDS if name in data)
    dl = data.get("dateline")
    return GoldArticle(
        id=str(data.get("id") or where),
        text=text,
        complete=bool(data.get("complete", False)),
        source=_opt_str(data.get("source")),
        outlet=_opt_str(data.get("outlet")),
        title=_opt_str(data.get("title")),
        date=_opt_str(data.get("date")),
        url=_opt_str(data.get("url")),
        quotes=[_quote(text, q, f"{where} quote {i}") for i, q in enumerate(data.get("quotes") or [])],
        entities=[
            GoldEntity(
                name=str(e["name"]),
                type=str(e.get("type") or "").upper(),
                aliases=tuple(str(a) for a in e.get("aliases") or () if a),
            )
            for e in data.get("entities") or []
            if e.get("name")
        ],
        roles=[
            # PFSA-ID calls the organisation `affiliation`
            GoldRole(person=str(r["person"]), role=str(r["role"]), org=_opt_str(r.get("org", r.get("affiliation"))))
            for r in data.get("roles") or []
            if r.get("person") and r.get("role")
        ],
        acronyms=[
            GoldAcronym(short=str(a["short"]), long=str(a["long"]))
            for a in data.get("acronyms") or []
            if a.get("short") and a.get("long")
        ],
        dates=[
            GoldDate(text=str(d["text"]), value=_opt_str(d.get("value")))
            for d in data.get("dates") or []
            if d.get("text")
        ],
        dateline=GoldDateline(outlet=_opt_str(dl.get("outlet")), place=_opt_str(dl.get("place")))
        if isinstance(dl, dict)
        else None,
        boilerplate=[str(b) for b in data.get("boilerplate") or [] if str(b).strip()],
        present=present,
    )


def iter_gold(path: str | Path) -> Iterator[GoldArticle]:
    path = Path(path)
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            where = f"{path.name}:{n}"
            try:
                data = json.loads(line)
            except ValueError as exc:
                raise GoldFormatError(f"{where}: {exc}") from exc
            yield parse_gold(data, where)


def read_gold(path: str | Path) -> list[GoldArticle]:
    return list(iter_gold(path))


def file_sha256(path: str | Path) -> str:
    h = hashlib.sha256()
    with Path(path).open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 16), b""):
            h.update(chunk)
    return h.hexdigest()
