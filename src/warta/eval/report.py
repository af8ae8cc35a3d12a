"""Add per-article scores up over a gold set (micro averages).

`complete` rule (FORMAT.md): on an article whose gold is not complete only
recall-type scores count (gold items found, speaker accuracy, ...); its
predictions are not counted against precision, since an unannotated
prediction may be right. Precision is therefore None for a set with no
complete article, and printed as n/a.

A field is scored only on articles whose gold record has it (PFSA-ID has no
entities or datelines); a field the product predicts nothing for still gets
its scores (0), so progress is visible.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable

from .gold import GoldArticle
from .pred import Prediction
from .score import (
    ENTITY_TYPES,
    BoilerplateScore,
    DatelineScore,
    FieldScore,
    QuoteScore,
    score_acronyms,
    score_boilerplate,
    score_dateline,
    score_dates,
    score_entities,
    score_quotes,
    score_roles,
    speaker_correct,
)

PRF_FIELDS = ("entities", "roles", "acronyms", "dates")


def ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def f1(p: float | None, r: float | None) -> float | None:
    if p is None or r is None:
        return None
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class PRF:
    """Micro counts: recall over all scored articles, precision over complete ones."""

    articles: int = 0
    gold: int = 0
    gold_matched: int = 0
    complete_articles: int = 0
    pred: int = 0  # on complete articles
    pred_matched: int = 0  # on complete articles

    def add(self, s: FieldScore, complete: bool) -> None:
        self.articles += 1
        self.gold += s.gold
        self.gold_matched += s.matched
        if complete:
            self.complete_articles += 1
            self.pred += s.pred
            self.pred_matched += s.matched

    @property
    def precision(self) -> float | None:
        if not self.complete_articles:
            return None
        return self.pred_matched / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float | None:
        if not self.articles:
            return None
        return self.gold_matched / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        return f1(self.precision, self.recall)

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "gold": self.gold,
            "matched": self.gold_matched,
            "pred": self.pred,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass
class QuoteTotals(PRF):
    speaker_correct: int = 0
    cue_correct: int = 0
    kind_correct: int = 0
    kind_total: int = 0

    def add(self, s: FieldScore, complete: bool) -> None:  # type: ignore[override]
        super().add(s, complete)
        assert isinstance(s, QuoteScore)
        self.speaker_correct += s.speaker_correct
        self.cue_correct += s.cue_correct
        self.kind_correct += s.kind_correct
        self.kind_total += s.kind_total

    def _accuracy(self, correct: int, total: int) -> float | None:
        """Accuracy over matched quotes; 0 (not n/a) when there are gold
        quotes but none was matched, so a product that finds none scores 0."""
        if total:
            return correct / total
        return 0.0 if self.gold else None

    def to_dict(self) -> dict[str, Any]:
        d = super().to_dict()
        d.update(
            speaker_correct=self.speaker_correct,
            speaker_accuracy=self._accuracy(self.speaker_correct, self.gold_matched),
            cue_accuracy=self._accuracy(self.cue_correct, self.gold_matched),
            kind_accuracy=self._accuracy(self.kind_correct, self.kind_total),
        )
        return d


@dataclass
class DatelineTotals:
    articles: int = 0
    correct: int = 0
    outlet_ok: int = 0
    place_ok: int = 0

    def add(self, s: DatelineScore) -> None:
        self.articles += 1
        self.correct += s.correct
        self.outlet_ok += s.outlet_ok
        self.place_ok += s.place_ok

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "accuracy": ratio(self.correct, self.articles),
            "outlet_accuracy": ratio(self.outlet_ok, self.articles),
            "place_accuracy": ratio(self.place_ok, self.articles),
        }


@dataclass
class BoilerplateTotals:
    articles: int = 0
    clean_articles: int = 0
    lines: int = 0
    removed: int = 0
    content_lines: int = 0
    content_dropped: int = 0

    def add(self, s: BoilerplateScore) -> None:
        self.articles += 1
        self.clean_articles += s.clean
        self.lines += s.lines
        self.removed += s.removed
        self.content_lines += s.content_lines
        self.content_dropped += s.content_dropped

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "lines": self.lines,
            "removed": self.removed,
            "removed_rate": ratio(self.removed, self.lines),
            "content_lines": self.content_lines,
            "content_lines_dropped": self.content_dropped,
            "clean_article_rate": ratio(self.clean_articles, self.articles),
        }


@dataclass
class ArticleResult:
    """Every score of one article (for --per-article and for tests)."""

    id: str
    complete: bool
    error: str | None = None
    quotes: QuoteScore | None = None
    entities: FieldScore | None = None
    roles: FieldScore | None = None
    acronyms: FieldScore | None = None
    dates: FieldScore | None = None
    dateline: DatelineScore | None = None
    boilerplate: BoilerplateScore | None = None
    # what went wrong, readable: missed gold items, unmatched predictions, wrong speakers
    mistakes: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"id": self.id, "complete": self.complete}
        if self.error:
            d["error"] = self.error
        if self.mistakes:
            d["mistakes"] = self.mistakes
        if self.quotes is not None:
            q = self.quotes
            d["quotes"] = {
                "gold": q.gold,
                "pred": q.pred,
                "matched": q.matched,
                "speaker_correct": q.speaker_correct,
                "cue_correct": q.cue_correct,
                "kind_correct": q.kind_correct,
            }
        for name in PRF_FIELDS:
            s = getattr(self, name)
            if s is not None:
                d[name] = {"gold": s.gold, "pred": s.pred, "matched": s.matched}
        if self.dateline is not None:
            d["dateline"] = {
                "correct": self.dateline.correct,
                "outlet_ok": self.dateline.outlet_ok,
                "place_ok": self.dateline.place_ok,
            }
        if self.boilerplate is not None:
            b = self.boilerplate
            d["boilerplate"] = {
                "lines": b.lines,
                "removed": b.removed,
                "content_lines": b.content_lines,
                "content_lines_dropped": b.content_dropped,
                "kept": b.kept,
                "dropped": b.dropped,
            }
        return d


def score_article(gold: GoldArticle, pred: Prediction) -> ArticleResult:
    """All the scores of one article, for the fields its gold annotates."""
    res = ArticleResult(id=gold.id, complete=gold.complete, error=pred.error)
    if gold.has("quotes"):
        res.quotes = score_quotes(gold.quotes, pred.quotes, gold.text)
    if gold.has("entities"):
        res.entities = score_entities(gold.entities, pred.entities)
    if gold.has("roles"):
        res.roles = score_roles(gold.roles, pred.roles)
    if gold.has("acronyms"):
        res.acronyms = score_acronyms(gold.acronyms, pred.acronyms)
    if gold.has("dates"):
        res.dates = score_dates(gold.dates, pred.dates, gold.text)
    if gold.has("dateline"):
        res.dateline = score_dateline(gold.dateline, pred.dateline)
    if gold.has("boilerplate"):
        res.boilerplate = score_boilerplate(gold.text, gold.boilerplate, pred.body)
    res.mistakes = mistakes(res, gold, pred)
    return res


def _short(text: str | None, n: int = 80) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _unmatched(items: list, matched: set[int], show) -> list[str]:
    out: list[str] = []
    for i, item in enumerate(items):
        if i not in matched:
            label = show(item)
            if label not in out:
                out.append(label)
    return out


def mistakes(res: ArticleResult, gold: GoldArticle, pred: Prediction) -> dict[str, Any]:
    """Readable list of what one article got wrong (for --per-article --json).
    Unmatched predictions are listed only for complete articles."""
    out: dict[str, Any] = {}

    def field_mistakes(name: str, s: FieldScore | None, g_items: list, p_items: tuple, show_g, show_p) -> None:
        if s is None:
            return
        entry: dict[str, Any] = {}
        missed = _unmatched(g_items, {gi for gi, _ in s.pairs}, show_g)
        if missed:
            entry["missed"] = missed
        if gold.complete:
            spurious = _unmatched(list(p_items), {pi for _, pi in s.pairs}, show_p)
            if spurious:
                entry["spurious"] = spurious
        if entry:
            out[name] = entry

    q = res.quotes
    if q is not None:
        field_mistakes(
            "quotes", q, gold.quotes, pred.quotes,
            lambda x: f"{_short(x.content)} [{x.speaker}]", lambda x: f"{_short(x.text)} [{x.speaker}]",
        )
        wrong = [
            {"quote": _short(gold.quotes[gi].content, 60), "gold": gold.quotes[gi].speaker, "pred": pred.quotes[pi].speaker}
            for gi, pi in q.pairs
            if not speaker_correct(pred.quotes[pi].speaker, gold.quotes[gi].speaker)
        ]
        if wrong:
            out.setdefault("quotes", {})["wrong_speaker"] = wrong
    field_mistakes("entities", res.entities, gold.entities, pred.entities,
                   lambda x: f"{x.type}:{x.name}", lambda x: f"{x.type}:{x.name}")
    field_mistakes("roles", res.roles, gold.roles, pred.roles,
                   lambda x: f"{x.person} = {x.role}", lambda x: f"{x.person} = {x.role}")
    field_mistakes("acronyms", res.acronyms, gold.acronyms, pred.acronyms,
                   lambda x: f"{x.short} = {x.long}", lambda x: f"{x.short} = {x.long}")
    field_mistakes("dates", res.dates, gold.dates, pred.dates,
                   lambda x: f"{x.text} = {x.value}", lambda x: f"{x.text} = {x.value}")
    if res.dateline is not None and not res.dateline.correct:
        g, p = gold.dateline, pred.dateline
        out["dateline"] = {
            "gold": None if g is None else {"outlet": g.outlet, "place": g.place},
            "pred": None if p is None else {"outlet": p.outlet, "place": p.place},
        }
    return out


@dataclass
class Report:
    """Scores of one gold set."""

    name: str
    path: str = ""
    sha256: str = ""
    seconds: float | None = None
    articles: int = 0
    complete: int = 0
    errors: int = 0
    quotes: QuoteTotals = field(default_factory=QuoteTotals)
    entities: PRF = field(default_factory=PRF)
    entities_by_type: dict[str, PRF] = field(default_factory=lambda: {t: PRF() for t in ENTITY_TYPES})
    roles: PRF = field(default_factory=PRF)
    acronyms: PRF = field(default_factory=PRF)
    dates: PRF = field(default_factory=PRF)
    dateline: DatelineTotals = field(default_factory=DatelineTotals)
    boilerplate: BoilerplateTotals = field(default_factory=BoilerplateTotals)
    per_article: list[ArticleResult] = field(default_factory=list)

    def add(self, res: ArticleResult) -> None:
        self.articles += 1
        self.complete += res.complete
        self.errors += res.error is not None
        if res.quotes is not None:
            self.quotes.add(res.quotes, res.complete)
        if res.entities is not None:
            self.entities.add(res.entities, res.complete)
            for t, s in res.entities.by_type.items():
                self.entities_by_type.setdefault(t, PRF()).add(s, res.complete)
        for name in ("roles", "acronyms", "dates"):
            s = getattr(res, name)
            if s is not None:
                getattr(self, name).add(s, res.complete)
        if res.dateline is not None:
            self.dateline.add(res.dateline)
        if res.boilerplate is not None:
            self.boilerplate.add(res.boilerplate)
        self.per_article.append(res)

    def scores(self) -> dict[str, Any]:
        """Every score of the set; a field no article annotates is None."""
        out: dict[str, Any] = {
            "quotes": self.quotes.to_dict() if self.quotes.articles else None,
            "entities": None,
            "roles": self.roles.to_dict() if self.roles.articles else None,
            "acronyms": self.acronyms.to_dict() if self.acronyms.articles else None,
            "dates": self.dates.to_dict() if self.dates.articles else None,
            "dateline": self.dateline.to_dict() if self.dateline.articles else None,
            "boilerplate": self.boilerplate.to_dict() if self.boilerplate.articles else None,
        }
        if self.entities.articles:
            ent = self.entities.to_dict()
            ent["by_type"] = {t: prf.to_dict() for t, prf in self.entities_by_type.items()}
            out["entities"] = ent
        return out

    def to_dict(self, per_article: bool = False) -> dict[str, Any]:
        d: dict[str, Any] = {
            "name": self.name,
            "path": self.path,
            "sha256": self.sha256,
            "articles": self.articles,
            "complete": self.complete,
            "errors": self.errors,
            "seconds": None if self.seconds is None else round(self.seconds, 3),
            "scores": self.scores(),
        }
        if per_article:
            d["per_article"] = [r.to_dict() for r in self.per_article]
        return d


def build_report(name: str, pairs: Iterable[tuple[GoldArticle, Prediction]]) -> Report:
    rep = Report(name=name)
    for gold, pred in pairs:
        rep.add(score_article(gold, pred))
    return rep


# the headline numbers the gate pins, as flat "field.metric" names
HEADLINE = {
    "quotes": ("precision", "recall", "f1", "speaker_accuracy", "cue_accuracy", "kind_accuracy"),
    "entities": ("precision", "recall", "f1"),
    "roles": ("precision", "recall", "f1"),
    "acronyms": ("precision", "recall", "f1"),
    "dates": ("precision", "recall", "f1"),
    "dateline": ("accuracy",),
    "boilerplate": ("removed_rate", "content_lines_dropped"),
}


def flat_scores(scores: dict[str, Any]) -> dict[str, float]:
    """`{"quotes.recall": 0.41, ...}` for the headline numbers that exist."""
    out: dict[str, float] = {}
    for fld, metrics in HEADLINE.items():
        section = scores.get(fld)
        if not section:
            continue
        for m in metrics:
            v = section.get(m)
            if v is not None:
                out[f"{fld}.{m}"] = float(v)
    return out
