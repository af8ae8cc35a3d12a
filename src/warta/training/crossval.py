"""k-fold cross-validation of the NER on the in-domain set: a larger dev set.

idner-news-2k dev has 367 sentences (562 entities), and NER dev F1 moves by
about a point between seeds and checkpoints; five dev gains of that size
did not carry over to the test split (docs/models.md). Cross-validation
scores a recipe on every sentence of idner train + dev (1,831 sentences,
2,758 entities) without touching the test split:

- the sentences are shuffled with a seed and dealt into `k` folds;
- fold `i` trains on the shipped recipe's data (`corpus/joint/train`) with
  idner train + dev replaced by the other folds (counted as often as the
  recipe counts idner train), and holds fold `i` out;
- each fold's model is taken at its last step (the shipped run has no
  held-out NER set to choose a checkpoint on), assembled as shipped
  (rulers, conventions step) and run on its held-out fold;
- the predictions of all folds are scored together (exact span, by the
  NER's scorer, as `build.evaluate` scores the test sets), so every
  sentence counts once.

The folds' dev directories also hold the CSUI dev sentences, for spaCy's
training log only; CSUI dev is in the folds' training data, as it is in the
shipped run's.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path
from typing import Any, Callable, Sequence

import spacy
from spacy.scorer import get_ner_prf
from spacy.tokens import Doc, DocBin
from spacy.training import Example

IN_DOMAIN = ("ner/train/idner-train.spacy", "ner/dev/idner-dev.spacy")
IN_DOMAIN_PREFIX = "idner-"  # their copies in corpus/joint/train
HELD_NAME = "1-idner-fold.spacy"
UD_DEV = ("ud/split/csui-dev.spacy", "0-csui-dev.spacy")
FOLDS = 5
DONE = "finished"  # written beside model-last once a fold's run has ended


def deal(n: int, k: int, seed: int = 0) -> list[tuple[list[int], list[int]]]:
    """Indices 0..n-1 in a seeded random order, dealt into `k` folds: for
    each fold, (the others' indices, its own), both in that order."""
    from .build import seeded_sample

    order = seeded_sample(range(n), n, seed)
    return [([i for pos, i in enumerate(order) if pos % k != fold],
             [i for pos, i in enumerate(order) if pos % k == fold]) for fold in range(k)]


def fold_dir(corpus: Path, fold: int) -> Path:
    return corpus / f"cv{fold}"


def fold_corpora(corpus: Path, k: int = FOLDS, *, seed: int = 0) -> list[Path]:
    """`corpus/cv<i>/{train,dev}` for each fold, from `corpus/joint` (run
    `corpora` first) and the in-domain sets, which count as often as the
    recipe counts idner train (`variant_train` changes that)."""
    from .build import JOINT_TRAIN

    copies = dict(JOINT_TRAIN)[IN_DOMAIN[0]]
    vocab = spacy.blank("id").vocab
    docs = [d for rel in IN_DOMAIN for d in DocBin().from_disk(corpus / rel).get_docs(vocab)]
    folds = deal(len(docs), k, seed)
    out = []
    for fold, (rest, held) in enumerate(folds):
        folder = fold_dir(corpus, fold)
        if folder.exists():
            shutil.rmtree(folder)
        (folder / "train").mkdir(parents=True)
        (folder / "dev").mkdir()
        for path in sorted((corpus / "joint" / "train").glob("*.spacy")):
            if not path.name.startswith(IN_DOMAIN_PREFIX):
                shutil.copy(path, folder / "train" / path.name)
        others = DocBin(docs=[docs[i] for i in rest], store_user_data=True)
        for c in range(copies):
            others.to_disk(folder / "train" / f"{IN_DOMAIN_PREFIX}cv-{c}.spacy")
        if (corpus / UD_DEV[0]).exists():
            shutil.copy(corpus / UD_DEV[0], folder / "dev" / UD_DEV[1])
        DocBin(docs=[docs[i] for i in held], store_user_data=True).to_disk(folder / "dev" / HELD_NAME)
        out.append(folder)
    return out


def held_out_examples(nlp: spacy.Language, gold: Sequence[Doc]) -> list[Example]:
    """`nlp` run on the text of each gold Doc, paired with it (the text is
    tokenized by `nlp`, as `build.evaluate` does)."""
    return [Example(pred, ref) for pred, ref in zip(nlp.pipe(d.text for d in gold), gold)]


def pooled_scores(examples: Sequence[Example]) -> dict[str, Any]:
    """Exact-span NER scores of all folds' predictions together, in percent,
    by the NER's own scorer, which `build.evaluate` uses for the test sets
    (it aligns a predicted span to the gold tokens it falls in)."""
    from .build import summarise

    scores = summarise(get_ner_prf(examples))
    scores["entities"] = sum(len(e.reference.ents) for e in examples)
    scores["sentences"] = len(examples)
    return scores


def score_folds(models: Sequence[Path], corpus: Path,
                load: Callable[[Path], spacy.Language] | None = None) -> dict[str, Any]:
    """Assemble each fold's trained model as shipped, predict its held-out
    fold and score all of them together; also each fold's own scores."""
    from .build import step_assemble

    def assembled(model: Path) -> spacy.Language:
        with tempfile.TemporaryDirectory() as tmp:
            step_assemble(model, Path(tmp) / "pipeline")
            return spacy.load(Path(tmp) / "pipeline")

    load = load or assembled
    pooled: list[Example] = []
    per_fold = []
    for fold, model in enumerate(models):
        nlp = load(model)
        gold = list(DocBin().from_disk(fold_dir(corpus, fold) / "dev" / HELD_NAME).get_docs(nlp.vocab))
        examples = held_out_examples(nlp, gold)
        per_fold.append(pooled_scores(examples))
        pooled.extend(examples)
    return {"pooled": pooled_scores(pooled), "folds": per_fold}


def variant_train(folder: Path, *, without: Sequence[str] = (), copies: int | None = None) -> Path:
    """A fold's training directory for a data-mix variant: `folder/train`
    less the sets whose file names start with a prefix in `without`
    (`nergrit`), with the in-domain folds counted `copies` times (default:
    as the recipe counts them). The files are symbolic links into
    `folder/train` (`link_dir`)."""
    train = folder / "train"
    if not without and copies is None:
        return train
    tag = "-".join([f"no-{w}" for w in without] + ([f"x{copies}"] if copies is not None else []))
    in_domain = sorted(train.glob(f"{IN_DOMAIN_PREFIX}*.spacy"))
    links = {path.name: path.resolve() for path in sorted(train.glob("*.spacy"))
             if path not in in_domain and not any(path.name.startswith(w) for w in without)}
    for c in range(len(in_domain) if copies is None else copies):
        links[f"{IN_DOMAIN_PREFIX}cv-{c}.spacy"] = in_domain[0].resolve()
    return link_dir(folder / f"train-{tag}", links)


def link_dir(out: Path, links: dict[str, Path]) -> Path:
    """`out` holding exactly `links` (file name -> target) as symbolic links;
    a directory that already holds them is left as it is, so that several
    runs can train on it at once."""
    if out.exists() and {p.name: p.resolve() for p in out.iterdir()} == links:
        return out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()
    for link, target in links.items():
        (out / link).symlink_to(target)
    return out


def ensure_folds(corpus: Path, k: int = FOLDS, *, seed: int = 0) -> list[Path]:
    """The fold corpora, built unless those of the same `k` and seed are
    there (so that folds can be trained in parallel processes). They copy
    `corpus/joint`: delete `corpus/cv.json` after a new `corpora` step."""
    stamp = corpus / "cv.json"
    want = {"folds": k, "seed": seed}
    folders = [fold_dir(corpus, i) for i in range(k)]
    if (stamp.exists() and json.loads(stamp.read_text()) == want
            and all((f / "dev" / HELD_NAME).exists() for f in folders)):
        return folders
    folders = fold_corpora(corpus, k, seed=seed)
    stamp.write_text(json.dumps(want) + "\n")
    return folders


def step_cv(output: Path, corpus: Path, *, k: int = FOLDS, seed: int = 1, fold_seed: int = 0,
            folds: Sequence[int] | None = None, overrides: dict[str, Any] | None = None,
            name: str = "cv", without: Sequence[str] = (), copies: int | None = None) -> dict[str, Any] | None:
    """Train the shipped recipe (news.cfg, with `overrides`, and the data
    mix changed by `without` and `copies`, see `variant_train`) on the folds
    (`folds`, or all) and, once every fold's model is there, score the
    held-out folds together. Models go to `output/<name>-<i>`."""
    from .build import CONFIGS, step_train

    folders = ensure_folds(corpus, k, seed=fold_seed)

    def train_fold(i: int, out: Path) -> None:
        train = variant_train(folders[i], without=without, copies=copies)
        step_train(CONFIGS / "news.cfg", out, seed=seed, overrides={
            **(overrides or {}), "paths.train": str(train), "paths.dev": str(folders[i] / "dev")})

    return train_folds(output, name, train_fold, corpus, k=k, folds=folds)


def train_folds(output: Path, name: str, train_fold: Callable[[int, Path], None], corpus: Path, *,
                k: int = FOLDS, folds: Sequence[int] | None = None) -> dict[str, Any] | None:
    """`train_fold(i, output/<name>-<i>)` for the folds asked for (default:
    all); once every fold's `model-last` is there, their held-out folds
    scored together (`score_folds`), else None."""
    models = [output / f"{name}-{i}" / "model-last" for i in range(k)]
    for i in range(k) if folds is None else folds:
        (models[i].parent / DONE).unlink(missing_ok=True)
        train_fold(i, models[i].parent)
        (models[i].parent / DONE).write_text("")  # spaCy rewrites model-last at every evaluation
    if not all((m.parent / DONE).exists() for m in models):
        return None
    return score_folds(models, corpus)
