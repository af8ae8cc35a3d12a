"""End to end: the README command on the bundled example."""

from __future__ import annotations

import json

from testpaths import EXAMPLES
from warta.cli.main import main


def test_examples_directory_analyses(tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    assert main(["analyze", str(EXAMPLES), "-o", str(out)]) == 0
    (art,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    text = (EXAMPLES / "banjir-bekasi.txt").read_text(encoding="utf-8")
    assert art["text"] == text and art["language"] == "id"
    assert len(art["id"]) == 12
    for group in ("quotes", "entities", "dates", "acronyms", "removed"):
        for item in art[group]:  # whatever the components found points into the text
            span = item.get("content", item)
            assert 0 <= span["start"] <= span["end"] <= len(text)
    assert not (tmp_path / "out.errors.jsonl").read_text(encoding="utf-8")


def test_examples_pretty(capsys):
    assert main(["analyze", str(EXAMPLES), "--pretty"]) == 0
    out = capsys.readouterr().out
    assert "Legend" in out and "Kabarkota.id, BEKASI" in out


def test_example_has_what_it_promises():
    """The example must keep the features the README and docs say it shows."""
    text = (EXAMPLES / "banjir-bekasi.txt").read_text(encoding="utf-8")
    for needle in (
        "Kabarkota.id, BEKASI - ",
        "\nADVERTISEMENT\n",
        "\nSCROLL TO CONTINUE WITH CONTENT\n",
        "\nBaca Juga: ",
        "Badan Penanggulangan Bencana Daerah (BPBD)",
        "mengatakan bahwa",
        "\" kata Hendra",
        ",\" katanya.",
        "Senin (3/3/2025)",
        "kemarin",
        "Dilansir dari Antara",
    ):
        assert needle in text
