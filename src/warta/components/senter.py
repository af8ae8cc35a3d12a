"""Sentence boundaries: paragraph breaks always end a sentence; the rule
senter (used when the pipeline has no parser/senter) also splits after
sentence-final punctuation, but not after abbreviations or inside numbers."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


def _paragraph_starts(doc: Doc) -> None:
    for i, tok in enumerate(doc):
        if i == 0:
            tok.is_sent_start = True
        elif "\n" in doc[i - 1].text or "\n" in doc[i - 1].whitespace_:
            tok.is_sent_start = True


@Language.component("warta_paragraphs_v1", assigns=["token.is_sent_start"])
def paragraphs(doc: Doc) -> Doc:
    _paragraph_starts(doc)
    return doc


_FINAL = {".", "!", "?", "…"}
_CLOSERS = {'"', "”", "’", "'", ")", "»"}


@Language.component("warta_senter_v1", assigns=["token.is_sent_start"])
def senter(doc: Doc) -> Doc:
    """(minimal version; to be refined)"""
    for tok in doc:
        tok.is_sent_start = False if tok.i else True
    _paragraph_starts(doc)
    n = len(doc)
    for i, tok in enumerate(doc):
        if tok.text in _FINAL and i + 1 < n:
            j = i + 1
            while j < n and doc[j].text in _CLOSERS:
                j += 1
            if j < n and not doc[j].is_space:
                doc[j].is_sent_start = True
    return doc
