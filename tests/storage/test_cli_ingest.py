"""`warta ingest`, `warta search`, `warta export`: end to end on SQLite, and
the crash test: SIGKILL in the middle of an ingest, rerun, same counts."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from warta.storage import open_store

from _storage_factory import corpus

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not available (../shared absent)")
    return path


def _app():
    from warta.cli.main import _register, app

    _register()
    return app


def _cli_env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "src") + os.pathsep + env.get("PYTHONPATH", "")
    return env


CLI = [sys.executable, "-c", "import sys; from warta.cli.main import main; sys.exit(main(sys.argv[1:]))"]


@pytest.fixture
def filled_db(tmp_path):
    db = tmp_path / "kb.db"
    with open_store(str(db)) as s:
        s.add_many(corpus())
        s.resolve()
    return db


def test_search_cli_json_and_table(filled_db):
    app = _app()
    r = CliRunner().invoke(app, ["search", "--speaker", "Presiden Prabowo", "--db", str(filled_db), "--json"])
    assert r.exit_code == 0, r.output
    rows = json.loads(r.stdout)
    assert isinstance(rows, list) and len(rows) == 3
    r = CliRunner().invoke(app, ["search", "tarif", "--db", str(filled_db)])
    assert r.exit_code == 0 and "tarif" in r.stdout.lower()
    r = CliRunner().invoke(app, ["search", "--entity", "Kemenkeu", "--db", str(filled_db), "--json"])
    assert json.loads(r.stdout)[0]["name"] == "Kementerian Keuangan"
    r = CliRunner().invoke(app, ["search", "--cited", "KCNA", "--db", str(filled_db), "--json"])
    assert json.loads(r.stdout) == [{"outlet": "bisnis.com", "count": 2}]
    r = CliRunner().invoke(app, ["search", "'; DROP TABLE quotes; --", "--db", str(filled_db), "--json"])
    assert r.exit_code == 0 and isinstance(json.loads(r.stdout), list)
    r = CliRunner().invoke(app, ["search", "--speaker", "x", "--from", "2025-13-45", "--db", str(filled_db)])
    assert r.exit_code == 2 and "date" in r.output


def test_search_cli_on_a_foreign_file(tmp_path):
    bad = tmp_path / "notes.db"
    bad.write_text("hello")
    r = CliRunner().invoke(_app(), ["search", "x", "--db", str(bad)])
    assert r.exit_code == 2 and "not a usable warta database" in r.output


def test_export_cli_all_formats(filled_db, tmp_path):
    import csv

    import networkx as nx
    import pyarrow.parquet as pq

    app = _app()
    run = lambda *a: CliRunner().invoke(app, ["export", *a, "--db", str(filled_db)])  # noqa: E731
    assert run("jsonl", str(tmp_path / "a.jsonl")).exit_code == 0
    lines = (tmp_path / "a.jsonl").read_text().splitlines()
    assert len(lines) == 7 and json.loads(lines[0])["id"] == "a1"
    assert run("csv", str(tmp_path / "q.csv")).exit_code == 0
    rows = list(csv.DictReader(open(tmp_path / "q.csv", encoding="utf-8")))
    assert len(rows) == 10 and {r["speaker_canonical"] for r in rows} >= {"Prabowo Subianto", "KCNA"}
    assert run("csv", str(tmp_path / "e.csv"), "--what", "entities").exit_code == 0
    ents = list(csv.DictReader(open(tmp_path / "e.csv", encoding="utf-8")))
    assert any(e["name"] == "Prabowo Subianto" and "Prabowo" in e["aliases"].split("|") for e in ents)
    for what in ("quotes", "entities", "articles"):
        assert run("parquet", str(tmp_path / f"{what}.parquet"), "--what", what).exit_code == 0
    assert pq.read_table(tmp_path / "quotes.parquet").num_rows == 10
    assert pq.read_table(tmp_path / "articles.parquet").num_rows == 7
    assert run("graphml", str(tmp_path / "g.graphml")).exit_code == 0
    g = nx.read_graphml(tmp_path / "g.graphml")
    labels = {d["label"] for _, d in g.nodes(data=True)}
    assert {"Prabowo Subianto", "Jakarta"} <= labels
    assert run("graphml", str(tmp_path / "st.graphml"), "--graph", "speaker-topic").exit_code == 0
    st = nx.read_graphml(tmp_path / "st.graphml")
    assert st.is_directed() and st.number_of_edges() >= 1
    assert run("csv", str(tmp_path / "x.csv"), "--what", "nonsense").exit_code == 2


def _subset(tmp_path: Path, n: int) -> Path:
    src = shared_path("corpus", "indonews-2025", "articles.jsonl")
    out = tmp_path / "subset.jsonl"
    with open(src, encoding="utf-8") as fh, open(out, "w", encoding="utf-8") as dst:
        for i, line in enumerate(fh):
            if i >= n:
                break
            dst.write(line)
    return out


def _count(db: Path) -> int:
    try:
        c = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return c.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        finally:
            c.close()
    except sqlite3.Error:
        return 0


@pytest.mark.shared
@pytest.mark.slow
def test_ingest_is_idempotent_and_survives_sigkill(tmp_path):
    data = _subset(tmp_path, 300)
    ref, crash = tmp_path / "ref.db", tmp_path / "crash.db"
    args = ["ingest", str(data), "--no-progress", "--json", "--batch", "10"]
    r = subprocess.run(CLI + args + ["--db", str(ref)], env=_cli_env(), capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-2000:]
    first = json.loads(r.stdout.strip().splitlines()[-1])
    assert first["added"] + first["copies"] + first["failed"] == first["seen"] - first["skipped"]
    r = subprocess.run(CLI + args + ["--db", str(ref)], env=_cli_env(), capture_output=True, text=True, timeout=600)
    again = json.loads(r.stdout.strip().splitlines()[-1])
    assert again["added"] == 0 and again["copies"] == 0
    with open_store(str(ref), readonly=True) as s:
        want = s.counts()

    proc = subprocess.Popen(CLI + args + ["--db", str(crash)], env=_cli_env(), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.time() + 300
    while time.time() < deadline and _count(crash) < 40 and proc.poll() is None:
        time.sleep(0.05)
    assert proc.poll() is None, "ingest finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = _count(crash)
    assert 0 < partial < want["articles"]
    r = subprocess.run(CLI + args + ["--db", str(crash)], env=_cli_env(), capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-2000:]
    resumed = json.loads(r.stdout.strip().splitlines()[-1])
    assert resumed["skipped"] >= partial
    with open_store(str(crash), readonly=True) as s:
        got = s.counts()
        ids = [row[0] for row in s._q("SELECT id FROM articles")]
    assert got == want
    assert len(ids) == len(set(ids))
