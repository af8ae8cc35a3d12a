"""The cleaner's data files: every pattern compiles, has a unique name and
examples that it (and no earlier rule) matches; word lists have no duplicates."""

from __future__ import annotations

import pytest

from warta.components import clean as clean_mod
from warta.components import dateline as dateline_mod
from warta.lexicons import ordered_list, patterns, table

BOILERPLATE = [p for p in patterns("boilerplate")]
DATELINE_RULES = [p for p in patterns("datelines") if "define" not in p]


def test_boilerplate_rules_are_named_and_unique():
    names = [p["name"] for p in BOILERPLATE]
    assert len(names) == len(set(names))
    for p in BOILERPLATE:
        assert p["reason"] and p["pattern"] and p.get("examples"), p["name"]
        assert p.get("scope", "line") in {"line", "text"}


@pytest.mark.parametrize("spec", BOILERPLATE, ids=lambda p: p["name"])
def test_boilerplate_examples_match_their_rule(spec):
    text_rules, _ = clean_mod.rules()
    for example in spec["examples"]:
        if spec.get("scope") == "text":
            rule = next(r for r in text_rules if r.name == spec["name"])
            assert rule.regex.search(example), example
        else:
            rule = clean_mod.match_line(example)
            assert rule is not None and rule.name == spec["name"], (example, rule and rule.name)


@pytest.mark.parametrize("spec", DATELINE_RULES, ids=lambda p: p["name"])
def test_dateline_examples_match_their_rule(spec):
    for example in spec["examples"]:
        text = example + " Isi berita."
        first = next((r for r in dateline_mod.rules() if r.regex.match(text)), None)
        assert first is not None and first.name == spec["name"], (example, first and first.name)


@pytest.mark.parametrize(
    "name",
    ["abbreviations", "abbreviations_final", "camelcase", "glue_function_words", "dateline_places", "line_join_words"],
)
def test_word_lists_have_no_duplicates(name):
    items = ordered_list(name)
    assert items, name
    assert len(items) == len(set(items)), [x for x in items if items.count(x) > 1]


def test_abbreviations_end_with_a_dot_and_final_ones_are_listed():
    abbrs = set(ordered_list("abbreviations"))
    assert all(a.endswith(".") and " " not in a for a in abbrs)
    missing = set(ordered_list("abbreviations_final")) - abbrs
    assert not missing, missing


def test_wordfreq_and_affixes_tables():
    rows = table("wordfreq")
    assert len(rows) > 10000
    assert all(r["word"].isalpha() and r["word"].islower() and int(r["count"]) >= 3 for r in rows[:1000])
    assert {r["kind"] for r in table("glue_affixes")} == {"prefix", "suffix"}
