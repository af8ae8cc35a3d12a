"""Converters: BIO/CoNLL-U/nlp-id readers, label mapping, Doc building."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.vocab import Vocab

from warta.training.convert import (
    map_bio,
    read_bio,
    read_conllu,
    read_nlpid,
    repair_bio,
    sentence_doc,
)

VOCAB = Vocab()

CONLLU = """# sent_id = t1
# text = Ia menyetujuinya di Jakarta.
1\tIa\tia\tPRON\tPRP\tPerson=3\t2\tnsubj\t_\t_
2-3\tmenyetujuinya\t_\t_\t_\t_\t_\t_\t_\t_
2\tmenyetujui\tsetuju\tVERB\tVB\tVoice=Act\t0\troot\t_\t_
3\tnya\tnya\tPRON\tPRP\tPerson=3\t2\tobj\t_\t_
4\tdi\tdi\tADP\tIN\t_\t5\tcase\t_\t_
5\tJakarta\tJakarta\tPROPN\tNNP\t_\t2\tobl\t_\tSpaceAfter=No
6\t.\t.\tPUNCT\tZ\t_\t2\tpunct\t_\t_

"""


def test_read_bio_maps_labels_and_handles_crlf(tmp_path):
    path = tmp_path / "ner.txt"
    path.write_bytes(b"Joko PROPN B-PER\r\nWidodo PROPN I-PER\r\nke ADP O\r\nBandung PROPN B-LOC\r\n\r\nSatu NUM O\r\n")
    sents = list(read_bio(path, "idner"))
    assert [s.words for s in sents] == [["Joko", "Widodo", "ke", "Bandung"], ["Satu"]]
    assert sents[0].ner == ["B-PER", "I-PER", "O", "B-LOC"]


def test_nergrit_labels_become_warta_labels(tmp_path):
    path = tmp_path / "grit.txt"
    path.write_text("Polda\tB-ORGANISATION\nBali\tI-ORGANISATION\ndi\tO\nDenpasar\tB-PLACE\nAni\tB-PERSON\n", encoding="utf-8")
    (sent,) = read_bio(path, "nergrit")
    assert sent.ner == ["B-ORG", "I-ORG", "O", "B-LOC", "B-PER"]


def test_dropped_labels_become_o_and_unknown_labels_raise():
    assert map_bio(["B-EVT", "I-EVT", "B-PPL"], "nerp") == ["O", "O", "B-PER"]
    try:
        map_bio(["B-MISC"], "idner")
    except ValueError:
        pass
    else:  # pragma: no cover
        raise AssertionError("unknown label accepted")


def test_repair_bio_turns_orphan_inside_into_begin():
    assert repair_bio(["O", "I-PER", "I-ORG", "I-ORG"]) == ["O", "B-PER", "B-ORG", "I-ORG"]


def test_conllu_multiword_token_is_merged_with_head_part_syntax(tmp_path):
    path = tmp_path / "t.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    (sent,) = read_conllu(path)
    assert sent.words == ["Ia", "menyetujuinya", "di", "Jakarta", "."]
    assert sent.pos == ["PRON", "VERB", "ADP", "PROPN", "PUNCT"]
    assert sent.lemmas[1] == "setuju"
    assert sent.deps == ["nsubj", "ROOT", "case", "obl", "punct"]
    assert sent.heads == [1, 1, 3, 1, 1]
    doc = sentence_doc(VOCAB, sent)
    assert doc.text == "Ia menyetujuinya di Jakarta."
    assert doc[3].head.text == "menyetujuinya"


def test_nlpid_glues_nya_and_maps_to_upos(tmp_path):
    path = tmp_path / "pos.txt"
    path.write_text("memastikan\tVB\nada\tNN\nnya\tDT\nkotak\tNN\n(\tSYM\nRp\tSYM\n\n", encoding="utf-8")
    (sent,) = read_nlpid(path)
    assert sent.words == ["memastikan", "adanya", "kotak", "(", "Rp"]
    assert sent.pos == ["VERB", "NOUN", "NOUN", "PUNCT", "SYM"]


TOKEN = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zs", "Zl", "Zp")), min_size=1, max_size=8)
TAG = st.sampled_from(["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "garbage"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(TOKEN, TAG), min_size=1, max_size=20))
def test_any_bio_file_gives_valid_docs(tmp_path_factory, rows):
    path = tmp_path_factory.mktemp("bio") / "x.txt"
    path.write_text("".join(f"{w}\t{t}\n" for w, t in rows), encoding="utf-8")
    vocab = VOCAB
    for sent in read_bio(path, "idner"):
        doc = sentence_doc(vocab, sent)
        assert len(doc) == len(sent.words)
        for ent in doc.ents:
            assert 0 <= ent.start_char < ent.end_char <= len(doc.text)
            assert ent.label_ in {"PER", "ORG", "LOC"}
