"""The evaluation gate: floors, ceilings, pinned SHA, ratchet and --allow-regression."""

from __future__ import annotations

import json

from warta.eval import gate
from warta.eval.report import Report


def report(recall_matched: int, dropped: int = 0, sha: str = "abc") -> Report:
    rep = Report(name="dev.jsonl", sha256=sha)
    rep.quotes.articles = 1
    rep.quotes.gold = 10
    rep.quotes.gold_matched = recall_matched
    rep.boilerplate.articles = 1
    rep.boilerplate.content_lines = 20
    rep.boilerplate.content_dropped = dropped
    return rep


def pinned(recall: float, dropped: int = 0, sha: str = "abc") -> dict:
    return {
        "sets": {
            "dev.jsonl": {
                "sha256": sha,
                "floors": {"quotes.recall": recall},
                "ceilings": {"boilerplate.content_lines_dropped": dropped},
            }
        }
    }


def test_score_at_floor_passes_and_below_fails():
    assert gate.check([report(5)], pinned(0.5)).ok
    res = gate.check([report(4)], pinned(0.5))
    assert not res.ok
    assert res.failures[0].metric == "quotes.recall" and res.failures[0].kind == "floor"
    assert "below floor" in res.failures[0].message()


def test_ceiling_on_dropped_content_lines():
    assert gate.check([report(5, dropped=0)], pinned(0.5, dropped=0)).ok
    res = gate.check([report(5, dropped=2)], pinned(0.5, dropped=0))
    assert [f.kind for f in res.failures] == ["ceiling"]


def test_changed_gold_file_fails_until_repinned():
    res = gate.check([report(9, sha="new")], pinned(0.5, sha="old"))
    assert [f.kind for f in res.failures] == ["sha"]


def test_unpinned_set_passes_with_a_note():
    res = gate.check([report(0)], {"sets": {}})
    assert res.ok and "no floors pinned" in res.notes[0]


def test_score_that_disappears_fails():
    rep = report(5)
    rep.quotes.articles = 0  # quotes no longer scored
    res = gate.check([rep], pinned(0.5))
    assert [f.kind for f in res.failures] == ["missing"]


def test_update_raises_floors_but_never_lowers_them_without_permission():
    new, changes = gate.update([report(7)], pinned(0.5))
    assert new["sets"]["dev.jsonl"]["floors"]["quotes.recall"] == 0.7
    assert any("0.5 -> 0.7" in c for c in changes)
    kept, changes = gate.update([report(3)], pinned(0.5))
    assert kept["sets"]["dev.jsonl"]["floors"]["quotes.recall"] == 0.5
    assert any("needs --allow-regression" in c for c in changes)
    assert not gate.check([report(3)], kept).ok


def test_allow_regression_lowers_floors():
    new, _ = gate.update([report(3, dropped=2)], pinned(0.5), allow_regression=True)
    entry = new["sets"]["dev.jsonl"]
    assert entry["floors"]["quotes.recall"] == 0.3
    assert entry["ceilings"]["boilerplate.content_lines_dropped"] == 2
    assert gate.check([report(3, dropped=2)], new).ok


def test_update_pins_new_sets_and_rounds_floors_down(tmp_path):
    rep = report(1)
    rep.quotes.gold = 3  # recall 0.3333...
    new, _ = gate.update([rep], gate.empty_baseline())
    floor = new["sets"]["dev.jsonl"]["floors"]["quotes.recall"]
    assert floor == 0.3333 and new["sets"]["dev.jsonl"]["sha256"] == "abc"
    assert gate.check([rep], new).ok
    path = gate.save_baseline(new, tmp_path / "b.json")
    assert gate.load_baseline(path) == json.loads(path.read_text())


def test_shipped_baseline_is_valid():
    data = gate.load_baseline()
    for name, entry in data["sets"].items():
        assert name.endswith(".jsonl") and "/" in name
        assert len(entry["sha256"]) == 64
        assert all(0.0 <= v <= 1.0 for v in entry["floors"].values())
        assert set(entry["ceilings"]) <= gate.LOWER_IS_BETTER
