"""Helpers the store commands share."""

from __future__ import annotations

import typer
from rich.console import Console


def open_store_or_exit(db: str, err: Console, *, readonly: bool = False):
    """The store at `db`, or a clear error on stderr and exit status 2."""
    from ..storage import StoreError, open_store

    try:
        return open_store(db, readonly=readonly)
    except StoreError as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from None
