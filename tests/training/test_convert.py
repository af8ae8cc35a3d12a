"""Converters: BIO/CoNLL-U/nlp-id readers, label mapping, Doc building."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.vocab import Vocab

from warta.training.convert import (
    Sentence,
    country_forms,
    join_acronyms,
    map_bio,
    mask_entities,
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


def test_country_entities_become_missing_and_the_rest_stays():
    sent = Sentence(words=["Amerika", "Serikat", "menyerang", "Israel", "di", "Gaza", ",", "kata", "Ani", "."],
                    ner=["B-LOC", "I-LOC", "O", "B-ORG", "O", "B-LOC", "O", "O", "B-PER", "O"])
    masked = mask_entities(sent, country_forms())
    assert masked.ner == [None, None, "O", None, "O", "B-LOC", "O", "O", "B-PER", "O"]
    assert sent.ner[0] == "B-LOC"  # the input is not changed
    doc = sentence_doc(VOCAB, masked)
    assert [t.ent_iob_ for t in doc][:4] == ["", "", "O", ""]
    assert [e.text for e in doc.ents] == ["Gaza", "Ani"]


def test_country_forms_has_names_and_short_forms_but_no_cities():
    names = country_forms()
    assert {"Israel", "Amerika Serikat", "AS", "Korut", "Tiongkok"} <= names
    assert "Jakarta" not in names and "Gaza" not in names


def test_nergrit_train_sets_follow_idner_conventions_and_tests_do_not():
    from warta.training.corpora import DATASETS, NERGRIT_FIXES

    fixes = {ds.name: ds.harmonise for ds in DATASETS}
    assert fixes["nergrit-train"] == fixes["nergrit-valid"] == NERGRIT_FIXES
    assert not fixes["nergrit-test"] and not fixes["idner-train"]


def test_nergrit_reader_applies_the_fixes(tmp_path):
    from warta.training.corpora import Dataset, NERGRIT_FIXES

    rows = [("Mahkamah", "B-ORGANISATION"), ("Konstitusi", "I-ORGANISATION"), ("(", "O"), ("MK", "B-ORGANISATION"),
            (")", "O"), ("di", "O"), ("Israel", "B-PLACE")]
    (tmp_path / "g.txt").write_text("".join(f"{w}\t{t}\n" for w, t in rows), encoding="utf-8")
    ds = Dataset("g", "ner", "train", "g.txt", "x", True, source="nergrit", harmonise=NERGRIT_FIXES)
    (sent,) = ds.sentences(tmp_path)
    assert sent.ner == ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", None]


def test_acronym_in_brackets_joins_its_entity_only_for_the_same_org_or_loc_label():
    words = ["Komisi", "Pemilihan", "Umum", "(", "KPU", ")", "dan", "Joko", "Widodo", "(", "Jokowi", ")", "."]
    tags = ["B-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "O", "O", "B-PER", "I-PER", "O", "B-PER", "O", "O"]
    joined = join_acronyms(Sentence(words=words, ner=tags))
    assert joined.ner[:6] == ["B-ORG"] + ["I-ORG"] * 5
    assert joined.ner[6:] == tags[6:]  # people keep their nickname apart (idner does)
    # a different label, or no closing bracket: unchanged
    other = ["B-ORG", "I-ORG", "I-ORG", "O", "B-LOC", "O", "O"]
    assert join_acronyms(Sentence(words=words[:7], ner=other)).ner == other
    assert join_acronyms(Sentence(words=words[:5], ner=tags[:5])).ner == tags[:5]


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


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["Israel", "(", ")", "MK", "Badan", "di", "AS"]), TAG), min_size=1, max_size=20))
def test_fixes_keep_every_word_and_give_valid_docs(rows):
    from warta.training.corpora import NERGRIT_FIXES

    sent = Sentence(words=[w for w, _ in rows], ner=map_bio([t for _, t in rows], "idner"))
    for fix in NERGRIT_FIXES:
        sent = fix(sent)
    assert len(sent.ner) == len(rows)
    doc = sentence_doc(VOCAB, sent)
    assert all(e.text not in country_forms() for e in doc.ents)
