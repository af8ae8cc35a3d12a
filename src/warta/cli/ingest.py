"""`warta ingest SOURCES... [--db URL] [--workers N]`: analyse and store."""

from __future__ import annotations

import json
import sys

import typer

from .main import app


@app.command()
def ingest(
    sources: list[str] = typer.Argument(..., help="Files or directories to read (.jsonl, .txt, ...)."),
    db: str = typer.Option("warta.db", "--db", help="Store URL: a file path / sqlite:///path, or postgresql://..."),
    workers: int = typer.Option(1, "-w", "--workers", help="Analysis processes (one writer)."),
    batch: int = typer.Option(50, "--batch", help="Articles per transaction."),
    resolve: bool = typer.Option(True, "--resolve/--no-resolve", help="Resolve entities across articles at the end."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Show a progress bar (stderr)."),
    as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
) -> None:
    """Analyse articles and store them. Re-running adds only what is new."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    import warta

    from ..readers import read_sources
    from .common import open_store_or_exit
    from ..storage.ingest import IngestReport, ingest as run_ingest, pending

    err = Console(stderr=True)
    if workers < 1 or batch < 1:
        err.print("[red]--workers and --batch must be at least 1[/]")
        raise typer.Exit(2)
    store = open_store_or_exit(db, err)
    report = IngestReport()
    with store:
        todo = pending(store, read_sources(sources), report)
        pipe = warta.load() if todo else None

        def analyse(recs):
            return pipe.pipe(recs, n_process=workers) if pipe is not None else iter(())

        columns = [TextColumn("ingest"), BarColumn(), MofNCompleteColumn(),
                   TextColumn("{task.fields[rate]:>7.1f} articles/s"), TimeElapsedColumn(), TextColumn("ETA"),
                   TimeRemainingColumn()]
        with Progress(*columns, console=err, disable=not progress, transient=False) as bar:
            task = bar.add_task("ingest", total=len(todo), rate=0.0)

            def tick(n: int) -> None:
                bar.advance(task, n)
                t = bar.tasks[0]
                bar.update(task, rate=(t.completed / t.elapsed) if t.elapsed else 0.0)

            run_ingest(store, todo, analyse, batch_size=batch, resolve=resolve, on_progress=tick, report=report)
        for e in report.errors:
            print(e.model_dump_json(), file=sys.stderr)
        counts = store.counts()
    summary = report.to_dict() | {"db": db, "articles_in_store": counts["articles"], "entities": counts["entities"],
                                  "quotes": counts["quotes"]}
    if as_json:
        print(json.dumps(summary))
    else:
        err.print(f"added {report.added}, copies linked {report.copies}, already stored {report.skipped}, "
                  f"failed {report.failed} in {report.seconds:.1f}s ({report.rate:.1f} articles/s); "
                  f"store: {counts['articles']} articles, {counts['entities']} entities, {counts['quotes']} quotes")
