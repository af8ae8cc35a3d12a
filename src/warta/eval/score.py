"""Pure scoring functions, one per gold field (rules: ../shared/eval/FORMAT.md).

Each `score_<field>` compares the gold items and the predicted items of ONE
article and returns counts (gold, predicted, matched) plus what was matched.
Nothing here runs the pipeline or reads files; `report.py` adds the counts up
over a gold set (micro averages) and applies the `complete` rule (precision
only on completely annotated articles).

Rules, in FORMAT.md's words and how they are read here:

- Quotes match when their contents overlap by at least half of the shorter
  one's word tokens; one-to-one, best overlap first. Word tokens are the
  `\\w+` runs of the original text, located by offsets (gold and predicted
  offsets both point into the original text), so two quotes overlap only
  where they cover the same words at the same place.
- Speakers (and role holders) match case-insensitively, with leading titles
  (`data/eval/titles.txt`) and trailing degrees (`data/eval/degrees.txt`)
  ignored, when one name's words are a contiguous part of the other's
  (surname `Putin` in `Vladimir Putin`, full name with extra words).
- Entities: per article the set of (type, name); a predicted entity matches a
  gold one of the same type when its name equals the gold name or one of the
  gold aliases, case-insensitively; one gold entity takes one prediction.
- Roles: person as for speakers, role words (a set) overlapping by at least
  half of the shorter role's words.
- Acronyms: exact (short, long) pairs, case-insensitive.
- Dates: same value, and the texts overlap (the predicted span overlaps an
  occurrence of the gold text in the article; string overlap when the gold
  text cannot be found).
- Dateline: outlet and place equal, case-insensitive (a missing dateline has
  both fields None).
- Boilerplate: every gold boilerplate line gone from the cleaned body (each of
  its whole-line occurrences), and no content line dropped.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Sequence

from ..lexicons import data_path
from .gold import GoldAcronym, GoldDate, GoldDateline, GoldEntity, GoldQuote, GoldRole
from .pred import PredAcronym, PredDate, PredDateline, PredEntity, PredQuote, PredRole

# word tokens of the original text (quote overlap) and of names/roles
WORD_RE = re.compile(r"\w+")
# characters dropped inside a name before splitting it into words: "S.H." = "SH", "Mu’ti" = "Muti"
NAME_DROP_RE = re.compile(r"[.'’‘`´]")
# any other non-word character separates words: "Jong-un" = "Jong un"
NAME_SPLIT_RE = re.compile(r"[^\w]+")
SPACE_RE = re.compile(r"\s+")
# a line with no letters or digits ("-", "•") is neither content nor boilerplate
WORDLESS_LINE_RE = re.compile(r"^\W*$")

ENTITY_TYPES = ("PER", "ORG", "LOC", "EVT")  # the types gold annotates


# ----------------------------------------------------------------- results
@dataclass
class FieldScore:
    """Counts for one field of one article."""

    gold: int = 0
    pred: int = 0
    matched: int = 0  # one-to-one: matched gold == matched predicted
    pairs: list[tuple[int, int]] = field(default_factory=list)  # (gold index, pred index)
    by_type: dict[str, "FieldScore"] = field(default_factory=dict)


@dataclass
class QuoteScore(FieldScore):
    speaker_correct: int = 0  # over matched quotes
    cue_correct: int = 0  # over matched quotes
    kind_correct: int = 0  # over matched quotes whose gold has a kind
    kind_total: int = 0


@dataclass
class DatelineScore:
    correct: bool
    outlet_ok: bool
    place_ok: bool


@dataclass
class BoilerplateScore:
    lines: int = 0  # gold boilerplate lines
    removed: int = 0  # of those, gone from the body
    content_lines: int = 0
    content_dropped: int = 0
    kept: list[str] = field(default_factory=list)  # boilerplate still in the body
    dropped: list[str] = field(default_factory=list)  # content lines missing from the body

    @property
    def clean(self) -> bool:
        return self.removed == self.lines and self.content_dropped == 0


# ----------------------------------------------------------------- text helpers
def norm(text: str | None) -> str:
    """Case- and space-insensitive form of a short string."""
    if text is None:
        return ""
    text = unicodedata.normalize("NFKC", text).replace("’", "'").replace("‘", "'")
    return SPACE_RE.sub(" ", text).strip().casefold()


def words(text: str | None) -> list[str]:
    """Lower-cased word tokens of a short string (roles, date texts)."""
    return WORD_RE.findall(norm(text))


def word_spans(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Starts and ends of the word tokens of `text`."""
    starts, ends = [], []
    for m in WORD_RE.finditer(text):
        starts.append(m.start())
        ends.append(m.end())
    return tuple(starts), tuple(ends)


