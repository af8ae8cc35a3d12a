"""Indonesian tokenizer additions: news abbreviations, numbers, dates,
hyphenated words."""

from __future__ import annotations

import pytest

from warta.lang import base_nlp


@pytest.fixture(scope="module")
def tok():
    return base_nlp().tokenizer


@pytest.mark.parametrize(
    "text, tokens",
    [
        ("Dr. H. Yusuf, S.H., M.Si.", ["Dr.", "H.", "Yusuf", ",", "S.H.", ",", "M.Si."]),
        ("di Jl. Sudirman No. 5, Kab. Bogor", ["di", "Jl.", "Sudirman", "No.", "5", ",", "Kab.", "Bogor"]),
        ("Budi dkk. dan PT. ABC Tbk.", ["Budi", "dkk.", "dan", "PT.", "ABC", "Tbk."]),
        ("a.n. Budi, u.p. Direksi", ["a.n.", "Budi", ",", "u.p.", "Direksi"]),
        ("DR. BUDI, PROF. ANI", ["DR.", "BUDI", ",", "PROF.", "ANI"]),
        ("Rp16.312 dan 1.000,5", ["Rp", "16.312", "dan", "1.000,5"]),
        ("Selasa (12/9/2023).", ["Selasa", "(", "12/9/2023", ")", "."]),
        ("Rabu (13/9)", ["Rabu", "(", "13/9", ")"]),
        ("Covid-19, Kim Jong-un.", ["Covid-19", ",", "Kim", "Jong-un", "."]),
        ("ke-8 se-Indonesia anak-anak", ["ke-8", "se-Indonesia", "anak-anak"]),
        ("Timor-Leste", ["Timor", "-", "Leste"]),
    ],
)
def test_tokens(tok, text, tokens):
    assert [t.text for t in tok(text)] == tokens


def test_one_tokenizer_holds_spacy_exceptions_and_warta_abbreviations(tok):
    from spacy.lang.id import Indonesian

    from warta.lang import abbreviation_exceptions

    rules = tok.rules
    assert set(Indonesian.Defaults.tokenizer_exceptions) <= set(rules)
    assert set(abbreviation_exceptions()) <= set(rules)
