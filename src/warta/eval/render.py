"""Rich tables for `warta eval` (the CLI only calls these)."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table

from .gate import GateResult
from .report import Report


def fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _counts(d: dict[str, Any]) -> str:
    pred = f", {d['pred']} pred" if d.get("precision") is not None else ""
    return f"{d['matched']}/{d['gold']}{pred}"


def report_table(rep: Report) -> Table:
    s = rep.scores()
    title = f"{rep.name}: {rep.articles} articles ({rep.complete} complete)"
    if rep.errors:
        title += f", {rep.errors} failed"
    if rep.seconds is not None:
        title += f", {rep.seconds:.1f} s"
    t = Table(title=title, title_justify="left")
    t.add_column("score")
    for col in ("P", "R", "F1", "acc"):
        t.add_column(col, justify="right")
    t.add_column("counts", style="dim")

    def prf(label: str, d: dict[str, Any] | None) -> None:
        if d is None:
            return
        t.add_row(label, fmt(d["precision"]), fmt(d["recall"]), fmt(d["f1"]), "", _counts(d))

    def acc(label: str, value: float | None, counts: str = "") -> None:
        t.add_row(label, "", "", "", fmt(value), counts)

    q = s["quotes"]
    if q is not None:
        prf("quotes", q)
        acc("  speaker", q["speaker_accuracy"], f"{q['speaker_correct']}/{q['matched']} matched")
        acc("  cue", q["cue_accuracy"])
        acc("  kind", q["kind_accuracy"])
    e = s["entities"]
    if e is not None:
        prf("entities", e)
        for typ, d in e["by_type"].items():
            if d["gold"] or d["pred"]:
                prf(f"  {typ}", d)
    prf("roles", s["roles"])
    prf("acronyms", s["acronyms"])
    prf("dates", s["dates"])
    d = s["dateline"]
    if d is not None:
        acc("dateline", d["accuracy"], f"outlet {fmt(d['outlet_accuracy'])}, place {fmt(d['place_accuracy'])}")
    b = s["boilerplate"]
    if b is not None:
        acc("boilerplate removed", b["removed_rate"], f"{b['removed']}/{b['lines']} lines")
        t.add_row(
            "content lines dropped",
            "",
            "",
            "",
            str(b["content_lines_dropped"]),
            f"of {b['content_lines']}; clean articles {fmt(b['clean_article_rate'])}",
        )
    return t


def per_article_table(rep: Report) -> Table:
    t = Table(title=f"{rep.name}: per article", title_justify="left")
    for col in ("id", "quotes m/g/p", "spk", "ent m/g/p", "roles m/g/p", "acr m/g/p", "dates m/g/p", "dateline", "bp kept", "dropped"):
        t.add_column(col, justify="left" if col == "id" else "right")

    def mgp(x: Any) -> str:
        return "-" if x is None else f"{x.matched}/{x.gold}/{x.pred}"

    for r in rep.per_article:
        t.add_row(
            r.id + ("" if r.complete else "*") + (" !" if r.error else ""),
            mgp(r.quotes),
            "-" if r.quotes is None else str(r.quotes.speaker_correct),
            mgp(r.entities),
            mgp(r.roles),
            mgp(r.acronyms),
            mgp(r.dates),
            "-" if r.dateline is None else ("ok" if r.dateline.correct else "x"),
            "-" if r.boilerplate is None else str(r.boilerplate.lines - r.boilerplate.removed),
            "-" if r.boilerplate is None else str(r.boilerplate.content_dropped),
        )
    t.caption = "m/g/p = matched/gold/predicted; * incomplete gold; ! pipeline error"
    return t


def print_reports(reports: list[Report], console: Console, per_article: bool = False) -> None:
    for rep in reports:
        console.print(report_table(rep))
        if per_article:
            console.print(per_article_table(rep))


def print_gate(result: GateResult, console: Console) -> None:
    for note in result.notes:
        console.print(f"[dim]gate: {note}[/dim]")
    for f in result.failures:
        console.print(f"[red]gate: {f.message()}[/red]")
    console.print("[green]gate: passed[/green]" if result.ok else "[red]gate: FAILED[/red]")
