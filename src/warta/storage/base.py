"""The storage interface (`Store`) and the SQL implementation both backends
share. Backends differ only in connection, placeholders, migrations and
full-text search; everything else is written once here.

All SQL is parameterised: user input never becomes SQL text.
"""

from __future__ import annotations

import json
import re
from abc import ABC, abstractmethod
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Iterable, Iterator, Literal

from ..types import Article
from .resolve import EntityRecord, clusters
from .text import content_hash, norm, parse_query

AddStatus = Literal["added", "exists", "copy"]
SCHEMA_VERSION = 1


class StoreError(Exception):
    """A problem with the store itself (not a query): bad URL, corrupt or
    foreign database file, unknown schema version."""


class QueryError(StoreError, ValueError):
    """A query the store cannot answer (bad date, bad limit, ...)."""


@dataclass
class AddResult:
    id: str
    status: AddStatus  # added | exists (skipped) | copy (added, linked to an earlier copy)
    linked_to: str | None = None


@dataclass
class ResolveStats:
    records: int
    entities: int
    merged: int = 0


def migration_files(backend: str) -> list[tuple[int, str, str]]:
    """(version, name, sql) for every migration of a backend, in order."""
    root = resources.files("warta.storage").joinpath("migrations", backend)
    out = []
    for item in root.iterdir():
        if item.name.endswith(".sql"):
            version = int(item.name.split("_", 1)[0])
            out.append((version, item.name, item.read_text(encoding="utf-8")))
    return sorted(out)


def _check_date(value: str | None, what: str) -> str | None:
    if value is None:
        return None
    import datetime as _dt

    try:
        return _dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise QueryError(f"{what} must be a date YYYY-MM-DD, got {value!r}") from None


def _check_limit(limit: int) -> int:
    if not isinstance(limit, int) or limit < 1 or limit > 100_000:
        raise QueryError(f"limit must be between 1 and 100000, got {limit!r}")
    return limit


class Store(ABC):
    """The narrow interface the CLI, the web layer and users see."""

    url: str

    # -- writing -----------------------------------------------------------
    @abstractmethod
    def add(self, article: Article) -> AddResult: ...

    @abstractmethod
    def add_many(self, articles: Iterable[Article]) -> list[AddResult]:
        """Add articles in one transaction: all of them or none."""

    @abstractmethod
    def has(self, id: str | None = None, url: str | None = None) -> bool: ...

    @abstractmethod
    def resolve(self) -> ResolveStats:
        """Recompute cross-article entity clusters (deterministic)."""

    # -- reading -----------------------------------------------------------
    @abstractmethod
    def counts(self) -> dict[str, int]: ...

    @abstractmethod
    def search(self, query: str, limit: int = 20) -> list[dict]: ...

    @abstractmethod
    def quotes(self, *, speaker: str | None = None, about: str | None = None, outlet: str | None = None,
               date_from: str | None = None, date_to: str | None = None, text: str | None = None,
               limit: int = 50) -> list[dict]: ...

    @abstractmethod
    def entity(self, name: str) -> dict | None: ...

    @abstractmethod
    def entities(self, query: str | None = None, type: str | None = None, limit: int = 50) -> list[dict]: ...

    @abstractmethod
    def outlets_citing(self, name: str, limit: int = 50) -> list[dict]: ...

    @abstractmethod
    def iter_articles(self) -> Iterator[dict]: ...

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


@dataclass
class _Rows:
    """Child rows of one article, ready to insert."""

    entities: list[tuple] = field(default_factory=list)
    mentions: list[tuple] = field(default_factory=list)
    roles: list[tuple] = field(default_factory=list)
    quotes: list[tuple] = field(default_factory=list)
    quote_entities: list[tuple] = field(default_factory=list)
    sources: list[tuple] = field(default_factory=list)
    dates: list[tuple] = field(default_factory=list)
    events: list[tuple] = field(default_factory=list)


