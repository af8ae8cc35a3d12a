"""Scale-out with Dask: the same per-article analysis, mapped over partitions.

    from warta.scale import analyze_partitioned
    result = analyze_partitioned(["corpus.jsonl"], "out/", fmt="parquet")         # local cluster
    result = analyze_partitioned(records, "out/", scheduler="tcp://host:8786")   # a real cluster

Each partition is analysed by one worker with one pipeline per worker process
(`_worker_pipeline`, loaded on first use from the frozen `Settings`) and
written as one file: `part-00000.jsonl` (one `Article` JSON per line) or
`part-00000.parquet` (one row per article: metadata columns plus the full
article JSON in `article`, so the store can load either). Records the pipeline
cannot analyse go to `errors-00000.jsonl` beside them. Partition `i` always
holds records `i*partition_size ...` in input order, so output does not depend
on the scheduler or the number of workers.

Dask is optional (`pip install warta[scale]`): it is imported inside the
functions, and importing this module never needs it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator

from .config import Settings
from .readers import Record, read_sources
from .types import Article, RecordError

if TYPE_CHECKING:  # pragma: no cover
    from .pipeline import Pipeline

FORMATS = ("jsonl", "parquet")
# metadata columns of the Parquet output; the whole article is in `article`
PARQUET_COLUMNS = ("id", "url", "title", "outlet", "published", "language", "n_quotes", "n_entities", "article")


@dataclass
class PartitionResult:
    index: int
    path: str | None  # articles file (None when the partition had none)
    errors_path: str | None
    articles: int
    errors: int


@dataclass
class ScaleResult:
    out_dir: str
    partitions: list[PartitionResult] = field(default_factory=list)

    @property
    def articles(self) -> int:
        return sum(p.articles for p in self.partitions)

    @property
    def errors(self) -> int:
        return sum(p.errors for p in self.partitions)

    @property
    def paths(self) -> list[str]:
        return [p.path for p in self.partitions if p.path]


def _require_dask() -> Any:
    try:
        import dask
    except ImportError as exc:  # pragma: no cover  (exercised only without the extra)
        raise ImportError("warta.scale needs Dask: pip install 'warta[scale]'") from exc
    return dask


@lru_cache(maxsize=2)
def _worker_pipeline(settings: Settings) -> "Pipeline":
    """One pipeline per worker process (and per settings): loaded once, then
    reused for every partition the worker gets. Read-only afterwards."""
    from .pipeline import Pipeline

    return Pipeline.create(settings)


def analyze_partition(records: list[Record | RecordError], settings: Settings) -> list[dict]:
    """The per-partition function: every record as an `Article` dict, or as a
    `RecordError` dict (with `"error": True`), in input order."""
    pipe = _worker_pipeline(settings)
    out: list[dict] = []
    for res in pipe.pipe(records):
        if isinstance(res, RecordError):
            out.append({"error": True, **res.model_dump(mode="json")})
        else:
            out.append(res.to_dict())
    return out


def write_partition(
    records: list[Record | RecordError], index: int, out_dir: str, fmt: str, settings: Settings
) -> PartitionResult:
    """Analyse one partition and write its file(s); runs on a worker."""
    rows = analyze_partition(records, settings)
    articles = [r for r in rows if not r.get("error")]
    errors = [r for r in rows if r.get("error")]
    out = Path(out_dir)
    path = errors_path = None
    if articles:
        if fmt == "parquet":
            path = str(out / f"part-{index:05d}.parquet")
            _write_parquet(articles, path)
        else:
            path = str(out / f"part-{index:05d}.jsonl")
            _write_jsonl(articles, path)
    if errors:
        errors_path = str(out / f"errors-{index:05d}.jsonl")
        _write_jsonl(errors, errors_path)
    return PartitionResult(index, path, errors_path, len(articles), len(errors))


def _write_jsonl(rows: list[dict], path: str) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def _write_parquet(articles: list[dict], path: str) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    cols: dict[str, list] = {name: [] for name in PARQUET_COLUMNS}
    for a in articles:
        for name in ("id", "url", "title", "outlet", "published", "language"):
            cols[name].append(a.get(name))
        cols["n_quotes"].append(len(a.get("quotes") or ()))
        cols["n_entities"].append(len(a.get("entities") or ()))
        cols["article"].append(json.dumps(a, ensure_ascii=False))
    schema = pa.schema(
        [(n, pa.string()) for n in ("id", "url", "title", "outlet", "published", "language")]
        + [("n_quotes", pa.int32()), ("n_entities", pa.int32()), ("article", pa.string())]
    )
    pq.write_table(pa.table(cols, schema=schema), path)


def partitions(records: Iterable[Record | RecordError], size: int) -> Iterator[list[Record | RecordError]]:
    it = iter(records)
    while batch := list(islice(it, size)):
        yield batch


def _as_records(inputs: Iterable[Any]) -> Iterator[Record | RecordError]:
    """Records as given, strings/paths read with `read_sources`."""
    paths: list[Any] = []
    for item in inputs:
        if isinstance(item, Record | RecordError):
            if paths:
                yield from read_sources(paths)
                paths = []
            yield item
        else:
            paths.append(item)
    if paths:
        yield from read_sources(paths)


def analyze_partitioned(
    inputs: Iterable[Record | RecordError | str | Path],
    out_dir: str | Path,
    *,
    fmt: str = "jsonl",
    scheduler: str | None = None,
    n_workers: int | None = None,
    partition_size: int = 256,
    settings: Settings | None = None,
) -> ScaleResult:
    """Analyse `inputs` (Records, or files/dirs for `read_sources`) on Dask and
    write one output file per partition under `out_dir`.

    `scheduler`: None starts a local cluster (`distributed.LocalCluster` with
    `n_workers` single-threaded processes; dask's process pool when
    `distributed` is not installed); a `tcp://...` address uses that
    scheduler; `"sync"`, `"threads"` or `"processes"` use dask's local
    schedulers. Workers must be able to write to `out_dir` (a shared path on
    a real cluster)."""
    dask = _require_dask()
    if fmt not in FORMATS:
        raise ValueError(f"fmt must be one of {', '.join(FORMATS)}")
    if partition_size < 1:
        raise ValueError("partition_size must be at least 1")
    settings = settings or Settings()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    tasks = [
        dask.delayed(write_partition, pure=False)(batch, i, str(out), fmt, settings)
        for i, batch in enumerate(partitions(_as_records(inputs), partition_size))
    ]
    results = _compute(dask, tasks, scheduler, n_workers)
    return ScaleResult(str(out), sorted(results, key=lambda r: r.index))


def _compute(dask: Any, tasks: list, scheduler: str | None, n_workers: int | None) -> list[PartitionResult]:
    if not tasks:
        return []
    if scheduler in ("sync", "synchronous", "threads", "processes"):
        return list(dask.compute(*tasks, scheduler=scheduler, num_workers=n_workers))
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        if scheduler:  # an address needs distributed
            raise ImportError("a scheduler address needs dask.distributed: pip install 'warta[scale]'") from None
        return list(dask.compute(*tasks, scheduler="processes", num_workers=n_workers))
    if scheduler:
        with Client(scheduler) as client:
            return list(client.compute(tasks, sync=True))
    with LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True) as cluster, Client(cluster) as client:
        return list(client.compute(tasks, sync=True))


def analyze_bag(records: Any, settings: Settings | None = None) -> Any:
    """A `dask.bag` of Article dicts (and RecordError dicts with `"error": True`)
    from a bag of Records: the same per-partition function, for callers that
    build their own Dask graphs."""
    _require_dask()
    settings = settings or Settings()
    return records.map_partitions(lambda part: analyze_partition(list(part), settings))


def read_partitions(out_dir: str | Path) -> Iterator[Article]:
    """Read back the articles written by `analyze_partitioned`, in order."""
    out = Path(out_dir)
    for path in sorted(out.glob("part-*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    yield Article.from_dict(json.loads(line))
    for path in sorted(out.glob("part-*.parquet")):
        import pyarrow.parquet as pq

        for value in pq.read_table(path, columns=["article"]).column("article").to_pylist():
            yield Article.from_dict(json.loads(value))