def token_range(spans: tuple[tuple[int, ...], tuple[int, ...]], start: int, end: int) -> tuple[int, int]:
    """Indexes [i, j) of the word tokens that overlap text[start:end]."""
    starts, ends = spans
    if end <= start:
        return 0, 0
    i = bisect_right(ends, start)  # first token ending after `start`
    j = bisect_left(starts, end)  # first token starting at or after `end`
    return i, max(i, j)


def greedy_one_to_one(candidates: Iterable[tuple[tuple, int, int]]) -> list[tuple[int, int]]:
    """(gold, pred) pairs, each index used once, taking candidates in order of
    their sort key (smallest first: put the best first)."""
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, g, p in sorted(candidates):
        if g in used_g or p in used_p:
            continue
        used_g.add(g)
        used_p.add(p)
        pairs.append((g, p))
    return sorted(pairs)


# ----------------------------------------------------------------- names
def _title_lexicon(name: str) -> tuple[tuple[str, ...], ...]:
    with data_path("eval", name).open(encoding="utf-8") as fh:
        entries = {
            tuple(name_words(line))
            for line in fh
            if line.strip() and not line.lstrip().startswith("#")
        }
    entries.discard(())
    return tuple(sorted(entries, key=lambda t: (-len(t), t)))  # longest first


@lru_cache(maxsize=1)
def titles() -> tuple[tuple[str, ...], ...]:
    return _title_lexicon("titles.txt")


@lru_cache(maxsize=1)
def degrees() -> tuple[tuple[str, ...], ...]:
    return _title_lexicon("degrees.txt")


def name_words(name: str | None) -> list[str]:
    """`"Dr. Teguh P. Nugroho"` -> `["dr", "teguh", "p", "nugroho"]`."""
    if not name:
        return []
    text = NAME_DROP_RE.sub("", norm(name))
    return [w for w in NAME_SPLIT_RE.split(text) if w and w != "_"]


def core_name(name: str | None) -> list[str]:
    """The name's words without leading titles and trailing degrees. A name
    that is nothing but titles (`"Presiden"`) keeps its words."""
    ws = name_words(name)
    i, j = 0, len(ws)
    changed = True
    while changed and i < j:
        changed = False
        for t in titles():
            if tuple(ws[i : i + len(t)]) == t and i + len(t) <= j:
                i += len(t)
                changed = True
                break
    changed = True
    while changed and i < j:
        changed = False
        for d in degrees():
            if j - len(d) > i and tuple(ws[j - len(d) : j]) == d:
                j -= len(d)
                changed = True
                break
    return ws[i:j] if i < j else ws


def _contains(big: Sequence[str], small: Sequence[str]) -> bool:
    n = len(small)
    if n == 0 or n > len(big):
        return False
    return any(tuple(big[k : k + n]) == tuple(small) for k in range(len(big) - n + 1))


def same_person(pred: str | None, gold: str | None) -> bool:
    """Does the predicted name name the gold person? Titles ignored; the
    predicted name may be a contiguous part of the gold name (a surname) or
    contain it. A gold name that is only a title (`"Presiden"`) is also found
    inside the full predicted name (`"Presiden Joko Widodo"`)."""
    p, g = core_name(pred), core_name(gold)
    if not p or not g:
        return False
    if _contains(g, p) or _contains(p, g):
        return True
    if g == name_words(gold) and _is_only_titles(g):
        return _contains(name_words(pred), g)
    return False


def _is_only_titles(ws: list[str]) -> bool:
    i = 0
    while i < len(ws):
        for t in titles():
            if tuple(ws[i : i + len(t)]) == t:
                i += len(t)
                break
        else:
            return False
    return True


def speaker_correct(pred: str | None, gold: str | None) -> bool:
    """Speaker-accuracy rule for one matched quote: a gold quote without a
    speaker wants none predicted."""
    if not gold:
        return not pred
    return same_person(pred, gold)


# ----------------------------------------------------------------- quotes
def quote_overlap(ga: tuple[int, int], pa: tuple[int, int]) -> int:
    return max(0, min(ga[1], pa[1]) - max(ga[0], pa[0]))


