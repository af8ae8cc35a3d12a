"""`warta export FORMAT OUT [--what articles|quotes|entities] [--graph ...] [--db URL]`."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

import typer

from .main import app


class Format(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    graphml = "graphml"


@app.command()
def export(
    fmt: Format = typer.Argument(..., metavar="FORMAT", help="jsonl | csv | parquet | graphml"),
    output: Path = typer.Argument(..., help="Output file."),
    db: str = typer.Option("warta.db", "--db", help="Store URL."),
    what: str = typer.Option(None, "--what", help="articles | quotes | entities (default: articles for jsonl, quotes otherwise)."),
    graph: str = typer.Option("cooccurrence", "--graph", help="GraphML: cooccurrence | speaker-topic."),
    min_weight: int = typer.Option(1, "--min-weight", help="GraphML: drop edges lighter than this."),
) -> None:
    """Export the store."""
    from rich.console import Console

    from .common import open_store_or_exit
    from ..storage import export as ex

    err = Console(stderr=True)
    what = what or ("articles" if fmt is Format.jsonl else "quotes")
    store = open_store_or_exit(db, err, readonly=True)
    try:
        with store:
            if fmt is Format.graphml:
                nodes, edges = ex.export_graphml(store, output, graph=graph, min_weight=min_weight)
                err.print(f"{output}: {nodes} nodes, {edges} edges")
                return
            fn = {Format.jsonl: ex.export_jsonl, Format.csv: ex.export_csv, Format.parquet: ex.export_parquet}[fmt]
            n = fn(store, output, what=what)
    except ValueError as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None
    err.print(f"{output}: {n} {what}")
