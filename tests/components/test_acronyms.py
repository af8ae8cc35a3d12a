"""Acronyms: in-text definitions (brackets and cue phrases), where the long
form starts, lexicon expansions kept apart, property tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from warta import extensions  # noqa: F401
from warta.components.acronyms import acronyms_component, find_acronym_defs, find_acronyms, lexicon_expansions

SHARED = Path(__file__).resolve().parents[2].parent / "shared"  # ../shared beside the repo


def shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not available (../shared absent)")
    return path


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(a.short, a.long) for a in find_acronym_defs(text)]


@pytest.mark.parametrize(
    "text,expected",
    [
        # initial letters
        ("Kepala Badan Pengawas Obat dan Makanan (BPOM) hadir.", [("BPOM", "Badan Pengawas Obat dan Makanan")]),
        ("di tempat kejadian perkara (TKP). Pria itu", [("TKP", "tempat kejadian perkara")]),
        ("Kepala Dinas Ketahanan Pangan, Kelautan, dan Perikanan (KPKP) Pemprov",
         [("KPKP", "Ketahanan Pangan, Kelautan, dan Perikanan")]),
        # syllables
        ("Pemimpin Korea Utara (Korut) Kim Jong-un", [("Korut", "Korea Utara")]),
        ("pemerintah khususnya Kementerian Dalam Negeri (Kemendagri) harus", [("Kemendagri", "Kementerian Dalam Negeri")]),
        ("tiga pilar Bintara Pembina Desa (Babinsa), dan lurah", [("Babinsa", "Bintara Pembina Desa")]),
        ("menggunakan senjata tajam (sajam) dan bom", [("sajam", "senjata tajam")]),
        # short first
        ("BPOM (Badan Pengawas Obat dan Makanan) menyatakan", [("BPOM", "Badan Pengawas Obat dan Makanan")]),
        ("kegiatan MICE (\nMeeting, Incentive, Convention, and Exhibition\n) di hotel",
         [("MICE", "Meeting, Incentive, Convention, and Exhibition")]),
        # cue phrases
        ("DPRK adalah singkatan dari nama resmi Korea Utara, Republik Demokratik Rakyat Korea, sedangkan WPK adalah "
         "Partai Pekerja Korea, satu-satunya partai", [("DPRK", "Republik Demokratik Rakyat Korea"), ("WPK", "Partai Pekerja Korea")]),
        ("Undang-Undang Nomor 16 Tahun 2017 tentang Organisasi Kemasyarakatan (selanjutnya disebut UU Ormas) yang",
         [("UU Ormas", "Undang-Undang Nomor 16 Tahun 2017 tentang Organisasi Kemasyarakatan")]),
        ("kini bernama Makam Bung Karno atau sering disingkat MBK.", [("MBK", "Makam Bung Karno")]),
        ("KOMPAS.com- PT Sarana Mitra Luas Tbk atau SMIL menyetujui", [("SMIL", "PT Sarana Mitra Luas Tbk")]),
        ("data Badan Pusat Statistik atau BPS menunjukkan", [("BPS", "Badan Pusat Statistik")]),
        # known answers from the lexicon override the spelling (English acronym, Indonesian name)
        ("menurut Organisasi Kesehatan Dunia (WHO) kemarin", [("WHO", "Organisasi Kesehatan Dunia")]),
        ("WHO (Organisasi Kesehatan Dunia) menyatakan", [("WHO", "Organisasi Kesehatan Dunia")]),
    ],
)
def test_definitions(text, expected):
    assert _pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Menteri Budi (kiri) dan Andi (kanan) berjabat tangan.",
        "Harga Bitcoin (BTC) turun.",  # one word: a ticker, not an expansion
        "PT Blue Bird Tbk (BIRD) atau Bluebird membagikan dividen",
        "di tepi sungai (sempadan sungai) warga",
        "LHKPN KPK atau Laporan Harta Kekayaan Penyelenggara Negara",
        "Dembele meraih gelar dengan PSG yaitu Liga Prancis, Piala Prancis",
        "Rosan (CEO Danantara) menyiapkan dana",
        "berusia 24 tahun (24) dan",
    ],
)
def test_not_definitions(text):
    assert _pairs(text) == []


def test_offsets_cover_the_whole_definition():
    text = "Ia memimpin Badan Pengawas Obat dan Makanan (BPOM) sejak 2020."
    (a,) = find_acronym_defs(text)
    assert text[a.start : a.end] == "Badan Pengawas Obat dan Makanan (BPOM)"
    assert a.origin == "text"


def test_lexicon_expansions_are_kept_apart():
    nlp = spacy.blank("id")
    doc = nlp("Korea Utara (Korut) dan KPK bekerja sama dengan Polri.")
    doc = acronyms_component(doc)
    assert [(a.short, a.origin) for a in doc._.acronyms] == [("Korut", "text")]
    lex = {(a.short, a.long, a.origin) for a in doc._.acronyms_lexicon}
    assert ("KPK", "Komisi Pemberantasan Korupsi", "lexicon") in lex
    assert ("Polri", "Kepolisian Negara Republik Indonesia", "lexicon") in lex
    assert not any(a.short == "Korut" for a in doc._.acronyms_lexicon)  # defined in the text
    for a in doc._.acronyms_lexicon:
        assert doc.text[a.start : a.end] == a.short


def test_lexicon_expansions_on_plain_text():
    assert [(a.short, a.start) for a in lexicon_expansions("Kata OJK, lalu OJK lagi.")] == [("OJK", 5)]
    # acronyms the text defines are never expanded from the lexicon
    assert [a.short for a in lexicon_expansions("Korea Utara (Korut) dan KPK")] == ["KPK"]


@pytest.mark.shared
def test_seed_acronyms():
    rec = json.loads(shared_path("seed", "gold.jsonl").read_text(encoding="utf-8").splitlines()[0])
    doc = spacy.blank("id")(rec["text"])
    got = {(a.short.lower(), a.long.lower()) for a in find_acronyms(doc)}
    assert got == {(g["short"].lower(), g["long"].lower()) for g in rec["acronyms"]}


_PIECES = st.sampled_from(
    ["(", ")", "BPOM", "Badan", "Pengawas", "Obat", "dan", "Makanan", "Korea", "Utara", "Korut", "adalah",
     "singkatan dari", "atau", "selanjutnya disebut", "UU", "PT", "Tbk", ",", " ", "\n", "-", "é", "x"]
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), st.lists(_PIECES, max_size=30).map(" ".join), st.lists(_PIECES, max_size=30).map("".join)))
def test_never_fails_and_offsets_stay_inside(text):
    for a in find_acronym_defs(text) + lexicon_expansions(text):
        assert 0 <= a.start < a.end <= len(text)
        assert a.short in text[a.start : a.end]
        if a.origin == "text":
            assert a.long in text[a.start : a.end]