def match_quotes(gold: Sequence[GoldQuote], pred: Sequence[PredQuote], text: str) -> list[tuple[int, int]]:
    """One-to-one (gold, pred) index pairs: shared word tokens >= half of the
    shorter quote's tokens, most shared tokens first."""
    spans = word_spans(text)
    n = len(text)
    g_rng = [token_range(spans, q.start, q.end) for q in gold]
    p_rng = [token_range(spans, max(0, min(q.start, n)), max(0, min(q.end, n))) for q in pred]
    cands = []
    for gi, gr in enumerate(g_rng):
        glen = gr[1] - gr[0]
        if glen <= 0:
            continue
        for pi, pr in enumerate(p_rng):
            plen = pr[1] - pr[0]
            if plen <= 0:
                continue
            shared = quote_overlap(gr, pr)
            if shared > 0 and 2 * shared >= min(glen, plen):
                cands.append(((-shared, -shared / max(glen, plen), gi, pi), gi, pi))
    return greedy_one_to_one(cands)


def score_quotes(gold: Sequence[GoldQuote], pred: Sequence[PredQuote], text: str) -> QuoteScore:
    pairs = match_quotes(gold, pred, text)
    s = QuoteScore(gold=len(gold), pred=len(pred), matched=len(pairs), pairs=pairs)
    for gi, pi in pairs:
        g, p = gold[gi], pred[pi]
        s.speaker_correct += speaker_correct(p.speaker, g.speaker)
        s.cue_correct += norm(p.cue) == norm(g.cue)
        if g.kind:
            s.kind_total += 1
            s.kind_correct += norm(p.kind) == norm(g.kind)
    return s


# ----------------------------------------------------------------- entities
def _dedupe(keys: Iterable[tuple]) -> list[int]:
    """Indexes of the first occurrence of each key."""
    seen: set[tuple] = set()
    keep = []
    for i, k in enumerate(keys):
        if k not in seen:
            seen.add(k)
            keep.append(i)
    return keep


def score_entities(gold: Sequence[GoldEntity], pred: Sequence[PredEntity]) -> FieldScore:
    """Set of (type, name) per article. Predicted types the gold format does
    not annotate (e.g. MISC) are left out unless this article's gold uses
    them; duplicates count once."""
    types = list(ENTITY_TYPES) + sorted({g.type for g in gold} - set(ENTITY_TYPES))
    gi_keep = _dedupe((g.type, norm(g.name)) for g in gold)
    pi_keep = [i for i in _dedupe((p.type, norm(p.name)) for p in pred) if pred[i].type in types]
    cands = []
    for gi in gi_keep:
        g = gold[gi]
        gname = norm(g.name)
        aliases = {norm(a) for a in g.aliases}
        for pi in pi_keep:
            p = pred[pi]
            if p.type != g.type:
                continue
            pname = norm(p.name)
            if pname == gname:
                cands.append(((0, gi, pi), gi, pi))  # exact name first
            elif pname in aliases:
                cands.append(((1, gi, pi), gi, pi))
    pairs = greedy_one_to_one(cands)
    s = FieldScore(gold=len(gi_keep), pred=len(pi_keep), matched=len(pairs), pairs=pairs)
    for t in types:
        s.by_type[t] = FieldScore(
            gold=sum(1 for i in gi_keep if gold[i].type == t),
            pred=sum(1 for i in pi_keep if pred[i].type == t),
            matched=sum(1 for gi, _ in pairs if gold[gi].type == t),
        )
    return s


# ----------------------------------------------------------------- roles
def role_overlap(pred_role: str, gold_role: str) -> bool:
    """Role words overlap by at least half (of the shorter role's words)."""
    p, g = set(words(pred_role)), set(words(gold_role))
    if not p or not g:
        return False
    return 2 * len(p & g) >= min(len(p), len(g))


def score_roles(gold: Sequence[GoldRole], pred: Sequence[PredRole]) -> FieldScore:
    gi_keep = _dedupe((norm(g.person), norm(g.role)) for g in gold)
    pi_keep = _dedupe((norm(p.person), norm(p.role)) for p in pred)
    cands = []
    for gi in gi_keep:
        g = gold[gi]
        gw = set(words(g.role))
        for pi in pi_keep:
            p = pred[pi]
            if same_person(p.person, g.person) and role_overlap(p.role, g.role):
                pw = set(words(p.role))
                cands.append(((-len(gw & pw), len(gw ^ pw), gi, pi), gi, pi))
    pairs = greedy_one_to_one(cands)
    return FieldScore(gold=len(gi_keep), pred=len(pi_keep), matched=len(pairs), pairs=pairs)


# ----------------------------------------------------------------- acronyms
def score_acronyms(gold: Sequence[GoldAcronym], pred: Sequence[PredAcronym]) -> FieldScore:
    gkeys = [(norm(g.short), norm(g.long)) for g in gold]
    pkeys = [(norm(p.short), norm(p.long)) for p in pred]
    gi_keep, pi_keep = _dedupe(gkeys), _dedupe(pkeys)
    by_key = {gkeys[i]: i for i in gi_keep}
    pairs = sorted((by_key[pkeys[pi]], pi) for pi in pi_keep if pkeys[pi] in by_key)
    return FieldScore(gold=len(gi_keep), pred=len(pi_keep), matched=len(pairs), pairs=pairs)


