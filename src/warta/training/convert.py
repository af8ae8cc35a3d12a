"""Converters from the corpora in `../shared/data` to spaCy `Doc`s / DocBin.

Readers yield plain Python records; `*_docs` functions turn them into Docs
built from the corpora's own gold words (so tokenisation of training data
does not depend on the runtime tokenizer).

Formats:
- token/tag TSV or space-separated columns with BIO tags (idner, NERGrit,
  NER-UI, NER-UGM, NERP): `read_bio`.
- CoNLL-U (UD CSUI, GSD, PUD): `read_conllu`. Multiword tokens such as
  `menyetujuinya` = `menyetujui` + `nya` are merged back into the surface
  token, because warta's tokenizer does not split clitics: the merged
  token keeps the tags/lemma of its syntactic head part.
- nlp-id kumparan POS (`token<TAB>tag`, `-nya` split off): `read_nlpid`,
  which maps the 16 tags to UPOS and glues a split `nya` back to its host.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from spacy.tokens import Doc
from spacy.training import iob_to_biluo, tags_to_entities
from spacy.vocab import Vocab

from ..lexicons import data_path

BIO_TAG_RE = re.compile(r"^(?P<prefix>[BIES])-(?P<label>.+)$")
MWT_ID_RE = re.compile(r"^(?P<start>\d+)-(?P<end>\d+)$")
ENCLITIC_NYA = "nya"


@dataclass
class Sentence:
    """One gold sentence: words plus whichever annotation layers exist."""

    words: list[str]
    spaces: list[bool] | None = None
    ner: list[str | None] | None = None  # BIO tags in the warta scheme; None = missing
    pos: list[str] | None = None  # UPOS
    tags: list[str] | None = None  # corpus-specific fine tags (XPOS)
    morphs: list[str] | None = None
    lemmas: list[str] | None = None
    heads: list[int] | None = None  # absolute 0-based head indices
    deps: list[str] | None = None
    meta: dict = field(default_factory=dict)


# ---------------------------------------------------------------- labels
@lru_cache(maxsize=None)
def ner_label_map() -> dict[tuple[str, str], str | None]:
    """(corpus, corpus label) -> warta label (None = drop)."""
    path = data_path("training", "ner_label_map.tsv")
    rows = [
        line.rstrip("\n")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    out: dict[tuple[str, str], str | None] = {}
    for row in csv.DictReader(rows, delimiter="\t"):
        out[(row["source"], row["label"])] = None if row["warta"] == "-" else row["warta"]
    return out


def map_bio(tags: list[str], source: str) -> list[str]:
    """Map BIO tags of `source` to the warta scheme; unknown labels raise."""
    mapping = ner_label_map()
    out = []
    for tag in tags:
        match = BIO_TAG_RE.match(tag)
        if not match:
            out.append("O")
            continue
        key = (source, match["label"])
        if key not in mapping:
            raise ValueError(f"label {match['label']!r} of {source} is not in ner_label_map.tsv")
        label = mapping[key]
        out.append("O" if label is None else f"{match['prefix']}-{label}")
    return repair_bio(out)


def repair_bio(tags: list[str]) -> list[str]:
    """Turn an I- that does not continue an entity of its label into B-."""
    out: list[str] = []
    prev = "O"
    for tag in tags:
        if tag.startswith("I-") and prev[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        out.append(tag)
        prev = tag
    return out


@lru_cache(maxsize=1)
def country_forms() -> frozenset[str]:
    """Every country name and short form in warta's place lexicons
    (`Israel`, `Amerika Serikat`, `AS`, `Korut`)."""
    from ..lexicons import table

    return frozenset(row["form"] for name in ("places", "places_extra")
                     for row in table(name) if row["kind"] == "country")


def mask_entities(sent: Sentence, names: frozenset[str]) -> Sentence:
    """`sent` with every entity whose words are one of `names` made
    *missing* (neither an entity nor `O`), so that NER training learns
    nothing from it. Used where a corpus's convention for those names
    contradicts the target convention (see `corpora.NERGRIT_FIXES`)."""
    if not sent.ner:
        return sent
    tags = list(sent.ner)
    for first, last, _label in entity_spans(sent):
        if " ".join(sent.words[first:last + 1]) in names:
            tags[first:last + 1] = [None] * (last + 1 - first)
    return replace(sent, ner=tags)


def mask_countries(sent: Sentence) -> Sentence:
    """`mask_entities` with every country name of `country_forms()`."""
    return mask_entities(sent, country_forms())


def join_acronyms(sent: Sentence) -> Sentence:
    """`Mahkamah Konstitusi ( MK )` tagged as two ORG entities becomes one
    ORG entity over all five words (idner-news-2k's convention for an
    organisation or place with its acronym in brackets; NERGrit tags the
    acronym as a second entity of the same label)."""
    if not sent.ner:
        return sent
    tags = list(sent.ner)
    spans = entity_spans(sent)
    for (first, last, label), (first2, last2, label2) in zip(spans, spans[1:]):
        if (label == label2 and label in ("ORG", "LOC") and first2 == last + 2 and last2 + 1 < len(tags)
                and sent.words[last + 1] == "(" and sent.words[last2 + 1] == ")"):
            tags[last + 1:last2 + 2] = [f"I-{label}"] * (last2 + 1 - last)
    return replace(sent, ner=tags)


# ---------------------------------------------------------------- readers
def read_bio(path: Path, source: str) -> Iterator[Sentence]:
    """Token + BIO columns (tab or space separated; tag = last column)."""
    words: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8", newline="") as fh:
        for raw in fh:
            line = raw.rstrip("\r\n")
            if not line.strip():
                if words:
                    yield Sentence(words=words, ner=map_bio(tags, source), meta={"source": source})
                words, tags = [], []
                continue
            parts = line.split("\t") if "\t" in line else line.split(" ")
            word = unicodedata.normalize("NFC", parts[0].strip())
            if not word:
                continue
            words.append(word)
            tags.append(parts[-1].strip() if len(parts) > 1 else "O")
    if words:
        yield Sentence(words=words, ner=map_bio(tags, source), meta={"source": source})


def read_conllu(path: Path) -> Iterator[Sentence]:
    """CoNLL-U sentences with multiword tokens merged into surface tokens."""
    block: list[list[str]] = []
    meta: dict = {}
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if not line:
                if block:
                    yield _conllu_sentence(block, meta)
                block, meta = [], {}
            elif line.startswith("#"):
                if " = " in line:
                    key, value = line[1:].split(" = ", 1)
                    meta[key.strip()] = value
            else:
                block.append(line.split("\t"))
    if block:
        yield _conllu_sentence(block, meta)


def _conllu_sentence(rows: list[list[str]], meta: dict) -> Sentence:
    words = {int(r[0]): r for r in rows if r[0].isdigit()}
    groups: list[tuple[str, list[int], str]] = []  # (form, word ids, misc)
    covered: set[int] = set()
    for r in rows:
        mwt = MWT_ID_RE.match(r[0])
        if mwt:
            ids = list(range(int(mwt["start"]), int(mwt["end"]) + 1))
            groups.append((r[1], ids, r[9]))
            covered.update(ids)
        elif r[0].isdigit() and int(r[0]) not in covered:
            groups.append((r[1], [int(r[0])], r[9]))
    word_to_group = {wid: gi for gi, (_, ids, _) in enumerate(groups) for wid in ids}
    sent = Sentence(words=[], spaces=[], pos=[], tags=[], morphs=[], lemmas=[], heads=[], deps=[], meta=meta)
    for gi, (form, ids, misc) in enumerate(groups):
        idset = set(ids)
        # the part whose head lies outside the group carries the group's syntax
        head_parts = [w for w in ids if int(words[w][6]) not in idset] or ids
        main = words[head_parts[0]]
        head = int(main[6])
        sent.words.append(form)
        sent.spaces.append("SpaceAfter=No" not in misc)
        sent.pos.append(main[3])
        sent.tags.append(main[4] if main[4] != "_" else "")
        sent.morphs.append("" if main[5] == "_" else main[5])
        sent.lemmas.append(main[2] if len(ids) == 1 else form.lower() if main[2] == "_" else main[2])
        sent.heads.append(gi if head == 0 else word_to_group[head])
        sent.deps.append("ROOT" if head == 0 else main[7])
    if sent.spaces:
        sent.spaces[-1] = False
    return sent


NLPID_UPOS = {
    "NN": "NOUN", "VB": "VERB", "NNP": "PROPN", "IN": "ADP", "PR": "PRON",
    "ADV": "ADV", "JJ": "ADJ", "SC": "SCONJ", "DT": "DET", "NUM": "NUM",
    "CC": "CCONJ", "FW": "X", "NEG": "PART", "RP": "PART", "UH": "INTJ",
    "SYM": "SYM",
}


def _nlpid_upos(word: str, tag: str) -> str:
    upos = NLPID_UPOS.get(tag.upper(), "X")
    if upos == "SYM" and all(unicodedata.category(c).startswith("P") for c in word):
        return "PUNCT"
    return upos


def read_nlpid(path: Path) -> Iterator[Sentence]:
    """nlp-id kumparan POS data, mapped to UPOS, `nya` glued back to its host."""
    words: list[str] = []
    pos: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if not line.strip():
                if words:
                    yield Sentence(words=words, pos=pos, meta={"source": "nlpid"})
                words, pos = [], []
                continue
            word, _, tag = line.partition("\t")
            word = unicodedata.normalize("NFC", word.strip())
            if not word:
                continue
            if word.lower() == ENCLITIC_NYA and words and words[-1][-1:].isalpha():
                words[-1] += word  # host keeps its own tag
                continue
            words.append(word)
            pos.append(_nlpid_upos(word, tag.strip()))
    if words:
        yield Sentence(words=words, pos=pos, meta={"source": "nlpid"})


# ---------------------------------------------------------------- docs
def sentence_doc(vocab: Vocab, sent: Sentence) -> Doc:
    """A Doc from gold words carrying every annotation layer the sentence has."""
    n = len(sent.words)
    spaces = sent.spaces if sent.spaces is not None else [True] * (n - 1) + [False]
    return Doc(
        vocab,
        words=sent.words,
        spaces=spaces,
        pos=sent.pos,
        tags=sent.tags if sent.tags and all(sent.tags) else None,
        morphs=sent.morphs,
        lemmas=sent.lemmas,
        heads=sent.heads,
        deps=sent.deps,
        ents=sent.ner,
        sent_starts=[True] + [False] * (n - 1),
    )


def group_docs(vocab: Vocab, sents: Iterable[Sentence], per_doc: int = 1) -> Iterator[Doc]:
    """Docs of `per_doc` consecutive sentences (more context for NER/parser)."""
    batch: list[Doc] = []
    for sent in sents:
        batch.append(sentence_doc(vocab, sent))
        if len(batch) == per_doc:
            yield Doc.from_docs(batch) if per_doc > 1 else batch[0]
            batch = []
    if batch:
        yield Doc.from_docs(batch) if len(batch) > 1 else batch[0]


def entity_spans(sent: Sentence) -> list[tuple[int, int, str]]:
    """(first word, last word inclusive, label) of each gold entity."""
    return [(s, e, label) for label, s, e in tags_to_entities(iob_to_biluo([t or "O" for t in sent.ner or []]))]
