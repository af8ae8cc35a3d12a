"""floret vectors: training on a small text and conversion into spaCy vectors."""

from __future__ import annotations

import pytest

from warta.training.build import init_vectors
from warta.training.vectors import train_floret

floret = pytest.importorskip("floret")


def test_floret_vectors_train_and_load_into_spacy(tmp_path):
    import spacy

    words = ["presiden", "menteri", "gubernur", "kota", "provinsi", "berita", "harga", "pasar"]
    lines = [" ".join(words[(i + j) % len(words)] for j in range(6)) for i in range(200)]
    text = tmp_path / "text.txt"
    text.write_text("\n".join(lines) + "\n", encoding="utf-8")
    vec_file = train_floret(text, tmp_path / "tiny", dim=8, bucket=500, epoch=1, min_count=1)
    assert vec_file.exists() and vec_file.suffix == ".floret"
    init_vectors(vec_file, tmp_path / "model")
    nlp = spacy.load(tmp_path / "model")
    assert nlp.vocab.vectors.mode == "floret"
    assert nlp.vocab.vectors.shape == (500, 8)
    # subword hashing: an unseen word still gets a non-zero vector
    assert nlp.vocab["presidennya"].vector.any()
