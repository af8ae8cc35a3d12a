"""Gold reading, the `complete` rule, and aggregation over a gold set."""

from __future__ import annotations

import json

import pytest

from warta.eval.gold import GoldFormatError, parse_gold, read_gold
from warta.eval.pred import PredEntity, PredQuote, Prediction, empty_prediction
from warta.eval.report import build_report, flat_scores

TEXT = "“Kami siap bekerja,” kata Ani di Bandung. Budi mengatakan harga beras turun."


def gold_record(**extra) -> dict:
    rec = {
        "id": "a1",
        "source": "test",
        "outlet": "contoh.com",
        "title": "Judul",
        "date": "2025-06-10",
        "text": TEXT,
        "complete": True,
        "quotes": [
            {"content": "Kami siap bekerja", "kind": "direct", "speaker": "Ani", "cue": "kata", "start": 1, "end": 18},
            {"content": "harga beras turun", "kind": "indirect", "speaker": "Budi", "cue": "mengatakan"},
        ],
    }
    rec.update(extra)
    return rec


def test_parse_gold_reads_fields_and_remembers_which_are_present():
    g = parse_gold(gold_record(roles=[{"person": "Ani", "role": "Ketua", "affiliation": "RT 05"}]))
    assert g.complete and g.present == {"quotes", "roles"}
    assert g.quotes[1].start == TEXT.index("harga")  # located from its content
    assert g.roles[0].org == "RT 05"  # PFSA-ID's `affiliation`
    assert not g.has("entities")


def test_gold_offsets_that_disagree_with_content_are_relocated():
    rec = gold_record()
    rec["quotes"][0]["start"] += 3
    g = parse_gold(rec)
    assert TEXT[g.quotes[0].start : g.quotes[0].end] == "Kami siap bekerja"


def test_bad_gold_raises():
    with pytest.raises(GoldFormatError):
        parse_gold({"id": "x"})
    with pytest.raises(GoldFormatError):
        parse_gold(gold_record(quotes=[{"content": "tidak ada di teks"}]))


def test_record_carries_only_user_fields():
    rec = parse_gold(gold_record(url="https://contoh.com/a1")).record()
    assert (rec.id, rec.text, rec.title, rec.outlet, rec.published, rec.url) == (
        "a1", TEXT, "Judul", "contoh.com", "2025-06-10", "https://contoh.com/a1",
    )
    assert rec.author is None and rec.extra == {}


def test_read_gold_file(tmp_path):
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps(gold_record()) + "\n\n" + json.dumps(gold_record(id="a2")) + "\n", encoding="utf-8")
    assert [g.id for g in read_gold(path)] == ["a1", "a2"]
    path.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(GoldFormatError):
        read_gold(path)


def two_quote_prediction(extra: int = 0) -> Prediction:
    s = TEXT.index("Kami")
    quotes = [PredQuote(s, s + 17, "Kami siap bekerja", "direct", "Ani", "kata")]
    # false positives (unannotated statements)
    b = TEXT.index("Bandung")
    quotes += [PredQuote(b, b + 7, "Bandung", "direct", None, None)] * extra
    return Prediction(quotes=tuple(quotes))


def test_precision_only_on_complete_articles():
    complete = parse_gold(gold_record())
    partial = parse_gold(gold_record(id="a2", complete=False))
    rep = build_report("set", [(complete, two_quote_prediction(1)), (partial, two_quote_prediction(3))])
    q = rep.scores()["quotes"]
    assert q["gold"] == 4 and q["matched"] == 2
    assert q["recall"] == pytest.approx(0.5)
    assert q["pred"] == 2  # only the complete article's predictions
    assert q["precision"] == pytest.approx(0.5)
    assert q["speaker_accuracy"] == 1.0


def test_incomplete_set_has_no_precision():
    partial = parse_gold(gold_record(complete=False))
    q = build_report("set", [(partial, two_quote_prediction(5))]).scores()["quotes"]
    assert q["precision"] is None and q["f1"] is None and q["recall"] == 0.5
    assert "quotes.precision" not in flat_scores(build_report("s", [(partial, two_quote_prediction())]).scores())


