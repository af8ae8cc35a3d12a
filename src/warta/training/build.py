"""Steps that rebuild the shipped pipeline from `../shared/data`.

    corpora  -> training/corpus/<task>/<split>/*.spacy, and training/corpus/joint/
    vectors  -> training/vectors/id_news.floret -> training/vectors/model
    pretrain -> training/pretrain/text.jsonl -> training/pretrain/model<N>.bin
    train    -> training/output/news/model-best       (spacy train, configs/news.cfg)
    assemble -> src/warta/data/pipeline               (+ the agency and name rulers, meta, card)
    evaluate -> scores on the held-out test sets (json)

An experiment, not part of the shipped recipe (docs/models.md, "Silver
data from agreeing teachers"):

    teachers -> training/output/teacher-<seed>/      (news.cfg on corpus/joint, seeds 0-2, assembled)
    silver   -> training/corpus/silver/silver.spacy  (paragraphs the teachers agree on), corpus/joint-silver/
    train news --silver -> training/output/news-silver/model-best

Every step takes the seed; spaCy training is deterministic on CPU given the
seed and the same data, and floret runs single-threaded with its fixed seed.
"""

from __future__ import annotations

import json
import random
import shutil
import time
from pathlib import Path
from typing import Any, Callable, Sequence, TypeVar

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span
from spacy.training import Example

from .corpora import DATASETS

T = TypeVar("T")

ROOT = Path(__file__).resolve().parents[3]  # repository root (src layout)
TRAINING = ROOT / "training"
CONFIGS = Path(__file__).resolve().parent / "configs"  # shipped with the package
CODE = Path(__file__).resolve().parent / "spacy_code.py"
PIPELINE_OUT = ROOT / "src" / "warta" / "data" / "pipeline"
MODEL_NAME = "news"
NER_LABELS = ("PER", "ORG", "LOC")
# news.cfg trains on a mix of partially annotated sets: entities only (NER
# corpora) and tags, lemmas and trees only (the CSUI treebank); (file, copies):
# the in-domain news NER set counts three times and the treebank six, so
# the UD heads converge before the NER overfits (measured: docs/models.md).
# idner-news-2k dev is training data too (three times, like idner train):
# the recipe was chosen with it held out, and the shipped run adds its 562
# entities, a quarter more in-domain NER data (idner test F1 +1.0).
# CSUI has no dev split: CSUI_DEV_SIZE of its training sentences (a seeded
# shuffle) form the UD development set. They were held out while the
# recipe was chosen (`ud/split/csui-train-a.spacy`); the shipped run trains
# on all of CSUI train with the number of steps chosen then. GSD annotates
# differently, and choosing checkpoints on PUD (another genre) cost CSUI
# test LAS (docs/models.md). Dev files are written in JOINT_DEV order with a
# numeric prefix, treebank first: spaCy's Scorer.score_deps (3.8) keeps the
# token indices of gold tokens without a head from one example to the next,
# so sentences with entities only, read before a treebank, blank out its LAS.
# The nlp-id kumparan POS corpus (MIT, news) is an auxiliary task: AUX_SENTENCES
# of its sentences (a seeded sample, 50,737 tokens) with their UPOS as TAG train
# a `tagger` (AUX_TAGGER) on the shared tok2vec, and CSUI's copies carry their
# UPOS as TAG too, so that tagger sees one tag set. It is removed when the
# pipeline is assembled (the morphologizer gives UPOS); what stays is what it
# taught the shared tok2vec: CSUI test UPOS +0.9, LAS +0.7, PUD LAS +2.3,
# idner test NER +0.3 (docs/models.md).
AUX_TAGGER = "pos_aux"
AUX_SENTENCES = 3000
AUX_POS = "pos/aux/nlpid-aux.spacy"
AUX_SOURCE = "nlpid"  # corpora.DATASETS name of the corpus it is sampled from
UPOS_AS_TAG = frozenset({"ud/train/csui-train.spacy"})
JOINT_TRAIN = (("ner/train/idner-train.spacy", 3), ("ner/dev/idner-dev.spacy", 3),
               ("ner/train/nergrit-train.spacy", 1), ("ner/train/nergrit-valid.spacy", 1),
               ("ud/train/csui-train.spacy", 6), (AUX_POS, 1))
