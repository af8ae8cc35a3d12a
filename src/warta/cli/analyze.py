"""`warta analyze INPUT... [-o OUT.jsonl] [--errors FILE] [--pretty]`.

Thin: reading is `warta.readers`, analysis `warta.pipeline`, the terminal
view `warta.pretty`; this module only wires them to files and streams."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from .main import app


def default_errors_path(output: Path) -> Path:
    """`out.jsonl` -> `out.errors.jsonl`."""
    name = output.name
    stem = name[: -len(".jsonl")] if name.endswith(".jsonl") else output.stem if output.suffix else name
    return output.with_name(f"{stem}.errors.jsonl")


def format_error(err) -> str:
    """One concise stderr line for a RecordError."""
    where = f" ({err.source})" if err.source else ""
    return f"error: {err.id or '-'} [{err.kind}] {err.message}{where}"


@app.command()
def analyze(
    inputs: list[str] = typer.Argument(..., help="Files (.txt .jsonl .json .html .csv, optionally .gz), directories, or - for stdin."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="JSONL output (default: stdout)."),
    errors: Optional[Path] = typer.Option(None, "--errors", help="Errors JSONL (default: OUT.errors.jsonl when -o is given)."),
    pretty: bool = typer.Option(False, "--pretty", help="Show the first article in the terminal with highlights."),
    pretty_count: int = typer.Option(1, "--pretty-count", min=1, help="How many articles --pretty shows."),
    csv_map: Optional[list[str]] = typer.Option(
        None, "--csv-map", help="CSV columns for record fields, e.g. text=isi_berita,title=judul,url=tautan,date=tanggal."
    ),
    n_process: int = typer.Option(1, "-n", "--n-process", min=1, help="Worker processes."),
    batch_size: Optional[int] = typer.Option(None, "--batch-size", min=1, help="Records per batch."),
    progress: Optional[bool] = typer.Option(None, "--progress/--no-progress", help="Progress bar on stderr (default: when stderr is a terminal)."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Analyse only the first N records."),
) -> None:
    """Analyse articles: one JSON record per input record, in input order, `id` kept.

    A record that fails is reported on stderr and in the errors file; the
    others are still written. Exit status 1 if any record failed."""
    from itertools import islice

    from rich.console import Console

    import warta

    from .. import pretty as pretty_view
    from ..readers import parse_csv_map, read_sources
    from ..types import RecordError

    try:
        mapping = parse_csv_map(csv_map)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--csv-map") from exc

    err_console = Console(stderr=True)
    show_progress = err_console.is_terminal if progress is None else progress
    if errors is None and output is not None:
        errors = default_errors_path(output)

    pipe = warta.load()
    records = read_sources(inputs, mapping)
    if limit:
        records = islice(records, limit)

    out = open(output, "w", encoding="utf-8") if output else None
    err_out = open(errors, "w", encoding="utf-8") if errors else None
    # --pretty without -o: the terminal view replaces JSON on stdout
    write_stdout = out is None and not pretty
    stdout_console = Console()
    failed = done = shown = 0
    words = 0
    try:
        with _progress(err_console, show_progress) as (bar, task):
            for res in pipe.pipe(records, n_process=n_process, batch_size=batch_size):
                done += 1
                if isinstance(res, RecordError):
                    failed += 1
                    err_console.print(format_error(res), style="red", markup=False, highlight=False, soft_wrap=True)
                    if err_out:
                        err_out.write(res.model_dump_json() + "\n")
                else:
                    words += len(res.body.split())
                    line = res.to_json() + "\n"
                    if out:
                        out.write(line)
                    elif write_stdout:
                        sys.stdout.write(line)
                    if pretty and shown < pretty_count:
                        pretty_view.show(res, stdout_console)
                        shown += 1
                if bar is not None:
                    bar.update(task, advance=1, description=f"analysed ({failed} failed)")
    finally:
        if out:
            out.close()
        if err_out:
            err_out.close()
    if pretty and done - failed > shown:
        stdout_console.print(f"[dim]{done - failed - shown} more article(s) not shown; use -o OUT.jsonl to write them all.[/dim]")
    if show_progress or output:
        err_console.print(f"{done - failed} analysed, {failed} failed, {words:,} words" + (f"; errors in {errors}" if failed and errors else ""))
    if failed:
        raise typer.Exit(1)


class _progress:
    """A rich progress bar on stderr, or nothing."""

    def __init__(self, console, enabled: bool):
        self.console, self.enabled, self.bar = console, enabled, None

    def __enter__(self):
        if not self.enabled:
            return None, None
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self.bar = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=self.console,
            transient=False,
        )
        self.bar.__enter__()
        task = self.bar.add_task("analysed (0 failed)", total=None)
        return self.bar, task

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.__exit__(*exc)
        return False
