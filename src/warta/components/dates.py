"""Day-level time expressions resolved against the publication date.

`find_dates(text, published)` runs an ordered list of rules (`DATE_RULES`,
priority = position) over the text; a match is kept when it does not overlap
a match of an earlier rule. Every rule is one named regex built once, at
import, from the lexicons in `data/lexicons/` (months with their
abbreviations, weekdays, day parts, relative day words), plus one small
function that turns the match into a value. Nothing reads the clock: relative
expressions (`kemarin`, `Jumat lalu`, `Selasa pagi`) get a value only when a
publication date is passed in.

Covered (one example each; see docs/dates.md):

    Selasa (12/9/2023)            weekday + numeric date in brackets
    Kamis dini hari (19/6/2025)   ... with a day part between
    Senin (9/6)                   ... without year: nearest year to publication
    Rabu, 18 Juni 2025            weekday + written date
    12 September 2023, 5 Agt 2025 written date (full names and abbreviations)
    (12/9/2023)                   numeric date with a four-digit year
    Jumat lalu, Kamis mendatang   weekday + direction word
    tiga hari lalu, 2 hari lagi   day count + direction
    kemarin, hari ini, semalam    relative day words
    Selasa pagi                   weekday + day part: the last such day up to
                                  publication (the coming one after a future cue)
    pada Senin                    bare weekday: the same (`akan ... pada Senin`,
                                  `libur hingga Senin` are the coming Monday)

A weekday that does not match the date it names (`Rabu (18/5/2025)`) keeps
the written date as value and says so in `conflict`; nothing is guessed.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable

from spacy.language import Language
from spacy.tokens import Doc

from ..lexicons import ordered_list, table, word_list
from ..types import DateExpr

# --------------------------------------------------------------------------
# lexicons -> lookup tables (built once, read-only)
# --------------------------------------------------------------------------


def _casings(word: str) -> set[str]:
    """The spellings news uses for a lexicon entry: as written, Title, UPPER."""
    return {word, word[:1].upper() + word[1:], word.upper()}


def _month_forms() -> dict[str, int]:
    out: dict[str, int] = {}
    for row in table("months"):
        month = int(row["month"])
        names = [row["name"], *(a for a in (row.get("abbreviations") or "").split(",") if a)]
        for name in names:
            for form in _casings(name.strip()):
                out[form] = month
    return out


def _weekday_forms() -> tuple[dict[str, int], frozenset[int]]:
    forms: dict[str, int] = {}
    ambiguous: set[int] = set()
    for row in table("weekdays"):
        wd = int(row["weekday"])
        for name in [row["name"], *(v for v in (row.get("variants") or "").split(",") if v)]:
            for form in _casings(name.strip()):
                forms[form] = wd
        if (row.get("ambiguous") or "0").strip() == "1":
            ambiguous.add(wd)
    return forms, frozenset(ambiguous)


def _direction_table(name: str) -> dict[str, int]:
    return {row["word"].strip().lower(): int(row["direction"]) for row in table(name)}


def _alternation(words) -> str:
    """A regex alternation, longest first, whitespace inside a phrase flexible."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


MONTHS: dict[str, int] = _month_forms()
WEEKDAYS, AMBIGUOUS_WEEKDAYS = _weekday_forms()
WEEKDAY_NAMES: dict[int, str] = {int(r["weekday"]): r["name"] for r in table("weekdays")}
DAY_PARTS: tuple[str, ...] = ordered_list("day_parts")
WEEKDAY_DIRECTIONS: dict[str, int] = _direction_table("relative_direction")
DAY_COUNT_DIRECTIONS: dict[str, int] = _direction_table("day_count_units")
WEEK_WORDS: dict[str, int] = {row["word"].strip().lower(): int(row["weeks"]) for row in table("weekday_week_words")}
NUMBER_WORDS: dict[str, int] = {row["word"].strip().lower(): int(row["value"]) for row in table("number_words")}
RELATIVE_DAYS: dict[str, tuple[int, frozenset[str]]] = {
    row["phrase"].strip().lower(): (
        int(row["offset"]),
        frozenset(w.strip().lower() for w in (row.get("not_after") or "").split(",") if w.strip()),
    )
    for row in table("relative_days")
}
GENERIC_CUES: frozenset[str] = frozenset(w.lower() for w in word_list("weekday_generic_cues"))
FUTURE_CUES: frozenset[str] = frozenset(w.lower() for w in word_list("date_future_cues"))
FUTURE_BEFORE: frozenset[str] = frozenset(w.lower() for w in word_list("weekday_future_before"))
NUMERIC_NOT_AFTER: frozenset[str] = frozenset(w.lower() for w in word_list("numeric_date_not_after"))

