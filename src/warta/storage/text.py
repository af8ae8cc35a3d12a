"""Text helpers for the store: name normalisation, content hashes and a safe
full-text query parser shared by both backends."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

_NON_WORD = re.compile(r"[^\w\s-]+", re.UNICODE)
_SPACES = re.compile(r"\s+")
_HASH_DROP = re.compile(r"[\W_]+", re.UNICODE)
# a query: "quoted phrases", OR, -excluded, bare words
_QUERY_TOKEN = re.compile(r'(-?)"([^"]*)"|(\S+)')
_QUERY_WORD = re.compile(r"\w+", re.UNICODE)


def norm(text: str | None) -> str:
    """Lower-case, accent-free, punctuation-free, single-spaced form of a name."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _NON_WORD.sub(" ", text.casefold()).replace("_", " ")
    text = text.replace(" -", " ").replace("- ", " ")
    return _SPACES.sub(" ", text).strip(" -")


def content_hash(body: str) -> str:
    """Hash of the body's words (case, spacing and punctuation ignored), so a
    syndicated copy with different whitespace or quote marks hashes equal."""
    words = _HASH_DROP.sub(" ", unicodedata.normalize("NFKC", body).casefold()).split()
    return hashlib.sha256(" ".join(words).encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True)
class QueryTerm:
    words: tuple[str, ...]  # one word, or a phrase
    negated: bool = False
    or_next: bool = False  # joined to the next term by OR instead of AND


def parse_query(query: str) -> list[QueryTerm]:
    """Parse a user query into terms: words, "phrases", `-word`, `a OR b`.
    Anything else (operators, SQL, `%`, stray quotes) is reduced to words, so
    no input can reach the database as syntax."""
    if not isinstance(query, str):
        raise TypeError("query must be a string")
    query = query.replace("\x00", " ")
    if query.count('"') % 2:
        query = query.replace('"', " ")
    terms: list[QueryTerm] = []
    pending_or = False
    for m in _QUERY_TOKEN.finditer(query):
        neg, phrase, bare = m.group(1), m.group(2), m.group(3)
        if bare is not None:
            if bare == "OR":
                pending_or = bool(terms)
                continue
            neg = "-" if bare.startswith("-") and len(bare) > 1 else ""
            text = bare[1:] if neg else bare
        else:
            text = phrase
        words = tuple(w.casefold() for w in _QUERY_WORD.findall(text) if w.strip("_"))
        words = tuple(w.replace("_", "") for w in words if w.replace("_", ""))
        if not words:
            continue
        if pending_or and terms:
            last = terms[-1]
            terms[-1] = QueryTerm(last.words, last.negated, True)
        pending_or = False
        terms.append(QueryTerm(words, bool(neg)))
    # a query of only exclusions matches nothing useful: drop the negation
    if terms and all(t.negated for t in terms):
        terms = [QueryTerm(t.words, False, t.or_next) for t in terms]
    return terms


def fts5_query(terms: list[QueryTerm]) -> str:
    """SQLite FTS5 MATCH expression; every word is a quoted string, so FTS5
    operators typed by a user are plain words."""

    def phrase(t: QueryTerm) -> str:
        return '"' + " ".join(w.replace('"', '""') for w in t.words) + '"'

    pos = [t for t in terms if not t.negated]
    neg = [t for t in terms if t.negated]
    expr = ""
    for i, t in enumerate(pos):
        expr += phrase(t)
        if i < len(pos) - 1:
            expr += " OR " if t.or_next else " AND "
    if neg and expr:
        expr = f"({expr}) NOT ({' OR '.join(phrase(t) for t in neg)})"
    return expr


def tsquery(terms: list[QueryTerm]) -> str:
    """PostgreSQL `websearch_to_tsquery` input rebuilt from parsed terms
    (that function never raises on syntax)."""
    out: list[str] = []
    for t in terms:
        phrase = " ".join(t.words)
        text = f'"{phrase}"' if len(t.words) > 1 else phrase
        out.append(("-" if t.negated else "") + text)
        if t.or_next:
            out.append("or")
    return " ".join(out)
