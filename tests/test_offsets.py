from hypothesis import given
from hypothesis import strategies as st

from warta.offsets import BodyBuilder, OffsetMap


def test_identity_map():
    m = OffsetMap.identity(10)
    assert m.span(2, 5) == (2, 5)
    assert m.to_original(10) == 10


def test_removed_piece_is_skipped():
    text = "abc\nADVERTISEMENT\ndef"
    b = BodyBuilder(text)
    b.copy(0, 4)
    b.copy(18, len(text))
    body, m = b.build()
    assert body == "abc\ndef"
    s, e = m.span(4, 7)
    assert text[s:e] == "def"
    s, e = m.span(0, 3)
    assert text[s:e] == "abc"


def test_inserted_space_maps_to_anchor():
    text = "HargaBitcoindan"
    b = BodyBuilder(text)
    b.copy(0, 5)
    b.insert(" ", 5)
    b.copy(5, 12)
    b.insert(" ", 12)
    b.copy(12, 15)
    body, m = b.build()
    assert body == "Harga Bitcoin dan"
    s, e = m.span(6, 13)  # "Bitcoin"
    assert text[s:e] == "Bitcoin"
    s, e = m.span(0, len(body))
    assert (s, e) == (0, len(text))


@given(st.text(max_size=200), st.lists(st.tuples(st.integers(0, 200), st.integers(0, 200)), max_size=10))
def test_offsets_stay_inside_original(text, cuts):
    b = BodyBuilder(text)
    pos = 0
    for a, c in sorted((min(x, y), max(x, y)) for x, y in cuts):
        a, c = min(a, len(text)), min(c, len(text))
        if a < pos:
            continue
        b.copy(pos, a)
        b.insert(" ", a)
        pos = c
    b.copy(pos, len(text))
    body, m = b.build()
    for i in range(len(body) + 1):
        for j in (i, min(len(body), i + 3)):
            s, e = m.span(i, j)
            assert 0 <= s <= e <= len(text)
