"""`warta eval GOLD.jsonl... [--json] [--gate] [--per-article] [-n N]`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from .main import app


@app.command("eval")
def evaluate(
    gold: list[Path] = typer.Argument(
        ..., exists=True, dir_okay=False, readable=True, help="Gold JSONL files (see ../shared/eval/FORMAT.md)."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object with every score."),
    gate: bool = typer.Option(False, "--gate", help="Exit 1 when a score falls below its pinned floor."),
    per_article: bool = typer.Option(False, "--per-article", help="Also show the scores of each article."),
    n_process: int = typer.Option(1, "-n", "--n-process", min=1, help="Worker processes for the pipeline."),
    baseline: Path | None = typer.Option(None, "--baseline", help="Floors file (default: warta/eval/baseline.json)."),
    update_baseline: bool = typer.Option(
        False, "--update-baseline", help="Raise the pinned floors to today's scores (pin new gold files)."
    ),
    allow_regression: bool = typer.Option(
        False, "--allow-regression", help="With --update-baseline: lower floors too."
    ),
) -> None:
    """Score the pipeline against gold annotations (only id, text, title,
    outlet, date and url of each gold record reach the pipeline)."""
    import warta
    from rich.console import Console

    from ..eval import gate as gate_mod
    from ..eval.gold import GoldFormatError
    from ..eval.render import print_gate, print_reports
    from ..eval.run import evaluate_file

    err = Console(stderr=True)
    pipeline = warta.load()
    try:
        reports = [evaluate_file(path, pipeline, n_process=n_process) for path in gold]
    except GoldFormatError as exc:
        err.print(f"[red]bad gold file: {exc}[/red]")
        raise typer.Exit(2) from exc

    pinned = gate_mod.load_baseline(baseline)
    changes: list[str] = []
    if update_baseline:
        pinned, changes = gate_mod.update(reports, pinned, allow_regression=allow_regression)
        gate_mod.save_baseline(pinned, baseline)
    elif allow_regression:
        err.print("[yellow]--allow-regression does nothing without --update-baseline[/yellow]")
    # the gate checks the floors as they stand after any update
    result = gate_mod.check(reports, pinned) if gate else None

    if as_json:
        out = {
            "warta": warta.__version__,
            "sets": [rep.to_dict(per_article=per_article) for rep in reports],
        }
        if result is not None:
            out["gate"] = result.to_dict()
        if update_baseline:
            out["baseline_changes"] = changes
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
    else:
        console = Console()
        print_reports(reports, console, per_article=per_article)
        if result is not None:
            print_gate(result, console)
        for change in changes:
            console.print(f"baseline: {change}")
    if result is not None and not result.ok:
        raise typer.Exit(1)
