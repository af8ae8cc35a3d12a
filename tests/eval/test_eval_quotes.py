"""Quote matching and speaker rules of FORMAT.md, on hand-made pairs."""

from __future__ import annotations

import pytest

from warta.eval.gold import GoldQuote
from warta.eval.pred import PredQuote
from warta.eval.score import core_name, match_quotes, same_person, score_quotes, speaker_correct


def span(text: str, part: str, occurrence: int = 0) -> tuple[int, int]:
    pos = -1
    for _ in range(occurrence + 1):
        pos = text.index(part, pos + 1)
    return pos, pos + len(part)


def gq(text: str, part: str, speaker: str | None = None, cue: str | None = None, kind: str = "direct") -> GoldQuote:
    s, e = span(text, part)
    return GoldQuote(s, e, part, kind, speaker, cue)


def pq(text: str, part: str, speaker: str | None = None, cue: str | None = None, kind: str = "direct") -> PredQuote:
    s, e = span(text, part)
    return PredQuote(s, e, part, kind, speaker, cue)


# ten words of gold, then four words outside it
TEXT = "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh kata Budi di Bandung kemarin"
GOLD = "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh"


def test_overlap_exactly_half_of_the_shorter_matches():
    # predicted: 4 words, 2 of them inside the gold: 2 >= 4/2
    pred = pq(TEXT, "sembilan sepuluh kata Budi")
    assert match_quotes([gq(TEXT, GOLD)], [pred], TEXT) == [(0, 0)]


def test_overlap_below_half_of_the_shorter_does_not_match():
    # predicted: 4 words, 1 inside the gold: 1 < 4/2
    pred = pq(TEXT, "sepuluh kata Budi di")
    assert match_quotes([gq(TEXT, GOLD)], [pred], TEXT) == []


def test_odd_lengths_need_more_than_half():
    # 3 predicted words, 1 shared: 1 < 1.5
    assert match_quotes([gq(TEXT, GOLD)], [pq(TEXT, "sepuluh kata Budi")], TEXT) == []
    # 3 predicted words, 2 shared: 2 >= 1.5
    assert match_quotes([gq(TEXT, GOLD)], [pq(TEXT, "sembilan sepuluh kata")], TEXT) == [(0, 0)]


def test_short_prediction_inside_long_gold_matches():
    # all of the shorter one's words are shared
    assert match_quotes([gq(TEXT, GOLD)], [pq(TEXT, "tiga empat")], TEXT) == [(0, 0)]


def test_quotation_marks_in_or_out_do_not_matter():
    text = "“Kami siap bekerja keras,” kata Ani."
    gold = GoldQuote(0, 26, text[0:26])  # with the marks
    pred = PredQuote(1, 24, text[1:24])  # without them
    assert match_quotes([gold], [pred], text) == [(0, 0)]


def test_same_words_elsewhere_do_not_match():
    text = "harga naik lagi kata Ani. Lalu Budi berkata harga naik lagi."
    gold = gq(text, "harga naik lagi")  # first occurrence
    s, e = span(text, "harga naik lagi", 1)
    assert match_quotes([gold], [PredQuote(s, e, "harga naik lagi")], text) == []


def test_one_to_one_second_prediction_is_unmatched():
    text = "alpha beta gamma delta epsilon zeta"
    gold = [gq(text, "alpha beta gamma delta epsilon zeta")]
    pred = [pq(text, "alpha beta gamma"), pq(text, "delta epsilon zeta")]
    s = score_quotes(gold, pred, text)
    assert (s.gold, s.pred, s.matched) == (1, 2, 1)


def test_best_overlap_first():
    text = "a1 a2 a3 a4 a5 a6 b1 b2 b3 b4"
    gold = [gq(text, "a1 a2 a3 a4 a5 a6"), gq(text, "b1 b2 b3 b4")]
    # P0 covers A fully and B partly; P1 covers only the end of B
    pred = [pq(text, "a1 a2 a3 a4 a5 a6 b1 b2"), pq(text, "b3 b4")]
    # greedy by most shared words: P0-A (6), then P1-B (2); P0-B (2) would have stolen B
    assert match_quotes(gold, pred, text) == [(0, 0), (1, 1)]


