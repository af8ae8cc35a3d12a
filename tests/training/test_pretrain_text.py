"""The raw text for `spacy pretrain`: corpus paragraphs of at least five words."""

from __future__ import annotations

import json

from warta.training.build import last_pretrained
from warta.training.vectors import write_pretrain_text


def test_paragraphs_of_both_corpora_as_jsonl(tmp_path):
    shared = tmp_path / "shared"
    (shared / "corpus" / "indonews-2025").mkdir(parents=True)
    (shared / "corpus" / "detik-2025").mkdir(parents=True)
    article = {"title": "Judul pendek", "body": "Presiden tiba di Bandung pada Senin pagi.\nBaca juga\n"}
    (shared / "corpus" / "indonews-2025" / "articles.jsonl").write_text(json.dumps(article) + "\n", encoding="utf-8")
    (shared / "corpus" / "detik-2025" / "data_berita.csv").write_text(
        'judul,isi_berita\nSatu dua,"Harga cabai naik lagi di pasar induk.\nIklan"\n', encoding="utf-8")
    out = tmp_path / "pretrain" / "text.jsonl"
    assert write_pretrain_text(shared, out) == 2
    texts = [json.loads(line)["text"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert texts == ["Presiden tiba di Bandung pada Senin pagi.", "Harga cabai naik lagi di pasar induk."]


def test_last_pretrained_prefers_model_last_then_the_highest_epoch(tmp_path):
    for name in ("model2.bin", "model10.bin", "model9.bin"):
        (tmp_path / name).write_bytes(b"")
    assert last_pretrained(tmp_path).name == "model10.bin"
    (tmp_path / "model-last.bin").write_bytes(b"")
    assert last_pretrained(tmp_path).name == "model-last.bin"
