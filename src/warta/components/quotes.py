"""Quotes, direct and indirect, with speakers and cues.

Stages (each a small function, run in this order by `find_quotes`):

1. `direct_spans`      pair quotation marks (`“…”`, `"…"`, and the stray `”`
                       Kompas uses as an opening mark) paragraph by paragraph,
                       joining a quote that reopens in the next paragraph;
2. `attribute_direct`  read the cue after the closing mark (`,” kata X`,
                       `” ujarnya`) or before the opening one (`X mengatakan:
                       “…”`), and join the halves around a cue (`“A,” kata X,
                       “B”`);
3. `indirect_in`       ordered sentence rules for reported speech (`Menurut
                       X, …`, `…, kata X`, `X mengatakan (bahwa) …`,
                       `peringatan dari X bahwa …`); the first rule that
                       matches a sentence wins;
4. `resolve`           walk the statements in text order: names become the
                       fullest form seen in the article (and are linked to
                       `doc._.entities`), pronouns and clitics (`katanya`,
                       `dia`, `menurutnya`) become the current speaker, quotes
                       with no cue at all (floating) are given to the current
                       speaker with a lower confidence.

All offsets are offsets into `doc.text` (the cleaned body). Lexicons are data
files in `warta/data/lexicons/` (quote_cues, reporting_verbs,
quote_passive_cues, speech_nouns, pronouns, speaker_groups, quote_titles).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ..lexicons import ordered_list, table, word_list
from ..types import Entity, Quote, Span, Speaker
from .entities import is_ordinary
from .entities import lexicon as entity_lexicon
from .sources import agency_forms

# --------------------------------------------------------------------------
# regexes that do not depend on lexicons
OPEN_MARKS = "“"
CLOSE_MARKS = "”"
STRAIGHT = '"'
QUOTE_MARK_RE = re.compile(r'["“”]')
PAREN_RE = re.compile(r"\([^()\n]{0,60}\)")
WORD_RE = re.compile(r"\w[\w'’.-]*\w|\w")
CAP_WORD_RE = re.compile(r"^[A-Z][\w'’.-]*$|^[A-Z]$")
NAME_RUN_RE = re.compile(
    r"(?<![\w.])(?:(?:[A-Z]|Dr|Ir|Drs|Prof|Hj|KH|St|Jr|Sr|Mr|Mrs|Ms)\.|[A-Z][\w'’-]*|(?:bin|binti|van|von|de|da|al|el)(?=[ \t]+[A-Z]))"
    r"(?:[ \t]+(?:(?:[A-Z]|Dr|Ir|Drs|Prof|Hj|KH|St|Jr|Sr|Mr|Mrs|Ms)\.|[A-Z][\w'’-]*|(?:bin|binti|van|von|de|der|da|al|el)(?=[ \t]+[A-Z])))*"
)
ACRONYM_RE = re.compile(r"^[A-Z0-9]{2,}$|^[IVX]+$")
TRAIL_PUNCT_RE = re.compile(r"[\s,.;:!?…]+$")
LEAD_PUNCT_RE = re.compile(r"^[\s,;:—–-]+")
# words that end a speaker phrase after the cue (`kata X dalam ...`)
SPEAKER_STOP_RE = re.compile(
    r"\s(?:dalam|saat|ketika|kepada|usai|seusai|melalui|seperti|sebagaimana|dilansir|dikutip|mengutip|pada|di|ke|sambil|"
    r"sebelum|setelah|sesuai|yang|kemarin|dari|lewat|via|menanggapi|mengenai|terkait|soal|tentang|"
    r"kala|tatkala|selepas|seraya|dengan|ditemui|dihubungi|diwawancarai|menjawab|menjelang|"
    r"Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)\b"
)
BOUNDARY_RE = re.compile(
    r"(?:^|[,;:]\s*|\s)(?:tetapi|tapi|namun|sedangkan|sementara|sementara itu|lalu|kemudian|sehingga|karena|Namun|Tetapi|Sementara itu|Sedangkan|Lalu|Kemudian|Bahkan|Selain itu|Lebih lanjut|Di sisi lain|Oleh karena itu|Karena itu)\s+"
    r"|[,;]\s+|\s[—–-]+\s|(?<=\w)[—–-]+\s"
)
LEAD_ADVERB_RE = re.compile(
    r"^(?:(?:Namun|Tetapi|Sementara itu|Sedangkan|Lalu|Kemudian|Bahkan|Selain itu|Lebih lanjut|Di sisi lain|"
    r"Oleh karena itu|Karena itu|Terpisah|Sebelumnya|Adapun|Padahal|Kini|Saat ini|Untuk itu|Meski begitu|"
    r"Meski demikian|Dengan demikian|Di samping itu|Selanjutnya|Senada|Sementara|Pun)\b,?\s*)+"
)
# a comma inside an enumeration of capitalised words closed by `, dan`/`, serta`
# (`Bidang Politik, Hukum, dan Keamanan`): part of one role, no boundary
ENUM_COMMA_RE = re.compile(r"(?<=[A-Za-z]),(?=(?:\s+[A-Z][\w-]*){1,3}(?:,(?:\s+[A-Z][\w-]*){1,3})*,\s+(?:dan|serta)\s+[A-Z])")
ENUM_LAST_COMMA_RE = re.compile(r"(?<=[A-Za-z]),(?=\s+(?:dan|serta)\s+[A-Z])")

# named inline rules (one place each, compiled once)
APPOSED_SUBJECT_RE = re.compile(r"\s*(?:\S+,\s+)?([^,]{2,80}),\s+(?:saat|ketika|dalam|seusai|usai|setelah|di sela|yang)\b")
YANG_JUGA_RE = re.compile(r"\byang juga\b")
SPEAKER_PREP_RE = re.compile(r"\s(?:dari|asal|dalam|saat|ketika|seusai|usai|pada|di sela)\s")
OUTLET_NOUN_BEFORE_RE = re.compile(r"(?:kantor berita|media|stasiun televisi|harian|surat kabar|laporan|situs)\s+(?:\w+\s+)?$", re.I)
SENT_OR_MARK_END_RE = re.compile(r"[.!?](?:\s|$)|[“”\"]")
COMMA_REOPEN_RE = re.compile(r",\s*[“”\"]\s*$")
PURPOSE_RE = re.compile(r"\s*(?:agar|supaya)\b")
PLACE_PREP_BEFORE_RE = re.compile(r"\b(?:di|ke|dari)\s+$")
SHORT_SENTENCE_RE = re.compile(r"^[^.!?]{0,60}?[.!?]\s+")
TRANSITION_RE = re.compile(r"^(?:Sementara itu|Secara terpisah|Di lain pihak|Di sisi lain|Sebelumnya|Adapun),\s*")
SPACES_RE = re.compile(r"\s+")


def _enum_mask(s: str) -> str:
    """`s` with the commas of capitalised enumerations made spaces (same
    length): `Bidang Politik, Hukum, dan Keamanan Mahfud MD` reads as one run."""
    out = ENUM_COMMA_RE.sub(" ", s)
    if out == s:
        return s
    chars = list(out)
    for m in ENUM_LAST_COMMA_RE.finditer(out):
        before = out[max(0, m.start() - 60): m.start()]
        if "," not in before.rsplit(" ", 2)[0][-40:] and any(a != b for a, b in zip(s[max(0, m.start() - 60): m.start()], before)):
            chars[m.start()] = " "
    return "".join(chars)


# a description with its organisation, pointing back: `politisi dari PDI-P ini`,
# `pengajar asal Universitas Airlangga itu`
DESCRIPTION_OF_RE = re.compile(
    r"^\s*(?P<d>(?P<head>[a-z][\w-]*)(?:\s+[a-z][\w-]*){0,2}\s+(?:dari|asal)\s+[A-Z][^,.!?“”\"\n]{0,50}?\s(?:itu|tersebut|ini))(?=\s*(?:[,.!?]|$))"
)
ANAPHOR_END_RE = re.compile(r"\b(?:itu|tersebut|ini)\s*$")
SENT_INITIAL_RE = re.compile(r"(?:^|[.!?“”\"\n]\s*|\s[—–-]+\s*)$")
# verbs that take a plain object (`meminta BIG untuk ...`): reported speech
# only with `agar`/`supaya`, a comma or `bahwa` after them
OBJECT_VERBS = frozenset("meminta mendesak mengimbau menyerukan mengajak mendorong menanggapi mengapresiasi".split())
VERB_NEXT_RE = re.compile(r"^,?\s+(?:(?:juga|pun|kembali|telah|sudah|lantas|lalu|tak|tidak|sempat|bahkan|kemudian|turut|ikut|langsung|justru)\s+)?(?:me|ber|di|ter|mem|men|meng|meny)\w+")
PREP_BEFORE_RE = re.compile(r"\b(?:di|ke|dari|pada|untuk|dengan|oleh|kepada|terhadap|bagi|tentang|soal|atas|antara)\s+$", re.I)
# verbs whose object is itself the statement (`mengeluhkan masalah yang sama`)
TOPIC_VERBS = frozenset("mengeluhkan mengeluh menyoroti menyinggung mempertanyakan mengkritik menyayangkan memprediksi memperkirakan".split())
# a reported clause has a verb or an auxiliary somewhere
CLAUSE_WORD_RE = re.compile(
    r"\b(?:(?:me|ber|di|ter)[a-z]{3,}|akan|sudah|telah|adalah|merupakan|tidak|tak|bisa|dapat|harus|perlu|masih|belum|sedang|mampu|ingin|mau|sangat|menjadi|ada)\b"
)
MODAL_BEFORE_RE = re.compile(r"\b(?:perlu|harus|bisa|dapat|boleh|ingin|mau|enggan|hendak|untuk|agar|supaya|dan)\s+$")
SUBJECT_TRAIL_WORDS = frozenset(
    "juga pun kembali lantas kemudian pula mulanya sempat turut lalu telah sudah pernah bahkan tidak tak akan hanya sendiri sebelumnya langsung".split()
)
SUBJECT_CLAUSE_MARKERS_RE = re.compile(r"\b(?:yang|ketika|saat|jika|karena|untuk|setelah|sebelum|bahwa)\b")
BAHWA_RE = re.compile(r"^\s*[,:]?\s*(?:bahwa|kalau)\b\s*,?\s*")
TOLD_TO_RE = re.compile(r"^\s*,?\s*kepada\s+(?:para\s+)?[\w.]+(?:\s+[A-Z][\w.]*)*")
VERB_TAIL_RE = re.compile(
    r"^\s*,?\s*(?:dalam|saat|ketika|usai|seusai|melalui|di\s+sela|pada|seperti|sebagaimana)\b[^,]{0,80},\s*"
)
# a trailing source clause inside reported content: `..., media pemerintah KCNA melaporkan pada Rabu`
TRAILING_REPORT_RE = re.compile(r",\s+[^,]{1,60}?\s(?:melaporkan|memberitakan|mengabarkan)\b.*$")
MENURUT_START_RE = re.compile(r"^(?P<pre>[^,]{0,40},\s*)?(?P<cue>[Mm]enurut)(?:(?P<nya>nya)|\s+(?P<spk>[^,]{1,100}?))\s*,\s*(?P<content>\S.*)$", re.S)
MENURUT_MID_RE = re.compile(r",\s*(?P<cue>menurut)(?:(?P<nya>nya)|\s+(?P<spk>[^,]{1,100}?))\s*(?:,|$)", re.S)


@dataclass
class _Lex:
    cues: tuple[str, ...]
    verbs: frozenset[str]
    passive: frozenset[str]
    nouns: tuple[str, ...]
    pronouns: frozenset[str]
    groups: frozenset[str]
    titles: tuple[tuple[str, ...], ...]  # token tuples, longest first
    title_words: frozenset[str]
    jurisdiction: frozenset[str]
    post_cue_re: re.Pattern
    mid_cue_re: re.Pattern
    verb_re: re.Pattern
    passive_re: re.Pattern
    noun_bahwa_re: re.Pattern
    pre_cue_re: re.Pattern
    not_names: frozenset[str]
    nonperson: frozenset[str]
    org_openers: frozenset[str]
    agency_re: re.Pattern
    agency_names: dict[str, str]
    nicknames: dict[str, str]  # lowercased nickname -> full name


ROLE_SHORT = {row["short"]: row["long"] for row in table("role_abbreviations")}


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def lexicon() -> _Lex:
    cues = ordered_list("quote_cues")
    verbs = word_list("reporting_verbs")
    passive = word_list("quote_passive_cues")
    nouns = ordered_list("speech_nouns")
    titles = tuple(sorted({tuple(t.lower().split()) for t in ordered_list("quote_titles")}, key=len, reverse=True))
    cue_alt = _alt(cues)
    agency_names = {form.lower(): name for form, name, _ in agency_forms()}
    return _Lex(
        cues=cues,
        verbs=verbs,
        passive=passive,
        nouns=nouns,
        pronouns=word_list("pronouns"),
        groups=word_list("speaker_groups"),
        titles=titles,
        title_words=frozenset(w for t in titles for w in t),
        jurisdiction=frozenset(t.lower() for t in ordered_list("quote_jurisdiction_titles")),
        # after a closing mark: `,” kata X` / `” ujarnya` / `", tutur dia`
        post_cue_re=re.compile(rf"^[\s,.!?…]*(?:[—–-]\s*)?(?P<cue>(?:{cue_alt}))(?P<nya>nya)?\b", re.I),
        # inside a sentence: `…, kata X.` / `Acuan itu, kata X, cukup jelas`
        mid_cue_re=re.compile(rf",\s*(?P<cue>(?:{_alt(c for c in cues if not c.startswith(('me', 'ber')))}))(?P<nya>nya)?\b(?!\s+(?:lain|kunci|sandi|pengantar|sambutan)\b)"),
        verb_re=re.compile(rf"\b(?P<cue>(?:{_alt(verbs)}))\b"),
        passive_re=re.compile(rf"^(?P<pre>[^,]{{0,30}}\s)?(?P<cue>(?:{_alt(passive)}))\b(?:\s+(?P<spk>[^,]{{1,60}}?))?\s*,\s*(?P<content>\S.*)$", re.I | re.S),
        noun_bahwa_re=re.compile(rf"\b(?P<cue>(?:{_alt(nouns)}))\s+(?:dari|oleh)\s+(?P<spk>[^,]{{1,60}}?)\s+bahwa\s+(?P<content>\S.*)$", re.S),
        # before an opening mark: `X mengatakan: “` / `kata X, “`
        agency_re=re.compile(rf"(?<![\w.])(?:{_alt(agency_names)})(?![\w])", re.I),
        agency_names=agency_names,
        nicknames={row["nickname"].lower(): row["name"] for row in table("person_nicknames")},
        not_names=word_list("quote_not_names"),
        nonperson=word_list("quote_nonperson_words"),
        org_openers=word_list("quote_org_openers"),
        pre_cue_re=re.compile(rf"(?P<cue>(?:{_alt(set(verbs) | set(cues))}))(?P<nya>nya)?\b(?P<tail>[^.!?“”\"]{{0,80}}?)\s*[:,]?\s*$"),
    )


# --------------------------------------------------------------------------
# statements before resolution


@dataclass
class _Stmt:
    start: int  # content span in doc.text
    end: int
    kind: str
    cue: tuple[int, int] | None = None
    spk: tuple[int, int] | None = None  # raw speaker phrase span
    pronoun: bool = False
    floating: bool = False
    confidence: float = 0.9
    name: str | None = None
    entity: str | None = None
    mention: tuple[int, int] | None = None
    spk_conf: float = 0.9
    title_only: bool = False  # `kata Presiden`: a role standing for a person


MIDCAP_RE = re.compile(r"(?<=[a-z0-9,;:)] )[A-Z][\w'’-]*")


def mid_capitals(text: str, not_names: frozenset[str] = frozenset()) -> frozenset[str]:
    """Capitalised words that look like proper names: seen inside a sentence
    (after a lowercase word or a comma). A capital that only opens a sentence
    (`Hampir`, `Langkah`) is not among them."""
    out = {m.group() for m in MIDCAP_RE.finditer(text)}
    return frozenset(out)


def _mask(text: str) -> str:
    """`text` with short parentheticals blanked (same length), so `Wali Kota
    (Walkot) Jaktim` and `Senin (13/4/2020)` do not break phrase rules."""
    return PAREN_RE.sub(lambda m: " " * len(m.group()), text)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink (start, end) past surrounding spaces, marks and final punctuation."""
    while start < end and (text[start].isspace() or text[start] in "\"“”,:;—–-'‘’"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "\"“”,.;:!?…'‘’"):
        end -= 1
    return start, end


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _n_words(text: str) -> int:
    return len(WORD_RE.findall(text))


