"""Korean personal names: the syllable grammar, the span_ruler patterns and
the filter that merges matched names into the predicted entities."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from warta.components.korean_names import (
    HYPHENATED,
    TITLE_SYLLABLE,
    is_korean_name,
    keep_covering_ents,
    name_patterns,
    surnames,
)
from warta.lang import base_nlp


@pytest.mark.parametrize("syllable", ["Jong", "Chon", "Ryong", "Moo", "Hyun", "Kyung", "Un", "Il", "Seok", "Young", "Hwan"])
def test_romanised_syllables(syllable):
    assert TITLE_SYLLABLE.fullmatch(syllable)


@pytest.mark.parametrize("word", ["Widodo", "Budi", "Mulia", "Ada", "Dia", "jong", "JONG", "Santoso", "Ini"])
def test_indonesian_words_are_not_single_syllables(word):
    assert not TITLE_SYLLABLE.fullmatch(word)


def test_hyphenated_given_name_has_a_lower_case_second_syllable():
    assert HYPHENATED.fullmatch("Moo-jin") and HYPHENATED.fullmatch("Jong-un")
    assert not HYPHENATED.fullmatch("Moo-Jin") and not HYPHENATED.fullmatch("moo-jin")
    assert not HYPHENATED.fullmatch("Sehari-hari")


@pytest.mark.parametrize("words,expected", [
    (["Pak", "Jong", "Chon"], True),
    (["Jo", "Chun", "Ryong"], True),
    (["Yang", "Moo-jin"], True),
    (["Pak", "Budi", "Santoso"], False),   # the honorific before an Indonesian name
    (["Yang", "Mulia"], False),            # "Your Excellency"
    (["Yang", "Tak", "Ada"], False),
    (["Budi", "Jong", "Chon"], False),     # not a Korean family name
    (["Kim"], False),
])
def test_is_korean_name(words, expected):
    assert is_korean_name(words) is expected


def test_surnames_include_the_ambiguous_ones():
    assert {"Kim", "Pak", "Yang", "Jo"} <= set(surnames())


@pytest.fixture(scope="module")
def ruler_nlp():
    nlp = base_nlp()   # warta's tokenizer keeps `Moo-jin` whole
    ruler = nlp.add_pipe("span_ruler", config={
        "spans_key": None, "annotate_ents": True, "overwrite": False,
        "ents_filter": {"@misc": "warta.keep_covering_ents.v1"},
    })
    ruler.add_patterns(name_patterns())
    return nlp


def ents(doc):
    return [(e.text, e.label_) for e in doc.ents]


def test_ruler_finds_both_spellings(ruler_nlp):
    doc = ruler_nlp("Marsekal Pak Jong Chon dan Yang Moo-jin hadir, kata Pak Budi.")
    assert ents(doc) == [("Pak Jong Chon", "PER"), ("Yang Moo-jin", "PER")]


VOCAB = Vocab()  # one vocabulary for the hand-made Docs (a blank `id` pipeline takes a second to build)


def _doc_with_ents(words, spans):
    doc = Doc(VOCAB, words=words)
    doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in spans]
    return doc


def test_name_replaces_an_entity_inside_it():
    doc = _doc_with_ents(["Marsekal", "Pak", "Jong", "Chon", "datang"], [(2, 4, "ORG")])
    out = keep_covering_ents(doc.ents, [Span(doc, 1, 4, label="PER")])
    assert [(s.text, s.label_) for s in out] == [("Pak Jong Chon", "PER")]


def test_name_replaces_a_partly_overlapping_entity_and_keeps_the_rest():
    doc = _doc_with_ents(["Direktur", "Mesiu", "Jo", "Chun", "Ryong", "di", "Pyongyang"],
                         [(0, 3, "ORG"), (6, 7, "LOC")])
    out = keep_covering_ents(doc.ents, [Span(doc, 2, 5, label="PER")])
    assert [(s.text, s.label_) for s in out] == [("Jo Chun Ryong", "PER"), ("Pyongyang", "LOC")]


def test_an_organisation_containing_the_name_stays():
    doc = _doc_with_ents(["Universitas", "Kim", "Il", "Sung"], [(0, 4, "ORG")])
    out = keep_covering_ents(doc.ents, [Span(doc, 1, 4, label="PER")])
    assert [(s.text, s.label_) for s in out] == [("Universitas Kim Il Sung", "ORG")]


def test_a_longer_person_span_is_cut_to_the_name():
    doc = _doc_with_ents(["Pak", "Jong", "Chon", "Marsekal"], [(0, 4, "PER")])
    out = keep_covering_ents(doc.ents, [Span(doc, 0, 3, label="PER")])
    assert [(s.text, s.label_) for s in out] == [("Pak Jong Chon", "PER")]


spans = st.lists(st.tuples(st.integers(0, 11), st.integers(1, 4), st.sampled_from(["PER", "ORG", "LOC"])), max_size=6)


@settings(max_examples=200, deadline=None)
@given(existing=spans, new=spans)
def test_filter_never_overlaps_and_drops_only_what_overlaps_a_name(existing, new):
    doc = Doc(VOCAB, words=[f"w{i}" for i in range(16)])
    taken: set[int] = set()
    ex = []
    for start, length, label in existing:   # doc.ents never overlap
        if not taken & set(range(start, start + length)):
            ex.append(Span(doc, start, start + length, label=label))
            taken |= set(range(start, start + length))
    nw = [Span(doc, s, s + n, label="PER") for s, n, _ in new]
    out = keep_covering_ents(ex, nw)
    doc.ents = out                           # raises on overlap
    for e in ex:
        if not any(e.start < s.end and s.start < e.end for s in nw):
            assert e in out
