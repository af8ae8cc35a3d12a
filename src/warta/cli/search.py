"""`warta search [QUERY] [--speaker NAME] [--about NAME] [--outlet O] [--from D] [--to D]
[--entity NAME] [--cited NAME] [--entities] [--json] [--db URL]`."""

from __future__ import annotations

import json

import typer

from .main import app


@app.command()
def search(
    query: str | None = typer.Argument(None, help="Full-text query: words, \"phrases\", a OR b, -word."),
    db: str = typer.Option("warta.db", "--db", help="Store URL."),
    speaker: str | None = typer.Option(None, "--speaker", "-s", help="Quotes by this speaker (any alias)."),
    about: str | None = typer.Option(None, "--about", help="Quotes that mention this entity."),
    outlet: str | None = typer.Option(None, "--outlet", help="Quotes published by this outlet."),
    date_from: str | None = typer.Option(None, "--from", help="From date YYYY-MM-DD."),
    date_to: str | None = typer.Option(None, "--to", help="To date YYYY-MM-DD."),
    quotes: bool = typer.Option(False, "--quotes", "-q", help="Search quotes (QUERY matches quote text)."),
    entity: str | None = typer.Option(None, "--entity", "-e", help="Profile of one entity."),
    entities: bool = typer.Option(False, "--entities", help="List entities matching QUERY."),
    cited: str | None = typer.Option(None, "--cited", help="Outlets that quoted or cited this name."),
    limit: int = typer.Option(20, "--limit", "-n", help="Most results."),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON array of results."),
) -> None:
    """Search the store: articles, quotes, entities, sources."""
    from rich.console import Console

    from .common import open_store_or_exit
    from ..storage.base import QueryError

    out, err = Console(), Console(stderr=True)
    store = open_store_or_exit(db, err, readonly=True)
    try:
        with store:
            if entity:
                prof = store.entity(entity)
                results = [prof] if prof else []
                kind = "entity"
            elif cited:
                results, kind = store.outlets_citing(cited, limit=limit), "cited"
            elif entities:
                results, kind = store.entities(query, limit=limit), "entities"
            elif quotes or speaker or about or outlet or date_from or date_to:
                results = store.quotes(speaker=speaker, about=about, outlet=outlet, date_from=date_from,
                                       date_to=date_to, text=query, limit=limit)
                kind = "quotes"
            elif query:
                results, kind = store.search(query, limit=limit), "articles"
            else:
                err.print("[red]error:[/] give a QUERY or one of --speaker/--about/--outlet/--entity/--cited")
                raise typer.Exit(2)
    except QueryError as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None
    if as_json:
        print(json.dumps(results, ensure_ascii=False))
        return
    _show(out, kind, results)


def _show(out, kind: str, results: list[dict]) -> None:
    from rich.table import Table

    if not results:
        out.print("no results")
        return
    if kind == "entity":
        p = results[0]
        out.print(f"[bold]{p['name']}[/] ({p['type']}), {p['articles']} articles, {p['first_seen']} – {p['last_seen']}")
        out.print("aliases: " + ", ".join(p["aliases"]))
        out.print(f"quotes by: {p['quotes_by']}, quotes mentioning: {p['quotes_about']}")
        t = Table("role", "org", "first seen", "last seen", "articles", title="roles")
        for r in p["roles"]:
            t.add_row(r["role"], r["org"] or "", r["first_seen"] or "", r["last_seen"] or "", str(r["articles"]))
        out.print(t)
        t = Table("co-occurring", "type", "articles")
        for r in p["co_occurring"]:
            t.add_row(r["name"], r["type"], str(r["articles"]))
        out.print(t)
        t = Table("outlet", "articles")
        for r in p["outlets"]:
            t.add_row(r["outlet"], str(r["articles"]))
        out.print(t)
        return
    columns = {
        "quotes": [("date", "date"), ("speaker", "speaker_canonical"), ("quote", "content"), ("outlet", "outlet")],
        "articles": [("published", "published"), ("outlet", "outlet"), ("title", "title"), ("snippet", "snippet")],
        "entities": [("name", "name"), ("type", "type"), ("articles", "articles")],
        "cited": [("outlet", "outlet"), ("count", "count")],
    }[kind]
    t = Table(*(c for c, _ in columns))
    for r in results:
        t.add_row(*("" if r.get(k) is None else str(r.get(k) or r.get("speaker") or "") for _, k in columns))
    out.print(t)
