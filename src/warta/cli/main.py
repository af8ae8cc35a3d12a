"""`warta` entry point: one Typer app, one module per command."""

from __future__ import annotations

import sys

import typer

from .. import __version__

app = typer.Typer(
    name="warta",
    help="Evidence-linked knowledge from Indonesian news.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"warta {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version and exit."),
) -> None:
    """warta reads Indonesian news and says who said what, where and when."""


def _register() -> None:
    from . import analyze, bench, evaluate  # noqa: F401  (each adds its command to `app`)

    for name in ("ingest", "search", "export"):
        try:
            __import__(f"{__package__}.{name}")
        except ImportError:  # optional commands (storage extras)
            pass


def main(argv: list[str] | None = None) -> int:
    _register()
    try:
        # without standalone mode click returns a command's exit code instead of exiting
        rv = app(args=argv, standalone_mode=False)
        if isinstance(rv, int):
            return rv
    except typer.Exit as exc:
        return exc.exit_code
    except SystemExit as exc:  # click's usage errors
        return int(exc.code or 0)
    except typer.Abort:
        print("Aborted.", file=sys.stderr)
        return 1
    except Exception as exc:  # ClickException and friends (click's, or the copy typer>=0.25 vendors)
        show = getattr(exc, "show", None)
        if callable(show) and isinstance(getattr(exc, "exit_code", None), int):
            show()
            return exc.exit_code
        raise
    return 0


if __name__ == "__main__":  # pragma: no cover
    # `python -m warta.cli.main`: run the imported module's app, the one the
    # command modules register on (this file runs as `__main__`, a second copy)
    from warta.cli.main import main as _main

    sys.exit(_main())
