"""The evaluation gate: scores may not fall below the floors pinned in
`baseline.json` (in the spirit of trafilatura's `eval_gate.py`).

    warta eval GOLD... --gate                       # exit 1 on any regression
    warta eval GOLD... --gate --update-baseline     # ratchet floors up to today's scores
    warta eval GOLD... --update-baseline --allow-regression   # also lower them

Floors are pinned per gold file (by file name) together with the file's
SHA-256: a gold file that changed under its floors fails the gate until the
floors are pinned again. Higher is better for every headline score except the
counts in `LOWER_IS_BETTER`, which have ceilings instead. A gold file with no
pinned entry (a new or hidden set) passes with a note.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from .report import Report, flat_scores

BASELINE_PATH = Path(__file__).with_name("baseline.json")
LOWER_IS_BETTER = frozenset({"boilerplate.content_lines_dropped"})
PRECISION = 4  # floors are stored rounded down to this many decimals
EPS = 1e-9


@dataclass(frozen=True)
class Finding:
    set: str
    metric: str
    value: float | None
    bound: float
    kind: str  # floor | ceiling | sha | missing

    def message(self) -> str:
        if self.kind == "sha":
            return f"{self.set}: gold file changed since its floors were pinned (re-pin with --update-baseline)"
        if self.kind == "missing":
            return f"{self.set}: {self.metric} has a floor {self.bound:g} but no score now"
        op = "below floor" if self.kind == "floor" else "above ceiling"
        return f"{self.set}: {self.metric} = {self.value:.4f} {op} {self.bound:g}"


@dataclass
class GateResult:
    failures: list[Finding] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "failures": [{**f.__dict__, "message": f.message()} for f in self.failures],
            "notes": list(self.notes),
        }


def empty_baseline() -> dict[str, Any]:
    return {
        "about": "Evaluation floors for `warta eval --gate`; change only with `warta eval --update-baseline` "
        "(lowering needs --allow-regression).",
        "sets": {},
    }


def load_baseline(path: str | Path | None = None) -> dict[str, Any]:
    path = Path(path) if path else BASELINE_PATH
    if not path.exists():
        return empty_baseline()
    with path.open(encoding="utf-8") as fh:
        data = json.load(fh)
    data.setdefault("sets", {})
    return data


def save_baseline(data: dict[str, Any], path: str | Path | None = None) -> Path:
    path = Path(path) if path else BASELINE_PATH
    path.write_text(json.dumps(data, indent=2, sort_keys=False, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def _bound(metric: str, value: float) -> float:
    """The bound stored for today's value: floors rounded down, ceilings up,
    so the same scores always pass."""
    scale = 10**PRECISION
    if metric in LOWER_IS_BETTER:  # counts
        return math.ceil(value - EPS)
    return math.floor(value * scale + EPS) / scale


def check(reports: Iterable[Report], baseline: dict[str, Any]) -> GateResult:
    res = GateResult()
    sets = baseline.get("sets", {})
    for rep in reports:
        entry = sets.get(rep.name)
        if entry is None:
            res.notes.append(f"{rep.name}: no floors pinned; not gated")
            continue
        if entry.get("sha256") and rep.sha256 and entry["sha256"] != rep.sha256:
            res.failures.append(Finding(rep.name, "sha256", None, 0.0, "sha"))
            continue
        now = flat_scores(rep.scores())
        for metric, floor in (entry.get("floors") or {}).items():
            value = now.get(metric)
            if value is None:
                res.failures.append(Finding(rep.name, metric, None, floor, "missing"))
            elif value + EPS < floor:
                res.failures.append(Finding(rep.name, metric, value, floor, "floor"))
        for metric, ceiling in (entry.get("ceilings") or {}).items():
            value = now.get(metric)
            if value is None:
                res.failures.append(Finding(rep.name, metric, None, ceiling, "missing"))
            elif value - EPS > ceiling:
                res.failures.append(Finding(rep.name, metric, value, ceiling, "ceiling"))
    return res


def update(
    reports: Iterable[Report], baseline: dict[str, Any], allow_regression: bool = False
) -> tuple[dict[str, Any], list[str]]:
    """A new baseline with floors raised to today's scores (and ceilings
    lowered); with `allow_regression` they may also move the other way.
    Returns it and a list of what changed or was refused."""
    data = json.loads(json.dumps(baseline)) if baseline else empty_baseline()
    data.setdefault("sets", {})
    changes: list[str] = []
    for rep in reports:
        now = flat_scores(rep.scores())
        old = data["sets"].get(rep.name) or {}
        changed_file = bool(old.get("sha256")) and old.get("sha256") != rep.sha256
        floors = dict(old.get("floors") or {})
        ceilings = dict(old.get("ceilings") or {})
        for metric, value in now.items():
            bound = _bound(metric, value)
            table = ceilings if metric in LOWER_IS_BETTER else floors
            prev = table.get(metric)
            worse = prev is not None and (bound > prev if metric in LOWER_IS_BETTER else bound < prev)
            if prev is None or bound == prev:
                table[metric] = bound
            elif not worse:
                table[metric] = bound
                changes.append(f"{rep.name}: {metric} {prev:g} -> {bound:g}")
            elif allow_regression:
                table[metric] = bound
                changes.append(f"{rep.name}: {metric} {prev:g} -> {bound:g} (regression allowed)")
            else:
                changes.append(f"{rep.name}: {metric} kept at {prev:g} (now {value:.4f}; needs --allow-regression)")
        if changed_file and not allow_regression:
            refused = [c for c in changes if c.startswith(f"{rep.name}:") and "kept at" in c]
            if refused:
                changes.append(f"{rep.name}: gold file changed; sha256 not re-pinned while floors are refused")
                data["sets"][rep.name] = {**old, "floors": floors, "ceilings": ceilings}
                continue
        data["sets"][rep.name] = {
            "sha256": rep.sha256,
            "articles": rep.articles,
            "floors": dict(sorted(floors.items())),
            "ceilings": dict(sorted(ceilings.items())),
        }
    return data, changes