# --------------------------------------------------------------------------
# regexes (named, compiled once)
# --------------------------------------------------------------------------

_WD = rf"(?P<wd>{_alternation(WEEKDAYS)})"
_MON = rf"(?P<mon>{_alternation(MONTHS)})\.?(?![A-Za-z])"
_PART_ALTS = _alternation([*DAY_PARTS, *(p.capitalize() for p in DAY_PARTS)])
_PART = rf"(?P<part>{_PART_ALTS})"
_NUMERIC_DM = r"(?P<d>\d{1,2})\s*(?:[/.\-]|//)\s*(?P<m>\d{1,2})(?:\s*(?:[/.\-]|//)\s*(?P<y>\d{4}|\d{2}))?"
_SEP = r"(?:\s*,)?"

# Selasa (12/9/2023) | Kamis dini hari (19/6/2025) | Kamis, (19/6/2025) | Senin (9/6) | Rabu, 18/6/2025
# (the closing bracket may be missing after a four-digit year: "Kamis (19/6/2024Lebih")
WEEKDAY_NUMERIC_RE = re.compile(
    rf"(?<!\w){_WD}{_SEP}(?:\s+{_PART})?{_SEP}\s*"
    rf"(?:\(\s*{_NUMERIC_DM}\s*(?:\)|(?<=\d{{4}})(?!\d))|(?P<d2>\d{{1,2}})/(?P<m2>\d{{1,2}})/(?P<y2>\d{{4}})(?![\w/]))"
)
# Rabu, 18 Juni 2025 | Kamis malam, 22 Mei 2025 | Sabtu (14 Juni 2025) | Jumat, 20 Juni
WEEKDAY_WRITTEN_RE = re.compile(
    rf"(?<!\w){_WD}{_SEP}(?:\s+{_PART})?{_SEP}\s*(?P<open>\()?\s*(?:tanggal\s+)?"
    rf"(?P<d>\d{{1,2}})\s+{_MON}(?:\s*,?\s*(?P<y>\d{{4}})(?!\d))?(?(open)\s*\))"
)
# 12 September 2023 | 5 Agt 2025 | tanggal 2 Juli | 26 April 2025 (end of "25-26 April 2025")
WRITTEN_DATE_RE = re.compile(rf"(?<![\w.,])(?P<d>\d{{1,2}})\s+{_MON}(?:\s*,?\s*(?P<y>\d{{4}})(?!\d))?")
# (12/9/2023) | 12/9/2023 (four-digit year required without a weekday)
NUMERIC_DATE_RE = re.compile(r"(?<![\w/.\-])(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})(?![\w/])")
# Jumat pekan lalu | Kamis pekan ini | Senin minggu depan
WEEKDAY_WEEK_RE = re.compile(
    rf"(?<!\w){_WD}(?:\s+{_PART})?\s+(?P<week>{_alternation(WEEK_WORDS)})(?!\w)"
)
# Jumat lalu | Selasa kemarin | Kamis mendatang | Rabu malam lalu
WEEKDAY_RELATIVE_RE = re.compile(
    rf"(?<!\w){_WD}(?:\s+{_PART})?\s+(?P<dir>{_alternation(WEEKDAY_DIRECTIONS)})(?!\w)"
)
# tiga hari lalu | 2 hari yang lalu | lima hari lagi
DAY_COUNT_RE = re.compile(
    rf"(?<!\w)(?P<n>\d{{1,2}}|{_alternation(NUMBER_WORDS)})\s+hari\s+(?P<dir>{_alternation(DAY_COUNT_DIRECTIONS)})(?!\w)",
    re.IGNORECASE,
)
# kemarin | hari ini | semalam | besok pagi
RELATIVE_DAY_RE = re.compile(rf"(?<!\w)(?P<rel>{_alternation(RELATIVE_DAYS)})(?!\w)", re.IGNORECASE)
# Selasa pagi | Kamis dini hari
WEEKDAY_PART_RE = re.compile(rf"(?<!\w){_WD}\s+{_PART}(?!\w)")
# (pada) Senin
BARE_WEEKDAY_RE = re.compile(rf"(?<![\w\-–/]){_WD}(?![\w\-–/])")

