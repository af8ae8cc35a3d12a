"""Cross-validation folds and their pooled score, on tiny Docs written here."""

from __future__ import annotations

import json

import pytest
import spacy
from spacy.tokens import Doc, DocBin, Span

from warta.training import crossval
from warta.training.__main__ import config_override, parse_args

NAMES = ["Ani", "Budi", "Citra", "Dodi", "Eka", "Fajar", "Gita", "Hadi", "Indah", "Joko", "Kiki"]


def sentence(vocab, name: str) -> Doc:
    doc = Doc(vocab, words=[name, "datang", "ke", "Bandung", "."])
    doc.ents = [Span(doc, 0, 1, label="PER"), Span(doc, 3, 4, label="LOC")]
    return doc


def test_deal_partitions_every_index_once_and_is_seeded():
    folds = crossval.deal(11, 5, seed=0)
    held = [i for _, own in folds for i in own]
    assert sorted(held) == list(range(11))
    assert [len(own) for _, own in folds] == [3, 2, 2, 2, 2]
    for rest, own in folds:
        assert set(rest) | set(own) == set(range(11)) and not set(rest) & set(own)
    assert crossval.deal(11, 5, seed=0) == folds
    assert crossval.deal(11, 5, seed=1) != folds


@pytest.fixture()
def corpus(tmp_path):
    vocab = spacy.blank("id").vocab
    root = tmp_path / "corpus"
    for rel, names in ((crossval.IN_DOMAIN[0], NAMES[:8]), (crossval.IN_DOMAIN[1], NAMES[8:])):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        DocBin(docs=[sentence(vocab, n) for n in names]).to_disk(root / rel)
    joint = root / "joint" / "train"
    joint.mkdir(parents=True)
    for name in ("idner-train.spacy", "idner-dev-2.spacy", "nergrit-train.spacy"):
        DocBin(docs=[sentence(vocab, "Zaki")]).to_disk(joint / name)
    return root


def test_fold_corpora_hold_each_in_domain_sentence_out_once(corpus):
    vocab = spacy.blank("id").vocab
    folders = crossval.ensure_folds(corpus, 3)
    held = []
    for folder in folders:
        train = sorted(p.name for p in (folder / "train").iterdir())
        # the recipe's other sets stay; its copies of the in-domain sets are replaced by the other folds
        assert train == ["idner-cv-0.spacy", "idner-cv-1.spacy", "idner-cv-2.spacy", "nergrit-train.spacy"]
        own = [d[0].text for d in DocBin().from_disk(folder / "dev" / crossval.HELD_NAME).get_docs(vocab)]
        rest = [d[0].text for d in DocBin().from_disk(folder / "train" / "idner-cv-1.spacy").get_docs(vocab)]
        assert not set(own) & set(rest) and len(own) + len(rest) == len(NAMES)
        held += own
    assert sorted(held) == sorted(NAMES)
    assert json.loads((corpus / "cv.json").read_text()) == {"folds": 3, "seed": 0}
    # kept while the same folds are asked for (folds are trained in parallel processes)
    stamp = (folders[0] / "dev" / crossval.HELD_NAME).stat().st_mtime_ns
    crossval.ensure_folds(corpus, 3)
    assert (folders[0] / "dev" / crossval.HELD_NAME).stat().st_mtime_ns == stamp
    assert len(crossval.ensure_folds(corpus, 2)) == 2
    assert json.loads((corpus / "cv.json").read_text()) == {"folds": 2, "seed": 0}


def test_variant_train_drops_sets_and_recounts_the_in_domain_folds(corpus):
    vocab = spacy.blank("id").vocab
    folder = crossval.ensure_folds(corpus, 3)[0]
    assert crossval.variant_train(folder) == folder / "train"
    out = crossval.variant_train(folder, without=["nergrit"], copies=5)
    assert out == folder / "train-no-nergrit-x5"
    assert sorted(p.name for p in out.iterdir()) == [f"idner-cv-{c}.spacy" for c in range(5)]
    # spaCy's corpus reader follows the links: each copy holds the other folds
    rest = [d[0].text for d in DocBin().from_disk(out / "idner-cv-4.spacy").get_docs(vocab)]
    own = [d[0].text for d in DocBin().from_disk(folder / "dev" / crossval.HELD_NAME).get_docs(vocab)]
    assert sorted(rest + own) == sorted(NAMES)
    # left alone when asked again (another seed may be training on it), rebuilt when it differs
    stamp = out.stat().st_mtime_ns
    crossval.variant_train(folder, without=["nergrit"], copies=5)
    assert out.stat().st_mtime_ns == stamp
    (out / "idner-cv-4.spacy").unlink()
    crossval.variant_train(folder, without=["nergrit"], copies=5)
    assert len(list(out.iterdir())) == 5
    assert sorted(p.name for p in crossval.variant_train(folder, copies=1).iterdir()) == [
        "idner-cv-0.spacy", "nergrit-train.spacy"]


