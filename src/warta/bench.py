"""Throughput of the analysis pipeline (`warta bench`, `benchmarks/`).

Reads the first `limit` records of an input (default: the indonews-2025
corpus in `../shared`), loads the pipeline once, then for each `n_process`
times `Pipeline.pipe` plus JSON serialisation of every Article, i.e. what
`warta analyze -o OUT.jsonl` does minus the disk writes. Reports articles/s,
words/s (words of the cleaned bodies) and peak RSS (`getrusage` of this
process and, separately, of its largest child: the worker processes).
"""

from __future__ import annotations

import os
import platform
import resource
import sys
import time
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable

from .readers import Record, read_sources
from .types import RecordError

DEFAULT_CORPUS = ("corpus", "indonews-2025", "articles.jsonl")


def default_input() -> Path:
    """`../shared/corpus/indonews-2025/articles.jsonl` beside the repository
    (or beside the current directory)."""
    repo = Path(__file__).resolve().parents[2]
    for base in (repo.parent / "shared", Path.cwd().parent / "shared", Path.cwd() / "shared"):
        path = base.joinpath(*DEFAULT_CORPUS)
        if path.exists():
            return path
    return repo.parent.joinpath("shared", *DEFAULT_CORPUS)


@dataclass
class RunResult:
    n_process: int
    articles: int
    failed: int
    words: int
    seconds: float
    articles_per_s: float
    words_per_s: float


@dataclass
class BenchResult:
    input: str
    limit: int
    records: int
    load_seconds: float
    runs: list[RunResult] = field(default_factory=list)
    peak_rss_mb: float = 0.0  # this process
    peak_rss_children_mb: float = 0.0  # the largest worker process
    machine: dict = field(default_factory=dict)
    when: str = ""

    def to_dict(self) -> dict:
        return asdict(self)


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident set size in MiB (ru_maxrss is KiB on Linux, bytes on macOS)."""
    rss = resource.getrusage(who).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def machine_info() -> dict:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        usable = os.cpu_count() or 1
    return {
        "cpu": cpu,
        "cpus": os.cpu_count(),
        "cpus_usable": usable,
        "python": platform.python_version(),
        "platform": platform.platform(),
    }


def load_records(path: str | Path, limit: int) -> list[Record | RecordError]:
    out: list[Record | RecordError] = []
    for rec in read_sources([path]):
        out.append(rec)
        if len(out) >= limit:
            break
    return out


def time_run(pipeline, records: Iterable[Record | RecordError], n_process: int, batch_size: int | None = None) -> RunResult:
    import copy

    items = [copy.copy(r) for r in records]  # pipe() fills in ids: keep the input untouched
    articles = failed = words = 0
    t0 = time.perf_counter()
    for res in pipeline.pipe(items, n_process=n_process, batch_size=batch_size):
        if isinstance(res, RecordError):
            failed += 1
            continue
        res.to_json()
        articles += 1
        words += len(res.body.split())
    seconds = time.perf_counter() - t0
    return RunResult(
        n_process=n_process,
        articles=articles,
        failed=failed,
        words=words,
        seconds=round(seconds, 3),
        articles_per_s=round(articles / seconds, 2) if seconds else 0.0,
        words_per_s=round(words / seconds, 1) if seconds else 0.0,
    )


def run_bench(path: str | Path | None = None, limit: int = 1000, n_processes: Iterable[int] = (1, 2), batch_size: int | None = None) -> BenchResult:
    from .pipeline import Pipeline

    path = Path(path) if path else default_input()
    if not path.exists():
        raise FileNotFoundError(f"benchmark input {path} not found (give one with --input)")
    records = load_records(path, limit)
    t0 = time.perf_counter()
    pipeline = Pipeline.create()
    load_seconds = time.perf_counter() - t0
    result = BenchResult(
        input=str(path),
        limit=limit,
        records=len(records),
        load_seconds=round(load_seconds, 3),
        machine=machine_info(),
        when=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
    )
    for n in n_processes:
        result.runs.append(time_run(pipeline, records, n, batch_size))
    result.peak_rss_mb = round(peak_rss_mb(resource.RUSAGE_SELF), 1)
    result.peak_rss_children_mb = round(peak_rss_mb(resource.RUSAGE_CHILDREN), 1)
    return result
