"""Cleaner: boilerplate removal and glued-word repair, driven by
`data/patterns/boilerplate.jsonl`. Every removal is recorded.

Stages (each one testable alone):

1. `find_removals(text)`: spans of the ORIGINAL text that are boilerplate,
   each with its reason. Text-scope patterns (multi-line prompts) run first,
   then every line is tried against the ordered line patterns (first match
   wins). A pattern may also take the teaser headline(s) after it
   (`"teasers": N`) or the tag lines at the end of the article (`"tail"`).
2. `find_repairs(text, keep)`: positions inside kept text where scraped link
   text was glued to its neighbour (`dariHuffington`, `Bitcoindan`); see
   `warta.components.glued`.
3. `clean()` copies the kept text into a `BodyBuilder`, inserting a space at
   each repair, so every body offset maps back to the original.

Removed lines go with their line break, so the body keeps one paragraph per
line and no blank lines appear where boilerplate was.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicons import patterns, word_list
from ..offsets import BodyBuilder, OffsetMap
from ..types import Removed
from .dateline import find_dateline
from .glued import Repair, find_repairs

# a line: its content without the line break
LINE_RE = re.compile(r"[^\n]*")
WORD_RE = re.compile(r"\S+")
# sentence-final punctuation (possibly followed by closing quotes/brackets)
SENTENCE_END_RE = re.compile(r"[.;:,]['\"”’)\]]*$")
# a teaser headline must not open like a quotation or a continuation
TEASER_BAD_START_RE = re.compile(r"^[\"“”a-z(\[,.\-–—•*]")
CAPITALISED_RE = re.compile(r"^['‘]?[A-Z0-9]")
# the first word right after a dateline, with no space between
GLUED_AFTER_DATELINE_RE = re.compile(r"[\w\"“‘'(]")
# characters stripped around a line before matching (incl. no-break space)
STRIP_CHARS = " \t\r\f\v\u00a0\u200b\ufeff"

TEASER_MAX_WORDS = 22
TEASER_MAX_CHARS = 180
# a line that ends like a finished sentence or a heading colon
LINE_TERMINAL_RE = re.compile(r"[.!?…:;]['\"”’)\]]*$")
# a line that can only continue the line before it
CONTINUATION_START_RE = re.compile(r"^(?:[a-z]|[,.;:)\]%]|[-–—]\s*[a-z])")
LAST_WORD_RE = re.compile(r"([A-Za-z]+)$")
JOIN_MIN_WORDS = 6  # a shorter line ending in "dan" may be a list item
JOIN_MAX_COMMA_LINE_WORDS = 3
TAG_MAX_WORDS = 6
TAG_MAX_CHARS = 60


@dataclass(frozen=True)
class Rule:
    name: str
    reason: str
    scope: str
    regex: re.Pattern
    teasers: int = 0
    max_words: int | None = None
    tail: bool = False


@dataclass(frozen=True)
class CleanResult:
    body: str
    offsets: OffsetMap  # body offset -> original offset
    removed: tuple[Removed, ...]  # offsets into the original text
    repairs: tuple[Repair, ...] = ()  # glued-word repairs, offsets into the original


def _compile(spec: dict) -> Rule:
    flags = re.IGNORECASE if spec.get("ignorecase") else 0
    scope = spec.get("scope", "line")
    if scope == "text":
        regex = re.compile(spec["pattern"], flags | re.MULTILINE)
    elif scope == "line":
        regex = re.compile(spec["pattern"], flags)
    else:
        raise ValueError(f"boilerplate pattern {spec.get('name')!r}: unknown scope {scope!r}")
    return Rule(
        name=spec["name"],
        reason=spec["reason"],
        scope=scope,
        regex=regex,
        teasers=int(spec.get("teasers", 0)),
        max_words=spec.get("max_words"),
        tail=bool(spec.get("tail", False)),
    )


@lru_cache(maxsize=None)
def rules() -> tuple[tuple[Rule, ...], tuple[Rule, ...]]:
    """(text rules, line rules) compiled once from the pattern file."""
    compiled = [_compile(spec) for spec in patterns("boilerplate")]
    return (
        tuple(r for r in compiled if r.scope == "text"),
        tuple(r for r in compiled if r.scope == "line"),
    )


@dataclass(frozen=True)
class _Line:
    start: int  # offset of the stripped content
    end: int
    text: str  # stripped content


def _lines(text: str, lo: int = 0, hi: int | None = None) -> list[_Line]:
    hi = len(text) if hi is None else hi
    out = []
    pos = lo
    while pos <= hi:
        nl = text.find("\n", pos, hi)
        end = hi if nl < 0 else nl
        raw = text[pos:end]
        stripped = raw.strip(STRIP_CHARS)
        if stripped:
            s = pos + (len(raw) - len(raw.lstrip(STRIP_CHARS)))
            out.append(_Line(s, s + len(stripped), stripped))
        if nl < 0:
            break
        pos = nl + 1
    return out


def _n_words(s: str) -> int:
    return len(WORD_RE.findall(s))


def match_line(line: str) -> Rule | None:
    """The first line rule matching the whole (stripped) line."""
    for rule in rules()[1]:
        if rule.regex.fullmatch(line) and (rule.max_words is None or _n_words(line) <= rule.max_words):
            return rule
    return None


def is_teaser(line: str) -> bool:
    """A headline-like line: short, capitalised, no sentence punctuation at
    the end, not a quotation."""
    words = WORD_RE.findall(line)
    if not words or len(words) > TEASER_MAX_WORDS or len(line) > TEASER_MAX_CHARS:
        return False
    if TEASER_BAD_START_RE.match(line) or SENTENCE_END_RE.search(line):
        return False
    long_words = [w for w in words if len(w) > 3]
    if not long_words:
        return False
    caps = sum(1 for w in long_words if CAPITALISED_RE.match(w))
    return caps * 2 >= len(long_words)


def is_tag(line: str) -> bool:
    """A topic tag or promo link line at the end of an article."""
    return (
        len(line) <= TAG_MAX_CHARS
        and _n_words(line) <= TAG_MAX_WORDS
        and not SENTENCE_END_RE.search(line)
        and not line.startswith(("\"", "“"))
    )


def find_removals(text: str) -> list[Removed]:
    """Boilerplate spans of `text`, sorted, non-overlapping."""
    text_rules, _ = rules()
    spans: list[tuple[int, int, str]] = []
    for rule in text_rules:
        for m in rule.regex.finditer(text):
            if m.end() > m.start():
                spans.append((m.start(), m.end(), rule.reason))
    spans.sort()
    covered = _merge(spans)

    lines = [ln for ln in _lines(text) if not _inside(ln.start, ln.end, covered)]
    i = 0
    n = len(lines)
    while i < n:
        ln = lines[i]
        rule = match_line(ln.text)
        if rule is None:
            i += 1
            continue
        spans.append((ln.start, ln.end, rule.reason))
        j = i + 1
        # teaser headlines right after a "Baca juga:" line
        taken = 0
        while taken < rule.teasers and j < n and match_line(lines[j].text) is None and is_teaser(lines[j].text):
            spans.append((lines[j].start, lines[j].end, rule.reason))
            taken += 1
            j += 1
        if rule.tail and j < n:
            rest = lines[j:]
            if all(match_line(x.text) is not None or is_tag(x.text) for x in rest):
                for x in rest:
                    r = match_line(x.text)
                    spans.append((x.start, x.end, r.reason if r else "tags"))
                j = n
        i = j
    spans.sort()
    return [Removed(start=s, end=e, reason=r, text=text[s:e]) for s, e, r in _dedupe(spans)]


def _merge(spans: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e, _ in spans:
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _inside(s: int, e: int, covered: list[tuple[int, int]]) -> bool:
    return any(cs <= s and e <= ce for cs, ce in covered) or any(cs < e and s < ce for cs, ce in covered)


def _dedupe(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for s, e, r in spans:
        if out and s < out[-1][1]:
            ps, pe, pr = out[-1]
            out[-1] = (ps, max(pe, e), pr)
        else:
            out.append((s, e, r))
    return out


def _cut_with_break(text: str, s: int, e: int) -> tuple[int, int]:
    """Extend a removed span over its whole line(s) and one line break, so
    the body keeps no empty line where boilerplate was."""
    ls = text.rfind("\n", 0, s) + 1
    le = text.find("\n", e)
    le = len(text) if le < 0 else le
    if text[ls:s].strip(STRIP_CHARS) or text[e:le].strip(STRIP_CHARS):
        return s, e  # shares its line with kept text: cut only the span
    if le < len(text):
        return ls, le + 1
    if ls > 0:
        return ls - 1, le  # last line: take the break before it
    return ls, le


@lru_cache(maxsize=None)
def line_join_words() -> frozenset[str]:
    return word_list("line_join_words")


def _joins_next(prev_para: str, line: str, nxt: str) -> bool:
    """Whether the break between `line` and the next line `nxt` is a scraping
    artefact (link text put on a line of its own), not a paragraph break.
    `prev_para` is the paragraph so far, ending with `line`."""
    if LINE_TERMINAL_RE.search(line):
        return False
    if CONTINUATION_START_RE.match(nxt):
        return True  # "... peristiwa\ntawuran\ndua kelompok", "Selatan\n, Sumba"
    if _n_words(prev_para) < JOIN_MIN_WORDS:
        return False
    last = LAST_WORD_RE.search(line)
    if last and last.group(1).lower() in line_join_words():
        return True  # "... kata\nKapolsek Pasar Rebo"
    # a short line ending in a comma is link text inside a sentence
    # ("dilansir\nAntara,\nSelasa (10/6/2025)."); a long one may end a paragraph
    return line.endswith(",") and _n_words(line) <= JOIN_MAX_COMMA_LINE_WORDS


def find_line_joins(text: str, keep: list[tuple[int, int]]) -> list[int]:
    """Offsets of line breaks (in the original text) inside kept text that
    join a paragraph broken by scraped link text."""
    lines: list[_Line] = []
    breaks: list[bool] = []  # a blank line before this line
    for lo, hi in keep:
        for ln in _lines(text, lo, hi):
            prev_end = lines[-1].end if lines else None
            blank = prev_end is not None and text.count("\n", prev_end, ln.start) > 1 and _has_blank_line(text, prev_end, ln.start)
            lines.append(ln)
            breaks.append(blank)
    out: list[int] = []
    para = ""
    for i, ln in enumerate(lines):
        para = f"{para} {ln.text}" if para else ln.text
        if i + 1 >= len(lines) or breaks[i + 1]:
            para = ""
            continue
        nl = text.find("\n", ln.end, lines[i + 1].start)
        if nl < 0 or not _joins_next(para, ln.text, lines[i + 1].text):
            para = ""
            continue
        out.append(nl)
    return out


def _has_blank_line(text: str, lo: int, hi: int) -> bool:
    return any(not seg.strip(STRIP_CHARS) for seg in text[lo:hi].split("\n")[1:-1])


def _dateline_gap(text: str, keep: list[tuple[int, int]]) -> Repair | None:
    """A space after a dateline glued to the first word (`Jakarta -Kepala`,
    `JAKARTA-MNC`, `KOMPAS.com-Ghosting`), so the tokenizer never joins them."""
    if not keep:
        return None
    ks, ke = keep[0]
    dl = find_dateline(text[ks:ke])
    if dl is None:
        return None
    at = ks + dl.end
    if at >= ke or not GLUED_AFTER_DATELINE_RE.match(text, at):
        return None
    word = WORD_RE.match(text, at)
    glued = text[ks + dl.start : word.end() if word else at]
    return Repair(at=at, text=glued, repaired=text[ks + dl.start : at] + " " + glued[at - ks - dl.start :], rule="dateline_gap")


def clean(text: str, *, repair_glued: bool = True) -> CleanResult:
    """Remove boilerplate lines and repair glued link text."""
    removed = find_removals(text)
    cuts = [_cut_with_break(text, r.start, r.end) for r in removed]
    cuts.sort()
    # the article ends with boilerplate: also drop the line break before it
    block_start = len(text)
    for s, e in reversed(cuts):
        if e >= block_start:
            block_start = min(block_start, s)
    if block_start < len(text) and block_start > 0 and text[block_start - 1] == "\n":
        cuts.append((block_start - 1, block_start))
        cuts.sort()
    keep: list[tuple[int, int]] = []
    pos = 0
    for s, e in cuts:
        if s > pos:
            keep.append((pos, s))
        pos = max(pos, e)
    if pos < len(text):
        keep.append((pos, len(text)))

    repairs = find_repairs(text, keep) if repair_glued else []
    gap = _dateline_gap(text, keep) if repair_glued else None
    if gap is not None and all(r.at != gap.at for r in repairs):
        repairs = sorted([*repairs, gap], key=lambda r: r.at)
    joins = find_line_joins(text, keep) if repair_glued else []
    if joins:
        repairs = sorted(
            [*repairs, *(Repair(at=j, text="\n", repaired=" ", rule="line_join") for j in joins)],
            key=lambda r: r.at,
        )
    builder = BodyBuilder(text)
    ri = 0
    for s, e in keep:
        cur = s
        while ri < len(repairs) and repairs[ri].at < e:
            rep = repairs[ri]
            at = rep.at
            if rep.rule == "line_join":
                # the line break itself is replaced by a space
                if at >= cur:
                    builder.copy(cur, at)
                    builder.insert(" ", at)
                    cur = at + 1
            elif at > cur:
                builder.copy(cur, at)
                builder.insert(" ", at)
                cur = at
            ri += 1
        builder.copy(cur, e)
    body, offsets = builder.build()
    return CleanResult(body, offsets, tuple(removed), tuple(repairs))