# --------------------------------------------------------------------------
# 1. direct quotes


def _is_opener(text: str, i: int, para_start: int) -> bool:
    nxt = text[i + 1] if i + 1 < len(text) else " "
    prev = text[i - 1] if i > para_start else " "
    if nxt == " " and text[i + 2: i + 3].isupper():
        # `.” Tidak harus ...` (spaced marks): opens only after a sentence end
        before = text[max(para_start, i - 3): i].rstrip()
        return i == para_start or before[-1:] in ".!?:"
    return not nxt.isspace() and nxt not in ",.;:" and (prev.isspace() or prev in "(:—–-" or i == para_start)


def direct_spans(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, closed) of every direct quote's inside, in text order.
    A quote left open at a paragraph end continues when the next paragraph
    opens with a quotation mark (one quote over several paragraphs)."""
    spans: list[list] = []
    carry: list | None = None  # an open quote from the previous paragraph
    for p0, p1 in _paragraphs(text):
        open_at: int | None = None
        marks = [m.start() for m in QUOTE_MARK_RE.finditer(text, p0, p1)]
        for i in marks:
            ch = text[i]
            if open_at is None:
                if ch == "“" or ((ch == "”" or ch == STRAIGHT) and _is_opener(text, i, p0)):
                    if carry is not None and text[p0:i].strip() == "":
                        open_at = -1  # continues the carried quote
                    else:
                        if carry is not None:
                            spans.append(carry)
                            carry = None
                        open_at = i + 1
            else:
                if ch == "“" and _is_opener(text, i, p0) and i > 0 and text[i - 1].isspace() and text[i - 2: i - 1] not in (",", ":"):
                    # a new opening mark before the old one closed: restart there
                    open_at = i + 1
                    continue
                if open_at == -1:
                    carry[1] = i
                    carry[2] = True
                    spans.append(carry)
                    carry = None
                else:
                    spans.append([open_at, i, True])
                open_at = None
        if open_at is not None:
            if open_at == -1:
                carry[1] = p1
            else:
                if carry is not None:
                    spans.append(carry)
                carry = [open_at, p1, False]
        elif carry is not None and not marks:
            spans.append(carry)
            carry = None
        elif carry is not None:
            spans.append(carry)
            carry = None
    if carry is not None:
        spans.append(carry)
    out = []
    for s, e, closed in spans:
        if not closed and e - s > 1500:  # an unbalanced mark, not a quote
            continue
        s2, e2 = _trim(text, s, e)
        if e2 > s2:
            out.append((s2, e2, closed, s, e))
    return [(a, b, c) for a, b, c, *_ in out]


def _close_pos(text: str, end: int) -> int:
    """Position just after the closing mark that follows content ending at `end`."""
    j = end
    while j < len(text) and j < end + 3 and text[j] in ",.!?…'’ ":
        j += 1
    if j < len(text) and text[j] in "\"”":
        return j + 1
    return end


def _open_pos(text: str, start: int) -> int:
    j = start - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j if j >= 0 and text[j] in "\"“”" else start


# --------------------------------------------------------------------------
# speaker phrases


def _strip_titles(tokens: list[str], lex: _Lex) -> tuple[list[str], bool]:
    """Drop leading titles/role words; also cut after a rank met inside the run
    (`Kepala Bidang Humas Polda Komisaris Besar Gatot` -> `Gatot`)."""
    had = False
    changed = True
    jurisdiction = False
    while tokens and changed:
        changed = False
        low = [t.lower().rstrip(",") for t in tokens]
        for t in lex.titles:
            if tuple(low[: len(t)]) == t and len(t) < len(tokens) + (0 if had else 1):
                tokens = tokens[len(t):]
                had = changed = True
                jurisdiction = " ".join(t) in lex.jurisdiction
                break
    if jurisdiction and len(tokens) >= 3 and all(_name_like(t) for t in tokens[1:]):
        tokens = tokens[1:]  # `Bupati Sleman Harda Kiswaya`: Sleman is the place
    return tokens, had


def _name_like(tok: str) -> bool:
    return bool(CAP_WORD_RE.match(tok)) and not ACRONYM_RE.match(tok.rstrip("."))


def _short_name(seg: str) -> bool:
    toks = seg.split()
    return bool(toks) and len(toks) <= 4 and _name_like(toks[0]) and all(
        _name_like(t) or t.lower() in ("bin", "binti", "van", "von", "de", "al") for t in toks
    )


def _phrase_speaker(phrase: str, lex: _Lex) -> tuple[str, str, int, int] | None:
    """(kind, name, start, end) read from a speaker phrase after a cue: kind is
    one of name, pronoun, group, title. Offsets are relative to `phrase`.
    `X`, `Title Org X`, `Title Org, X`, `X, Title Org`, `dia`, `para analis`,
    `politikus PKB itu` (an anaphoric description: a pronoun)."""
    dm = DESCRIPTION_OF_RE.match(phrase)
    if dm and dm.group("head").lower() not in lex.pronouns:
        # `kata politisi dari PDI-P ini`: a description pointing back, a pronoun
        return ("pronoun", dm.group("d"), dm.start("d"), dm.end("d"))
    m = SPEAKER_STOP_RE.search(phrase)
    if m:
        phrase = phrase[: m.start()]
    phrase = _enum_mask(phrase)  # same length: offsets hold
    segs = []
    pos = 0
    for part in phrase.split(","):
        segs.append((pos, part))
        pos += len(part) + 1
    segs = [(o, sg) for o, sg in segs if sg.strip()][:5]
    if not segs:
        return None
    off, seg = segs[0]
    lead = len(seg) - len(seg.lstrip())
    toks = seg.split()
    low = [t.lower() for t in toks]
    if low[0] in lex.pronouns and len(toks) <= 2:
        return ("pronoun", toks[0], off + lead, off + lead + len(toks[0]))
    nxt = None
    for o2, s2 in segs[1:4]:
        ctoks, _ = _strip_titles(s2.split(), lex)
        cname = " ".join(ctoks)
        if ctoks and _short_name(cname) and not any(t in lex.nonperson for t in ctoks) and ctoks[-1] in s2:
            st2 = o2 + s2.index(ctoks[0])
            nxt = ("name", cname, st2, o2 + s2.rindex(ctoks[-1]) + len(ctoks[-1]))
            break
    nxt_name = nxt is not None

    def from_next():
        return nxt

    if ANAPHOR_END_RE.search(seg) and not nxt_name:
        return ("pronoun", seg.strip(), off + lead, off + lead + len(seg.strip()))
    stripped, had = _strip_titles(toks, lex)
    rest = " ".join(stripped)
    am = lex.agency_re.search(seg)
    if am and seg[am.start()].isupper() and not NAME_RUN_RE.search(rest[: max(0, rest.find(am.group()))] or ""):
        return ("name", lex.agency_names[am.group().lower()], off + am.start(), off + am.end())
    runs = [r for r in NAME_RUN_RE.finditer(rest) if not all(t in lex.not_names for t in r.group().split())]
    mm = runs[-1] if runs else None  # `Sekretaris Kementerian Koperasi dan UKM Rully Indrawan`
    if mm:
        org_only = all(t in lex.nonperson or ACRONYM_RE.match(t) for t in mm.group().split())
        if nxt_name and (had or org_only):
            return from_next()
        if had and org_only:  # `kata Panglima TNI`: a role standing for its holder
            return ("title", seg.strip(), off + lead, off + lead + len(seg.strip()))
        name = mm.group().strip()
        first, last = name.split()[0], name.split()[-1]
        st = off + seg.find(first)
        en = off + seg.rfind(last) + len(last)
        return ("name", name, st, max(en, st))
    if nxt_name:
        return from_next()
    if (low[0] == "para" or any(w in lex.groups for w in low[:3])) and len(toks) <= 5:
        return ("group", seg.strip(), off + lead, off + lead + len(seg.strip()))
    if had:
        return ("title", seg.strip(), off + lead, off + lead + len(seg.strip()))
    return None


def _subject_speaker(text: str, s0: int, v0: int, lex: _Lex, midcaps: frozenset[str] = frozenset()) -> tuple[str, str, int, int] | None:
    """Speaker read from the subject before a reporting verb at `v0`: the part
    of the sentence after the last clause boundary; when that part is an
    inserted clause (`X, saat menyampaikan ..., Senin sore menyatakan`), the
    name that opens the sentence."""
    got = _subject_segment(text, s0, v0, lex, midcaps)
    if got is None:
        # `Ahmad Riza Patria, Sabtu, menjelaskan` / `X, saat dihubungi, Senin, mengatakan`
        end = v0
        for _ in range(3):
            region = text[s0:end].rstrip()
            cut = region.rstrip(",").rfind(",")
            if cut < 0:
                break
            seg = region[cut + 1:].strip(" ,")
            first = seg.split()[0] if seg.split() else ""
            if not (first[:1].islower() or first in lex.not_names or first[:1].isdigit()):
                break
            end = s0 + cut
            got = _subject_segment(text, s0, end, lex, midcaps)
            if got is not None:
                return got
    if got is None:
        m = APPOSED_SUBJECT_RE.match(text[s0:v0])
        if m and _short_name(" ".join(_strip_titles(m.group(1).split(), lex)[0][-4:])):
            seg_end = s0 + m.end(1)
            got = _subject_segment(text, s0, seg_end, lex, midcaps)
    return got


def _uncommon_word(word: str) -> bool:
    """A Title-case word that is neither an ordinary Indonesian word (the
    entities' test) nor a place in the gazetteer: a name."""
    if not (word[:1].isupper() and word[1:].islower() and len(word) >= 4):
        return False
    elex = entity_lexicon()
    low = word.lower()
    return not is_ordinary(low, elex) and low not in elex.non_names and (low,) not in elex.places


def _title_from_org(before: str, lex: _Lex) -> bool:
    """`Pengamat politik dari Universitas Lampung Robi ...`: the words before
    the run are a role (a title word first, lowercase words, then `dari` or
    `asal`): the run after is the role's organisation and its holder."""
    words = before.split()
    return (
        2 <= len(words) <= 5
        and words[0].lower() in lex.title_words
        and words[-1].lower() in ("dari", "asal")
        and all(w[:1].islower() for w in words[1:])
    )


def _subject_segment(text: str, s0: int, v0: int, lex: _Lex, midcaps: frozenset[str] = frozenset()) -> tuple[str, str, int, int] | None:
    region = _enum_mask(text[s0:v0])
    start = 0
    bounds = []
    for m in BOUNDARY_RE.finditer(region):
        if m.end() < len(region.rstrip(" ,")):
            start = m.end()
            bounds.append((m.start(), m.end()))
    # `Abdian Saputra, Koordinator Ekajaya, juga menyampaikan`: the name is
    # the segment before an appositive that opens with a role or lowercase
    if len(bounds) >= 2 and region[bounds[-1][0]: bounds[-1][1]].strip() == ",":
        last = region[start:].strip()
        prev_seg = region[bounds[-2][1]: bounds[-1][0]].strip()
        first = last.split()[0] if last.split() else ""
        if prev_seg and _short_name(prev_seg) and (first[:1].islower() or first.lower() in lex.title_words):
            start = bounds[-2][1]
            region = region[: bounds[-1][0]]
            # `Marullah Matali, Wali Kota Jakarta Selatan, yang dihubungi, ...`:
            # a bare name before the role segment is the person
            if region[bounds[-2][0]: bounds[-2][1]].strip() == "," and prev_seg.split()[0].lower() in lex.title_words:
                name_from = bounds[-3][1] if len(bounds) >= 3 else 0
                name_seg = region[name_from: bounds[-2][0]].strip()
                if name_seg and _short_name(name_seg) and name_seg.split()[0].lower() not in lex.title_words:
                    start = name_from
                    region = region[: bounds[-2][0]]
    elif len(bounds) == 1 and region[bounds[0][0]: bounds[0][1]].strip() == ",":
        last = region[start:].strip()
        prev_seg = region[: bounds[0][0]].strip()
        lm0 = LEAD_ADVERB_RE.match(prev_seg + " ")
        if lm0:
            prev_seg = prev_seg[lm0.end():].strip()
        first = last.split()[0] if last.split() else ""
        if prev_seg and _short_name(prev_seg) and (first[:1].islower() or first.lower() in lex.title_words):
            start = region.find(prev_seg)
            region = region[: bounds[0][0]]
    sub = region[start:]
    lm = LEAD_ADVERB_RE.match(sub)
    if lm:
        start += lm.end()
        sub = region[start:]
    sub = sub.rstrip(" ,")
    words = sub.split()
    if len(words) > 14:
        # a glued section heading before the subject: keep the words near the verb
        cut = len(sub) - len(" ".join(words[-12:]))
        start += cut
        sub = region[start:].rstrip(" ,")
        words = sub.split()
    if not words:
        return None
    sub = YANG_JUGA_RE.sub("       ", sub)  # `Kepala BNPB yang juga Ketua Satgas Doni`
    dm = SPEAKER_PREP_RE.search(sub)
    if dm and any(_strip_titles(r.group().split(), lex)[0] for r in NAME_RUN_RE.finditer(sub[: dm.start()])):
        sub = sub[: dm.start()]  # `Irfan dari Lintas Gajah Mada`, `X dalam keterangannya`
    if SUBJECT_CLAUSE_MARKERS_RE.search(sub):
        # `Para wartawan yang diberi akses ...`: the head noun before `yang`
        head = SUBJECT_CLAUSE_MARKERS_RE.split(sub)[0]
        if not head.strip():
            return None
        sub = head
    words = sub.split()
    low = [w.lower() for w in words]
    while words and low[-1] in SUBJECT_TRAIL_WORDS:
        words, low = words[:-1], low[:-1]
    if not words:
        return None
    sub = sub[: sub.rfind(words[-1]) + len(words[-1])]
    base = s0 + start
    if low[-1] in lex.pronouns and len(words) <= 3:
        off = sub.rfind(words[-1])
        return ("pronoun", words[-1], base + off, base + off + len(words[-1]))
    if len(words) <= 5 and ANAPHOR_END_RE.search(sub) and not any(_name_like(w) for w in words[1:]):
        return ("pronoun", sub.strip(), base + sub.find(words[0]), base + len(sub))
    am = lex.agency_re.search(sub)
    if am and sub[am.start()].isupper() and (
        OUTLET_NOUN_BEFORE_RE.search(sub[: am.start()])
        or sub[: am.start()].strip() == ""
    ):
        name = lex.agency_names[am.group().lower()]
        return ("name", name, base + am.start(), base + am.end())
    runs = []
    for r in NAME_RUN_RE.finditer(sub):
        toks = r.group().split()
        if all(t in lex.not_names for t in toks):
            continue
        if PREP_BEFORE_RE.search(sub[: r.start()]) and not _title_from_org(sub[: r.start()], lex):
            continue  # `pengusaha di Cirebon`: a place or an object, not the subject
        r0 = r.start()
        lone = toks[0] if len(toks) == 1 and r.end() == len(sub) else None
        # a capital that only marks the sentence start is not a name
        while toks and toks[0] not in midcaps and toks[0].lower() not in lex.title_words and SENT_INITIAL_RE.search(text[max(0, base + r0 - 3): base + r0]) and base + r0 >= s0:
            r0 += len(toks[0])
            rest = sub[r0:]
            r0 += len(rest) - len(rest.lstrip())
            toks = toks[1:]
        if not toks and lone and _uncommon_word(lone):
            # `Reynaldi dari PT House of Rattan mengatakan, ...`: a word that is no
            # ordinary word or place, alone before the verb, is a name
            toks, r0 = [lone], r.start()
        if toks:
            runs.append((r0, toks))
    if runs:
        r0, toks = runs[-1]
        stripped, had = _strip_titles(list(toks), lex)
        if not stripped:
            name = " ".join(toks)
            return ("title", name, base + r0, base + r0 + len(name))
        name = " ".join(stripped)
        off = sub.find(stripped[0], r0)
        endoff = sub.find(stripped[-1], off) + len(stripped[-1])
        return ("name", name, base + off, base + endoff)
    if low[0] == "para" or any(w in lex.groups for w in low[:4]):
        return ("group", " ".join(words), base + sub.find(words[0]), base + sub.find(words[0]) + len(" ".join(words)))
    return None


# --------------------------------------------------------------------------
# 2. direct quotes with their cues


def attribute_direct(text: str, masked: str, spans, skip, lex: _Lex, midcaps: frozenset[str] = frozenset()) -> list[_Stmt]:
    stmts: list[_Stmt] = []
    merged_into: dict[int, int] = {}
    for idx, (s, e, closed) in enumerate(spans):
        close = _close_pos(text, e)
        after = masked[close: close + 160]
        st = _Stmt(start=s, end=e, kind="direct", confidence=0.95)
        m = lex.post_cue_re.match(after)
        ok_post = m is not None and (close < len(text)) and not (m.group("cue")[0].isupper() and "\n" in after[: m.start("cue")])
        if ok_post:
            c0, c1 = close + m.start("cue"), close + m.end()
            st.cue = (c0, c1)
            if m.group("nya"):
                st.pronoun, st.spk = True, (c0, c1)
            else:
                rest = masked[c1: c1 + 140]
                nl = rest.find("\n\n")
                rest = rest if nl < 0 else rest[:nl]
                sent_end = SENT_OR_MARK_END_RE.search(rest)
                phrase = rest[: sent_end.start()] if sent_end else rest
                got = _phrase_speaker(phrase.replace("\n", " "), lex)
                if got:
                    kind, name, a, b = got
                    st.spk = (c1 + a, c1 + b)
                    st.pronoun = kind == "pronoun"
                    st.name = None if kind == "pronoun" else name
                    if kind == "group":
                        st.spk_conf = 0.7
                # `“A,” kata X, “B”`: join the second half
                if idx + 1 < len(spans):
                    ns = spans[idx + 1][0]
                    between = text[c1:ns]
                    if len(between) < 120 and COMMA_REOPEN_RE.search(between) and "\n" not in between:
                        merged_into[idx + 1] = idx
            stmts.append(st)
            continue
        # cue before the opening mark, same sentence: `X mengatakan: “...`
        op = _open_pos(text, s)
        line_start = text.rfind("\n", 0, op) + 1
        seg_start = max(line_start, max(text.rfind(". ", 0, op), text.rfind("” ", 0, op), text.rfind('" ', 0, op)) + 1)
        before = masked[seg_start:op]
        pm = lex.pre_cue_re.search(before)
        if pm and before[pm.end():].strip() in ("", ":", ","):
            c0, c1 = seg_start + pm.start("cue"), seg_start + pm.end("cue") + len(pm.group("nya") or "")
            st.cue = (c0, c1)
            cue_low = pm.group("cue").lower()
            if pm.group("nya"):
                st.pronoun, st.spk = True, (c0, c1)
            elif cue_low in lex.verbs or cue_low.startswith("me") or cue_low.startswith("ber"):
                got = _subject_speaker(masked, seg_start, c0, lex, midcaps)
                if got:
                    st.spk = (got[2], got[3])
                    st.pronoun = got[0] == "pronoun"
                    st.name = None if st.pronoun else got[1]
            else:
                got = _phrase_speaker(masked[c1:seg_start + len(before)].replace("\n", " "), lex)
                if got:
                    st.spk = (c1 + got[2], c1 + got[3])
                    st.pronoun = got[0] == "pronoun"
                    st.name = None if st.pronoun else got[1]
            stmts.append(st)
            continue
        # no cue: a floating quote if it stands as a sentence of its own
        prev = text[line_start:op].strip()
        is_own = prev == "" or prev[-1:] in ".!?:”\"" or prev.endswith(("”", '"'))
        if is_own and _n_words(text[s:e]) >= 3:
            st.floating = True
            st.confidence = 0.6
            stmts.append(st)
        elif _n_words(text[s:e]) >= 4 and not any(a <= s < b for a, b in skip):
            # a quoted fragment inside a sentence: kept only if an indirect rule claims it
            st.kind = "fragment"
            stmts.append(st)
    # join halves
    if merged_into:
        by_start = {st.start: st for st in stmts}
        for second, first in merged_into.items():
            a = by_start.get(spans[first][0])
            b = by_start.get(spans[second][0])
            if a and b and b is not a:
                a.end = b.end
                stmts.remove(b)
    return stmts


# --------------------------------------------------------------------------
# 3. indirect speech


def _sentences(doc: Doc) -> list[tuple[int, int]]:
    """Sentence spans; a line break inside a sentence (scraped text breaks
    lines around links: `kondisi\nokupansi hotel\nyang ...`) does not end it."""
    text = doc.text
    if doc.has_annotation("SENT_START"):
        raw = [(sent.start_char, sent.end_char) for sent in doc.sents]
    else:
        raw = _paragraphs(text)
    out: list[tuple[int, int]] = []
    for s0, s1 in raw:
        seg = text[s0:s1].strip()
        if not seg:
            continue
        if out:
            prev = text[out[-1][0]: out[-1][1]].rstrip()
            if prev and prev[-1] not in ".!?\"”:)" and (seg[0].islower() or seg[0].isdigit()):
                out[-1] = (out[-1][0], s1)
                continue
        out.append((s0, s1))
    return out


def _content(text: str, a: int, b: int) -> tuple[int, int] | None:
    seg = text[a:b]
    m = TRAILING_REPORT_RE.search(seg)
    if m:
        b = a + m.start()
    a, b = _trim(text, a, b)
    if b - a < 8 or _n_words(text[a:b]) < 3:
        return None
    return a, b


def indirect_in(text: str, masked: str, s0: int, s1: int, lex: _Lex, midcaps: frozenset[str] = frozenset()) -> _Stmt | None:
    sent = masked[s0:s1]
    # rule 1: `Menurut X, ...` / `Menurutnya, ...`
    m = MENURUT_START_RE.match(sent)
    if m:
        got = None
        if not m.group("nya"):
            got = _phrase_speaker(m.group("spk"), lex) or ("other", m.group("spk").strip(), 0, len(m.group("spk")))
        c = _content(text, s0 + m.start("content"), s1)
        if c:
            st = _Stmt(c[0], c[1], "indirect", cue=(s0 + m.start("cue"), s0 + m.end("cue") + (3 if m.group("nya") else 0)), confidence=0.85)
            if m.group("nya") or (got and got[0] == "pronoun"):
                st.pronoun = True
                st.spk = st.cue if m.group("nya") else (s0 + m.start("spk") + got[2], s0 + m.start("spk") + got[3])
            else:
                st.spk = (s0 + m.start("spk") + got[2], s0 + m.start("spk") + got[3])
                st.name = got[1]
            return st
    # rule 2: `..., menurut X(, ...)`
    m = MENURUT_MID_RE.search(sent)
    if m:
        c = _content(text, s0, s0 + m.start())
        if c:
            st = _Stmt(c[0], c[1], "indirect", cue=(s0 + m.start("cue"), s0 + m.end("cue") + (3 if m.group("nya") else 0)), confidence=0.8)
            if m.group("nya"):
                st.pronoun, st.spk = True, st.cue
            else:
                got = _phrase_speaker(m.group("spk"), lex) or ("other", m.group("spk").strip(), 0, len(m.group("spk")))
                st.spk = (s0 + m.start("spk") + got[2], s0 + m.start("spk") + got[3])
                st.pronoun = got[0] == "pronoun"
                st.name = None if st.pronoun else got[1]
            return st
    # rule 3: `..., kata X.` and `Acuan itu, kata X, cukup jelas.`
    for m in lex.mid_cue_re.finditer(sent):
        c0 = s0 + m.start("cue")
        c1 = s0 + m.end()
        rest = masked[c1:s1]
        if m.group("nya"):
            got = ("pronoun", "", 0, 0)
            tail = rest
        else:
            seg = rest.split(",")[0]
            got = _phrase_speaker(seg.replace("\n", " "), lex)
            if not got:
                continue
            tail = rest[len(seg):]
        tail_clean = tail.strip(" ,.;!?\n")
        if tail_clean and _n_words(tail_clean) >= 3 and m.start() < 80 and not SPEAKER_STOP_RE.match(" " + tail.lstrip(" ,")):
            c = _content(text, s0, s1)  # the clause split around the speaker
        else:
            c = _content(text, s0, s0 + m.start())
        if not c:
            continue
        st = _Stmt(c[0], c[1], "indirect", cue=(c0, c0 + len(m.group("cue")) + len(m.group("nya") or "")), confidence=0.85)
        if got[0] == "pronoun":
            st.pronoun = True
            st.spk = st.cue if m.group("nya") else (c1 + got[2], c1 + got[3])
        else:
            st.spk = (c1 + got[2], c1 + got[3])
            st.name = got[1]
            if got[0] == "group":
                st.spk_conf = 0.7
        return st
    # rule 4: nominal reporting `peringatan dari Washington bahwa ...`
    m = lex.noun_bahwa_re.search(sent)
    if m:
        c = _content(text, s0 + m.start("content"), s1)
        got = _phrase_speaker(m.group("spk"), lex)
        if c and got:
            st = _Stmt(c[0], c[1], "indirect", cue=(s0 + m.start("cue"), s0 + m.end("cue")), confidence=0.7)
            st.spk = (s0 + m.start("spk") + got[2], s0 + m.start("spk") + got[3])
            st.name = got[1] if got[0] != "pronoun" else None
            st.pronoun = got[0] == "pronoun"
            return st
    # rule 5: passive `Namun ditegaskan, ...` / `Diakui Syafrin, ...`
    m = lex.passive_re.match(sent)
    if m and (not m.group("pre") or len(m.group("pre").split()) <= 2):
        c = _content(text, s0 + m.start("content"), s1)
        if c:
            st = _Stmt(c[0], c[1], "indirect", cue=(s0 + m.start("cue"), s0 + m.end("cue")), confidence=0.6)
            got = _phrase_speaker(m.group("spk"), lex) if m.group("spk") else None
            if got and got[0] == "name":
                st.spk = (s0 + m.start("spk") + got[2], s0 + m.start("spk") + got[3])
                st.name = got[1]
            else:
                st.pronoun, st.spk = True, st.cue
            return st
    # rule 6: `X mengatakan (kepada wartawan) (, | bahwa | :) ...`
    for m in lex.verb_re.finditer(sent):
        v0, v1 = s0 + m.start(), s0 + m.end()
        if MODAL_BEFORE_RE.search(masked[max(s0, v0 - 25): v0]):
            continue  # `masyarakat tak perlu mengeluh ...`: not a report
        got = _subject_speaker(masked, s0, v0, lex, midcaps)
        if not got:
            continue
        after = masked[v1:s1]
        k = 0
        tm = TOLD_TO_RE.match(after)
        if tm:
            k = tm.end()
        vm = VERB_TAIL_RE.match(after[k:])
        if vm:
            k += vm.end()
        bm = BAHWA_RE.match(after[k:])
        if bm:
            k += bm.end()
        elif after[k:k + 1] in (",", ":"):
            k += 1
        elif m.group("cue") in OBJECT_VERBS:
            if not PURPOSE_RE.match(after[k:]):
                continue
        elif got[0] not in ("name", "pronoun", "group"):
            continue
        c = _content(text, v1 + k, s1)
        if not c:
            continue
        if k == 0 and m.group("cue") not in TOPIC_VERBS and not CLAUSE_WORD_RE.search(text[c[0]: c[1]]):
            continue  # `menyampaikan keluhan ke pejabat`: an object, not a reported clause
        st = _Stmt(c[0], c[1], "indirect", cue=(v0, v1), confidence=0.8)
        st.spk = (got[2], got[3])
        st.pronoun = got[0] == "pronoun"
        st.name = None if st.pronoun else got[1]
        if got[0] == "group":
            st.spk_conf = 0.65
        return st
    return None


# --------------------------------------------------------------------------
# 4. resolution


# a name's appositive then its verb: `, Koordinator Ekajaya untuk Gili, juga menyampaikan`
APPOSITIVE_VERB_RE = re.compile(
    r"^,\s+[^,.!?“”\"\n]{3,120}?,\s+(?:(?:juga|pun|kembali|telah|sudah|lantas|lalu|tak|tidak|sempat)\s+)?(?:me|ber|mem|men|meng|meny)\w+"
)
SUBJECT_SLOT_RE = re.compile(r"(?:^|[.!?”\"\n]\s*|,\s*)$")


def _opens_appositive(toks: list[str], after: str, lex: _Lex) -> bool:
    """A sentence-opening run that is a name: two to four name words, the
    first no function word, then an appositive role and a verb
    (`Tri Maharini, dokter emergensi dari ..., memaparkan`)."""
    if not (2 <= len(toks) <= 4) or not all(_name_like(t.rstrip(",")) for t in toks):
        return False
    if toks[0].lower() in word_list("stopwords_id") or toks[0] in lex.not_names:
        return False
    m = APPOSITIVE_VERB_RE.match(after)
    if not m:
        return False
    first = after[1:].split()[0] if after[1:].split() else ""
    return first[:1].islower() or first.lower() in lex.title_words


@dataclass
class _Run:
    start: int
    end: int
    toks: tuple[str, ...]  # titles stripped
    titled: bool
    subject: bool  # opens a clause (`Kepala Dinas X mengatakan`)
    quoted: bool  # inside a direct quote


@dataclass
class _NameIndex:
    """Capitalised runs of the article, for the fullest form of a name."""

    runs: list[_Run] = field(default_factory=list)
    token_runs: dict[str, set[int]] = field(default_factory=dict)
    nonperson: frozenset[str] = frozenset()
    raw_title: dict[int, str] = field(default_factory=dict)  # run start -> the title words stripped
    place_like: set[str] = field(default_factory=set)  # words met after `di`, `ke`, `dari`
    org_words: frozenset[str] = frozenset()  # lowercased words of short ORG and LOC entity names (not PER words)
    # characters inside PER / ORG-or-LOC entity mentions (one byte per character:
    # overlap tests stay linear on long articles)
    person_chars: bytearray = field(default_factory=bytearray)
    org_chars: bytearray = field(default_factory=bytearray)
    lex: _Lex | None = None

    @classmethod
    def build(cls, masked: str, lex: _Lex, midcaps: frozenset[str], quoted: list[tuple[int, int]]) -> "_NameIndex":
        idx = cls(nonperson=lex.nonperson, lex=lex)
        # words of names written with two or more words after the sentence
        # opening: such a word opening a sentence is a name (`Budiyanto menyarankan`)
        named: set[str] = set()
        for m in NAME_RUN_RE.finditer(masked):
            raw = [t for t in m.group().split() if t not in lex.not_names]
            if SENT_INITIAL_RE.search(masked[max(0, m.start() - 3): m.start()]):
                raw = raw[1:]
            if len(raw) >= 2:
                named.update(t.rstrip(",").lower() for t in raw)
        for m in NAME_RUN_RE.finditer(masked):
            start = m.start()
            raw = m.group().split()
            # a capital that only opens the sentence, or a day/month, is no name
            pieces: list[list[str]] = [[]]
            for t in raw:
                if t in lex.not_names:
                    pieces.append([])
                else:
                    pieces[-1].append(t)
            if pieces[0] and pieces[0][0] not in midcaps and pieces[0][0].lower() not in lex.title_words and pieces[0][0].rstrip(",").lower() not in named and not _opens_appositive(pieces[0], masked[m.end(): m.end() + 160], lex) and SENT_INITIAL_RE.search(masked[max(0, start - 3): start]):
                start = masked.index(pieces[0][0], start) + len(pieces[0][0])
                pieces[0] = pieces[0][1:]
            toks = next((p for p in pieces if p), [])
            if not toks:
                continue
            start = masked.index(toks[0], start)
            toks = [t.rstrip(",") for t in toks]
            stripped, titled = _strip_titles(list(toks), lex)
            if not stripped:
                continue
            if titled:
                idx.raw_title[start] = " ".join(toks[: len(toks) - len(stripped)])
            k = len(idx.runs)
            slot = bool(SUBJECT_SLOT_RE.search(masked[max(0, start - 3): start]))
            subject = bool(VERB_NEXT_RE.match(masked[m.end(): m.end() + 40])) and (titled or len(stripped) >= 2 or slot)
            # `Abdian Saputra, Koordinator Ekajaya, juga menyampaikan ...`
            subject = subject or (slot and len(stripped) >= 2 and bool(APPOSITIVE_VERB_RE.match(masked[m.end(): m.end() + 160])))
            inq = any(a <= start < b for a, b in quoted)
            if PLACE_PREP_BEFORE_RE.search(masked[max(0, start - 5): start]):
                idx.place_like.update(stripped)
            idx.runs.append(_Run(start, m.end(), tuple(stripped), titled, subject, inq))
            for t in stripped:
                idx.token_runs.setdefault(t.lower(), set()).add(k)
        return idx

    def person_part(self, toks: tuple[str, ...]) -> tuple[str, ...]:
        """The trailing name part of a run (`Komisi II DPR Muhammad Khozin` ->
        `Muhammad Khozin`): tokens that are name-like and not seen in runs
        without the last token."""
        if not toks:
            return toks
        last = toks[-1].lower()
        with_last = self.token_runs.get(last, set())
        out = [toks[-1]]
        if toks[-1] in self.nonperson or not _name_like(toks[-1]):
            return ()
        own = {t.lower() for t in toks}
        for t in reversed(toks[:-1]):
            if not _name_like(t) or len(out) >= 4 or t in self.nonperson:
                break
            # a word also met in runs that are not part of this name (`Waskita`
            # in `Waskita Karya`) belongs to an organisation or place
            others = [k for k in self.token_runs.get(t.lower(), set()) - with_last if not {x.lower() for x in self.runs[k].toks} <= own]
            if others:
                break
            out.insert(0, t)
        return tuple(out)

    def name_core(self, part: tuple[str, ...], min_cut: int = 2) -> tuple[str, ...]:
        """`Metro Jaya Budiyanto` -> `Budiyanto`: words of the article's short
        ORG/LOC names before a person's name are not part of it. For naming,
        at least two must go (`Bima Arya`: Bima is a regency too, and a first name)."""
        i = 0
        while i < len(part) - 1 and part[i].lower() in self.org_words:
            i += 1
        return part[i:] if i >= min_cut else part

    def fullest(self, name: str) -> str:
        toks = [t for t in name.split() if t]
        if not toks or len(toks) > 6:
            return name
        key = [t.lower() for t in toks]
        best = tuple(toks)
        for k in sorted(self.token_runs.get(key[-1], set())):
            run = self.runs[k].toks
            low = [t.lower() for t in run]
            for i in range(len(low) - len(key) + 1):
                if low[i:i + len(key)] == key:
                    part = self.name_core(self.person_part(run))
                    plow = [p.lower() for p in part]
                    if part and key[0] in plow:
                        j = plow.index(key[0])
                        # a first name opens the name (`kata Hendra` -> `Hendra Gunawan`);
                        # a surname keeps at most two names before it
                        part = part[j:] if j + len(key) < len(part) else part[max(0, j - 2):]
                    if part and len(part) > len(best) and all(t.lower() in [p.lower() for p in part] for t in toks):
                        best = part
                    break
        return " ".join(best)

    def titled_person(self, title: str, pos: int) -> str | None:
        """`Presiden` -> `Presiden Joko Widodo` when the article names the
        holder (`Presiden Joko Widodo`) before `pos`: the role is kept in front
        because the article refers to the person by it."""
        key = [w for t in title.lower().split() for w in ROLE_SHORT.get(t, t).split()]  # `Kadispen` -> `kepala dinas penerangan`
        for run in reversed(self.runs):
            if run.start >= pos or not run.titled:
                continue
            head = self.raw_title.get(run.start, "").lower().split()
            low = [t.lower() for t in run.toks]
            if head == key or (head and head[0] == key[0] and all(k in head or k in low for k in key[1:])):
                part = self.person_part(run.toks)
                part = tuple(_strip_titles(list(part), self.lex)[0]) if part else part
                if part:
                    return f"{title} {' '.join(part)}"
        return None

    def is_not_person(self, run: _Run) -> bool:
        """The entity component typed this run's name as an organisation or
        place (`Masjid Agung tidak membuka ...`, `Lion Air mewajibkan ...`), or
        it is made of ordinary words and no PER mention covers it (a glued
        section heading: `Ancaman Ancaman perburuan ...`)."""
        if any(self.person_chars[run.start: run.end]):
            return False
        # a person's name ends the run: `(IAKMI) Ede Surya Darmawan`
        if run.end <= len(self.org_chars) and self.org_chars[run.end - 1]:
            return True
        return bool(run.toks) and not any(_uncommon_word(t) for t in run.toks)

    def subject_person(self, lo: int, hi: int, skip, text: str = "") -> _Run | None:
        """The last person-like run in clause-subject position between lo and hi."""
        for run in reversed(self.runs):
            if run.start >= hi:
                continue
            if run.start < lo:
                break
            if run.quoted or not run.subject or any(a <= run.start < b for a, b in skip) or self.is_not_person(run):
                continue
            if text and _in_argument(text, run.start):
                continue
            part = self.person_part(run.toks)
            if part and (len(part) >= 2 or (run.titled and len(run.toks) == 1) or self.known_person(part)) and all(_name_like(t) for t in part):
                return run
        return None

    def known_person(self, part: tuple[str, ...]) -> bool:
        """One word that is part of a person's fuller name in the article
        (`Budiyanto menyarankan ...` after `Kepala Polres Budiyanto Santoso`)."""
        if len(part) != 1:
            return False
        key = part[0].lower()
        for run in self.runs:
            if run.quoted:
                continue
            whole = self.name_core(self.person_part(run.toks), min_cut=1)  # `... Cilacap Jumawan`
            low = [t.lower() for t in whole]
            if key not in low or any(t in self.org_words for t in low):
                continue
            if len(whole) >= 2 or run.titled:
                return True
        return False


def _better_name(own: str, entity_name: str) -> str:
    """The entity's name when it is a fuller form of ours (contains our last
    word and is longer) or the person at the end of our run; else ours."""
    ow, ew = own.split(), entity_name.split()
    if ow and len(ew) > len(ow) and ow[-1].lower() in (w.lower() for w in ew):
        return entity_name
    if len(ew) >= 2 and len(ow) > len(ew) and [w.lower() for w in ow[-len(ew):]] == [w.lower() for w in ew]:
        return entity_name  # `Bluebird Adrianto Djokosoetono` -> the PER `Adrianto Djokosoetono`
    return own


def _entity_for(name: str, span: tuple[int, int] | None, entities: list[Entity], person: bool | None = None) -> Entity | None:
    """The entity a speaker name refers to. A mention overlap counts only when
    the entity's names share a word with `name` (a speaker phrase like
    `Bluebird Adrianto Djokosoetono` overlaps the ORG `Bluebird` too); else an
    exact name/alias match; else a PER whose name contains every word of `name`."""
    low = name.lower()
    toks = set(low.split())
    if not toks:
        return None
    types = ("PER",) if person else ("ORG",) if person is False else ("PER", "ORG")

    def words(ent: Entity) -> set[str]:
        out = set(ent.name.lower().split())
        for a in ent.aliases:
            out.update(a.lower().split())
        return out

    if span:
        hits = [
            ent
            for ent in entities
            if ent.type in types and any(m.start < span[1] and span[0] < m.end for m in ent.mentions) and toks & words(ent)
        ]
        hits.sort(key=lambda e: (e.type != "PER", -len(toks & words(e))))
        if hits:
            return hits[0]
    for ent in entities:
        if ent.type in types and low in [ent.name.lower(), *(a.lower() for a in ent.aliases)]:
            return ent
    for ent in entities:
        if ent.type == "PER" and toks <= set(ent.name.lower().split()):
            return ent
    return None


def _last_person_before(index: _NameIndex, pos: int, skip, lex: _Lex, window: int = 1500) -> tuple[str, tuple[int, int]] | None:
    for run in reversed(index.runs):
        if run.end > pos or run.quoted:
            continue
        if pos - run.end > window:
            break
        if any(a <= run.start < b for a, b in skip) or index.is_not_person(run):
            continue
        part = index.person_part(run.toks)
        if part and (len(part) >= 2 or run.titled) and all(_name_like(t) for t in part):
            return " ".join(part), (run.start, run.end)
    return None


STALE_CHARS = 500
# `Apalagi, Presiden Joko Widodo sudah menyampaikan ...` inside Irma's statement:
# a sentence opened by an argument connective continues the current speaker's
# reasoning; a person it reports does not become the antecedent of `ujarnya`
ARGUMENT_OPENER_RE = re.compile(r"(?:^|[.!?”\"]\s+)(?:Apalagi|Terlebih|Padahal),\s+[^.!?]*$")


def _in_argument(text: str, pos: int) -> bool:
    return bool(ARGUMENT_OPENER_RE.search(text[max(0, pos - 300): pos]))


# `Dia berharap ... ”...,” ujarnya.`: the sentence before the quote has a pronoun
# subject, so the clitic stays with the current speaker even when the next
# sentence introduces a new person (no INTRODUCED_NEXT)
PRONOUN_SUBJECT_BEFORE_RE = re.compile(r"(?:^|[.!?”\"]\s+)(?:[A-Z]\w*(?: \w+)?,\s+)?(?:Dia|Ia|Beliau)\s+[^.!?]*[.!?]\s*$")
INTRODUCED_NEXT = True  # a current speaker further back than this may be replaced by a following one


def _named_right_after(st: _Stmt, stmts: list[_Stmt]) -> _Stmt | None:
    """The next statement, if it starts within a sentence after `st` and names
    its speaker before the content (`X mengatakan, ...`)."""
    end = max(st.end, st.cue[1] if st.cue else st.end)
    for other in sorted(stmts, key=lambda x: x.start):
        if other.start <= end or other is st:
            continue
        if other.spk and other.spk[0] - end < 200 and other.name and not other.pronoun and other.spk[0] < other.start:
            return other
        break
    return None


INTRO_GAP_RE = re.compile(
    r"^[^.!?]{0,60}?[.!?]\s+(?:(?:Sementara itu|Secara terpisah|Di lain pihak|Di sisi lain|Sebelumnya|Adapun),\s*)?$"
)


def _introduced_next(st: _Stmt, stmts: list[_Stmt], text: str) -> _Stmt | None:
    """The speaker of the next sentence when that sentence opens by
    introducing a person not named before in the article (`..." ujarnya.
    Kepala Pusdalops BNPB Bambang Surya Putra menambahkan, ...`)."""
    end = st.cue[1] if st.cue else st.end
    for other in sorted(stmts, key=lambda x: x.start):
        if other.start <= end or other is st:
            continue
        if not (other.spk and other.name and not other.pronoun and other.spk[0] < other.start):
            return None
        sent_open = text[end: other.spk[0]]
        # the gap may hold the sentence end, a connective and the person's titles
        m = SHORT_SENTENCE_RE.match(sent_open)
        if not m:
            return None
        opener = sent_open[m.end():]
        opener = TRANSITION_RE.sub("", opener)
        if opener and not opener[:1].isupper():
            return None
        if len(opener.split()) > 12 or any(w[:1].islower() and w not in ("dan", "dari", "bidang") for w in opener.split()):
            return None
        last = other.name.split()[-1]
        if len(other.name.split()) < 2 or re.search(rf"\b{re.escape(last)}\b", text[: st.start]):
            return None
        return other
    return None


def resolve(stmts: list[_Stmt], text: str, masked: str, entities: list[Entity], skip, lex: _Lex, midcaps=frozenset()) -> None:
    quoted = [(st.start, st.end) for st in stmts if st.kind == "direct"]
    index = _NameIndex.build(masked, lex, midcaps, quoted)
    person_words = {w.lower() for ent in entities if ent.type == "PER" for w in ent.name.split()}
    # short names only: a long ORG span may have swallowed the person after it
    index.org_words = frozenset(
        w.lower() for ent in entities if ent.type in ("ORG", "LOC") and len(ent.name.split()) <= ORG_WORDS_MAX and "," not in ent.name for w in ent.name.split()
    ) - person_words
    index.person_chars, index.org_chars = bytearray(len(text)), bytearray(len(text))
    for ent in entities:
        chars = index.person_chars if ent.type == "PER" else index.org_chars if ent.type in ("ORG", "LOC") else None
        if chars is not None:
            for m in ent.mentions:
                chars[m.start: m.end] = b"\x01" * (min(m.end, len(text)) - m.start)
    current: tuple[str, str | None, tuple[int, int] | None] | None = None
    current_pos = 0
    for st in sorted(stmts, key=lambda x: x.start):
        anchor = st.start if st.kind == "direct" else (st.cue[0] if st.cue else st.start)
        if st.name:
            raw = SPACES_RE.sub(" ", st.name).strip(" ,.")
            words = raw.split()
            is_group = raw[:1].islower()
            rest_toks = _strip_titles(words, lex)[0]
            st.title_only = not is_group and (
                not rest_toks or (len(rest_toks) < len(words) and all(ACRONYM_RE.match(t) or t in lex.nonperson for t in rest_toks))
            )
            rtoks = tuple(raw.split())
            holder = index.titled_person(raw, anchor) if st.title_only else None
            ent = None if is_group or holder else _entity_for(raw, st.spk, entities, bool(index.person_part(rtoks)))
            if holder:
                # `kata Panglima TNI` after `Panglima TNI Marsekal Hadi Tjahjanto`: the holder, not the ORG
                st.name = holder
                hent = _entity_for(" ".join(_strip_titles(holder.split(), lex)[0]), None, entities, True)
                st.entity = hent.id if hent else None
            elif ent is not None and ent.type in ("PER", "ORG"):
                own = raw
                if ent.type == "PER" and not st.title_only:
                    part = index.person_part(tuple(words))
                    own = index.fullest(" ".join(part)) if part else raw
                st.name, st.entity = _better_name(own, ent.name), ent.id
            elif is_group:
                st.name = raw
                st.spk_conf = min(st.spk_conf, 0.7)
            elif st.title_only:
                st.name = index.titled_person(raw, anchor) or raw
            else:
                part = index.person_part(tuple(words))
                if part and len(part) < len(words) and words[len(words) - len(part) - 1] in lex.org_openers:
                    part = ()  # `The Fed`, `Bank Mandiri`: an organisation
                st.name = index.fullest(" ".join(part)) if part else raw
            st.mention = st.spk
            if st.spk and not is_group and not st.title_only:
                # narrow the mention to the name (`Korea Utara (Korut) Kim Jong-un` -> `Kim Jong-un`)
                seg = text[st.spk[0]: st.spk[1]]
                first = st.name.split()[0]
                at = seg.rfind(first)
                if at > 0 and (seg[at - 1].isspace() or seg[at - 1] in ",("):
                    st.mention = (st.spk[0] + at, st.spk[1])
            ntoks = tuple(st.name.split())
            personish = (
                len(index.person_part(ntoks)) == len(ntoks) and not all(t in index.place_like for t in ntoks)
            ) or st.name in lex.agency_names.values() or st.title_only
            personish = personish and (st.title_only or any(_uncommon_word(t) for t in ntoks) or st.entity is not None)
            if not is_group and personish and not _in_argument(text, anchor):
                current = (st.name, st.entity, st.spk)
                current_pos = max(anchor, st.end)
        elif st.pronoun or st.floating:
            run = index.subject_person(current_pos, anchor, skip, text)
            ahead = _named_right_after(st, stmts) if anchor - current_pos > STALE_CHARS else None
            if INTRODUCED_NEXT and st.pronoun and st.cue and text[st.cue[0]: st.cue[1]].lower().endswith("nya") and not (
                current is not None and PRONOUN_SUBJECT_BEFORE_RE.search(text[max(0, st.start - 400): _open_pos(text, st.start)])
            ):
                ahead = _introduced_next(st, stmts, text) or ahead
                if ahead is not None:
                    run = None
            if run is None and ahead is not None:
                # a lead quote whose speaker is introduced in the next sentence
                raw_ahead = SPACES_RE.sub(" ", ahead.name).strip(" ,.")
                part = index.person_part(tuple(raw_ahead.split()))
                st.name = index.fullest(" ".join(part)) if part else raw_ahead
                st.entity, st.mention = ahead.entity, None
                st.spk_conf = 0.6
                continue
            if run is not None:
                name = " ".join(index.person_part(run.toks))
                name = index.fullest(name)
                ent = _entity_for(name, (run.start, run.end), entities, True)
                current = (_better_name(name, ent.name) if ent else name, ent.id if ent else None, (run.start, run.end))
            elif current is None and st.pronoun:
                found = _last_person_before(index, anchor, skip, lex)
                if found:
                    ent = _entity_for(found[0], found[1], entities, True)
                    current = (_better_name(found[0], ent.name) if ent else found[0], ent.id if ent else None, found[1])
            if current is not None:
                st.name, st.entity = current[0], current[1]
                st.mention = st.spk if st.pronoun else None
                st.spk_conf = 0.8 if st.pronoun else 0.6
                current_pos = max(anchor, st.end)
    expand_short_names(stmts, text, index, entities, lex)


ORG_WORDS_MAX = 6  # words of ORG/LOC entity names up to this long are no person's one-word name
SHORT_NAME_MIN = 4  # a clipped name (`Risma`) has at least this many letters
SHORT_NAME_MORE = 2  # ... and the full name word at least this many more


def _article_persons(index: _NameIndex, entities: list[Entity]) -> list[tuple[str, ...]]:
    """Multi-word person names written in the article (runs and PER entities)."""
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    places = {w.lower() for ent in entities if ent.type == "LOC" for w in ent.name.split()}
    for run in index.runs:
        part = index.person_part(run.toks)
        while len(part) > 1 and part[0].lower() in places:
            part = part[1:]  # `Kota Batam Ardiwinata`: the place ends the title
        # one word counts when a title introduces it (`Kepala Dinas Ardiwinata`)
        if (len(part) >= 2 or (run.titled and len(part) == 1)) and all(_name_like(t) for t in part):
            out.setdefault(tuple(t.lower() for t in part), part)
    for ent in entities:
        toks = tuple(ent.name.split())
        if ent.type == "PER" and len(toks) >= 2:
            part = index.person_part(toks)
            if len(part) >= 2:
                out.setdefault(tuple(t.lower() for t in part), part)
    return list(out.values())


TYPO_MIN = 6  # a name word this long may be matched with one typing slip


def _one_edit(a: str, b: str) -> bool:
    """`a` and `b` differ by one inserted, deleted or replaced letter, or two
    swapped neighbours (`Subarraman` / `Subbaraman` is a deletion plus an
    insertion, so no; `Chadir` / `Chaidir` is one)."""
    if a == b or abs(len(a) - len(b)) > 1 or a[:1] != b[:1]:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1:]


