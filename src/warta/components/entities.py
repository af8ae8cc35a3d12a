"""Entities with aliases and in-article coreference (one Entity per referent).

Stages (each a small function, run in this order by `find_entities`):

1. `words`: word tokens of the body (`Jong-un`, `Kompas.com` stay one word).
2. `chunks`: runs of capitalised words joined by single spaces and name
   connectors (`bin`, `van`, `al`), cut at punctuation; sentence-initial
   ordinary words, weekdays and page furniture are trimmed; Title-Case
   headline sentences are skipped.
3. `segment`: each chunk is split into typed parts in rule order: title
   (`Presiden`, `Ajun Komisaris`, `H.`) -> role complement -> known name
   -> organisation head (`Kementerian ...`) -> place head (`Jalan ...`) ->
   event head (`Forum ...`) -> gazetteer place -> outlet -> acronym ->
   name run (a person after a title, else typed by tails and context).
4. `resolve`: untyped names get a type from their context words and from
   other mentions (a single name word of a known person is that person).
5. `cluster`: mentions are merged into entities: equal normalised names,
   gazetteer variants (`Rusia` = `Federasi Rusia`), given/surname of a
   person, `Name (ALIAS)` parentheticals and the acronyms component's
   definitions (`WPK` = `Partai Pekerja Korea`).

NER spans (`doc.ents`), when the trained pipeline provides them, are added
as extra mentions where the rules found nothing, with titles stripped.
All offsets are offsets into the Doc text; `warta.export` maps them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Iterator, Sequence

from spacy.language import Language
from spacy.tokens import Doc

from .acronyms import is_upper_acronym, spells
from .korean_names import is_korean_name
from .ner_conventions import can_be_name
from ..lexicons import ordered_list, table, word_list
from ..types import Acronym, Entity, Span

# -- regexes ---------------------------------------------------------------
WORD_RE = re.compile(r"\w+(?:[-'’&.]\w+)*")
# `Korea Utara-Rusia`, `Putin-Kim`: a hyphen before a capital joins two names;
# `Al-Meer`, `El-Sisi` keep their particle
HYPHEN_SPLIT_RE = re.compile(r"(?<=\w)-(?=[A-Z])")
# scraped text glues words: `dariThe Guardian`, `PTWaskita`, `KaryaTbk`
GLUED_LOWER_PREFIX_RE = re.compile(r"([a-z]{2,})(?=[A-Z][a-z]|[A-Z]{2,}\b)")
GLUED_PT_RE = re.compile(r"PT(?=[A-Z][a-z]|[A-Z]{2,})")
GLUED_TAIL_RE = re.compile(r"(?<=[a-z])(?=(?:Tbk|Group|Grup)\b)|(?<=[A-Za-z][a-z]{2})(?=\d{1,2}$)")
# teaser links inside the text: `Baca juga: Judul Artikel Lain`
TEASER_RE = re.compile(r"\b(?:Baca|Simak|Lihat)(?:[ \t]+[Jj]uga)?[ \t]*:")
CURRENCY_RE = re.compile(r"(?:Rp|USD|US|IDR|EUR|SGD|RM)\d[\d.,]*\w*")
NAME_PARTICLE_RE = re.compile(r"(?:Al|El|Ad|Ar|As|At|Abu|Abd|Bin|Ben|Ibn|Ould)", re.IGNORECASE)
# a gap that keeps two words in one chunk: spaces only (no newline, no punctuation)
JOIN_GAP_RE = re.compile(r"[ \t\u00a0]*")
# NER labels of the corpora warta's model may be trained on -> warta types
NER_LABELS = {
    "PER": "PER", "PERSON": "PER", "PPL": "PER", "ORG": "ORG", "ORGANISATION": "ORG", "ORGANIZATION": "ORG", "IND": "ORG",
    "LOC": "LOC", "GPE": "LOC", "PLACE": "LOC", "PLC": "LOC", "EVT": "EVT", "EVENT": "EVT",
}
# `pemimpin Rusia`: a lower-case position word (one or three words) before a name
DESCRIPTION_RE = re.compile(r"\b((?:[a-z]+ ){0,2}[a-z]+) (?=[A-Z])")
LOWER_WORD_RE = re.compile(r"[a-z]+")
DESCRIPTION_REACH = 600  # characters: a description without a matching place looks back this far
APPOSITION_GAP_RE = re.compile(r"[ \t]*,[ \t]*")
APPOSED_NAME_RE = re.compile(r"(?:\s*\([^()\n]{1,40}\))?[ \t]*,[ \t]*|[ \t]*\([^()\n]{1,40}\)(?P<bare>[ \t]+)")
OR_ALIAS_RE = re.compile(r"[ \t]+(?:atau|alias|yang akrab disapa|yang dikenal dengan|yang dikenal sebagai)[ \t]+")
LIST_ITEM_RE = re.compile(r"^[ \t]*\d{1,2}[.)][ \t]+([^\n]+?)[ \t]*$", re.MULTILINE)
PAREN_ALIAS_RE = re.compile(r"\s*\(\s*([^()\n]{1,60}?)\s*\)")
ALLCAPS_RE = re.compile(r"[A-Z][A-Z0-9&]{1,7}")
ROMAN_RE = re.compile(r"(?:[IVX]{1,4})")
NUMBER_RE = re.compile(r"\d[\d.,/-]*")
SENT_OPENERS = "\"'“‘([«-–— \t"

TYPES = ("PER", "ORG", "LOC", "EVT")

LIST_SEP_RE = re.compile(r"[ \t]*(?:,|,?[ \t]+(?:dan|serta|atau))[ \t]+")
UNKNOWN_SINGLETONS = False
UNSUPPORTED_NAMES = "plain"  # keep | plain | drop  # keep a one-word untyped name seen once
# derived nouns (`Pemutakhiran`, `Peningkatan`, `Kebijakan`) are ordinary words
DERIVED_NOUN_RE = re.compile(r"(?:pe[mnr]?|peng|peny|ke|per)\w{3,}an")
BARE_ORG_HEADS = frozenset({"the", "pt", "cv", "bank", "grup", "klub"})
GENERIC_ORG_WORDS = frozenset({"pusat", "daerah", "setempat", "komisaris", "direksi"})
CLITICS = ("nya", "lah", "kah", "pun", "ku", "mu")
SENT_BREAK_RE = re.compile(r"(?<=[.!?])[ \t]+(?=[\"“‘'(]?[A-Z])|\n+")
HEADLINE_MIN_WORDS = 6
HEADLINE_CAPS_SHARE = 0.9


# -- lexicons ----------------------------------------------------------------
@dataclass(frozen=True)
class Title:
    form: str
    kind: str  # position | rank | honorific | academic
    canonical: str


@dataclass(frozen=True)
class Lexicon:
    """Everything the entity rules read, loaded once from `data/lexicons`."""

    titles: dict[tuple[str, ...], Title]  # lower-cased word tuple -> title
    title_max: int
    org_heads: frozenset[tuple[str, ...]]
    org_heads_first: frozenset[str]
    org_tails: frozenset[str]
    evt_heads: frozenset[tuple[str, ...]]
    evt_heads_lower: frozenset[str]
    evt_tails: frozenset[str]
    loc_heads: frozenset[tuple[str, ...]]
    loc_tails: frozenset[str]
    compass: frozenset[str]
    places: dict[tuple[str, ...], str]  # lower word tuple -> canonical
    place_kind: dict[tuple[str, ...], str]  # lower word tuple -> country | province | city ...
    admin_heads: frozenset[str]
    place_keys: dict[frozenset[str], str]  # word set -> canonical (word order varies)
    place_max: int
    outlets: dict[tuple[str, ...], str]
    outlet_max: int
    connectors: frozenset[str]
    cues: tuple[tuple[str, str, str], ...]  # (word, where, type), priority order
    non_names: frozenset[str]
    common: frozenset[str]
    common_acronyms: frozenset[str]
    document_heads: frozenset[str]
    lower_titles: frozenset[str]  # honorific/academic forms written in lower case (`dr`)
    descriptive: frozenset[str]
    org_abbrev: dict[str, str]  # lower short -> lower long


def _split(form: str) -> tuple[str, ...]:
    return tuple(w for w in form.split() if w)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    titles: dict[tuple[str, ...], Title] = {}
    for row in table("titles"):
        t = Title(row["form"], row["kind"], row["canonical"])
        titles[tuple(w.lower() for w in _split(t.form))] = t
    places: dict[tuple[str, ...], str] = {}
    place_kind: dict[tuple[str, ...], str] = {}
    place_keys: dict[frozenset[str], str] = {}
    for name in ("places", "places_extra"):
        for row in table(name):
            key = tuple(w.lower() for w in _split(row["form"]))
            places.setdefault(key, row["canonical"])
            place_kind.setdefault(key, row["kind"])
            if len(key) > 1:
                place_keys.setdefault(frozenset(key), row["canonical"])
    outlets = {tuple(w.lower() for w in _split(o)): o for o in ordered_list("outlets")}

    def tuples(name: str) -> frozenset[tuple[str, ...]]:
        return frozenset(tuple(w.lower() for w in _split(x)) for x in ordered_list(name))

    evt = ordered_list("event_heads")
    return Lexicon(
        titles=titles,
        title_max=max(len(k) for k in titles),
        org_heads=tuples("org_heads"),
        org_heads_first=frozenset(t[0] for t in tuples("org_heads")),
        org_tails=frozenset(w.lower() for w in ordered_list("org_tails")),
        evt_heads=frozenset(tuple(w.lower() for w in _split(x)) for x in evt if not x[:1].islower()),
        evt_heads_lower=frozenset(x for x in evt if x[:1].islower()),
        evt_tails=frozenset(w.lower() for w in ordered_list("event_tails")),
        loc_heads=tuples("loc_heads"),
        loc_tails=frozenset(w.lower() for w in ordered_list("loc_tails")),
        compass=frozenset(w.lower() for w in ordered_list("compass")),
        places=places,
        place_kind=place_kind,
        admin_heads=frozenset(w.lower() for w in word_list("admin_heads")),
        place_keys=place_keys,
        place_max=max(len(k) for k in places),
        outlets=outlets,
        outlet_max=max(len(k) for k in outlets),
        connectors=word_list("name_connectors"),
        cues=tuple((r["word"], r["where"], r["type"]) for r in table("entity_cues")),
        non_names=frozenset(w.lower() for w in word_list("non_names")),
        common=word_list("common_words"),
        common_acronyms=word_list("common_acronyms"),
        document_heads=frozenset(w.lower() for w in word_list("document_heads")),
        lower_titles=frozenset(k[0] for k, t in titles.items() if len(k) == 1 and t.form.islower()),
        descriptive=frozenset(w.lower() for w in word_list("descriptive_heads")),
        org_abbrev={r["short"].lower(): r["long"].lower() for r in table("org_abbreviations")},
    )


# -- words and chunks --------------------------------------------------------
@dataclass(frozen=True)
class Word:
    start: int
    end: int
    text: str

    @property
    def low(self) -> str:
        return self.text.lower()


def words(text: str, lex: Lexicon | None = None) -> list[Word]:
    """Word tokens; a final dot stays on known abbreviations (`H.`, `Jl.`, `Tbk.`)."""
    lex = lex or lexicon()
    out: list[Word] = []
    for m in WORD_RE.finditer(text):
        for start, end in _split_hyphens(m.start(), m.group()):
            for s2, e2 in _split_glued(text, start, end, lex):
                out.append(_with_dot(text, s2, e2, lex))
    return out


def _split_glued(text: str, start: int, end: int, lex: Lexicon) -> Iterator[tuple[int, int]]:
    tok = text[start:end]
    cuts = set()
    pm = GLUED_LOWER_PREFIX_RE.match(tok)
    if pm and pm.group(1) in lex.common:
        cuts.add(pm.end(1))
    if GLUED_PT_RE.match(tok):
        cuts.add(2)
    for tm in GLUED_TAIL_RE.finditer(tok):
        cuts.add(tm.start())
    pos = 0
    for c in sorted(cuts):
        if 0 < c < len(tok):
            yield start + pos, start + c
            pos = c
    yield start + pos, end


def _split_hyphens(start: int, tok: str) -> Iterator[tuple[int, int]]:
    pos = 0
    for hm in HYPHEN_SPLIT_RE.finditer(tok):
        left = tok[pos : hm.start()]
        right = tok[hm.end() :].split("-")[0]
        # `Al-Meer` keeps its particle, `Undang-Undang` is one reduplicated word
        if NAME_PARTICLE_RE.fullmatch(left) or not left[:1].isupper() or left.lower() == right.lower():
            continue
        yield start + pos, start + hm.start()
        pos = hm.end()
    yield start + pos, start + len(tok)


def _with_dot(text: str, start: int, end: int, lex: Lexicon) -> Word:
    """The word, with its final dot when it is a known abbreviation (`H.`, `Jl.`)."""
    if end < len(text) and text[end] == ".":
        low = text[start:end].lower() + "."
        if (low,) in lex.titles or (low,) in lex.loc_heads:
            end += 1
    return Word(start, end, text[start:end])


def is_name_word(w: Word) -> bool:
    t = w.text
    if not t[:1].isalpha() or CURRENCY_RE.fullmatch(t):
        return False
    if t[0].isupper():
        return True
    # detikOto, iNews, easyJet: lower-case first letter, capital inside
    return any(c.isupper() for c in t[1:])


def is_allcaps(w: Word) -> bool:
    return bool(ALLCAPS_RE.fullmatch(w.text)) and not ROMAN_RE.fullmatch(w.text)


def _is_org_head_chunk(cur: Sequence[Word], lex: Lexicon) -> bool:
    return any(x.text[:1].isupper() and x.low in lex.org_heads_first for x in cur)


def _is_place_head_chunk(cur: Sequence[Word], lex: Lexicon) -> bool:
    """`Jalan Tol Palembang-Betung`, `LRT Velodrome-Manggarai`: hyphens join place names."""
    return any(tuple(x.low for x in cur[i : i + n]) in lex.loc_heads for i in range(len(cur)) for n in (1, 2))


def _ordinary_pair(a: Word, b: Word, lex: Lexicon) -> bool:
    return is_ordinary(a.low, lex) and is_ordinary(b.low, lex)


def _has_title(cur: Sequence[Word], lex: Lexicon) -> bool:
    return any(match_title(cur, i, lex)[0] or (x.text[:1].isupper() and x.low in lex.org_heads_first) for i, x in enumerate(cur))


def _org_list_ahead(text: str, ws: Sequence[Word], i: int, lex: Lexicon) -> int:
    """Index after `, X, dan Y` / ` dan Y` that continues an organisation name
    (`Dinas Ketahanan Pangan, Kelautan, dan Perikanan`), or i when none."""
    j = i
    while j < len(ws):
        gap = text[ws[j - 1].end : ws[j].start]
        w = ws[j]
        if w.low == "dan" and gap in (" ", ", "):
            if j + 1 < len(ws) and text[w.end : ws[j + 1].start] == " " and is_name_word(ws[j + 1]) and not match_title(ws, j + 1, lex)[0] and not _head_len(ws, j + 1, lex.org_heads):
                return j + 2
            return i
        if gap == ", " and is_name_word(w) and not match_title(ws, j, lex)[0] and not _head_len(ws, j, lex.org_heads) and w.low not in lex.places:
            j += 1
            continue
        return i
    return i


@dataclass
class Chunk:
    words: list[Word]
    sent_initial: bool  # first word opens a sentence


def _sentence_starts(text: str, sent_starts: Iterable[int]) -> set[int]:
    """Offsets of the first word of each sentence or line."""
    starts = set()
    marks = set(sent_starts) | {0} | {i + 1 for i, c in enumerate(text) if c == "\n"}
    for s in marks:
        i = s
        while i < len(text) and text[i] in SENT_OPENERS:
            i += 1
        starts.add(i)
    return starts


def simple_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence bounds when the Doc has none: after . ! ? before a capital, and at line ends."""
    out, start = [], 0
    for m in SENT_BREAK_RE.finditer(text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return [(a, b) for a, b in out if b > a]


def _headline_spans(text: str, ws: Sequence[Word], sent_bounds: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences in Title Case (headlines, teaser links): not prose."""
    out = []
    j = 0
    for s, e in sent_bounds:
        while j < len(ws) and ws[j].start < s:
            j += 1
        k = j
        alpha = caps = content_lower = 0
        while k < len(ws) and ws[k].end <= e:
            if ws[k].text[:1].isalpha():
                alpha += 1
                caps += ws[k].text[0].isupper()
                content_lower += ws[k].text[0].islower() and ws[k].low not in TEASER_FUNCTION_WORDS
            k += 1
        if alpha >= HEADLINE_MIN_WORDS and caps >= HEADLINE_CAPS_SHARE * alpha and not content_lower:
            out.append((s, e))
    return out


TEASER_FUNCTION_WORDS = frozenset({"di", "ke", "dan", "yang", "ini", "itu", "untuk", "dari", "jadi", "bagi", "soal", "pada", "vs"})


def _teaser_spans(text: str, ws: Sequence[Word], lex: Lexicon) -> list[tuple[int, int]]:
    """`Baca juga: Ojol Janji Tak Demo Lagi`: the linked headline runs while
    its words are capitalised (or numbers, or short function words)."""
    out = []
    for m in TEASER_RE.finditer(text):
        i = word_index(ws, m.end())
        end = m.end()
        while i < len(ws) and "\n" not in text[end : ws[i].start]:
            w = ws[i]
            if not (w.text[:1].isupper() or w.text[:1].isdigit() or w.low in TEASER_FUNCTION_WORDS):
                break
            end = w.end
            i += 1
        out.append((m.start(), end))
    return out


def word_index(ws: Sequence[Word], pos: int) -> int:
    """Index of the first word starting at or after `pos`."""
    return bisect_left(ws, pos, key=lambda w: w.start)


def chunks(text: str, ws: Sequence[Word], sent_starts: set[int], lex: Lexicon) -> list[Chunk]:
    out: list[Chunk] = []
    cur: list[Word] = []

    def flush() -> None:
        # connectors and numbers cannot end a chunk
        while cur and (cur[-1].low in lex.connectors or cur[-1].low in lex.evt_heads_lower):
            cur.pop()
        if cur:
            out.append(Chunk(list(cur), cur[0].start in sent_starts))
        cur.clear()

    n = len(ws)
    skip_to = 0
    for i, w in enumerate(ws):
        if i < skip_to:
            cur.append(w)  # inside `, X, dan Y` of an organisation name
            continue
        gap = text[cur[-1].end : w.start] if cur else ""
        joined = bool(cur) and (JOIN_GAP_RE.fullmatch(gap) is not None or (gap == "-" and _is_place_head_chunk(cur, lex) and is_name_word(w)))
        if cur and not joined and _is_org_head_chunk(cur, lex) and text[cur[-1].end : w.start] == ", ":
            k = _org_list_ahead(text, ws, i, lex)
            if k > i:
                skip_to = k
                cur.append(w)
                continue
        if not joined:
            flush()
        if is_name_word(w):
            cur.append(w)
            continue
        nxt = ws[i + 1] if i + 1 < n else None
        nxt_joined = nxt is not None and JOIN_GAP_RE.fullmatch(text[w.end : nxt.start]) is not None and is_name_word(nxt)
        if cur and w.low == "dan" and _is_org_head_chunk(cur, lex) and _org_list_ahead(text, ws, i, lex) > i:
            skip_to = _org_list_ahead(text, ws, i, lex)
            cur.append(w)
        elif cur and w.low in lex.connectors and nxt_joined:
            cur.append(w)
        elif cur and w.low == "dan" and nxt_joined and _ordinary_pair(cur[-1], nxt, lex) and _has_title(cur, lex):
            cur.append(w)  # `Menteri Pariwisata dan Ekonomi Kreatif`: a role's complement
        elif w.low in lex.lower_titles and nxt_joined:
            cur.append(w)  # `dr Algazali`
        elif not cur and w.low in lex.evt_heads_lower and nxt_joined:
            cur.append(w)  # pandemi Covid-19
        elif cur and NUMBER_RE.fullmatch(w.text) and _is_event_chunk(cur, lex):
            cur.append(w)  # Lebaran 2025
            flush()
        else:
            flush()
    flush()
    return out


def _is_event_chunk(cur: Sequence[Word], lex: Lexicon) -> bool:
    return any(tuple(x.low for x in cur[: len(h)]) == h for h in lex.evt_heads) or cur[0].low in lex.evt_heads_lower or cur[-1].low in lex.evt_tails


# -- segmentation ------------------------------------------------------------
@dataclass
class Part:
    """A typed piece of a chunk. kind: title | complement | PER | ORG | LOC | EVT | UNK."""

    kind: str
    words: list[Word]
    title: Title | None = None
    canonical: str | None = None  # gazetteer canonical for places
    guess: bool = False  # typed by form alone (an acronym): other evidence wins

    @property
    def start(self) -> int:
        return self.words[0].start

    @property
    def end(self) -> int:
        return self.words[-1].end

    def text(self, body: str) -> str:
        return body[self.start : self.end]


def _match(ws: Sequence[Word], i: int, table_: dict | frozenset, maxlen: int) -> int:
    """Length of the longest lexicon entry starting at ws[i] (0 if none)."""
    for n in range(min(maxlen, len(ws) - i), 0, -1):
        if tuple(w.low for w in ws[i : i + n]) in table_:
            return n
    return 0


def match_title(ws: Sequence[Word], i: int, lex: Lexicon, allow_lower: bool = False) -> tuple[int, Title | None]:
    """A title at ws[i]: capitalised in running text (`Menteri`, `AKP`); lower
    case (`presiden`) only where `allow_lower` (appositions)."""
    if not (allow_lower or ws[i].text[:1].isupper() or ws[i].text in lex.lower_titles):
        return 0, None
    for n in range(min(lex.title_max, len(ws) - i), 0, -1):
        t = lex.titles.get(tuple(w.low for w in ws[i : i + n]))
        if t is not None:
            # abbreviations keep their case (`AKP`, `PM`, not `akp`, `pm`)
            first = t.form.split()[0]
            if any(c.isupper() for c in first[1:]) and ws[i].text != first:
                continue
            return n, t
    return 0, None


def _place_at(ws: Sequence[Word], i: int, lex: Lexicon) -> tuple[int, str | None]:
    n = _match(ws, i, lex.places, lex.place_max)
    if not n:
        for m in range(min(6, len(ws) - i), 1, -1):
            canon = lex.place_keys.get(frozenset(w.low for w in ws[i : i + m]))
            if canon:
                return m, canon
        return 0, None
    canon = lex.places[tuple(w.low for w in ws[i : i + n])]
    # Rusia Timur, Jakarta Selatan
    while i + n < len(ws) and ws[i + n].low in lex.compass and tuple(w.low for w in ws[i : i + n + 1]) not in lex.places:
        n += 1
        canon = " ".join(w.text for w in ws[i : i + n])
    return n, canon


def is_ordinary(low: str, lex: Lexicon) -> bool:
    """An ordinary word, also with a clitic (`Pergerakannya`, `Inilah`)."""
    if low in lex.common or DERIVED_NOUN_RE.fullmatch(low):
        return True
    for suffix in CLITICS:
        if low.endswith(suffix) and low[: -len(suffix)] in lex.common:
            return True
    return False


def _is_stop(w: Word, lex: Lexicon) -> bool:
    return w.low in lex.common or w.low in lex.non_names


def _boundary(ws: Sequence[Word], i: int, lex: Lexicon, known: dict[tuple[str, ...], str]) -> int | None:
    """First index >= i where an organisation, place, known name or rank starts."""
    for j in range(i, len(ws)):
        if _head_len(ws, j, lex.org_heads) or _head_len(ws, j, lex.loc_heads) or _place_at(ws, j, lex)[0]:
            return j
        kk = _match(ws, j, known, 6)
        # an organisation or place the article names on its own elsewhere
        if kk and known[tuple(x.low for x in ws[j : j + kk])] != "UNK":
            return j
        if _match(ws, j, lex.outlets, lex.outlet_max) or is_allcaps(ws[j]):
            return j
        n, t = match_title(ws, j, lex)
        if n and t and t.kind in ("rank", "honorific", "academic"):
            return j
    return None


def _head_len(ws: Sequence[Word], i: int, heads: frozenset[tuple[str, ...]]) -> int:
    if not ws[i].text[:1].isupper():
        return 0
    for n in (3, 2, 1):
        if i + n <= len(ws) and tuple(w.low for w in ws[i : i + n]) in heads:
            return n
    return 0


def _org_end(ws: Sequence[Word], i: int, lex: Lexicon, person_follows: bool, known: dict[tuple[str, ...], str] | None = None) -> int:
    """End (exclusive) of an organisation that opens at ws[i]."""
    n = len(ws)
    for j in range(i + 1, n):
        k, t = match_title(ws, j, lex)
        if k and t and t.kind != "position":
            return j
        if ws[j].low in lex.org_tails and not (j + 1 < n and ws[j + 1].low in lex.org_tails):
            return j + 1
    if not person_follows:
        # `Kementerian Perdagangan Oke Nurwan` + `Oke` alone elsewhere: a full name closes the organisation
        for j in range(i + 2, n - 1):
            if known and known.get((ws[j].low,)) == "UNK" and not _is_stop(ws[j + 1], lex):
                return j
        # `Universitas Lampung Robi Cahyadi Kurniawan`: a head, a place, then two or
        # more words that are neither ordinary words, places nor organisation words
        k = _place_at(ws, i + 1, lex)[0] if i + 1 < n else 0
        rest = ws[i + 1 + k:]
        if k and len(rest) >= 2 and all(
            w.text[:1].isupper() and not is_ordinary(w.low, lex) and w.low not in lex.org_tails
            and not _place_at(ws, i + 1 + k + x, lex)[0] and not _head_len(ws, i + 1 + k + x, lex.org_heads)
            for x, w in enumerate(rest)
        ):
            return i + 1 + k
        return n
    j = i + 2 if ws[i].low in BARE_ORG_HEADS else i + 1  # `The Fed`, `PT Waskita`: a head needs a name
    # `Dinas Ketahanan Pangan, Kelautan, dan Perikanan`: a listed name runs past its `dan`
    dans = [x for x in range(i + 1, n - 1) if ws[x].low == "dan"]
    if dans:
        j = dans[-1] + 2
    known = known or {}
    while j < n and known.get((ws[j].low,)) != "UNK" and (_is_stop(ws[j], lex) or _place_at(ws, j, lex)[0] or is_allcaps(ws[j]) or ROMAN_RE.fullmatch(ws[j].text)):
        j += _place_at(ws, j, lex)[0] or 1
    return min(j, n) if j < n else n


def _korean_name_at(ws: Sequence[Word], i: int) -> int:
    """Length of a Korean personal name starting at ws[i] (0 if none)."""
    for k in (3, 2):
        if i + k <= len(ws) and is_korean_name(w.text for w in ws[i : i + k]):
            return k
    return 0


def _trim(chunk: Chunk, lex: Lexicon) -> list[Word]:
    """Drop sentence-initial ordinary words (`Dia`, `Perjalanan`), weekdays
    and page furniture at both ends, and common-noun acronyms (`RUPS`)."""
    ws = list(chunk.words)
    i = 0
    while i < len(ws):
        w = ws[i]
        special = match_title(ws, i, lex)[0] or _head_len(ws, i, lex.org_heads) or _head_len(ws, i, lex.loc_heads) or _head_len(ws, i, lex.evt_heads)
        if w.low in lex.non_names or w.text in lex.common_acronyms or (chunk.sent_initial and i == 0 and is_ordinary(w.low, lex) and not special):
            i += 1
            continue
        break
    ws = ws[i:]
    if ws and ws[0].low in lex.document_heads:
        return []  # `Undang-Undang Minerba`, `Peraturan Presiden ...`: documents, not entities
    while ws and (ws[-1].low in lex.non_names or ws[-1].text in lex.common_acronyms):
        ws.pop()
    return ws


def segment(chunk: Chunk, lex: Lexicon, known: dict[tuple[str, ...], str] | None = None) -> list[Part]:
    """Typed parts of a chunk, in text order (rules tried in the order below)."""
    known = known or {}
    ws = _trim(chunk, lex)
    parts: list[Part] = []
    after_title = False
    i = 0
    n = len(ws)
    while i < n:
        w = ws[i]
        # 0. a Korean name (`Pak Jong Chon`: here `Pak` is the family name, not the honorific)
        k = _korean_name_at(ws, i)
        if k:
            parts.append(Part("PER", ws[i : i + k]))
            i += k
            continue
        # 1. a title, unless a longer organisation/place head starts here (`Ibu Kota`)
        k, t = match_title(ws, i, lex)
        heads = max(_head_len(ws, i, lex.org_heads), _head_len(ws, i, lex.loc_heads))
        if k and t is not None and heads <= k:
            # `Kepala Dinas Ketahanan Pangan`: the title's last word opens the organisation
            if k > 1 and i + k < n and _head_len(ws, i + k - 1, lex.org_heads) == 1:
                k -= 1
                t = lex.titles.get(tuple(x.low for x in ws[i : i + k]), t)
            parts.append(Part("title", ws[i : i + k], title=t))
            i += k
            after_title = True
            if t.kind == "position" and i < n:
                b = _boundary(ws, i, lex, known)
                if b is None:
                    b = i
                    while b < n and _is_stop(ws[b], lex):
                        b += 1
                if b > i:
                    parts.append(Part("complement", ws[i:b]))
                    i = b
            continue
        # 2. a name the article uses on its own elsewhere (`Bluebird`, `Waskita Karya`)
        k = _match(ws, i, known, 6)
        if k:
            kind = known[tuple(x.low for x in ws[i : i + k])]
            if kind in ("ORG", "LOC", "EVT"):
                parts.append(Part(kind, ws[i : i + k]))
                i += k
                continue
        # 3. a place named in full by the gazetteer (`Kabupaten Aceh Singkil`)
        k, canon = _place_at(ws, i, lex)
        if k > 1 and not (not after_title and i + k < n and ws[n - 1].low in lex.org_tails):
            parts.append(Part("LOC", ws[i : i + k], canonical=canon))
            i += k
            continue
        # 4. an organisation head
        if _head_len(ws, i, lex.org_heads):
            e = _org_end(ws, i, lex, after_title, known)
            parts.append(Part("ORG", ws[i:e]))
            i = e
            continue
        # 5. a place head (`Jalan ...`); a descriptive one before a known place is dropped
        h = _head_len(ws, i, lex.loc_heads)
        if h and i + h < n:
            if w.low in lex.descriptive and _place_at(ws, i + h, lex)[0]:
                i += h
                continue
            e = _org_end(ws, i + h - 1, lex, after_title) if after_title else n
            for j in range(i + h, e):
                if match_title(ws, j, lex)[0]:
                    e = j
                    break
            parts.append(Part("LOC", ws[i:e]))
            i = e
            continue
        # 6. an event head (`Forum ...`, `pandemi Covid-19`)
        h = _head_len(ws, i, lex.evt_heads)
        if (h and i + h < n) or (w.low in lex.evt_heads_lower and i + 1 < n):
            parts.append(Part("EVT", ws[i:n]))
            break
        # 7. a place (`Rusia`, `Jakarta Timur`), unless it opens an organisation name (`Qatar Airways`)
        k, canon = _place_at(ws, i, lex)
        # `Guntur Abdurrahman`: a one-word district or village opening a longer name is a name
        if k == 1 and i + 1 < n and lex.place_kind.get((w.low,)) in ("district", "village") and not _place_at(ws, i + 1, lex)[0] and not match_title(ws, i + 1, lex)[0]:
            k = 0
        if k and after_title:
            # `CEO Qatar Airways Group Badr ...`: a place opening an organisation name
            tails = [t for t in range(i + k, n) if ws[t].low in lex.org_tails and not match_title(ws, t, lex)[0]]
            if tails:
                end = tails[0] + 1
                while end < n and ws[end].low in lex.org_tails:
                    end += 1
                parts.append(Part("ORG", ws[i:end]))
                i = end
                continue
        if k:
            rest = ws[i + k :]
            if rest and not after_title and not match_title(ws, i + k, lex)[0] and any(x.low in lex.org_tails or x.low in lex.evt_tails for x in rest):
                kind = "EVT" if rest[-1].low in lex.evt_tails else "ORG"
                parts.append(Part(kind, ws[i:n]))
                break
            parts.append(Part("LOC", ws[i : i + k], canonical=canon))
            i += k
            continue
        # 8. a news outlet or agency
        k = _match(ws, i, lex.outlets, lex.outlet_max)
        if k:
            parts.append(Part("ORG", ws[i : i + k]))
            i += k
            continue
        # 9. an acronym, with the words that complete it (`DPRD DKI`, `KC Glass`)
        if is_allcaps(w):
            e = i + 1
            while e < n and (is_allcaps(ws[e]) or ROMAN_RE.fullmatch(ws[e].text) or (_place_at(ws, e, lex)[0] == 1 and ws[e].text.isupper())):
                e += 1
            if not after_title:
                # `KC Glass`, `EVA Air`, `MNC Digital Entertainment`; not `KPK Lelang Barang Rampasan`
                f = e
                while f < n and not match_title(ws, f, lex)[0] and not _place_at(ws, f, lex)[0]:
                    f += 1
                g = f
                while g > e and is_ordinary(ws[g - 1].low, lex) and ws[g - 1].low not in lex.org_tails:
                    g -= 1
                e = g if f - g >= 2 else f
            parts.append(Part("ORG", ws[i:e], guess=True))
            i = e
            continue
        # 10. a name run, up to the next title, head or known name
        e = i + 1
        while e < n:
            if match_title(ws, e, lex)[0] or _head_len(ws, e, lex.org_heads):
                break
            if not after_title and is_allcaps(ws[e]):
                break
            if after_title and is_allcaps(ws[e]):
                break
            kk = _match(ws, e, known, 6) if after_title else 0
            if kk and known[tuple(x.low for x in ws[e : e + kk])] != "UNK":
                break
            if not after_title:
                pk, _ = _place_at(ws, e, lex)
                if pk and any(x.low in lex.org_tails for x in ws[e + pk :]):
                    e += pk  # `Heli Southeast Asia Co Ltd`
                    continue
                if pk:
                    # `Garuda Indonesia`, `Virgin Australia`: a country closing a name stays in it
                    if e + pk == n and lex.place_kind.get(tuple(x.low for x in ws[e : e + pk])) == "country":
                        e = n
                    break
                kk = _match(ws, e, known, 6)
                if kk and known[tuple(x.low for x in ws[e : e + kk])] != "UNK":
                    break
            e += 1
        run = ws[i:e]
        # `Direktur LBH Pergerakan, ...`: ordinary words finish a titled organisation
        if after_title and parts and parts[-1].kind == "ORG" and is_ordinary(run[0].low, lex):
            lead = 1
            while lead < len(run) and is_ordinary(run[lead].low, lex):
                lead += 1
            parts[-1] = Part("ORG", parts[-1].words + run[:lead])
            run = run[lead:]
            i += lead
            if not run:
                continue
        # `Menteri Keuangan akan ...`: ordinary words right after a title belong to the role
        if after_title and parts and parts[-1].kind in ("title", "complement"):
            lead = 0
            while lead < len(run) and is_ordinary(run[lead].low, lex):
                lead += 1
            if lead:
                if parts[-1].kind == "complement":
                    parts[-1] = Part("complement", parts[-1].words + run[:lead])
                else:
                    parts.append(Part("complement", run[:lead]))
                run = run[lead:]
                i += lead
                if not run:
                    continue
        # `CEO BPI Danantara Rosan Roeslani` + `Rosan` alone elsewhere: the person
        # starts at the word the article uses alone; the words before finish the organisation
        if after_title and parts and parts[-1].kind == "ORG" and len(run) >= 3:
            cut = next((k for k in range(1, len(run) - 1) if known.get((run[k].low,)) == "UNK"), None)
            if cut is not None:
                parts[-1] = Part("ORG", parts[-1].words + run[:cut])
                run = run[cut:]
                i += cut
        # `Direktur Departemen Industri Mesiu Jo Chun Ryong`: a Korean name closing the
        # run is the person; the words before it finish the organisation
        if after_title and parts and parts[-1].kind == "ORG":
            cut = next((k for k in range(1, len(run)) if _korean_name_at(run, k) == len(run) - k), None)
            if cut is not None:
                parts[-1] = Part("ORG", parts[-1].words + run[:cut])
                run = run[cut:]
                i += cut
        # `Doo Financial Futures Lukman Leong`: an organisation tail inside a run
        # (an untitled run needs a full name of two words after it)
        if after_title or len(run) >= 4:
            last = len(run) - (1 if after_title else 2)
            cut = next((j for j in range(1, last) if run[j].low in lex.org_tails and run[j + 1].low not in lex.org_tails), None)
            if cut is not None:
                parts.append(Part("ORG", run[: cut + 1]))
                run = run[cut + 1 :]
                i += cut + 1
        lows = [x.low for x in run]
        # `Presiden Prancis Naik Mobil`, `Menteri Pendayagunaan Aparatur Negara dan ...`:
        # ordinary words or a `dan` after a title are no one's name
        if after_title and ("dan" in lows or all(is_ordinary(x, lex) for x in lows)):
            parts.append(Part("complement", run))
            i = e
            continue
        if len(run) > 1 and lows[-1] in lex.org_tails:
            kind = "ORG"
        elif len(run) > 1 and lows[-1] in lex.loc_tails:
            kind = "LOC"
        elif len(run) > 1 and any(x in lex.evt_tails for x in lows[1:]):
            kind = "EVT"
        elif after_title:
            kind = "PER"
        else:
            kind = "UNK"
        parts.append(Part(kind, run))
        i = e
    return parts


# -- mentions and entities ----------------------------------------------------
@dataclass
class Mention:
    start: int
    end: int
    text: str
    type: str  # PER ORG LOC EVT UNK
    canonical: str | None = None
    name: str = ""  # the words joined by single spaces (glued scraped text repaired)
    titled: bool = False  # a title stood right before it
    sent_initial: bool = False  # opens a sentence (capitalised for that reason alone?)
    key: tuple[str, ...] = ()  # lower-cased words (glued words split)
    guess: bool = False
    aliases: set[str] = field(default_factory=set)


def _norm(s: str) -> str:
    return " ".join(s.lower().replace("’", "'").split())


def _org_key(s: str, lex: Lexicon) -> str:
    """`PT Doo Financial Futures` = `Doo Financial Futures`, `Pemprov Jakarta` =
    `Pemerintah Provinsi Jakarta`, `Komisi V DPR RI` = `Komisi V DPR`."""
    ws = _norm(s).split()
    if ws and ws[0] in lex.org_abbrev:
        ws = lex.org_abbrev[ws[0]].split() + ws[1:]
    while len(ws) > 1 and ws[0] in ("pt", "pt.", "perseroan"):
        ws = ws[1:]
    while len(ws) > 1 and ws[-1] in ("tbk", "tbk.", "(persero)", "persero", "ri"):
        ws = ws[:-1]
    return " ".join(ws)


def _context_type(text: str, m: Mention, ws_by_start: dict[int, int], ws: Sequence[Word], lex: Lexicon) -> str | None:
    """The type `entity_cues.tsv` gives an untyped name from the words around it
    (only words joined to it by spaces count)."""
    i = ws_by_start.get(m.start)
    if i is None:
        return None
    j = i
    while j < len(ws) and ws[j].end <= m.end:
        j += 1
    prev = ws[i - 1].low if i > 0 and not text[ws[i - 1].end : m.start].strip() else ""
    prev2 = ws[i - 2].low if prev and i > 1 and not text[ws[i - 2].end : ws[i - 1].start].strip() else ""
    nxt = ws[j].low if j < len(ws) and not text[m.end : ws[j].start].strip() else ""
    for word, where, typ in lex.cues:
        if (where == "before" and word == prev) or (where == "before2" and word in (prev, prev2)) or (where == "after" and word == nxt):
            return typ
    return None


def find_mentions(
    text: str,
    sent_bounds: Sequence[tuple[int, int]] = (),
    skip: Iterable[tuple[int, int]] = (),
    ner_spans: Iterable[tuple[int, int, str]] = (),
    lex: Lexicon | None = None,
) -> list[Mention]:
    """Typed name mentions in `text` (UNK resolved by context where possible)."""
    lex = lex or lexicon()
    ws = words(text, lex)
    if not sent_bounds:
        sent_bounds = simple_sentences(text)
    starts = _sentence_starts(text, (s for s, _ in sent_bounds))
    blocked = list(skip) + _headline_spans(text, ws, sent_bounds) + _teaser_spans(text, ws, lex)
    chs = [c for c in chunks(text, ws, starts, lex) if not any(c.words[0].start < e and s < c.words[-1].end for s, e in blocked)]

    # pass 1 without, pass 2 with the names the article itself uses standalone
    known: dict[tuple[str, ...], str] = {}
    for _ in range(2):
        mentions: list[Mention] = []
        open_titles: list[int] = []  # ends of title phrases with no person in their chunk
        for ch in chs:
            parts = segment(ch, lex, known)
            if any(p.kind == "title" and p.title and p.title.kind in ("position", "rank") for p in parts) and not any(p.kind in ("PER", "UNK") for p in parts):
                open_titles.append(ch.words[-1].end)
            prev_title = False
            title_start = -1
            for p in parts:
                if p.kind in ("title", "complement"):
                    if not prev_title:
                        title_start = p.start
                    prev_title = True
                    continue
                m = Mention(
                    p.start, p.end, p.text(text), p.kind, p.canonical, name=_unglued(text, p.words),
                    titled=prev_title and p.kind == "PER", sent_initial=p.start in starts, key=tuple(w.low for w in p.words),
                    guess=p.guess,
                )
                # `Edward Plaisted, CEO Skytrax`: after a person and a comma, the title's name is an organisation
                if m.titled and p is parts[-1] and title_start == ch.words[0].start and mentions and APPOSITION_GAP_RE.fullmatch(text[mentions[-1].end : title_start]) and mentions[-1].type in ("PER", "UNK") and " " in mentions[-1].text:
                    m.type, m.titled = "ORG", False
                mentions.append(m)
                prev_title = False
        ws_by_start = {w.start: i for i, w in enumerate(ws)}
        new_known = dict(known)
        # one-word names used on their own (`ujar Wawan`)
        singles = {
            m.key for m in mentions
            if m.type in ("UNK", "PER") and len(m.key) == 1 and m.key[0].isalpha()
            and (not m.sent_initial or _context_type(text, m, ws_by_start, ws, lex) == "PER")
        }
        for m in mentions:
            if m.type == "ORG" and not m.titled and any((w,) in singles for w in m.key[2:]):
                continue  # `PT Infovesta Utama Wawan Hendrayana`: pass 2 cuts it before `Wawan`
            if m.type in ("ORG", "LOC", "EVT") and not m.titled:
                new_known.setdefault(m.key, m.type)
                core = m.key[1:] if m.key[:1] == ("pt",) else m.key
                core = core[:-1] if core[-1:] in (("tbk",), ("tbk.",)) else core
                if core:
                    new_known.setdefault(core, m.type)
            elif m.key in singles:
                # closes an organisation written right before the full name
                new_known.setdefault(m.key, "UNK")
        # `PT Blue Bird Tbk (BIRD) atau Bluebird`: the other name takes the type
        for m, other in _alias_pairs(text, mentions):
            if m.type in ("ORG", "LOC", "EVT"):
                new_known[other.key] = m.type
        known = new_known

    # NER spans (`doc.ents`): they type the names the rules left untyped, and
    # add mentions where the rules found nothing (titles stripped)
    taken = [(m.start, m.end) for m in mentions]
    untyped = {(m.start, m.end): m for m in mentions if m.type == "UNK"}
    for s, e, label in ner_spans:
        typ = NER_LABELS.get(label)
        if typ is None or any(s < be and bs < e for bs, be in blocked):
            continue
        for (us, ue), um in untyped.items():
            if us >= s and ue <= e:
                um.type = typ
        if any(s < te and ts < e for ts, te in taken):
            continue
        sub = [w for w in ws if w.start >= s and w.end <= e]
        i = 0
        while i < len(sub):
            k, t = match_title(sub, i, lex, allow_lower=True)
            if not k:
                break
            i += k
        if i < len(sub):
            mentions.append(Mention(sub[i].start, sub[-1].end, text[sub[i].start : sub[-1].end], typ))

    # `Wali Kota (Walkot) Jaktim, Munjirin`, `Ketua Umum Ikatan Ahli Kesehatan Masyarakat
    # Indonesia (IAKMI) Ede Surya Darmawan`: a name right after a title phrase that names nobody
    by_start0 = {m.start: m for m in mentions}
    for end in open_titles:
        am = APPOSED_NAME_RE.match(text, end)
        m = by_start0.get(am.end()) if am else None
        # without a comma only a full name counts (`(P2P) Dinkes Sulut` is no person)
        if m is not None and m.type == "UNK" and not (am.group("bare") and len(m.key) < 2):
            m.type = "PER"
            m.titled = True

    # aliases: `Korea Utara (Korut)`, `Federal Reserve atau The Fed`
    for m, other in _alias_pairs(text, mentions):
        other.type = "ALIAS"
        m.aliases.add(other.text)
        other.canonical = m.text
    _type_list_items(text, mentions)

    for m in mentions:
        if m.type == "UNK":
            m.type = _context_type(text, m, ws_by_start, ws, lex) or "UNK"
    mentions.sort(key=lambda m: m.start)
    _type_lists(text, mentions, lex)
    return _split_org_prefix(text, mentions)


def _split_org_prefix(text: str, mentions: list[Mention]) -> list[Mention]:
    """`CEO Bukalapak Rachmat Kaimuddin`, where the article also names
    `Bukalapak` on its own as an organisation or place: the person is
    `Rachmat Kaimuddin` and `Bukalapak` a mention of that organisation."""
    named = {m.key: m.type for m in mentions if m.type in ("ORG", "LOC") and not m.titled and m.key}
    if not named:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        if m.type == "PER" and len(m.key) >= 3 and len(m.text.split()) == len(m.key):
            for k in range(len(m.key) - 2, 0, -1):
                typ = named.get(m.key[:k])
                if typ is None:
                    continue
                words = list(WORD_RE.finditer(text, m.start, m.end))
                if len(words) != len(m.key):
                    break
                cut, rest = words[k - 1].end(), words[k].start()
                out.append(Mention(m.start, cut, text[m.start:cut], typ, key=m.key[:k], name=" ".join(m.name.split()[:k])))
                m = Mention(rest, m.end, text[rest:m.end], "PER", name=" ".join(m.name.split()[k:]), titled=True, key=m.key[k:])
                break
        out.append(m)
    return out


def _alias_pairs(text: str, mentions: Sequence[Mention]) -> list[tuple[Mention, Mention]]:
    """(name, other name) pairs: `Name (Alias)` with a one-word alias, and
    `Name [(X)] atau|alias Other` with an untyped or same-typed other."""
    by_start = {m.start: m for m in mentions}
    out = []
    for m in mentions:
        if m.type == "ALIAS":
            continue
        end = m.end
        pm = PAREN_ALIAS_RE.match(text, end)
        if pm:
            inner = by_start.get(pm.start(1))
            if (
                inner is not None
                and inner.end == pm.end(1)
                and " " not in inner.text
                and inner.type in ("UNK", "ORG", "LOC")
                and (m.type not in ("ORG", "LOC") or is_upper_acronym(inner.text) or spells(inner.text, m.text))
            ):
                # a place or organisation takes only an abbreviation of itself:
                # in `Presiden Indonesia (Prabowo)` the name is the office holder's
                out.append((m, inner))
            end = pm.end()
        if m.titled:
            continue  # `Presiden Joko Widodo (Jokowi)` yes, `... atau` after a title no
        am = OR_ALIAS_RE.match(text, end)
        other = by_start.get(am.end()) if am else None
        if other is not None and m.type in TYPES and " " in m.text and (other.type == "UNK" or (other.type == m.type and " " not in other.text)) and other.canonical is None:
            nxt = LIST_SEP_RE.match(text, other.end)
            if not (nxt and by_start.get(nxt.end()) is not None):  # `A atau B, C` is a list
                out.append((m, other))
    return out


def _type_list_items(text: str, mentions: list[Mention]) -> None:
    """Numbered list lines (`1. Qatar Airways`) share a type, and an item's
    first word is a name, not a sentence opener."""
    items: list[list[Mention]] = [[]]
    by_start = {m.start: m for m in mentions}
    last_line = -2
    for lm in LIST_ITEM_RE.finditer(text):
        m = by_start.get(lm.start(1))
        if m is None or m.end != lm.end(1):
            continue
        line = text.count("\n", 0, lm.start())
        if line != last_line + 1:
            items.append([])
        items[-1].append(m)
        last_line = line
    for group in items:
        typed = [m.type for m in group if m.type in TYPES]
        if len(group) < 3 or not typed:
            continue
        best = max(set(typed), key=typed.count)
        if typed.count(best) * 2 <= len(typed):
            continue
        for m in group:
            m.sent_initial = False
            if m.type == "UNK":
                m.type = best


def _type_lists(text: str, mentions: list[Mention], lex: Lexicon) -> None:
    """Enumerations share a type: `Qatar Airways, Cathay Pacific dan Emirates`."""
    groups: list[list[Mention]] = []
    for m in mentions:
        if m.type == "ALIAS":
            continue
        sep = text[groups[-1][-1].end : m.start] if groups else ""
        if groups and LIST_SEP_RE.fullmatch(sep):
            groups[-1].append(m)
        else:
            groups.append([m])
    for g in groups:
        # `A, B` alone is often an apposition (`Walkot Jaktim, Munjirin`): lists need a `dan` or 3 items
        if len(g) < 2 or (len(g) == 2 and LIST_SEP_RE.fullmatch(text[g[0].end : g[1].start]).group().strip() == ","):
            continue
        typed = [m.type for m in g if m.type in TYPES and not m.titled]
        if not typed:
            # `Dewi Tembaga, Tantan Sumartana dan Helmi`: untyped full names make a list of people
            names = [m for m in g if m.type == "UNK" and " " in m.text and not is_ordinary(m.key[0], lex)]
            if len(names) * 2 > len(g):
                for m in g:
                    if m.type == "UNK" and not is_ordinary(m.key[0], lex):
                        m.type = "PER"
            continue
        best = max(set(typed), key=typed.count)
        if typed.count(best) * 2 <= len(typed):
            continue
        for m in g:
            if m.type == "UNK":
                m.type = best


def _person_index(ents: list[dict]) -> dict[str, list[int]]:
    idx: dict[str, list[int]] = {}
    for k, e in enumerate(ents):
        if e["type"] != "PER":
            continue
        names = e["name"].split()
        if len(names) < 2:
            continue
        for part in names:
            if part[:1].isupper() and len(part) > 1:
                idx.setdefault(part.lower(), []).append(k)
    return idx


def _unglued(text: str, ws: Sequence[Word]) -> str:
    """The text of a run of words, with a space where scraping glued two (`PTWaskita`)."""
    out = [ws[0].text]
    for a, b in zip(ws, ws[1:]):
        out.append(text[a.end : b.start] or " ")
        out.append(b.text)
    return "".join(out)


def _nm(m: Mention) -> str:
    return m.name or m.text


def cluster(mentions: Sequence[Mention], acronyms: Sequence[Acronym] = (), lex: Lexicon | None = None) -> list[Entity]:
    """Group mentions into entities, ids in order of first mention."""
    lex = lex or lexicon()
    ents: list[dict] = []
    by_key: dict[str, int] = {}

    def key_of(m: Mention, typ: str) -> str:
        if typ == "LOC":
            ws = _norm(_nm(m)).split()
            while len(ws) > 1 and ws[0] in lex.admin_heads and tuple(ws[1:]) in lex.places:
                ws = ws[1:]
            canon = m.canonical or lex.places.get(tuple(ws)) or lex.place_keys.get(frozenset(ws))
            return "LOC:" + _norm(canon or " ".join(ws))
        if typ == "ORG":
            return "ORG:" + _org_key(_nm(m), lex)
        return typ + ":" + _norm(_nm(m))

    acr = {_norm(a.short): _norm(a.long) for a in acronyms}

    def add(m: Mention, typ: str, k: int | None = None, weak: bool = False) -> int:
        if k is None:
            key = key_of(m, typ)
            k = by_key.get(key)
            if k is None:
                # the same surface already known under another type
                k = by_key.get("ANY:" + _norm(_nm(m)))
            if k is None and _norm(_nm(m)) in acr:
                k = by_key.get("ANY:" + acr[_norm(_nm(m))])
            if k is None and typ == "ORG":
                k = _org_variant(m, by_key, lex)
        if k is None:
            k = len(ents)
            ents.append({"type": typ, "name": _nm(m), "forms": [], "mentions": [], "types": {}})
            by_key[key_of(m, typ)] = k
        e = ents[k]
        e["forms"].append(_nm(m))
        e["forms"].extend(m.aliases)
        e["mentions"].append(m)
        if not weak:
            e["types"][typ] = e["types"].get(typ, 0) + 1
        by_key.setdefault(key_of(m, typ), k)
        by_key.setdefault("ANY:" + _norm(_nm(m)), k)
        for a in m.aliases:
            by_key.setdefault("ANY:" + _norm(a), k)
        return k

    # acronyms typed by their form alone wait until the full names are in
    typed = [m for m in mentions if m.type in TYPES and not m.guess and not _generic(m, lex)]
    # longest names first so that short forms find their full form
    for m in sorted(typed, key=lambda m: (-len(_nm(m).split()), m.start)):
        if m.type == "PER" and len(_nm(m).split()) == 1:
            continue
        add(m, m.type, weak=m.guess)
    # acronym definitions from the acronyms component
    for ac in acronyms:
        k = by_key.get("ANY:" + _norm(ac.long))
        if k is not None:
            by_key.setdefault("ANY:" + _norm(ac.short), k)
            ents[k]["forms"].append(ac.short)
    typed_ids = {id(m) for m in typed}
    rest = [m for m in mentions if (id(m) not in typed_ids and not _generic(m, lex)) or (m.type == "PER" and len(_nm(m).split()) == 1)]
    # untyped full names first, so that `Mulan` finds `Mulan Jameela` wherever it stands
    rest.sort(key=lambda m: (" " not in _nm(m), m.start))
    pidx: dict[str, list[int]] = _person_index(ents)
    phase_single = False
    for m in rest:
        if " " not in _nm(m) and not phase_single:
            phase_single = True
            pidx = _person_index(ents)
        k = by_key.get("ANY:" + _norm(_nm(m)))
        if k is None and m.canonical and m.type == "ALIAS":
            k = by_key.get("ANY:" + _norm(m.canonical))
        if k is None and " " not in _nm(m) and m.type in ("PER", "UNK"):
            cands = pidx.get(_nm(m).lower(), [])
            if cands:
                k = min(cands, key=lambda c: ents[c]["mentions"][0].start)
        if k is not None:
            add(m, m.type if m.type in TYPES else ents[k]["type"], k, weak=m.type not in TYPES or m.guess)
        elif m.type in TYPES:
            add(m, m.type, weak=m.guess)
        elif m.type == "UNK" and _keep_unknown(m, lex, mentions) and not (m.sent_initial and " " not in _nm(m) and not _seen_inside(m, mentions)):
            add(m, _default_type(m, lex), weak=True)
    # order by first mention, name = fullest form
    ents.sort(key=lambda e: min(x.start for x in e["mentions"]))
    out: list[Entity] = []
    for e in ents:
        ms = sorted(e["mentions"], key=lambda x: x.start)
        forms = list(dict.fromkeys(f for f in e["forms"] if f))
        name = max(forms, key=lambda f: (not f.isupper(), len(f.split()), len(f)))
        votes = e["types"]
        typ = max(votes, key=lambda t: (votes[t], t == e["type"])) if votes else e["type"]
        aliases = [f for f in forms if _norm(f) != _norm(name)]
        aliases = list(dict.fromkeys(aliases))
        out.append(
            Entity(
                id=f"E{len(out) + 1}",
                name=name,
                type=typ,  # type: ignore[arg-type]
                aliases=aliases,
                mentions=[Span(start=x.start, end=x.end, text=x.text) for x in ms],
            )
        )
    return merge_nicknames(out)


def _seen_inside(m: Mention, mentions: Sequence[Mention]) -> bool:
    return any(o is not m and not o.sent_initial and _norm(o.text) == _norm(m.text) for o in mentions)


def _generic(m: Mention, lex: Lexicon) -> bool:
    """`Pemerintah`, `Pemerintah Kota`, `Pemda`: a kind of body, not a name."""
    ws = _nm(m).split()
    if m.type == "LOC":
        return len(ws) == 1 and (ws[0].lower(),) in lex.loc_heads  # `Jalan`
    if m.type != "ORG":
        return False
    if len(ws) == 2 and ws[0].lower() in ("grup", "group") and (len(ws[1]) == 1 or ROMAN_RE.fullmatch(ws[1])):
        return True  # `Grup E`: a group in a tournament
    return all(not w.isupper() and (w.lower() in lex.org_heads_first or w.lower() in lex.admin_heads or w.lower() in GENERIC_ORG_WORDS) for w in ws)


def _org_variant(m: Mention, by_key: dict[str, int], lex: Lexicon) -> int | None:
    """`PHRI DIY` -> `PHRI` (a branch named by its place), `Dinas KPKP` -> `KPKP`."""
    ws = _nm(m).split()
    cands = []
    for n in (1, 2):
        if len(ws) > n and tuple(w.lower() for w in ws[-n:]) in lex.places:
            cands.append(" ".join(ws[:-n]))
    if len(ws) > 1 and ws[0].lower() in lex.org_heads_first:
        cands.append(" ".join(ws[1:]))
    for c in cands:
        k = by_key.get("ANY:" + _norm(c))
        if k is not None:
            return k
    return None


def _keep_unknown(m: Mention, lex: Lexicon, mentions: Sequence[Mention]) -> bool:
    """An untyped name is kept when it does not look like ordinary words:
    one word must recur in the article; a longer name must not open with an
    ordinary word (`Pemutakhiran Kode`) nor be mostly ordinary words."""
    ws = _nm(m).split()
    if len(ws) == 1:
        w = ws[0]
        if w.lower() in lex.common or w.lower() in lex.non_names or len(w) < 3:
            return False
        return UNKNOWN_SINGLETONS or sum(1 for o in mentions if _norm(o.text) == _norm(w)) > 1
    ordinary = [is_ordinary(x.lower(), lex) and x.lower() not in lex.connectors for x in ws]
    if ordinary[0] or sum(ordinary) * 2 >= len(ws):
        return False
    if UNSUPPORTED_NAMES == "keep":
        return True
    # a full name with no title or cue is kept when a part of it recurs alone
    # (`Trump` for `Eric Trump`) or, failing that, when it has no ordinary word
    parts = {x.lower() for x in ws}
    supported = any(o is not m and " " not in o.text and o.text.lower() in parts for o in mentions)
    return supported or (UNSUPPORTED_NAMES == "plain" and not any(ordinary))


def _default_type(m: Mention, lex: Lexicon) -> str:
    ws = _nm(m).split()
    if len(ws) == 1:
        return "ORG"
    if lex.place_kind.get(tuple(x.lower() for x in ws[-1:])) == "country":
        return "ORG"  # `Garda Indonesia`
    return "PER"


def add_descriptions(text: str, ents: list[Entity], skip: Iterable[tuple[int, int]] = ()) -> list[Entity]:
    """`pemimpin Rusia` -> Vladimir Putin: a lower-case position plus a place or
    organisation the article names refers to the one person the article gives
    that position there (or, when no one holds it there, the one holding it with
    no place given). Ambiguous descriptions are left alone."""
    from .roles import roles_from  # roles read entities; import here to avoid a cycle

    descs = description_table()
    if not ents or not descs:
        return ents
    roles = roles_from(text, ents)
    by_id = {e.id: e for e in ents}
    place_of: dict[str, str] = {}
    for e in ents:
        if e.type in ("LOC", "ORG"):
            for f in [e.name, *e.aliases]:
                place_of[_norm(f)] = e.id
    taken = {(m.start, m.end) for e in ents for m in e.mentions}
    blocked = list(skip)
    blocked += [(r.start, r.end) for r in roles]  # a role phrase describes its own person
    starts = {m.start: e for e in ents if e.type in ("LOC", "ORG") for m in e.mentions}
    for run in DESCRIPTION_RE.finditer(text):
        target = starts.get(run.end(1) + 1)
        if target is None:
            continue
        lows = list(LOWER_WORD_RE.finditer(run.group(1)))
        hit = None
        for k in (3, 2, 1):  # longest description first
            if len(lows) >= k:
                start = run.start(1) + lows[-k].start()
                titles = descs.get(_norm(text[start : run.end(1)]))
                if titles is not None:
                    hit = (start, titles)
                    break
        if hit is None:
            continue
        dstart, titles = hit
        if (dstart, run.end(1)) in taken or any(dstart < be and bs < run.end(1) + 1 for bs, be in blocked):
            continue
        there = {r.entity for r in roles if r.entity and _norm(r.role) in titles and r.org and place_of.get(_norm(r.org)) == target.id}
        nowhere = {r.entity for r in roles if r.entity and _norm(r.role) in titles and not r.org}
        held_elsewhere = {r.entity for r in roles if r.entity and _norm(r.role) in titles and r.org and place_of.get(_norm(r.org)) != target.id}
        pick = there
        if not pick:
            # the one holder with no place given, named shortly before the description
            near = {e.id for e in ents if any(dstart - DESCRIPTION_REACH <= m.start < dstart for m in e.mentions)}
            pick = (nowhere - held_elsewhere) & near
        if len(pick) != 1:
            continue
        person = by_id[next(iter(pick))]
        end = next(m.end for m in target.mentions if m.start == run.end(1) + 1)
        phrase = text[dstart:end]
        person.mentions.append(Span(start=dstart, end=end, text=phrase))
        person.mentions.sort(key=lambda m: m.start)
        if phrase not in person.aliases:
            person.aliases.append(phrase)
    # ids stay in order of first mention (a description may come first)
    ents = sorted(ents, key=lambda e: e.mentions[0].start)
    return [e if e.id == f"E{i}" else e.model_copy(update={"id": f"E{i}"}) for i, e in enumerate(ents, 1)]


@lru_cache(maxsize=1)
def description_table() -> dict[str, frozenset[str]]:
    return {_norm(r["word"]): frozenset(_norm(t) for t in r["titles"].split("|")) for r in table("descriptions")}


# a stretch between brackets, without the spaces at its ends
BRACKET_PIECE_RE = re.compile(r"[^()\s](?:[^()]*[^()\s])?")


def ner_parts(text: str, start: int, end: int, label: str) -> Iterator[tuple[int, int, str]]:
    """A NER span cut at its brackets: the trained NER follows idner-news-2k,
    which writes `Komisi Pemilihan Umum (KPU)` and `(Jokowi)` as one entity
    each (components/ner_conventions.py). The name and the acronym become
    two mentions, which `_alias_pairs` joins again."""
    for m in BRACKET_PIECE_RE.finditer(text, start, end):
        yield m.start(), m.end(), label


def find_entities(doc: Doc) -> list[Entity]:
    text = doc.text
    if not text:
        return []
    bounds = [(s.start_char, s.end_char) for s in doc.sents] if doc.has_annotation("SENT_START") else [(0, len(text))]
    # a span without a capital letter in cased text is a common noun phrase
    # (`bom molotov`), learned from the case-augmented training data: the
    # rule of the trained pipeline's last step, also for other pipelines
    ner = [part for e in doc.ents if can_be_name(e) for part in ner_parts(text, e.start_char, e.end_char, e.label_)]
    skip = list(doc._.skip or ())
    mentions = find_mentions(text, bounds, skip, ner)
    return add_descriptions(text, cluster(mentions, list(doc._.acronyms or ())), skip)


@lru_cache(maxsize=1)
def nickname_table() -> dict[str, str]:
    """nickname (lower-case) -> full name, from `person_nicknames.tsv`; a
    two-word nickname is also known by its second word (`Gus Ipul`: `Ipul`,
    the honorific being stripped from names)."""
    out: dict[str, str] = {}
    for row in table("person_nicknames"):
        nick, full = _norm(row["nickname"]), row["name"]
        out[nick] = full
        parts = nick.split()
        if len(parts) == 2:
            out.setdefault(parts[1], full)
    return out


def merge_nicknames(ents: list[Entity]) -> list[Entity]:
    """`Jokowi` is `Joko Widodo` when the article writes both: the nickname's
    entity joins the full name's, as an alias (only persons, only a full name
    the article itself uses)."""
    table_ = nickname_table()
    by_name = {_norm(e.name): e for e in ents if e.type == "PER"}
    out: list[Entity] = []
    for e in ents:
        full = table_.get(_norm(e.name)) if e.type == "PER" else None
        target = by_name.get(_norm(full)) if full else None
        if target is None or target is e:
            out.append(e)
            continue
        for alias in [e.name, *e.aliases]:
            if alias not in target.aliases and alias != target.name:
                target.aliases.append(alias)
        target.mentions.extend(e.mentions)
        target.mentions.sort(key=lambda m: m.start)
    return out


@Language.component("warta_entities_v1", requires=["doc.ents", "doc._.acronyms"], assigns=["doc._.entities"])
def entities_component(doc: Doc) -> Doc:
    doc._.entities = find_entities(doc)
    return doc
