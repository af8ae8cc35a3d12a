"""Roles: positions the article gives people, from `data/lexicons/titles.tsv`.

Rules, in priority order (the first that fits a person mention wins):

1. `TITLE [complement] [ORG|place] [(ALIAS)] [rank|honorific] [,] PERSON`
   `Menteri Sumber Daya Alam Rusia Alexander Kozlov`,
   `Kapolsek Pasar Rebo AKP I Wayan Wijaya`, `Wali Kota (Walkot) Jaktim, Munjirin`.
2. `PERSON, title [complement] [ORG|place]` and `PERSON selaku|sebagai title ...`
   `Yang Moo-jin, presiden Universitas Studi Korea Utara`, also for a list
   of people (`A, B dan C sebagai Direktur`), and `PERSON (title ORG)`.

The role is the title with its complement as written (`Menteri Sumber Daya
Alam`); `org` the organisation or place inside or after it (`Rusia`). With a
position and a rank (`Kepala Unit ... Ajun Komisaris Roland Manurung`) the
position is the role. Offsets: the whole phrase, in Doc text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from spacy.language import Language
from spacy.tokens import Doc

from ..types import Entity, Role
from .entities import Lexicon, Word, lexicon, match_title, word_index, words

# text allowed between the pieces of a title phrase
# (scraped text breaks lines around link anchors: `kata\nKapolsek Pasar Rebo\nAKP I Wayan`)
PHRASE_GAP_RE = re.compile(r"[ \t]*\n?[ \t]*(?:,[ \t]*)?")
BROKEN_LINE_RE = re.compile(r"[^.!?:;\"”’)\s][ \t]*\n[ \t]*\S")
PAREN_RE = re.compile(r"[ \t]*\([^()\n]{1,60}\)")
APPOSITION_RE = re.compile(r"[ \t]*(?:,|\(|[ \t](?:selaku|sebagai|yang merupakan|yang juga)\b)[ \t]*")
LIST_GAP_RE = re.compile(r"[ \t]*(?:,|,?[ \t]+dan)[ \t]+")
# lower-case words that end an apposition's complement
COMPLEMENT_STOP = frozenset({
    "di", "yang", "seperti", "kita", "kami", "saya", "mereka", "dia", "ia", "tidak", "belum", "bukan", "kepada", "pada", "untuk", "itu", "ini", "dalam", "saat", "ketika", "dari", "dengan",
    "perseroan", "perusahaan", "tersebut", "mengatakan", "kata", "ujar", "menjelaskan", "menyebut", "menambahkan", "bahwa", "juga", "telah", "akan", "sudah",
})
# verb forms end a role complement (`Presiden bertemu ...`)
VERB_RE = re.compile(r"(?:me|ber|di|ter|se)\w{3,}")
MAX_COMPLEMENT = 6
MAX_LOWER = 3
MAX_BEFORE_WORDS = 14


@dataclass
class _M:
    start: int
    end: int
    type: str
    entity: Entity


def _mentions(ents: Sequence[Entity]) -> list[_M]:
    out = [_M(m.start, m.end, e.type, e) for e in ents for m in e.mentions]
    return sorted(out, key=lambda m: m.start)


def _phrase(text: str, ws: Sequence[Word], i: int, stop: int, ms: Sequence[_M], lex: Lexicon, lower_ok: bool) -> tuple[int, str | None, int] | None:
    """From a title at ws[i], walk to text offset `stop`: (role end, org, rank
    end) if only complement words, organisations, places, parentheses, ranks
    and honorifics lie in between; None otherwise."""
    k, t = match_title(ws, i, lex, allow_lower=lower_ok)
    if not k or t is None or t.kind not in ("position", "rank"):
        return None
    # `Kepala Dinas Ketahanan Pangan ...`: the title's last word opens a named organisation
    if k > 1 and any(m.start == ws[i + k - 1].start for m in ms):
        k -= 1
    role_end = ws[i + k - 1].end
    org: str | None = None
    in_role = True
    pos = role_end
    j = i + k
    n_comp = n_lower = 0
    while pos < stop:
        gap = PHRASE_GAP_RE.match(text, pos)
        if gap and gap.end() >= stop:
            return role_end, org, pos
        p = PAREN_RE.match(text, pos)
        if p and p.end() <= stop:
            pos = p.end()
            j = word_index(ws, pos)
            continue
        if gap:
            pos = gap.end()
            if "," in gap.group():
                # a comma is only allowed right before the person
                return None
        m = next((m for m in ms if m.start == pos and m.end <= stop), None)
        if m is not None:
            if m.type == "PER":
                return None
            if org is None:
                org = text[m.start : m.end]
            in_role = False
            pos = m.end
            j = word_index(ws, pos)
            continue
        if j >= len(ws) or ws[j].start != pos:
            return None
        k2, t2 = match_title(ws, j, lex)
        if k2 and t2 is not None and t2.kind in ("rank", "honorific", "academic", "position") and j >= i + k:
            in_role = False
            pos = ws[j + k2 - 1].end
            j += k2
            continue
        w = ws[j]
        # `Pengamat terorisme`, `Analis mata uang`: a few lower-case words that are not verbs
        lower_fits = in_role and n_lower < MAX_LOWER and len(w.low) > 2 and w.low not in COMPLEMENT_STOP and not VERB_RE.fullmatch(w.low)
        n_lower += not w.text[:1].isupper()
        if not (w.text[:1].isupper() or lower_ok or lower_fits) or n_comp >= MAX_COMPLEMENT:
            return None
        if lower_ok and w.low in COMPLEMENT_STOP:
            return None
        n_comp += 1
        if in_role:
            role_end = w.end
        pos = w.end
        j += 1
    return role_end, org, pos


def _before(text: str, ws: Sequence[Word], m: _M, ms: Sequence[_M], lex: Lexicon) -> tuple[int, int, str | None, int] | None:
    """Rule 1: the leftmost title phrase that runs up to the person."""
    mi = word_index(ws, m.start)
    best = None
    for i in range(max(0, mi - MAX_BEFORE_WORDS), mi):
        between = text[ws[i].end : m.start]
        if any(c in between for c in ".!?“”\"") or between.count("\n") > len(BROKEN_LINE_RE.findall(text, ws[i].start, m.start + 1)):
            continue
        lower_ok = not ws[i].text[:1].isupper()
        got = _phrase(text, ws, i, m.start, ms, lex, lower_ok=lower_ok)
        if got is not None:
            best = (ws[i].start, got[0], got[1], m.end)
            break
    return best


def _after(text: str, ws: Sequence[Word], m: _M, ms: Sequence[_M], lex: Lexicon) -> tuple[int, int, str | None, int] | None:
    """Rule 2: an apposition or `selaku`/`sebagai` after the person (or list)."""
    pos = m.end
    # skip over the rest of a list of people: `A, B dan C sebagai ...`
    while True:
        g = LIST_GAP_RE.match(text, pos)
        nxt = next((x for x in ms if g and x.start == g.end() and x.type == "PER"), None)
        if nxt is None:
            break
        pos = nxt.end
    a = APPOSITION_RE.match(text, pos)
    if not a:
        return None
    i = word_index(ws, a.end())
    if i >= len(ws) or ws[i].start != a.end():
        return None
    k, t = match_title(ws, i, lex, allow_lower=True)
    if not k or t is None or t.kind not in ("position", "rank"):
        return None
    role_end = ws[i + k - 1].end
    org = None
    span_end = role_end
    j = i + k
    n_comp = 0
    while j < len(ws) and n_comp < MAX_COMPLEMENT:
        gap = text[ws[j - 1].end : ws[j].start]
        if gap.strip():
            break
        mm = next((x for x in ms if x.start == ws[j].start), None)
        if mm is not None:
            if mm.type in ("ORG", "LOC"):
                org = text[mm.start : mm.end]
                span_end = mm.end
            break
        w = ws[j]
        if w.text[:1].isupper():
            # a capitalised name the entity rules left untyped: the organisation
            e = j
            while e + 1 < len(ws) and ws[e + 1].text[:1].isupper() and not text[ws[e].end : ws[e + 1].start].strip():
                e += 1
            org = text[ws[j].start : ws[e].end]
            span_end = ws[e].end
            break
        if w.low in COMPLEMENT_STOP or w.low not in lex.common or VERB_RE.fullmatch(w.low):
            break
        if w.low == "dan" and not (j + 1 < len(ws) and match_title(ws, j + 1, lex, allow_lower=True)[0]):
            break  # `penulis dan pelatih ...`, not `CEO dan tamu lain`
        role_end = span_end = w.end
        n_comp += 1
        j += 1
    return ws[i].start, role_end, org, span_end


def find_roles(doc: Doc) -> list[Role]:
    ents = list(doc._.entities or ())
    return roles_from(doc.text, ents)


def roles_from(text: str, ents: Sequence[Entity], lex: Lexicon | None = None) -> list[Role]:
    lex = lex or lexicon()
    ws = words(text, lex)
    ms = _mentions(ents)
    out: list[Role] = []
    seen: set[tuple[str, str]] = set()
    for m in ms:
        if m.type != "PER":
            continue
        for rule in (_before, _after):
            got = rule(text, ws, m, ms, lex)
            if got is None:
                continue
            start, role_end, org, span_end = got
            role = " ".join(text[start:role_end].split())
            key = (m.entity.id, role.lower())
            if key not in seen:
                seen.add(key)
                s, e = min(start, m.start), max(span_end, m.end)
                out.append(Role(person=m.entity.name, role=role, org=org, entity=m.entity.id, start=s, end=e))
            break
    return out


@Language.component("warta_roles_v1", requires=["doc._.entities"], assigns=["doc._.roles"])
def roles_component(doc: Doc) -> Doc:
    doc._.roles = find_roles(doc)
    return doc
