"""The warta knowledge base: analysed articles across outlets and time.

    >>> from warta.storage import open_store
    >>> with open_store("warta.db") as store:            # SQLite file
    ...     store.add_many(articles)
    ...     store.resolve()                              # cross-article entities
    ...     store.quotes(speaker="Prabowo", date_from="2025-10-01")
    >>> open_store("postgresql://user@host/db")          # PostgreSQL

Both backends implement `Store` and pass the same tests.
"""

from __future__ import annotations

from pathlib import Path

from .base import AddResult, QueryError, ResolveStats, Store, StoreError

DEFAULT_URL = "warta.db"


def open_store(url: str | Path | None = None, *, readonly: bool = False) -> Store:
    """Open (and create or migrate) a store.

    `url`: a file path or `sqlite:///path` (SQLite), or
    `postgresql://...` / `postgres://...` (PostgreSQL). Raises `StoreError`
    with a readable message for a bad URL, an unreachable server, or a file
    that is not a warta database.
    """
    url = str(url or DEFAULT_URL)
    if url.startswith(("postgresql://", "postgres://")):
        try:
            from .postgres import PostgresStore
        except ImportError as exc:  # pragma: no cover - extra not installed
            raise StoreError("PostgreSQL needs psycopg: pip install 'warta[store]'") from exc
        return PostgresStore(url, readonly=readonly)
    if url.startswith("sqlite:///"):  # sqlite:///relative.db, sqlite:////abs/path.db
        path = url[len("sqlite:///"):]
    elif "://" in url:
        raise StoreError(f"unknown store URL scheme: {url.split('://', 1)[0]}:// (use a file path, sqlite:/// or postgresql://)")
    else:
        path = url
    from .sqlite import SQLiteStore

    if path != ":memory:":
        p = Path(path)
        if p.is_dir():
            raise StoreError(f"{p} is a directory, not a database file")
        if readonly and not p.exists():
            raise StoreError(f"{p} does not exist")
    return SQLiteStore(path, url=url, readonly=readonly)


__all__ = ["AddResult", "DEFAULT_URL", "QueryError", "ResolveStats", "Store", "StoreError", "open_store"]
