"""Run the pipeline on a gold set and score it.

The pipeline sees only `id, text, title, outlet, date, url` of each gold
record (`GoldArticle.record()`); everything else stays with the scorer.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from ..types import Article, RecordError
from .gold import GoldArticle, file_sha256, read_gold
from .pred import Prediction, empty_prediction, from_article
from .report import Report, score_article

if TYPE_CHECKING:  # pragma: no cover
    from ..pipeline import Pipeline


def predict(pipeline: "Pipeline", golds: list[GoldArticle], n_process: int = 1) -> list[Prediction]:
    """One Prediction per gold article, in order; a failed record predicts nothing."""
    preds: list[Prediction] = []
    for res in pipeline.pipe((g.record() for g in golds), n_process=n_process):
        if isinstance(res, RecordError):
            preds.append(empty_prediction(f"{res.kind}: {res.message}"))
        elif isinstance(res, Article):
            preds.append(from_article(res))
        else:  # pragma: no cover  (pipe yields only these two)
            preds.append(empty_prediction(f"unexpected result {type(res).__name__}"))
    if len(preds) != len(golds):  # pragma: no cover  (pipe keeps one result per record)
        raise RuntimeError(f"pipeline returned {len(preds)} results for {len(golds)} records")
    return preds


def score_pairs(name: str, golds: Iterable[GoldArticle], preds: Iterable[Prediction]) -> Report:
    rep = Report(name=name)
    for gold, pred in zip(golds, preds, strict=True):
        rep.add(score_article(gold, pred))
    return rep


def set_name(path: str | Path) -> str:
    """The key a gold set's floors are pinned under: `seed/gold.jsonl`."""
    path = Path(path).resolve()
    return f"{path.parent.name}/{path.name}" if path.parent.name else path.name


def evaluate_file(path: str | Path, pipeline: "Pipeline", n_process: int = 1) -> Report:
    path = Path(path)
    golds = read_gold(path)
    t0 = time.perf_counter()
    preds = predict(pipeline, golds, n_process=n_process)
    rep = score_pairs(set_name(path), golds, preds)
    rep.seconds = time.perf_counter() - t0
    rep.path = str(path)
    rep.sha256 = file_sha256(path)
    return rep
