"""Static floret vectors trained on unlabelled news text.

The text is the shared corpora (indonews-2025 bodies, detik-2025 articles)
plus the words of the training splits of the labelled corpora, tokenised
with warta's own tokenizer so that vector keys match runtime tokens.
Test splits are never included.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Iterable, Iterator

PARAGRAPH_SEP = "\n"


def corpus_paragraphs(shared: Path) -> Iterator[str]:
    """Raw paragraphs of the two news corpora, in file order."""
    with open(shared / "corpus" / "indonews-2025" / "articles.jsonl", encoding="utf-8") as fh:
        for line in fh:
            art = json.loads(line)
            yield art.get("title") or ""
            yield from (art.get("body") or "").split(PARAGRAPH_SEP)
    csv.field_size_limit(sys.maxsize)
    with open(shared / "corpus" / "detik-2025" / "data_berita.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            yield row.get("judul") or ""
            yield from (row.get("isi_berita") or "").split(PARAGRAPH_SEP)


def write_vector_text(shared: Path, out: Path, extra_sentences: Iterable[list[str]] = ()) -> int:
    """Write one tokenised paragraph per line; returns the number of tokens."""

    tokenizer = _blank_tokenizer()
    n = 0
    with open(out, "w", encoding="utf-8") as fh:
        paragraphs = (p.strip() for p in corpus_paragraphs(shared))
        for doc in tokenizer.pipe(p for p in paragraphs if p):
            words = [t.text for t in doc if not t.is_space]
            n += len(words)
            fh.write(" ".join(words) + "\n")
        for words in extra_sentences:
            n += len(words)
            fh.write(" ".join(words) + "\n")
    return n


def write_pretrain_text(shared: Path, out: Path, *, min_words: int = 5) -> int:
    """The corpus paragraphs of at least `min_words` words as JSONL
    (`{"text": ...}`), the raw text `spacy pretrain` reads; returns the
    number of paragraphs."""
    n = 0
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as fh:
        for paragraph in corpus_paragraphs(shared):
            paragraph = paragraph.strip()
            if len(paragraph.split()) >= min_words:
                fh.write(json.dumps({"text": paragraph}, ensure_ascii=False) + "\n")
                n += 1
    return n


def _blank_tokenizer():
    from ..lang import base_nlp

    return base_nlp().tokenizer


def train_floret(text: Path, out_prefix: Path, *, dim: int = 100, bucket: int = 50_000,
                 minn: int = 4, maxn: int = 5, hash_count: int = 2, epoch: int = 5,
                 min_count: int = 3, threads: int = 1) -> Path:
    """Train floret vectors (mode=floret) and write `<out_prefix>.floret`.

    floret seeds its RNG with 0; one thread keeps the result deterministic."""
    import floret

    model = floret.train_unsupervised(
        str(text), model="cbow", mode="floret", hashCount=hash_count, bucket=bucket,
        minn=minn, maxn=maxn, dim=dim, epoch=epoch, minCount=min_count, thread=threads,
    )
    model.save_floret_vectors(str(out_prefix) + ".floret")
    return Path(str(out_prefix) + ".floret")
