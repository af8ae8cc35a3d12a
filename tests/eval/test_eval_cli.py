"""`warta eval` end to end: JSON output, exit codes, the gate, the shared sets."""

from __future__ import annotations

import json
import time

import pytest

from warta.cli.main import main
from warta.eval.run import evaluate_file, set_name

from testpaths import shared_path

TEXT = "Bandung - “Kami siap bekerja,” kata Ani di Bandung, Senin (9/6/2025).\nBaca juga:\nJudul Lain\nBudi mengatakan harga turun."


def write_gold(path, **extra):
    rec = {
        "id": "t1",
        "source": "test",
        "outlet": "contoh.com",
        "title": "Judul",
        "date": "2025-06-10",
        "text": TEXT,
        "complete": True,
        "dateline": {"outlet": None, "place": "Bandung"},
        "boilerplate": ["Baca juga:", "Judul Lain"],
        "quotes": [{"content": "Kami siap bekerja", "kind": "direct", "speaker": "Ani", "cue": "kata"}],
        "entities": [{"name": "Ani", "type": "PER", "aliases": []}],
        "roles": [],
        "acronyms": [],
        "dates": [{"text": "Senin (9/6/2025)", "value": "2025-06-09"}],
    }
    rec.update(extra)
    path.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def test_eval_json_has_every_score(tmp_path, capsys):
    gold = write_gold(tmp_path / "g.jsonl")
    assert main(["eval", str(gold), "--json", "--per-article"]) == 0
    out = json.loads(capsys.readouterr().out)
    (s,) = out["sets"]
    assert s["name"] == set_name(gold) and s["articles"] == 1 and s["complete"] == 1
    scores = s["scores"]
    for fld in ("quotes", "entities", "roles", "acronyms", "dates", "dateline", "boilerplate"):
        assert scores[fld] is not None, fld
    for key in ("precision", "recall", "f1", "speaker_accuracy", "cue_accuracy", "kind_accuracy"):
        assert key in scores["quotes"]
    assert set(scores["entities"]["by_type"]) == {"PER", "ORG", "LOC", "EVT"}
    assert scores["boilerplate"]["lines"] == 2
    assert s["per_article"][0]["id"] == "t1"


def test_eval_table_output(tmp_path, capsys):
    gold = write_gold(tmp_path / "g.jsonl")
    assert main(["eval", str(gold)]) == 0
    out = capsys.readouterr().out
    for label in ("quotes", "speaker", "entities", "dateline", "boilerplate removed", "content lines dropped"):
        assert label in out


def test_gate_fails_below_floor_and_update_needs_allow_regression(tmp_path, capsys):
    gold = write_gold(tmp_path / "g.jsonl")
    baseline = tmp_path / "baseline.json"
    # an impossible floor: recall can never reach 2
    baseline.write_text(json.dumps({"sets": {set_name(gold): {"floors": {"quotes.recall": 2.0}, "ceilings": {}}}}))
    assert main(["eval", str(gold), "--gate", "--baseline", str(baseline)]) == 1
    assert "FAILED" in capsys.readouterr().out
    # ratcheting cannot lower it ...
    assert main(["eval", str(gold), "--gate", "--update-baseline", "--baseline", str(baseline)]) == 1
    assert json.loads(baseline.read_text())["sets"][set_name(gold)]["floors"]["quotes.recall"] == 2.0
    # ... --allow-regression can
    assert main(["eval", str(gold), "--gate", "--update-baseline", "--allow-regression", "--baseline", str(baseline)]) == 0
    assert json.loads(baseline.read_text())["sets"][set_name(gold)]["floors"]["quotes.recall"] <= 1.0


def test_bad_gold_file_exits_2(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x"}\n')
    assert main(["eval", str(bad)]) == 2
    assert main(["eval", str(tmp_path / "missing.jsonl")]) == 2


@pytest.mark.shared
def test_shared_gold_sets_score_quickly(pipeline):
    seed = shared_path("seed", "gold.jsonl")
    dev = shared_path("eval", "news_dev.jsonl")
    t0 = time.perf_counter()
    reps = [evaluate_file(seed, pipeline), evaluate_file(dev, pipeline)]
    assert time.perf_counter() - t0 < 50
    assert [r.articles for r in reps] == [1, 15]
    assert reps[1].scores()["quotes"]["gold"] == 96
    assert reps[0].errors == reps[1].errors == 0


@pytest.mark.shared
def test_pfsa_is_recall_only(pipeline):
    rep = evaluate_file(shared_path("eval", "pfsa_dev.jsonl"), pipeline)
    s = rep.scores()
    assert rep.complete == 0 and s["quotes"]["precision"] is None
    assert s["entities"] is None and s["dateline"] is None  # not annotated in PFSA-ID
    assert s["roles"]["recall"] is not None
