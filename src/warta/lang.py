"""Indonesian language data for spaCy, and loading of the full warta nlp.

The tokenizer is spaCy's `id` tokenizer plus warta's news abbreviations
(`data/lexicons/abbreviations.txt`), registered as `warta.tokenizer.v1` so
the shipped pipeline's config can name it and `spacy.load(path)` works.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Callable

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer

from . import extensions  # noqa: F401  (registers Doc extensions)
from .lexicons import data_path, ordered_list

PIPELINE_DIR = "pipeline"  # warta/data/pipeline: the shipped trained model

# Whole strings that stay one token (checked after prefixes and suffixes such
# as brackets and final punctuation are split off): dates `12/9/2023`,
# `12/9`; hyphenated words whose second part is lower-case or a number
# (`Kim Jong-un`, `Covid-19`, `ke-8`, `anak-anak`, `sehari-hari`); and
# prefixes hyphenated to a name (`se-Indonesia`, `pasca-Lebaran`).
# Capitalised pairs (`Timor-Leste`, `Jakarta-Bandung`) still split at the hyphen.
KEEP_WHOLE_RE = re.compile(
    r"^(?:"
    r"\d{1,2}/\d{1,2}(?:/(?:\d{4}|\d{2}))?"
    r"|[A-Za-z]+(?:-(?:[a-z]+|[0-9]+))+"
    r"|(?:se|ke|non|pra|pasca|anti|eks|pro|antar)-[A-Z][A-Za-z]*"
    r")$"
)

# warta rule components in the order they run, after the statistical ones
WARTA_COMPONENTS = (
    "warta_acronyms_v1",
    "warta_dates_v1",
    "warta_entities_v1",
    "warta_roles_v1",
    "warta_quotes_v1",
    "warta_sources_v1",
)


def abbreviation_exceptions() -> dict[str, list[dict]]:
    """Tokenizer special cases: every abbreviation with its final dot kept as
    one token, in lower, Title and UPPER case (the file lists each once)."""
    out: dict[str, list[dict]] = {}
    for abbr in ordered_list("abbreviations"):
        for form in {abbr, abbr.lower(), abbr[:1].upper() + abbr[1:], abbr.upper()}:
            out[form] = [{ORTH: form}]
    return out


def _keep_whole_match(previous: Callable | None) -> Callable:
    def match(text: str):
        return KEEP_WHOLE_RE.match(text) or (previous(text) if previous else None)

    return match


def customize_tokenizer(tokenizer: Tokenizer) -> Tokenizer:
    for text, case in abbreviation_exceptions().items():
        tokenizer.add_special_case(text, case)
    tokenizer.token_match = _keep_whole_match(tokenizer.token_match)
    return tokenizer


@spacy.registry.tokenizers("warta.tokenizer.v1")
def create_tokenizer() -> Callable[[Language], Tokenizer]:
    base_factory = spacy.registry.tokenizers.get("spacy.Tokenizer.v1")()

    def make(nlp: Language) -> Tokenizer:
        return customize_tokenizer(base_factory(nlp))

    return make


def shipped_model_path() -> Path | None:
    path = Path(str(data_path(PIPELINE_DIR)))
    return path if (path / "config.cfg").exists() else None


def base_nlp(model: str | Path | None = None) -> Language:
    """The statistical pipeline (trained if shipped, else blank `id`)."""
    path = Path(model) if model else shipped_model_path()
    if path is not None:
        # the tokenizer comes from the config (`warta.tokenizer.v1`, built from
        # the current lexicons), not from the rules frozen at training time
        nlp = spacy.load(path, exclude=["tokenizer"])
    else:
        nlp = spacy.blank("id")
        customize_tokenizer(nlp.tokenizer)
    return nlp


def build_nlp(model: str | Path | None = None) -> Language:
    """Base pipeline + warta's sentence rules + rule components."""
    from . import registry  # noqa: F401  (registers the factories)

    nlp = base_nlp(model)
    # statistical sentence boundaries respect the paragraph breaks set first;
    # without them the rule senter does the whole job
    has_senter = "parser" in nlp.pipe_names or "senter" in nlp.pipe_names
    nlp.add_pipe("warta_paragraphs_v1" if has_senter else "warta_senter_v1", first=True)
    for factory in WARTA_COMPONENTS:
        nlp.add_pipe(factory, name=factory.split("_")[1])
    return nlp


@lru_cache(maxsize=4)
def load_nlp(model: str | None = None) -> Language:
    return build_nlp(model)
