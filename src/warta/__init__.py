"""warta: evidence-linked knowledge from Indonesian news.

    >>> import warta
    >>> art = warta.analyze("Bisnis.com, JAKARTA - ...", published="2023-09-13")
    >>> for article in warta.load().pipe(records, n_process=2): ...
"""

from __future__ import annotations

__version__ = "0.1.0"

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

    from .pipeline import Pipeline
    from .types import Article


def load(**settings: Any) -> "Pipeline":
    """A ready pipeline (models and lexicons loaded once)."""
    from .pipeline import Pipeline

    return Pipeline.create(**settings)


def analyze(text: str, **meta: Any) -> "Article":
    """Analyse one article. `meta`: id, url, title, outlet, published, author."""
    from .pipeline import default_pipeline

    return default_pipeline().analyze(text, **meta)


def nlp(model: str | None = None) -> "Language":
    """The loaded spaCy `Language` that analysis runs: warta's tokenizer and
    rule components, on top of the shipped trained pipeline (tagger, parser,
    lemmatizer, NER) with `model="trained"`, or of any pipeline path."""
    from .lang import load_nlp

    return load_nlp(model)


__all__ = ["__version__", "analyze", "load", "nlp"]