_WORD_BEFORE_RE = re.compile(r"([\w.\-’']+)\s*$")
# Senin-Jumat | Senin hingga Jumat | Selasa, Kamis, dan Sabtu: a schedule, not one day
_RANGE_BEFORE_RE = re.compile(
    rf"(?:{_alternation(WEEKDAYS)})\s*(?:-|–|hingga|sampai|s\.?d\.?|dan|atau|,|,\s*dan|,\s*atau)\s*$"
)
_RANGE_AFTER_RE = re.compile(
    rf"^\s*(?:-|–|hingga|sampai|s\.?d\.?|dan|atau|,|,\s*dan|,\s*atau)\s*(?:{_alternation(WEEKDAYS)})(?!\w)"
)
_TWO_WORDS_BEFORE_RE = re.compile(r"([\w.\-’']+)\s+([\w.\-’']+)\s*$")
_SENTENCE_END_RE = re.compile(r"[.!?\n]")
_SPACES_RE = re.compile(r"\s+")
_TOKEN_RE = re.compile(r"\w+")
YEAR_RE = re.compile(r"(?<![\d/.,])(?:19[5-9]\d|20\d\d)(?![\d.,])")
_BARE_AMBIGUOUS_OK = frozenset({"pada", "hari", "tanggal"})
_FUTURE_WINDOW = 60  # characters before a bare weekday searched for a future cue
_SPAN_PREFIX = 30  # characters before a match searched for the preceding word

# --------------------------------------------------------------------------
# resolution helpers
# --------------------------------------------------------------------------


def _norm(phrase: str) -> str:
    """A matched lexicon phrase as the lexicon writes it (lower case, single spaces)."""
    return _SPACES_RE.sub(" ", phrase.lower())


def _make_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _year(raw: str | None) -> int | None:
    if not raw:
        return None
    y = int(raw)
    return 2000 + y if len(raw) == 2 else y


def _nearest_year(m: int, d: int, published: date | None) -> date | None:
    """A day and month without year: the candidate closest to publication."""
    if published is None:
        return None
    cands = [c for y in (published.year - 1, published.year, published.year + 1) if (c := _make_date(y, m, d))]
    return min(cands, key=lambda c: abs((c - published).days)) if cands else None


def _weekday_near(wd: int, published: date | None, direction: int, strict: bool = True) -> date | None:
    """The day with weekday `wd`: before (-1), after (1) or nearest (0) to publication."""
    if published is None:
        return None
    back = (published.weekday() - wd) % 7
    fwd = (wd - published.weekday()) % 7
    if direction < 0:
        return published - timedelta(days=back or (7 if strict else 0))
    if direction > 0:
        return published + timedelta(days=fwd or (7 if strict else 0))
    return published - timedelta(days=back) if back <= fwd else published + timedelta(days=fwd)


def _word_before(text: str, start: int) -> str:
    m = _WORD_BEFORE_RE.search(text[max(0, start - _SPAN_PREFIX) : start])
    return m.group(1).lower() if m else ""


def _conflict(wd: int | None, value: date | None) -> str | None:
    if wd is None or value is None or value.weekday() == wd:
        return None
    return f"weekday {WEEKDAY_NAMES[wd]} does not match {value.isoformat()} ({WEEKDAY_NAMES[value.weekday()]})"


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    value: date | None
    conflict: str | None = None
    weekday: int | None = None  # the weekday written with a date whose year is not given
    day_month: tuple[int, int] | None = None


_Handler = Callable[[re.Match, str, "date | None"], "_Hit | None"]


def _wd(m: re.Match) -> int:
    return WEEKDAYS[m.group("wd")]


def _explicit(m: re.Match, wd: int | None, d: int, mon: int, y: int | None, published: date | None) -> _Hit | None:
    value = _make_date(y, mon, d) if y is not None else _nearest_year(mon, d, published)
    if y is not None and value is None:
        return None  # 31/2/2025: not a date
    if y is None and not any(_make_date(yy, mon, d) for yy in (2000, 2001, 2002, 2003)):
        return None  # 45/13: not a day and month in any year
    if y is None:
        return _Hit(m.start(), m.end(), value, _conflict(wd, value), weekday=wd, day_month=(d, mon))
    return _Hit(m.start(), m.end(), value, _conflict(wd, value))


