"""docs/article.schema.json is generated from the model and real output validates."""

from __future__ import annotations

import json

import jsonschema
import pytest

from testpaths import ROOT, shared_path
from warta.schema import SCHEMA_FILE, article_schema, main, render
from warta.types import SCHEMA_VERSION


@pytest.fixture(scope="module")
def validator():
    schema = json.loads((ROOT / SCHEMA_FILE).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_committed_schema_is_up_to_date():
    committed = (ROOT / SCHEMA_FILE).read_text(encoding="utf-8")
    assert committed == render(), "docs/article.schema.json is stale: run python -m warta.schema"


def test_schema_names_its_version():
    schema = article_schema()
    assert schema["$id"].endswith(SCHEMA_VERSION)
    assert {"id", "text", "body", "quotes", "entities"} <= set(schema["properties"])
    assert "RecordError" in schema["$defs"]


def test_check_mode(tmp_path):
    path = tmp_path / "s.json"
    assert main(["--check", "-o", str(path)]) == 1
    assert main(["-o", str(path)]) == 0
    assert main(["--check", "-o", str(path)]) == 0


def test_example_output_validates(pipeline, validator):
    text = (ROOT / "examples" / "banjir-bekasi.txt").read_text(encoding="utf-8")
    art = pipeline.analyze(text, id="contoh", outlet="Kabarkota.id")
    validator.validate(json.loads(art.to_json()))


def test_seed_output_validates(pipeline, validator):
    text = shared_path("seed", "article.txt").read_text(encoding="utf-8")
    validator.validate(json.loads(pipeline.analyze(text, published="2023-09-13").to_json()))


def test_invalid_output_is_rejected(pipeline, validator):
    data = json.loads(pipeline.analyze("Berita singkat tentang banjir di Jakarta.").to_json())
    data["quotes"] = [{"content": {"start": -1, "end": 3, "text": "x"}, "kind": "rumor"}]
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(data)


def test_record_error_validates(validator):
    from warta.types import RecordError

    err = RecordError(id=None, kind="parse", message="line is not JSON", source="a.jsonl:2")
    sub = {"$ref": "#/$defs/RecordError", "$defs": validator.schema["$defs"]}
    jsonschema.Draft202012Validator(sub).validate(json.loads(err.model_dump_json()))
