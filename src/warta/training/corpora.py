"""Declarative list of the training/evaluation sets and their licences.

`build_corpora` writes one `.spacy` DocBin per (task, split). Only sets
with `ship=True` go into the model that ships inside warta; the others
are for experiments (`--experimental`) and evaluation.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from spacy.tokens import DocBin
from spacy.vocab import Vocab

from .convert import Sentence, group_docs, join_acronyms, mask_countries, read_bio, read_conllu, read_nlpid


@dataclass(frozen=True)
class Dataset:
    name: str
    task: str  # "ner" | "ud" | "pos"
    split: str  # "train" | "dev" | "test"
    path: str  # relative to shared/data
    licence: str
    ship: bool  # may a shipped model be trained on it?
    reader: str = "bio"
    source: str = ""  # label-map key for BIO sets
    # changes that bring a corpus to the target convention, in order
    harmonise: tuple[Callable[[Sentence], Sentence], ...] = ()

    def sentences(self, data_dir: Path) -> Iterator[Sentence]:
        path = data_dir / self.path
        if self.reader == "bio":
            sents = read_bio(path, self.source)
            for fix in self.harmonise:
                sents = map(fix, sents)
            return sents
        if self.reader == "conllu":
            return read_conllu(path)
        if self.reader == "nlpid":
            return read_nlpid(path)
        raise ValueError(self.reader)


# NERGrit is brought to idner-news-2k's conventions (the target) where the
# two differ; test sets keep their own annotation:
# - countries: NERGrit tags every country PLACE; idner tags a country LOC
#   where it is a place (`roket ditembakkan ke Israel`) and leaves it O where
#   it acts (`Israel mengklaim ...`, `serangan udara Israel`): in its train
#   split only 9 of 37 `Israel` are LOC. NERGrit's country spans are left
#   missing, so the model learns the distinction from idner alone.
# - an acronym in brackets: idner tags `Komisi Pemilihan Umum (KPU)` as one
#   entity (34 of 39 ORG/LOC followed by a bracketed acronym in its train
#   split), NERGrit as two (`Mahkamah Konstitusi` + `MK`, 51 times in its
#   train split); they are joined into one.
NERGRIT_FIXES = (join_acronyms, mask_countries)

DATASETS: tuple[Dataset, ...] = (
    Dataset("idner-train", "ner", "train", "ner/idner-news-2k/train.txt", "MIT", True, source="idner"),
    Dataset("idner-dev", "ner", "dev", "ner/idner-news-2k/dev.txt", "MIT", True, source="idner"),
    Dataset("idner-test", "ner", "test", "ner/idner-news-2k/test.txt", "MIT", False, source="idner"),
    Dataset("nergrit-train", "ner", "train", "ner/nergrit/train_preprocess.txt", "Apache-2.0", True, source="nergrit",
            harmonise=NERGRIT_FIXES),
    Dataset("nergrit-valid", "ner", "train", "ner/nergrit/valid_preprocess.txt", "Apache-2.0", True, source="nergrit",
            harmonise=NERGRIT_FIXES),
    Dataset("nergrit-test", "ner", "test", "ner/nergrit/test_preprocess.txt", "Apache-2.0", False, source="nergrit"),
    # experiments only: no licence file
    Dataset("nerui", "ner", "train", "ner/nerui/nergithub.txt", "none", False, source="nerui"),
    Dataset("csui-train", "ud", "train", "ud/UD_Indonesian-CSUI/id_csui-ud-train.conllu", "CC BY-SA 4.0", True, reader="conllu"),
    Dataset("gsd-dev", "ud", "train", "ud/UD_Indonesian-GSD/id_gsd-ud-dev.conllu", "CC BY-SA 4.0", True, reader="conllu"),
    Dataset("gsd-test", "ud", "dev", "ud/UD_Indonesian-GSD/id_gsd-ud-test.conllu", "CC BY-SA 4.0", True, reader="conllu"),
    Dataset("csui-test", "ud", "test", "ud/UD_Indonesian-CSUI/id_csui-ud-test.conllu", "CC BY-SA 4.0", False, reader="conllu"),
    Dataset("pud-test", "ud", "test", "ud/UD_Indonesian-PUD/id_pud-ud-test.conllu", "CC BY-SA 3.0", False, reader="conllu"),
    Dataset("nlpid", "pos", "train", "pos/nlpid-kumparan/dataset_postag.txt", "MIT", True, reader="nlpid"),
)


def write_docbin(vocab: Vocab, sentences: Iterable[Sentence], out: Path, per_doc: int = 1) -> int:
    db = DocBin(store_user_data=False)
    n = 0
    for doc in group_docs(vocab, sentences, per_doc=per_doc):
        db.add(doc)
        n += 1
    out.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(out)
    return n


def build_corpora(data_dir: Path, out_dir: Path, *, names: Iterable[str] | None = None,
                  limit: int = 0, log: Callable[[str], None] = print) -> dict[str, int]:
    """One DocBin per dataset: `<out_dir>/<task>/<split>/<name>.spacy`.

    Training sets that may not ship go to `<task>/extra/` so a config that
    reads the directory `<task>/train` can never pick them up by accident.
    `limit`: keep only the first N sentences (smoke tests)."""
    import itertools

    vocab = Vocab()
    wanted = set(names) if names else None
    counts: dict[str, int] = {}
    for ds in DATASETS:
        if wanted is not None and ds.name not in wanted:
            continue
        sents = ds.sentences(data_dir)
        if limit:
            sents = itertools.islice(sents, limit)
        split = ds.split if ds.ship or ds.split != "train" else "extra"
        counts[ds.name] = write_docbin(vocab, sents, out_dir / ds.task / split / f"{ds.name}.spacy")
        log(f"{ds.name}: {counts[ds.name]} docs")
    return counts
