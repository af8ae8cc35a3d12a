"""Case augmentation keeps what is annotated and leaves missing layers missing."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc
from spacy.training import Example

from warta.training.augment import case_variant, create_case_augmenter


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("id")


def ner_only(nlp) -> Example:
    ref = Doc(nlp.vocab, words=["Budi", "ke", "Bandung", "."], spaces=[True, True, False, False], ents=["B-PER", "O", "B-LOC", "O"])
    return Example(nlp.make_doc(ref.text), ref)


def ud_only(nlp) -> Example:
    ref = Doc(nlp.vocab, words=["Budi", "membaca", "."], spaces=[True, False, False], pos=["PROPN", "VERB", "PUNCT"],
              morphs=["", "Voice=Act", ""], lemmas=["Budi", "baca", "."], heads=[1, 1, 1],
              deps=["nsubj", "ROOT", "punct"])
    return Example(nlp.make_doc(ref.text), ref)


def test_upper_variant_of_an_entity_sentence_keeps_entities_and_no_tags(nlp):
    variant = case_variant(nlp, ner_only(nlp), str.upper)
    assert variant.reference.text == "BUDI KE BANDUNG."
    assert [(e.text, e.label_) for e in variant.reference.ents] == [("BUDI", "PER"), ("BANDUNG", "LOC")]
    for layer in ("POS", "MORPH", "LEMMA", "DEP", "TAG"):
        assert not variant.reference.has_annotation(layer), layer


def test_variant_of_a_treebank_sentence_keeps_entities_missing(nlp):
    variant = case_variant(nlp, ud_only(nlp), str.lower)
    ref = variant.reference
    assert ref.text == "budi membaca."
    assert not ref.has_annotation("ENT_IOB")
    assert set(variant.get_aligned_ner()) == {None}
    assert [t.pos_ for t in ref] == ["PROPN", "VERB", "PUNCT"]
    assert [t.lemma_ for t in ref] == ["budi", "baca", "."]
    assert [t.head.i for t in ref] == [1, 1, 1]


def test_augmenter_yields_one_example(nlp):
    for lower, upper, text in ((1.0, 0.0, "budi ke bandung."), (0.0, 1.0, "BUDI KE BANDUNG."), (0.0, 0.0, "Budi ke Bandung.")):
        out = list(create_case_augmenter(lower=lower, upper=upper)(nlp, ner_only(nlp)))
        assert [eg.reference.text for eg in out] == [text]
