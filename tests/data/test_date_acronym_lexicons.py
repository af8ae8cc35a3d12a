"""The date and acronym lexicons: well-formed, no duplicates."""

from __future__ import annotations

import pytest

from warta.lexicons import ordered_list, table

TSV = {
    "months": "name",
    "weekdays": "name",
    "relative_days": "phrase",
    "relative_direction": "word",
    "day_count_units": "word",
    "weekday_week_words": "word",
    "number_words": "word",
    "acronyms_id": "short",
    "company_affixes": "word",
}
TXT = ["day_parts", "weekday_generic_cues", "date_future_cues", "weekday_future_before", "numeric_date_not_after", "acronym_function_words"]


@pytest.mark.parametrize("name,key", sorted(TSV.items()))
def test_tsv_keys_unique_and_filled(name, key):
    rows = table(name)
    keys = [r[key] for r in rows]
    assert rows and all(k and k.strip() == k for k in keys)
    assert len(keys) == len(set(keys)), f"duplicate {key} in {name}.tsv"


@pytest.mark.parametrize("name", TXT)
def test_word_lists_unique(name):
    words = ordered_list(name)
    assert words and len(words) == len(set(words))


def test_months_complete_and_abbreviations_unique():
    rows = table("months")
    assert [int(r["month"]) for r in rows] == list(range(1, 13))
    forms = [r["name"] for r in rows] + [a for r in rows for a in (r["abbreviations"] or "").split(",") if a]
    assert len(forms) == len(set(forms))
    for abbr in ("Agu", "Agt", "Okt", "Nop", "Nov", "Des", "Peb", "Mrt"):
        assert abbr in forms


def test_weekdays_complete():
    assert sorted(int(r["weekday"]) for r in table("weekdays")) == list(range(7))


def test_acronym_cues_well_formed():
    cues = table("acronym_cues")
    assert {r["order"] for r in cues} <= {"short_long", "long_short"}
    assert {r["strength"] for r in cues} <= {"strong", "loose", "strict"}
    assert len({(r["cue"], r["order"]) for r in cues}) == len(cues)


def test_acronym_alternative_expansions_are_new():
    for row in table("acronyms_id"):
        alts = [a for a in (row.get("also") or "").split(";") if a]
        assert all(a.strip() == a and a.lower() != row["long"].lower() for a in alts), row["short"]
        assert len({a.lower() for a in alts}) == len(alts), row["short"]
