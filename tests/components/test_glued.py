"""Glued-word repair: split only where the evidence is clear."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.components.glued import find_repairs


def repaired(text: str) -> str:
    out, prev = [], 0
    for r in find_repairs(text):
        out.append(text[prev : r.at])
        out.append(" ")
        prev = r.at
    out.append(text[prev:])
    return "".join(out)


@pytest.mark.parametrize(
    "text, expected, rule",
    [
        ("HargaBitcoindan emas", "Harga Bitcoin dan emas", "case_change"),
        ("adalahgejala depresiyang", "adalah gejala depresi yang", "function_word"),
        ("kondisikesehatan mentalyang", "kondisi kesehatan mental yang", "two_words"),
        ("dikutip dariHuffington Post", "dikutip dari Huffington Post", "case_change"),
        ("PTWaskita Karya", "PT Waskita Karya", "acronym_word"),
        ("gejala HIVitu muncul", "gejala HIV itu muncul", "acronym_word"),
        ("nilai rupiahterhadap dolar", "nilai rupiah terhadap dolar", "function_word"),
    ],
)
def test_glued_words_are_split(text, expected, rule):
    assert repaired(text) == expected
    assert rule in {r.rule for r in find_repairs(text)}


@pytest.mark.parametrize(
    "text",
    [
        "menonton YouTube dan WhatsApp di iPhone",
        "dilaporkan detikNews dan KapanLagi",
        "kerja sama antarwilayah pascabanjir",
        "keberlanjutannya dan transportasi maritimnya",
        "sebenarnya pararel",  # a typo, not two words
        "BUMNnya",
        "Covid-19 dan Rp16.312",
        "lihat https://contoh.com/beritaTerbaru atau @akunBerita",
        "Liputan6.com dan kompas.lifestyle",
        "Presiden Prabowo Subianto",
    ],
)
def test_real_words_are_not_split(text):
    assert find_repairs(text) == []


def test_repairs_only_inside_kept_ranges():
    text = "dariHuffington\nkepadaReuters"
    assert [r.at for r in find_repairs(text, [(0, 14)])] == [4]
    assert [r.at for r in find_repairs(text)] == [4, 21]


def test_mixed_case_word_repeated_in_the_article_is_a_name():
    assert find_repairs("layanan BlueSky baru") != []
    assert find_repairs("layanan BlueSky baru. Tarif BlueSky naik.") == []


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_property_offsets_inside_text(text):
    for r in find_repairs(text):
        assert 0 < r.at < len(text)
        assert r.repaired.replace(" ", "") == r.text


@pytest.mark.parametrize("text", ["Gubernur Ron DeSantis", "Leonardo DiCaprio", "dikutip dariMyDaily", "LeBron James"])
def test_name_particles_are_not_split(text):
    assert all(" My " not in r.repaired and not r.repaired.startswith(("De ", "Di ", "Le ")) for r in find_repairs(text))


def test_names_ending_in_di_or_ke_are_not_split():
    assert find_repairs("Bapak Aryadi dan Ibu Anneke") == []
