"""Dask scale-out gives the same articles as the in-process pipeline.
Skipped when Dask (the `scale` extra) is not installed."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("dask")

from warta.readers import Record  # noqa: E402
from warta.scale import analyze_bag, analyze_partitioned, partitions, read_partitions  # noqa: E402

TEXTS = [
    "Bandung - Wali Kota Bandung mengatakan jalan itu ditutup, Senin (9/6/2025).",
    "“Kami siap,” kata Ani di Jakarta.",
    "",  # empty: a RecordError
    "Budi mengatakan harga beras turun pekan ini.",
    "Presiden Joko Widodo tiba di Surabaya.",
]


def records() -> list[Record]:
    return [Record(text=t, id=f"r{i}", published="2025-06-10") for i, t in enumerate(TEXTS)]


def expected(pipeline) -> list[dict]:
    return [a.to_dict() for a in pipeline.pipe(records()) if not hasattr(a, "kind")]


def test_partitions_keep_order():
    assert [len(p) for p in partitions(range(7), 3)] == [3, 3, 1]


@pytest.mark.parametrize("scheduler", ["sync", "threads"])
def test_jsonl_partitions_equal_in_process_output(tmp_path, pipeline, scheduler):
    res = analyze_partitioned(records(), tmp_path, partition_size=2, scheduler=scheduler)
    assert [p.index for p in res.partitions] == [0, 1, 2]
    assert res.articles == 4 and res.errors == 1
    got = [a.to_dict() for a in read_partitions(tmp_path)]
    assert got == expected(pipeline)
    (err_file,) = tmp_path.glob("errors-*.jsonl")
    err = json.loads(err_file.read_text().splitlines()[0])
    assert err["id"] == "r2" and err["kind"] == "empty" and err["error"] is True


def test_parquet_partitions(tmp_path, pipeline):
    pq = pytest.importorskip("pyarrow.parquet")
    res = analyze_partitioned(records(), tmp_path, fmt="parquet", partition_size=3, scheduler="sync")
    assert len(res.paths) == 2 and all(p.endswith(".parquet") for p in res.paths)
    table = pq.read_table(res.paths[0])
    assert table.column("id").to_pylist() == ["r0", "r1"]
    assert [a.to_dict() for a in read_partitions(tmp_path)] == expected(pipeline)


def test_reads_files_too(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": f"f{i}", "text": t}) + "\n" for i, t in enumerate(TEXTS[:2])))
    res = analyze_partitioned([str(src)], tmp_path / "out", scheduler="sync")
    assert [a.id for a in read_partitions(tmp_path / "out")] == ["f0", "f1"]
    assert res.errors == 0


def test_bad_format_is_refused(tmp_path):
    with pytest.raises(ValueError):
        analyze_partitioned(records(), tmp_path, fmt="csv", scheduler="sync")


def test_analyze_bag(pipeline):
    import dask.bag as db

    bag = db.from_sequence(records(), partition_size=2)
    out = analyze_bag(bag).compute(scheduler="sync")
    assert [d["id"] for d in out] == ["r0", "r1", "r2", "r3", "r4"]
    assert out[2]["error"] is True


@pytest.mark.slow
def test_local_cluster(tmp_path, pipeline):
    pytest.importorskip("distributed")
    res = analyze_partitioned(records(), tmp_path, partition_size=2, n_workers=1)
    assert [a.to_dict() for a in read_partitions(tmp_path)] == expected(pipeline)
    assert res.errors == 1
