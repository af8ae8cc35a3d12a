"""Glued-word repair: scraped hyperlink text glued to its neighbours
(`HargaBitcoindan`, `adalahgejala depresiyang`, `dariHuffington Post`).

Evidence, strongest first (an ordered rule list, `RULES`):

1. `case_change`: a lower-case letter followed by a capital inside a word
   (`dariHuffington`, `JakartaKita`), where the left part is a frequent word
   and the whole word is not a known mixed-case word (`YouTube`, `detikNews`,
   `lexicons/camelcase.txt`).
2. `acronym_word`: an upper-case run glued to a capitalised word (`PTWaskita`,
   `DPRDJabar`), where the run is a frequent word on its own.
3. `function_word`: a word unknown to the corpus lexicon that splits into a
   frequent word plus one of the short words link text is glued to
   (`Bitcoindan`, `mentalyang`, `adalahgejala`; `lexicons/glue_function_words.txt`).
4. `two_words`: an unknown lower-case word that splits into two frequent
   content words (`kondisikesehatan`, `rupiahterhadap`).

"Frequent" is measured in `lexicons/wordfreq.tsv`, word counts derived from
the development corpus. No split leaves a bound morpheme (`antar`, `-nya`,
`lexicons/glue_affixes.txt`) as a word. Words next to digits or inside URLs,
e-mail addresses and handles are never touched, and neither is a mixed-case
word written the same way twice in the article (`BlueSky`, `NewJeans`: a
name, since glued link text rarely repeats exactly).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from ..lexicons import ordered_list, table, word_list

# a run of letters long enough to be split (shorter runs never are)
CANDIDATE_RE = re.compile(r"[A-Za-z]{5,}")
# a letter run with a lower-case letter followed by a capital
MIXED_CASE_RE = re.compile(r"[A-Za-z]*[a-z][A-Z][A-Za-z]*")
REPEATED_NAME_MIN = 2
# a short capitalised first part of a mixed-case word is a name particle
# or a brand prefix (De|Santis, Mc|Laren, My|Daily, Le|Bron), not a glued word
NAME_PARTICLE_RE = re.compile(r"^[A-Z][a-z]{1,2}$")
# a capital after the first letter
INNER_CAPITAL_RE = re.compile(r"(?<=.)[A-Z]")
# lower->upper transition inside a word
CASE_CHANGE_RE = re.compile(r"(?<=[a-z])(?=[A-Z])")
# upper-case run glued to a (capitalised) word: PT|Waskita, HIV|itu
ACRONYM_RUN_RE = re.compile(r"^([A-Z]{2,})(?=[a-z]{2,}$)")
# characters that mark a token as part of a URL, handle, e-mail or code
NOT_PROSE_BEFORE = frozenset("/.@_#=&?%:\\0123456789")
NOT_PROSE_AFTER = frozenset("/@_#=&?%\\0123456789")

MIN_WORD = 5  # shorter words are never split (keep in step with CANDIDATE_RE)
MIN_PART = 3  # parts shorter than this must be a function word
FREQ_LEFT_CASE = 20  # left part of a case-change split
FREQ_PART = 40  # each part of a two-content-word split
FREQ_WITH_FUNCTION = 8  # the content part next to a function word
FREQ_TITLE_LEFT = 300  # a capitalised first part (Israelmeluncurkan): names are rarer
MIN_TITLE_RIGHT = 6  # place names compound short words: Kalijaya, Kotagede
MIN_CONTENT_NEXT_TO_FUNCTION = 4  # "para|rel" is not evidence enough


@dataclass(frozen=True)
class Repair:
    at: int  # offset in the original text where a space is inserted
    text: str  # the glued word as written
    repaired: str  # the word with the space(s)
    rule: str


@lru_cache(maxsize=None)
def word_freq() -> dict[str, int]:
    return {row["word"]: int(row["count"]) for row in table("wordfreq")}


@lru_cache(maxsize=None)
def function_words() -> frozenset[str]:
    return word_list("glue_function_words")


@lru_cache(maxsize=None)
def camel_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """(exact mixed-case words, brand prefixes)."""
    entries = ordered_list("camelcase")
    exact = frozenset(e for e in entries if not e.endswith("*"))
    prefixes = tuple(e[:-1] for e in entries if e.endswith("*"))
    return exact, prefixes


@lru_cache(maxsize=None)
def affixes() -> tuple[frozenset[str], frozenset[str]]:
    rows = table("glue_affixes")
    return (
        frozenset(r["form"] for r in rows if r["kind"] == "prefix"),
        frozenset(r["form"] for r in rows if r["kind"] == "suffix"),
    )


def _freq(word: str) -> int:
    return word_freq().get(word.lower(), 0)


def _is_known_camel(word: str) -> bool:
    exact, prefixes = camel_words()
    if word in exact:
        return True
    return any(word.startswith(p) and len(word) > len(p) and word[len(p)].isupper() for p in prefixes)


def _camel_suffix_start(word: str) -> int | None:
    """Start of a known mixed-case word glued at the end (`dilansirdetikNews`)."""
    exact, prefixes = camel_words()
    for p in prefixes:
        i = word.find(p, 1)
        if i > 0 and i + len(p) < len(word) and word[i + len(p)].isupper():
            return i
    for w in exact:
        if len(w) >= 4 and word.endswith(w) and len(word) > len(w):
            return len(word) - len(w)
    return None


def _is_derivation(low: str, prefixes: frozenset[str], suffixes: frozenset[str]) -> bool:
    """A known word plus an affix (`maritim+nya`, `ber+kolaborasi`): a real
    word the corpus happens not to contain, not two glued words."""
    for suf in suffixes:
        if low.endswith(suf) and _freq(low[: -len(suf)]) > 0 and len(low) - len(suf) >= MIN_PART + 1:
            return True
    for pre in prefixes:
        if low.startswith(pre) and _freq(low[len(pre) :]) > 0 and len(low) - len(pre) >= MIN_PART + 1:
            return True
    return False


def _split_acronym(piece: str) -> int | None:
    """Split point in an upper-case run glued to a word: `PT|Waskita`,
    `HIV|itu`, `BCA|tahun`."""
    m = ACRONYM_RUN_RE.match(piece)
    if not m:
        return None
    run, rest = m.group(1), piece[m.end(1) :]
    # HIV|itu: the lower-case rest is a word by itself
    if (
        rest.islower()
        and len(rest) >= MIN_PART
        and rest not in affixes()[1]
        and _freq(rest) >= FREQ_WITH_FUNCTION
        and len(run) >= 2
    ):
        return len(run)
    # PT|Waskita: the run minus its last letter is a word, the rest is capitalised
    head = run[:-1]
    if len(head) >= 2 and _freq(head) >= FREQ_LEFT_CASE and len(rest) >= 2:
        return len(head)
    return None


def _split_plain(word: str) -> tuple[int, str] | None:
    """Best split of a word with no case change: (position, rule)."""
    if len(word) < MIN_WORD or _freq(word) > 0:
        return None
    if not (word.islower() or (word[0].isupper() and word[1:].islower())):
        return None
    prefixes, suffixes = affixes()
    if _is_derivation(word.lower(), prefixes, suffixes):
        return None
    fw = function_words()
    best: tuple[int, int, str] | None = None  # (score, pos, rule)
    for i in range(2, len(word) - 1):
        left, right = word[:i], word[i:]
        ll, rl = left.lower(), right.lower()
        if ll in prefixes or rl in suffixes:
            continue
        fl, fr = _freq(ll), _freq(rl)
        if not fl or not fr:
            continue
        if (
            rl in fw
            and len(ll) >= MIN_CONTENT_NEXT_TO_FUNCTION
            and fl >= FREQ_WITH_FUNCTION
            and (word.islower() or len(rl) >= MIN_PART)  # names end in -di, -ke: Aryadi, Anneke
        ):
            score, rule = fl, "function_word"
        elif ll in fw and len(rl) >= MIN_CONTENT_NEXT_TO_FUNCTION and fr >= FREQ_WITH_FUNCTION and word.islower():
            score, rule = fr, "function_word"
        elif (
            word.islower()
            and len(ll) >= MIN_PART + 1
            and len(rl) >= MIN_PART + 1
            and fl >= FREQ_PART
            and fr >= FREQ_PART
        ):
            score, rule = min(fl, fr), "two_words"
        elif (
            word[0].isupper()
            and len(ll) >= MIN_PART + 1
            and len(rl) >= MIN_TITLE_RIGHT
            and fl >= FREQ_TITLE_LEFT
            and fr >= FREQ_PART
        ):
            score, rule = min(fl, fr), "two_words"
        else:
            continue
        if best is None or score > best[0]:
            best = (score, i, rule)
    return (best[1], best[2]) if best else None


def _split_word(word: str) -> list[tuple[int, str]]:
    """Split points (offsets into `word`) with their rule."""
    if len(word) < MIN_WORD:
        return []
    if not INNER_CAPITAL_RE.search(word):  # the common case: one plain word
        sp = _split_plain(word)
        return [sp] if sp else []
    if _is_known_camel(word):
        return []
    cut = _camel_suffix_start(word)
    if cut is not None:
        left = word[:cut]
        if _freq(left) >= FREQ_LEFT_CASE or len(_split_word(left)) > 0:
            return [(p, r) for p, r in _split_word(left)] + [(cut, "case_change")]
        return []
    out: list[tuple[int, str]] = []
    # pieces between lower->upper case changes
    starts = [0] + [m.start() for m in CASE_CHANGE_RE.finditer(word) if m.start() > 0]
    bounds = starts + [len(word)]
    for k in range(len(starts)):
        s, e = bounds[k], bounds[k + 1]
        piece = word[s:e]
        if k > 0:
            left = word[bounds[k - 1] : s]
            if (
                len(left) >= 2
                and len(piece) >= 2  # KontraS: a single capital is not a glued word
                and not NAME_PARTICLE_RE.match(left)  # DeSantis, McLaren, MyDaily
                and _freq(left) >= FREQ_LEFT_CASE
                and not _is_known_camel(word[bounds[k - 1] : e])
            ):
                out.append((s, "case_change"))
        cut = _split_acronym(piece)
        if cut is not None:
            out.append((s + cut, "acronym_word"))
            sub = [(s, piece[:cut]), (s + cut, piece[cut:])]
        else:
            sub = [(s, piece)]
        for ps, p in sub:
            sp = _split_plain(p)
            if sp:
                out.append((ps + sp[0], sp[1]))
    return sorted(set(out))


def find_repairs(text: str, keep: list[tuple[int, int]] | None = None) -> list[Repair]:
    """Glued-word repairs inside the kept ranges of `text`, sorted by offset."""
    ranges = keep if keep is not None else [(0, len(text))]
    out: list[Repair] = []
    freq = word_freq()
    inner_capital = INNER_CAPITAL_RE.search
    # a mixed-case word written the same way twice in one article is a name
    # (BlueSky, NewJeans), not link text glued to its neighbour
    mixed = Counter(m.group() for m in MIXED_CASE_RE.finditer(text))
    repeated = {w for w, n in mixed.items() if n >= REPEATED_NAME_MIN}
    for lo, hi in ranges:
        for m in CANDIDATE_RE.finditer(text, lo, hi):
            word = m.group()
            # fast path: a known word with no capital inside is never split
            if word.lower() in freq and not inner_capital(word):
                continue
            s, e = m.span()
            if (s > 0 and text[s - 1] in NOT_PROSE_BEFORE) or (e < len(text) and text[e] in NOT_PROSE_AFTER):
                continue
            if e + 1 < len(text) and text[e] == "." and text[e + 1].isalpha():
                continue  # a domain name: Liputan6.com, kompas.lifestyle
            if word in repeated:
                continue
            splits = _split_word(word)
            if not splits:
                continue
            parts, prev = [], 0
            for p, _ in splits:
                parts.append(word[prev:p])
                prev = p
            parts.append(word[prev:])
            repaired = " ".join(parts)
            for p, rule in splits:
                out.append(Repair(at=s + p, text=word, repaired=repaired, rule=rule))
    out.sort(key=lambda r: r.at)
    return out
