"""The pipeline shipped in `warta/data/pipeline` (skips when not built)."""

from __future__ import annotations

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.lang import base_nlp, shipped_model_path

pytestmark = pytest.mark.skipif(shipped_model_path() is None, reason="no shipped pipeline")


@pytest.fixture(scope="module")
def model():
    return base_nlp("trained")


def test_components_and_labels(model):
    assert model.pipe_names == ["tok2vec", "morphologizer", "parser", "trainable_lemmatizer", "ner", "agency_ruler",
                                "name_ruler", "warta_ner_conventions"]
    assert set(model.get_pipe("ner").labels) == {"PER", "ORG", "LOC"}
    assert model.config["nlp"]["tokenizer"]["@tokenizers"] == "warta.tokenizer.v1"


def test_directory_loads_with_plain_spacy_load():
    nlp = spacy.load(shipped_model_path())
    assert "ner" in nlp.pipe_names


def test_serialised_tokenizer_is_the_one_the_config_builds():
    """The pipeline's `tokenizer` file holds what `warta.tokenizer.v1`
    builds from the current lexicons, so plain `spacy.load` tokenizes as
    warta does and skips reading the special cases a second time. After a
    lexicon change, write it again: `base_nlp("trained").tokenizer.to_disk(
    <pipeline>/tokenizer, exclude=["vocab"])`."""
    from warta.lang import make_tokenizer

    data = (shipped_model_path() / "tokenizer").read_bytes()
    assert make_tokenizer(spacy.blank("id"))._holds(data, ["vocab"])


def test_tokenizer_keeps_abbreviations(model):
    doc = model("Ia tinggal di Jl. Merdeka, kata Dr. Ani.")
    assert "Jl." in [t.text for t in doc]


def test_annotates_a_news_sentence(model):
    doc = model("Menteri Keuangan Sri Mulyani Indrawati mengatakan di Jakarta bahwa Bank Indonesia menahan suku bunga.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Sri Mulyani Indrawati", "PER") in ents
    assert ("Bank Indonesia", "ORG") in ents
    assert ("Jakarta", "LOC") in ents
    assert {t.pos_ for t in doc} >= {"NOUN", "VERB", "PROPN", "ADP"}
    assert sum(1 for t in doc if t.dep_ == "ROOT") == 1


def test_seed_article_people_and_agencies(model, seed_text):
    ents = {(e.text, e.label_) for e in model(seed_text).ents}
    for name in ("Kim Jong-un", "Vladimir Putin", "Alexander Kozlov", "Pak Jong Chon", "Jo Chun Ryong", "Yang Moo-jin"):
        assert (name, "PER") in ents
    for name in ("KCNA", "Kyodo", "AFP"):
        assert (name, "ORG") in ents


def test_ner_shares_the_one_tok2vec(model):
    assert model.get_pipe("ner").model.get_ref("tok2vec").name.startswith("tok2vec-listener")
    assert model.get_pipe("tok2vec").listening_components == ["morphologizer", "parser", "trainable_lemmatizer", "ner"]


def test_agency_ruler_needs_the_capital_of_a_name_inside_a_sentence(model):
    ents = {(e.text, e.label_) for e in model("Antara lain hadir Budi. Hal itu dilaporkan kantor berita Antara.").ents}
    assert ("Antara", "ORG") in ents
    assert not any(e.start == 0 for e in model("Antara lain hadir Budi.").ents if e.label_ == "ORG")


def test_name_ruler_is_part_of_the_directory_plain_spacy_load_reads():
    nlp = spacy.load(shipped_model_path())
    assert nlp.pipe_names[-2:] == ["name_ruler", "warta_ner_conventions"]
    ents = {(e.text, e.label_) for e in nlp("Kata Pak Jong Chon kepada Pak Budi di Pyongyang.").ents}
    assert ("Pak Jong Chon", "PER") in ents
    assert not any(e.text.startswith("Pak Budi") and e.label_ == "ORG" for e in nlp("Pak Budi datang.").ents)


def test_conventions_step_runs_after_plain_spacy_load():
    # the factory comes from warta's spacy_factories entry point
    nlp = spacy.load(shipped_model_path())
    doc = nlp("Ketua Komisi Pemilihan Umum (KPU) Husni Kamil Manik datang.")
    assert ("Komisi Pemilihan Umum (KPU)", "ORG") in {(e.text, e.label_) for e in doc.ents}
    # the NER alone labels `kabul` LOC and `resepsi` ORG here
    ents = [(e.text, e.label_) for e in nlp("Setelah menggelar ijab kabul, Budi dan Ani akan menggelar resepsi.").ents]
    assert ents == [("Budi", "PER"), ("Ani", "PER")]


@settings(max_examples=25, deadline=None)
@given(st.text(max_size=200))
def test_any_text_gives_offsets_inside_the_text(model, text):
    doc = model(text)
    for ent in doc.ents:
        assert 0 <= ent.start_char < ent.end_char <= len(text)
    assert all(0 <= t.head.i < len(doc) for t in doc)


def test_warta_nlp_runs_rule_components_on_the_trained_pipeline():
    import warta

    nlp = warta.nlp("trained")
    assert nlp.pipe_names[0] == "warta_senter_v1"
    assert {"ner", "parser", "quotes", "entities"} <= set(nlp.pipe_names)
    art = warta.load(model="trained").analyze('"Kami siap," kata Budi Santoso di Jakarta, Senin (3/3/2025).', published="2025-03-04")
    assert art.quotes and art.quotes[0].speaker.name == "Budi Santoso"
