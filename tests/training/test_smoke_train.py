"""Smoke test of the training path: tiny slice of the real corpora, a few
steps of pretraining and of the joint training, then the trained pipeline
loads with `spacy.load` and annotates. The full training never runs in CI."""

from __future__ import annotations

import json

import spacy
from spacy.tokens import DocBin

from testpaths import shared_path
from warta.training import build
from warta.training.corpora import build_corpora

TINY = {
    "training.max_steps": 6,
    "training.eval_frequency": 3,
    "training.patience": 0,
    "components.tok2vec.model.encode.width": 32,
    "components.tok2vec.model.encode.depth": 1,
    "components.tok2vec.model.embed.rows": [500, 100, 100, 100],
    "components.tok2vec.model.embed.include_static_vectors": False,
}


def test_tiny_joint_training_run(tmp_path):
    data = shared_path("data")
    corpus = tmp_path / "corpus"
    names = ["idner-train", "idner-dev", "csui-train", "nlpid"]
    counts = build_corpora(data, corpus, names=names, limit=30, log=lambda _: None)
    assert counts == dict.fromkeys(names, 30)
    joint = build.joint_corpus(corpus)
    # the treebank counts six times, idner train and dev three times (build.JOINT_TRAIN)
    assert sorted(p.name for p in (joint / "train").iterdir()) == [
        *(f"csui-train-{n}.spacy" for n in range(2, 7)), "csui-train.spacy",
        "idner-dev-2.spacy", "idner-dev-3.spacy", "idner-dev.spacy",
        "idner-train-2.spacy", "idner-train-3.spacy", "idner-train.spacy", "nlpid-aux.spacy"]
    # the auxiliary tagger's data: UPOS as TAG, nothing else; the treebank's TAG is its UPOS too
    vocab = spacy.blank("id").vocab
    aux = list(DocBin().from_disk(joint / "train" / "nlpid-aux.spacy").get_docs(vocab))
    assert len(aux) == 30 and all(d.has_annotation("TAG") and not d.has_annotation("POS") for d in aux)
    csui = next(DocBin().from_disk(joint / "train" / "csui-train.spacy").get_docs(vocab))
    assert [t.tag_ for t in csui] == [t.pos_ for t in csui]
    # the treebank is read first (spaCy's dependency scorer: build.JOINT_DEV)
    assert sorted(p.name for p in (joint / "dev").iterdir()) == ["0-csui-dev.spacy", "1-idner-dev.spacy"]

    raw = tmp_path / "raw.jsonl"
    raw.write_text("".join(json.dumps({"text": f"Presiden Joko Widodo berkunjung ke Bandung pada hari ke-{i}."}) + "\n"
                           for i in range(20)), encoding="utf-8")
    weights = build.pretrain_tok2vec(build.CONFIGS / "news.cfg", raw, tmp_path / "pretrain", silent=True, overrides={
        **{k: v for k, v in TINY.items() if k.startswith("components")}, "pretraining.max_epochs": 1})

    # two teachers, the silver set they agree on, and the student trained with it
    output = tmp_path / "output"
    teachers = build.step_teachers(output, corpus, seeds=(0, 1), overrides={**TINY, "paths.init_tok2vec": str(weights)})
    assert [t.parent.name for t in teachers] == ["teacher-0", "teacher-1"]
    student = build.step_silver(output, corpus, raw, seeds=(0, 1), n=20, budget=50)
    assert (student / "train" / "silver.spacy").exists()
    summary = json.loads((corpus / build.SILVER).with_suffix(".json").read_text())
    assert summary["sampled"] == 20 and summary["words"] <= 50 + 20
    overrides = {**TINY, "paths.train": str(student / "train"), "paths.dev": str(student / "dev"),
                 "paths.init_tok2vec": str(weights)}
    best = build.step_train(build.CONFIGS / "news.cfg", tmp_path / "out", seed=1, overrides=overrides)
    out = tmp_path / "pipeline"
    build.step_assemble(best, out)
    nlp = spacy.load(out)
    assert nlp.pipe_names == ["tok2vec", "morphologizer", "parser", "trainable_lemmatizer", "ner", "agency_ruler", "name_ruler",
                              "warta_ner_conventions"]
    assert set(nlp.get_pipe("ner").labels) <= {"PER", "ORG", "LOC"}
    assert nlp.config["nlp"]["tokenizer"]["@tokenizers"] == "warta.tokenizer.v1"
    doc = nlp("Presiden Joko Widodo berkunjung ke Bandung, lapor kantor berita Kyodo.")
    assert all(0 <= e.start_char < e.end_char <= len(doc.text) for e in doc.ents)
    assert ("Kyodo", "ORG") in {(e.text, e.label_) for e in doc.ents}