JOINT_DEV = (("ud/split/csui-dev.spacy", 1), ("ner/dev/idner-dev.spacy", 1))
CSUI_DEV_SIZE = 100
# Silver NER data (an experiment; the shipped model does not use it): corpus
# paragraphs on which three teachers, the shipped recipe trained on
# JOINT_TRAIN with these seeds, agree (silver.py). SILVER_SAMPLE paragraphs
# are labelled; the agreed ones are kept up to SILVER_WORDS words, about
# the size of idner train counted three times (twice that was worse on dev).
# +1.0 and +0.9 on idner dev with two seeds, no gain on idner test.
TEACHER_SEEDS = (0, 1, 2)
SILVER = "silver/silver.spacy"
SILVER_SAMPLE = 20_000
SILVER_WORDS = 90_000
HELD_OUT = ("ner/dev/idner-dev.spacy", "ner/test/idner-test.spacy", "ner/test/nergrit-test.spacy",
            "ud/test/csui-test.spacy", "ud/test/pud-test.spacy")


def default_shared() -> Path:
    return ROOT.parent / "shared"


def step_corpora(shared: Path, out: Path, limit: int = 0, log: Callable[[str], None] = print) -> None:
    from .corpora import build_corpora

    build_corpora(shared / "data", out, limit=limit, log=log)
    joint_corpus(out)


def joint_corpus(corpus: Path) -> Path:
    """`corpus/joint/{train,dev}`: copies of the sets news.cfg mixes."""
    if (corpus / "ud/train/csui-train.spacy").exists():
        split_dev(corpus / "ud/train/csui-train.spacy", corpus / "ud/split/csui-train-a.spacy",
                  corpus / "ud/split/csui-dev.spacy", CSUI_DEV_SIZE)
    if (corpus / "pos/train/nlpid.spacy").exists():
        aux_pos_sample(corpus / "pos/train/nlpid.spacy", corpus / AUX_POS, AUX_SENTENCES)
    for split, files in (("train", JOINT_TRAIN), ("dev", JOINT_DEV)):
        folder = corpus / "joint" / split
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        for position, (rel, copies) in enumerate(files):
            if not (corpus / rel).exists():
                continue
            stem = Path(rel).stem
            for name in [stem] + [f"{stem}-{n}" for n in range(2, copies + 1)]:
                target = f"{position}-{name}" if split == "dev" else name
                if split == "train" and rel in UPOS_AS_TAG:
                    upos_as_tags(corpus / rel, folder / f"{target}.spacy")
                else:
                    shutil.copy(corpus / rel, folder / f"{target}.spacy")
    return corpus / "joint"


def seeded_sample(items: Sequence[T], n: int, seed: int = 0) -> list[T]:
    """The first `n` of `items` in a seeded random order (the same order for
    any sequence of the same length)."""
    order = list(items)
    random.Random(seed).shuffle(order)
    return order[:n]


def aux_pos_sample(docbin: Path, out: Path, n: int, seed: int = 0) -> Path:
    """`n` sentences of a POS-tagged DocBin (a seeded sample) with their
    UPOS as TAG and nothing else: the auxiliary tagger's data. (With POS
    kept, the morphologizer would learn feature-less labels from them.)"""
    vocab = spacy.blank("id").vocab
    docs = seeded_sample(list(DocBin().from_disk(docbin).get_docs(vocab)), n, seed)
    out.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=[Doc(vocab, words=[t.text for t in d], spaces=[bool(t.whitespace_) for t in d],
                     tags=[t.pos_ for t in d]) for d in docs]).to_disk(out)
    return out


def upos_as_tags(docbin: Path, out: Path) -> Path:
    """A copy of `docbin` whose TAG is the UPOS (the auxiliary tagger's tag
    set) instead of the treebank's XPOS."""
    vocab = spacy.blank("id").vocab
    docs = list(DocBin().from_disk(docbin).get_docs(vocab))
    for doc in docs:
        for token in doc:
            token.tag_ = token.pos_
    DocBin(docs=docs, store_user_data=True).to_disk(out)
    return out


def silver_corpus(corpus: Path) -> Path:
    """`corpus/joint-silver/{train,dev}`: `corpus/joint` plus the silver
    set (the training data of `train news --silver`)."""
    folder = corpus / "joint-silver"
    if folder.exists():
        shutil.rmtree(folder)
    shutil.copytree(corpus / "joint", folder)
    shutil.copy(corpus / SILVER, folder / "train" / Path(SILVER).name)
    return folder


