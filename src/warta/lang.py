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
    """`KEEP_WHOLE_RE` or the tokenizer's own `token_match`, as one compiled
    regex's bound `match` (spaCy serialises a tokenizer's `token_match`
    through the pattern it is bound to, so a plain function cannot be saved)."""
    pattern = KEEP_WHOLE_RE.pattern
    prev = getattr(previous, "__self__", None)
    if prev is not None:
        pattern = f"(?:{pattern})|(?:{prev.pattern})"
    return re.compile(pattern).match


def special_cases(exceptions: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """The tokenizer exceptions `KEEP_WHOLE_RE` does not already give: spaCy
    lists about 7,800 hyphenated Indonesian words (`anak-anak`,
    `Kejang-kejang`) as one-token special cases, which `token_match` keeps
    whole anyway. Each special case costs time when the tokenizer is built;
    the tokens are the same (checked on the corpus, docs/models.md)."""
    return {
        text: tokens for text, tokens in exceptions.items()
        if not (len(tokens) == 1 and tokens[0] == {ORTH: text} and KEEP_WHOLE_RE.match(text))
    }


class WartaTokenizer(Tokenizer):
    """spaCy's `Tokenizer`, except that reading back a serialised copy that
    holds exactly the state it was built with is skipped. `spacy.load(path)`
    first builds the tokenizer from the config (`warta.tokenizer.v1`) and
    then reads the pipeline's `tokenizer` file, which rebuilt every special
    case a second time (about 1.3 s per load). A copy that differs (an older
    lexicon, other rules) is still read, as spaCy does."""

    def from_bytes(self, bytes_data: bytes, *, exclude=tuple()) -> "WartaTokenizer":
        if self._holds(bytes_data, exclude):
            return self
        return super().from_bytes(bytes_data, exclude=exclude)

    def _holds(self, bytes_data: bytes, exclude) -> bool:
        """Whether `bytes_data` (without the excluded fields) is this
        tokenizer's own serialised state."""
        import srsly

        theirs = srsly.msgpack_loads(bytes_data)
        if "vocab" in theirs and "vocab" not in exclude:
            return False
        ours = srsly.msgpack_loads(self.to_bytes(exclude=["vocab", *exclude]))
        return {k: v for k, v in theirs.items() if k != "vocab" and k not in exclude} == ours


def make_tokenizer(nlp: Language) -> Tokenizer:
    """spaCy's tokenizer for `nlp`'s language with warta's abbreviations and
    `token_match`, built at once: spaCy's Indonesian special cases are
    loaded once (adding ours afterwards reloaded them for every change,
    1.3 s more per pipeline load), and only those `token_match` does not
    cover (`special_cases`)."""
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    defaults = nlp.Defaults
    return WartaTokenizer(
        nlp.vocab,
        rules=special_cases({**(defaults.tokenizer_exceptions or {}), **abbreviation_exceptions()}),
        prefix_search=compile_prefix_regex(defaults.prefixes).search if defaults.prefixes else None,
        suffix_search=compile_suffix_regex(defaults.suffixes).search if defaults.suffixes else None,
        infix_finditer=compile_infix_regex(defaults.infixes).finditer if defaults.infixes else None,
        token_match=_keep_whole_match(defaults.token_match),
        url_match=defaults.url_match,
    )


@spacy.registry.tokenizers("warta.tokenizer.v1")
def create_tokenizer() -> Callable[[Language], Tokenizer]:
    return make_tokenizer


def shipped_model_path() -> Path | None:
    path = Path(str(data_path(PIPELINE_DIR)))
    return path if (path / "config.cfg").exists() else None


def base_nlp(model: str | Path | None = None) -> Language:
    """The statistical base of the pipeline.

    `None` or `"rules"`: the tokenizer alone (the default analysis: the rule
    components need no statistical annotation, and measured with `warta eval`
    they are more accurate and six times faster without it, see
    docs/models.md). `"trained"`: the trained pipeline shipped in
    `warta/data/pipeline` (tagger, morphology, lemmatizer, parser, NER).
    Anything else: the path of a spaCy pipeline."""
    if model in (None, "rules"):
        return spacy.blank("id", config={"nlp": {"tokenizer": {"@tokenizers": "warta.tokenizer.v1"}}})
    path = shipped_model_path() if model == "trained" else Path(model)
    if path is None or not (path / "config.cfg").exists():
        raise FileNotFoundError(f"no spaCy pipeline at {path or 'warta/data/pipeline'}")
    # the tokenizer comes from the config (`warta.tokenizer.v1`, built from
    # the current lexicons), not from the rules frozen at training time
    return spacy.load(path, exclude=["tokenizer"])


def build_nlp(model: str | Path | None = None) -> Language:
    """Base pipeline + warta's sentence rules + rule components."""
    from . import registry  # noqa: F401  (registers the factories)

    nlp = base_nlp(model)
    # the rule senter sets every boundary first; a parser then keeps them
    # (its own boundaries cost quote recall: 0.979 -> 0.906 on news_dev)
    nlp.add_pipe("warta_senter_v1", first=True)
    for factory in WARTA_COMPONENTS:
        nlp.add_pipe(factory, name=factory.split("_")[1])
    return nlp


def load_nlp(model: str | None = None) -> Language:
    """The analysis pipeline for `model`, built once per process."""
    return _cached_nlp(str(model or "rules"))


@lru_cache(maxsize=4)
def _cached_nlp(model: str) -> Language:
    return build_nlp(model)
