"""`python -m warta.training <step>`: rebuild the shipped model from scratch.

    python -m warta.training all --seed 0          # everything below, in order
    python -m warta.training corpora [--limit N]
    python -m warta.training vectors
    python -m warta.training train ner|ud
    python -m warta.training assemble
    python -m warta.training evaluate [--model PATH]

Run from the repository root with the repository's sources importable
(`PYTHONPATH=src` in a checkout). Expects `../shared` beside the repo
(override with --shared).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import build

STEPS = ("corpora", "vectors", "train", "assemble", "evaluate", "all")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m warta.training", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("step", choices=STEPS)
    parser.add_argument("what", nargs="?", choices=("ner", "ud"), help="for `train`")
    parser.add_argument("--shared", type=Path, default=build.default_shared())
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--limit", type=int, default=0, help="corpora: first N sentences per set")
    parser.add_argument("--model", type=Path, default=build.PIPELINE_OUT, help="evaluate: pipeline dir")
    parser.add_argument("--no-vectors", action="store_true", help="train without static vectors")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    corpus = build.TRAINING / "corpus"
    vectors = build.TRAINING / "vectors"
    output = build.TRAINING / "output"
    vec_overrides = {} if args.no_vectors else {
        "paths.vectors": str(vectors / "model"),
    }
    steps = ("corpora", "vectors", "train", "assemble", "evaluate") if args.step == "all" else (args.step,)
    for step in steps:
        if step == "corpora":
            build.step_corpora(args.shared, corpus, limit=args.limit)
        elif step == "vectors":
            if not args.no_vectors:
                build.step_vectors(args.shared, vectors)
        elif step == "train":
            for what in ((args.what,) if args.what else ("ner", "ud")):
                overrides = dict(vec_overrides)
                if not args.no_vectors:
                    overrides[_vector_flag(what)] = True
                build.step_train(build.CONFIGS / f"{what}.cfg", output / what, seed=args.seed,
                                 overrides=overrides)
        elif step == "assemble":
            build.step_assemble(output / "ud" / "model-best", output / "ner" / "model-best")
        elif step == "evaluate":
            print(json.dumps(build.step_evaluate(args.model, corpus), indent=2))
    return 0


def _vector_flag(what: str) -> str:
    if what == "ner":
        return "components.ner.model.tok2vec.embed.include_static_vectors"
    return "components.tok2vec.model.embed.include_static_vectors"


if __name__ == "__main__":
    sys.exit(main())
