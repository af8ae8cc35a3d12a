"""Sources and channels, and the `via` they give quotes."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st


@pytest.fixture(scope="module")
def analyse(nlp):
    def run(text: str):
        doc = nlp(text)
        return doc._.sources, doc._.quotes

    return run


@pytest.mark.parametrize(
    "text,name,kind,relation",
    [
        ("Dilansir dari Channel News Asia, presiden tiba di Moskow pada Selasa.", "Channel News Asia", "media", "cited_from"),
        ("Media pemerintah KCNA melaporkan kunjungan itu pada Rabu.", "KCNA", "agency", "reported_by"),
        ("Hal itu disampaikan Andi saat berbicara kepada AFP di Seoul.", "AFP", "agency", "told_to"),
        ("Rencana itu, seperti dikutip dari Reuters, akan diumumkan pekan depan.", "Reuters", "agency", "cited_from"),
        ("Harga minyak turun tajam, mengutip Bloomberg, setelah pengumuman itu.", "Bloomberg", "media", "cited_from"),
    ],
)
def test_channel_phrases(analyse, text, name, kind, relation):
    sources, _ = analyse(text)
    hits = [s for s in sources if s.name == name]
    assert hits, [s.name for s in sources]
    assert hits[0].kind == kind and hits[0].relation == relation
    assert text[hits[0].start : hits[0].end].lower().startswith(name.lower()[:3])


def test_quote_gets_via(analyse):
    text = "“Kami tidak akan mundur dari perundingan ini,” kata Menteri Luar Negeri Park Jin kepada AFP."
    sources, quotes = analyse(text)
    assert quotes and quotes[0].via == ["AFP"]
    afp = [s for s in sources if s.name == "AFP"][0]
    assert afp.quotes == [0]


def test_agency_speaker_is_a_source(analyse):
    text = "Kunjungan itu bertujuan mempererat kerja sama kedua negara, kata KCNA."
    sources, quotes = analyse(text)
    assert quotes[0].speaker.name == "KCNA"
    assert any(s.name == "KCNA" and s.relation == "reported_by" and s.quotes == [0] for s in sources)


def test_told_to_reporters_is_a_group_not_via(analyse):
    text = "Budi Santoso mengatakan kepada wartawan bahwa ia akan segera kembali ke Jakarta."
    sources, quotes = analyse(text)
    assert any(s.name == "wartawan" and s.kind == "group" and s.relation == "told_to" for s in sources)
    assert quotes and quotes[0].via == []


def test_kepada_without_reporting_word_is_no_source(analyse):
    sources, _ = analyse("Bantuan itu diserahkan kepada AFP dan warga sekitar.")
    assert sources == []


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(["dilansir dari ", "kepada ", "AFP", "Reuters ", "kata ", "“", "”", "x ", ", ", ".", "\n", "KCNA melaporkan "]), max_size=40).map("".join))
def test_sources_never_fail(nlp, text):
    doc = nlp(text)
    for s in doc._.sources:
        assert 0 <= s.start <= s.end <= len(text)
        assert all(0 <= i < len(doc._.quotes) for i in s.quotes)
