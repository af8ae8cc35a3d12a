"""The NER trained again on a frozen pipeline (headtune.py): its config, the
fold data it reads, and two training steps on the shipped pipeline that
must leave every other component unchanged."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, DocBin, Span

from warta.lang import shipped_model_path
from warta.training import headtune

SHIPPED = shipped_model_path()  # the installed package's copy
pytestmark = pytest.mark.skipif(SHIPPED is None, reason="no shipped pipeline")


def test_config_sources_and_freezes_all_but_the_ner(tmp_path):
    cfg = headtune.head_config(SHIPPED, tmp_path / "train", tmp_path / "dev", steps=7, learn_rate=0.001, seed=3)
    assert cfg["nlp"]["pipeline"] == list(headtune.TRAINED)
    assert all(cfg["components"][n] == {"source": str(SHIPPED)} for n in headtune.TRAINED)
    training = cfg["training"]
    assert training["frozen_components"] == ["tok2vec", "morphologizer", "parser", "trainable_lemmatizer"]
    assert training["annotating_components"] == ["tok2vec"]  # its listeners need its output
    assert (training["max_steps"], training["seed"], cfg["system"]["seed"]) == (7, 3, 3)
    assert training["optimizer"]["learn_rate"] == 0.001
    # no pretrained weights may overwrite the trained tok2vec
    assert cfg["initialize"]["init_tok2vec"] is None and cfg["paths"]["init_tok2vec"] is None
    corpora = cfg.interpolate()["corpora"]  # the given data, not the base's training data
    assert (corpora["train"]["path"], corpora["dev"]["path"]) == (str(tmp_path / "train"), str(tmp_path / "dev"))


def test_scratch_builds_a_new_ner_from_the_base_settings(tmp_path):
    cfg = headtune.head_config(SHIPPED, tmp_path, tmp_path, scratch=True)
    ner = cfg["components"]["ner"]
    assert "source" not in ner and ner["factory"] == "ner"
    assert ner["model"]["tok2vec"]["@architectures"] == "spacy.Tok2VecListener.v1"
    assert cfg["components"]["tok2vec"] == {"source": str(SHIPPED)}


def test_ner_train_dir_links_only_the_named_sets(tmp_path):
    train = tmp_path / "cv0" / "train"
    train.mkdir(parents=True)
    for name in ("idner-cv-0", "idner-cv-1", "nergrit-train", "csui-train", "nlpid-aux"):
        (train / f"{name}.spacy").write_bytes(name.encode())
    fine = headtune.ner_train_dir(tmp_path / "cv0", headtune.FINETUNE_SETS)
    assert fine.name == "train-finetune" and [p.name for p in fine.iterdir()] == ["idner-cv-0.spacy"]
    heads = headtune.ner_train_dir(tmp_path / "cv0", headtune.HEAD_SETS)
    assert sorted(p.name for p in heads.iterdir()) == ["idner-cv-0.spacy", "idner-cv-1.spacy", "nergrit-train.spacy"]
    assert all(p.is_symlink() and p.resolve().parent == train for p in heads.iterdir())


def test_two_steps_change_the_ner_and_nothing_else(tmp_path):
    vocab = spacy.blank("id").vocab
    docs = []
    for name, place in (("Budi", "Bandung"), ("Sari", "Medan"), ("Andi", "Surabaya"), ("Rina", "Bogor")):
        doc = Doc(vocab, words=[name, "pergi", "ke", place, "kemarin", "."])
        doc.ents = [Span(doc, 0, 1, label="PER"), Span(doc, 3, 4, label="LOC")]
        docs.append(doc)
    (tmp_path / "train").mkdir()
    DocBin(docs=docs).to_disk(tmp_path / "train" / "idner.spacy")
    DocBin(docs=docs[:2]).to_disk(tmp_path / "dev.spacy")
    last = headtune.step_headtune(SHIPPED, tmp_path / "train", tmp_path / "dev.spacy", tmp_path / "out",
                                  steps=2, learn_rate=0.01)
    for name in headtune.FROZEN:
        assert (last / name / "model").read_bytes() == (SHIPPED / name / "model").read_bytes(), name
    assert (last / "ner" / "model").read_bytes() != (SHIPPED / "ner" / "model").read_bytes()
    nlp = spacy.load(last)
    assert nlp.pipe_names == list(headtune.TRAINED)