# ----------------------------------------------------------------- dates
def occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    """Case-insensitive occurrences of `needle` in `text`."""
    if not needle.strip():
        return []
    return [m.span() for m in re.finditer(re.escape(needle), text, re.IGNORECASE)]


def _strings_overlap(a: str, b: str) -> bool:
    na, nb = norm(a), norm(b)
    if not na or not nb:
        return False
    return na in nb or nb in na or bool(set(words(a)) & set(words(b)))


def score_dates(gold: Sequence[GoldDate], pred: Sequence[PredDate], text: str) -> FieldScore:
    """Gold lists each date expression once; predictions are grouped the same
    way (same text and value = one prediction, wherever it occurs)."""
    gi_keep = _dedupe((norm(g.text), norm(g.value)) for g in gold)
    pkeys = [(norm(p.text), norm(p.value)) for p in pred]
    pi_keep = _dedupe(pkeys)
    p_spans: dict[tuple, list[tuple[int, int]]] = {}
    for p, k in zip(pred, pkeys):
        if p.start is not None and p.end is not None and p.end > p.start:
            p_spans.setdefault(k, []).append((p.start, p.end))
    cands = []
    for gi in gi_keep:
        g = gold[gi]
        g_occ = occurrences(text, g.text)
        for pi in pi_keep:
            p = pred[pi]
            if norm(p.value) != norm(g.value) or not p.value:
                continue
            spans = p_spans.get(pkeys[pi], [])
            if g_occ and spans:
                shared = max(quote_overlap(go, ps) for go in g_occ for ps in spans)
                if shared <= 0:
                    continue
            elif _strings_overlap(p.text, g.text):
                shared = len(set(words(p.text)) & set(words(g.text)))
            else:
                continue
            cands.append(((-shared, gi, pi), gi, pi))
    pairs = greedy_one_to_one(cands)
    return FieldScore(gold=len(gi_keep), pred=len(pi_keep), matched=len(pairs), pairs=pairs)


# ----------------------------------------------------------------- dateline
def score_dateline(gold: GoldDateline | None, pred: PredDateline | None) -> DatelineScore:
    g_outlet, g_place = (gold.outlet, gold.place) if gold else (None, None)
    p_outlet, p_place = (pred.outlet, pred.place) if pred else (None, None)
    outlet_ok = norm(g_outlet) == norm(p_outlet)
    place_ok = norm(g_place) == norm(p_place)
    both_or_none = (gold is None) == (pred is None) or (
        # a gold dateline with both fields null is the same as none
        gold is not None and pred is None and not (gold.outlet or gold.place)
    )
    return DatelineScore(correct=both_or_none and outlet_ok and place_ok, outlet_ok=outlet_ok, place_ok=place_ok)


# ----------------------------------------------------------------- boilerplate
def _count_words(haystack: str, needle: str) -> int:
    """Occurrences of `needle` in `haystack` not glued to word characters."""
    pattern = r"(?<!\w)" + re.escape(needle) + r"(?!\w)"
    return len(re.findall(pattern, haystack))


def _squash(text: str) -> str:
    return SPACE_RE.sub("", text)


def score_boilerplate(text: str, boilerplate: Sequence[str], body: str) -> BoilerplateScore:
    """Every gold boilerplate line must be gone from `body`: all of its
    whole-line occurrences in `text` (it may still appear inside a sentence
    that says the same words). Every other line of `text` that has a word is
    content and must still be in `body` (whitespace-insensitive, so re-joined
    lines and repaired glued words still count as kept)."""
    bp = []
    seen = set()
    for line in boilerplate:
        key = line.strip()
        if key and key not in seen:
            seen.add(key)
            bp.append(key)
    s = BoilerplateScore(lines=len(bp))
    lines = [ln.strip() for ln in text.splitlines()]
    for line in bp:
        as_line = sum(1 for ln in lines if ln == line)
        inside = _count_words(text, line) - as_line  # in-sentence uses may stay
        if as_line == 0:
            # not a line of the text (annotation quirk): it must simply be absent
            inside = 0
        if _count_words(body, line) <= max(inside, 0):
            s.removed += 1
        else:
            s.kept.append(line)
    squashed_body = _squash(body)
    for line in lines:
        if not line or line in seen or WORDLESS_LINE_RE.match(line):
            continue
        s.content_lines += 1
        if _squash(line) not in squashed_body:
            s.content_dropped += 1
            s.dropped.append(line)
    return s
