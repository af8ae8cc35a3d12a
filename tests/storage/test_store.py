"""The same tests on SQLite and on a real PostgreSQL server (`store` fixture)."""

from __future__ import annotations

import threading

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from warta.storage import StoreError, open_store
from warta.storage.base import QueryError

from _storage_factory import T1, corpus, make_article


@pytest.fixture
def filled(store):
    store.add_many(corpus())
    store.resolve()
    return store


def test_schema_is_versioned(store_url):
    s = open_store(store_url)
    assert s.schema_version() == 1
    s.close()
    s = open_store(store_url)  # reopening applies nothing twice
    assert s.schema_version() == 1
    assert s._q("SELECT COUNT(*) FROM schema_version")[0][0] == 1
    s.close()


def test_add_is_idempotent(store):
    arts = corpus()
    res = store.add_many(arts)
    assert [r.status for r in res] == ["added"] * len(arts)
    store.resolve()
    before = store.counts()
    assert before["articles"] == len(arts)
    assert before["quotes"] == sum(len(a.quotes) for a in arts)
    res = store.add_many(corpus())
    assert {r.status for r in res} == {"exists"}
    store.resolve()
    assert store.counts() == before
    assert store.has(id="a1") and store.has(url="https://tempo.co/read/a4") and not store.has(id="zz")


def test_syndicated_copy_is_kept_and_linked(store):
    store.add(make_article("orig", T1, outlet="detik.com"))
    # the same text, other whitespace and quote marks, on another outlet
    copy = make_article("copy", T1.replace(" ", "  ").replace('"', "“"), outlet="cnbc.com")
    res = store.add(copy)
    assert res.status == "copy" and res.linked_to == "orig"
    assert store.counts()["articles"] == 2
    assert store._q("SELECT article_id, linked_id, relation FROM article_links") == [("copy", "orig", "copy_of")]
    assert store.add(copy).status == "exists"


def test_add_many_is_atomic(store):
    arts = corpus()[:3] + ["not an article"]
    with pytest.raises(TypeError):
        store.add_many(arts)
    assert store.counts()["articles"] == 0
    assert store.counts()["mentions"] == 0


@pytest.mark.parametrize("name", ["Prabowo", "Prabowo Subianto", "Presiden Prabowo Subianto", "prabowo subianto",
                                  "PRESIDEN PRABOWO"])
def test_quotes_by_speaker_any_alias(filled, name):
    got = filled.quotes(speaker=name)
    assert sorted(q["article_id"] for q in got) == ["a1", "a2", "a7"]
    assert {q["speaker_canonical"] for q in got} == {"Prabowo Subianto"}
    # newest first
    assert [q["date"] for q in got] == sorted((q["date"] for q in got), reverse=True)


def test_same_first_name_stays_apart(filled):
    health = filled.quotes(speaker="Budi Gunadi Sadikin")
    coop = filled.quotes(speaker="Budi Arie Setiadi")
    assert sorted(q["article_id"] for q in health) == ["a3", "a5"]  # a5's "Budi" is the health minister
    assert [q["article_id"] for q in coop] == ["a4"]


def test_quote_filters(filled):
    assert [q["article_id"] for q in filled.quotes(outlet="tempo.co")] == ["a4"]
    got = filled.quotes(date_from="2025-10-10", date_to="2025-10-16")
    assert sorted(q["article_id"] for q in got) == ["a3", "a4"]
    got = filled.quotes(speaker="Prabowo", date_from="2025-10-07")
    assert sorted(q["article_id"] for q in got) == ["a2", "a7"]
    got = filled.quotes(text="beras")
    assert [q["article_id"] for q in got] == ["a7"]
    got = filled.quotes(about="Kemenkeu")
    assert [q["content"] for q in got] == ["Kementerian Keuangan (Kemenkeu) sudah menyiapkan kajian"]
    assert filled.quotes(speaker="Nobody Here") == []
    assert len(filled.quotes(limit=2)) == 2
    with pytest.raises(QueryError):
        filled.quotes(date_from="kemarin")
    with pytest.raises(QueryError):
        filled.quotes(limit=0)


