"""Data augmentation for training: case variants of whole examples.

News headlines come in ALL CAPS or Title Case and some sources are all
lower case; training on case variants keeps NER and tagging usable there.
Registered as `warta.case_augmenter.v1` for `[corpora.train.augmenter]`.
"""

from __future__ import annotations

import random
from typing import Callable, Iterator

from spacy.language import Language
from spacy.training import Example
from spacy.util import registry


@registry.augmenters("warta.case_augmenter.v1")
def create_case_augmenter(lower: float = 0.05, upper: float = 0.05) -> Callable[[Language, Example], Iterator[Example]]:
    """With probability `lower` yield a lower-cased copy, with `upper` an
    upper-cased copy, otherwise the example unchanged (never both)."""

    def augment(nlp: Language, example: Example) -> Iterator[Example]:
        roll = random.random()
        if roll < lower:
            yield case_variant(nlp, example, str.lower)
        elif roll < lower + upper:
            yield case_variant(nlp, example, str.upper)
        else:
            yield example

    return augment


def case_variant(nlp: Language, example: Example, change: Callable[[str], str]) -> Example:
    """`example` with every character case-changed; annotation kept.

    Falls back to the original when the change would alter the text
    length (e.g. German sharp s), since offsets must stay aligned."""
    text = example.text
    new_text = change(text)
    words = [change(t.text) for t in example.reference]
    if len(new_text) != len(text) or any(len(w) != len(t.text) for w, t in zip(words, example.reference)):
        return example
    data = example.to_dict()
    data["token_annotation"]["ORTH"] = words
    _drop_missing(example.reference, data)
    if "LEMMA" in data["token_annotation"] and change is str.lower:
        data["token_annotation"]["LEMMA"] = [lemma.lower() for lemma in data["token_annotation"]["LEMMA"]]
    return example.__class__.from_dict(nlp.make_doc(new_text), data)


# annotation layers of `Example.to_dict()` and the Doc attribute that says
# whether the reference has them
_LAYERS = {"TAG": "TAG", "POS": "POS", "MORPH": "MORPH", "LEMMA": "LEMMA", "HEAD": "DEP", "DEP": "DEP"}


def _drop_missing(reference, data: dict) -> None:
    """Remove the layers the reference does not annotate, so that they stay
    *missing* in the variant. `to_dict` writes them out as values (empty
    morphology becomes `_`, absent entities become `O`), which would teach
    a component trained on partially annotated data wrong labels."""
    tokens = data["token_annotation"]
    for key, attr in _LAYERS.items():
        if key in tokens and not reference.has_annotation(attr):
            del tokens[key]
    if not reference.has_annotation("ENT_IOB"):
        data["doc_annotation"].pop("entities", None)
