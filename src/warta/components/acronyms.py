"""Acronym definitions the article gives: `Korea Utara (Korut)`,
`BPOM (Badan ...)`, `DPRK adalah singkatan dari ...`, `selanjutnya disebut`.

`find_acronyms(doc)` runs an ordered rule list (`ACRONYM_RULES`, priority =
position; a definition overlapping an earlier one is dropped):

    long_paren_short   Badan Pengawas Obat dan Makanan (BPOM), Korea Utara (Korut)
    short_paren_long   BPOM (Badan Pengawas Obat dan Makanan)
    cue rules          from data/lexicons/acronym_cues.tsv, e.g.
                       DPRK adalah singkatan dari ..., WPK adalah Partai Pekerja Korea,
                       ... (selanjutnya disebut UU Ormas), PT ... Tbk atau SMIL

Where the long form starts is decided by spelling the acronym through the
words before it (`_align`): the first letter must open the first word, every
content word (not `dan`, `of`, `PT`, `Tbk`, ...) must give at least one
letter, and for upper-case acronyms (BPOM, RUPST) every content word must give
its initial. So `Pemimpin Korea Utara (Korut)` yields `Korea Utara` (syllables
Kor+ut), `Kepala Dinas Ketahanan Pangan, Kelautan, dan Perikanan (KPKP)`
yields `Ketahanan Pangan, Kelautan, dan Perikanan`.

`lexicon_expansions(doc)` is separate: acronyms the article uses but does not
define, expanded from the hand-written `data/lexicons/acronyms_id.tsv`
(origin "lexicon"); the component stores them in `doc._.acronyms_lexicon`,
never mixed with the in-text definitions in `doc._.acronyms`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable

from spacy.language import Language
from spacy.tokens import Doc

from ..lexicons import table, word_list
from ..types import Acronym

# --------------------------------------------------------------------------
# lexicons (read-only)
# --------------------------------------------------------------------------

FUNCTION_WORDS: frozenset[str] = frozenset(w.lower() for w in word_list("acronym_function_words"))
COMPANY_PREFIXES: frozenset[str] = frozenset(r["word"] for r in table("company_affixes") if r["position"] == "prefix")
COMPANY_SUFFIXES: frozenset[str] = frozenset(
    r["word"].strip("().") for r in table("company_affixes") if r["position"] == "suffix"
)
KNOWN_ACRONYMS: dict[str, str] = {r["short"]: r["long"] for r in table("acronyms_id")}
# every known expansion of each acronym (the main one first), for known-answer rules
KNOWN_EXPANSIONS: dict[str, tuple[str, ...]] = {
    r["short"]: (r["long"], *(a.strip() for a in (r.get("also") or "").split(";") if a.strip()))
    for r in table("acronyms_id")
}


@dataclass(frozen=True)
class Cue:
    phrase: str
    order: str  # short_long | long_short
    strength: str  # strong | loose | strict


CUES: tuple[Cue, ...] = tuple(
    Cue(r["cue"].strip(), r["order"].strip(), r["strength"].strip()) for r in table("acronym_cues")
)

# --------------------------------------------------------------------------
# regexes (named, compiled once)
# --------------------------------------------------------------------------

_SHORT = r"[A-Za-z][A-Za-z0-9&\-]{0,13}[A-Za-z0-9]"
# Korea Utara (Korut)
PAREN_SHORT_RE = re.compile(rf"\(\s*(?P<short>{_SHORT})\s*\)")
# BPOM (Badan Pengawas Obat dan Makanan)
SHORT_PAREN_LONG_RE = re.compile(rf"(?<![\w\-])(?P<short>{_SHORT})\s*\(\s*(?P<long>[^()]{{3,160}}?)\s*\)")
# a word inside a long form: letters/digits, hyphens and apostrophes inside
WORD_RE = re.compile(r"\w(?:[\w'’&\-]*\w)?")
# what ends the stretch of text a long form can come from
CLAUSE_BOUNDARY_RE = re.compile(r"[.;:!?()\[\]\"“”\n]")
# where a long form given after a strong cue ends
LONG_END_RE = re.compile(r"[.;!?\n()]|,\s*(?:sedangkan|dan|yang|namun|tetapi|serta)\b|\s(?:sedangkan|yang)\s")
# where a loose long form ("WPK adalah Partai Pekerja Korea, satu-satunya ...") ends
RUN_END_RE = re.compile(r"[,.;:!?()\n]")
# what ends the stretch before a long-first cue (brackets allowed: "... (selanjutnya disebut")
SENTENCE_BOUNDARY_RE = re.compile(r"[.;:!?\[\]\"“”\n]")
_SPACES_RE = re.compile(r"\s+")
QUOTED_RE = re.compile(r"[\"“'‘](?P<q>[^\"”'’\n]{2,120})[\"”'’]")
# short form after a long_short cue: one or two tokens (UU Ormas, MBK)
_SHORT_PHRASE = rf"(?P<short>{_SHORT}(?:\s+[A-Z][A-Za-z0-9\-]{{1,14}})?)(?![\w\-])"


def _cue_alternation(order: str) -> str:
    """The cues of one order as one alternation, longest first (a longer cue
    wins over its tail: "adalah singkatan dari" over "adalah")."""
    phrases = sorted({c.phrase for c in CUES if c.order == order}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in phrases)


# DPRK adalah singkatan dari ... | WPK adalah Partai Pekerja Korea
CUE_SHORT_LONG_RE = re.compile(
    rf"(?<![\w\-])(?P<short>{_SHORT})\s+(?P<cue>{_cue_alternation('short_long')})\s+(?=(?P<rest>[^\n]{{2,240}}))"
)
# ... (selanjutnya disebut UU Ormas) | PT Sarana Mitra Luas Tbk atau SMIL
CUE_LONG_SHORT_RE = re.compile(rf"(?<![\w\-])(?P<cue>{_cue_alternation('long_short')})\s+{_SHORT_PHRASE}")
CUE_BY_PHRASE: dict[tuple[str, str], Cue] = {(c.order, c.phrase.lower()): c for c in CUES}

_MAX_EXTRA_WORDS = 5  # a long form has at most len(short) + 5 words (Schwartz & Hearst)
_MAX_WORDS = 14
_CUE_BACK_CHARS = 200

# --------------------------------------------------------------------------
# spelling an acronym through words
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Word:
    text: str
    start: int
    end: int

    @property
    def content(self) -> bool:
        return self.text.lower() not in FUNCTION_WORDS and self.text not in COMPANY_PREFIXES and self.text not in COMPANY_SUFFIXES


def _words(text: str, start: int, end: int) -> list[_Word]:
    return [_Word(m.group(), m.start(), m.end()) for m in WORD_RE.finditer(text, start, end)]


def _letters(short: str) -> str:
    return "".join(ch for ch in short.lower() if ch.isalnum())


def is_upper_acronym(short: str) -> bool:
    """BPOM, RUPST, DPRK, UU Ormas: at least two capitals, at least half the letters."""
    letters = [c for c in short if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    return upper >= 2 and upper * 2 >= len(letters)


def _align(short: str, words: tuple[str, ...], content: tuple[bool, ...], strict: bool) -> int | None:
    """Spell `short` (lower-case letters) through `words`; the number of
    word-initial letters used by the best spelling, or None if none exists.

    The first letter opens the first word; every content word gives at least
    one letter (with `strict`, its initial); letters come in order."""
    seq: list[tuple[str, int, bool]] = []  # (char, word index, word-initial)
    for wi, w in enumerate(words):
        initial = True
        for ch in w.lower():
            if ch.isalnum():
                seq.append((ch, wi, initial))
                initial = False
            else:
                initial = True  # Undang-Undang: both parts open a sub-word
    if not short or not seq or seq[0][0] != short[0] or not content[0]:
        return None
    n_words = len(words)

    def gap_ok(w_from: int, w_to: int) -> bool:  # words strictly between get nothing
        return not any(content[w] for w in range(w_from + 1, w_to))

    @lru_cache(maxsize=None)
    def best(i: int, p: int) -> int | None:
        wp = seq[p][1]
        if i == len(short):
            return 0 if gap_ok(wp, n_words) else None
        out: int | None = None
        for q in range(p + 1, len(seq)):
            ch, wq, init = seq[q]
            if wq > wp + 1 and not gap_ok(wp, wq):
                break  # a content word would be skipped
            if ch != short[i]:
                continue
            if strict and wq != wp and content[wq] and not init:
                continue  # an upper-case acronym takes each content word's initial
            rest = best(i + 1, q)
            if rest is not None:
                score = rest + int(init)
                out = score if out is None else max(out, score)
        return out

    tail = best(1, 0)
    return None if tail is None else tail + 1


def spells(short: str, long: str) -> bool:
    """Whether `short` can be read as an abbreviation of `long`: its letters
    spelt, in order, through the words of `long` (`Korut` / `Korea Utara`,
    `BPOM` / `Badan Pengawas Obat dan Makanan`)."""
    words = _words(long, 0, len(long))
    if not words or not _letters(short):
        return False
    content = tuple(w.content for w in words)
    if not any(content):
        return False
    return _align(_letters(short), tuple(w.text for w in words), content, is_upper_acronym(short)) is not None


def _valid(short: str, words: list[_Word], strict: bool) -> int | None:
    if sum(w.content for w in words) < 2:
        return None  # a long form has two content words or more ("Bird Tbk (BIRD)" is a ticker)
    return _align(_letters(short), tuple(w.text for w in words), tuple(w.content for w in words), strict)


def _long_before(text: str, short: str, end: int, strict: bool, lo: int | None = None) -> tuple[int, int] | None:
    """The long form ending at `end` that spells `short`: the longest valid
    stretch of words within the clause, or None."""
    lo = max(lo if lo is not None else 0, end - _CUE_BACK_CHARS)
    bounds = [m.end() for m in CLAUSE_BOUNDARY_RE.finditer(text, lo, end)]
    lo = bounds[-1] if bounds else lo
    words = _words(text, lo, end)
    max_words = min(_MAX_WORDS, len(_letters(short)) + _MAX_EXTRA_WORDS)
    words = words[-max_words:]
    while words and not words[-1].content and words[-1].text not in COMPANY_SUFFIXES:
        words.pop()
    best: tuple[float, int, int] | None = None  # (share of content words spelt by their initial, length, i)
    upper = is_upper_acronym(short)
    for i in range(len(words)):
        if not upper and is_upper_acronym(words[i].text):
            continue  # "MPR RI Lestari Moerdijat (Rerie)": a syllabic acronym's long form opens with a word
        if not upper and short[:1].isupper() and not words[i].text[:1].isupper():
            continue  # "... kepada pemerintah pusat di Batavia (Jakarta)": Korut's long form is capitalised too
        score = _valid(short, words[i:], strict)
        if score is None:
            continue
        key = (score / sum(w.content for w in words[i:]), len(words) - i, i)
        best = key if best is None or key > best else best
    if best is None:
        return None
    i = best[2]
    return _with_company_prefix(text, words[i].start, lo), words[-1].end


def _with_company_prefix(text: str, start: int, lo: int) -> int:
    before = _words(text, lo, start)
    if before and before[-1].text.rstrip(".") in {p.rstrip(".") for p in COMPANY_PREFIXES}:
        return before[-1].start
    return start


def _initials_overlap(short: str, words: list[_Word]) -> int:
    letters = list(_letters(short))
    hits = 0
    for w in words:
        if not w.content:
            continue
        c = w.text[0].lower()
        if c in letters:
            letters.remove(c)
            hits += 1
    return hits


def _capitalised_runs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Runs of capitalised words (function words allowed inside)."""
    runs: list[tuple[int, int]] = []
    cur: list[_Word] = []
    for w in _words(text, start, end) + [_Word("", end, end)]:
        if w.text[:1].isupper():
            cur.append(w)
            continue
        if w.text and w.text.lower() in FUNCTION_WORDS and cur:
            cur.append(w)
            continue
        while cur and not cur[-1].text[:1].isupper():
            cur.pop()
        if cur:
            runs.append((cur[0].start, cur[-1].end))
        cur = []
    return runs


