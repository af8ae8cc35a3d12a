"""`warta bench`: throughput of the pipeline (stub)."""

from __future__ import annotations

from .main import app


@app.command()
def bench() -> None:
    """Measure articles/s and words/s (see benchmarks/)."""
