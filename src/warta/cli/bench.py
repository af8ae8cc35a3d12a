"""`warta bench [--input FILE] [--limit 1000] [--n-process 1,2] [--json OUT]`:
throughput of the pipeline (the work is `warta.bench`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from .main import app


def parse_n_process(values: list[str] | None) -> list[int]:
    """`["1", "2"]`, `["1,2"]` or `["1 2"]` -> [1, 2]."""
    out: list[int] = []
    for value in values or ["1", "2"]:
        for part in value.replace(",", " ").split():
            try:
                n = int(part)
            except ValueError as exc:
                raise typer.BadParameter(f"{part!r} is not a number", param_hint="--n-process") from exc
            if n < 1:
                raise typer.BadParameter("must be at least 1", param_hint="--n-process")
            out.append(n)
    return out


@app.command()
def bench(
    input: Optional[Path] = typer.Option(None, "--input", "-i", help="Input (default: ../shared/corpus/indonews-2025/articles.jsonl)."),
    limit: int = typer.Option(1000, "--limit", min=1, help="Records to analyse (the first N)."),
    n_process: Optional[list[str]] = typer.Option(None, "--n-process", "-n", help="Worker counts to time: repeat the option or give 1,2 (default 1,2)."),
    batch_size: Optional[int] = typer.Option(None, "--batch-size", min=1),
    json_out: Optional[Path] = typer.Option(None, "--json", help="Also write the results as JSON to this file."),
) -> None:
    """Measure articles/s, words/s and peak RSS of the analysis pipeline."""
    from rich.console import Console
    from rich.table import Table

    from ..bench import run_bench

    counts = parse_n_process(n_process)
    console = Console()
    try:
        result = run_bench(input, limit=limit, n_processes=counts, batch_size=batch_size)
    except FileNotFoundError as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from exc
    table = Table(title=f"warta bench: {result.records} records of {result.input}", title_justify="left")
    for col in ("n_process", "articles", "failed", "words", "seconds", "articles/s", "words/s"):
        table.add_column(col, justify="right")
    for r in result.runs:
        table.add_row(str(r.n_process), str(r.articles), str(r.failed), f"{r.words:,}", f"{r.seconds:.2f}", f"{r.articles_per_s:.1f}", f"{r.words_per_s:,.0f}")
    console.print(table)
    m = result.machine
    console.print(
        f"pipeline load {result.load_seconds:.2f} s; peak RSS {result.peak_rss_mb:.0f} MiB (main), "
        f"{result.peak_rss_children_mb:.0f} MiB (largest worker)\n"
        f"{result.when}; {m.get('cpu')}, {m.get('cpus_usable')} usable of {m.get('cpus')} CPUs; Python {m.get('python')}"
    )
    if json_out:
        json_out.write_text(json.dumps(result.to_dict(), indent=2) + "\n", encoding="utf-8")
        console.print(f"wrote {json_out}")
