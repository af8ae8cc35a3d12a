"""Roles: title phrases before a person, appositions and `selaku`/`sebagai` after."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.components.entities import cluster, find_mentions
from warta.components.roles import roles_from


def roles(text: str):
    return [(r.person, r.role, r.org) for r in roles_from(text, cluster(find_mentions(text)))]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Dia bertemu Menteri Sumber Daya Alam Rusia Alexander Kozlov di sana.", ("Alexander Kozlov", "Menteri Sumber Daya Alam", "Rusia")),
        ("Pemimpin Korea Utara (Korut) Kim Jong-un tiba.", ("Kim Jong-un", "Pemimpin", "Korea Utara")),
        ("Ia berbicara dengan Presiden Vladimir Putin kemarin.", ("Vladimir Putin", "Presiden", None)),
        ("Menurut Yang Moo-jin, presiden Universitas Studi Korea Utara di Seoul, hal itu wajar.", ("Yang Moo-jin", "presiden", "Universitas Studi Korea Utara")),
        ("Kata Kapolsek Pasar Rebo AKP I Wayan Wijaya kepada wartawan.", ("I Wayan Wijaya", "Kapolsek", "Pasar Rebo")),
        ("Direktur Keuangan PT Waskita Karya Tbk Wiwi Suprihatno menjelaskan.", ("Wiwi Suprihatno", "Direktur Keuangan", "PT Waskita Karya Tbk")),
        ("Pertemuan itu dihadiri Edward Plaisted, CEO Skytrax dan tamu lain.", ("Edward Plaisted", "CEO", "Skytrax")),
        ("Rapat mengangkat Noni Purnomo sebagai Wakil Komisaris Utama perseroan.", ("Noni Purnomo", "Wakil Komisaris Utama", None)),
    ],
)
def test_roles(text, expected):
    got = roles(text)
    assert expected in got, got


def test_position_wins_over_rank():
    text = "Kepala Unit Reserse Kriminal Kepolisian Sektor Tamansari Ajun Komisaris Roland Manurung menjelaskan kronologi."
    got = roles(text)
    assert len(got) == 1
    person, role, org = got[0]
    assert person == "Roland Manurung"
    assert role.startswith("Kepala Unit")
    assert org and org.startswith("Kepolisian Sektor")


def test_list_of_people_shares_the_role():
    text = "Pemegang saham menyetujui pengangkatan Clarissa Herliani Tanoesoedibjo, Rudy Hidayat dan Jasmina Savitri Pratiwi sebagai Direktur perseroan."
    people = {p for p, r, _ in roles(text) if r == "Direktur"}
    assert people == {"Clarissa Herliani Tanoesoedibjo", "Rudy Hidayat", "Jasmina Savitri Pratiwi"}


def test_no_role_without_a_person():
    assert roles("Menteri Keuangan akan mengumumkan kebijakan baru besok.") == []


def test_role_points_to_entity_and_offsets():
    text = "Gubernur Aceh Muzakir Manaf dan Gubernur Sumut Bobby Nasution bersepakat."
    ents = cluster(find_mentions(text))
    rs = roles_from(text, ents)
    ids = {e.id: e for e in ents}
    assert {(r.person, r.role) for r in rs} == {("Muzakir Manaf", "Gubernur"), ("Bobby Nasution", "Gubernur")}
    for r in rs:
        assert ids[r.entity].name == r.person
        assert text[r.start : r.end].startswith(r.role)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(list("PresidnMtuAKabc ,.()-\n") + ["Presiden ", "Menteri ", "AKP ", ", ", " sebagai ", "Budi ", "Santoso"]), max_size=40).map("".join))
def test_any_text_gives_valid_roles(text):
    for r in roles_from(text, cluster(find_mentions(text))):
        assert 0 <= r.start <= r.end <= len(text)
        assert r.role


def test_apposition_span_covers_the_organisation():
    text = "Menurut Yang Moo-jin, presiden Universitas Studi Korea Utara di Seoul, hal itu wajar."
    r = roles_from(text, cluster(find_mentions(text)))[0]
    assert text[r.start : r.end] == "Yang Moo-jin, presiden Universitas Studi Korea Utara"


def test_components_in_the_pipeline(nlp):
    doc = nlp("Menteri Luar Negeri Retno Marsudi bertemu Presiden Joko Widodo di Jakarta. Retno lalu pulang.")
    names = {e.name: e for e in doc._.entities}
    assert names["Retno Marsudi"].type == "PER"
    assert "Retno" in names["Retno Marsudi"].aliases
    assert names["Jakarta"].type == "LOC"
    got = {(r.person, r.role) for r in doc._.roles}
    assert ("Retno Marsudi", "Menteri Luar Negeri") in got
    assert ("Joko Widodo", "Presiden") in got
    assert all(r.entity in {e.id for e in doc._.entities} for r in doc._.roles)