def article_rows(a: Article) -> _Rows:
    """Turn an Article into child rows. Offsets stay as the Article has them
    (into the original text)."""
    rows = _Rows()
    local_names: dict[str, str] = {}
    by_norm: dict[str, str] = {}
    ent_roles: dict[str, list[str]] = defaultdict(list)
    for e in a.entities:
        local_names[e.id] = e.name
        for n in [e.name, *e.aliases]:
            by_norm.setdefault(norm(n), e.id)
    role_rows = []
    for r in a.roles:
        local = r.entity if r.entity in local_names else by_norm.get(norm(r.person))
        if local is None:
            local = "per:" + norm(r.person)
            if local not in local_names:
                local_names[local] = r.person
                rows.entities.append((local, r.person, "PER", [], 0))
        ent_roles[local].append(r.role)
        role_rows.append((local, r.role, r.org, a.published, r.start, r.end))
    for e in a.entities:
        rows.entities.append((e.id, e.name, e.type, list(dict.fromkeys(e.aliases)), len(e.mentions)))
        for m in e.mentions:
            rows.mentions.append((e.id, m.start, m.end, m.text))
    rows.roles = role_rows
    spans = [(m.start, m.end, e.id) for e in a.entities for m in e.mentions]
    for i, q in enumerate(a.quotes):
        local = None
        name = None
        if q.speaker is not None:
            name = q.speaker.name
            local = q.speaker.entity if q.speaker.entity in local_names else by_norm.get(norm(q.speaker.name))
            if local is None and norm(q.speaker.name):
                local = "spk:" + norm(q.speaker.name)
                if local not in local_names:
                    local_names[local] = q.speaker.name
                    by_norm.setdefault(norm(q.speaker.name), local)
                    rows.entities.append((local, q.speaker.name, "MISC", [], 0))
        rows.quotes.append((i, local, name, q.content.text, q.cue.text if q.cue else None, q.kind,
                            a.published, a.outlet, q.content.start, q.content.end, json.dumps(q.via, ensure_ascii=False)))
        inside = sorted({eid for s, e, eid in spans if s >= q.content.start and e <= q.content.end and eid != local})
        rows.quote_entities.extend((i, eid) for eid in inside)
    for i, s in enumerate(a.sources):
        rows.sources.append((i, s.name, norm(s.name), s.kind, s.relation, s.start, s.end))
    for d in a.dates:
        rows.dates.append((d.text, d.value, d.start, d.end))
    for i, ev in enumerate(a.events):
        rows.events.append((i, ev.type, ev.mode, json.dumps(ev.actor, ensure_ascii=False),
                            json.dumps(ev.recipient, ensure_ascii=False), ev.place, ev.date, ev.modality,
                            ev.trigger.start, ev.trigger.end, ev.evidence.text))
    # roles per entity travel with the entity record (for resolution)
    rows.entities = [(lid, name, etype, aliases, n, sorted(set(ent_roles.get(lid, []))))
                     for lid, name, etype, aliases, n in rows.entities]
    return rows


_SURROGATE = re.compile("[\ud800-\udfff]")


def _encodable(a: Article) -> Article:
    """The article itself, or a copy with lone surrogates (undecodable input
    that slipped through) replaced by U+FFFD, so it can be stored as UTF-8."""
    try:
        a.to_json()
        return a
    except ValueError:
        def fix(v: Any) -> Any:
            if isinstance(v, str):
                return _SURROGATE.sub("\ufffd", v)
            if isinstance(v, list):
                return [fix(x) for x in v]
            if isinstance(v, dict):
                return {k: fix(x) for k, x in v.items()}
            return v

        return Article.from_dict(fix(a.to_dict()))


