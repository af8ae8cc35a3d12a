"""PostgreSQL backend (psycopg 3). Full-text search uses the `warta_id` text
search configuration: the `simple` dictionary (no English stemming) behind
`unaccent` when that extension can be installed, plain `simple` otherwise."""

from __future__ import annotations

import re

import psycopg

from ..types import Article
from .base import SQLStore, StoreError, migration_files
from .text import parse_query, tsquery

_LOCK_ID = 0x57415254  # advisory lock held while migrating


class PostgresStore(SQLStore):
    backend = "postgres"
    _ph = "%s"

    def __init__(self, url: str, readonly: bool = False):
        super().__init__(url)
        try:
            self._conn = psycopg.connect(url, autocommit=True, connect_timeout=10)
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to PostgreSQL at {_redact(url)}: {str(exc).strip()}") from None
        try:
            if readonly:
                self._conn.execute("SET default_transaction_read_only = on")
            self._migrate(readonly)
        except psycopg.Error as exc:
            self.close()
            raise StoreError(f"{_redact(url)} is not a usable warta database: {str(exc).strip()}") from None

    def _sql(self, sql: str) -> str:
        # psycopg placeholders are %s: escape literal % first, then swap ?
        return sql.replace("%", "%%").replace("?", "%s")

    def _params(self, params) -> tuple:
        return tuple(_clean(p) if isinstance(p, str) else p for p in params)

    def _migrate(self, readonly: bool) -> None:
        c = self._conn
        tables = {r[0] for r in c.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")}
        if tables and "schema_version" not in tables:
            raise StoreError(f"{_redact(self.url)} holds other tables ({', '.join(sorted(tables)[:5])}): "
                             "not a warta store")
        if readonly:
            if "schema_version" not in tables:
                raise StoreError(f"{_redact(self.url)} is empty: not a warta store")
            return
        files = migration_files("postgres")
        with c.transaction():
            c.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK_ID,))
            c.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL)")
            done = {r[0] for r in c.execute("SELECT version FROM schema_version")}
            newest = max(v for v, _, _ in files)
            if done and max(done) > newest:
                raise StoreError(f"{_redact(self.url)} has schema version {max(done)}, newer than this warta ({newest})")
            if not done:
                self._text_search_config()
            for version, name, sql in files:
                if version in done:
                    continue
                c.execute(sql)
                c.execute("INSERT INTO schema_version (version, name) VALUES (%s, %s)", (version, name))

    def _text_search_config(self) -> None:
        c = self._conn
        exists = c.execute("SELECT 1 FROM pg_ts_config WHERE cfgname = 'warta_id'").fetchone()
        if exists:
            return
        c.execute("CREATE TEXT SEARCH CONFIGURATION warta_id (COPY = simple)")
        try:
            with c.transaction():  # savepoint: unaccent may be missing or not allowed
                c.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
                c.execute("ALTER TEXT SEARCH CONFIGURATION warta_id ALTER MAPPING FOR hword, hword_part, word"
                          " WITH unaccent, simple")
            self.unaccent = True
        except psycopg.Error:
            self.unaccent = False

    def schema_version(self) -> int:
        return self._conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0]

    def _begin(self) -> None:
        self._conn.execute("BEGIN")

    def _commit(self) -> None:
        self._conn.execute("COMMIT")

    def _rollback(self) -> None:
        try:
            self._conn.execute("ROLLBACK")
        except psycopg.Error:
            pass

    def _insert_article(self, a: Article, h: str) -> None:
        self._conn.execute(
            "INSERT INTO articles (id, url, content_hash, title, outlet, author, published, language, body,"
            " analysis, schema_version) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
            self._params((a.id, a.url, h, a.title, a.outlet, a.author, a.published, a.language, a.body,
                          a.to_json(), a.schema_version)))

    def _insert_quote(self, article_id: str, row: tuple) -> int:
        return self._conn.execute(
            'INSERT INTO quotes (article_id, idx, speaker_local, speaker_name, content, cue, kind, date, outlet,'
            ' start, "end", via) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s) RETURNING id',
            self._params((article_id, *row))).fetchone()[0]

    def _insert_entity(self, key: str, name: str, etype: str) -> int:
        return self._conn.execute("INSERT INTO entities (key, name, type) VALUES (%s, %s, %s) RETURNING id",
                                  self._params((key, name, etype))).fetchone()[0]

    def _fts_articles(self, query: str, limit: int) -> list[tuple]:
        q = tsquery(parse_query(query))
        if not q:
            return []
        rows = self._q(
            "SELECT id, title, outlet, published, url, body, ts_rank(tsv, query) AS score"
            " FROM articles, websearch_to_tsquery('warta_id', ?) AS query WHERE tsv @@ query"
            " ORDER BY score DESC, seq LIMIT ?", (q, limit))
        words = [w for t in parse_query(query) if not t.negated for w in t.words]
        return [(r[0], r[1], r[2], r[3], r[4], _snippet(r[5], words), -float(r[6])) for r in rows]

    def _fts_quote_ids(self, query: str, limit: int) -> list[int]:
        q = tsquery(parse_query(query))
        if not q:
            return []
        return [r[0] for r in self._q("SELECT id FROM quotes WHERE tsv @@ websearch_to_tsquery('warta_id', ?)"
                                      " ORDER BY id LIMIT ?", (q, limit))]

    def iter_articles(self):
        for row in super().iter_articles():
            yield row


_JSON_NUL = re.compile(r"(?<!\\)((?:\\\\)*)\\u0000")


def _clean(text: str) -> str:
    """PostgreSQL text cannot hold NUL, nor jsonb the escape \\u0000."""
    if not text:
        return text
    if "\x00" in text:
        text = text.replace("\x00", "\ufffd")
    if "\\u0000" in text:
        text = _JSON_NUL.sub(lambda m: m.group(1) + "\\ufffd", text)
    return text


def _snippet(body: str, words: list[str], width: int = 80) -> str:
    low = body.casefold()
    pos = min((p for p in (low.find(w) for w in words) if p >= 0), default=0)
    start = max(0, pos - width // 2)
    return ("…" if start else "") + body[start:start + width].replace("\n", " ") + "…"


def _redact(url: str) -> str:
    """The URL without its password."""
    try:
        from urllib.parse import urlsplit, urlunsplit

        parts = urlsplit(url)
        if parts.password:
            netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
            return urlunsplit(parts._replace(netloc=netloc))
    except ValueError:
        pass
    return url