def test_entity_profile(filled):
    p = filled.entity("Prabowo")
    assert p["name"] == "Prabowo Subianto" and p["type"] == "PER"
    assert {"Prabowo", "Prabowo Subianto", "Presiden Prabowo Subianto"} <= set(p["aliases"])
    assert p["articles"] == 3 and p["quotes_by"] == 3
    assert p["first_seen"] == "2025-10-06" and p["last_seen"] == "2025-10-21"
    role = [r for r in p["roles"] if r["role"].lower() == "presiden"][0]
    assert (role["first_seen"], role["last_seen"], role["articles"]) == ("2025-10-06", "2025-10-21", 2)
    assert {o["outlet"] for o in p["outlets"]} == {"detik.com", "kompas.com", "liputan6.com"}
    co = {c["name"]: c["articles"] for c in p["co_occurring"]}
    assert co["Jakarta"] == 2
    k = filled.entity("Kemenkeu")
    assert k["name"] == "Kementerian Keuangan" and k["quotes_about"] == 1
    assert filled.entity("Tidak Ada") is None


def test_entities_and_outlets_citing(filled):
    names = [e["name"] for e in filled.entities("budi")]
    assert set(names) == {"Budi Gunadi Sadikin", "Budi Arie Setiadi"}
    assert filled.entities(type="LOC", limit=1)[0]["name"] == "Jakarta"
    assert filled.outlets_citing("KCNA") == [{"outlet": "bisnis.com", "count": 2}]


def test_full_text_search(filled):
    hits = filled.search("tarif")
    assert {h["article_id"] for h in hits} == {"a1", "a2"}
    assert [h["article_id"] for h in filled.search('"harga beras"')] == ["a7"]
    assert {h["article_id"] for h in filled.search("beras OR koperasi")} == {"a4", "a7"}
    assert {h["article_id"] for h in filled.search("tarif -defisit")} == {"a1"}
    assert filled.search("kémenkes") and filled.search("KEMENKES")  # case and accents ignored


HOSTILE = ["'", '"', "%", "_", "100%", "a' OR '1'='1", "'; DROP TABLE articles; --", "NEAR(a b)", "tarif*",
           "^tarif", "col:tarif", "AND OR NOT", "(", ")", "\\", "\x00", "☃", "SELECT * FROM quotes", "-", "--",
           '"unbalanced', "tarif AND", "OR", ""]


@pytest.mark.parametrize("q", HOSTILE)
def test_hostile_queries_never_crash(filled, q):
    assert isinstance(filled.search(q), list)
    assert isinstance(filled.quotes(text=q), list)
    assert isinstance(filled.quotes(speaker=q), list)
    assert isinstance(filled.entities(q), list)
    assert filled.entity(q) is None or isinstance(filled.entity(q), dict)
    assert isinstance(filled.outlets_citing(q), list)
    assert filled.counts()["articles"] == 7  # nothing dropped


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(q=st.text(max_size=40))
def test_any_query_returns_a_list(filled, q):
    assert isinstance(filled.search(q), list)
    assert isinstance(filled.quotes(speaker=q, text=q), list)
    assert isinstance(filled.entities(q), list)


def test_concurrent_reader_while_writing(store_url):
    writer = open_store(store_url)
    arts = [make_article(f"c{i}", T1 + f" Berita ke-{i}.", entities=[("p", "Prabowo Subianto", "PER", [], ["Prabowo"])],
                         quotes=[("tarif impor baja", "Prabowo", "p", None, "indirect")]) for i in range(40)]
    errors: list[Exception] = []
    seen: list[int] = []

    def read() -> None:
        try:
            r = open_store(store_url, readonly=True)
            for _ in range(30):
                c = r.counts()
                n = c["articles"]
                # every visible article is whole: its quotes and mentions are there too
                assert c["quotes"] == n and c["mentions"] == 2 * n
                r.search("tarif")
                seen.append(n)
            r.close()
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)

    t = threading.Thread(target=read)
    t.start()
    for i in range(0, 40, 5):
        writer.add_many(arts[i:i + 5])
    t.join()
    writer.close()
    assert not errors, errors
    assert seen == sorted(seen)


