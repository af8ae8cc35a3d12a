"""The NER trained again on a trained pipeline whose other components stay
frozen (an experiment of the tenth session; docs/models.md):

- fine-tuning: the trained NER goes on learning from the in-domain set
  alone (idner, one copy), a few hundred steps with a fresh optimizer;
- a new head (`scratch`): an NER trained from nothing on the frozen shared
  tok2vec, with the recipe's NER data (idner three times, NERGrit), to see
  whether several heads on one encoder make an ensemble.

The tok2vec is frozen and annotates during training, so its listeners get
its output and nothing else changes: tagger, parser, lemmatizer and the
tok2vec weights are those of the base pipeline, byte for byte. The result
is taken at its last step (no held-out NER set chooses a checkpoint).
`cv_headtune` runs either on the cross-validation folds' models
(`crossval.py`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Sequence

from thinc.api import Config

TRAINED = ("tok2vec", "morphologizer", "parser", "trainable_lemmatizer", "ner")
FROZEN = TRAINED[:-1]
FINETUNE_SETS = ("idner-cv-0",)  # one copy of a fold's in-domain data
HEAD_SETS = ("idner-", "nergrit-")  # the recipe's NER data


def head_config(base: Path, train: Path, dev: Path, *, steps: int = 600, learn_rate: float = 0.0005,
                seed: int = 1, scratch: bool = False) -> Config:
    """A training config for the NER of the trained pipeline `base`, with its
    other components sourced from `base` and frozen; with `scratch`, the NER
    is built anew from `base`'s settings instead of sourced."""
    from spacy.util import load_config

    # not interpolated, so that `corpora.*.path` still read `paths.*` (an
    # interpolated copy would train on the base's own training data); the
    # NER's settings are taken from an interpolated copy, which has its widths
    cfg = load_config(base / "config.cfg")
    ner = load_config(base / "config.cfg", interpolate=True)["components"]["ner"]
    cfg["nlp"]["pipeline"] = list(TRAINED)
    cfg["components"] = {name: {"source": str(base)} for name in TRAINED}
    if scratch:
        cfg["components"]["ner"] = ner
    training = cfg["training"]
    training.update({
        "frozen_components": list(FROZEN), "annotating_components": ["tok2vec"],
        "max_steps": steps, "eval_frequency": steps, "patience": 0, "seed": seed,
        "score_weights": {"ents_f": 1.0},
    })
    training["optimizer"]["learn_rate"] = learn_rate
    # the base's vectors; no pretrained weights over the trained tok2vec
    cfg["initialize"].update({"vectors": str(base), "init_tok2vec": None})
    cfg["paths"].update({"vectors": str(base), "init_tok2vec": None, "train": str(train), "dev": str(dev)})
    cfg["system"]["seed"] = seed
    return cfg


def step_headtune(base: Path, train: Path, dev: Path, out: Path, **settings: Any) -> Path:
    """Train as `head_config` says; returns `out/model-last`."""
    from spacy.cli.train import train as spacy_train

    from . import augment  # noqa: F401
    from .. import lang  # noqa: F401

    out.mkdir(parents=True, exist_ok=True)
    head_config(base, train, dev, **settings).to_disk(out / "headtune.cfg")
    spacy_train(out / "headtune.cfg", out)
    return out / "model-last"


def ner_train_dir(folder: Path, prefixes: Sequence[str]) -> Path:
    """`folder/train-<tag>`: links to the sets of `folder/train` whose file
    names start with one of `prefixes` (`crossval.link_dir`)."""
    from .crossval import link_dir

    tag = "finetune" if tuple(prefixes) == FINETUNE_SETS else "-".join(p.strip("-") for p in prefixes)
    links = {path.name: path.resolve() for path in sorted((folder / "train").glob("*.spacy"))
             if any(path.name.startswith(p) for p in prefixes)}
    return link_dir(folder / f"train-{tag}", links)


def cv_headtune(output: Path, corpus: Path, base: str, name: str, *, folds: Sequence[int] | None = None,
                scratch: bool = False, **settings: Any) -> dict[str, Any] | None:
    """`step_headtune` on each fold's model `output/<base>-<i>/model-last`
    with that fold's data (see the module), then, once every fold is done,
    the held-out folds scored together as `crossval.step_cv` scores them."""
    from .crossval import HELD_NAME, ensure_folds, train_folds

    folders = ensure_folds(corpus)

    def train_fold(i: int, out: Path) -> None:
        train = ner_train_dir(folders[i], HEAD_SETS if scratch else FINETUNE_SETS)
        step_headtune(output / f"{base}-{i}" / "model-last", train, folders[i] / "dev" / HELD_NAME,
                      out, scratch=scratch, **settings)

    return train_folds(output, name, train_fold, corpus, folds=folds)
