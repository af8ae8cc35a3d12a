"""Scoring helpers of the training steps: recased gold Docs for the
capitals / lower-case NER figures."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, DocBin, Span

from warta.training.build import evaluate, recased


def gold_doc(vocab) -> Doc:
    doc = Doc(vocab, words=["Presiden", "Joko", "Widodo", "tiba", "di", "Bandung", "."],
              spaces=[True, True, True, True, True, False, False])
    doc.ents = [Span(doc, 1, 3, label="PER"), Span(doc, 5, 6, label="LOC")]
    return doc


def test_recased_keeps_tokens_and_entities():
    doc = gold_doc(spacy.blank("id").vocab)
    upper = recased(doc, str.upper)
    assert upper.text == "PRESIDEN JOKO WIDODO TIBA DI BANDUNG."
    assert [(e.text, e.label_) for e in upper.ents] == [("JOKO WIDODO", "PER"), ("BANDUNG", "LOC")]
    assert [(e.text, e.label_) for e in recased(doc, str.lower).ents] == [("joko widodo", "PER"), ("bandung", "LOC")]


def test_recased_skips_a_doc_whose_words_change_length():
    vocab = spacy.blank("id").vocab
    assert recased(Doc(vocab, words=["Straße", "itu"]), str.upper) is None  # ß -> SS


def test_evaluate_on_recased_gold(tmp_path):
    nlp = spacy.blank("id")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "LOC", "pattern": "Bandung"}])
    path = tmp_path / "gold.spacy"
    DocBin(docs=[gold_doc(nlp.vocab)]).to_disk(path)
    # the ruler matches the name as written, not in capitals
    assert evaluate(nlp, path)["ents_per_type"]["LOC"]["f"] == 1.0
    assert evaluate(nlp, path, change=str.upper)["ents_r"] == 0.0