# --------------------------------------------------------------------------
# rules: (name, regex, handler); priority = position
# --------------------------------------------------------------------------


def _on_weekday_numeric(m: re.Match, text: str, published: date | None) -> _Hit | None:
    if m.group("d2"):
        d, mon, y = int(m.group("d2")), int(m.group("m2")), _year(m.group("y2"))
    else:
        d, mon, y = int(m.group("d")), int(m.group("m")), _year(m.group("y"))
    return _explicit(m, _wd(m), d, mon, y, published)


def _on_weekday_written(m: re.Match, text: str, published: date | None) -> _Hit | None:
    return _explicit(m, _wd(m), int(m.group("d")), MONTHS[m.group("mon")], _year(m.group("y")), published)


def _on_written(m: re.Match, text: str, published: date | None) -> _Hit | None:
    return _explicit(m, None, int(m.group("d")), MONTHS[m.group("mon")], _year(m.group("y")), published)


def _on_numeric(m: re.Match, text: str, published: date | None) -> _Hit | None:
    if _word_before(text, m.start()).strip("().:") in NUMERIC_NOT_AFTER:
        return None  # Nomor 1/2/2025: a document number
    return _explicit(m, None, int(m.group("d")), int(m.group("m")), int(m.group("y")), published)


def _on_weekday_relative(m: re.Match, text: str, published: date | None) -> _Hit | None:
    wd = _wd(m)
    if wd in AMBIGUOUS_WEEKDAYS and _word_before(text, m.start()) not in _BARE_AMBIGUOUS_OK:
        return None  # "Minggu lalu" is last week; "pada Minggu kemarin" is Sunday
    direction = WEEKDAY_DIRECTIONS[_norm(m.group("dir"))]
    return _Hit(m.start(), m.end(), _weekday_near(wd, published, direction))


def _on_weekday_week(m: re.Match, text: str, published: date | None) -> _Hit | None:
    weeks = WEEK_WORDS[_norm(m.group("week"))]
    if published is None:
        return _Hit(m.start(), m.end(), None)
    monday = published - timedelta(days=published.weekday())
    return _Hit(m.start(), m.end(), monday + timedelta(days=7 * weeks + _wd(m)))


def _on_day_count(m: re.Match, text: str, published: date | None) -> _Hit | None:
    raw = _norm(m.group("n"))
    n = int(raw) if raw.isdigit() else NUMBER_WORDS[raw]
    direction = DAY_COUNT_DIRECTIONS[_norm(m.group("dir"))]
    value = published + timedelta(days=n * direction) if published else None
    return _Hit(m.start(), m.end(), value)


def _on_relative_day(m: re.Match, text: str, published: date | None) -> _Hit | None:
    offset, not_after = RELATIVE_DAYS[_norm(m.group("rel"))]
    if _word_before(text, m.start()) in not_after:
        return None
    return _Hit(m.start(), m.end(), published + timedelta(days=offset) if published else None)


def _future_cue_before(text: str, start: int) -> bool:
    """`akan digelar pada Senin` (a future cue earlier in the sentence) or
    `libur hingga (hari) Senin` (right before)."""
    window = text[max(0, start - _FUTURE_WINDOW) : start]
    words = _TOKEN_RE.findall(_SENTENCE_END_RE.split(window)[-1].lower())
    if any(w in FUTURE_CUES for w in words):
        return True
    if words and words[-1] == "hari":
        words = words[:-1]
    return bool(words) and (words[-1] in FUTURE_BEFORE or (len(words) > 1 and words[-2] in FUTURE_BEFORE))


def _is_generic_or_range(m: re.Match, text: str) -> bool:
    two = _TWO_WORDS_BEFORE_RE.search(text[max(0, m.start() - _SPAN_PREFIX) : m.start()])
    before = {w.lower() for w in two.groups()} if two else {_word_before(text, m.start())}
    linking = two is not None and (two.group(2).lower() == "hari" or two.group(2).lower() in DAY_PARTS)
    if _word_before(text, m.start()) in GENERIC_CUES or (linking and before & GENERIC_CUES):
        return True  # setiap Senin | setiap hari Rabu | setiap malam Jumat
    before = text[max(0, m.start() - _SPAN_PREFIX) : m.start()]
    return bool(_RANGE_BEFORE_RE.search(before) or _RANGE_AFTER_RE.match(text[m.end() : m.end() + _SPAN_PREFIX]))


