"""Role recall on ../shared/eval/pfsa_dev.jsonl (not every role is annotated:
recall only).  PYTHONPATH=src python3 scripts/pfsa_roles.py"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from eval_entities import person_match, role_match  # noqa: E402

import warta  # noqa: E402

PFSA = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "pfsa_dev.jsonl"


def main() -> None:
    pipe = warta.load()
    gold = [json.loads(line) for line in PFSA.open(encoding="utf-8")]
    t = time.time()
    tp = n = chars = 0
    for g in gold:
        art = pipe.analyze(g["text"])
        chars += len(g["text"])
        for gr in g["roles"]:
            if not gr["role"]:
                continue
            n += 1
            tp += any(person_match(r.person, gr["person"]) and role_match(r.role, gr["role"]) for r in art.roles)
    dt = time.time() - t
    print(f"pfsa roles recall {tp / n:.3f} ({tp}/{n}); {len(gold)} articles in {dt:.1f} s ({chars / dt:,.0f} chars/s, whole pipeline)")


if __name__ == "__main__":
    main()
