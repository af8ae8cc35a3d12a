"""Shared fixtures. Tests that need ../shared are marked `shared` and skip
cleanly when it is absent."""

from __future__ import annotations


import pytest

from testpaths import EXAMPLES, ROOT, SHARED, shared_path  # noqa: F401  (re-exported for fixtures)


@pytest.fixture(scope="session")
def nlp():
    import warta

    return warta.nlp()


@pytest.fixture(scope="session")
def pipeline():
    import warta

    return warta.load()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return shared_path("seed", "article.txt").read_text(encoding="utf-8")
