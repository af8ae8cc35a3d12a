"""Silver NER data: corpus paragraphs labelled by several teacher pipelines,
kept only where all of them agree.

Teachers are assembled pipelines of the shipped recipe trained with
different seeds (their NER, rulers and the conventions step). Each labels
the same sample of corpus paragraphs; a paragraph whose entities (span and
label) differ between any two teachers is dropped, and the rest, up to a
budget of words, becomes NER-only training Docs (every token outside an
entity is `O`). Self-labelling with one model taught the NER its own
mistakes (dev F1 down); with agreement between three, idner dev F1 rose by
about one point, idner test did not (docs/models.md, "Silver data from
agreeing teachers"). An experiment: the shipped model does not use it.

Paragraphs that contain a sentence of a scored set are left out, so no
test sentence is ever labelled, even by a model.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Iterable, Sequence

import spacy
from spacy.tokens import Doc, DocBin, Span

from .build import seeded_sample

Entities = tuple[tuple[int, int, str], ...]

MIN_WORDS = 8
MAX_WORDS = 120
# a held-out sentence is found by its first characters, letters and digits
# only; sentences with fewer than HELD_MIN of them are not looked for
HELD_PREFIX = 60
HELD_MIN = 40
_NOT_WORD = re.compile(r"\W+")
_CAPITAL = re.compile(r"[A-Z]")


def _key(text: str) -> str:
    return _NOT_WORD.sub("", text.lower())


def candidates(paragraphs: Iterable[str], held_out: Iterable[str], *,
               min_words: int = MIN_WORDS, max_words: int = MAX_WORDS) -> list[str]:
    """Paragraphs of `min_words`-`max_words` words with a capital letter
    that contain none of the `held_out` sentences (compared on their first
    HELD_PREFIX letters and digits; sentences of fewer than HELD_MIN cannot
    be told apart from common phrases and are not compared)."""
    held = {k[:HELD_PREFIX] for k in map(_key, held_out) if len(k) >= HELD_MIN}
    out = []
    for text in paragraphs:
        if not min_words <= len(text.split()) <= max_words or not _CAPITAL.search(text):
            continue
        key = _key(text)
        if any(h in key for h in held):
            continue
        out.append(text)
    return out


def label(model: Path | str, texts: Sequence[str], *, batch_size: int = 256
          ) -> tuple[list[list[str]], list[list[bool]], list[Entities]]:
    """Words, trailing spaces and entities of `texts` by the assembled
    pipeline at `model` (the UD heads are not run)."""
    from .. import lang  # noqa: F401  (tokenizer)
    from ..components import ner_conventions  # noqa: F401

    nlp = spacy.load(model, exclude=["morphologizer", "parser", "trainable_lemmatizer"])
    words, spaces, ents = [], [], []
    for doc in nlp.pipe(texts, batch_size=batch_size):
        words.append([t.text for t in doc])
        spaces.append([bool(t.whitespace_) for t in doc])
        ents.append(tuple((e.start, e.end, e.label_) for e in doc.ents))
    return words, spaces, ents


def agreed(words: Sequence[list[str]], spaces: Sequence[list[bool]],
           labels: Sequence[Sequence[Entities]], budget: int, vocab=None) -> list[Doc]:
    """NER-only Docs of the paragraphs whose entities all teachers agree
    on (`labels[teacher][paragraph]`), in order, until `budget` words."""
    vocab = vocab if vocab is not None else spacy.blank("id").vocab
    docs: list[Doc] = []
    total = 0
    for i, (w, s) in enumerate(zip(words, spaces)):
        if total >= budget:
            break
        if len({teacher[i] for teacher in labels}) != 1:
            continue
        doc = Doc(vocab, words=w, spaces=s)
        doc.set_ents([Span(doc, a, b, label=lab) for a, b, lab in labels[0][i]], default="outside")
        docs.append(doc)
        total += len(doc)
    return docs


def build_silver(teachers: Sequence[Path], paragraphs: Sequence[str], held_out: Sequence[str], out: Path, *,
                 n: int = 20_000, budget: int = 90_000, seed: int = 0, log=print) -> Path:
    """Label a seeded sample of `n` candidate paragraphs with every teacher,
    write the agreed ones (up to `budget` words) to the DocBin `out`, and a
    JSON summary beside it."""
    texts = seeded_sample(candidates(paragraphs, held_out), n, seed)
    labels, words, spaces = [], None, None
    for teacher in teachers:
        w, s, e = label(teacher, texts)
        if words is not None and w != words:
            raise ValueError(f"{teacher} tokenizes the paragraphs differently from {teachers[0]}")
        words, spaces = w, s
        labels.append(e)
        log(f"silver: {teacher}: {sum(map(len, e))} entities in {len(texts)} paragraphs")
    docs = agreed(words or [], spaces or [], labels, budget)
    out.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs).to_disk(out)
    summary = {
        "teachers": [str(t) for t in teachers], "sampled": len(texts), "seed": seed,
        "agreed_all": sum(len({t[i] for t in labels}) == 1 for i in range(len(texts))),
        "docs": len(docs), "words": sum(map(len, docs)), "entities": sum(len(d.ents) for d in docs),
    }
    out.with_suffix(".json").write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    log(f"silver: {summary}")
    return out


def read_paragraphs(jsonl: Path) -> list[str]:
    """The `text` of every line of the pretraining JSONL."""
    with jsonl.open(encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh if line.strip()]
