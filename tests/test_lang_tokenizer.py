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

    from warta.lang import abbreviation_exceptions, special_cases

    rules = tok.rules
    exceptions = {**Indonesian.Defaults.tokenizer_exceptions, **abbreviation_exceptions()}
    assert set(rules) == set(special_cases(exceptions))
    assert set(abbreviation_exceptions()) <= set(rules)
    # spaCy's one-word hyphenated forms are left to `token_match`
    assert "anak-anak" in Indonesian.Defaults.tokenizer_exceptions and "anak-anak" not in rules
    assert "Kejang-kejang" not in rules and len(rules) < len(exceptions) * 0.6


def test_special_cases_keeps_what_token_match_does_not_give():
    from spacy.symbols import NORM, ORTH

    from warta.lang import special_cases

    exceptions = {
        "anak-anak": [{ORTH: "anak-anak"}],  # token_match keeps it whole: dropped
        "Abal-Abal": [{ORTH: "Abal-Abal"}],  # capitalised second part: kept
        "dll.": [{ORTH: "dll."}],  # a final dot: kept
        "gak-gak": [{ORTH: "gak-gak", NORM: "tidak-tidak"}],  # sets a NORM: kept
        "sbg-nya": [{ORTH: "sbg"}, {ORTH: "-nya"}],  # more than one token: kept
    }
    assert set(special_cases(exceptions)) == {"Abal-Abal", "dll.", "gak-gak", "sbg-nya"}


def test_dropped_special_cases_tokenise_as_before(tok):
    """Every exception `special_cases` leaves out gives the same tokens,
    alone and with punctuation around it, as with the full set."""
    import random

    from spacy.lang.id import Indonesian
    from spacy.tokenizer import Tokenizer

    from warta.lang import special_cases

    exceptions = dict(Indonesian.Defaults.tokenizer_exceptions)
    full = Tokenizer(tok.vocab, rules=exceptions, prefix_search=tok.prefix_search, suffix_search=tok.suffix_search,
                     infix_finditer=tok.infix_finditer, token_match=tok.token_match, url_match=tok.url_match)
    dropped = sorted(set(exceptions) - set(special_cases(exceptions)))
    for word in random.Random(0).sample(dropped, 1500):
        text = f'Kata ({word}), "{word}" dan {word}. {word.upper()}'
        assert [t.text for t in tok(text)] == [t.text for t in full(text)], word


def test_reading_back_its_own_state_is_skipped_and_other_state_is_read(tok):
    """WartaTokenizer: `spacy.load` builds the tokenizer from the config and
    then reads the pipeline's copy; a copy of the same state is not read
    again, a different one still is."""
    import pickle

    import spacy

    from warta.lang import WartaTokenizer, make_tokenizer

    own = tok.to_bytes(exclude=["vocab"])
    fresh = make_tokenizer(spacy.blank("id"))
    assert isinstance(fresh, WartaTokenizer)
    assert fresh._holds(own, ["vocab"])
    assert fresh.from_bytes(own, exclude=["vocab"]) is fresh

    other = make_tokenizer(spacy.blank("id"))
    other.add_special_case("gubernurDKI", [{"ORTH": "gubernur"}, {"ORTH": "DKI"}])
    changed = other.to_bytes(exclude=["vocab"])
    assert not fresh._holds(changed, ["vocab"])
    fresh.from_bytes(changed, exclude=["vocab"])
    assert [t.text for t in fresh("kata gubernurDKI")] == ["kata", "gubernur", "DKI"]
    # a copy that carries its vocab is read as spaCy reads it
    assert not fresh._holds(fresh.to_bytes(), [])
    # worker processes (n_process > 1) get the same class and rules
    copy = pickle.loads(pickle.dumps(fresh))
    assert type(copy) is WartaTokenizer and copy.rules == fresh.rules