# --------------------------------------------------------------------------
# rules
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Def:
    short: tuple[int, int]
    long: tuple[int, int]
    start: int
    end: int


def _short_ok(short: str) -> bool:
    letters = _letters(short)
    if len(letters) < 2 or letters.isdigit() or not short[0].isalpha():
        return False
    return is_upper_acronym(short) or len(letters) >= 3


def _squash(s: str) -> str:
    return _SPACES_RE.sub(" ", s).strip().lower()


def _rule_known_paren(text: str) -> Iterable[_Def]:
    """A curated answer overrides the heuristics: `Organisasi Kesehatan Dunia
    (WHO)` / `WHO (Organisasi Kesehatan Dunia)` with an expansion from the
    lexicon, even where the letters do not spell it."""
    for m in PAREN_SHORT_RE.finditer(text):
        short = m.group("short")
        for long in KNOWN_EXPANSIONS.get(short, ()):
            n = len(long)
            lo = max(0, m.start() - n - 40)
            before = text[lo : m.start()].rstrip()
            # compare with whitespace squashed, from the end of the text before the bracket
            words = _words(text, lo, len(before) + lo)
            want = _squash(long)
            for i in range(len(words) - 1, -1, -1):
                cand = text[words[i].start : words[-1].end]
                if len(cand) > n + 20:
                    break
                if _squash(cand) == want:
                    yield _Def(m.span("short"), (words[i].start, words[-1].end), words[i].start, m.end())
                    break
            else:
                continue
            break
    for m in SHORT_PAREN_LONG_RE.finditer(text):
        inside = _squash(m.group("long"))
        if inside in {_squash(x) for x in KNOWN_EXPANSIONS.get(m.group("short"), ())}:
            yield _Def(m.span("short"), m.span("long"), m.start(), m.end())


