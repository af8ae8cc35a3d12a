"""`python -m warta.training`: the defaults are the seeds of the shipped
model, and every training config builds."""

from __future__ import annotations

import pytest
from spacy import util

from warta.training.__main__ import parse_args


def test_defaults_rebuild_the_shipped_model():
    args = parse_args(["all"])
    assert (args.seed, args.pretrain_seed, args.what) == (1, 0, "news")


def test_seeds_can_be_overridden():
    args = parse_args(["train", "news", "--seed", "3", "--pretrain-seed", "2"])
    assert (args.seed, args.pretrain_seed) == (3, 2)


def test_every_training_config_builds_a_pipeline():
    """The experiment configs (ner.cfg, ud.cfg) are not trained in CI: at
    least check that each one validates and builds its components."""
    import warta.lang  # noqa: F401  (registers warta.tokenizer.v1)
    import warta.training.augment  # noqa: F401  (registers warta.case_augmenter.v1)
    from warta.training import build

    expected = {"news": ["tok2vec", "morphologizer", "parser", "trainable_lemmatizer", "ner", "pos_aux"], "ner": ["ner"],
                "ud": ["tok2vec", "morphologizer", "parser", "trainable_lemmatizer"]}
    for name, pipes in expected.items():
        config = util.load_config(build.CONFIGS / f"{name}.cfg")
        nlp = util.load_model_from_config(config, auto_fill=True, validate=True)
        assert nlp.pipe_names == pipes, name
        assert nlp.lang == "id"
    with pytest.raises(Exception):
        util.load_model_from_config(util.load_config_from_str("[nlp]\nlang = \"id\"\npipeline = [\"ner\"]\n"),
                                    auto_fill=False, validate=True)


def test_silver_steps_are_not_part_of_the_shipped_rebuild():
    from warta.training.__main__ import STEPS

    everything = STEPS[:STEPS.index("all")]
    assert "teachers" not in everything and "silver" not in everything
    assert parse_args(["train", "news", "--silver"]).silver
    assert not parse_args(["train", "news"]).silver