def _on_weekday_part(m: re.Match, text: str, published: date | None) -> _Hit | None:
    wd = _wd(m)
    if _is_generic_or_range(m, text):
        return None
    return _Hit(m.start(), m.end(), _weekday_near(wd, published, _bare_direction(text, m.start()), strict=False))


def _bare_direction(text: str, start: int) -> int:
    """A weekday without date or direction word: the coming one after a future
    cue, else the last one up to the publication day. News mostly reports
    what has happened: in a hand check of 25 corpus cases where the *nearest*
    such day lay ahead, 12 meant the past one, 6 the coming one (4 of them cued)."""
    return 1 if _future_cue_before(text, start) else -1


def _on_bare_weekday(m: re.Match, text: str, published: date | None) -> _Hit | None:
    wd = _wd(m)
    if _is_generic_or_range(m, text):
        return None
    if wd in AMBIGUOUS_WEEKDAYS and _word_before(text, m.start()) not in _BARE_AMBIGUOUS_OK:
        return None
    return _Hit(m.start(), m.end(), _weekday_near(wd, published, _bare_direction(text, m.start()), strict=False))


DATE_RULES: tuple[tuple[str, re.Pattern, _Handler], ...] = (
    ("weekday_numeric", WEEKDAY_NUMERIC_RE, _on_weekday_numeric),
    ("weekday_written", WEEKDAY_WRITTEN_RE, _on_weekday_written),
    ("written_date", WRITTEN_DATE_RE, _on_written),
    ("numeric_date", NUMERIC_DATE_RE, _on_numeric),
    ("weekday_week", WEEKDAY_WEEK_RE, _on_weekday_week),
    ("weekday_relative", WEEKDAY_RELATIVE_RE, _on_weekday_relative),
    ("day_count", DAY_COUNT_RE, _on_day_count),
    ("relative_day", RELATIVE_DAY_RE, _on_relative_day),
    ("weekday_part", WEEKDAY_PART_RE, _on_weekday_part),
    ("bare_weekday", BARE_WEEKDAY_RE, _on_bare_weekday),
)


