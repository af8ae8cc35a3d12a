"""Entities, roles, acronyms, dates, dateline and boilerplate rules of FORMAT.md."""

from __future__ import annotations

import pytest

from warta.eval.gold import GoldAcronym, GoldDate, GoldDateline, GoldEntity, GoldRole
from warta.eval.pred import PredAcronym, PredDate, PredDateline, PredEntity, PredRole
from warta.eval.score import (
    role_overlap,
    score_acronyms,
    score_boilerplate,
    score_dateline,
    score_dates,
    score_entities,
    score_roles,
)

# ----------------------------------------------------------------- entities
GOLD_ENTITIES = [
    GoldEntity("Vladimir Putin", "PER", ("Putin",)),
    GoldEntity("Korea Utara", "LOC", ("Korut", "DPRK")),
    GoldEntity("KCNA", "ORG"),
]


def test_entity_name_or_alias_matches_case_insensitively():
    pred = [PredEntity("putin", "PER"), PredEntity("DPRK", "LOC"), PredEntity("kcna", "ORG")]
    s = score_entities(GOLD_ENTITIES, pred)
    assert (s.gold, s.pred, s.matched) == (3, 3, 3)


def test_entity_type_must_agree():
    s = score_entities(GOLD_ENTITIES, [PredEntity("KCNA", "PER")])
    assert s.matched == 0
    assert s.by_type["PER"].pred == 1 and s.by_type["ORG"].gold == 1


def test_entity_one_gold_takes_one_prediction():
    # the product split Putin into two entities: one is a false positive
    s = score_entities(GOLD_ENTITIES, [PredEntity("Putin", "PER"), PredEntity("Vladimir Putin", "PER")])
    assert (s.pred, s.matched) == (2, 1)


def test_entity_duplicates_count_once_and_untyped_kinds_are_ignored():
    pred = [PredEntity("KCNA", "ORG"), PredEntity("kcna", "ORG"), PredEntity("Covid-19", "MISC")]
    s = score_entities(GOLD_ENTITIES, pred)
    assert (s.pred, s.matched) == (1, 1)


def test_entity_extra_type_counts_when_gold_uses_it():
    gold = GOLD_ENTITIES + [GoldEntity("Covid-19", "MISC")]
    s = score_entities(gold, [PredEntity("covid-19", "MISC"), PredEntity("Corona", "MISC")])
    assert (s.gold, s.pred, s.matched) == (4, 2, 1)
    assert s.by_type["MISC"].matched == 1


def test_entity_predicted_alias_is_not_a_name():
    # only the predicted *name* is compared; a partial name is wrong
    s = score_entities(GOLD_ENTITIES, [PredEntity("Vladimir", "PER", ("Vladimir Putin",))])
    assert s.matched == 0


def test_entity_by_type_counts():
    s = score_entities(GOLD_ENTITIES, [PredEntity("Putin", "PER"), PredEntity("Rusia", "LOC")])
    assert (s.by_type["PER"].gold, s.by_type["PER"].pred, s.by_type["PER"].matched) == (1, 1, 1)
    assert (s.by_type["LOC"].gold, s.by_type["LOC"].pred, s.by_type["LOC"].matched) == (1, 1, 0)


# ----------------------------------------------------------------- roles
@pytest.mark.parametrize(
    ("pred", "gold", "ok"),
    [
        ("Menteri Sumber Daya Alam", "Menteri Sumber Daya Alam", True),
        ("menteri sumber daya alam rusia", "Menteri Sumber Daya Alam", True),
        ("Kapolsek", "Kapolsek Pasar Rebo", True),  # all of the shorter role
        ("Kepala Dinas Kesehatan", "Kepala Dinas Perhubungan", True),  # 2 of 3
        ("Kepala Bidang Humas Polda", "Kepala Dinas Perhubungan", False),  # 1 of 4 (shorter: 3)
        ("Ketua Umum Partai", "Direktur Utama", False),
        ("", "Direktur", False),
    ],
)
def test_role_words_overlap_by_half(pred, gold, ok):
    assert role_overlap(pred, gold) is ok


