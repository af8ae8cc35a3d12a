"""Dates: rules, resolution against the publication date, metadata parsing,
publication-date inference, and property tests on arbitrary text."""

from __future__ import annotations

import json
from pathlib import Path
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.components.dates import find_dates, infer_published, parse_meta_date

SHARED = Path(__file__).resolve().parents[2].parent / "shared"  # ../shared beside the repo


def shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not available (../shared absent)")
    return path


PUB = date(2025, 6, 19)  # a Thursday


def _found(text: str, published: date | None = PUB) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in find_dates(text, published)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("tiba pada hari Selasa (12/9/2023) untuk", [("Selasa (12/9/2023)", "2023-09-12")]),
        ("Kamis dini hari (19/6/2025) waktu", [("Kamis dini hari (19/6/2025)", "2025-06-19")]),
        ("di Jakarta, Kamis, (19/6/2025).", [("Kamis, (19/6/2025)", "2025-06-19")]),
        ("Rabu, 18/6/2025 malam", [("Rabu, 18/6/2025", "2025-06-18")]),
        ("diumumkan Senin (9/6).", [("Senin (9/6)", "2025-06-09")]),
        ("pada Rabu, 18 Juni 2025 lalu", [("Rabu, 18 Juni 2025", "2025-06-18")]),
        ("Kamis malam, 22 Mei 2025, buyar", [("Kamis malam, 22 Mei 2025", "2025-05-22")]),
        ("dibagikan pada 2 Juli 2025.", [("2 Juli 2025", "2025-07-02")]),
        ("sejak 12 September 2023", [("12 September 2023", "2023-09-12")]),
        ("rilis 5 Agt 2025 dan 1 Okt 2025", [("5 Agt 2025", "2025-08-05"), ("1 Okt 2025", "2025-10-01")]),
        ("tanggal 3 Nop 2024, 4 Peb 2024, 7 Mrt 2024, 9 Des 2024",
         [("3 Nop 2024", "2024-11-03"), ("4 Peb 2024", "2024-02-04"), ("7 Mrt 2024", "2024-03-07"), ("9 Des 2024", "2024-12-09")]),
        ("dikutip Antara (10/6/2025).", [("10/6/2025", "2025-06-10")]),
        ("Serangan pecah pada Jumat lalu.", [("Jumat lalu", "2025-06-13")]),
        ("Harga turun tiga hari lalu.", [("tiga hari lalu", "2025-06-16")]),
        ("Dua hari lagi hasilnya keluar.", [("Dua hari lagi", "2025-06-21")]),
        ("Ia datang kemarin.", [("kemarin", "2025-06-18")]),
        ("Indeks naik hari ini.", [("hari ini", "2025-06-19")]),
        ("Dolar menguat semalam.", [("semalam", "2025-06-18")]),
        ("Tiba di Khasan Selasa pagi.", [("Selasa pagi", "2025-06-17")]),
        ("Ia bertemu pada Senin dengan", [("Senin", "2025-06-16")]),
        ("Sidang akan digelar pada Senin.", [("Senin", "2025-06-23")]),
        ("Israel menyerang pada Sabtu pagi.", [("Sabtu pagi", "2025-06-14")]),  # past unless cued
        ("Jalan ditutup hingga Senin.", [("Senin", "2025-06-23")]),
        ("Pada Minggu kemarin, PM Israel", [("Minggu kemarin", "2025-06-15")]),
        ("pada perdagangan Jumat pekan lalu", [("Jumat pekan lalu", "2025-06-13")]),
        ("kata Liliek, Kamis (19/6/2025Lebih lanjut", [("Kamis (19/6/2025", "2025-06-19")]),  # bracket not closed
        ("tertulis, Senin (16//6/2025).", [("Senin (16//6/2025)", "2025-06-16")]),
        ("atau Sabtu, 21 June 2025 di jam 09:42 WIB", [("Sabtu, 21 June 2025", "2025-06-21")]),
    ],
)
def test_patterns(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Toko buka setiap Senin.",
        "Buka Senin hingga Jumat.",
        "Layanan setiap hari Selasa, Kamis, dan Sabtu.",
        "Minggu lalu, pemerintah mengajukan usul.",  # "last week"
        "Tahun kemarin hasilnya lebih baik.",
        "Mereka menginap semalam di sana.",
        "Juni 2025 menjadi bulan tersibuk.",  # month only: not a day
        "pada tahun 2023",
        "Keputusan Nomor 1/2/2025 berlaku",
        "tanggal 31 Februari 2025",
        "stok untuk dua hari ke depan",  # a duration
        "Materi khutbah Jumat yang relevan",
        "Setiap malam Jumat terdengar derap kuda",
        "Dua hari ini kita susah makan",
    ],
)
def test_not_a_day(text):
    assert _found(text) == []


def test_weekday_date_conflict_is_flagged_not_guessed():
    (d,) = find_dates("disampaikan Rabu (18/5/2025).", PUB)
    assert d.value == "2025-05-18"
    assert d.conflict and "Rabu" in d.conflict and "Minggu" in d.conflict
    (ok,) = find_dates("disampaikan Rabu (18/6/2025).", PUB)
    assert ok.conflict is None


def test_relative_needs_publication_date():
    assert _found("Ia datang kemarin, Senin (9/6), dan 2 Juli 2025.", None) == [
        ("kemarin", None),
        ("Senin (9/6)", None),
        ("2 Juli 2025", "2025-07-02"),
    ]