def teacher_dir(output: Path, seed: int) -> Path:
    return output / f"teacher-{seed}"


def step_teachers(output: Path, corpus: Path, *, seeds: tuple[int, ...] = TEACHER_SEEDS,
                  overrides: dict[str, Any] | None = None) -> list[Path]:
    """Train news.cfg on `corpus/joint` once per seed and assemble each
    (rulers and conventions, as shipped); returns the assembled pipelines."""
    out = []
    for seed in seeds:
        folder = teacher_dir(output, seed)
        best = step_train(CONFIGS / "news.cfg", folder, seed=seed, overrides={
            "paths.train": str(corpus / "joint" / "train"), "paths.dev": str(corpus / "joint" / "dev"),
            **(overrides or {})})
        step_assemble(best, folder / "assembled")
        out.append(folder / "assembled")
    return out


def step_silver(output: Path, corpus: Path, pretrain_text: Path, *, seeds: tuple[int, ...] = TEACHER_SEEDS,
                n: int = SILVER_SAMPLE, budget: int = SILVER_WORDS, seed: int = 0) -> Path:
    """Silver NER data from the teachers' agreement (silver.py), then
    `corpus/joint-silver`. No sentence of a set that is scored (idner dev
    and test, NERGrit test, the UD test sets) enters the sample (none of
    them is in the corpus now; the check keeps it so)."""
    from .silver import build_silver, read_paragraphs

    vocab = spacy.blank("id").vocab
    held = [d.text for rel in HELD_OUT if (corpus / rel).exists() for d in DocBin().from_disk(corpus / rel).get_docs(vocab)]
    build_silver([teacher_dir(output, s) / "assembled" for s in seeds], read_paragraphs(pretrain_text),
                 held, corpus / SILVER, n=n, budget=budget, seed=seed)
    return silver_corpus(corpus)