def test_role_person_matches_like_speakers():
    gold = [GoldRole("Alexander Kozlov", "Menteri Sumber Daya Alam", "Rusia"), GoldRole("Jo Chun Ryong", "Direktur")]
    pred = [
        PredRole("Kozlov", "Menteri Sumber Daya Alam Rusia"),  # surname
        PredRole("Pak Jong Chon", "Direktur"),  # wrong person
    ]
    s = score_roles(gold, pred)
    assert (s.gold, s.pred, s.matched) == (2, 2, 1)
    assert s.pairs == [(0, 0)]


def test_role_one_to_one():
    gold = [GoldRole("Budi", "Direktur Utama")]
    pred = [PredRole("Budi", "Direktur Utama"), PredRole("Budi Santoso", "Direktur")]
    s = score_roles(gold, pred)
    assert (s.pred, s.matched, s.pairs) == (2, 1, [(0, 0)])


# ----------------------------------------------------------------- acronyms
def test_acronyms_exact_pairs_case_insensitive():
    gold = [GoldAcronym("DPRK", "Republik Demokratik Rakyat Korea"), GoldAcronym("WPK", "Partai Pekerja Korea")]
    pred = [
        PredAcronym("dprk", "republik demokratik rakyat korea"),
        PredAcronym("WPK", "Partai Pekerja"),  # partial expansion: wrong
        PredAcronym("DPRK", "Republik  Demokratik Rakyat Korea"),  # same pair again (spacing)
    ]
    s = score_acronyms(gold, pred)
    assert (s.gold, s.pred, s.matched) == (2, 2, 1)


# ----------------------------------------------------------------- dates
DATE_TEXT = "JAKARTA - Rapat digelar Selasa (12/9/2023). Pada Selasa (12/9/2023) pagi ia tiba, lalu pulang kemarin."


def at(text: str, part: str, occurrence: int = 0) -> tuple[int, int]:
    pos = -1
    for _ in range(occurrence + 1):
        pos = text.index(part, pos + 1)
    return pos, pos + len(part)


def pdate(part: str, value: str | None, occurrence: int = 0) -> PredDate:
    s, e = at(DATE_TEXT, part, occurrence)
    return PredDate(part, value, s, e)


def test_date_overlapping_text_with_equal_value_matches():
    gold = [GoldDate("Selasa (12/9/2023)", "2023-09-12"), GoldDate("kemarin", "2023-09-12")]
    pred = [pdate("12/9/2023", "2023-09-12"), pdate("kemarin", "2023-09-12")]
    s = score_dates(gold, pred, DATE_TEXT)
    assert (s.gold, s.pred, s.matched) == (2, 2, 2)


def test_date_value_must_be_equal():
    gold = [GoldDate("Selasa (12/9/2023)", "2023-09-12")]
    s = score_dates(gold, [pdate("Selasa (12/9/2023)", "2023-12-09")], DATE_TEXT)
    assert s.matched == 0
    s = score_dates(gold, [pdate("Selasa (12/9/2023)", None)], DATE_TEXT)
    assert s.matched == 0


def test_date_text_must_overlap():
    gold = [GoldDate("Selasa (12/9/2023)", "2023-09-12")]
    s = score_dates(gold, [pdate("kemarin", "2023-09-12")], DATE_TEXT)
    assert s.matched == 0


def test_date_repeated_expression_counts_once():
    gold = [GoldDate("Selasa (12/9/2023)", "2023-09-12")]
    pred = [pdate("Selasa (12/9/2023)", "2023-09-12", 0), pdate("Selasa (12/9/2023)", "2023-09-12", 1)]
    s = score_dates(gold, pred, DATE_TEXT)
    assert (s.pred, s.matched) == (1, 1)


def test_date_without_offsets_falls_back_to_string_overlap():
    gold = [GoldDate("Selasa (12/9/2023)", "2023-09-12")]
    assert score_dates(gold, [PredDate("Selasa", "2023-09-12")], DATE_TEXT).matched == 1
    assert score_dates(gold, [PredDate("besok", "2023-09-12")], DATE_TEXT).matched == 0


