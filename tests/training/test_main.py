"""`python -m warta.training`: the defaults are the seeds of the shipped model."""

from __future__ import annotations

from warta.training.__main__ import parse_args


def test_defaults_rebuild_the_shipped_model():
    args = parse_args(["all"])
    assert (args.seed, args.pretrain_seed, args.what) == (1, 0, "news")


def test_seeds_can_be_overridden():
    args = parse_args(["train", "news", "--seed", "3", "--pretrain-seed", "2"])
    assert (args.seed, args.pretrain_seed) == (3, 2)