def _rule_long_paren_short(text: str) -> Iterable[_Def]:
    for m in PAREN_SHORT_RE.finditer(text):
        short = m.group("short")
        if not _short_ok(short):
            continue
        span = _long_before(text, short, m.start(), strict=is_upper_acronym(short))
        if span:
            yield _Def(m.span("short"), span, span[0], m.end())


def _rule_short_paren_long(text: str) -> Iterable[_Def]:
    for m in SHORT_PAREN_LONG_RE.finditer(text):
        short = m.group("short")
        if not _short_ok(short):
            continue
        words = _words(text, m.start("long"), m.end("long"))
        if len(words) < 2 or _valid(short, words, strict=is_upper_acronym(short)) is None:
            continue
        yield _Def(m.span("short"), (words[0].start, words[-1].end), m.start(), m.end())


def _best_candidate(text: str, short: str, cands: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Among candidate long forms (in text order): one that spells the
    acronym, else the one sharing most initials with it."""
    scored = []
    for i, (s, e) in enumerate(cands):
        words = _words(text, s, e)
        if not words:
            continue
        spells = _valid(short, words, strict=False) is not None
        scored.append((spells, _initials_overlap(short, words), -i, (words[0].start, words[-1].end)))
    if not scored:
        return None
    spells, overlap, _, span = max(scored)
    return span if spells or overlap > 0 else None


def _strong_long_after(text: str, short: str, start: int, end: int) -> tuple[int, int] | None:
    stop = LONG_END_RE.search(text, start, end)
    end = stop.start() if stop else end
    cands: list[tuple[int, int]] = []
    for q in QUOTED_RE.finditer(text, start, end):
        cands.append(q.span("q"))
    seg_start = start
    for seg_end in [i for i, ch in enumerate(text[start:end]) if ch == ","] + [end - start]:
        s, e = seg_start, start + seg_end
        cands.extend(_capitalised_runs(text, s, e))
        cands.append((s, e))
        seg_start = e + 1
    return _best_candidate(text, short, cands)


def _loose_long_after(text: str, short: str, start: int, end: int) -> tuple[int, int] | None:
    """`WPK adalah Partai Pekerja Korea`: the capitalised run right after the
    cue, accepted when it spells the acronym or shares most of its initials."""
    runs = _capitalised_runs(text, start, end)
    if not runs or runs[0][0] != start:
        return None
    stop = RUN_END_RE.search(text[start : runs[0][1]])
    run_end = start + stop.start() if stop else runs[0][1]
    words = _words(text, start, run_end)
    while words and not words[-1].content:
        words.pop()
    if len(words) < 2:
        return None
    for j in range(len(words), 1, -1):  # longest prefix that spells it
        if _valid(short, words[:j], strict=False) is not None:
            return words[0].start, words[j - 1].end
    need = max(2, -(-2 * len(_letters(short)) // 3))
    if _initials_overlap(short, words) >= need:
        return words[0].start, words[-1].end
    return None


def _strict_long_after(text: str, short: str, start: int, end: int) -> tuple[int, int] | None:
    bound = CLAUSE_BOUNDARY_RE.search(text, start, end)
    words = _words(text, start, bound.start() if bound else end)[: len(_letters(short)) + _MAX_EXTRA_WORDS]
    for j in range(len(words), 1, -1):
        if words[j - 1].content and _valid(short, words[:j], strict=True) is not None:
            return words[0].start, words[j - 1].end
    return None


def _strong_long_before(text: str, short: str, end: int) -> tuple[int, int] | None:
    """`Undang-Undang ... tentang Organisasi Kemasyarakatan (selanjutnya disebut
    UU Ormas)`: the longest stretch in the clause whose first word is
    capitalised and opens with the acronym's first letter and whose letters
    contain the acronym's in order."""
    lo = max(0, end - _CUE_BACK_CHARS)
    bounds = [m.end() for m in SENTENCE_BOUNDARY_RE.finditer(text[lo:end])]
    lo = lo + bounds[-1] if bounds else lo
    # the cue may sit in brackets: "... Kemasyarakatan (selanjutnya disebut UU Ormas)"
    words = _words(text, lo, end)[-_MAX_WORDS:]
    letters = _letters(short)
    for i, w in enumerate(words):
        if not w.text[:1].isupper() or w.text[0].lower() != letters[0]:
            continue
        hay = text[w.start : words[-1].end].lower()
        pos = 0
        for ch in letters:
            pos = hay.find(ch, pos)
            if pos < 0:
                break
            pos += 1
        else:
            return _with_company_prefix(text, w.start, lo), words[-1].end
    return None


def _cue(order: str, m: re.Match) -> Cue:
    return CUE_BY_PHRASE[(order, _SPACES_RE.sub(" ", m.group("cue").lower()))]


def _rule_cue_short_long(text: str) -> Iterable[_Def]:
    for m in CUE_SHORT_LONG_RE.finditer(text):
        cue, short = _cue("short_long", m), m.group("short")
        if cue.strength != "strong" and not (is_upper_acronym(short) and _short_ok(short)):
            continue
        s, e = m.start("rest"), m.end("rest")
        if cue.strength == "strong":
            span = _strong_long_after(text, short, s, e)
        elif cue.strength == "loose":
            span = _loose_long_after(text, short, s, e)
        else:
            span = _strict_long_after(text, short, s, e)
        if span:
            yield _Def(m.span("short"), span, m.start(), span[1])


def _rule_cue_long_short(text: str) -> Iterable[_Def]:
    for m in CUE_LONG_SHORT_RE.finditer(text):
        cue, short = _cue("long_short", m), m.group("short")
        if cue.strength != "strong" and not (is_upper_acronym(short) and _short_ok(short)):
            continue
        # the cue may sit in brackets: "... Kemasyarakatan (selanjutnya disebut UU Ormas)"
        end = len(text[: m.start()].rstrip(" (\t,"))
        if cue.strength == "strong":
            span = _strong_long_before(text, short, end)
        else:
            span = _long_before(text, short, end, strict=True)
        if span:
            yield _Def(m.span("short"), span, span[0], m.end())


ACRONYM_RULES: tuple[Callable[[str], Iterable[_Def]], ...] = (
    _rule_known_paren,
    _rule_long_paren_short,
    _rule_short_paren_long,
    _rule_cue_short_long,
    _rule_cue_long_short,
)


def find_acronym_defs(text: str) -> list[Acronym]:
    """In-text acronym definitions in a plain string, offsets into it."""
    taken: list[tuple[int, int]] = []
    out: list[Acronym] = []
    for rule in ACRONYM_RULES:
        for d in rule(text):
            if d.end <= d.start or any(d.start < e and s < d.end for s, e in taken):
                continue
            short = text[d.short[0] : d.short[1]]
            long = text[d.long[0] : d.long[1]]
            if len(long) <= len(short) or short.lower() in {w.lower() for w in WORD_RE.findall(long)}:
                continue  # "tepi sungai (sempadan sungai)" is a gloss, not an acronym
            taken.append((d.start, d.end))
            out.append(Acronym(short=short, long=long, start=d.start, end=d.end, origin="text"))
    out.sort(key=lambda a: a.start)
    return out


def find_acronyms(doc: Doc) -> list[Acronym]:
    """In-text acronym definitions, offsets into the Doc text."""
    return find_acronym_defs(doc.text)


# --------------------------------------------------------------------------
# known acronyms from the lexicon (kept apart from in-text definitions)
# --------------------------------------------------------------------------

KNOWN_ACRONYM_RE = re.compile(
    r"(?<![\w\-])(?P<short>" + "|".join(re.escape(s) for s in sorted(KNOWN_ACRONYMS, key=len, reverse=True)) + r")(?![\w])"
)


def lexicon_expansions(doc: Doc | str, defined: Iterable[Acronym] | None = None) -> list[Acronym]:
    """Acronyms used in the text that the lexicon expands, first use of each,
    skipping those the article defines itself (origin "lexicon"). `defined`:
    the in-text definitions when already found (else they are looked up)."""
    text = doc if isinstance(doc, str) else doc.text
    if defined is None:
        defined = find_acronym_defs(text)
    skip = {a.short.lower() for a in defined}
    seen: set[str] = set()
    out: list[Acronym] = []
    for m in KNOWN_ACRONYM_RE.finditer(text):
        short = m.group("short")
        if short in seen or short.lower() in skip:
            continue
        seen.add(short)
        out.append(Acronym(short=short, long=KNOWN_ACRONYMS[short], start=m.start(), end=m.end(), origin="lexicon"))
    return out


@Language.component("warta_acronyms_v1", assigns=["doc._.acronyms", "doc._.acronyms_lexicon"])
def acronyms_component(doc: Doc) -> Doc:
    defined = find_acronyms(doc)
    doc._.acronyms = defined
    doc._.acronyms_lexicon = lexicon_expansions(doc, defined)
    return doc
