"""Sentence boundaries: paragraph breaks always end a sentence; the rule
senter (used when the pipeline has no parser/senter) also splits after
sentence-final punctuation, but not after abbreviations or inside numbers.

Rules of `warta_senter_v1`, in order (the tokenizer has already kept
`Dr.`, `dkk.`, `1.000,5`, `Rp16.312` and `12/9/2023` whole, see `lang.py`):

1. A paragraph break (a token after a newline) starts a sentence.
2. `.`, `!`, `?`, `…` and `...` end a sentence, together with any closing
   quotes or brackets right after them (`."`, `.”`, `!)`), when the next word
   starts like a sentence: a capital letter, a digit or an opening quote
   (also `”` glued to a capital after a space, the stray opening mark of
   Kompas text). So `"Apa?" kata dia`, `... lalu tidur` and `3 p.m. lalu` do not split.
3. No split after a list marker (`1.` at the start of a paragraph) or after
   an initial (`M. Yusuf`, `B.J. Habibie`).
4. An abbreviation listed in `abbreviations_final.txt` (`dll.`, `Tbk.`,
   `S.H.`) ends a sentence before a capitalised word; other abbreviations
   (`Dr.`, `Jl.`, `No.`) never do.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ..lexicons import ordered_list

FINAL_RE = re.compile(r"^(?:[.!?…]+|\.{2,})$")
CLOSER_RE = re.compile(r"^[\"”’'»)\]]+$")
# an opening quote or bracket that may start a sentence
OPENER_RE = re.compile(r"^[\"“‘'«(\[]")
# a word that may start a sentence: capital letter or digit (after openers)
SENTENCE_START_RE = re.compile(r"^[\"“‘'«(\[]*[A-Z0-9À-Ý]")
# a single capital initial with its dot (`M.`, `B.J.`)
INITIAL_RE = re.compile(r"^(?:[A-Z]\.){1,3}$")
LIST_MARKER_RE = re.compile(r"^(?:\d{1,3}|[a-zA-Z])$")


@lru_cache(maxsize=None)
def final_abbreviations() -> frozenset[str]:
    """Abbreviations that may end a sentence, in every casing lang.py uses."""
    out = set()
    for abbr in ordered_list("abbreviations_final"):
        out.update({abbr, abbr.lower(), abbr[:1].upper() + abbr[1:], abbr.upper()})
    return frozenset(out)


def _paragraph_flags(doc: Doc) -> numpy.ndarray:
    """SENT_START values (1 start, 0 unknown) with every paragraph start set.

    Boundaries are written once with `Doc.from_array`: assigning
    `token.is_sent_start` one token at a time rescans the Doc on every
    assignment, which is quadratic on long articles."""
    flags = numpy.zeros(len(doc), dtype="int32")
    for i in range(len(doc)):
        if _starts_paragraph(doc, i):
            flags[i] = 1
    return flags


def _set_sent_starts(doc: Doc, flags: numpy.ndarray) -> None:
    if len(doc):
        doc.from_array([SENT_START], flags.reshape(-1, 1).astype("uint64"))


def _next_word(doc: Doc, j: int) -> int | None:
    """Index of the first non-space token at or after j."""
    n = len(doc)
    while j < n and doc[j].is_space:
        j += 1
    return j if j < n else None


def _starts_sentence(text: str) -> bool:
    return bool(SENTENCE_START_RE.match(text)) or bool(OPENER_RE.match(text))


def _reversed_opener(doc: Doc, k: int) -> bool:
    """A closing mark used to open a quote (`orang. ”Tidak ada ...`, common in
    Kompas text): glued to a capitalised word after a space."""
    return (
        doc[k].text in ("”", "»")
        and not doc[k].whitespace_
        and k + 1 < len(doc)
        and bool(SENTENCE_START_RE.match(doc[k + 1].text))
    )


def _starts_paragraph(doc: Doc, i: int) -> bool:
    """Whether token i is the first token of its paragraph."""
    if i == 0:
        return True
    prev = doc[i - 1]
    return "\n" in prev.text or "\n" in prev.whitespace_


def _ends_sentence(doc: Doc, i: int) -> int | None:
    """If token i ends a sentence, the index of the next sentence's first
    token; else None."""
    tok = doc[i]
    text = tok.text
    if FINAL_RE.match(text):
        # 3. list marker: "1." / "a." at the start of a paragraph
        if text == "." and i > 0 and LIST_MARKER_RE.match(doc[i - 1].text):
            if _starts_paragraph(doc, i - 1):
                return None
        j = i + 1
        while j < len(doc) and CLOSER_RE.match(doc[j].text) and not doc[j - 1].whitespace_:
            j += 1
        k = _next_word(doc, j)
        if k is None or not (_starts_sentence(doc[k].text) or _reversed_opener(doc, k)):
            return None
        return j
    if text in final_abbreviations():
        k = _next_word(doc, i + 1)
        if k is not None and SENTENCE_START_RE.match(doc[k].text) and not OPENER_RE.match(doc[k].text):
            return k
        return None
    return None


@Language.component("warta_paragraphs_v1", assigns=["token.is_sent_start"])
def paragraphs(doc: Doc) -> Doc:
    _set_sent_starts(doc, _paragraph_flags(doc))
    return doc


@Language.component("warta_senter_v1", assigns=["token.is_sent_start"])
def senter(doc: Doc) -> Doc:
    flags = _paragraph_flags(doc)
    flags[flags == 0] = -1  # every token not starting a sentence is known
    n = len(doc)
    for i in range(n):
        nxt = _ends_sentence(doc, i)
        if nxt is not None and nxt < n and not INITIAL_RE.match(doc[i].text):
            # a whitespace token between sentences belongs to the first one
            k = _next_word(doc, nxt)
            if k is not None:
                flags[k] = 1
    _set_sent_starts(doc, flags)
    return doc