class _Taken:
    """Accepted, non-overlapping spans kept sorted (bisect: no quadratic scan)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end)  # spans starting before `end`
        return i > 0 and self.ends[i - 1] > start

    def end_before(self, pos: int) -> int | None:
        """End of the last span ending at or before `pos`."""
        i = bisect.bisect_right(self.starts, pos)
        while i > 0 and self.ends[i - 1] > pos:
            i -= 1
        return self.ends[i - 1] if i > 0 else None

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


def _hits(text: str, published: date | None, rules=DATE_RULES) -> list[tuple[str, _Hit]]:
    taken = _Taken()
    out: list[tuple[str, _Hit]] = []
    for name, regex, handler in rules:
        for m in regex.finditer(text):
            if m.end() <= m.start() or taken.overlaps(m.start(), m.end()):
                continue
            hit = handler(m, text, published)
            if hit is None:
                continue
            if name == "relative_day":
                prev = taken.end_before(hit.start)
                if prev is not None and not text[prev : hit.start].strip():
                    continue  # "Selasa (17/6) kemarin": the date already says which day
            taken.add(hit.start, hit.end)
            out.append((name, hit))
    out.sort(key=lambda nh: nh[1].start)
    return out


def find_dates(text: str, published: date | None) -> list[DateExpr]:
    """Date expressions in `text` with values, offsets into `text`.

    `value` is None when the expression is relative (or lacks a year) and no
    publication date is given. `conflict` explains a weekday/date mismatch.
    """
    return [
        DateExpr(
            text=text[h.start : h.end],
            value=h.value.isoformat() if h.value else None,
            start=h.start,
            end=h.end,
            conflict=h.conflict,
        )
        for _, h in _hits(text, published)
    ]


def _year_from_weekday(hit: _Hit, years: set[int]) -> date | None:
    """`Kamis (19/6)` with no year: the one year mentioned in the article in
    which 19 June is a Thursday, if exactly one is."""
    if hit.weekday is None or hit.day_month is None:
        return None
    d, m = hit.day_month
    fits = [c for y in years if (c := _make_date(y, m, d)) and c.weekday() == hit.weekday]
    return fits[0] if len(fits) == 1 else None


def infer_published(text: str, lead_chars: int = 3000) -> date | None:
    """The publication date read from the article (first `lead_chars`), or None.

    Indonesian news stamps what it reports with the weekday and the date:
    `Rabu (13/9/2023)`. The latest such bracketed date whose weekday agrees
    with it is taken (an article reports what happened up to the day it is
    published), else the latest written-out one (`Rabu, 13 September 2023`).
    `Kamis (19/6)` counts when exactly one year named in the article makes 19
    June a Thursday. A date without a weekday (`1 Juli 2025`, often a
    deadline or a past event) is never taken: better None than a guess.
    """
    hits = [(n, h) for n, h in _hits(text[:lead_chars], None) if n in ("weekday_numeric", "weekday_written")]
    years = {int(y) for y in YEAR_RE.findall(text)}
    for rule in ("weekday_numeric", "weekday_written"):
        dated = [h.value for n, h in hits if n == rule and h.value is not None and h.conflict is None]
        dated += [v for n, h in hits if n == rule and h.value is None and (v := _year_from_weekday(h, years))]
        if dated:
            return max(dated)
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


# --------------------------------------------------------------------------
# publication dates from metadata strings
# --------------------------------------------------------------------------

META_ISO_RE = re.compile(r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)")
META_WRITTEN_RE = re.compile(rf"(?<!\d)(?P<d>\d{{1,2}})\s+{_MON}\s*,?\s*(?P<y>\d{{4}})(?!\d)")
META_NUMERIC_RE = re.compile(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4})(?![\d/])")
# detik's CSV export: "10/21/2025 20:43" (month/day/year, no zero padding, no zone)
META_MONTH_FIRST_RE = re.compile(r"^\d{1,2}/\d{1,2}/\d{4}\s+\d{1,2}:\d{2}$")
META_YEAR_RE = re.compile(r"(?<!\d)\d{4}(?!\d)")


def _numeric_meta(m: re.Match, raw: str, month_first: bool | None) -> date | None:
    a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    if month_first is None:
        if a > 12:
            month_first = False
        elif b > 12:
            month_first = True
        else:
            month_first = bool(META_MONTH_FIRST_RE.match(raw))
    return _make_date(y, a, b) if month_first else _make_date(y, b, a)


def parse_meta_date(raw: str | None, month_first: bool | None = None) -> str | None:
    """A publication date from metadata as YYYY-MM-DD, or None.

    Reads `2025-06-18`, `Diperbarui 18 Jun 2025, 14:05 WIB`,
    `Rabu, 18 Jun 2025 10:00 WIB`, `Kompas.com - 20/06/2025, 17:31 WIB`
    (day first) and `10/21/2025 20:43` (detik CSV: month first). For an
    ambiguous numeric date, `month_first` decides; when None, a day or month
    over 12 decides, else the detik CSV shape means month first and anything
    else day first (the Indonesian order). Falls back to dateparser (absolute
    dates only, a year required: no clock is read).
    """
    if not raw or not isinstance(raw, str):
        return None
    raw = raw.strip()
    if m := META_ISO_RE.search(raw):
        value = _make_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        if value:
            return value.isoformat()
    if m := META_WRITTEN_RE.search(raw):
        value = _make_date(int(m.group("y")), MONTHS[m.group("mon")], int(m.group("d")))
        if value:
            return value.isoformat()
    if m := META_NUMERIC_RE.search(raw):
        value = _numeric_meta(m, raw, month_first)
        if value:
            return value.isoformat()
    if not META_YEAR_RE.search(raw) or len(raw) > 200:
        return None
    return _dateparser_fallback(raw)


def _dateparser_fallback(raw: str) -> str | None:
    import dateparser  # slow import; only for unusual metadata strings

    settings = {
        "PARSERS": ["custom-formats", "absolute-time"],
        "REQUIRE_PARTS": ["day", "month", "year"],
        "DATE_ORDER": "DMY",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    try:
        parsed = dateparser.parse(raw, languages=["id", "en"], settings=settings)
    except Exception:  # noqa: BLE001  dateparser raises on odd input
        return None
    return parsed.date().isoformat() if parsed else None