def test_score_folds_pools_the_held_out_predictions(corpus):
    crossval.ensure_folds(corpus, 3)

    def load(model):
        # a stand-in for a trained fold model: finds names but not places, except in fold 0
        nlp = spacy.blank("id")
        ruler = nlp.add_pipe("entity_ruler")
        ruler.add_patterns([{"label": "PER", "pattern": n} for n in NAMES])
        if model.name == "fold0":
            ruler.add_patterns([{"label": "LOC", "pattern": "Bandung"}])
        return nlp

    scores = crossval.score_folds([corpus / f"fold{i}" for i in range(3)], corpus, load=load)
    sizes = [f["sentences"] for f in scores["folds"]]
    assert sum(sizes) == scores["pooled"]["sentences"] == len(NAMES)
    assert scores["pooled"]["entities"] == 2 * len(NAMES)
    assert scores["folds"][0]["ents_f"] == 100.0 and scores["folds"][1]["ents_r"] == 50.0
    found = len(NAMES) + sizes[0]
    assert scores["pooled"]["ents_r"] == round(100 * found / (2 * len(NAMES)), 1)
    assert scores["pooled"]["ents_p"] == 100.0


def test_step_cv_scores_only_once_every_fold_has_finished(corpus, tmp_path, monkeypatch):
    trained = []

    def fake_train(config, out, *, seed, overrides):
        trained.append((out.name, seed, overrides["paths.train"]))
        (out / "model-last").mkdir(parents=True)
        return out / "model-best"

    import warta.training.build as build

    monkeypatch.setattr(build, "step_train", fake_train)
    monkeypatch.setattr(crossval, "score_folds", lambda models, corpus: {"models": [m.parent.name for m in models]})
    output = tmp_path / "output"
    assert crossval.step_cv(output, corpus, k=3, folds=[1], name="x") is None
    assert trained == [("x-1", 1, str(corpus / "cv1" / "train"))]
    assert crossval.step_cv(output, corpus, k=3, folds=[0, 2], name="x") == {"models": ["x-0", "x-1", "x-2"]}


def test_cv_command_line_data_mix():
    args = parse_args(["cv", "--without", "nergrit", "--copies", "4"])
    assert args.without == ["nergrit"] and args.copies == 4
    assert parse_args(["cv"]).without == [] and parse_args(["cv"]).copies is None


def test_cv_command_line():
    args = parse_args(["cv", "--fold", "2", "--fold", "4", "--set", "components.tok2vec.model.encode.depth=6",
                       "--set", "training.optimizer.learn_rate=0.002", "--set", "paths.x=some/path"])
    assert args.fold == [2, 4] and args.name == "cv"
    assert args.set == [("components.tok2vec.model.encode.depth", 6), ("training.optimizer.learn_rate", 0.002),
                        ("paths.x", "some/path")]
    with pytest.raises(Exception):
        config_override("no-equals-sign")


def test_cv_command_passes_the_overrides_to_every_fold(monkeypatch):
    from warta.training import __main__ as cli

    calls = []
    monkeypatch.setattr(crossval, "step_cv", lambda output, corpus, **kw: calls.append(kw))
    assert cli.main(["cv", "--fold", "1", "--seed", "0", "--set", "training.dropout=0.1",
                     "--init-tok2vec", "weights.bin", "--name", "drop", "--without", "nergrit"]) == 0
    (kw,) = calls
    assert kw["folds"] == [1] and kw["seed"] == 0 and kw["name"] == "drop"
    assert kw["without"] == ["nergrit"] and kw["copies"] is None
    assert kw["overrides"]["training.dropout"] == 0.1
    assert kw["overrides"]["paths.init_tok2vec"] == "weights.bin"
    assert kw["overrides"]["paths.vectors"].endswith("vectors/model")
