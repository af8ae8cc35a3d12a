import warta
from warta.types import Article


def test_analyze_returns_article():
    art = warta.analyze("Presiden Joko Widodo mengatakan hal itu di Jakarta, Senin (12/6/2023).", published="2023-06-13")
    assert isinstance(art, Article)
    assert art.published == "2023-06-13"
    assert art.text.startswith("Presiden")


def test_pipe_keeps_order_and_isolates_errors(pipeline):
    from warta.types import RecordError

    out = list(pipeline.pipe(["Satu dua tiga.", "", "Empat lima enam."]))
    assert [type(o) for o in out] == [Article, RecordError, Article]
    assert out[1].kind == "empty"
