"""`warta analyze INPUT... [-o OUT.jsonl] [--pretty]` (minimal version)."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from .main import app


@app.command()
def analyze(
    inputs: list[str] = typer.Argument(..., help="Files, directories, or - for stdin."),
    output: Path | None = typer.Option(None, "-o", "--output", help="JSONL output (default: stdout)."),
    n_process: int = typer.Option(1, "-n", "--n-process", help="Worker processes."),
) -> None:
    """Analyse articles; one JSON record per input record, in input order."""
    import warta
    from ..readers import read_sources
    from ..types import RecordError

    pipe = warta.load()
    out = open(output, "w", encoding="utf-8") if output else sys.stdout
    failed = 0
    for res in pipe.pipe(read_sources(inputs), n_process=n_process):
        if isinstance(res, RecordError):
            failed += 1
            print(res.model_dump_json(), file=sys.stderr)
            continue
        out.write(res.to_json() + "\n")
    if output:
        out.close()
    if failed:
        raise typer.Exit(1)
