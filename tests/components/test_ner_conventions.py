"""The NER conventions step: bracketed acronyms join their organisation or
place, spans without a capital letter go."""

from __future__ import annotations

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Span

from warta.components.ner_conventions import apply_conventions, with_bracketed_acronym
from warta.lang import base_nlp

NLP = base_nlp("rules")


def doc_with(text: str, *ents: tuple[str, str]):
    """`text` tokenised by warta, with each (words, label) as an entity."""
    doc = NLP.make_doc(text)
    spans = []
    for words, label in ents:
        start = text.index(words)
        spans.append(doc.char_span(start, start + len(words), label=label))
    doc.ents = spans
    return doc


def ents(doc) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in doc.ents]


def test_organisation_takes_its_bracketed_acronym():
    doc = doc_with("Ketua Komisi Pemilihan Umum (KPU) Husni Kamil Manik hadir.",
                   ("Komisi Pemilihan Umum", "ORG"), ("Husni Kamil Manik", "PER"))
    assert ents(apply_conventions(doc)) == [("Komisi Pemilihan Umum (KPU)", "ORG"), ("Husni Kamil Manik", "PER")]


def test_acronym_the_ner_tagged_on_its_own_is_swallowed():
    doc = doc_with("Putusan Mahkamah Konstitusi (MK) final.", ("Mahkamah Konstitusi", "ORG"), ("MK", "ORG"))
    assert ents(apply_conventions(doc)) == [("Mahkamah Konstitusi (MK)", "ORG")]


def test_place_and_short_name_in_brackets():
    doc = doc_with("Warga Daerah Khusus Jakarta (DKJ) dan PT Pertamina (Persero) datang.",
                   ("Daerah Khusus Jakarta", "LOC"), ("PT Pertamina", "ORG"))
    assert ents(apply_conventions(doc)) == [("Daerah Khusus Jakarta (DKJ)", "LOC"), ("PT Pertamina (Persero)", "ORG")]


def test_person_keeps_a_bracketed_nickname_apart():
    doc = doc_with("Presiden Joko Widodo (Jokowi) datang.", ("Joko Widodo", "PER"))
    assert ents(apply_conventions(doc)) == [("Joko Widodo", "PER")]


def test_ages_lower_case_words_and_long_brackets_stay_out():
    for text in ("Kantor Bank Mandiri (45) tutup.", "Kantor Bank Mandiri (kini) tutup.",
                 "Kantor Bank Mandiri (Jakarta Pusat) tutup."):
        doc = doc_with(text, ("Bank Mandiri", "ORG"))
        assert ents(apply_conventions(doc)) == [("Bank Mandiri", "ORG")], text


def test_no_closing_bracket_at_the_end_of_the_text():
    doc = doc_with("Kantor Bank Mandiri (BM", ("Bank Mandiri", "ORG"))
    assert with_bracketed_acronym(doc.ents[0]).text == "Bank Mandiri"


def test_spans_without_a_capital_letter_are_dropped():
    doc = doc_with("Sebuah bom meledak di dekat Jakarta.", ("bom", "PER"), ("Jakarta", "LOC"))
    assert ents(apply_conventions(doc)) == [("Jakarta", "LOC")]


def test_lower_case_text_keeps_its_spans():
    doc = doc_with("kemarin prabowo subianto tiba di tokyo.", ("prabowo subianto", "PER"), ("tokyo", "LOC"))
    assert ents(apply_conventions(doc)) == [("prabowo subianto", "PER"), ("tokyo", "LOC")]


def test_capitals_are_looked_for_in_the_span_s_own_sentence():
    doc = doc_with("Ada bom di Jakarta. kemarin prabowo datang.", ("bom", "PER"), ("prabowo", "PER"))
    doc[6].is_sent_start = True
    for token in doc:
        if token.i not in (0, 6):
            token.is_sent_start = False
    assert ents(apply_conventions(doc)) == [("prabowo", "PER")]
    # without sentence boundaries the whole text counts, and it has capitals
    assert ents(apply_conventions(doc_with("Ada bom. kemarin prabowo datang.", ("prabowo", "PER")))) == []


def test_component_is_registered_by_name():
    nlp = spacy.blank("id")
    nlp.add_pipe("warta_ner_conventions")
    doc = nlp.make_doc("Ada bom")
    doc.ents = [Span(doc, 1, 2, label="PER")]
    assert nlp.get_pipe("warta_ner_conventions")(doc).ents == ()


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Ab (KPU)x.")), max_size=40), st.data())
def test_any_entities_stay_inside_the_text_and_never_overlap(text, data):
    doc = NLP.make_doc(text)
    spans, i = [], 0
    while i < len(doc):
        width = data.draw(st.integers(0, 3))
        if width and i + width <= len(doc):
            spans.append(Span(doc, i, i + width, label=data.draw(st.sampled_from(["PER", "ORG", "LOC"]))))
        i += max(width, 1)
    doc.ents = spans
    out = apply_conventions(doc)
    prev_end = 0
    for e in out.ents:
        assert e.start >= prev_end
        assert any(c.isupper() for c in e.text) or not any(c.isupper() for c in text)
        prev_end = e.end
