"""`python -m warta.training <step>`: rebuild the shipped model from scratch.

    python -m warta.training all                   # everything below, in order
    python -m warta.training corpora [--limit N]
    python -m warta.training vectors
    python -m warta.training pretrain [--pretrain-seed 0]
    python -m warta.training train [news|ner|ud] [--seed 1]   # news: the shipped joint model
    python -m warta.training assemble
    python -m warta.training evaluate [--model PATH]

`train ner` and `train ud` train the single-task experiment configs
(configs/ner.cfg, configs/ud.cfg); only `news` is assembled and shipped.

Experiment, not in `all` (silver data, docs/models.md):

    python -m warta.training teachers              # news.cfg with seeds 0, 1, 2, assembled
    python -m warta.training silver                # paragraphs all teachers label alike
    python -m warta.training train news --silver   # -> training/output/news-silver

A larger dev set (crossval.py): 5-fold cross-validation on idner train + dev,
scored together; `--fold I` trains one fold (run folds in parallel), the
run that finds every fold trained prints the scores; `--set` overrides the
config (`--set components.tok2vec.model.encode.depth=6`), `--without` and
`--copies` change the data mix (`--without nergrit`):

    python -m warta.training cv [--fold I] [--name cv] [--set KEY=VALUE ...] [--init-tok2vec FILE]
                                [--without PREFIX ...] [--copies N]

The NER alone, trained again with everything else frozen (headtune.py;
experiment): fine-tuned on idner (one copy), or with `--scratch` a new head
on the frozen encoder; `--base NAME` runs it on the folds' models
`training/output/NAME-<i>` and scores them, otherwise it fine-tunes the
pipeline `--model` (default: the shipped one) on idner train + dev:

    python -m warta.training headtune [--base NAME [--fold I]] [--scratch] [--steps 600] [--lr 0.0005]
                                      [--name ft] [--seed 1]

Run from the repository root with the repository's sources importable
(`PYTHONPATH=src` in a checkout). Expects `../shared` beside the repo
(override with --shared). The defaults (`--pretrain-seed 0`, `--seed 1`)
reproduce the shipped weights: the training seed was chosen on the dev set
among seeds 0 and 1 (docs/models.md).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import build

STEPS = ("corpora", "vectors", "pretrain", "train", "assemble", "evaluate", "all", "teachers", "silver", "cv", "headtune")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m warta.training", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("step", choices=STEPS)
    parser.add_argument("what", nargs="?", choices=("news", "ner", "ud"), default="news", help="for `train`")
    parser.add_argument("--shared", type=Path, default=build.default_shared())
    parser.add_argument("--seed", type=int, default=1, help="train: seed (1 made the shipped model)")
    parser.add_argument("--pretrain-seed", type=int, default=0, help="pretrain: seed (0 made the shipped weights)")
    parser.add_argument("--limit", type=int, default=0, help="corpora: first N sentences per set")
    parser.add_argument("--model", type=Path, default=build.PIPELINE_OUT, help="evaluate: pipeline dir")
    parser.add_argument("--no-vectors", action="store_true", help="train without static vectors")
    parser.add_argument("--no-pretrain", action="store_true", help="train news without the pretrained tok2vec")
    parser.add_argument("--silver", action="store_true",
                        help="train news on corpus/joint-silver (after `teachers` and `silver`; experiment)")
    parser.add_argument("--fold", type=int, action="append", help="cv: train only this fold (repeatable)")
    parser.add_argument("--name", default="cv", help="cv: models go to training/output/NAME-<fold>")
    parser.add_argument("--without", action="append", default=[], metavar="PREFIX",
                        help="cv: leave out the training sets whose file names start with PREFIX (repeatable)")
    parser.add_argument("--copies", type=int, help="cv: count the in-domain folds this many times (default: 3)")
    parser.add_argument("--base", help="headtune: the folds' models training/output/BASE-<fold>")
    parser.add_argument("--scratch", action="store_true", help="headtune: a new NER head, not fine-tuning")
    parser.add_argument("--steps", type=int, default=600, help="headtune: training steps")
    parser.add_argument("--lr", type=float, default=0.0005, help="headtune: learning rate")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", type=config_override,
                        help="train, cv: a config override (value read as JSON where it parses)")
    parser.add_argument("--init-tok2vec", type=Path, help="train, cv: pretrained tok2vec weights to start from")
    return parser.parse_args(argv)


def config_override(text: str) -> tuple[str, object]:
    """`KEY=VALUE` -> (KEY, VALUE), VALUE parsed as JSON where it parses."""
    key, sep, value = text.partition("=")
    if not sep or not key:
        raise argparse.ArgumentTypeError(f"expected KEY=VALUE, got {text!r}")
    try:
        return key, json.loads(value)
    except json.JSONDecodeError:
        return key, value


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    corpus = build.TRAINING / "corpus"
    vectors = build.TRAINING / "vectors"
    pretrained = build.TRAINING / "pretrain"
    output = build.TRAINING / "output"
    vec_overrides = {} if args.no_vectors else {"paths.vectors": str(vectors / "model")}
    steps = STEPS[:STEPS.index("all")] if args.step == "all" else (args.step,)
    for step in steps:
        if step == "corpora":
            build.step_corpora(args.shared, corpus, limit=args.limit)
        elif step == "vectors":
            if not args.no_vectors:
                build.step_vectors(args.shared, vectors)
        elif step == "pretrain":
            if not args.no_pretrain:
                build.step_pretrain(args.shared, pretrained, build.CONFIGS / "news.cfg", seed=args.pretrain_seed,
                                    overrides={**vec_overrides, **_no_vector_flag(args, "news")})
        elif step == "teachers":
            build.step_teachers(output, corpus, overrides=_train_overrides(args, "news", pretrained, vec_overrides))
        elif step == "train":
            overrides = _train_overrides(args, args.what, pretrained, vec_overrides)
            name = args.what
            if args.silver and args.what == "news":  # the student: corpus/joint plus the silver set
                student, name = corpus / "joint-silver", "news-silver"
                overrides.update({"paths.train": str(student / "train"), "paths.dev": str(student / "dev")})
            build.step_train(build.CONFIGS / f"{args.what}.cfg", output / name, seed=args.seed,
                             overrides=overrides)
        elif step == "silver":
            text = pretrained / "text.jsonl"  # the corpus paragraphs, written by `pretrain`
            if not text.exists():
                from .vectors import write_pretrain_text
                write_pretrain_text(args.shared, text)
            build.step_silver(output, corpus, text)
        elif step == "assemble":
            build.step_assemble(output / "news" / "model-best")
        elif step == "evaluate":
            print(json.dumps(build.step_evaluate(args.model, corpus), indent=2))
        elif step == "cv":
            from .crossval import step_cv

            scores = step_cv(output, corpus, seed=args.seed, folds=args.fold, name=args.name,
                             without=args.without, copies=args.copies,
                             overrides=_train_overrides(args, "news", pretrained, vec_overrides))
            if scores is not None:
                (output / f"{args.name}-scores.json").write_text(json.dumps(scores, indent=2) + "\n")
                print(json.dumps(scores["pooled"], indent=2))
        elif step == "headtune":
            _headtune(args, corpus, output)
    return 0


def _headtune(args: argparse.Namespace, corpus: Path, output: Path) -> None:
    from . import headtune

    name = "ft" if args.name == "cv" else args.name  # not the cv step's default
    settings = {"steps": args.steps, "learn_rate": args.lr, "seed": args.seed, "scratch": args.scratch}
    if args.base:
        scores = headtune.cv_headtune(output, corpus, args.base, name, folds=args.fold, **settings)
        if scores is not None:
            (output / f"{name}-scores.json").write_text(json.dumps(scores, indent=2) + "\n")
            print(json.dumps(scores["pooled"], indent=2))
        return
    if args.scratch:
        raise SystemExit("headtune --scratch needs --base (the folds' models)")
    data = corpus / "ner-idner"  # idner train + dev, one copy each
    data.mkdir(exist_ok=True)
    for rel in ("ner/train/idner-train.spacy", "ner/dev/idner-dev.spacy"):
        link = data / Path(rel).name
        if not link.is_symlink():
            link.symlink_to((corpus / rel).resolve())
    headtune.step_headtune(args.model, data, corpus / "ner/dev/idner-dev.spacy", output / name, **settings)


def _train_overrides(args: argparse.Namespace, what: str, pretrained: Path,
                     vec_overrides: dict[str, str]) -> dict[str, object]:
    """Vectors and pretrained tok2vec for `spacy train` of config `what`."""
    overrides: dict[str, object] = {**vec_overrides, **_no_vector_flag(args, what)}
    if what == "news" and not args.no_pretrain:
        overrides["paths.init_tok2vec"] = str(args.init_tok2vec or build.last_pretrained(pretrained))
    if what != "news" and not args.no_vectors:
        overrides[_vector_flag(what)] = True
    overrides.update(dict(args.set))
    return overrides


def _no_vector_flag(args: argparse.Namespace, what: str) -> dict[str, bool]:
    """news.cfg includes the static vectors; --no-vectors turns them off."""
    return {_vector_flag(what): False} if args.no_vectors and what == "news" else {}


def _vector_flag(what: str) -> str:
    if what == "ner":
        return "components.ner.model.tok2vec.embed.include_static_vectors"
    return "components.tok2vec.model.embed.include_static_vectors"


if __name__ == "__main__":
    sys.exit(main())