def test_empty_prediction_never_matches():
    text = "satu dua tiga"
    assert match_quotes([gq(text, "satu dua tiga")], [PredQuote(2, 2, "")], text) == []


@pytest.mark.parametrize(
    ("pred", "gold"),
    [
        ("Putin", "Vladimir Putin"),  # surname
        ("Vladimir Putin", "Vladimir Putin"),
        ("vladimir putin", "Vladimir Putin"),  # case-insensitive
        ("Presiden Vladimir Putin", "Vladimir Putin"),  # title ignored
        ("Vladimir Putin", "Presiden Vladimir Putin"),
        ("Ajun Komisaris Irwan Sunudin", "Ajun Komisaris Besar Irwan Sunudin"),
        ("AKBP Irwan Sunudin", "Ajun Komisaris Besar Irwan Sunudin"),
        ("Dr. Terawan Agus Putranto", "Terawan Agus Putranto"),
        ("dr. Terawan", "Terawan Agus Putranto"),
        ("Teguh P Nugroho", "Teguh P. Nugroho"),  # dots ignored
        ("Kim Jong Un", "Kim Jong-un"),  # hyphen = space
        ("Budi Santoso, S.H., M.H.", "Budi Santoso"),  # degrees ignored
        ("Presiden Joko Widodo", "Presiden"),  # gold gives only the title
        ("presiden", "Presiden"),
        ("KCNA", "KCNA"),
        ("para analis", "para analis"),
    ],
)
def test_speaker_matches(pred, gold):
    assert same_person(pred, gold)
    assert speaker_correct(pred, gold)


@pytest.mark.parametrize(
    ("pred", "gold"),
    [
        ("Vladimir Putin", "Kim Jong-un"),
        ("dia", "Vladimir Putin"),  # an unresolved pronoun names nobody
        ("Presiden", "Presiden Joko Widodo"),  # a bare title names nobody
        ("Joko Widodo", "Presiden"),
        ("Putin", "Putina Sari"),  # words, not substrings
        ("Komisaris Besar", "Komisaris Besar Yusri Yunus"),
        (None, "KCNA"),
        ("", "KCNA"),
    ],
)
def test_speaker_does_not_match(pred, gold):
    assert not speaker_correct(pred, gold)


def test_gold_without_speaker_wants_none():
    assert speaker_correct(None, None)
    assert not speaker_correct("Budi", None)


def test_core_name_strips_leading_titles_repeatedly():
    assert core_name("Wakil Ketua Umum Dr. H. Ahmad Yani") == ["ahmad", "yani"]
    assert core_name("Presiden") == ["presiden"]


def test_score_quotes_counts_speaker_cue_and_kind_on_matched_only():
    text = "“Kami siap,” kata Presiden Joko Widodo. Ia menambahkan bahwa harga turun. “Tidak ada,” ujar Ani."
    gold = [
        gq(text, "Kami siap", "Joko Widodo", "kata"),
        gq(text, "harga turun", "Joko Widodo", "menambahkan", kind="indirect"),
        gq(text, "Tidak ada", "Ani", "ujar"),
    ]
    pred = [
        pq(text, "Kami siap", "Presiden Joko Widodo", "Kata"),  # right speaker, cue case-insensitive
        pq(text, "harga turun", "Ia", "menambahkan", kind="direct"),  # wrong speaker and kind
    ]
    s = score_quotes(gold, pred, text)
    assert (s.gold, s.pred, s.matched) == (3, 2, 2)
    assert s.speaker_correct == 1
    assert s.cue_correct == 2
    assert (s.kind_correct, s.kind_total) == (1, 2)
