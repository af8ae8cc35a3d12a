"""The terminal view renders every field that is present, at the right offsets."""

from __future__ import annotations

from rich.console import Console

from warta.pretty import LEGEND, STYLES, highlight_spans, highlighted_text, render
from warta.types import Acronym, Article, DateExpr, Dateline, Entity, Quote, Removed, Role, Source, Span, Speaker

TEXT = (
    "Kabarkota.id, BEKASI - Banjir merendam Bekasi, Senin (3/3/2025).\n"
    "ADVERTISEMENT\n"
    "\"Kami siap,\" kata Hendra Wijaya, Kepala BPBD Kota Bekasi.\n"
)


def _span(sub: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(sub, start + 1)
    return Span(start=start, end=start + len(sub), text=sub)


def _article() -> Article:
    hendra, bekasi, date, quote, cue = _span("Hendra Wijaya"), _span("Bekasi", 1), _span("Senin (3/3/2025)"), _span("Kami siap,"), _span("kata")
    ad = _span("ADVERTISEMENT\n")
    return Article(
        id="t1",
        title="Banjir Bekasi",
        language="id",
        text=TEXT,
        body=TEXT.replace("ADVERTISEMENT\n", ""),
        dateline=Dateline(outlet="Kabarkota.id", place="Bekasi", start=0, end=22),
        removed=[Removed(start=ad.start, end=ad.end, reason="boilerplate")],
        entities=[
            Entity(id="e1", name="Hendra Wijaya", type="PER", mentions=[hendra]),
            Entity(id="e2", name="Bekasi", type="LOC", mentions=[bekasi]),
            Entity(id="e3", name="Badan Penanggulangan Bencana Daerah", type="ORG", aliases=["BPBD"], mentions=[_span("BPBD")]),
        ],
        roles=[Role(person="Hendra Wijaya", role="Kepala BPBD", org="Kota Bekasi", start=hendra.start, end=hendra.end + 30)],
        acronyms=[Acronym(short="BPBD", long="Badan Penanggulangan Bencana Daerah", start=0, end=4, origin="lexicon")],
        dates=[DateExpr(text=date.text, value="2025-03-03", start=date.start, end=date.end)],
        quotes=[Quote(content=quote, kind="direct", speaker=Speaker(name="Hendra Wijaya", entity="e1", mention=hendra), cue=cue, via=["Antara"])],
        sources=[Source(name="Antara", kind="agency", relation="cited_from", start=0, end=4)],
        warnings=["body cut for analysis"],
    )


def _plain(renderable) -> str:
    console = Console(record=True, width=140, color_system=None)
    console.print(renderable)
    return console.export_text()


def test_render_shows_every_table():
    out = _plain(render(_article()))
    for needle in ("Quotes (1)", "Entities (3)", "Roles", "Dates", "Acronyms", "Sources", "Legend", "2025-03-03", "Kepala BPBD", "cited_from", "lexicon", "body cut", "Kabarkota.id, Bekasi"):
        assert needle in out, needle


def test_highlights_sit_on_their_text():
    art = _article()
    for start, end, layer in highlight_spans(art):
        assert layer in STYLES
        assert 0 <= start <= end <= len(art.text)
    layers = {layer: art.text[s:e] for s, e, layer in highlight_spans(art)}
    assert layers["speaker"] == "Hendra Wijaya" and layers["cue"] == "kata" and layers["date"] == "Senin (3/3/2025)"
    text = highlighted_text(art)
    styled = {(s.start, s.end): str(s.style) for s in text.spans}
    q = art.quotes[0].content
    assert styled[(q.start, q.end)] == STYLES["quote.direct"]


def test_speaker_drawn_over_entity():
    spans = highlight_spans(_article())
    order = [layer for _, _, layer in spans]
    assert order.index("entity.PER") < order.index("speaker")
    assert order.index("removed") == 0


def test_empty_article_and_long_text():
    out = _plain(render(Article(id="kosong", text="Teks pendek.")))
    assert "No quotes" in out
    long = Article(id="panjang", text="kata " * 10_000)
    assert "more characters not shown" in highlighted_text(long, max_chars=1000).plain


def test_legend_covers_every_style():
    assert {layer for layer, _ in LEGEND} == set(STYLES)