def test_bad_store_urls(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="not a usable warta database"):
        open_store(str(junk))
    import sqlite3

    foreign = tmp_path / "foreign.db"
    c = sqlite3.connect(foreign)
    c.execute("CREATE TABLE users (name TEXT)")
    c.commit()
    c.close()
    with pytest.raises(StoreError, match="not a warta store"):
        open_store(str(foreign))
    with pytest.raises(StoreError, match="scheme"):
        open_store("mysql://x/y")
    with pytest.raises(StoreError, match="directory"):
        open_store(str(tmp_path))
    with pytest.raises(StoreError, match="does not exist"):
        open_store(str(tmp_path / "missing.db"), readonly=True)
    with pytest.raises(StoreError, match="cannot connect"):
        open_store("postgresql://nobody@127.0.0.1:1/none")


def test_foreign_postgres_database(pg_url):
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as c:
        c.execute("CREATE TABLE users (name TEXT)")
    with pytest.raises(StoreError, match="not a warta store"):
        open_store(pg_url)


def test_sqlite_url_forms(tmp_path):
    p = tmp_path / "x.db"
    s = open_store(f"sqlite:///{p}")
    s.add(corpus()[0])
    s.close()
    with open_store(str(p), readonly=True) as r:
        assert r.counts()["articles"] == 1


def test_newer_schema_is_refused(store_url):
    s = open_store(store_url)
    s._begin()
    s._x("INSERT INTO schema_version (version, name) VALUES (?, ?)", (99, "9999_future.sql"))
    s._commit()
    s.close()
    with pytest.raises(StoreError, match="newer"):
        open_store(store_url)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.text(min_size=1, max_size=200), title=st.one_of(st.none(), st.text(max_size=40)),
       name=st.text(min_size=1, max_size=20))
def test_any_text_can_be_stored_and_found(store, body, title, name):
    from warta.types import Article, Entity, Quote, Span, Speaker

    aid = f"h{abs(hash((body, title, name)))}"
    a = Article(id=aid, url=None, title=title, body=body, text=body,
                entities=[Entity(id="e", name=name, type="PER", mentions=[Span(start=0, end=len(body), text=body)])],
                quotes=[Quote(content=Span(start=0, end=len(body), text=body), kind="direct",
                              speaker=Speaker(name=name, entity="e"))])
    res = store.add(a)
    assert res.status in ("added", "copy", "exists")
    assert store.has(id=aid)
    assert isinstance(store.quotes(speaker=name), list)
    assert isinstance(store.search(body), list)


def test_control_characters_are_stored(store):
    body = "Harga\x00 beras \x01naik\u2028 ke Rp15.000 \ud800"
    a = make_article("nul", "Harga beras naik", entities=[("e", "Prabowo", "PER", [], None)])
    a = a.model_copy(update={"body": body, "text": body, "title": "judul\x00"})
    assert store.add(a).status == "added"
    assert store.has(id="nul")
    assert isinstance(store.search("beras"), list)


def test_undated_quotes_come_last(store):
    arts = corpus()
    undated = make_article("u1", arts[6].body, url="https://x/undated", published=None,
                           entities=[("p", "Prabowo", "PER", [], ["Prabowo"])],
                           quotes=[("Stok beras aman 100% sampai akhir tahun,", "Prabowo", "p", "ujar", "direct")])
    store.add_many(arts + [undated])
    store.resolve()
    got = store.quotes(speaker="Prabowo")
    assert got[-1]["article_id"] == "u1" and got[0]["date"] == "2025-10-21"
