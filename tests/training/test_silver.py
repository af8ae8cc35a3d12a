"""Silver NER data (training/silver.py): which paragraphs are sampled, and
that only paragraphs every teacher labels alike become training Docs."""

from __future__ import annotations

import json

import spacy
from spacy.tokens import DocBin

from warta.training import silver

PARAS = [
    "Presiden Joko Widodo meresmikan jembatan baru di Kota Bandung pada hari Senin.",
    "terlalu pendek Saja.",
    "semua kata di paragraf ini ditulis dengan huruf kecil tanpa satu pun nama orang.",
    "Menteri Keuangan Sri Mulyani mengatakan anggaran negara tahun depan akan naik.",
]


def test_candidates_need_length_and_a_capital_letter():
    assert silver.candidates(PARAS, []) == [PARAS[0], PARAS[3]]


def test_candidates_leave_out_paragraphs_with_a_held_out_sentence():
    held = ["Menteri Keuangan Sri Mulyani mengatakan anggaran negara tahun depan akan naik ."]
    assert silver.candidates(PARAS, held) == [PARAS[0]]
    # a short held-out sentence is too common a phrase to exclude anything
    assert silver.candidates(PARAS, ["Presiden Joko Widodo"]) == [PARAS[0], PARAS[3]]


def test_sample_is_seeded():
    from warta.training.build import seeded_sample

    items = [f"p{i}" for i in range(50)]
    assert seeded_sample(items, 10, seed=3) == seeded_sample(items, 10, seed=3)
    assert seeded_sample(items, 10, seed=3) != seeded_sample(items, 10, seed=4)
    assert len(seeded_sample(items, 100)) == 50
    # the same order for any sequence of that length (split_dev samples indices)
    assert seeded_sample(range(50), 10, seed=3) == [int(p[1:]) for p in seeded_sample(items, 10, seed=3)]


def test_agreed_keeps_only_paragraphs_all_teachers_label_alike():
    words = [["Joko", "Widodo", "ke", "Bandung"], ["Sri", "Mulyani", "bicara"], ["Ke", "Jakarta"]]
    spaces = [[True] * len(w) for w in words]
    a = [((0, 2, "PER"), (3, 4, "LOC")), ((0, 2, "PER"),), ((1, 2, "LOC"),)]
    b = [((0, 2, "PER"), (3, 4, "LOC")), ((0, 2, "ORG"),), ((1, 2, "LOC"),)]
    docs = silver.agreed(words, spaces, [a, b], budget=100)
    assert [d.text for d in docs] == ["Joko Widodo ke Bandung ", "Ke Jakarta "]
    assert [(e.text, e.label_) for e in docs[0].ents] == [("Joko Widodo", "PER"), ("Bandung", "LOC")]
    # every other token is annotated O, not missing: the NER learns from it
    assert [t.ent_iob_ for t in docs[0]] == ["B", "I", "O", "B"]
    assert [d.text for d in silver.agreed(words, spaces, [a, b], budget=3)] == ["Joko Widodo ke Bandung "]
    assert silver.agreed(words, spaces, [a, b], budget=0) == []


def _ruler_pipeline(path, names):
    nlp = spacy.blank("id")
    nlp.add_pipe("entity_ruler").add_patterns([{"label": "PER", "pattern": n} for n in names])
    nlp.to_disk(path)
    return path


def test_build_silver_writes_the_agreed_paragraphs(tmp_path):
    one = _ruler_pipeline(tmp_path / "t1", ["Joko Widodo", "Sri Mulyani"])
    two = _ruler_pipeline(tmp_path / "t2", ["Joko Widodo"])
    out = silver.build_silver([one, two], PARAS, [], tmp_path / "silver" / "silver.spacy", n=10, budget=1000,
                              log=lambda _: None)
    docs = list(DocBin().from_disk(out).get_docs(spacy.blank("id").vocab))
    assert [[(e.text, e.label_) for e in d.ents] for d in docs] == [[("Joko Widodo", "PER")]]
    summary = json.loads(out.with_suffix(".json").read_text())
    assert summary["sampled"] == 2 and summary["agreed_all"] == 1 and summary["docs"] == 1


def test_read_paragraphs(tmp_path):
    path = tmp_path / "text.jsonl"
    path.write_text("".join(json.dumps({"text": p}) + "\n" for p in PARAS) + "\n", encoding="utf-8")
    assert silver.read_paragraphs(path) == PARAS