def split_dev(docbin: Path, train_out: Path, dev_out: Path, n_dev: int, seed: int = 0) -> None:
    """Hold out `n_dev` Docs of `docbin` (seeded shuffle; at most a fifth)
    as a dev set."""
    docs = list(DocBin().from_disk(docbin).get_docs(spacy.blank("id").vocab))
    dev = set(seeded_sample(range(len(docs)), min(n_dev, len(docs) // 5), seed))
    dev_out.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=[d for i, d in enumerate(docs) if i not in dev]).to_disk(train_out)
    DocBin(docs=[d for i, d in enumerate(docs) if i in dev]).to_disk(dev_out)


def step_vectors(shared: Path, out_dir: Path, *, epoch: int = 10, bucket: int = 50_000, dim: int = 100,
                 log: Callable[[str], None] = print) -> Path:
    """Train floret vectors on corpus text + training-split words; `spacy init vectors`."""

    from .convert import read_bio, read_conllu, read_nlpid
    from .vectors import train_floret, write_vector_text

    data = shared / "data"
    extra: list[list[str]] = []
    extra += [s.words for s in read_bio(data / "ner/idner-news-2k/train.txt", "idner")]
    extra += [s.words for s in read_bio(data / "ner/nergrit/train_preprocess.txt", "nergrit")]
    extra += [s.words for s in read_conllu(data / "ud/UD_Indonesian-CSUI/id_csui-ud-train.conllu")]
    extra += [s.words for s in read_nlpid(data / "pos/nlpid-kumparan/dataset_postag.txt")]
    out_dir.mkdir(parents=True, exist_ok=True)
    text = out_dir / "text.txt"
    n = write_vector_text(shared, text, extra)
    log(f"vector text: {n} tokens")
    floret_file = train_floret(text, out_dir / "id_news", epoch=epoch, bucket=bucket, dim=dim)
    model_dir = out_dir / "model"
    init_vectors(floret_file, model_dir)
    return model_dir


def init_vectors(floret_file: Path, model_dir: Path) -> None:
    from spacy.training.initialize import convert_vectors

    nlp = spacy.blank("id")
    convert_vectors(nlp, floret_file, truncate=0, prune=-1, mode="floret")
    nlp.to_disk(model_dir)


def step_pretrain(shared: Path, out: Path, config: Path, *, seed: int = 0,
                  overrides: dict[str, Any] | None = None, log: Callable[[str], None] = print) -> Path:
    """`spacy pretrain` of the config's tok2vec on the corpus paragraphs;
    returns the weights of the last epoch (for paths.init_tok2vec)."""
    from .vectors import write_pretrain_text

    text = out / "text.jsonl"
    log(f"pretraining text: {write_pretrain_text(shared, text)} paragraphs")
    return pretrain_tok2vec(config, text, out, seed=seed, overrides=overrides)


def pretrain_tok2vec(config: Path, text: Path, out: Path, *, seed: int = 0,
                     overrides: dict[str, Any] | None = None, silent: bool = False) -> Path:
    """`spacy pretrain` on the JSONL `text`; weights go to `out`."""
    from spacy import util
    from spacy.training.pretrain import pretrain

    from . import augment  # noqa: F401  (the config names the augmenter)
    from .. import lang  # noqa: F401

    out.mkdir(parents=True, exist_ok=True)
    ov = {"system.seed": seed, "paths.raw_text": str(text), **(overrides or {})}
    pretrain(util.load_config(config, overrides=ov, interpolate=True), out, silent=silent)
    return last_pretrained(out)


def last_pretrained(out: Path) -> Path:
    """The weights file of the last pretraining epoch in `out`."""
    if (out / "model-last.bin").exists():
        return out / "model-last.bin"
    weights = sorted(out.glob("model[0-9]*.bin"), key=lambda p: int(p.stem[5:]))
    if not weights:
        raise FileNotFoundError(f"no pretrained weights in {out}")
    return weights[-1]


def step_train(config: Path, out: Path, *, seed: int = 0, overrides: dict[str, Any] | None = None) -> Path:
    """`spacy train` with warta's code registered; returns model-best."""
    from spacy.cli.train import train

    from . import augment  # noqa: F401
    from .. import lang  # noqa: F401

    ov = {"system.seed": seed, **(overrides or {})}
    train(config, out, overrides=ov)
    return out / "model-best"


def step_assemble(model: Path, out: Path = PIPELINE_OUT, *, meta: dict | None = None) -> Language:
    """The trained pipeline (tok2vec, morphologizer, parser, lemmatizer, NER)
    plus the agency and name rulers and the NER conventions step
    (components/ner_conventions.py), with meta and model card, written to `out`."""
    from .. import lang  # noqa: F401
    from ..components import ner_conventions  # noqa: F401

    # the tokenizer as the config builds it from the current lexicons, not
    # the copy saved at training time: plain `spacy.load` of the result then
    # tokenizes as warta does and need not read the special cases twice
    nlp = spacy.load(model, exclude=["tokenizer"])
    if AUX_TAGGER in nlp.pipe_names:  # trained for the shared tok2vec only
        nlp.remove_pipe(AUX_TAGGER)
    add_agency_ruler(nlp)
    add_name_ruler(nlp)
    nlp.add_pipe("warta_ner_conventions", last=True)
    nlp.meta.update({
        "name": MODEL_NAME,
        "version": (meta or {}).get("version", "0.2.0"),
        "description": "warta Indonesian news pipeline: tokenizer, morphologizer, parser, lemmatizer, "
                       "NER (PER/ORG/LOC) on one shared tok2vec, news-agency and Korean-name rulers, "
                       "idner's bracketed-acronym and capital-letter conventions",
        "license": "CC BY-SA 4.0",
        "author": "warta",
        "sources": [
            {"name": ds.name, "license": ds.licence, "path": ds.path}
            for ds in DATASETS if ds.name in {Path(rel).stem for rel, _ in JOINT_TRAIN} | {AUX_SOURCE}
        ] + [{
            "name": "floret vectors and tok2vec pretraining: indonews-2025 + detik-2025 text "
                    "(+ words of the training splits and nlp-id POS corpus (MIT) for the vectors)",
            "license": "weights only, no text stored",
        }],
    })
    nlp.meta.update(meta or {})
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)
    card = TRAINING / "MODEL_CARD.md"
    if card.exists():
        shutil.copy(card, out / "MODEL_CARD.md")
    return nlp


def agency_patterns(nlp: Language) -> list[dict[str, Any]]:
    """EntityRuler patterns typing news agencies as ORG (`KCNA`, `Kyodo`,
    `Kantor Berita Antara`), from `data/lexicons/news_agencies.tsv` (rows of
    kind `agency`; outlet and media names are often ordinary words). The NER
    corpora hardly ever annotate agencies, which news text cites all the time.
    A one-word name that is also an ordinary word (`Antara`, "between") only
    counts inside a sentence, where its capital marks the name."""
    from ..components.entities import is_ordinary, lexicon
    from ..components.sources import agency_forms

    lex = lexicon()
    patterns = []
    for form, name, kind in agency_forms():
        if kind != "agency":
            continue
        pattern: list[dict[str, Any]] = [{"ORTH": t.text} for t in nlp.make_doc(form)]
        if len(pattern) == 1 and is_ordinary(form.lower(), lex):
            pattern[0]["IS_SENT_START"] = False
        patterns.append({"label": "ORG", "pattern": pattern, "id": name})
    return patterns


def add_agency_ruler(nlp: Language) -> None:
    """An `entity_ruler` after the NER that overwrites overlapping entities
    with the agency patterns; serialised with the pipeline."""
    ruler = nlp.add_pipe("entity_ruler", name="agency_ruler", after="ner",
                         config={"overwrite_ents": True, "validate": True})
    ruler.add_patterns(agency_patterns(nlp))


def add_name_ruler(nlp: Language) -> None:
    """A `span_ruler` after the NER for Korean personal names
    (components/korean_names.py): a name replaces the entities it overlaps,
    unless a non-person entity contains it whole."""
    from ..components.korean_names import name_patterns

    ruler = nlp.add_pipe("span_ruler", name="name_ruler", last=True, config={
        "spans_key": None, "annotate_ents": True, "overwrite": False, "validate": True,
        "ents_filter": {"@misc": "warta.keep_covering_ents.v1"},
    })
    ruler.add_patterns(name_patterns())


def recased(doc: Doc, change: Callable[[str], str]) -> Doc | None:
    """`doc` with every word passed through `change` (`str.upper`), its
    entities kept; None where that changes the length of a word."""
    words = [change(t.text) for t in doc]
    if any(len(w) != len(t.text) for w, t in zip(words, doc)):
        return None
    out = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
    out.ents = [Span(out, e.start, e.end, label=e.label) for e in doc.ents]
    return out


def evaluate(nlp: Language, docbin: Path, *, batch_size: int = 256,
             change: Callable[[str], str] | None = None) -> dict[str, Any]:
    """spaCy scores of `nlp` against the gold Docs in `docbin`; with
    `change`, against the Docs written that way (`str.upper`: NER on text
    in capitals; entities only)."""
    gold = list(DocBin().from_disk(docbin).get_docs(nlp.vocab))
    if change is not None:
        gold = [d for d in (recased(g, change) for g in gold) if d is not None]
    examples = [Example(nlp.make_doc(d.text), d) for d in gold]
    t0 = time.perf_counter()
    scores = nlp.evaluate(examples, batch_size=batch_size)
    scores["seconds"] = time.perf_counter() - t0
    return scores


def summarise(scores: dict[str, Any]) -> dict[str, Any]:
    """The headline numbers (percent, one decimal) of a spaCy score dict."""
    out: dict[str, Any] = {}
    for key in ("ents_f", "ents_p", "ents_r", "pos_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las", "sents_f"):
        if scores.get(key) is not None:
            out[key] = round(100 * scores[key], 1)
    for label, prf in (scores.get("ents_per_type") or {}).items():
        out[f"ents_f_{label}"] = round(100 * prf["f"], 1)
    return out


def step_evaluate(model: Path, corpus: Path, out: Path | None = None) -> dict[str, Any]:
    from .. import lang  # noqa: F401

    nlp = spacy.load(model)
    results = {}
    for name, rel, change in (
        ("idner-test", "ner/test/idner-test.spacy", None),
        # the same sentences in capitals and in lower case (headlines, chat)
        ("idner-test-upper", "ner/test/idner-test.spacy", str.upper),
        ("idner-test-lower", "ner/test/idner-test.spacy", str.lower),
        ("nergrit-test", "ner/test/nergrit-test.spacy", None),
        ("csui-test", "ud/test/csui-test.spacy", None),
        ("pud-test", "ud/test/pud-test.spacy", None),
    ):
        path = corpus / rel
        if path.exists():
            scores = summarise(evaluate(nlp, path, change=change))
            results[name] = scores if change is None else {k: v for k, v in scores.items() if k.startswith("ents")}
    if out is not None:
        out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return results
