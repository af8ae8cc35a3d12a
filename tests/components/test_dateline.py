"""Dateline parsing: ordered rules in data/patterns/datelines.jsonl."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from testpaths import shared_path
from warta.components.clean import clean
from warta.components.dateline import find_dateline, rules, title_place


@pytest.mark.parametrize(
    "text, outlet, place, span",
    [
        ("Bisnis.com, JAKARTA - Pemimpin Korea Utara tiba.", "Bisnis.com", "Jakarta", "Bisnis.com, JAKARTA -"),
        ("JAKARTA, KOMPAS.com - Harga cabai naik.", "KOMPAS.com", "Jakarta", "JAKARTA, KOMPAS.com -"),
        ("JAKARTA, KOMPAS.com\n- Harga cabai naik.", "KOMPAS.com", "Jakarta", "JAKARTA, KOMPAS.com\n-"),
        ("BOGOR, KOMPAS.com – Warga antre.", "KOMPAS.com", "Bogor", "BOGOR, KOMPAS.com –"),
        ("KOMPAS.com-Tidur cukup penting.", "KOMPAS.com", None, "KOMPAS.com-"),
        ("Liputan6.com, Jakarta -Kepala Dinas berkata.", "Liputan6.com", "Jakarta", "Liputan6.com, Jakarta -"),
        ("Liputan6.com, Tel Aviv -Sebuah rudal jatuh.", "Liputan6.com", "Tel Aviv", "Liputan6.com, Tel Aviv -"),
        ("Liputan6.com, JakartaKita semua lelah.", "Liputan6.com", "Jakarta", "Liputan6.com, Jakarta"),
        ("Liputan6.com, Tel Aviv Sebuah rudal jatuh.", "Liputan6.com", "Tel Aviv", "Liputan6.com, Tel Aviv"),
        ("REPUBLIKA.CO.ID, JAKARTA -- Pemerintah pusat.", "REPUBLIKA.CO.ID", "Jakarta", "REPUBLIKA.CO.ID, JAKARTA --"),
        ("REPUBLIKA.CO.ID,\u00a0CIREBON--Polisi datang.", "REPUBLIKA.CO.ID", "Cirebon", "REPUBLIKA.CO.ID,\u00a0CIREBON--"),
        ("TEMPO.CO,Jakarta- Bank Indonesia.", "TEMPO.CO", "Jakarta", "TEMPO.CO,Jakarta-"),
        ("Jakarta\n-\nSeorang pria tewas.", None, "Jakarta", "Jakarta\n-"),
        ("JAKARTA- Susunan direksi baru.", None, "Jakarta", "JAKARTA-"),
        ("NEW YORK–Donald Trump berkata.", None, "New York", "NEW YORK–"),
        ("Jakarta (ANTARA) - Menteri berkata.", "ANTARA", "Jakarta", "Jakarta (ANTARA) -"),
        ("Jakarta, CNN Indonesia -- Menteri berkata.", "CNN Indonesia", "Jakarta", "Jakarta, CNN Indonesia --"),
        ("Kapanlagi.com - Drama baru tayang.", "Kapanlagi.com", None, "Kapanlagi.com -"),
        ("  Bandung - Hujan deras.", None, "Bandung", "Bandung -"),
    ],
)
def test_dateline_forms(text, outlet, place, span):
    d = find_dateline(text)
    assert d is not None
    assert (d.outlet, d.place) == (outlet, place)
    assert text[d.start : d.end] == span


@pytest.mark.parametrize(
    "text",
    [
        "Presiden Joko Widodo mengatakan hal itu di Jakarta.",
        "Pemerintah Provinsi (Pemprov) DKI Jakarta melalui dinas.",
        '"Kami siap," kata dia.',
        "Daftar Isi",
        "",
        "   ",
        "Rp 5.000 - Rp 10.000 per kilogram.",
    ],
)
def test_no_dateline(text):
    assert find_dateline(text) is None


def test_title_place():
    assert title_place("NEW YORK") == "New York"
    assert title_place("Tel Aviv") == "Tel Aviv"
    assert title_place("BANDA-ACEH") == "Banda-Aceh"


def test_rules_have_names_and_examples_that_match():
    names = [r.name for r in rules()]
    assert len(names) == len(set(names))


def test_dateline_after_cleaning_glued_dash():
    # the cleaner puts a space after a dateline glued to the first word
    res = clean("Liputan6.com, Jakarta -HargaBitcoin naik.")
    d = find_dateline(res.body)
    assert res.body.startswith("Liputan6.com, Jakarta - Harga")
    assert (d.outlet, d.place) == ("Liputan6.com", "Jakarta")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_property_arbitrary_text(text):
    d = find_dateline(text)
    if d is not None:
        assert 0 <= d.start < d.end <= len(text)


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["", "Bisnis.com, ", "KOMPAS.com", "Liputan6.com, "]),
    st.sampled_from(["JAKARTA", "Jakarta", "Tel Aviv", "NEW YORK", "x", ""]),
    st.sampled_from([" - ", "-", "--", "\n-\n", "", " "]),
    st.text(max_size=40),
)
def test_property_dateline_like(outlet, place, dash, rest):
    text = outlet + place + dash + rest
    d = find_dateline(text)
    if d is not None:
        assert 0 <= d.start < d.end <= len(text)


@pytest.mark.shared
def test_gold_datelines():
    for path in (shared_path("seed", "gold.jsonl"), shared_path("eval", "news_dev.jsonl")):
        for raw in path.open(encoding="utf-8"):
            g = json.loads(raw)
            d = find_dateline(clean(g["text"]).body)
            gold = g.get("dateline")
            if gold is None:
                assert d is None, g["id"]
                continue
            assert d is not None, g["id"]
            for key in ("outlet", "place"):
                assert (getattr(d, key) or "").lower() == (gold.get(key) or "").lower(), (g["id"], key)