def _full_form(core: list[str], text: str, persons: list[tuple[str, ...]], lex: _Lex, index: _NameIndex | None = None) -> str | None:
    """The full name a nickname or clipped name stands for, when the article
    writes it: `Jokowi` -> `Joko Widodo` (nickname list), `Risma` ->
    `Tri Rismaharini`, `Prima` -> `Sri Primawati Indraswari` (the start of one
    name word of exactly one person in the article)."""
    key = " ".join(core).lower()
    full = lex.nicknames.get(key)
    if full and re.search(rf"(?<!\w){re.escape(full)}(?!\w)", text, re.I):
        return full
    if len(core) != 1 or len(core[0]) < SHORT_NAME_MIN or not core[0][:1].isupper() or core[0].isupper():
        return None
    low = core[0].lower()
    text_low = text.lower()
    if any(len(p) >= 2 and low in (t.lower() for t in p) for p in persons):
        return None  # a whole name word: `fullest` already handles it
    def clipped(t: str) -> bool:
        rest = t[len(low):].lower()
        # `Putinsempat`: a scraped word glued to the name, not a longer name
        return (
            t.lower().startswith(low)
            and len(rest) >= SHORT_NAME_MORE
            and rest not in word_list("common_words")
            and not re.search(rf"(?<![\w-]){re.escape(rest)}(?![\w-])", text_low)
        )

    hits = [p for p in persons if any(clipped(t) for t in p)]
    if not hits:
        # `kata Chadir` after `Kepala Biro Hukum Chaidir`: a misspelt name word
        typos = {p for p in persons if len(low) >= TYPO_MIN and any(_one_edit(low, t.lower()) for t in p)}
        if not typos and index is not None and len(low) >= TYPO_MIN:
            # a one-word name the article writes more often (`Chaidir` x9, `Chadir` x2)
            seen = len(index.token_runs.get(low, ()))
            typos = {
                (index.runs[min(ks)].toks[[t.lower() for t in index.runs[min(ks)].toks].index(w)],)
                for w, ks in index.token_runs.items()
                if len(ks) > max(seen, 1) and _one_edit(low, w)
            }
        return " ".join(typos.pop()) if len(typos) == 1 else None
    best = max(hits, key=len)
    bset = {t.lower() for t in best}
    if all({t.lower() for t in h} <= bset for h in hits):
        return " ".join(best)
    return None


