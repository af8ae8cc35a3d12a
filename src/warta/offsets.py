"""Map offsets in the cleaned body back to the original text.

The cleaner builds the body piece by piece with `BodyBuilder`: pieces copied
from the original (`copy`) keep their origin, pieces it writes itself
(`insert`: a space between glued words, a paragraph break) are anchored to the
original position where they were inserted. `OffsetMap.to_original` then turns
any body offset into an original offset, so every annotation can be shown
where it was read.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field


@dataclass(frozen=True)
class OffsetMap:
    """Piecewise map from body offsets to original offsets."""

    # parallel lists: body start, original start, length, copied (False: inserted)
    body_starts: tuple[int, ...]
    orig_starts: tuple[int, ...]
    lengths: tuple[int, ...]
    copied: tuple[bool, ...]
    body_len: int
    orig_len: int

    @classmethod
    def identity(cls, n: int) -> "OffsetMap":
        return cls((0,), (0,), (n,), (True,), n, n)

    def to_original(self, pos: int, *, end: bool = False) -> int:
        """Original offset of body offset `pos`.

        With `end=True` the position is treated as an exclusive end, so a span
        ending at the end of a copied piece maps to the end of that piece, not
        to the start of whatever follows it in the original.
        """
        if pos <= 0:
            # the body may start after removed text: map to where it starts
            if not self.body_starts or self.body_len == 0:
                return 0
            pos = 0
        if pos >= self.body_len:
            if not self.body_starts:
                return self.orig_len
            i = len(self.body_starts) - 1
            return min(self.orig_len, self.orig_starts[i] + (self.lengths[i] if self.copied[i] else 0))
        probe = pos - 1 if end else pos
        i = bisect_right(self.body_starts, probe) - 1
        i = max(i, 0)
        delta = pos - self.body_starts[i]
        if not self.copied[i]:
            return self.orig_starts[i]
        return min(self.orig_len, self.orig_starts[i] + delta)

    def span(self, start: int, end: int) -> tuple[int, int]:
        s = self.to_original(start)
        e = self.to_original(end, end=True)
        return s, max(s, e)


@dataclass
class BodyBuilder:
    """Accumulates the cleaned body and its offset map."""

    original: str
    _parts: list[str] = field(default_factory=list)
    _body_starts: list[int] = field(default_factory=list)
    _orig_starts: list[int] = field(default_factory=list)
    _lengths: list[int] = field(default_factory=list)
    _copied: list[bool] = field(default_factory=list)
    _len: int = 0

    def copy(self, start: int, end: int) -> None:
        """Append original[start:end] unchanged."""
        if end <= start:
            return
        piece = self.original[start:end]
        self._add(piece, start, True)

    def insert(self, text: str, at: int) -> None:
        """Append `text`, which is not in the original, anchored at `at`."""
        if text:
            self._add(text, at, False)

    def _add(self, piece: str, orig: int, copied: bool) -> None:
        # merge with the previous piece when contiguous
        if (
            copied
            and self._copied
            and self._copied[-1]
            and self._orig_starts[-1] + self._lengths[-1] == orig
        ):
            self._lengths[-1] += len(piece)
        else:
            self._body_starts.append(self._len)
            self._orig_starts.append(orig)
            self._lengths.append(len(piece))
            self._copied.append(copied)
        self._parts.append(piece)
        self._len += len(piece)

    @property
    def text(self) -> str:
        return "".join(self._parts)

    def __len__(self) -> int:
        return self._len

    def build(self) -> tuple[str, OffsetMap]:
        return self.text, OffsetMap(
            tuple(self._body_starts),
            tuple(self._orig_starts),
            tuple(self._lengths),
            tuple(self._copied),
            self._len,
            len(self.original),
        )