# ----------------------------------------------------------------- dateline
@pytest.mark.parametrize(
    ("gold", "pred", "correct", "outlet_ok", "place_ok"),
    [
        (GoldDateline("Bisnis.com", "Jakarta"), PredDateline("BISNIS.COM", "JAKARTA"), True, True, True),
        (GoldDateline(None, "Jakarta"), PredDateline(None, "Jakarta"), True, True, True),
        (GoldDateline(None, "Jakarta"), PredDateline("detik.com", "Jakarta"), False, False, True),
        (GoldDateline("KOMPAS.com", None), PredDateline("Kompas", None), False, False, True),
        (GoldDateline("Bisnis.com", "Jakarta"), None, False, False, False),
        (None, None, True, True, True),
        (None, PredDateline(None, "Jakarta"), False, True, False),
    ],
)
def test_dateline_fields_equal_case_insensitive(gold, pred, correct, outlet_ok, place_ok):
    s = score_dateline(gold, pred)
    assert (s.correct, s.outlet_ok, s.place_ok) == (correct, outlet_ok, place_ok)


# ----------------------------------------------------------------- boilerplate
BP_TEXT = (
    "Jakarta -\nWarga diminta waspada banjir.\nBaca juga:\nHujan Deras Guyur Bogor\n"
    "ADVERTISEMENT\nBPBD memantau sungai.\nBaca juga:\nJalan Tol Macet\nWarga bisa baca juga: peringatan dini."
)
BP = ["Baca juga:", "Hujan Deras Guyur Bogor", "ADVERTISEMENT", "Jalan Tol Macet"]


def test_boilerplate_all_removed_and_no_content_dropped():
    body = "Jakarta -\nWarga diminta waspada banjir.\nBPBD memantau sungai.\nWarga bisa baca juga: peringatan dini."
    s = score_boilerplate(BP_TEXT, BP, body)
    assert (s.lines, s.removed, s.content_dropped) == (4, 4, 0)
    assert s.clean
    assert s.content_lines == 4  # "Jakarta -" has a word; lines with none are skipped


def test_boilerplate_line_left_once_is_not_removed():
    # one of the two "Baca juga:" lines is still there
    body = "Jakarta -\nWarga diminta waspada banjir.\nBPBD memantau sungai.\nBaca juga:\nWarga bisa baca juga: peringatan dini."
    s = score_boilerplate(BP_TEXT, BP, body)
    assert s.removed == 3 and s.kept == ["Baca juga:"]
    assert not s.clean


def test_boilerplate_glued_into_a_paragraph_still_counts_as_kept():
    body = "Jakarta - Warga diminta waspada banjir. ADVERTISEMENT BPBD memantau sungai. Warga bisa baca juga: peringatan dini."
    s = score_boilerplate(BP_TEXT, BP, body)
    assert s.kept == ["ADVERTISEMENT"]
    assert s.content_dropped == 0  # re-joined lines are still content


def test_content_line_dropped_is_counted():
    body = "Jakarta -\nWarga diminta waspada banjir.\nWarga bisa baca juga: peringatan dini."
    s = score_boilerplate(BP_TEXT, BP, body)
    assert s.content_dropped == 1 and s.dropped == ["BPBD memantau sungai."]


def test_boilerplate_words_inside_a_sentence_may_stay():
    text = "Selengkapnya\nKlik tautan ini untuk info selengkapnya.\n"
    s = score_boilerplate(text, ["Selengkapnya"], "Klik tautan ini untuk info selengkapnya.")
    assert s.removed == 1
    text2 = "Selengkapnya\nBaca Selengkapnya di sini.\n"
    s2 = score_boilerplate(text2, ["Selengkapnya"], "Baca Selengkapnya di sini.")
    assert s2.removed == 1  # its in-sentence use is content, not the boilerplate line


def test_empty_body_drops_every_content_line():
    s = score_boilerplate(BP_TEXT, BP, "")
    assert s.removed == 4 and s.content_dropped == s.content_lines == 4
