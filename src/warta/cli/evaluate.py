"""`warta eval GOLD.jsonl... [--json]` (stub)."""

from __future__ import annotations

from pathlib import Path

import typer

from .main import app


@app.command("eval")
def evaluate(
    gold: list[Path] = typer.Argument(..., help="Gold JSONL files (see ../shared/eval/FORMAT.md)."),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable scores."),
) -> None:
    """Score the pipeline against gold annotations."""
