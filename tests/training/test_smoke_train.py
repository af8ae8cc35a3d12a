"""Smoke test of the training path: tiny slice of the real corpora, a few
steps, then the trained pipeline loads with `spacy.load` and tags NER.
The full training never runs in CI."""

from __future__ import annotations

import spacy

from testpaths import shared_path
from warta.training import build
from warta.training.corpora import build_corpora

TINY = {
    "training.max_steps": 6,
    "training.eval_frequency": 3,
    "training.patience": 0,
    "components.ner.model.tok2vec.encode.width": 32,
    "components.ner.model.tok2vec.encode.depth": 1,
    "components.ner.model.tok2vec.embed.rows": [500, 100, 100, 100],
}


def test_tiny_ner_training_run(tmp_path):
    data = shared_path("data")
    corpus = tmp_path / "corpus"
    counts = build_corpora(data, corpus, names=["idner-train", "idner-dev"], limit=40, log=lambda _: None)
    assert counts == {"idner-train": 40, "idner-dev": 40}
    overrides = {**TINY, "paths.train": str(corpus / "ner" / "train"), "paths.dev": str(corpus / "ner" / "dev")}
    best = build.step_train(build.CONFIGS / "ner.cfg", tmp_path / "out", seed=1, overrides=overrides)
    nlp = spacy.load(best)
    assert nlp.pipe_names == ["ner"]
    assert set(nlp.get_pipe("ner").labels) <= {"PER", "ORG", "LOC"}
    assert nlp.config["nlp"]["tokenizer"]["@tokenizers"] == "warta.tokenizer.v1"
    doc = nlp("Presiden Joko Widodo berkunjung ke Bandung.")
    assert all(0 <= e.start_char < e.end_char <= len(doc.text) for e in doc.ents)
