"""One Settings object for the pipeline, the CLI, the API and Dask workers.

Defaults here; a user file (TOML) and `WARTA_*` environment variables override
them. The object is frozen: copy with `settings.replace(...)` to change it.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Settings:
    model: str = "rules"  # "rules" (tokenizer + rule components), "trained" (shipped pipeline) or a path
    max_chars: int = 2_000_000  # records longer than this are cut (with a warning)
    max_bytes: int = 20_000_000  # records larger than this are refused
    batch_size: int = 32
    n_process: int = 1
    repair_glued: bool = True  # split glued link text ("HargaBitcoindan")
    lexicon_acronyms: bool = True  # expand known acronyms from the shipped lexicon

    def replace(self, **changes: Any) -> "Settings":
        return dataclasses.replace(self, **changes)

    @classmethod
    def load(cls, path: str | Path | None = None, **overrides: Any) -> "Settings":
        values: dict[str, Any] = {}
        if path:
            with open(path, "rb") as fh:
                values.update(tomllib.load(fh).get("warta", {}))
        fields = {f.name: f for f in dataclasses.fields(cls)}
        for name, f in fields.items():
            env = os.environ.get(f"WARTA_{name.upper()}")
            if env is not None:
                values[name] = _coerce(env, f.type)
        values.update({k: v for k, v in overrides.items() if v is not None})
        unknown = set(values) - set(fields)
        if unknown:
            raise ValueError(f"unknown settings: {', '.join(sorted(unknown))}")
        return cls(**values)


def _coerce(value: str, typ: Any) -> Any:
    t = str(typ)
    if "bool" in t:
        return value.lower() in {"1", "true", "yes", "on"}
    if "int" in t:
        return int(value)
    return value
