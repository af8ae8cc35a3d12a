"""Readers: every input kind, ids, encodings, and failures that stay local."""

from __future__ import annotations

import gzip
import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.readers import (
    ReadError,
    Record,
    decode_bytes,
    iter_files,
    outlet_from_url,
    parse_csv_map,
    read_csv_text,
    read_jsonl_lines,
    read_sources,
    read_stdin,
    sniff_format,
    stable_id,
)
from warta.types import RecordError

TEXT = "Presiden Prabowo Subianto mengatakan inflasi terkendali, Selasa (21/10/2025)."


def _records(items):
    return [r for r in items if isinstance(r, Record)]


def _errors(items):
    return [r for r in items if isinstance(r, RecordError)]


def test_txt_file_is_one_record(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(TEXT + "\n", encoding="utf-8")
    (rec,) = read_sources([p])
    assert rec.text == TEXT + "\n"
    assert rec.source == str(p)
    assert rec.ensure_id() == stable_id(TEXT + "\n")


def test_jsonl_fields_and_ids(tmp_path):
    p = tmp_path / "a.jsonl"
    lines = [
        {"id": "x1", "text": TEXT, "url": "https://news.detik.com/a", "title": "Inflasi", "date": "2025-10-21", "author": "Rina"},
        {"body": "Isi berita kedua.", "outlet": "kompas.com", "date_raw": "Diperbarui 18 Jun 2025, 14:05 WIB"},
        {"id": 7, "html": "<html><body><article><p>Isi berita dari HTML yang cukup panjang di sini.</p></article></body></html>"},
    ]
    p.write_text("\n".join(json.dumps(d) for d in lines) + "\n\n", encoding="utf-8")
    a, b, c = read_sources([p])
    assert (a.id, a.text, a.url, a.title, a.published, a.author, a.outlet) == ("x1", TEXT, "https://news.detik.com/a", "Inflasi", "2025-10-21", "Rina", "detik.com")
    assert b.text == "Isi berita kedua." and b.outlet == "kompas.com" and b.published.startswith("Diperbarui")
    assert b.id is None and b.source == f"{p}:2"
    assert c.id == "7" and "Isi berita dari HTML" in c.text


def test_jsonl_bad_lines_fail_alone(tmp_path):
    p = tmp_path / "a.jsonl"
    p.write_text('{"text": "satu"}\nbukan json\n[1, 2]\n{"title": "tanpa teks"}\n{"text": "lima"}\n', encoding="utf-8")
    out = list(read_sources([p]))
    assert [type(r).__name__ for r in out] == ["Record", "RecordError", "RecordError", "RecordError", "Record"]
    assert out[1].kind == "parse" and out[1].source == f"{p}:2" and "not JSON" in out[1].message
    assert "no text field" in out[3].message
    assert out[4].text == "lima"


def test_json_list(tmp_path):
    p = tmp_path / "a.json"
    p.write_text(json.dumps([{"text": "satu"}, {"text": "dua"}]), encoding="utf-8")
    assert [r.text for r in read_sources([p])] == ["satu", "dua"]


DETIK_CSV = (
    "id,judul,tautan,tanggal,isi_berita,Summary\n"
    '1,"Judul, satu",https://news.detik.com/berita/d-1/a,10/21/2025 20:43,"Paragraf satu.\n""Kutipan,"" ujar Budi.",ringkas\n'
    "2,Judul dua,https://www.detik.com/sumut/d-2/b,10/20/2025 21:36,Isi kedua.,ringkas\n"
)


def test_csv_detik_columns_auto():
    recs = list(read_csv_text(DETIK_CSV, "d.csv"))
    assert [r.id for r in recs] == ["1", "2"]
    assert recs[0].title == "Judul, satu"
    assert recs[0].text == 'Paragraf satu.\n"Kutipan," ujar Budi.'
    assert recs[0].url == "https://news.detik.com/berita/d-1/a"
    assert recs[0].published == "10/21/2025 20:43"
    assert recs[0].outlet == "detik.com"
    assert recs[1].source == "d.csv:row 3"  # rows count records (header = row 1), not lines


def test_csv_mapping_overrides():
    text = "kode,naskah,kepala\nA,Isi berita,Judul\n"
    (err,) = read_csv_text(text, "x.csv")  # no known text column: the file fails
    assert err.kind == "parse" and "--csv-map" in err.message
    (rec,) = read_csv_text(text, "x.csv", parse_csv_map("text=naskah,title=KEPALA,id=kode"))
    assert (rec.text, rec.title, rec.id) == ("Isi berita", "Judul", "A")


def test_csv_missing_columns():
    (err,) = read_csv_text("a,b\n1,2\n", "x.csv", {"text": "isi"})
    assert err.kind == "parse" and "'isi'" in err.message
    out = list(read_csv_text("id,judul,isi_berita\n1,Judul\n2,Judul dua,Isi\n", "y.csv"))
    assert isinstance(out[0], RecordError) and out[0].id == "1" and "columns" in out[0].message
    assert isinstance(out[1], Record) and out[1].text == "Isi"


def test_parse_csv_map():
    assert parse_csv_map("text=isi_berita,title=judul,url=tautan,date=tanggal") == {
        "text": "isi_berita",
        "title": "judul",
        "url": "tautan",
        "published": "tanggal",
    }
    assert parse_csv_map(["text = isi", "id=kode"]) == {"text": "isi", "id": "kode"}
    for bad in ("text", "warna=merah", "=x"):
        with pytest.raises(ValueError):
            parse_csv_map(bad)


def test_directory_recursive_sorted(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("dua", encoding="utf-8")
    (tmp_path / "1.txt").write_text("satu", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text("x", encoding="utf-8")
    (tmp_path / "README.md").write_text("# bukan artikel", encoding="utf-8")
    (tmp_path / "gambar.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    with gzip.open(tmp_path / "b" / "3.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write('{"text": "tiga"}\n')
    assert [p.name for p in iter_files(tmp_path)] == ["1.txt", "2.txt", "3.jsonl.gz"]
    assert [r.text for r in read_sources([tmp_path])] == ["satu", "dua", "tiga"]


def test_gz_txt_and_csv(tmp_path):
    p = tmp_path / "a.txt.gz"
    p.write_bytes(gzip.compress(TEXT.encode("utf-8")))
    q = tmp_path / "d.csv.gz"
    q.write_bytes(gzip.compress(DETIK_CSV.encode("utf-8")))
    assert [r.text for r in read_sources([p])] == [TEXT]
    assert len(_records(read_sources([q]))) == 2


def test_broken_gz_is_a_read_error(tmp_path):
    p = tmp_path / "a.txt.gz"
    p.write_bytes(b"\x1f\x8b\x08\x00garbage")
    (err,) = read_sources([p])
    assert err.kind == "read"


def test_missing_file(tmp_path):
    out = list(read_sources([tmp_path / "tidak-ada.txt", tmp_path]))
    assert len(out) == 1 and out[0].kind == "read"


@pytest.mark.parametrize(
    "data, text, encoding",
    [
        ("Wakil Presiden tiba di Jakarta.".encode("utf-8"), "Wakil Presiden tiba di Jakarta.", "utf-8"),
        ("\ufeffCafé “ramai”".encode("utf-8"), "Café “ramai”", "utf-8-sig"),
        ("“Kami siap,” kata Menteri – Jakarta".encode("cp1252"), "“Kami siap,” kata Menteri – Jakarta", "cp1252"),
        ("Gubernur \x81 tiba".encode("latin-1"), "Gubernur \x81 tiba", "latin-1"),
        ("Rapat umum".encode("utf-16"), "Rapat umum", "utf-16"),
    ],
)
def test_decode_bytes(data, text, encoding):
    assert decode_bytes(data) == (text, encoding)


def test_binary_is_refused(tmp_path):
    with pytest.raises(ReadError) as exc:
        decode_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00" + bytes(range(256)))
    assert exc.value.kind == "binary"
    p = tmp_path / "x.txt"
    p.write_bytes(bytes(range(256)) * 4)
    (err,) = read_sources([p])
    assert err.kind == "binary"


def test_cp1252_file(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("“Harga naik,” ujar pedagang di Pasar Senen.".encode("cp1252"))
    (rec,) = read_sources([p])
    assert rec.text == "“Harga naik,” ujar pedagang di Pasar Senen."


def test_html_file_and_html_without_body(tmp_path):
    page = tmp_path / "a.html"
    page.write_text(
        "<html><head><title>Banjir Bekasi</title><meta property='article:published_time' content='2025-03-04T10:00:00+07:00'>"
        "<link rel='canonical' href='https://www.kabarkota.co.id/banjir'></head><body><nav>Beranda</nav><article><h1>Banjir Bekasi</h1>"
        "<p>BEKASI - Banjir merendam ribuan rumah di Bekasi pada Senin (3/3/2025) pagi setelah hujan deras.</p>"
        "<p>“Air naik cepat sekali,” kata Sutrisno, warga Jatiasih, kepada wartawan.</p></article></body></html>",
        encoding="utf-8",
    )
    empty = tmp_path / "b.htm"
    empty.write_text("<html><head><title>Kosong</title></head><body></body></html>", encoding="utf-8")
    rec, err = read_sources([page, empty])
    assert rec.text.startswith("BEKASI - Banjir")  # the repeated headline is dropped
    assert rec.title == "Banjir Bekasi" and rec.published == "2025-03-04"
    assert rec.url == "https://www.kabarkota.co.id/banjir" and rec.outlet in {"kabarkota.co.id", "Kabarkota"}
    assert err.kind == "empty" and err.source == str(empty)


@pytest.mark.parametrize(
    "text, fmt",
    [('{"text": "a"}\n{"text": "b"}', "jsonl"), ('[{"text": "a"}]', "json"), ("<!DOCTYPE html><html></html>", "html"), ("Jakarta - Berita", "txt")],
)
def test_sniff(text, fmt):
    assert sniff_format(text) == fmt


def test_stdin_jsonl_and_text():
    recs = list(read_stdin(io.BytesIO(b'{"id": "s1", "text": "satu"}\n{"text": "dua"}\n')))
    assert [(r.id, r.text) for r in recs] == [("s1", "satu"), (None, "dua")]
    (rec,) = read_stdin(io.BytesIO(gzip.compress("Berita biasa.".encode("cp1252"))))
    assert rec.text == "Berita biasa." and rec.source == "<stdin>"


@pytest.mark.parametrize(
    "url, outlet",
    [
        ("https://news.detik.com/berita/d-1/a", "detik.com"),
        ("https://www.antaranews.co.id/x", "antaranews.co.id"),
        ("http://kompas.com", "kompas.com"),
        ("https://10.0.0.1/x", None),
        ("bukan url", None),
        (None, None),
    ],
)
def test_outlet_from_url(url, outlet):
    assert outlet_from_url(url) == outlet


def test_stable_id_is_stable():
    assert stable_id("teks", "https://a.id/x") == stable_id("teks lain", "https://a.id/x")
    assert stable_id("teks") == stable_id("teks") != stable_id("teks!")
    assert len(stable_id("teks")) == 12


# -- properties: outside input never raises, sources are always named --------
@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400))
def test_decode_bytes_total(data):
    try:
        text, _ = decode_bytes(data)
    except ReadError as exc:
        assert exc.kind in {"binary", "decode"}
    else:
        assert isinstance(text, str)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.binary(max_size=80), max_size=6))
def test_jsonl_reader_total(lines):
    out = list(read_jsonl_lines(enumerate(lines, 1), "p.jsonl"))
    assert all(isinstance(r, Record | RecordError) for r in out)
    assert all(r.source and r.source.startswith("p.jsonl:") for r in out)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(list('ab,"\n\r\x00é;') + ["isi_berita", "judul", "id"]), max_size=60))
def test_csv_reader_total(pieces):
    out = list(read_csv_text("".join(pieces), "p.csv"))
    assert all(isinstance(r, Record | RecordError) for r in out)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(list("<>/ =\"'abp\n") + ["<html>", "<body>", "<p>", "</p>", "<article>", "<script>", "<!--", "Berita "]), max_size=60))
def test_html_reader_total(pieces):
    from warta.readers import read_text_as

    out = list(read_text_as("html", "".join(pieces), "p.html"))
    assert len(out) == 1 and isinstance(out[0], Record | RecordError)
