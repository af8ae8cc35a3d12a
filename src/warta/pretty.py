"""A readable terminal view of one Article (rich).

The original text with coloured highlights (removed boilerplate, dateline,
quotes, speakers, cues, entities by type, dates), a legend, and tables of
quotes, entities, roles, dates, acronyms and sources. Renders whatever fields
are present, so it works on partial output too. Every highlight comes from
the Article's offsets into `Article.text`, so what is shown is what was read.
"""

from __future__ import annotations

from typing import Iterable

from rich import box
from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .types import Article

# layer -> style, in paint order (later layers are drawn over earlier ones)
STYLES: dict[str, str] = {
    "removed": "dim strike",
    "dateline": "bold reverse",
    "quote.direct": "on grey23",
    "quote.indirect": "on #2a2a40",
    "quote.mixed": "on #30302a",
    "entity.PER": "bold cyan",
    "entity.ORG": "bold magenta",
    "entity.LOC": "bold green",
    "entity.EVT": "bold yellow",
    "entity.MISC": "bold blue",
    "date": "underline bright_yellow",
    "speaker": "bold red underline",
    "cue": "bold bright_red italic",
}
LEGEND: tuple[tuple[str, str], ...] = (
    ("removed", "removed"),
    ("dateline", "dateline"),
    ("quote.direct", "direct quote"),
    ("quote.indirect", "indirect quote"),
    ("quote.mixed", "mixed quote"),
    ("speaker", "speaker"),
    ("cue", "cue"),
    ("entity.PER", "PER"),
    ("entity.ORG", "ORG"),
    ("entity.LOC", "LOC"),
    ("entity.EVT", "EVT"),
    ("entity.MISC", "MISC"),
    ("date", "date"),
)
MAX_TEXT_CHARS = 20_000  # longer texts are shown cut, with a note
MAX_CELL_CHARS = 160


def _clip(s: str | None, n: int = MAX_CELL_CHARS) -> str:
    s = " ".join((s or "").split())
    return s if len(s) <= n else s[: n - 1] + "…"


def highlight_spans(article: Article) -> list[tuple[int, int, str]]:
    """(start, end, layer) for every highlight, offsets into `article.text`,
    in paint order."""
    spans: list[tuple[int, int, str]] = []
    spans += [(r.start, r.end, "removed") for r in article.removed]
    if article.dateline:
        spans.append((article.dateline.start, article.dateline.end, "dateline"))
    spans += [(q.content.start, q.content.end, f"quote.{q.kind}") for q in article.quotes]
    for e in article.entities:
        spans += [(m.start, m.end, f"entity.{e.type}") for m in e.mentions]
    spans += [(d.start, d.end, "date") for d in article.dates]
    for q in article.quotes:
        if q.speaker and q.speaker.mention:
            spans.append((q.speaker.mention.start, q.speaker.mention.end, "speaker"))
        if q.cue:
            spans.append((q.cue.start, q.cue.end, "cue"))
    order = {name: i for i, name in enumerate(STYLES)}
    spans.sort(key=lambda s: order.get(s[2], 0))
    return spans


def _style(layer: str) -> str:
    return STYLES.get(layer, "")


def highlighted_text(article: Article, max_chars: int = MAX_TEXT_CHARS) -> Text:
    text = Text(article.text[:max_chars])
    n = len(text.plain)
    for start, end, layer in highlight_spans(article):
        start, end = max(0, start), min(end, n)
        if start < end:
            text.stylize(_style(layer), start, end)
    if len(article.text) > max_chars:
        text.append(f"\n… ({len(article.text) - max_chars:,} more characters not shown)", style="dim")
    return text


def legend() -> Text:
    out = Text("Legend: ", style="bold")
    for layer, label in LEGEND:
        out.append(label, style=_style(layer))
        out.append("  ")
    return out


def _header(article: Article) -> Table:
    t = Table.grid(padding=(0, 2))
    t.add_column(style="bold")
    t.add_column()
    rows = [
        ("id", article.id),
        ("title", article.title),
        ("outlet", article.outlet),
        ("published", (article.published or "—") + (" (from the text)" if article.published_inferred else "")),
        ("language", article.language),
        ("url", article.url),
        ("author", article.author),
        ("dateline", ", ".join(x for x in (article.dateline.outlet, article.dateline.place) if x) if article.dateline else None),
    ]
    for k, v in rows:
        if v:
            t.add_row(k, str(v))
    for w in article.warnings:
        t.add_row("warning", Text(w, style="yellow"))
    return t


def _table(title: str, columns: Iterable[str], rows: list[list[str]]) -> Table | None:
    if not rows:
        return None
    t = Table(title=title, box=box.SIMPLE_HEAD, title_justify="left", title_style="bold", expand=False)
    for c in columns:
        t.add_column(c, overflow="fold")
    for r in rows:
        t.add_row(*r)
    return t


def tables(article: Article) -> list[Table]:
    out = [
        _table(
            f"Quotes ({len(article.quotes)})",
            ("#", "kind", "speaker", "cue", "content", "via"),
            [
                [
                    str(i),
                    q.kind,
                    Text(q.speaker.name, style=_style("speaker")) if q.speaker else Text("—", style="dim"),
                    q.cue.text if q.cue else "—",
                    _clip(q.content.text),
                    ", ".join(q.via),
                ]
                for i, q in enumerate(article.quotes, 1)
            ],
        ),
        _table(
            f"Entities ({len(article.entities)})",
            ("type", "name", "aliases", "mentions"),
            [[Text(e.type, style=_style(f"entity.{e.type}")), e.name, ", ".join(e.aliases), str(len(e.mentions))] for e in article.entities],
        ),
        _table("Roles", ("person", "role", "org"), [[r.person, r.role, r.org or "—"] for r in article.roles]),
        _table("Dates", ("text", "value", "note"), [[d.text, d.value or "?", d.conflict or ""] for d in article.dates]),
        _table("Acronyms", ("short", "long", "from"), [[a.short, a.long, a.origin] for a in article.acronyms]),
        _table("Sources", ("name", "kind", "relation"), [[s.name, s.kind, s.relation] for s in article.sources]),
        _table(
            "Events",
            ("type", "actor", "recipient", "date", "modality", "trigger"),
            [[e.type, ", ".join(e.actor), ", ".join(e.recipient), e.date or "", e.modality, e.trigger.text] for e in article.events],
        ),
    ]
    return [t for t in out if t is not None]


def render(article: Article) -> RenderableType:
    """The whole view of one article, as one rich renderable."""
    parts: list[RenderableType] = [_header(article), Text(""), legend(), Panel(highlighted_text(article), title="text", title_align="left")]
    found = tables(article)
    parts += found if found else [Text("No quotes, entities, roles, dates, acronyms or sources found.", style="dim")]
    title = article.title or article.id
    return Panel(Group(*parts), title=Text(_clip(title, 100), style="bold"), box=box.ROUNDED)


def show(article: Article, console: Console | None = None) -> None:
    (console or Console()).print(render(article))