def test_fields_absent_from_gold_are_not_scored_but_predicted_nothing_scores_zero():
    g = parse_gold(gold_record(entities=[{"name": "Ani", "type": "PER", "aliases": []}]))
    s = build_report("set", [(g, empty_prediction("analyze: boom"))]).scores()
    assert s["roles"] is None and s["dateline"] is None and s["boilerplate"] is None
    assert s["entities"]["recall"] == 0.0 and s["entities"]["precision"] == 0.0
    assert s["quotes"]["speaker_accuracy"] == 0.0  # nothing matched: 0, not n/a


def test_entities_by_type_and_flat_scores():
    g = parse_gold(gold_record(entities=[{"name": "Ani", "type": "PER"}, {"name": "Bandung", "type": "LOC"}]))
    pred = Prediction(entities=(PredEntity("ani", "PER"), PredEntity("Bandung", "ORG")))
    rep = build_report("set", [(g, pred)])
    e = rep.scores()["entities"]
    assert (e["matched"], e["gold"], e["pred"]) == (1, 2, 2)
    assert e["by_type"]["PER"]["f1"] == 1.0
    assert e["by_type"]["LOC"]["recall"] == 0.0
    flat = flat_scores(rep.scores())
    assert flat["entities.f1"] == pytest.approx(0.5)
    assert flat["quotes.recall"] == 0.0


def test_failed_record_counts_as_error_and_loses_its_content():
    g = parse_gold(gold_record(boilerplate=[], dateline={"outlet": None, "place": "Bandung"}))
    rep = build_report("set", [(g, empty_prediction("analyze: boom"))])
    assert rep.errors == 1
    b = rep.scores()["boilerplate"]
    assert b["content_lines_dropped"] == b["content_lines"] == 1
    assert rep.scores()["dateline"]["accuracy"] == 0.0
    assert rep.to_dict(per_article=True)["per_article"][0]["error"] == "analyze: boom"


def test_from_article_maps_the_output_contract():
    from warta.eval.pred import from_article
    from warta.types import Acronym, Article, Dateline, DateExpr, Entity, Quote, Role, Span, Speaker

    art = Article(
        id="x",
        text=TEXT,
        body=TEXT,
        dateline=Dateline(outlet=None, place="Bandung", start=0, end=7),
        quotes=[
            Quote(
                content=Span(start=1, end=18, text="Kami siap bekerja"),
                kind="direct",
                speaker=Speaker(name="Ani"),
                cue=Span(start=21, end=25, text="kata"),
            ),
            Quote(content=Span(start=42, end=60, text="x"), kind="indirect"),
        ],
        entities=[Entity(id="e1", name="Ani", type="PER", aliases=["Bu Ani"])],
        roles=[Role(person="Ani", role="Ketua RT", start=0, end=3)],
        acronyms=[
            Acronym(short="RT", long="Rukun Tetangga", start=0, end=2),
            Acronym(short="PBB", long="Perserikatan Bangsa-Bangsa", start=0, end=3, origin="lexicon"),
        ],
        dates=[DateExpr(text="Senin", value="2025-06-09", start=3, end=8)],
    )
    p = from_article(art)
    assert (p.quotes[0].speaker, p.quotes[0].cue, p.quotes[0].start) == ("Ani", "kata", 1)
    assert (p.quotes[1].speaker, p.quotes[1].cue) == (None, None)
    assert p.entities[0].aliases == ("Bu Ani",)
    assert [a.short for a in p.acronyms] == ["RT"]  # lexicon expansions are not scored
    assert (p.dates[0].start, p.dates[0].value) == (3, "2025-06-09")
    assert p.dateline.place == "Bandung" and p.body == TEXT


def test_per_article_mistakes_list_what_went_wrong():
    g = parse_gold(gold_record(entities=[{"name": "Ani", "type": "PER"}], dateline={"outlet": None, "place": "Bandung"}))
    s = TEXT.index("Kami")
    pred = Prediction(
        quotes=(PredQuote(s, s + 17, "Kami siap bekerja", "direct", "Budi", "kata"),),
        entities=(PredEntity("Bandung", "LOC"),),
    )
    m = build_report("set", [(g, pred)]).to_dict(per_article=True)["per_article"][0]["mistakes"]
    assert m["quotes"]["missed"] == ["harga beras turun [Budi]"]
    assert m["quotes"]["wrong_speaker"] == [{"quote": "Kami siap bekerja", "gold": "Ani", "pred": "Budi"}]
    assert m["entities"] == {"missed": ["PER:Ani"], "spurious": ["LOC:Bandung"]}
    assert m["dateline"] == {"gold": {"outlet": None, "place": "Bandung"}, "pred": None}
