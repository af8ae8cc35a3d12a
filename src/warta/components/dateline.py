"""Dateline parsing: `Bisnis.com, JAKARTA -`, `JAKARTA, KOMPAS.com -`,
`Liputan6.com, Jakarta -`, `REPUBLIKA.CO.ID, JAKARTA --`, detik's
`Jakarta\\n-\\n`, okezone's `JAKARTA-` and more.

The rules are an ordered, named list in `data/patterns/datelines.jsonl`
(first match at the start of the body wins). The outlet is kept as written
(`KOMPAS.com`); the place is title-cased (`NEW YORK` -> `New York`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicons import ordered_list, patterns
from ..types import Dateline

FRAGMENT_RE = re.compile(r"\{([A-Z_]+)\}")
LEADING_SPACE_RE = re.compile(r"[\s\u00a0\u200b\ufeff]*")
PLACE_WORD_RE = re.compile(r"[^\s\u00a0]+")
PLACE_SEP_RE = re.compile(r"([ \-])")
# place words written as they are: DC, D.C., AS
KEEP_CASE_RE = re.compile(r"^(?:[A-Z]{1,2}|(?:[A-Z]\.)+),?$")
# only this much of the body is looked at
HEAD_CHARS = 200


@dataclass(frozen=True)
class DatelineRule:
    name: str
    regex: re.Pattern
    resolve_place: str | None = None


def _expand(pattern: str, fragments: dict[str, str]) -> str:
    def sub(m: re.Match) -> str:
        if m.group(1) not in fragments:
            raise ValueError(f"dateline pattern uses undefined fragment {{{m.group(1)}}}")
        return fragments[m.group(1)]

    return FRAGMENT_RE.sub(sub, pattern)


@lru_cache(maxsize=None)
def rules() -> tuple[DatelineRule, ...]:
    fragments: dict[str, str] = {}
    out = []
    for spec in patterns("datelines"):
        if "define" in spec:
            fragments[spec["define"]] = _expand(spec["pattern"], fragments)
            continue
        out.append(DatelineRule(spec["name"], re.compile(_expand(spec["pattern"], fragments)), spec.get("resolve_place")))
    return tuple(out)


@lru_cache(maxsize=None)
def multiword_places() -> frozenset[str]:
    return frozenset(p.lower() for p in ordered_list("dateline_places"))


def title_place(place: str) -> str:
    """`NEW YORK` -> `New York`, `TEL AVIV` -> `Tel Aviv`; mixed case kept."""
    parts = PLACE_SEP_RE.split(" ".join(place.split()))
    return "".join(p if p in (" ", "-") or KEEP_CASE_RE.match(p) else p[:1].upper() + p[1:].lower() for p in parts)


def _resolve_glued(place: str) -> str:
    """Longest listed multi-word prefix of `place`, else its first word."""
    words = place.split()
    for n in range(len(words), 1, -1):
        cand = " ".join(words[:n])
        if cand.lower() in multiword_places():
            return cand
    return words[0]


def find_dateline(body: str) -> Dateline | None:
    """The dateline at the start of the body, offsets into `body`."""
    if not body:
        return None
    lead = LEADING_SPACE_RE.match(body).end()
    head = body[lead : lead + HEAD_CHARS]
    for rule in rules():
        m = rule.regex.match(head)
        if not m:
            continue
        groups = m.groupdict()
        outlet = groups.get("outlet")
        place = groups.get("place")
        end = m.end()
        if place and rule.resolve_place == "multiword":
            place = _resolve_glued(place)
            end = m.start("place") + len(place)
        return Dateline(
            outlet=outlet.strip() if outlet else None,
            place=title_place(place) if place else None,
            start=lead,
            end=lead + end,
        )
    return None
