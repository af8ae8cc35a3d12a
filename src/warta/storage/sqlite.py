"""SQLite backend: one file, WAL mode (readers never block the writer), FTS5
full-text search over article titles/bodies and quote contents."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..types import Article
from .base import SQLStore, StoreError, migration_files
from .text import fts5_query, parse_query

APPLICATION_ID = 0x57415254  # "WART": marks a warta database file


class SQLiteStore(SQLStore):
    backend = "sqlite"
    _ph = "?"

    def __init__(self, path: str | Path, url: str | None = None, readonly: bool = False):
        super().__init__(url or f"sqlite:///{path}")
        self.path = str(path)
        try:
            if readonly:
                uri = f"file:{Path(self.path).resolve()}?mode=ro"
                self._conn = sqlite3.connect(uri, uri=True, timeout=30, isolation_level=None)
            else:
                self._conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            self._conn.execute("PRAGMA busy_timeout = 30000")
            self._check_and_migrate(readonly)
        except sqlite3.DatabaseError as exc:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
            raise StoreError(f"{self.path} is not a usable warta database: {exc}") from None

    def _check_and_migrate(self, readonly: bool) -> None:
        c = self._conn
        app_id = c.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if app_id not in (0, APPLICATION_ID) or (tables and "schema_version" not in tables):
            raise StoreError(f"{self.path} is an SQLite database, but not a warta store "
                             f"(tables: {', '.join(sorted(tables)[:5]) or 'none'})")
        if not readonly:
            c.execute("PRAGMA journal_mode = WAL")
            c.execute("PRAGMA synchronous = NORMAL")
        c.execute("PRAGMA foreign_keys = ON")
        if readonly:
            if "schema_version" not in tables:
                raise StoreError(f"{self.path} is empty: not a warta store")
            return
        c.execute("BEGIN IMMEDIATE")
        try:
            if "schema_version" not in tables:
                c.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL)")
                c.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            done = {r[0] for r in c.execute("SELECT version FROM schema_version")}
            files = migration_files("sqlite")
            newest = max(v for v, _, _ in files)
            if done and max(done) > newest:
                raise StoreError(f"{self.path} has schema version {max(done)}, newer than this warta ({newest})")
            for version, name, sql in files:
                if version in done:
                    continue
                for stmt in _statements(sql):
                    c.execute(stmt)
                c.execute("INSERT INTO schema_version (version, name) VALUES (?, ?)", (version, name))
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise

    def schema_version(self) -> int:
        return self._conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0]

    def _begin(self) -> None:
        self._conn.execute("BEGIN IMMEDIATE")

    def _commit(self) -> None:
        self._conn.execute("COMMIT")

    def _rollback(self) -> None:
        if self._conn.in_transaction:
            self._conn.execute("ROLLBACK")

    def _insert_article(self, a: Article, h: str) -> None:
        cur = self._conn.execute(
            "INSERT INTO articles (id, url, content_hash, title, outlet, author, published, language, body,"
            " analysis, schema_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (a.id, a.url, h, a.title, a.outlet, a.author, a.published, a.language, a.body, a.to_json(),
             a.schema_version))
        self._conn.execute("INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)",
                           (cur.lastrowid, a.title or "", a.body))

    def _insert_quote(self, article_id: str, row: tuple) -> int:
        cur = self._conn.execute(
            'INSERT INTO quotes (article_id, idx, speaker_local, speaker_name, content, cue, kind, date, outlet,'
            ' start, "end", via) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', (article_id, *row))
        qid = cur.lastrowid
        self._conn.execute("INSERT INTO quotes_fts (rowid, content) VALUES (?, ?)", (qid, row[3]))
        return qid

    def _insert_entity(self, key: str, name: str, etype: str) -> int:
        cur = self._conn.execute("INSERT INTO entities (key, name, type) VALUES (?, ?, ?)", (key, name, etype))
        return cur.lastrowid

    def _fts_articles(self, query: str, limit: int) -> list[tuple]:
        expr = fts5_query(parse_query(query))
        if not expr:
            return []
        return self._q(
            "SELECT a.id, a.title, a.outlet, a.published, a.url,"
            " snippet(articles_fts, 1, '[', ']', '…', 12), bm25(articles_fts)"
            " FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid"
            " WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts) LIMIT ?", (expr, limit))

    def _fts_quote_ids(self, query: str, limit: int) -> list[int]:
        expr = fts5_query(parse_query(query))
        if not expr:
            return []
        return [r[0] for r in self._q("SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ? ORDER BY rank LIMIT ?",
                                      (expr, limit))]


def _statements(sql: str) -> list[str]:
    """Split a migration file into statements (no `;` inside our literals)."""
    lines = [ln for ln in sql.splitlines() if not ln.strip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
