"""Bad input fails alone, with a clear RecordError; everything else is analysed."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.config import Settings
from warta.pipeline import AnalysisError, cut_point, validate_text
from warta.readers import Record
from warta.types import Article, RecordError

PARA = "Menteri Keuangan mengatakan bahwa anggaran negara tetap aman hingga akhir tahun, kata dia di Jakarta, Senin (3/3/2025).\n"


@pytest.mark.parametrize(
    "text, kind",
    [
        ("", "empty"),
        ("   \n\t  \n", "empty"),
        (b"\x00\x01\x02\x03binary\x00\xff" * 20, "binary"),
        ("teks\x00\x01\x02\x03\x04\x05\x06\x07\x08" * 10, "binary"),
        (12345, "parse"),
        (None, "parse"),
    ],
)
def test_refused_records(pipeline, text, kind):
    (res,) = pipeline.pipe([Record(text=text, id="r1")])
    assert isinstance(res, RecordError)
    assert (res.id, res.kind) == ("r1", kind)
    assert res.message


def test_errors_keep_order_and_ids(pipeline):
    recs = [Record(text=PARA, id="a"), Record(text="", id="b"), Record(text=b"\x00" * 50, id="c"), Record(text=PARA, id="d")]
    out = list(pipeline.pipe(recs, batch_size=2))
    assert [o.id for o in out] == ["a", "b", "c", "d"]
    assert [type(o) for o in out] == [Article, RecordError, RecordError, Article]


def test_cp1252_bytes_are_decoded(pipeline):
    raw = "“Harga cabai naik,” ujar Siti, pedagang di Pasar Senen, Jakarta.".encode("cp1252")
    (art,) = pipeline.pipe([Record(text=raw, id="cp")])
    assert isinstance(art, Article)
    assert art.text.startswith("“Harga cabai naik,”")
    assert art.language == "id"


def test_five_megabyte_article_is_cut_not_refused():
    import warta

    text = PARA * (5_000_000 // len(PARA) + 1)
    assert len(text.encode("utf-8")) > 5_000_000
    pipe = warta.load(max_chars=20_000)  # keep the test fast: the cut is what is tested
    art = pipe.analyze(text, id="big")
    assert isinstance(art, Article) and art.id == "big"
    assert art.text == text  # the original is kept whole
    assert any("cut" in w for w in art.warnings)
    assert all(s.end <= 20_000 for s in art.summary)


def test_too_large_is_refused():
    import warta

    pipe = warta.load(max_bytes=10_000)
    (res,) = pipe.pipe([Record(text=PARA * 200, id="huge")])
    assert isinstance(res, RecordError) and res.kind == "too_large"


def test_too_large_counts_utf8_bytes():
    s = Settings(max_bytes=100)
    validate_text("a" * 100, s)
    with pytest.raises(AnalysisError):
        validate_text("é" * 60, s)  # 60 characters, 120 bytes


def test_non_indonesian_text_is_analysed_with_language(pipeline):
    en = "The finance minister said on Monday that the state budget will remain safe until the end of the year."
    de = "Der Finanzminister sagte am Montag, dass der Staatshaushalt bis zum Ende des Jahres sicher bleiben wird."
    a, b = pipeline.pipe([en, de])
    assert isinstance(a, Article) and a.language == "en"
    assert isinstance(b, Article) and b.language == "und"


def test_a_crashing_component_fails_only_its_record(pipeline, monkeypatch):
    import warta.pipeline as P

    real = P.doc_to_article

    def flaky(doc, cleaned, original, language):
        if "MELEDAK" in original:
            raise RuntimeError("boom")
        return real(doc, cleaned, original, language)

    monkeypatch.setattr(P, "doc_to_article", flaky)
    out = list(pipeline.pipe([PARA, "MELEDAK " + PARA, PARA]))
    assert [type(o) for o in out] == [Article, RecordError, Article]
    assert out[1].kind == "analyze" and "RuntimeError: boom" in out[1].message


def test_pipe_two_processes_same_output(pipeline):
    texts = [PARA * (i % 3 + 1) + f"Paragraf nomor {i}." for i in range(12)] + [""]
    one = [o.to_dict() if isinstance(o, Article) else o.model_dump() for o in pipeline.pipe(texts, n_process=1, batch_size=3)]
    two = [o.to_dict() if isinstance(o, Article) else o.model_dump() for o in pipeline.pipe(texts, n_process=2, batch_size=3)]
    assert one == two and len(one) == 13


@pytest.mark.parametrize("limit", [10, 50, 95])
def test_cut_point_prefers_paragraph_breaks(limit):
    body = ("kata " * 9 + "\n") * 20
    cut = cut_point(body, limit)
    assert 0 < cut <= limit
    assert body[cut] in "\n " or cut == limit


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=200), st.binary(max_size=200)))
def test_validate_text_total(value):
    try:
        text = validate_text(value, Settings())
    except AnalysisError as exc:
        assert exc.kind in {"empty", "binary", "parse", "decode", "too_large"}
    else:
        assert isinstance(text, str) and text.strip()


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=300))
def test_any_text_gives_article_or_error_with_offsets_inside(pipeline, text):
    (res,) = pipeline.pipe([text])
    assert isinstance(res, Article | RecordError)
    if isinstance(res, Article):
        n = len(res.text)
        assert res.text == text
        assert all(0 <= s.start <= s.end <= n for s in res.summary)
        assert all(0 <= r.start <= r.end <= n for r in res.removed)


def test_pipe_accepts_dicts_and_bytes(pipeline):
    out = list(pipeline.pipe([{"id": "d1", "body": PARA, "date": "2025-03-03"}, PARA.encode("utf-8"), {"title": "tanpa teks"}, 42]))
    assert isinstance(out[0], Article) and out[0].id == "d1"
    assert isinstance(out[1], Article) and out[1].text == PARA
    assert isinstance(out[2], RecordError) and out[2].kind == "parse"
    assert isinstance(out[3], RecordError) and out[3].kind == "parse"


def test_analyze_api_raises_clear_errors_and_takes_date(pipeline):
    with pytest.raises(AnalysisError) as exc:
        pipeline.analyze("   ")
    assert exc.value.kind == "empty"
    art = pipeline.analyze(PARA, date="2025-03-03", id="x")
    assert art.published == "2025-03-03" and art.id == "x"
    with pytest.raises(TypeError):
        pipeline.analyze(PARA, warna="merah")
