"""Entity-ruler patterns for places (LOC) from redistributable gazetteers.

Sources (both shipped as patterns inside the pipeline, with attribution in
the model card): `countries/countries_id.tsv` (restcountries, MPL-2.0;
Indonesian names) and `wilayah/provinsi_kabkota.tsv` (cahyadsn/wilayah,
MIT; 38 provinces and 514 regencies/cities). The ruler runs after the
statistical NER and only fills gaps (it never overwrites a predicted
entity).
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Iterator

from ..lexicons import data_path

COUNTRY_NAME_FIELDS = ("name_id_common", "isocodes_name_id", "isocodes_common_name_id")


def _rules() -> tuple[list[tuple[str, list[str]]], int]:
    prefixes: list[tuple[str, list[str]]] = []
    min_words = 2
    text = data_path("training", "gazetteer_rules.tsv").read_text(encoding="utf-8")
    rows = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    for row in csv.DictReader(rows, delimiter="\t"):
        if row["kind"] == "prefix":
            prefixes.append((row["match"], (row.get("variants") or "").split("|")))
        elif row["kind"] == "bare_min_words":
            min_words = int(row["match"])
    return prefixes, min_words


def _read_tsv(path: Path) -> Iterator[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        yield from csv.DictReader(fh, delimiter="\t")


def proper_noun_test(text_file: Path, min_ratio: float = 2.0):
    """A predicate: is `word` used as a proper noun in `text_file`?

    Counts capitalised occurrences that are not sentence-initial against
    lower-case ones."""
    from collections import Counter

    upper: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    with open(text_file, encoding="utf-8") as fh:
        for line in fh:
            words = line.split()
            for prev, word in zip(words, words[1:]):
                if prev in {".", "!", "?", '"'}:
                    continue
                if word[:1].isupper():
                    upper[word] += 1
                elif word[:1].islower():
                    lower[word] += 1

    def is_proper(name: str) -> bool:
        return upper[name] >= min_ratio * lower[name.lower()]

    return is_proper


def place_names(gazetteers: Path, is_proper=None) -> list[str]:
    """Every surface form of every country, province and regency/city.

    `is_proper(word)` decides whether a short bare regency/city name is
    kept (default: never)."""
    prefixes, min_words = _rules()
    names: dict[str, None] = {}
    for row in _read_tsv(gazetteers / "countries" / "countries_id.tsv"):
        for field in COUNTRY_NAME_FIELDS:
            if row.get(field):
                names[row[field].strip()] = None
    for row in _read_tsv(gazetteers / "wilayah" / "provinsi_kabkota.tsv"):
        official = row["nama"].strip()
        forms = [official]
        for match, variants in prefixes:
            if official.startswith(match + " "):
                rest = official[len(match) + 1:]
                forms = [f"{v} {rest}" if v else rest for v in variants]
                break
        for form in forms:
            bare = not any(form.startswith(v + " ") for _, vs in prefixes for v in vs if v)
            if bare and row["level"] != "provinsi" and len(form.split()) < min_words:
                if is_proper is None or not is_proper(form):
                    continue
            names[form] = None
    return sorted(names)


def place_patterns(gazetteers: Path, tokenizer, is_proper=None) -> list[dict]:
    """Token patterns (exact ORTH sequence, as the tokenizer splits it)."""
    out = []
    for name in place_names(gazetteers, is_proper):
        words = [t.text for t in tokenizer(name)]
        out.append({"label": "LOC", "pattern": [{"ORTH": w} for w in words], "id": name})
    return out
