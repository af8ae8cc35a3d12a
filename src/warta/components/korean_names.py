"""Korean personal names: a family name and a two-syllable romanised given name.

News text names North and South Korean officials, athletes and actors all the
time (`Pak Jong Chon`, `Jo Chun Ryong`, `Yang Moo-jin`, `Son Heung-min`), and
the NER corpora hardly contain any: the statistical NER misses them or cuts
them up, most of all where the family name is also an Indonesian word (`Pak`,
the honorific; `Yang`, "which"). Romanised Korean syllables follow a small
grammar (onset, optional glide, vowel, optional final consonant), so a known
family name followed by two such syllables, written `Jong Chon` or
`Moo-jin`, is a name with very few false alarms: on the 5,486 articles of
../shared/corpus, 74 of the 75 distinct matches are people (the other is the
song title `Cha Cha Cha`).

The patterns feed a spaCy `span_ruler` after the NER in the trained
pipeline (`training.build.add_name_ruler`); `keep_covering_ents` decides
what happens where the NER already found something.
"""

from __future__ import annotations

import re
from typing import Any, Iterable

from spacy.tokens import Span
from spacy.util import filter_spans, registry

from ..lexicons import word_list

_ONSET = r"(?:ch|kk|tt|pp|ss|jj|sh|[bcdghjklmnprstwy])?"
_GLIDE = r"[yw]?"
_VOWEL = r"(?:ae|eo|eu|ee|oe|oo|ou|ui|a|e|i|o|u)"
_FINAL = r"(?:ng|[kgnlmpbt])?"
SYLLABLE = _ONSET + _GLIDE + _VOWEL + _FINAL

# `Jong`, `Moo`: a capitalised syllable; `Moo-jin`: two syllables joined by a hyphen.
TITLE_SYLLABLE = re.compile(rf"(?=[A-Z][a-z]*$)(?i:{SYLLABLE})")
HYPHENATED = re.compile(rf"(?=[A-Z][a-z]*-[a-z]+$)(?i:{SYLLABLE})-{SYLLABLE}")

LABEL = "PER"


def surnames() -> frozenset[str]:
    return word_list("korean_surnames")


def name_patterns() -> list[dict[str, Any]]:
    """span_ruler patterns: surname + `Moo-jin`, surname + `Jong` + `Chon`."""
    surname = {"ORTH": {"IN": sorted(surnames())}}
    title = {"TEXT": {"REGEX": rf"^{TITLE_SYLLABLE.pattern}$"}}
    hyphenated = {"TEXT": {"REGEX": rf"^{HYPHENATED.pattern}$"}}
    return [
        {"label": LABEL, "pattern": [surname, hyphenated], "id": "korean_name"},
        {"label": LABEL, "pattern": [surname, title, title], "id": "korean_name"},
    ]


def is_korean_name(words: Iterable[str]) -> bool:
    """The same test on plain words (`["Pak", "Jong", "Chon"]`)."""
    ws = list(words)
    if not ws or ws[0] not in surnames():
        return False
    if len(ws) == 2:
        return HYPHENATED.fullmatch(ws[1]) is not None
    return len(ws) == 3 and all(TITLE_SYLLABLE.fullmatch(w) for w in ws[1:])


def keep_covering_ents(existing: Iterable[Span], new: Iterable[Span]) -> list[Span]:
    """Merge matched names into `doc.ents`.

    A name replaces the predicted entities it overlaps (`Jong Chon` ORG inside
    `Pak Jong Chon`), except a non-person entity that contains it whole:
    `Universitas Kim Il Sung` stays an organisation."""
    existing = list(existing)
    names = filter_spans(new)

    def covers(e: Span, s: Span) -> bool:
        return e.label_ != LABEL and e.start <= s.start and s.end <= e.end and (e.start, e.end) != (s.start, s.end)

    names = [s for s in names if not any(covers(e, s) for e in existing)]
    kept = [e for e in existing if not any(e.start < s.end and s.start < e.end for s in names)]
    return sorted(kept + names, key=lambda s: s.start)


@registry.misc("warta.keep_covering_ents.v1")
def make_keep_covering_ents():
    return keep_covering_ents