def test_date_right_before_kemarin_is_one_expression():
    assert _found("sidang pada Selasa (17/6) kemarin.") == [("Selasa (17/6)", "2025-06-17")]


def test_offsets_point_into_text():
    text = "Bisnis.com, JAKARTA - KCNA melaporkan pada Rabu (13/9/2023). Kim tiba Selasa (12/9/2023) pagi."
    for d in find_dates(text, None):
        assert text[d.start : d.end] == d.text


def test_year_nearest_to_publication():
    assert _found("pada 30 Desember lalu", date(2026, 1, 2)) == [("30 Desember", "2025-12-30")]


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("2025-06-18", "2025-06-18"),
        ("2025-06-18T10:00:00+07:00", "2025-06-18"),
        ("Diperbarui 18 Jun 2025, 14:05 WIB", "2025-06-18"),
        ("Rabu, 18 Jun 2025 10:00 WIB", "2025-06-18"),
        (", Jurnalis-Jum'at, 20 Juni 2025 |17:10 WIB", "2025-06-20"),
        ("20 Juni 2025 | 16.47 WIB", "2025-06-20"),
        ("Kompas.com - 05/06/2025, 21:00 WIB", "2025-06-05"),
        ("10/21/2025 20:43", "2025-10-21"),
        ("10/6/2025 9:05", "2025-10-06"),  # detik CSV: month first
        ("Tidak Ditemukan", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_meta_date(raw, expected):
    assert parse_meta_date(raw) == expected


def test_parse_meta_date_order_can_be_forced():
    assert parse_meta_date("05/06/2025", month_first=True) == "2025-05-06"
    assert parse_meta_date("05/06/2025", month_first=False) == "2025-06-05"


def test_infer_published_from_lead():
    lead = "Jakarta - KCNA melaporkan pada Rabu (13/9/2023). Kim tiba pada Selasa (12/9/2023)."
    assert infer_published(lead) == date(2023, 9, 13)
    assert infer_published("Tanpa tanggal sama sekali.") is None
    # a weekday that contradicts its date is not trusted
    assert infer_published("Rapat, Rabu (18/5/2025). Hasil diumumkan Jumat (20/6/2025).") == date(2025, 6, 20)
    # a date without a weekday is often a deadline: no guess
    assert infer_published("Pendaftaran ditutup 1 Juli 2025.") is None
    # no year, but only one year named in the article makes 19/6 a Thursday
    assert infer_published("Jakarta - Rapat digelar Kamis (19/6). Target 2025 tercapai.") == date(2025, 6, 19)


def test_component_infers_and_marks_published():
    import spacy

    from warta import extensions  # noqa: F401
    from warta.components.dates import dates_component

    nlp = spacy.blank("id")
    doc = nlp("KCNA melaporkan pada Rabu (13/9/2023) bahwa Kim tiba kemarin.")
    doc._.meta = {"published": None}
    doc = dates_component(doc)
    assert doc._.meta["published"] == "2023-09-13" and doc._.meta["published_inferred"] is True
    assert [(d.text, d.value) for d in doc._.dates] == [("Rabu (13/9/2023)", "2023-09-13"), ("kemarin", "2023-09-12")]


@pytest.mark.shared
def test_seed_dates():
    rec = json.loads(shared_path("seed", "gold.jsonl").read_text(encoding="utf-8").splitlines()[0])
    found = find_dates(rec["text"], None)
    got = {(d.text, d.value) for d in found}
    assert got == {(g["text"], g["value"]) for g in rec["dates"]}
    assert infer_published(rec["text"]) == date.fromisoformat(rec["date"])


# -- properties -------------------------------------------------------------

_PIECES = st.sampled_from(
    ["Senin", "Rabu", "Minggu", "Jum'at", "(", ")", "/", "12", "9", "2023", "31", "13", "Juni", "Agt", "Nop",
     "kemarin", "hari ini", "semalam", "lalu", "pekan", "tiga", "hari", "pagi", "dini hari", ",", " ", "\n", "-", "setiap"]
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), st.lists(_PIECES, max_size=30).map(" ".join), st.lists(_PIECES, max_size=30).map("".join)),
       st.one_of(st.none(), st.dates(min_value=date(1901, 1, 1), max_value=date(2098, 12, 31))))
def test_find_dates_never_fails_and_offsets_stay_inside(text, published):
    for d in find_dates(text, published):
        assert 0 <= d.start < d.end <= len(text)
        assert text[d.start : d.end] == d.text
        if d.value is not None:
            date.fromisoformat(d.value)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(), st.lists(_PIECES, max_size=20).map(" ".join)))
def test_parse_meta_date_and_infer_never_fail(text):
    out = parse_meta_date(text)
    assert out is None or date.fromisoformat(out)
    infer_published(text)


@pytest.mark.shared
def test_pipeline_maps_dates_and_acronyms_to_the_original_text(pipeline, seed_text):
    art = pipeline.analyze(seed_text)
    assert art.published == "2023-09-13" and art.published_inferred
    assert {(d.text, d.value) for d in art.dates} == {("Rabu (13/9/2023)", "2023-09-13"), ("Selasa (12/9/2023)", "2023-09-12")}
    for d in art.dates:
        assert art.text[d.start : d.end] == d.text
    assert {(a.short, a.long) for a in art.acronyms} == {
        ("Korut", "Korea Utara"), ("DPRK", "Republik Demokratik Rakyat Korea"), ("WPK", "Partai Pekerja Korea")}
    for a in art.acronyms:
        assert a.short in art.text[a.start : a.end] and a.long in art.text[a.start : a.end]
