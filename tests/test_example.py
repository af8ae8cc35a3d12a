"""End to end: the README command on the bundled example."""

from __future__ import annotations

import json

from testpaths import EXAMPLES
from warta.cli.main import main


def _spans(art: dict):
    """Every offset-bearing object of an output record."""
    yield from art["removed"]
    yield from art["dates"]
    yield from art["acronyms"]
    yield from art["roles"]
    yield from art["sources"]
    for ent in art["entities"]:
        yield from ent["mentions"]
    for q in art["quotes"]:
        yield q["content"]
        if q["cue"]:
            yield q["cue"]
        if q["speaker"] and q["speaker"]["mention"]:
            yield q["speaker"]["mention"]


def test_examples_directory_analyses(tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    assert main(["analyze", str(EXAMPLES), "-o", str(out)]) == 0
    (art,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    text = (EXAMPLES / "banjir-bekasi.txt").read_text(encoding="utf-8")
    assert art["text"] == text and art["language"] == "id"
    assert len(art["id"]) == 12
    for span in _spans(art):
        assert 0 <= span["start"] <= span["end"] <= len(text)
    assert not (tmp_path / "out.errors.jsonl").read_text(encoding="utf-8")

    # what a reader of the example sees in it
    assert (art["dateline"]["outlet"], art["dateline"]["place"]) == ("Kabarkota.id", "Bekasi")
    removed = [text[r["start"] : r["end"]] for r in art["removed"]]
    assert any("ADVERTISEMENT" in r for r in removed) and any(r.startswith("Baca Juga") for r in removed)
    assert "Baca Juga" not in art["body"] and "(rin/sut)" not in art["body"]
    assert {(a["short"], a["long"]) for a in art["acronyms"]} >= {
        ("BPBD", "Badan Penanggulangan Bencana Daerah"),
        ("BBWS", "Balai Besar Wilayah Sungai"),
    }
    assert ("Senin (3/3/2025)", "2025-03-03") in {(d["text"], d["value"]) for d in art["dates"]}
    people = {e["name"] for e in art["entities"] if e["type"] == "PER"}
    assert {"Hendra Wijayakusuma", "Dewi Anggraini", "Tri Adhianto"} <= people
    roles = {(r["person"], r["role"]) for r in art["roles"]}
    assert ("Tri Adhianto", "Wali Kota") in roles
    by_cue = {q["cue"]["text"]: q["speaker"]["name"] for q in art["quotes"] if q["cue"] and q["speaker"]}
    assert by_cue["kata"] == by_cue["ujarnya"] == "Hendra Wijayakusuma"
    assert by_cue["katanya"] == "Dewi Anggraini"
    assert ("Antara", "cited_from") in {(s["name"], s["relation"]) for s in art["sources"]}


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
