"""Score entities and roles against gold JSONL (FORMAT.md rules), until
`warta eval` lands:  PYTHONPATH=src python3 scripts/eval_entities.py GOLD.jsonl... [-v]"""

from __future__ import annotations

import json
import re
import sys

import warta

TITLE_WORDS = {"presiden", "ajun", "komisaris", "dr.", "dr", "prof.", "bapak", "ibu", "pak", "bu", "h.", "hj."}


def person_match(pred: str, gold: str) -> bool:
    p = [w for w in pred.lower().split() if w not in TITLE_WORDS]
    g = [w for w in gold.lower().split() if w not in TITLE_WORDS]
    if not p or not g:
        return False
    ps, gs = " ".join(p), " ".join(g)
    return ps == gs or f" {ps} " in f" {gs} " or f" {gs} " in f" {ps} "


def role_match(pred: str, gold: str) -> bool:
    p, g = set(re.findall(r"\w+", pred.lower())), set(re.findall(r"\w+", gold.lower()))
    return bool(p and g) and len(p & g) >= 0.5 * min(len(p), len(g))


def prf(tp, np_, ng):
    p = tp / np_ if np_ else 0.0
    r = tp / ng if ng else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(paths, verbose=False):
    pipe = warta.load()
    et = ep = eg = rt = rp = rg = 0
    for path in paths:
        for line in open(path, encoding="utf-8"):
            g = json.loads(line)
            art = pipe.analyze(g["text"], published=g.get("date"), outlet=g.get("outlet"))
            gold = {(e["type"], x.lower()): e["name"] for e in g["entities"] for x in [e["name"], *e["aliases"]]}
            gold_ids = {(e["type"], e["name"]) for e in g["entities"]}
            hit = set()
            fp = []
            for e in art.entities:
                k = gold.get((e.type, e.name.lower()))
                if k is not None and (e.type, k) not in hit:
                    hit.add((e.type, k))
                else:
                    fp.append(f"{e.type}:{e.name}")
            et += len(hit); ep += len(art.entities); eg += len(gold_ids)
            used = set()
            rhit = 0
            rfp = []
            for r in art.roles:
                for j, gr in enumerate(g["roles"]):
                    if j not in used and person_match(r.person, gr["person"]) and role_match(r.role, gr["role"]):
                        used.add(j); rhit += 1
                        break
                else:
                    rfp.append(f"{r.person}|{r.role}|{r.org}")
            rt += rhit; rp += len(art.roles); rg += len(g["roles"])
            if verbose:
                print("=====", g["id"], g.get("outlet"))
                print("  FP:", fp)
                print("  FN:", sorted(f"{t}:{n}" for t, n in gold_ids - hit))
                print("  role FP:", rfp)
                print("  role FN:", [f"{x['person']}|{x['role']}" for j, x in enumerate(g["roles"]) if j not in used])
    print("entities P=%.3f R=%.3f F1=%.3f (tp=%d pred=%d gold=%d)" % (*prf(et, ep, eg), et, ep, eg))
    print("roles    P=%.3f R=%.3f F1=%.3f (tp=%d pred=%d gold=%d)" % (*prf(rt, rp, rg), rt, rp, rg))


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "-v"]
    main(args, "-v" in sys.argv)
