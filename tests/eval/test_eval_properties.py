"""Property tests: the gold reader and the scorers take outside input (gold
files, whatever the pipeline predicts) and must never raise, and their counts
must stay consistent."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from warta.eval.gold import GoldDate, GoldFormatError, GoldQuote, parse_gold
from warta.eval.pred import PredDate, PredQuote
from warta.eval.score import core_name, same_person, score_boilerplate, score_dates, score_quotes

texts = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=200)
names = st.text(alphabet=st.sampled_from(list("abcdeDr. ’-,HPresidnKomsaj ")), max_size=30)


@st.composite
def text_and_spans(draw, max_spans: int = 6):
    text = draw(texts)
    n = len(text)
    spans = draw(
        st.lists(st.tuples(st.integers(-5, n + 5), st.integers(-5, n + 5)), max_size=max_spans)
    )
    return text, spans


@settings(max_examples=150, deadline=None)
@given(text_and_spans(), text_and_spans(), names, names)
def test_quote_scoring_never_raises_and_is_one_to_one(g, p, gname, pname):
    text, gspans = g
    _, pspans = p
    n = len(text)
    gold = [GoldQuote(max(0, min(s, n)), max(0, min(max(s, e), n)), "", "direct", gname, "kata") for s, e in gspans]
    pred = [PredQuote(s, e, "", "direct", pname, None) for s, e in pspans]
    s = score_quotes(gold, pred, text)
    assert 0 <= s.matched <= min(len(gold), len(pred))
    assert len({gi for gi, _ in s.pairs}) == len({pi for _, pi in s.pairs}) == s.matched
    assert 0 <= s.speaker_correct <= s.matched


@settings(max_examples=150, deadline=None)
@given(names)
def test_a_name_names_itself(name):
    if core_name(name):
        assert same_person(name, name)
    else:
        assert not same_person(name, name)


@settings(max_examples=100, deadline=None)
@given(texts, st.lists(texts, max_size=5), texts)
def test_boilerplate_scoring_never_raises(text, boilerplate, body):
    s = score_boilerplate(text, boilerplate, body)
    assert 0 <= s.removed <= s.lines <= len(boilerplate)
    assert 0 <= s.content_dropped <= s.content_lines


@settings(max_examples=100, deadline=None)
@given(text_and_spans(), st.lists(st.tuples(texts, st.sampled_from(["2025-06-10", "2025-06-09", None])), max_size=4))
def test_date_scoring_never_raises(tp, golds):
    text, spans = tp
    gold = [GoldDate(t, v) for t, v in golds]
    pred = [PredDate(text[max(0, s) : max(0, e)], "2025-06-10", s, e) for s, e in spans]
    s = score_dates(gold, pred, text)
    assert 0 <= s.matched <= min(s.gold, s.pred)


@settings(max_examples=100, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(["id", "text", "complete", "quotes", "entities", "roles", "dates", "dateline", "boilerplate"]),
        st.one_of(st.none(), texts, st.booleans(), st.lists(st.dictionaries(st.sampled_from(["content", "start", "end", "name", "type", "person", "role", "text", "value"]), st.one_of(texts, st.integers(-3, 300))), max_size=3)),
    )
)
def test_gold_reader_raises_only_its_own_error(data):
    try:
        g = parse_gold(data)
    except GoldFormatError:
        return
    except (KeyError, TypeError, AttributeError, ValueError) as exc:  # pragma: no cover
        raise AssertionError(f"gold reader leaked {type(exc).__name__}: {exc}") from exc
    for q in g.quotes:
        assert 0 <= q.start <= q.end <= len(g.text)
