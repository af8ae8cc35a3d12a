"""Rule sentence splitter and paragraph boundaries."""

from __future__ import annotations

import pytest

from warta.components import senter as _senter  # noqa: F401  (registers the components)
from warta.lang import base_nlp


@pytest.fixture(scope="module")
def rule_nlp():
    nlp = base_nlp()
    # the rule senter is the one under test, whatever the base pipeline has
    for name in list(nlp.pipe_names):
        if name in ("parser", "senter"):
            nlp.remove_pipe(name)
    nlp.add_pipe("warta_senter_v1", first=True)
    return nlp


def sents(nlp, text):
    return [s.text.strip() for s in nlp(text).sents]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Dr. H. Yusuf datang ke Jl. Sudirman No. 5 kemarin. Ia pulang.",
            ["Dr. H. Yusuf datang ke Jl. Sudirman No. 5 kemarin.", "Ia pulang."],
        ),
        (
            "Harganya Rp16.312 atau 1.000,5 dolar pada 12/9/2023. Lalu turun.",
            ["Harganya Rp16.312 atau 1.000,5 dolar pada 12/9/2023.", "Lalu turun."],
        ),
        (
            "Budi dkk. menemukan fosil. Temuan itu baru.",
            ["Budi dkk. menemukan fosil.", "Temuan itu baru."],
        ),
        (
            "Harga beras, gula, dll. Pemerintah juga hadir.",
            ["Harga beras, gula, dll.", "Pemerintah juga hadir."],
        ),
        ('"Saya pergi." Dia pulang.', ['"Saya pergi."', "Dia pulang."]),
        ("“Kami siap,” katanya. “Apa?” tanya dia.", ["“Kami siap,” katanya.", "“Apa?” tanya dia."]),
        ("Dia menunggu... lalu tidur. Esoknya bangun.", ["Dia menunggu... lalu tidur.", "Esoknya bangun."]),
        ("Lalu M. Yusuf dan B.J. Habibie tiba.", ["Lalu M. Yusuf dan B.J. Habibie tiba."]),
        ("Baris pertama tanpa titik\nBaris kedua.", ["Baris pertama tanpa titik", "Baris kedua."]),
        ("1. Tidur cukup\n2. Makan teratur.", ["1. Tidur cukup", "2. Makan teratur."]),
        ("Prof. Ani, M.Si. Ia mengajar. Kim Jong-un tiba.", ["Prof. Ani, M.Si.", "Ia mengajar.", "Kim Jong-un tiba."]),
        # Kompas writes the closing mark to open a quote
        ("Korban 93 orang. ”Tidak ada cara lain,” ujarnya.", ["Korban 93 orang.", "”Tidak ada cara lain,” ujarnya."]),
        ("Lalu pergi.” Dia datang.", ["Lalu pergi.”", "Dia datang."]),
        ("Dia pergi. ” kata dia.", ["Dia pergi. ” kata dia."]),
    ],
)
def test_sentences(rule_nlp, text, expected):
    assert sents(rule_nlp, text) == expected


def test_paragraphs_component_marks_paragraph_starts():
    nlp = base_nlp()
    nlp.add_pipe("warta_paragraphs_v1", first=True)
    doc = nlp("Satu dua.\nTiga empat.")
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts[:2] == ["Satu", "Tiga"]