def expand_short_names(stmts: list[_Stmt], text: str, index: _NameIndex, entities: list[Entity], lex: _Lex) -> None:
    """Name speakers by the full name the article gives them (in place)."""
    persons = _article_persons(index, entities)
    cache: dict[str, str] = {}
    for st in stmts:
        if not st.name or not st.name[:1].isupper():
            continue
        if st.name not in cache:
            words = st.name.split()
            core = _strip_titles(list(words), lex)[0]
            full = _full_form(core, text, persons, lex, index) if core else None
            cache[st.name] = " ".join([*words[: len(words) - len(core)], full]) if full else st.name
        new = cache[st.name]
        if new != st.name:
            st.name = new
            ent = _entity_for(" ".join(_strip_titles(new.split(), lex)[0]), None, entities, True)
            if ent is not None:
                st.entity = ent.id


# --------------------------------------------------------------------------


def _span(text: str, a: int, b: int) -> Span:
    return Span(start=a, end=b, text=text[a:b])


def find_quotes(doc: Doc) -> list[Quote]:
    text = doc.text
    if not text.strip():
        return []
    lex = lexicon()
    masked = _mask(text)
    skip = list(doc._.skip or ())
    spans = direct_spans(text)
    midcaps = mid_capitals(masked, lex.not_names)
    stmts = attribute_direct(text, masked, spans, skip, lex, midcaps)
    directs = [st for st in stmts if st.kind == "direct"]
    fragments = [st for st in stmts if st.kind == "fragment"]
    taken = [(st.start, st.end) for st in directs]
    for s0, s1 in _sentences(doc):
        if any(a <= s0 and s1 <= b for a, b in skip):
            continue
        # sentences that lie inside a direct quote are the speaker's words
        if any(a <= s0 + 1 and s1 - 1 <= b for a, b in taken):
            continue
        st = indirect_in(text, masked, s0, s1, lex, midcaps)
        if st is None:
            continue
        if st.cue and any(a <= st.cue[0] < b for a, b in taken):
            continue
        overlap = [d for d in directs if d.start < st.end and st.start < d.end]
        named_after = [d for d in overlap if d.start > st.start and d.name and not d.pronoun and not d.floating]
        if named_after:
            # `Para ulama menganjurkan ... tinggi. "Maka saya meminta ...," kata Risma.`:
            # a quote that names its own speaker ends the reported speech before it
            cut = _content(text, st.start, _open_pos(text, min(d.start for d in named_after)))
            if cut is None or cut[0] != st.start:
                continue
            st.end = cut[1]
            overlap = [d for d in overlap if d.start < st.end]
        if overlap:
            # reported speech around a quote: the quote already carries it
            if all(d.end - d.start >= 0.5 * (st.end - st.start) for d in overlap):
                continue
            st.kind = "mixed"
            for d in overlap:
                directs.remove(d)
                stmts.remove(d)
        if any(f.start < st.end and st.start < f.end for f in fragments):
            st.kind = "mixed"
        stmts.append(st)
    stmts = [st for st in stmts if st.kind != "fragment"]
    # drop statements whose content sits in the skipped dateline entirely
    stmts = [st for st in stmts if not any(a <= st.start and st.end <= b for a, b in skip)]
    resolve(stmts, text, masked, list(doc._.entities or ()), skip, lex, midcaps)
    out: list[Quote] = []
    for st in sorted(stmts, key=lambda x: x.start):
        speaker = None
        if st.name:
            mention = None
            if st.mention and st.mention[1] > st.mention[0]:
                m0, m1 = _trim(text, *st.mention)
                mention = _span(text, m0, m1) if m1 > m0 else None
            speaker = Speaker(name=st.name, entity=st.entity, mention=mention, confidence=round(st.spk_conf, 2))
        out.append(
            Quote(
                content=_span(text, st.start, st.end),
                kind=st.kind,  # type: ignore[arg-type]
                speaker=speaker,
                cue=_span(text, *st.cue) if st.cue else None,
                confidence=round(st.confidence, 2),
                floating=st.floating,
            )
        )
    return out


@Language.component("warta_quotes_v1", requires=["doc._.entities"], assigns=["doc._.quotes"])
def quotes_component(doc: Doc) -> Doc:
    doc._.quotes = find_quotes(doc)
    return doc
