"""Cleaner: boilerplate removal driven by data/patterns/boilerplate.jsonl."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from testpaths import shared_path
from warta.components.clean import clean, find_removals, is_tag, is_teaser, match_line


def reasons(text: str) -> list[tuple[str, str]]:
    return [(r.text, r.reason) for r in clean(text, repair_glued=False).removed]


@pytest.mark.parametrize(
    "line, reason",
    [
        ("ADVERTISEMENT", "advertisement"),
        ("Advertisement", "advertisement"),
        ("SCROLL TO CONTINUE WITH CONTENT", "advertisement"),
        ("Baca juga:", "read_also"),
        ("Baca Juga", "read_also"),
        ("Baca juga: Harga Cabai Naik Lagi Jelang Lebaran", "read_also"),
        ("Baca jugaHarga Cabai Naik Lagi", "read_also"),
        ("Simak Video 'Banjir Rendam Kemang':", "video"),
        ("Lihat juga Video: Macet Parah di Puncak", "video"),
        ("[Gambas:Video 20detik]", "embed"),
        ("[Gambas:Instagram]", "embed"),
        ("(abc/def)", "initials"),
        ("(kha)", "initials"),
        ("sumber : Antara", "source_credit"),
        ("Ikuti Whatsapp Channel Republika", "subscribe_prompt"),
        ("A post shared by Akun Contoh (@akun.contoh)", "embed"),
        ("Dok. Humas PemkotWarga menanam pohon di taman kota.", "photo_credit"),
        ("Mobil listrik baru. Foto: dok. Pabrikan", "photo_credit"),
        ("Poster film terbaru (credit: instagram.com/akun)", "photo_credit"),
        ("Editor: Budi Santoso", "credit"),
        ("(Reporter: Ani | Editor: Budi)", "credit"),
    ],
)
def test_boilerplate_line_is_removed(line, reason):
    text = f"Paragraf pertama yang berisi berita.\n{line}\nParagraf kedua yang juga berisi berita."
    res = clean(text, repair_glued=False)
    assert (line, reason) in [(r.text, r.reason) for r in res.removed]
    assert line not in res.body.split("\n")
    assert res.body == "Paragraf pertama yang berisi berita.\nParagraf kedua yang juga berisi berita."


@pytest.mark.parametrize(
    "line",
    [
        "Presiden mengatakan hal itu di Jakarta, Senin (12/6/2023).",
        '"Kami akan terus berupaya," kata Wali Kota.',
        "Simak informasi lengkapnya berikut ini.",
        "Berikut daftar lengkapnya:",
        "Baca juga buku-buku lama itu, kata dia, karena isinya masih relevan bagi generasi muda.",
        "(Arsip)",
    ],
)
def test_content_line_is_kept(line):
    text = f"Awal berita.\n{line}\nAkhir berita."
    assert clean(text).body.count(line.split()[0]) >= 1
    assert reasons(text) == []


def test_read_also_with_colon_takes_one_teaser():
    text = "Isi satu.\nBaca juga:\nWarga Panik Banjir Datang Tiba-tiba di Kampung Melayu\nIsi dua yang panjang dan berakhir titik."
    res = clean(text, repair_glued=False)
    assert res.body == "Isi satu.\nIsi dua yang panjang dan berakhir titik."
    assert [r.reason for r in res.removed] == ["read_also", "read_also"]


def test_bare_read_also_keeps_next_line():
    # liputan6 / bisnis: the teaser was not scraped, the next line is content
    text = "Isi satu.\nBaca Juga\nHarga Emas Antam Naik Tipis\nIsi dua."
    res = clean(text, repair_glued=False)
    assert "Harga Emas Antam Naik Tipis" in res.body


def test_teaser_is_not_a_quote_or_sentence():
    assert is_teaser("Pemprov DKI Tambah Armada Bus Listrik Tahun Ini")
    assert not is_teaser('"Tapi sekarang saya lihat, itu bisa sehat," sambungnya.')
    assert not is_teaser("Isi berita yang berakhir dengan titik.")
    assert not is_teaser("hanya huruf kecil semua di baris ini")


def test_tags_after_initials_are_removed_but_not_content():
    tail = "Isi berita.\n(abc/def)\njabodetabek\ntawuran maut\nHoegeng Awards 2025\nSelengkapnya"
    res = clean(tail, repair_glued=False)
    assert res.body == "Isi berita."
    assert {r.reason for r in res.removed} >= {"initials", "tags"}
    # a real paragraph after the initials line keeps everything after it
    text = "Isi berita.\n(abc/def)\nParagraf lanjutan yang panjang dan berisi kalimat lengkap.\njakarta"
    assert "Paragraf lanjutan" in clean(text, repair_glued=False).body
    assert "jakarta" in clean(text, repair_glued=False).body


def test_is_tag():
    assert is_tag("timnas indonesia")
    assert not is_tag("Ini kalimat biasa yang cukup panjang untuk sebuah paragraf berita.")


def test_multiline_whatsapp_prompt():
    text = (
        "Isi berita.\nSimak\nbreaking news\ndan\nberita pilihan\nkami langsung di ponselmu. Pilih saluran andalanmu "
        "akses berita Kompas.com WhatsApp Channel :\nhttps://www.whatsapp.com/channel/ABC\n. Pastikan kamu sudah "
        "install aplikasi WhatsApp ya."
    )
    res = clean(text, repair_glued=False)
    assert res.body == "Isi berita."
    assert res.removed[0].reason == "subscribe_prompt"


def test_inline_prompt_is_cut_from_its_paragraph():
    text = "Kalimat terakhir paragraf.Ikuti Whatsapp Channel Republika\nParagraf berikutnya."
    res = clean(text, repair_glued=False)
    assert res.body == "Kalimat terakhir paragraf.\nParagraf berikutnya."


def test_removed_offsets_point_into_original():
    text = "Satu.\nADVERTISEMENT\nDua.\n  Baca Juga  \nTiga."
    for r in clean(text).removed:
        assert text[r.start : r.end] == r.text


def test_body_maps_back_to_original():
    text = "Liputan6.com, Jakarta -HargaBitcoindan emas naik.\nADVERTISEMENT\nDihimpun dariHuffington Post."
    res = clean(text)
    assert "Harga Bitcoin dan" in res.body and "dari Huffington" in res.body
    for i, ch in enumerate(res.body):
        o = res.offsets.to_original(i)
        if ch != " ":
            assert text[o] == ch


def test_no_repair_when_disabled():
    text = "kondisikesehatan mentalyang buruk"
    assert clean(text, repair_glued=False).body == text
    assert clean(text).body == "kondisi kesehatan mental yang buruk"


def test_match_line_none_for_content():
    assert match_line("Polisi menangkap dua orang pelaku.") is None


def test_find_removals_sorted_and_disjoint():
    text = "ADVERTISEMENT\nBaca juga:\nJudul Berita Lain Yang Menarik\nIsi.\n(ab/cd)\ntag satu\ntag dua"
    spans = [(r.start, r.end) for r in find_removals(text)]
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=400))
def test_property_arbitrary_text(text):
    res = clean(text)
    assert all(0 <= r.start <= r.end <= len(text) for r in res.removed)
    assert all(text[r.start : r.end] == r.text for r in res.removed)
    for i in range(len(res.body) + 1):
        assert 0 <= res.offsets.to_original(i) <= len(text)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "ADVERTISEMENT",
                "Baca juga:",
                "Judul Berita Lain Yang Menarik",
                "Isi berita yang berakhir titik.",
                "(ab/cd)",
                "tag",
                "",
                "  ",
                "HargaBitcoindan emas",
                "Jakarta\n-",
            ]
        ),
        max_size=12,
    )
)
def test_property_news_like_lines(lines):
    text = "\n".join(lines)
    res = clean(text)
    assert all(text[r.start : r.end] == r.text for r in res.removed)
    for i, ch in enumerate(res.body):
        if ch not in " \n":
            assert text[res.offsets.to_original(i)] == ch


@pytest.mark.shared
def test_gold_boilerplate_and_content():
    """Seed and news_dev: every gold boilerplate line is removed, no content
    line is dropped (whitespace ignored: repairs insert spaces)."""
    squash = lambda s: "".join(s.split())  # noqa: E731
    for path in (shared_path("seed", "gold.jsonl"), shared_path("eval", "news_dev.jsonl")):
        for raw in path.open(encoding="utf-8"):
            g = json.loads(raw)
            res = clean(g["text"])
            body_lines = {squash(x) for x in res.body.split("\n")}
            body = squash(res.body)
            bps = set(g.get("boilerplate") or [])
            for b in bps:
                assert squash(b) not in body_lines, (g["id"], b)
            for line in g["text"].split("\n"):
                if line.strip() and line.strip() not in bps:
                    assert squash(line) in body, (g["id"], line)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Seorang pria tewas dalam peristiwa\ntawuran\ndua kelompok di Pasar Rebo.",
            "Seorang pria tewas dalam peristiwa tawuran dua kelompok di Pasar Rebo.",
        ),
        (
            '"Kami terus berupaya," kata Wali Kota Jaktim, Munjirin, dilansir\nAntara,\nSelasa (10/6/2025).',
            '"Kami terus berupaya," kata Wali Kota Jaktim, Munjirin, dilansir Antara, Selasa (10/6/2025).',
        ),
        (
            "Perusahaan tambang itu diduga merusak lingkungan di\nRaja Ampat\n, Papua Barat Daya.",
            "Perusahaan tambang itu diduga merusak lingkungan di Raja Ampat , Papua Barat Daya.",
        ),
    ],
)
def test_lines_broken_by_link_text_are_joined(text, expected):
    res = clean(text)
    assert res.body == expected
    assert {r.rule for r in res.repairs} == {"line_join"}
    for i, ch in enumerate(res.body):
        if ch != " ":
            assert text[res.offsets.to_original(i)] == ch


@pytest.mark.parametrize(
    "text",
    [
        "Paragraf pertama selesai.\nParagraf kedua mulai.",
        "Berikut daftarnya:\nNasi goreng\nMie ayam",
        "Profil Singkat Sang Juara\nDia lahir di Bandung pada 1990.",
        "Pemain itu diturunkan sejak menit awal sebagai starter,\nUntuk laga berikutnya dia absen.",
        "Jakarta\n-\nSeorang pria tewas.",
        "Kalimat pertama yang panjang sekali di sini dan\n\nparagraf baru setelah baris kosong.",
    ],
)
def test_real_paragraph_breaks_are_kept(text):
    assert clean(text).body == text
