import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.components.langdetect import detect_language, language_scores
from warta.lexicons import word_list


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Presiden mengatakan pemerintah tidak akan menaikkan harga BBM tahun ini.", "id"),
        ("Bisnis.com, JAKARTA - Pemimpin Korea Utara Kim Jong-un tiba di Rusia dengan kereta pribadi, kata laporan KCNA.", "id"),
        ("“Kami sudah siap,” ujarnya kepada wartawan di Balai Kota, Senin (3/3/2025).", "id"),
        ("The president said on Monday that the government will not raise fuel prices this year.", "en"),
        ("North Korean leader Kim Jong Un arrived in Russia by train, state media said, ahead of a meeting with Putin.", "en"),
        ("Der Präsident sagte am Montag, dass die Regierung die Preise nicht erhöhen wird.", "und"),
        ("Le président a dit lundi que le gouvernement ne va pas augmenter les prix.", "und"),
        ("大統領は月曜日に、政府は今年燃料価格を引き上げないと述べた。", "und"),
        ("Президент заявил в понедельник, что правительство не будет повышать цены.", "und"),
        ("Jakarta", "und"),
        ("", "und"),
        ("12345 67890 !!! ???", "und"),
    ],
)
def test_detect_language(text, lang):
    assert detect_language(text) == lang


def test_scores_report_ratios():
    s = language_scores("Menurut dia, warga yang terdampak banjir sudah dievakuasi ke posko.")
    assert s.language == "id" and s.ratios["id"] > 0.2 and s.ratios["en"] == 0


def test_long_text_reads_a_prefix():
    s = language_scores("yang dan di " * 5000)
    assert s.words == 1000 and s.language == "id"


def test_word_lists_are_disjoint_and_lower_case():
    id_words, en_words = word_list("stopwords_id"), word_list("stopwords_en")
    assert not id_words & en_words
    assert all(w == w.lower() and " " not in w for w in id_words | en_words)


@pytest.mark.parametrize("name", ["stopwords_id", "stopwords_en"])
def test_word_lists_have_no_duplicates(name):
    from warta.lexicons import ordered_list

    words = ordered_list(name)
    assert len(words) == len(set(words))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gets_a_code(text):
    assert detect_language(text) in {"id", "en", "und"}