class SQLStore(Store):
    """Shared SQL implementation. Subclasses set `backend`, `_ph` and the
    connection, and implement full-text search."""

    backend = "sql"
    _ph = "?"

    def __init__(self, url: str):
        self.url = url
        self._conn: Any = None
        # (name, type) -> entity id for new article entities; valid until the
        # next resolve() or rollback (both clear it)
        self._eid_cache: dict[tuple[str, str], int] = {}

    # -- plumbing ------------------------------------------------------------
    def _sql(self, sql: str) -> str:
        return sql if self._ph == "?" else sql.replace("?", self._ph)

    def _params(self, params: tuple | list) -> tuple:
        """Parameters as the driver needs them (backends may clean text)."""
        return tuple(params)

    def _q(self, sql: str, params: tuple | list = ()) -> list[tuple]:
        cur = self._conn.cursor()
        cur.execute(self._sql(sql), self._params(params))
        rows = cur.fetchall() if cur.description else []
        cur.close()
        return rows

    def _x(self, sql: str, params: tuple | list = ()) -> Any:
        cur = self._conn.cursor()
        cur.execute(self._sql(sql), self._params(params))
        return cur

    def _xmany(self, sql: str, rows: list[tuple]) -> None:
        if rows:
            cur = self._conn.cursor()
            cur.executemany(self._sql(sql), [self._params(r) for r in rows])
            cur.close()

    @abstractmethod
    def _begin(self) -> None: ...

    def _commit(self) -> None:
        self._conn.commit()

    def _rollback(self) -> None:
        self._conn.rollback()

    @abstractmethod
    def _insert_article(self, a: Article, h: str) -> None: ...

    @abstractmethod
    def _insert_quote(self, article_id: str, row: tuple) -> int: ...

    @abstractmethod
    def _fts_articles(self, query: str, limit: int) -> list[tuple]: ...

    @abstractmethod
    def _fts_quote_ids(self, query: str, limit: int) -> list[int]: ...

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    # -- writing ---------------------------------------------------------------
    def has(self, id: str | None = None, url: str | None = None) -> bool:
        if id is not None and self._q("SELECT 1 FROM articles WHERE id = ?", (id,)):
            return True
        if url and self._q("SELECT 1 FROM articles WHERE url = ?", (url,)):
            return True
        return False

    def known(self) -> tuple[set[str], set[str]]:
        """All stored ids and URLs (to skip them before analysis)."""
        ids, urls = set(), set()
        for i, u in self._q("SELECT id, url FROM articles"):
            ids.add(i)
            if u:
                urls.add(u)
        return ids, urls

    def add(self, article: Article) -> AddResult:
        return self.add_many([article])[0]

    def add_many(self, articles: Iterable[Article]) -> list[AddResult]:
        results: list[AddResult] = []
        self._begin()
        try:
            for a in articles:
                results.append(self._add_one(a))
            self._commit()
        except BaseException:
            self._rollback()
            self._eid_cache.clear()
            raise
        return results

    def _add_one(self, a: Article) -> AddResult:
        if not isinstance(a, Article):
            raise TypeError(f"expected an Article, got {type(a).__name__}")
        a = _encodable(a)
        if self.has(a.id, a.url):
            return AddResult(a.id, "exists")
        h = content_hash(a.body or a.text)
        same = self._q("SELECT id FROM articles WHERE content_hash = ? ORDER BY seq LIMIT 1", (h,))
        self._insert_article(a, h)
        status: AddStatus = "added"
        linked = None
        if same:
            linked = same[0][0]
            status = "copy"
            self._x("INSERT INTO article_links (article_id, linked_id, relation) VALUES (?, ?, ?)",
                    (a.id, linked, "copy_of"))
        rows = article_rows(a)
        self._xmany("INSERT INTO article_entities (article_id, local_id, entity_id, name, type, aliases, roles, n_mentions)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [(a.id, lid, self._entity_for(norm(name), name, etype), name, etype,
                      json.dumps(aliases, ensure_ascii=False), json.dumps(roles, ensure_ascii=False), n)
                     for lid, name, etype, aliases, n, roles in rows.entities])
        self._xmany('INSERT INTO mentions (article_id, local_id, start, "end", text) VALUES (?, ?, ?, ?, ?)',
                    [(a.id, *m) for m in rows.mentions])
        self._xmany('INSERT INTO roles (article_id, local_id, role, org, seen, start, "end") VALUES (?, ?, ?, ?, ?, ?, ?)',
                    [(a.id, *r) for r in rows.roles])
        qids: dict[int, int] = {}
        for q in rows.quotes:
            qids[q[0]] = self._insert_quote(a.id, q)
        self._xmany("INSERT INTO quote_entities (quote_id, article_id, local_id) VALUES (?, ?, ?)",
                    [(qids[i], a.id, lid) for i, lid in rows.quote_entities])
        self._xmany('INSERT INTO sources (article_id, idx, name, norm, kind, relation, start, "end") VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
                    [(a.id, *s) for s in rows.sources])
        self._xmany('INSERT INTO dates (article_id, text, value, start, "end") VALUES (?, ?, ?, ?, ?)',
                    [(a.id, *d) for d in rows.dates])
        self._xmany("INSERT INTO events (article_id, idx, type, mode, actor, recipient, place, date, modality,"
                    " trigger_start, trigger_end, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [(a.id, *e) for e in rows.events])
        return AddResult(a.id, status, linked)

    def _entity_for(self, key_norm: str, name: str, etype: str) -> int:
        """The global entity a new article entity joins before the next
        `resolve()`: the single entity already known by this name, else a new one."""
        cached = self._eid_cache.get((key_norm, etype))
        if cached is not None:
            return cached
        eid = self._lookup_entity(key_norm, name, etype)
        self._eid_cache[(key_norm, etype)] = eid
        return eid

    def _lookup_entity(self, key_norm: str, name: str, etype: str) -> int:
        fam = etype if etype in {"PER", "ORG", "LOC", "EVT"} else None
        rows = self._q("SELECT DISTINCT e.id, e.type FROM aliases al JOIN entities e ON e.id = al.entity_id"
                       " WHERE al.norm = ?", (key_norm,))
        if fam:
            typed = [r for r in rows if r[1] == fam]
            rows = typed or [r for r in rows if r[1] not in {"PER", "ORG", "LOC", "EVT"}]
        if len(rows) == 1:
            return rows[0][0]
        key = f"{etype}:{key_norm}"
        found = self._q("SELECT id FROM entities WHERE key = ?", (key,))
        if found:
            return found[0][0]
        eid = self._insert_entity(key, name, etype)
        self._x("INSERT INTO aliases (entity_id, alias, norm) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                (eid, name, key_norm))
        return eid

    @abstractmethod
    def _insert_entity(self, key: str, name: str, etype: str) -> int: ...

    # -- resolution --------------------------------------------------------------
    def resolve(self) -> ResolveStats:
        recs = self._entity_records()
        cl = clusters(recs)
        self._eid_cache.clear()
        self._begin()
        try:
            old = {k: i for i, k in self._q("SELECT id, key FROM entities")}
            keep: set[int] = set()
            assign: list[tuple[int, str, str]] = []
            alias_rows: list[tuple[int, str, str]] = []
            by_id = {r.id: r for r in recs}
            used: set[str] = set()
            # the largest cluster of a name gets the plain key; namesakes kept
            # apart get the key of their representative record
            for c in sorted(cl, key=lambda c: (f"{c.type}:{norm(c.name)}", -len(c.members), c.id)):
                key = f"{c.type}:{norm(c.name)}"
                if key in used:
                    key = f"{key}#{c.id.replace(chr(31), '/')}"
                used.add(key)
                if key in old:
                    eid = old[key]
                    self._x("UPDATE entities SET name = ?, type = ? WHERE id = ?", (c.name, c.type, eid))
                else:
                    eid = self._insert_entity(key, c.name, c.type)
                    old[key] = eid
                keep.add(eid)
                seen: set[str] = set()
                for m in c.members:
                    art, lid = m.split("\x1f", 1)
                    assign.append((eid, art, lid))
                    for n in (by_id[m].name, *by_id[m].aliases):
                        k = norm(n)
                        if k and k not in seen:
                            seen.add(k)
                            alias_rows.append((eid, n, k))
            self._x("DELETE FROM aliases")
            self._xmany("UPDATE article_entities SET entity_id = ? WHERE article_id = ? AND local_id = ?", assign)
            self._xmany("INSERT INTO aliases (entity_id, alias, norm) VALUES (?, ?, ?)", alias_rows)
            stale = [(i,) for i in old.values() if i not in keep]
            self._xmany("DELETE FROM entities WHERE id = ?", stale)
            self._commit()
        except BaseException:
            self._rollback()
            raise
        return ResolveStats(records=len(recs), entities=len(cl), merged=len(recs) - len(cl))

    def _entity_records(self) -> list[EntityRecord]:
        per_article: dict[str, list[tuple]] = defaultdict(list)
        for art, lid, name, etype, aliases, roles in self._q(
                "SELECT article_id, local_id, name, type, aliases, roles FROM article_entities"):
            per_article[art].append((lid, name, etype, aliases, roles))
        recs = []
        for art, ents in per_article.items():
            names = [e[1] for e in ents]
            for lid, name, etype, aliases, roles in ents:
                recs.append(EntityRecord(
                    id=f"{art}\x1f{lid}", name=name, type=etype,
                    aliases=tuple(json.loads(aliases or "[]")), roles=tuple(json.loads(roles or "[]")),
                    neighbours=tuple(n for n in names if n != name)))
        return recs

    # -- reading -------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        tables = ["articles", "article_links", "entities", "article_entities", "aliases", "mentions",
                  "roles", "quotes", "quote_entities", "sources", "dates", "events"]
        # one statement: one consistent snapshot (names are constants)
        row = self._q("SELECT " + ", ".join(f"(SELECT COUNT(*) FROM {t})" for t in tables))[0]
        return dict(zip(tables, (int(n) for n in row)))

    def _entity_ids(self, name: str) -> list[int]:
        """Global entities known by this name or alias (title words ignored)."""
        if not isinstance(name, str):
            raise QueryError("name must be a string")
        key = norm(name)
        if not key:
            return []
        ids = [r[0] for r in self._q("SELECT DISTINCT entity_id FROM aliases WHERE norm = ?", (key,))]
        if not ids:
            from .resolve import name_tokens
            stripped = " ".join(name_tokens(name))
            if stripped and stripped != key:
                ids = [r[0] for r in self._q("SELECT DISTINCT entity_id FROM aliases WHERE norm = ?", (stripped,))]
        return sorted(ids)

    def _in(self, values: list) -> str:
        return "(" + ",".join("?" * len(values)) + ")"

    def quotes(self, *, speaker: str | None = None, about: str | None = None, outlet: str | None = None,
               date_from: str | None = None, date_to: str | None = None, text: str | None = None,
               limit: int = 50) -> list[dict]:
        limit = _check_limit(limit)
        date_from = _check_date(date_from, "date_from")
        date_to = _check_date(date_to, "date_to")
        where: list[str] = []
        params: list[Any] = []
        if speaker is not None:
            ids = self._entity_ids(speaker)
            if not ids:
                return []
            where.append("ae.entity_id IN " + self._in(ids))
            params += ids
        if about is not None:
            ids = self._entity_ids(about)
            if not ids:
                return []
            where.append("q.id IN (SELECT qe.quote_id FROM quote_entities qe JOIN article_entities a2"
                         " ON a2.article_id = qe.article_id AND a2.local_id = qe.local_id"
                         " WHERE a2.entity_id IN " + self._in(ids) + ")")
            params += ids
        if outlet is not None:
            where.append("q.outlet = ?")
            params.append(outlet)
        if date_from:
            where.append("q.date >= ?")
            params.append(date_from)
        if date_to:
            where.append("q.date <= ?")
            params.append(date_to)
        if text is not None:
            terms = parse_query(text)
            if not terms:
                return []
            qids = self._fts_quote_ids(text, 10_000)
            if not qids:
                return []
            where.append("q.id IN " + self._in(qids))
            params += qids
        sql = ("SELECT q.id, q.article_id, q.speaker_name, e.id, e.name, q.content, q.cue, q.kind, q.date, q.outlet,"
               ' q.start, q."end", q.via, a.url, a.title'
               " FROM quotes q JOIN articles a ON a.id = q.article_id"
               " LEFT JOIN article_entities ae ON ae.article_id = q.article_id AND ae.local_id = q.speaker_local"
               " LEFT JOIN entities e ON e.id = ae.entity_id")
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY (q.date IS NULL), q.date DESC, q.id LIMIT ?"  # undated last on both backends
        params.append(limit)
        out = []
        for r in self._q(sql, params):
            out.append({"quote_id": r[0], "article_id": r[1], "speaker": r[2], "speaker_entity": r[3],
                        "speaker_canonical": r[4], "content": r[5], "cue": r[6], "kind": r[7], "date": r[8],
                        "outlet": r[9], "start": r[10], "end": r[11], "via": json.loads(r[12] or "[]"),
                        "url": r[13], "title": r[14]})
        return out

    def search(self, query: str, limit: int = 20) -> list[dict]:
        limit = _check_limit(limit)
        if not parse_query(query):
            return []
        out = []
        for aid, title, outlet, published, url, snippet, score in self._fts_articles(query, limit):
            out.append({"article_id": aid, "title": title, "outlet": outlet, "published": published, "url": url,
                        "snippet": snippet, "score": score})
        return out

    def entities(self, query: str | None = None, type: str | None = None, limit: int = 50) -> list[dict]:
        limit = _check_limit(limit)
        where, params = [], []
        if query:
            key = norm(query)
            if not key:
                return []
            esc = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            where.append("e.id IN (SELECT entity_id FROM aliases WHERE norm LIKE ? ESCAPE '\\')")
            params.append(f"%{esc}%")
        if type:
            where.append("e.type = ?")
            params.append(type)
        sql = ("SELECT e.id, e.name, e.type, COUNT(DISTINCT ae.article_id) FROM entities e"
               " LEFT JOIN article_entities ae ON ae.entity_id = e.id")
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " GROUP BY e.id, e.name, e.type ORDER BY COUNT(DISTINCT ae.article_id) DESC, e.name LIMIT ?"
        params.append(limit)
        return [{"entity_id": r[0], "name": r[1], "type": r[2], "articles": r[3]} for r in self._q(sql, params)]

    def entity(self, name: str) -> dict | None:
        ids = self._entity_ids(name)
        if not ids:
            return None
        # the entity most often *named* so (an alias an article gave it, such
        # as a bracketed name after an office, ranks below a name), then the
        # most frequent one
        key = norm(name)
        best = None
        for eid in ids:
            named = sum(
                1 for (n,) in self._q("SELECT name FROM article_entities WHERE entity_id = ?", (eid,)) if norm(n) == key
            )
            n = self._q("SELECT COUNT(*) FROM article_entities WHERE entity_id = ?", (eid,))[0][0]
            if best is None or (named, n) > best[1]:
                best = (eid, (named, n))
        return self.entity_profile(best[0], others=[i for i in ids if i != best[0]])

    def entity_profile(self, eid: int, others: list[int] | None = None) -> dict | None:
        row = self._q("SELECT id, name, type FROM entities WHERE id = ?", (eid,))
        if not row:
            return None
        _, name, etype = row[0]
        aliases = sorted({r[0] for r in self._q("SELECT alias FROM aliases WHERE entity_id = ?", (eid,))})
        roles = [{"role": r[0], "org": r[1], "first_seen": r[2], "last_seen": r[3], "articles": r[4]}
                 for r in self._q(
                     "SELECT MIN(ro.role), ro.org, MIN(ro.seen), MAX(ro.seen), COUNT(DISTINCT ro.article_id)"
                     " FROM roles ro JOIN article_entities ae ON ae.article_id = ro.article_id"
                     " AND ae.local_id = ro.local_id WHERE ae.entity_id = ?"
                     " GROUP BY LOWER(ro.role), ro.org ORDER BY MIN(ro.seen), MIN(ro.role)", (eid,))]
        n_articles = self._q("SELECT COUNT(DISTINCT article_id) FROM article_entities WHERE entity_id = ?", (eid,))[0][0]
        quotes_by = self._q("SELECT COUNT(*) FROM quotes q JOIN article_entities ae ON ae.article_id = q.article_id"
                            " AND ae.local_id = q.speaker_local WHERE ae.entity_id = ?", (eid,))[0][0]
        quotes_about = self._q("SELECT COUNT(DISTINCT qe.quote_id) FROM quote_entities qe JOIN article_entities ae"
                               " ON ae.article_id = qe.article_id AND ae.local_id = qe.local_id"
                               " WHERE ae.entity_id = ?", (eid,))[0][0]
        co = [{"entity_id": r[0], "name": r[1], "type": r[2], "articles": r[3]} for r in self._q(
            "SELECT e.id, e.name, e.type, COUNT(DISTINCT b.article_id) AS n FROM article_entities a"
            " JOIN article_entities b ON b.article_id = a.article_id AND b.entity_id <> a.entity_id"
            " JOIN entities e ON e.id = b.entity_id WHERE a.entity_id = ?"
            " GROUP BY e.id, e.name, e.type ORDER BY n DESC, e.name LIMIT 10", (eid,))]
        outlets = [{"outlet": r[0], "articles": r[1]} for r in self._q(
            "SELECT ar.outlet, COUNT(DISTINCT ar.id) AS n FROM article_entities ae JOIN articles ar"
            " ON ar.id = ae.article_id WHERE ae.entity_id = ? AND ar.outlet IS NOT NULL"
            " GROUP BY ar.outlet ORDER BY n DESC, ar.outlet LIMIT 10", (eid,))]
        seen = self._q("SELECT MIN(ar.published), MAX(ar.published) FROM article_entities ae JOIN articles ar"
                       " ON ar.id = ae.article_id WHERE ae.entity_id = ?", (eid,))[0]
        return {"entity_id": eid, "name": name, "type": etype, "aliases": aliases, "articles": n_articles,
                "first_seen": seen[0], "last_seen": seen[1], "roles": roles, "quotes_by": quotes_by,
                "quotes_about": quotes_about, "co_occurring": co, "outlets": outlets,
                "other_matches": others or []}

    def outlets_citing(self, name: str, limit: int = 50) -> list[dict]:
        """Outlets that quoted `name` or cited it as a source ("which outlets quoted KCNA?")."""
        limit = _check_limit(limit)
        key = norm(name)
        if not key:
            return []
        ids = self._entity_ids(name)
        counts: Counter = Counter()
        if ids:
            for outlet, n in self._q(
                    "SELECT q.outlet, COUNT(*) FROM quotes q JOIN article_entities ae ON ae.article_id = q.article_id"
                    " AND ae.local_id = q.speaker_local WHERE ae.entity_id IN " + self._in(ids) +
                    " GROUP BY q.outlet", ids):
                counts[outlet] += n
        for outlet, n in self._q("SELECT a.outlet, COUNT(*) FROM sources s JOIN articles a ON a.id = s.article_id"
                                 " WHERE s.norm = ? GROUP BY a.outlet", (key,)):
            counts[outlet] += n
        rows = sorted(((o, n) for o, n in counts.items() if o), key=lambda x: (-x[1], x[0]))[:limit]
        return [{"outlet": o, "count": n} for o, n in rows]

    def iter_articles(self) -> Iterator[dict]:
        cur = self._conn.cursor()
        cur.execute("SELECT analysis FROM articles ORDER BY seq")
        while True:
            batch = cur.fetchmany(200)
            if not batch:
                break
            for (analysis,) in batch:
                yield analysis if isinstance(analysis, dict) else json.loads(analysis)
        cur.close()

    def iter_quotes(self) -> Iterator[dict]:
        for r in self._q("SELECT q.id, q.article_id, q.speaker_name, e.id, e.name, q.content, q.cue, q.kind, q.date,"
                         ' q.outlet, q.start, q."end", q.via FROM quotes q LEFT JOIN article_entities ae'
                         " ON ae.article_id = q.article_id AND ae.local_id = q.speaker_local"
                         " LEFT JOIN entities e ON e.id = ae.entity_id ORDER BY q.id"):
            yield {"quote_id": r[0], "article_id": r[1], "speaker": r[2], "speaker_entity": r[3],
                   "speaker_canonical": r[4], "content": r[5], "cue": r[6], "kind": r[7], "date": r[8],
                   "outlet": r[9], "start": r[10], "end": r[11], "via": r[12]}

    def iter_entities(self) -> Iterator[dict]:
        for r in self._q("SELECT e.id, e.name, e.type, COUNT(DISTINCT ae.article_id) FROM entities e"
                         " LEFT JOIN article_entities ae ON ae.entity_id = e.id GROUP BY e.id, e.name, e.type"
                         " ORDER BY e.id"):
            aliases = sorted({a for (a,) in self._q("SELECT alias FROM aliases WHERE entity_id = ?", (r[0],))})
            yield {"entity_id": r[0], "name": r[1], "type": r[2], "articles": r[3], "aliases": aliases}

    def cooccurrence(self, min_articles: int = 1) -> list[tuple[int, int, int]]:
        """(entity a, entity b, articles together) with a < b."""
        return [tuple(r) for r in self._q(
            "SELECT a.entity_id, b.entity_id, COUNT(DISTINCT a.article_id) FROM article_entities a"
            " JOIN article_entities b ON b.article_id = a.article_id AND a.entity_id < b.entity_id"
            " GROUP BY a.entity_id, b.entity_id HAVING COUNT(DISTINCT a.article_id) >= ?", (min_articles,))]

    def speaker_topics(self) -> list[tuple[int, int, int]]:
        """(speaker entity, entity mentioned in the quote, quotes)."""
        return [tuple(r) for r in self._q(
            "SELECT s.entity_id, t.entity_id, COUNT(DISTINCT q.id) FROM quotes q"
            " JOIN article_entities s ON s.article_id = q.article_id AND s.local_id = q.speaker_local"
            " JOIN quote_entities qe ON qe.quote_id = q.id"
            " JOIN article_entities t ON t.article_id = qe.article_id AND t.local_id = qe.local_id"
            " WHERE s.entity_id <> t.entity_id GROUP BY s.entity_id, t.entity_id")]
