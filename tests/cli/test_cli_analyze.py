"""`warta analyze`: JSONL out in input order, ids kept, errors file, exit status."""

from __future__ import annotations

import io
import json

import pytest

from warta.cli.analyze import default_errors_path
from warta.cli.main import main

PARA = "Gubernur Jawa Barat mengatakan bahwa jalan tol dibuka kembali, Senin (3/3/2025)."


def _jsonl(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture()
def mixed_inputs(tmp_path):
    jl = tmp_path / "in.jsonl"
    jl.write_text(
        json.dumps({"id": "j1", "text": PARA}) + "\n" + "ini bukan JSON\n" + json.dumps({"id": "j3", "text": "  "}) + "\n" + json.dumps({"id": "j4", "body": PARA}) + "\n",
        encoding="utf-8",
    )
    csv = tmp_path / "in.csv"
    csv.write_text("id,judul\n1,Judul saja\n", encoding="utf-8")  # no text column
    txt = tmp_path / "z.txt"
    txt.write_bytes(PARA.replace("mengatakan", "“mengatakan”").encode("cp1252"))
    return jl, csv, txt


def test_analyze_writes_records_and_errors(tmp_path, mixed_inputs, capsys):
    jl, csv, txt = mixed_inputs
    out = tmp_path / "out.jsonl"
    rc = main(["analyze", str(jl), str(csv), str(txt), "-o", str(out), "--no-progress"])
    assert rc == 1
    arts = _jsonl(out)
    assert [a["id"] for a in arts][:2] == ["j1", "j4"] and len(arts) == 3
    assert arts[2]["text"].startswith("Gubernur") and "“mengatakan”" in arts[2]["text"]
    errs = _jsonl(default_errors_path(out))
    assert [(e["id"], e["kind"]) for e in errs] == [(None, "parse"), ("j3", "empty"), (None, "parse")]
    assert errs[0]["source"].endswith("in.jsonl:2")
    stderr = capsys.readouterr().err
    assert "error: j3 [empty]" in stderr and "3 analysed, 3 failed" in stderr


def test_analyze_clean_run_exits_zero_and_writes_stdout(tmp_path, capsys):
    txt = tmp_path / "a.txt"
    txt.write_text(PARA, encoding="utf-8")
    assert main(["analyze", str(txt)]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert json.loads(line)["text"] == PARA


def test_errors_option_and_default_name(tmp_path):
    assert default_errors_path(tmp_path / "hasil.jsonl") == tmp_path / "hasil.errors.jsonl"
    assert default_errors_path(tmp_path / "hasil") == tmp_path / "hasil.errors.jsonl"
    errors = tmp_path / "e.jsonl"
    assert main(["analyze", str(tmp_path / "tidak-ada.txt"), "--errors", str(errors)]) == 1
    (err,) = _jsonl(errors)
    assert err["kind"] == "read"


def test_stdin(monkeypatch, capsys):
    data = (json.dumps({"id": "s1", "text": PARA}) + "\n").encode("utf-8")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert main(["analyze", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["id"] == "s1"


def test_csv_map_option(tmp_path, capsys):
    csv = tmp_path / "x.csv"
    csv.write_text('kode,naskah,kepala\nK1,"' + PARA + '",Judul\n', encoding="utf-8")
    assert main(["analyze", str(csv), "--csv-map", "text=naskah,id=kode,title=kepala"]) == 0
    art = json.loads(capsys.readouterr().out)
    assert (art["id"], art["title"], art["text"]) == ("K1", "Judul", PARA)
    assert main(["analyze", str(csv), "--csv-map", "warna=merah"]) == 2


def test_pretty_shows_article_and_legend(tmp_path, capsys):
    txt = tmp_path / "a.txt"
    txt.write_text(PARA, encoding="utf-8")
    assert main(["analyze", str(txt), str(txt), "--pretty"]) == 0
    out = capsys.readouterr().out
    assert "Legend" in out and "Gubernur Jawa Barat" in out
    assert "1 more article(s) not shown" in out
    assert '"schema_version"' not in out  # the view replaces JSON on stdout


def test_progress_bar_on_request(tmp_path, capsys):
    txt = tmp_path / "a.txt"
    txt.write_text(PARA, encoding="utf-8")
    assert main(["analyze", str(txt), "--progress", "-o", str(tmp_path / "o.jsonl")]) == 0
    assert "analysed" in capsys.readouterr().err


def test_version(capsys):
    import warta

    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"warta {warta.__version__}"
