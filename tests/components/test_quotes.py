"""Quotes: small texts written for these tests, one pattern each."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from warta.components.quotes import direct_spans, find_quotes
from warta.lexicons import ordered_list


@pytest.fixture(scope="module")
def quotes_of(nlp):
    def run(text: str):
        doc = nlp(text)
        return doc._.quotes

    return run


def one(quotes, needle: str):
    hits = [q for q in quotes if needle in q.content.text]
    assert hits, f"no quote contains {needle!r}: {[q.content.text for q in quotes]}"
    return hits[0]


# -- direct quotes -------------------------------------------------------


@pytest.mark.parametrize(
    "text,content,speaker,cue",
    [
        ('“Kami akan terus berpatroli di wilayah ini,” kata Budi Santoso.', "Kami akan terus berpatroli di wilayah ini", "Budi Santoso", "kata"),
        ('"Harga beras masih stabil sampai akhir bulan," ujar Siti Aminah.', "Harga beras masih stabil sampai akhir bulan", "Siti Aminah", "ujar"),
        # the stray closing mark used as an opening mark (Kompas)
        ("”Kami minta semua pihak bersabar menunggu hasil,” kata Rahmat.", "Kami minta semua pihak bersabar menunggu hasil", "Rahmat", "kata"),
        # cue before the quote
        ("Gubernur Ahmad Yani mengatakan: “Anggaran tahun depan akan naik.”", "Anggaran tahun depan akan naik", "Ahmad Yani", "mengatakan"),
        # titles are roles, not names; the part after the comma names the person
        ('"Pelaku masih kami kejar sampai sekarang," kata Kapolsek Cempaka, AKP Dedi Susanto.', "Pelaku masih kami kejar", "Dedi Susanto", "kata"),
    ],
)
def test_direct_with_cue(quotes_of, text, content, speaker, cue):
    q = one(quotes_of(text), content)
    assert q.kind == "direct"
    assert q.content.text.startswith(content)
    assert q.speaker is not None and q.speaker.name == speaker
    assert q.cue is not None and q.cue.text == cue


def test_clitic_resolves_to_previous_speaker(quotes_of):
    text = (
        "Menteri Keuangan Sri Mulyani Indrawati mengatakan, penerimaan pajak tumbuh tahun ini.\n"
        "“Kami optimistis target akan tercapai pada akhir tahun,” ujarnya."
    )
    q = one(quotes_of(text), "Kami optimistis")
    assert q.speaker.name == "Sri Mulyani Indrawati"
    assert q.cue.text == "ujarnya"


def test_surname_resolves_to_full_name(quotes_of):
    text = (
        "Direktur Utama PT Maju Jaya Hendra Gunawan hadir dalam acara itu.\n"
        "“Perseroan akan membuka sepuluh cabang baru tahun ini,” kata Hendra."
    )
    q = one(quotes_of(text), "sepuluh cabang")
    assert q.speaker.name == "Hendra Gunawan"


def test_multi_paragraph_quote_is_one_quote(quotes_of):
    text = (
        "Ketua panitia Dewi Lestari menjelaskan persiapan acara.\n"
        "“Semua peserta sudah mendaftar sejak bulan lalu dan jumlahnya terus bertambah.\n"
        "“Kami juga menyiapkan tempat tambahan bagi peserta dari luar kota,” kata Dewi."
    )
    qs = [q for q in quotes_of(text) if q.kind == "direct"]
    assert len(qs) == 1
    assert "Semua peserta" in qs[0].content.text and "luar kota" in qs[0].content.text
    assert qs[0].speaker.name == "Dewi Lestari"


def test_halves_around_cue_join(quotes_of):
    text = "“Kita harus bekerja lebih keras,” kata Joko Susilo, “karena waktunya tinggal sedikit.”"
    qs = [q for q in quotes_of(text) if q.kind == "direct"]
    assert len(qs) == 1
    assert "bekerja lebih keras" in qs[0].content.text and "waktunya tinggal" in qs[0].content.text


def test_floating_quote_gets_current_speaker_with_lower_confidence(quotes_of):
    text = (
        "“Kami sudah menyiapkan dua ribu paket bantuan untuk warga,” kata Rina Marlina.\n"
        "Bantuan itu dibagikan di balai desa.\n"
        "“Setiap keluarga akan mendapat satu paket berisi beras dan minyak.”"
    )
    q = one(quotes_of(text), "Setiap keluarga")
    assert q.floating
    assert q.speaker.name == "Rina Marlina"
    assert q.confidence < 0.9


def test_scare_quotes_are_not_statements(quotes_of):
    text = 'Fenomena "ghosting" kini banyak dibahas di media sosial oleh anak muda.'
    assert quotes_of(text) == []


# -- indirect speech ----------------------------------------------------


@pytest.mark.parametrize(
    "text,content,speaker,cue",
    [
        ("Bupati Sleman Harda Kiswaya mengatakan bahwa jalan itu akan diperbaiki tahun depan.", "jalan itu akan diperbaiki tahun depan", "Harda Kiswaya", "mengatakan"),
        ("Menurut Yanuar Nugroho, kebijakan itu belum menyentuh masyarakat miskin.", "kebijakan itu belum menyentuh masyarakat miskin", "Yanuar Nugroho", "Menurut"),
        ("Harga cabai naik tajam menjelang Lebaran, kata para pedagang.", "Harga cabai naik tajam menjelang Lebaran", "para pedagang", "kata"),
        ("Kerusakan jalan itu sudah berlangsung lama, menurut Ahmad Fauzi, warga setempat.", "Kerusakan jalan itu sudah berlangsung lama", "Ahmad Fauzi", "menurut"),
        ("Pemerintah mengeluarkan peringatan dari Jakarta bahwa impor beras akan dihentikan.", "impor beras akan dihentikan", "Jakarta", "peringatan"),
    ],
)
def test_indirect(quotes_of, text, content, speaker, cue):
    q = one(quotes_of(text), content)
    assert q.kind == "indirect"
    assert q.content.text == content
    assert q.speaker.name == speaker
    assert q.cue.text == cue


def test_clause_split_around_speaker(quotes_of):
    text = "Acuan itu, kata Budi Hartono, sudah cukup jelas bagi semua pihak."
    q = one(quotes_of(text), "Acuan itu")
    assert "cukup jelas" in q.content.text
    assert q.speaker.name == "Budi Hartono"


def test_pronoun_subject_and_menurutnya(quotes_of):
    text = (
        "Kepala Dinas Kesehatan Lina Marlina meninjau puskesmas di Depok.\n"
        "Ia menjelaskan, stok vaksin masih cukup untuk dua bulan.\n"
        "Menurutnya, warga tidak perlu khawatir."
    )
    qs = quotes_of(text)
    assert one(qs, "stok vaksin").speaker.name == "Lina Marlina"
    assert one(qs, "tidak perlu khawatir").speaker.name == "Lina Marlina"


def test_plain_sentence_has_no_quote(quotes_of):
    assert quotes_of("Hujan deras mengguyur Jakarta sejak pagi hingga sore hari.") == []


def test_offsets_point_into_doc_text(quotes_of, nlp):
    text = "“Kami siap membantu warga yang terdampak banjir,” kata Andi Wijaya. Menurut Andi, bantuan tiba besok pagi."
    for q in quotes_of(text):
        assert text[q.content.start : q.content.end] == q.content.text
        if q.cue:
            assert text[q.cue.start : q.cue.end] == q.cue.text
        if q.speaker and q.speaker.mention:
            assert text[q.speaker.mention.start : q.speaker.mention.end] == q.speaker.mention.text


# -- lexicons -----------------------------------------------------------


@pytest.mark.parametrize("name", ["quote_cues", "reporting_verbs", "speech_nouns", "pronouns", "speaker_groups", "quote_titles", "quote_not_names", "quote_nonperson_words", "quote_passive_cues", "quote_org_openers", "quote_jurisdiction_titles"])
def test_lexicon_has_no_duplicates(name):
    items = [i.lower() for i in ordered_list(name)]
    assert items and len(items) == len(set(items))


# -- properties ---------------------------------------------------------

_ALPHABET = st.sampled_from(list("abcdeKSTM  ,.“”\"\n") + ["kata ", "ujarnya", "Menurut ", " mengatakan ", "Budi "])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_never_fails_and_offsets_inside(nlp, text):
    doc = nlp(text)
    for q in doc._.quotes:
        assert 0 <= q.content.start <= q.content.end <= len(text)
        assert text[q.content.start : q.content.end] == q.content.text
        if q.cue:
            assert 0 <= q.cue.start <= q.cue.end <= len(text)


@given(st.text(alphabet=st.sampled_from(list('ab “”"\n.,')), max_size=80))
def test_direct_spans_inside_text(text):
    for s, e, _ in direct_spans(text):
        assert 0 <= s <= e <= len(text)


# -- entity links ------------------------------------------------------


def test_speaker_links_to_person_entity_not_overlapping_org(nlp):
    from warta.types import Entity, Span

    text = "Direktur Utama Bluebird Adrianto Djokosoetono mengatakan, kinerja perseroan tumbuh tahun ini."
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "quotes":
            break
        doc = proc(doc)
    b = text.index("Bluebird")
    a = text.index("Adrianto")
    doc._.entities = [
        Entity(id="e1", name="Bluebird", type="ORG", mentions=[Span(start=b, end=b + 8, text="Bluebird")]),
        Entity(id="e2", name="Adrianto Djokosoetono", type="PER", mentions=[Span(start=a, end=len("Adrianto Djokosoetono") + a, text="Adrianto Djokosoetono")]),
    ]
    q = find_quotes(doc)[0]
    assert q.speaker.entity == "e2"
    assert q.speaker.name == "Adrianto Djokosoetono"


def test_lead_quote_goes_to_person_introduced_next(quotes_of):
    text = (
        "Harga gula naik di banyak pasar tradisional pekan ini. "
        "”Kami kesulitan menjual gula dengan harga murah,” ujarnya. "
        "Ketua Asosiasi Pedagang Pasar Tutum Rahanta mengatakan, pedagang merugi sejak bulan lalu."
    )
    assert one(quotes_of(text), "Kami kesulitan").speaker.name == "Tutum Rahanta"


def test_clitic_keeps_current_speaker_when_next_person_was_named_before(quotes_of):
    text = (
        "Ketua Asosiasi Pedagang Pasar Tutum Rahanta hadir dalam rapat itu. "
        "Menurut Sri Wahyuni, pedagang merugi sejak bulan lalu. "
        "”Kami kesulitan menjual gula dengan harga murah,” ujarnya. "
        "Tutum Rahanta mengatakan, pedagang merugi sejak bulan lalu."
    )
    assert one(quotes_of(text), "Kami kesulitan").speaker.name == "Sri Wahyuni"


@pytest.mark.parametrize(
    "text",
    [
        "Kini, masyarakat tak perlu mengeluh akses jalan yang terhambat karena sungai.",
        "Budi Santoso menyampaikan keluhan, masukan dan permintaan ke pejabat yang hadir di lokasi.",
        "Menteri Tito Karnavian meminta Badan Informasi Geospasial untuk merevisi data wilayah.",
    ],
)
def test_non_reports(quotes_of, text):
    assert quotes_of(text) == []


# -- short names and nicknames ---------------------------------------------


@pytest.mark.parametrize(
    "text,needle,speaker",
    [
        # a clipped name: the start of one name word of the person named before
        (
            "Kepala sekolah itu, Eva Sulastriani, meninjau pasar. ”Kami akan menata ulang pasar ini,” kata Eva. "
            "Kepala Dinas Perdagangan Hariyanto Basuki ikut hadir. ”Pedagang sudah setuju,” ujar Sulas.",
            "Pedagang sudah setuju",
            "Eva Sulastriani",
        ),
        # a one-word name introduced by a title
        (
            "Kepala Dinas Pariwisata Kota Batam Marwansyahputra membuka acara di Batam. ”Wisatawan mulai kembali,” kata Marwan.",
            "Wisatawan mulai kembali",
            "Marwansyahputra",
        ),
        # a nickname from the nickname list, when the article writes the full name
        (
            "Presiden Joko Widodo meresmikan bendungan itu. Sebelumnya, Jokowi meninjau lokasi. ”Airnya untuk petani,” kata Jokowi.",
            "Airnya untuk petani",
            "Joko Widodo",
        ),
    ],
)
def test_short_name_gets_the_full_name(quotes_of, text, needle, speaker):
    assert one(quotes_of(text), needle).speaker.name == speaker


def test_nickname_kept_when_the_article_has_no_full_name(quotes_of):
    text = "Jokowi meninjau lokasi bendungan. ”Airnya untuk petani,” kata Jokowi."
    assert one(quotes_of(text), "Airnya untuk petani").speaker.name == "Jokowi"


def test_clipped_name_matching_two_people_is_left_alone(quotes_of):
    text = (
        "Dokter Rismawati Hadi dan perawat Rismanto Yusuf bertugas malam itu. "
        "”Pasien sudah stabil,” kata Risma."
    )
    assert one(quotes_of(text), "Pasien sudah stabil").speaker.name == "Risma"


def test_nickname_table_has_no_duplicates():
    from warta.lexicons import table

    keys = [row["nickname"].lower() for row in table("person_nicknames")]
    assert keys and len(keys) == len(set(keys))


def test_one_word_subject_of_a_person_named_before(quotes_of):
    # `Budiyanto` opens the sentence: still a name, since a title introduced him
    text = (
        "Kepala Subdirektorat Penegakan Hukum Budiyanto meninjau jalur sepeda. "
        "”Gunakan masker yang baik,” kata Toto Sugito, seorang pesepeda. "
        "Budiyanto menyarankan agar masyarakat tidak bersepeda seorang diri. "
        "”Kejahatan terjadi karena ada niat dan kesempatan,” tegasnya."
    )
    assert one(quotes_of(text), "Kejahatan terjadi").speaker.name == "Budiyanto"


@pytest.mark.parametrize(
    "text,needle,speaker",
    [
        # the commas of a role's enumeration do not split the speaker phrase
        (
            "Rapat itu digelar di Jakarta. ”Kegiatan massal masih dilarang,” kata Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Sutan Harahap.",
            "Kegiatan massal",
            "Sutan Harahap",
        ),
        (
            "Kepala Dinas Perindustrian, Perdagangan, Koperasi, dan Usaha Kecil Menengah Rina Siregar mengatakan, "
            "pasar akan dibuka pekan depan.",
            "pasar akan dibuka",
            "Rina Siregar",
        ),
        # an appositive that holds `dan` is still an appositive
        (
            "Secara terpisah, Yanto Pribadi, Ketua Pusat Kajian dan Advokasi Sultra, menjabarkan, kasus itu harus ditelusuri.",
            "kasus itu harus ditelusuri",
            "Yanto Pribadi",
        ),
    ],
)
def test_role_enumerations(quotes_of, text, needle, speaker):
    assert one(quotes_of(text), needle).speaker.name == speaker


def test_clitic_after_a_name_with_an_appositive(quotes_of):
    # the person opens the sentence, then a role between commas, then the verb
    text = (
        "Ketua Asosiasi Hotel Lalu Kusnawan mengatakan, dua kapal cepat sudah beroperasi. "
        "”Kami berharap wisatawan kembali,” kata Kusnawan. "
        "Abdian Saputra, koordinator kapal cepat untuk Gili, juga menyampaikan harapan serupa. "
        "”Penumpang kami mulai bertambah,” tuturnya."
    )
    assert one(quotes_of(text), "Penumpang kami").speaker.name == "Abdian Saputra"


@pytest.mark.parametrize(
    "text,needle,speaker",
    [
        # a role standing for its holder, named before with the same role
        (
            "Panglima TNI Marsekal Hadi Santoso yang dihubungi mengatakan, kapal sudah dikerahkan. "
            "”Kami kerahkan kapal survei terbaik,” kata Panglima TNI.",
            "Kami kerahkan",
            "Hadi Santoso",
        ),
        # ... or with the long form of a short role
        (
            "Kepala Dinas Penerangan TNI AL Laksamana Pertama Julius Wijaya mengatakan, kapal siap. "
            "”Ada beberapa perangkat sonar,” kata Kadispen TNI AL.",
            "Ada beberapa perangkat",
            "Julius Wijaya",
        ),
    ],
)
def test_role_standing_for_its_holder(quotes_of, text, needle, speaker):
    # the holder's name, with or without the role in front
    assert one(quotes_of(text), needle).speaker.name.endswith(speaker)


def test_description_with_its_organisation_points_back(quotes_of):
    text = (
        "Ketua MPR Bambang Sulistyo mengajak warga tetap di rumah. "
        "”Bersatu kita melawan wabah ini,” kata politisi senior Partai Golkar ini. "
        "Adapun Ketua DPR Dewi Anggraini berharap agar solidaritas sosial makin kuat. Selain itu, gotong royong juga meningkat. "
        "”Kita harus saling menolong,” kata politisi dari PDI-P ini."
    )
    assert one(quotes_of(text), "saling menolong").speaker.name == "Dewi Anggraini"


def test_name_glued_to_a_word_is_no_longer_form(quotes_of):
    # scraped text glues `Putin` to `sempat`: `Putinsempat` is no fuller name
    text = (
        "Presiden Rusia Vladimir Putinsempat bertemu Presiden Prabowo Subianto. "
        "”Kami ingin kerja sama yang erat,” kata Putin."
    )
    assert one(quotes_of(text), "kerja sama").speaker.name == "Putin"


def test_role_from_organisation_then_name(quotes_of):
    text = (
        "Secara terpisah, Pengamat politik dari Universitas Lampung Robi Santoso menilai, "
        "kemenangan itu membuat sejarah baru."
    )
    assert one(quotes_of(text), "sejarah baru").speaker.name.endswith("Robi Santoso")


def test_quote_naming_its_own_speaker_is_not_merged_into_reported_speech(quotes_of):
    text = (
        "Wali Kota Bogor Bima Arya meninjau pasar pada Senin. "
        "Menurut dia, para pedagang meminta agar pasar tetap dibuka pada malam hari dengan pengawasan ketat. "
        "”Kami tetap membuka pasar dengan syarat semua memakai masker,” kata Bima."
    )
    qs = quotes_of(text)
    direct = one(qs, "Kami tetap membuka")
    assert direct.kind == "direct"
    assert direct.speaker.name == "Bima Arya"
    assert "Kami tetap" not in one(qs, "pasar tetap dibuka").content.text


def test_misspelt_short_name_takes_the_full_name():
    from warta.components.quotes import _one_edit

    assert _one_edit("chadir", "chaidir") and _one_edit("simanjutak", "simanjuntak")
    assert not _one_edit("budi", "budi") and not _one_edit("kurniawan", "kurniawati")


# one pattern each: (text, words of the quote, speaker)
SPEAKER_CASES = {
    "clitic skips an organisation in subject position": (
        "Kepala Dinas Perhubungan Kota Medan Rudi Hartono mengatakan, jadwal bus akan diubah. "
        "PT Pertamina Patra Niaga juga mewajibkan penumpang datang empat jam sebelum keberangkatan. "
        "”Penumpang tidak perlu khawatir,” ujarnya.",
        "Penumpang tidak perlu",
        "Rudi Hartono",
    ),
    "bare name before a role apposition": (
        "Rapat itu berlangsung tertutup. Marullah Matali, Wali Kota Jakarta Selatan, yang dihubungi, "
        "juga membenarkan bahwa pemeriksaan lurah itu dilakukan pekan ini.",
        "pemeriksaan lurah",
        "Marullah Matali",
    ),
    "misspelt speaker name": (
        "Direktur Utama PD Pasar Jaya Jhonny Simanjuntak mengatakan, bantuan dikirim hari ini. "
        "”Tapi, ini bisa lentur jika bantuan pusat tidak mencukupi,” kata Simanjutak.",
        "bisa lentur",
        "Jhonny Simanjuntak",
    ),
    "uncommon sentence-initial word before the verb is a name": (
        "Ekspor rotan anjlok. Reynaldi dari PT House of Rattan mengatakan, orderan furnitur rotan anjlok hingga 20 persen.",
        "orderan furnitur",
        "Reynaldi",
    ),
    "subject with an adverb before the verb is the antecedent": (
        "Ketua panitia Yogi Irawanto mengatakan, lomba berjalan lancar. Ajang itu memberi warna baru. "
        "Gubernur Jawa Tengah Ganjar Pranowo bahkan menyatakan apresiasi khusus bagi para peserta. "
        "”Peserta lari virtual ini adalah para pemenang,” ujarnya.",
        "Peserta lari virtual",
        "Ganjar Pranowo",
    ),
    "letter after a digit and dot is no initial": (
        "Direktur Layanan Aplikasi Kementerian Komunikasi dan Informatika Bambang Dwi Anggono mengatakan, "
        "layanan publik kini digital. Ada 12.548 desa tanpa jaringan 4G. Bambang mengatakan, semua desa "
        "ditargetkan memiliki sinyal. ”Sudah masif,” kata Bambang.",
        "Sudah masif",
        "Bambang Dwi Anggono",
    ),
    "pronoun subject before the quote outweighs a new person after it": (
        "Gubernur Jawa Barat Ridwan Kamil mengapresiasi pemberian alat kesehatan itu. "
        "Dia berharap ketergantungan pada produk impor berkurang. "
        "”Jika mengandalkan sumber daya dari luar, kita akan kesulitan,” ujarnya. "
        "Wakil Ketua Komisi VII DPR Eddy Soeparno berharap peneliti terus didukung.",
        "mengandalkan sumber daya",
        "Ridwan Kamil",
    ),
    "one-word name misspelt takes the form written most": (
        "Chaidir, Kepala Badan Kepegawaian Daerah, membenarkan hal itu. Menurut Chaidir, pemeriksaan berlanjut. "
        "”Pemeriksaan dilakukan pekan ini,” kata Chaidir. ”Karena mereka penguasa daerah,” kata Chadir.",
        "penguasa daerah",
        "Chaidir",
    ),
    "heading of ordinary words is no speaker": (
        "Ketua kelompok konservasi penyu, Jumawan, mengatakan telur penyu terus dikumpulkan. "
        "Ancaman Ancaman perburuan telur penyu masih ada mengingat sebagian masyarakat menilai telur penyu berprotein tinggi. "
        "”Tingkat penetasannya masih rendah,” ujarnya.",
        "Tingkat penetasannya",
        "Jumawan",
    ),
    "person reported inside an argument is no antecedent": (
        "Menurut Irma Hidayana, pendiri Laporcovid19.org, data kematian seharusnya dibuka. "
        "Apalagi, Presiden Joko Widodo sudah menyampaikan data harus lebih terbuka. "
        "Tak diumumkannya data itu menunjukkan pemerintah masih menutupi dampak wabah. "
        "”Data ODP dan PDP meninggal menunjukkan keterbatasan pemeriksaan,” ujarnya.",
        "Data ODP",
        "Irma Hidayana",
    ),
}


@pytest.mark.parametrize("text, needle, speaker", SPEAKER_CASES.values(), ids=SPEAKER_CASES.keys())
def test_speaker_rule(quotes_of, text, needle, speaker):
    q = one(quotes_of(text), needle)
    assert q.speaker is not None and q.speaker.name == speaker
