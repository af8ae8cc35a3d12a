"""Draft cross-article resolution records from the corpus for hand labelling.

For each article and each target given name (Budi, Agus, Sri, ...), every
capitalised name containing it becomes one record: the name, the title words
before it (as a role), the article's other capitalised names (neighbours).
Only names, titles and labels are written -- no article text. The labels come
from `LABELS` in tests/data/xdoc_labels.tsv, written by hand after reading
the contexts; records whose name has no label are left out.

    python benchmarks/xdoc_gold_build.py ../shared/corpus > tests/data/xdoc_gold.jsonl
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path

TARGETS = ["Prabowo", "Budi", "Agus", "Sri", "Dedi", "Gibran", "Airlangga", "Bahlil"]
# words of an office, as opposed to words of a name, before a given name
OFFICE = set("Presiden Wakil Menteri Menko Menkes Wapres Koordinator Bidang Perekonomian Perdagangan Kesehatan "
             "Keuangan Koperasi Sosial Perindustrian Imipas Polkam Gubernur Jawa Barat Jabar Republik Indonesia "
             "Kapolri Kapolsek Kakorlantas Polri Irjen Jenderal Kompol Kuta Ketua Umum Majelis Investigator "
             "Komdigi Direktur Kepala Panglima Bupati Wali Komjen Brigjen Kombes Letjen Mayjen Marsekal Laksamana "
             "Kasi Humas Kapolres Kapolda".split())
NAME = re.compile(r"\b([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,5})\b")
TITLE_START = re.compile(r"^(Presiden|Wakil|Menteri|Menko|Menkes|Gubernur|Bupati|Wali|Kapolsek|Kapolri|Kakorlantas|"
                         r"Irjen|Jenderal|Kompol|Ketua|Direktur|Kepala|Panglima|Wapres|Komjen|Brigjen|Kombes|Letjen|Mayjen|Marsekal|"
                         r"Laksamana|Kasi|Kapolres|Kapolda)\b")
NOISE_BEFORE = {"Menurut", "Pak", "Kang", "Ibu", "Bu", "Saudari", "Saudara", "Bagi", "Ini", "Kata", "Saat", "Kala",
                "Tolong", "Usai", "Adapun", "Intinya", "Pilih", "Fenomena", "Negeri", "Upaya", "Saksinya"}


def articles(corpus: Path):
    with open(corpus / "indonews-2025" / "articles.jsonl", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            yield d["id"], d.get("body") or ""
    csv.field_size_limit(10**9)
    with open(corpus / "detik-2025" / "data_berita.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            yield "detik-" + r["id"], r["isi_berita"]


def split(form: str, target: str) -> tuple[str, str]:
    """('Menteri Perdagangan', 'Budi Santoso') from 'Menteri Perdagangan Budi Santoso'."""
    words = form.split()
    i = next((i for i, w in enumerate(words) if target in re.split(r"-", w)), 0)
    before = words[:i]
    while before and before[0] in NOISE_BEFORE:
        before = before[1:]
    # trailing non-office words belong to the name ("Listyo Sigit" Prabowo)
    j = len(before)
    while j > 0 and before[j - 1] not in OFFICE:
        j -= 1
    name_head = before[j:]
    before = before[:j]
    role = " ".join(before) if before and TITLE_START.match(" ".join(before)) else ""
    if name_head:
        return role, " ".join(name_head + words[i:])
    return role, " ".join(words[i:])


def main(corpus: Path, labels_path: Path) -> None:
    labels = {}
    with open(labels_path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and not line.startswith("#"):
                name, label = line.rstrip("\n").split("\t")
                labels[name] = label
    for aid, body in articles(corpus):
        forms = Counter(NAME.findall(body))
        for target in TARGETS:
            mine = [f for f in forms if re.search(rf"\b{target}\b", f)]
            if not mine:
                continue
            people: dict[str, dict] = {}
            for f in mine:
                role, name = split(f, target)
                people.setdefault(name, {"roles": set(), "forms": set()})
                people[name]["forms"].add(f)
                if role:
                    people[name]["roles"].add(role)
            full = [n for n in people if len(n.split()) >= 2 and n in labels]
            # a bare one-word name is folded into the article's single full name
            if len(full) == 1 and target in people and target != full[0]:
                people[full[0]]["roles"] |= people[target]["roles"]
                people[full[0]]["forms"] |= {target}
                del people[target]
            neighbours = sorted(n for n, _ in forms.most_common(40) if target not in n and len(n.split()) >= 2)[:15]
            for name, info in sorted(people.items()):
                key = f"{aid}|{name}"
                label = labels.get(key) or labels.get(name)
                if not label or label == "-":
                    continue
                aliases = sorted(f for f in info["forms"] if f != name)
                print(json.dumps({"article": aid, "name": name, "type": "PER", "aliases": aliases,
                                  "roles": sorted(info["roles"]), "neighbours": neighbours, "label": label},
                                 ensure_ascii=False))


if __name__ == "__main__":
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus")
    labels = Path(sys.argv[2] if len(sys.argv) > 2 else Path(__file__).resolve().parents[1] / "tests/data/xdoc_labels.tsv")
    main(root, labels)
