"""Sources and channels: `Dilansir dari ...`, `kata laporan KCNA`, `kepada AFP`.

Rules (ordered; `data/lexicons/channel_phrases.tsv` lists the phrases, their
relation and on which side the source name stands; `news_agencies.tsv` the
agencies, outlets and media with their aliases):

1. phrase + name   `dilansir dari Channel News Asia`, `seperti dikutip oleh
                   kantor berita Rusia`, `mengutip Reuters`, `sumber: Antara`,
                   `kata laporan KCNA`, `kepada AFP`, `kepada wartawan`;
2. name + verb     `media pemerintah KCNA melaporkan`, `kantor berita Jepang
                   Kyodo ... melaporkan`;
3. speakers        a quote whose speaker is a known agency or outlet
                   (`..., kata KCNA`) is reported_by it.

Each source lists the quotes it belongs to (the quote's attribution sentence
contains it) and each of those quotes gets the source's name in `via`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ..lexicons import ordered_list, table
from ..types import Quote, Source

NAME_AFTER_RE = re.compile(
    r"(?:[A-Z][\w'’&.-]*|[a-z]+[A-Z][\w.]*)(?:[ \t]+(?:[A-Z][\w'’&.-]*|of|the|de|van))*(?:\.com|\.co\.id|\.id)?"
)
GROUP_AFTER_RE = re.compile(r"(?:para\s+)?(?:wartawan|jurnalis|awak\s+media|media|pers|reporter)\b")
GENERIC_OUTLET_RE = re.compile(r"(?:kantor\s+berita|media|stasiun\s+televisi|televisi|harian|surat\s+kabar|situs|laman|akun|kanal)(?:\s+[a-z]+){0,2}\s+")
SENT_END_RE = re.compile(r"[.!?](?=\s|$)|\n\n")
VERB_AFTER_NAME_RE = re.compile(r"(?:[ \t]+[\w-]+){0,6}?[ \t]+(?:melaporkan|memberitakan|mengabarkan|menyiarkan)\b")
GLUED_RE = re.compile(r"(?<=[a-z])(?=[A-Z])")



@lru_cache(maxsize=1)
def reporting_near_re() -> re.Pattern:
    """Any reporting word (`quote_cues.txt` with or without `-nya`, and
    `reporting_verbs.txt`) with its suffixes: a channel phrase near one of
    them belongs to a statement."""
    words = sorted(set(ordered_list("quote_cues")) | set(ordered_list("reporting_verbs")) | {"bicara", "berbicara", "berkata"}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\w*\b")

@dataclass(frozen=True)
class _Rules:
    phrases: tuple[tuple[re.Pattern, str, str], ...]  # (regex, relation, position)
    agency_re: re.Pattern
    agencies: dict[str, tuple[str, str]]  # lower form -> (name, kind)


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def agency_forms() -> tuple[tuple[str, str, str], ...]:
    """(form, canonical name, kind) for every name and alias of
    `news_agencies.tsv`, as written there."""
    return tuple((form, row["name"], row["kind"]) for row in table("news_agencies")
                 for form in [row["name"], *(a for a in (row.get("aliases") or "").split("|") if a)])


@lru_cache(maxsize=1)
def rules() -> _Rules:
    agencies = {form.lower(): (name, kind) for form, name, kind in agency_forms()}
    phrases = []
    for row in table("channel_phrases"):
        phrase = row["phrase"].strip()
        if not phrase or phrase.startswith("#"):
            continue
        # `dilansir dariThe Guardian` (scraped text glues words): no space needed before a capital
        rx = re.compile(rf"(?<![\w])(?P<phrase>{re.escape(phrase)})(?:\s+|(?=[A-Z]))", re.I)
        phrases.append((rx, row["relation"], row.get("position") or "after"))
    return _Rules(
        phrases=tuple(phrases),
        agency_re=re.compile(rf"(?<![\w])(?P<a>{_alt(agencies)})(?:(?<=detik)\w*)?(?![\w])", re.I),
        agencies=agencies,
    )


def _name_at(text: str, pos: int, r: _Rules) -> tuple[str, str, int, int] | None:
    """(name, kind, start, end) of the source named at `pos`."""
    gm = GENERIC_OUTLET_RE.match(text, pos)
    look = gm.end() if gm else pos
    am = r.agency_re.match(text, look)
    if am and (text[am.start()].isupper() or am.group().lower().startswith("detik")):
        name, kind = r.agencies[am.group("a").lower()]
        return name, kind, am.start(), am.end()
    nm = NAME_AFTER_RE.match(text, look)
    if gm and nm:  # `kantor berita Rusia`: not a known agency, keep the description
        span = text[pos: nm.end()].rstrip(".")
        return span, "media", pos, pos + len(span)
    if nm and len(nm.group().split()) <= 6:
        name = nm.group().rstrip(".")
        return name, "media", nm.start(), nm.start() + len(name)
    if gm:  # `kantor berita Rusia`: the generic phrase is the source
        end = gm.end()
        nm = re.match(r"[A-Z][\w-]*", text[end:])
        if nm:
            end += nm.end()
        span = text[pos:end].strip()
        return span, "media", pos, pos + len(span)
    return None


def _attribution_stretch(text: str, q: Quote) -> tuple[int, int]:
    """Where a quote's channel can stand: from the quote (for reported speech,
    from the start of its sentence) to the end of its attribution sentence."""
    a = min(q.content.start, q.cue.start if q.cue else q.content.start)
    b = max(q.content.end, q.cue.end if q.cue else q.content.end)
    if q.speaker and q.speaker.mention:
        a, b = min(a, q.speaker.mention.start), max(b, q.speaker.mention.end)
    m = SENT_END_RE.search(text, b, min(len(text), b + 250))
    b = m.start() if m else min(len(text), b + 250)
    if q.kind != "direct":  # the sentence around the start of the attribution
        a = max(text.rfind(". ", 0, a) + 2, text.rfind("\n", 0, a) + 1, 0)
    return a, b


def find_sources(doc: Doc, quotes: list[Quote] | None = None) -> list[Source]:
    text = doc.text
    quotes = list(doc._.quotes if quotes is None else quotes)
    r = rules()
    skip = list(doc._.skip or ())
    found: list[Source] = []
    taken: list[tuple[int, int]] = []

    def add(name, kind, relation, a, b):
        if any(x <= a < y for x, y in skip) or any(x < b and a < y for x, y in taken):
            return
        taken.append((a, b))
        found.append(Source(name=name, kind=kind, relation=relation, start=a, end=b))

    # rule 1: phrase + name (phrases are ordered longest/most specific first)
    for rx, relation, position in r.phrases:
        if position != "after":
            continue
        for m in rx.finditer(text):
            if any(x <= m.start() < y for x, y in taken):
                continue
            pos = m.end()
            if relation == "told_to":
                near = text[max(0, m.start() - 80): m.start()]
                if not reporting_near_re().search(near) and not m.group("phrase").lower().startswith(("ketika", "saat", "dalam")):
                    continue
                gm = GROUP_AFTER_RE.match(text, pos)
                if gm:
                    add(gm.group(), "group", relation, gm.start(), gm.end())
                    continue
                am = r.agency_re.match(text, pos)
                if not am or not (text[am.start()].isupper() or am.group().lower().startswith("detik")):
                    continue
            got = _name_at(text, pos, r)
            if got:
                add(got[0], got[1], relation, got[2], got[3])
    # rule 2: name + reporting verb (`media pemerintah KCNA melaporkan`)
    for am in r.agency_re.finditer(text):
        if not text[am.start()].isupper():
            continue
        if VERB_AFTER_NAME_RE.match(text, am.end()):
            name, kind = r.agencies[am.group("a").lower()]
            add(name, kind, "reported_by", am.start(), am.end())
    # rule 3: quote speakers that are agencies or outlets
    for q in quotes:
        sp = q.speaker
        if sp and sp.mention and sp.name.lower() in r.agencies:
            name, kind = r.agencies[sp.name.lower()]
            add(name, kind, "reported_by", sp.mention.start, sp.mention.end)
    found.sort(key=lambda s: s.start)
    # link sources to quotes: the quote's attribution stretch holds the source
    stretches = [_attribution_stretch(text, q) for q in quotes]
    for si, src in enumerate(found):
        idx = [qi for qi, (a, b) in enumerate(stretches) if a <= src.start < b]
        found[si] = src.model_copy(update={"quotes": idx})
    return found


def attach_via(quotes: list[Quote], sources: list[Source]) -> list[Quote]:
    """Copies of `quotes` with `via` listing their non-group sources."""
    via: dict[int, list[str]] = {}
    for src in sources:
        if src.kind == "group":
            continue
        for qi in src.quotes:
            names = via.setdefault(qi, [])
            if src.name not in names:
                names.append(src.name)
    return [q.model_copy(update={"via": via.get(i, [])}) if i in via else q for i, q in enumerate(quotes)]


@Language.component("warta_sources_v1", requires=["doc._.quotes"], assigns=["doc._.sources"])
def sources_component(doc: Doc) -> Doc:
    sources = find_sources(doc)
    doc._.sources = sources
    doc._.quotes = attach_via(list(doc._.quotes), sources)
    return doc
