"""Entities: mention finding, typing, aliases and in-article coreference."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta import lexicons
from warta.components.entities import add_descriptions, cluster, find_mentions, lexicon, ner_parts, words
from warta.types import Acronym


def ents(text: str, acronyms=()):
    return add_descriptions(text, cluster(find_mentions(text), list(acronyms)))


def by_name(text: str, acronyms=()):
    return {e.name: e for e in ents(text, acronyms)}


# -- words -------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kim Jong-un tiba", ["Kim", "Jong-un", "tiba"]),
        ("hubungan Korea Utara-Rusia", ["hubungan", "Korea", "Utara", "Rusia"]),
        ("Badr Al-Meer", ["Badr", "Al-Meer"]),
        ("Undang-Undang Dasar", ["Undang-Undang", "Dasar"]),
        ("dilansir dariThe Guardian", ["dilansir", "dari", "The", "Guardian"]),
        ("oleh H. Anies di Jl. Sudirman.", ["oleh", "H.", "Anies", "di", "Jl.", "Sudirman"]),
    ],
)
def test_words(text, expected):
    assert [w.text for w in words(text)] == expected


# -- typing ------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, name, typ",
    [
        ("Hal itu disampaikan Presiden Joko Widodo di Istana.", "Joko Widodo", "PER"),
        ("Ia bertemu Ajun Komisaris Roland Manurung kemarin.", "Roland Manurung", "PER"),
        ("Keputusan itu diambil Kementerian Dalam Negeri pekan lalu.", "Kementerian Dalam Negeri", "ORG"),
        ("Mereka tiba di Kabupaten Aceh Singkil pagi tadi.", "Kabupaten Aceh Singkil", "LOC"),
        ("Warga berkumpul di Jalan Pondok Kopi Raya sejak pagi.", "Jalan Pondok Kopi Raya", "LOC"),
        ("Putin hadir di Forum Ekonomi Timur tahun ini.", "Forum Ekonomi Timur", "EVT"),
        ("Ini terjadi setelah pandemi Covid-19 berakhir.", "pandemi Covid-19", "EVT"),
        ("Saham PT Sarana Mitra Luas Tbk naik.", "PT Sarana Mitra Luas Tbk", "ORG"),
        ("Laporan itu dikutip dari Reuters pada Senin.", "Reuters", "ORG"),
        ("Delegasi berangkat ke Korea Selatan dan Jepang.", "Korea Selatan", "LOC"),
    ],
)
def test_types(text, name, typ):
    found = by_name(text)
    assert name in found, sorted(found)
    assert found[name].type == typ


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Perjalanan tersebut dimulai pada Selasa pagi.", "Perjalanan"),
        ("Pada Selasa (12/9/2023) hujan turun.", "Selasa"),
        ("Dia mengatakan hal itu. Mereka setuju.", "Dia"),
        ("Baca juga: Ojol Janji Tak Demo Lagi\nWarga pulang.", "Ojol Janji Tak Demo Lagi"),
        ("Hasil RUPS menyetujui dividen.", "RUPS"),
        ("Nilainya Rp396 miliar.", "Rp396"),
        ("Para pejabat Pemerintah hadir.", "Pemerintah"),
    ],
)
def test_not_entities(text, absent):
    assert absent not in by_name(text)


def test_skip_ranges_are_respected():
    text = "Bisnis.com, JAKARTA - Presiden Joko Widodo tiba."
    ms = find_mentions(text, skip=[(0, 21)])
    assert all(m.start >= 21 for m in ms)
    assert any(m.text == "Joko Widodo" for m in ms)


# -- coreference and aliases --------------------------------------------------
def test_surname_merges_into_full_name():
    text = "Presiden Vladimir Putin tiba di Moskow. Putin lalu berpidato. Kemudian Putin pulang."
    found = by_name(text)
    assert "Putin" not in found
    assert found["Vladimir Putin"].aliases == ["Putin"]
    assert len(found["Vladimir Putin"].mentions) == 3


@pytest.mark.parametrize(
    "text, name, alias, kept",
    [
        ("Korea Utara (Korut) menolak. Korut lalu diam.", "Korea Utara", "Korut", True),
        ("Badan Pengawas Obat dan Makanan (BPOM) memeriksa pabrik itu.", "Badan Pengawas Obat dan Makanan", "BPOM", True),
        # the name in brackets after an office of a country is the office holder's
        ("Ia berterima kasih kepada Presiden Indonesia (Prabowo) atas sambutannya.", "Indonesia", "Prabowo", False),
        ("Mereka memuji Kementerian Luar Negeri (Sugiono) kemarin.", "Kementerian Luar Negeri", "Sugiono", False),
    ],
)
def test_place_or_org_takes_only_its_own_abbreviation_in_brackets(text, name, alias, kept):
    found = by_name(text)
    assert (alias in found[name].aliases) is kept


def test_given_name_merges_into_full_name():
    text = "CEO BPI Danantara Rosan Roeslani hadir. Rosan mengatakan investasi naik."
    found = by_name(text)
    assert "Rosan" in found["Rosan Roeslani"].aliases


def test_title_is_not_part_of_the_name():
    text = "Kepala Unit Reserse Kriminal Kepolisian Sektor Tamansari Ajun Komisaris Roland Manurung menjelaskan."
    found = by_name(text)
    assert "Roland Manurung" in found
    assert found["Roland Manurung"].type == "PER"
    assert not any("Komisaris" in n for n in found)


def test_parenthetical_alias():
    text = "Pemimpin Korea Utara (Korut) Kim Jong-un tiba. Korut menyambutnya."
    e = by_name(text)["Korea Utara"]
    assert e.type == "LOC"
    assert "Korut" in e.aliases
    assert len(e.mentions) == 3


def test_acronym_definition_alias():
    text = "Dia memuji WPK. WPK adalah Partai Pekerja Korea, satu-satunya partai."
    acr = [Acronym(short="WPK", long="Partai Pekerja Korea", start=16, end=46)]
    found = by_name(text, acr)
    assert "WPK" not in found
    assert found["Partai Pekerja Korea"].aliases == ["WPK"]


def test_gazetteer_variants_merge():
    text = "Kim tiba di Rusia. Kunjungan ke Federasi Rusia itu penting."
    found = by_name(text)
    assert found["Federasi Rusia"].aliases == ["Rusia"]


def test_official_name_in_other_word_order_merges():
    text = "Delegasi Korea Utara tiba. Nama resminya Republik Demokratik Rakyat Korea."
    locs = [e for e in ents(text) if e.type == "LOC"]
    assert len(locs) == 1


def test_or_alias():
    text = "Saham PT Blue Bird Tbk (BIRD) atau Bluebird naik. Direktur Utama Bluebird Adrianto Djokosoetono senang."
    found = by_name(text)
    e = found["PT Blue Bird Tbk"]
    assert "Bluebird" in e.aliases and "BIRD" in e.aliases
    assert found["Adrianto Djokosoetono"].type == "PER"


def test_numbered_list_items_share_a_type():
    text = "Daftarnya:\n1. Qatar Airways\n2. Scoot\n3. Singapore Airlines\n4. Volotea\n"
    found = by_name(text)
    assert found["Scoot"].type == "ORG"
    assert found["Volotea"].type == "ORG"


def test_ids_follow_first_mention_and_offsets_fit():
    text = "Presiden Joko Widodo bertemu Gubernur Jawa Barat Ridwan Kamil di Bandung. Joko Widodo tersenyum."
    es = ents(text)
    assert [e.id for e in es] == [f"E{i}" for i in range(1, len(es) + 1)]
    firsts = [e.mentions[0].start for e in es]
    assert firsts == sorted(firsts)
    for e in es:
        for m in e.mentions:
            assert text[m.start : m.end] == m.text


# -- lexicon files ------------------------------------------------------------
@pytest.mark.parametrize(
    "name",
    ["org_heads", "org_tails", "event_heads", "event_tails", "loc_heads", "loc_tails", "compass", "outlets",
     "name_connectors", "non_names", "common_acronyms", "descriptive_heads", "admin_heads"],
)
def test_word_lists_have_no_duplicates(name):
    entries = lexicons.ordered_list(name)
    assert entries
    dups = [w for w, n in Counter(entries).items() if n > 1]
    assert not dups


@pytest.mark.parametrize("name, key", [("titles", "form"), ("places_extra", "form"), ("entity_cues", "word"), ("org_abbreviations", "short")])
def test_tables_have_no_duplicate_keys(name, key):
    rows = lexicons.table(name)
    dups = [w for w, n in Counter(r[key] for r in rows).items() if n > 1]
    assert rows and not dups


def test_title_kinds():
    kinds = {r["kind"] for r in lexicons.table("titles")}
    assert kinds == {"position", "rank", "honorific", "academic"}


def test_lexicon_is_loaded_once():
    assert lexicon() is lexicon()


# -- seed article ---------------------------------------------------------------
@pytest.mark.shared
def test_seed_aliases(seed_text):
    from tests.conftest import shared_path  # noqa: F401  (skip when ../shared is absent)
    import json

    gold = json.loads((shared_path("seed", "gold.jsonl")).read_text(encoding="utf-8").splitlines()[0])
    acr = [Acronym(short=a["short"], long=a["long"], start=0, end=0) for a in gold["acronyms"]]
    found = ents(seed_text, acr)
    aliases = {a for e in found for a in e.aliases}
    assert {"Kim", "Korut", "DPRK", "WPK"} <= aliases
    names = {(e.type, e.name.lower()) for e in found} | {(e.type, a.lower()) for e in found for a in e.aliases}
    assert ("PER", "vladimir putin") in names and ("LOC", "korea utara") in names


# -- properties -------------------------------------------------------------------
name_like = st.text(alphabet=st.sampled_from(list("AaBbKkRrUu -.,()'’\n“”0123456789")), max_size=120)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_any_text_gives_valid_entities(text):
    for e in ents(text):
        assert e.type in ("PER", "ORG", "LOC", "EVT")
        for m in e.mentions:
            assert 0 <= m.start < m.end <= len(text)
            assert text[m.start : m.end] == m.text


@settings(max_examples=150, deadline=None)
@given(name_like, st.lists(st.tuples(st.integers(0, 120), st.integers(0, 120)), max_size=3))
def test_name_like_text_and_skips(text, skips):
    skip = [(min(a, b), max(a, b)) for a, b in skips]
    ms = find_mentions(text, skip=skip)
    for m in ms:
        assert 0 <= m.start < m.end <= len(text)
        assert not any(m.start < e and s < m.end and s < e for s, e in skip)


def test_ner_spans_type_untyped_names_and_fill_gaps():
    text = "Kemarin Boeing mengirim pesawat. Boeing sibuk. Lalu ada rapat dengan pihak lain."
    b1 = text.index("Boeing")
    plain = by_name(text)
    assert plain["Boeing"].type == "ORG"  # recurring untyped word: ORG by default
    ms = find_mentions(text, ner_spans=[(b1, b1 + 6, "PER")])
    assert [m.type for m in ms if m.text == "Boeing"][0] == "PER"
    # a span the rules did not find is added, with its title stripped
    text2 = "Rapat dipimpin oleh presiden direktur Andi Wijaya kemarin."
    s = text2.index("presiden")
    ms2 = find_mentions(text2, ner_spans=[(s, text2.index(" kemarin"), "PERSON")])
    assert any(m.text == "Andi Wijaya" and m.type == "PER" for m in ms2)


def test_ner_spans_without_a_capital_letter_are_ignored():
    from warta.components.entities import find_entities
    from warta.lang import base_nlp

    text = "Polisi menemukan bom molotov di rumah Andi Wijaya kemarin."
    doc = base_nlp().make_doc(text)
    s = text.index("bom")
    a = text.index("Andi")
    doc.ents = [doc.char_span(s, s + len("bom molotov"), "PER"), doc.char_span(a, a + len("Andi Wijaya"), "PER")]
    names = {m.text for e in find_entities(doc) for m in e.mentions}
    assert "Andi Wijaya" in names and "bom molotov" not in names


def test_ner_spans_are_cut_at_their_brackets():
    text = "Kata Komisi Pemilihan Umum (KPU) dan (Jokowi) serta PPP) kemarin ( )."
    def parts(span):
        s = text.index(span)
        return [text[a:b] for a, b, _ in ner_parts(text, s, s + len(span), "ORG")]
    assert parts("Komisi Pemilihan Umum (KPU)") == ["Komisi Pemilihan Umum", "KPU"]
    assert parts("(Jokowi)") == ["Jokowi"]
    assert parts("PPP)") == ["PPP"]
    assert parts("( )") == []


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Ab( )")), max_size=20))
def test_ner_parts_are_non_empty_bracket_free_pieces_of_the_span(text):
    for s, e, label in ner_parts(text, 0, len(text), "LOC"):
        piece = text[s:e]
        assert piece and piece == piece.strip() and "(" not in piece and ")" not in piece and label == "LOC"


def test_glued_words_give_a_spaced_name_and_exact_mentions():
    text = "Saham PTWaskita KaryaTbk naik. Waskita Karya untung."
    e = [x for x in ents(text) if x.type == "ORG"][0]
    assert e.name == "PT Waskita Karya Tbk"
    assert text[e.mentions[0].start : e.mentions[0].end] == e.mentions[0].text == "PTWaskita KaryaTbk"
    assert len(e.mentions) == 2


def test_titled_name_with_acronym_alias_stays_a_person():
    text = "Menteri Koordinator Agus Harimurti Yudhoyono (AHY) hadir. AHY mengatakan tarif turun."
    found = by_name(text)
    assert found["Agus Harimurti Yudhoyono"].type == "PER"
    assert "AHY" in found["Agus Harimurti Yudhoyono"].aliases
    assert "AHY" not in found


def test_description_refers_back_when_unambiguous():
    text = (
        "Kim bertemu Presiden Vladimir Putin. Pemimpin Korea Utara Kim Jong-un tersenyum. "
        "Wartawan diberi akses kepada pemimpin Rusia di forum tersebut."
    )
    found = by_name(text)
    putin = found["Vladimir Putin"]
    assert "pemimpin Rusia" in putin.aliases
    assert any(m.text == "pemimpin Rusia" for m in putin.mentions)
    assert "pemimpin Rusia" not in found["Kim Jong-un"].aliases


def test_ambiguous_description_is_left_alone():
    text = "Presiden Joko Widodo bertemu Presiden Emmanuel Macron. Lalu presiden Prancis itu pulang."
    found = by_name(text)
    assert not any("presiden Prancis" in e.aliases for e in found.values())


def test_description_before_the_name_keeps_ids_in_order():
    text = "Kabar dari pemimpin Rusia datang pagi. Presiden Rusia Vladimir Putin lalu berpidato di Moskow."
    es = ents(text)
    starts = [e.mentions[0].start for e in es]
    assert starts == sorted(starts)
    assert [e.id for e in es] == [f"E{i}" for i in range(1, len(es) + 1)]
    putin = [e for e in es if e.name == "Vladimir Putin"][0]
    assert putin.mentions[0].text == "pemimpin Rusia"


def test_nickname_joins_the_full_name_the_article_writes():
    text = "Presiden Joko Widodo meresmikan jalan tol. Jokowi mengatakan proyek itu penting."
    found = by_name(text)
    assert "Jokowi" not in found
    assert "Jokowi" in found["Joko Widodo"].aliases
    assert len(found["Joko Widodo"].mentions) == 2


def test_nickname_alone_stays_as_written():
    found = by_name("Jokowi mengatakan proyek itu penting. Jokowi lalu pulang ke Solo.")
    assert "Jokowi" in found and "Joko Widodo" not in found


def test_name_after_title_organisation_and_its_bracketed_acronym():
    text = "Ketua Umum Ikatan Ahli Kesehatan Masyarakat Indonesia (IAKMI) Ede Surya Darmawan mengingatkan warga agar tenang."
    got = {(e.type, e.name) for e in ents(text)}
    assert ("PER", "Ede Surya Darmawan") in got
    assert ("ORG", "Ikatan Ahli Kesehatan Masyarakat Indonesia") in got


def test_organisation_named_alone_elsewhere_is_cut_from_a_titled_name():
    text = "”Kami tumbuh,” kata CEO Bukalapak Rachmat Kaimuddin. Banyak pedagang berjualan di platform Bukalapak."
    got = [(m.type, m.text) for m in find_mentions(text)]
    assert got[:2] == [("ORG", "Bukalapak"), ("PER", "Rachmat Kaimuddin")]


def test_organisation_ends_before_a_name_the_article_uses_alone():
    text = "Menurut analis PT Infovesta Utama Wawan Hendrayana, investor harus hati-hati. Menurut Wawan, saham berisiko."
    got = [(m.type, m.text) for m in find_mentions(text)]
    assert ("ORG", "PT Infovesta Utama") in got
    assert not any("Wawan" in t for typ, t in got if typ == "ORG")


@pytest.mark.parametrize(
    "text, org, per",
    [
        ("Pengamat politik dari Universitas Lampung Robi Cahyadi Kurniawan menilai pilkada lancar.", "Universitas Lampung", "Robi Cahyadi Kurniawan"),
        ("Dosen Universitas Sumatera Utara Budi Santoso hadir.", "Universitas Sumatera Utara", "Budi Santoso"),
    ],
)
def test_organisation_head_and_place_then_a_full_name(text, org, per):
    got = [(m.type, m.text) for m in find_mentions(text)]
    assert ("ORG", org) in got and ("PER", per) in got


def test_organisation_head_and_place_then_more_organisation_words_stays_whole():
    got = [(m.type, m.text) for m in find_mentions("Mahasiswa Universitas Gadjah Mada Yogyakarta datang.")]
    assert ("ORG", "Universitas Gadjah Mada Yogyakarta") in got


def test_bracketed_acronym_then_one_word_is_no_person():
    text = "Kepala Bidang Pencegahan dan Pengendalian Penyakit (P2P) Dinkes Sulut dr Steaven Dandel mengatakan, warga harus waspada."
    got = [(m.type, m.text) for m in find_mentions(text)]
    assert ("PER", "Dinkes") not in got


def test_korean_family_name_that_is_also_an_honorific_stays_in_the_name():
    text = "Pejabat itu mengatakan Pak Hyon Chol tiba di Pyongyang bersama Pak Budi Santoso."
    found = by_name(text)
    assert found["Pak Hyon Chol"].type == "PER"
    assert "Hyon Chol" not in found


def test_korean_name_after_an_organisation_ends_the_organisation():
    text = "Kepala Biro Pertanian Pedesaan Ri Kwang Sop memimpin rapat, dan Yang Min-su dari Seoul hadir."
    found = by_name(text)
    assert found["Ri Kwang Sop"].type == "PER"
    assert found["Biro Pertanian Pedesaan"].type == "ORG"
    assert found["Yang Min-su"].type == "PER"
