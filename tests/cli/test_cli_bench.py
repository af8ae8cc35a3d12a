import json

import pytest

from warta.cli.bench import parse_n_process
from warta.cli.main import main


def test_bench_small_input(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": str(i), "body": f"Berita nomor {i} tentang banjir di Bekasi."}) + "\n" for i in range(5)) + '{"body": ""}\n', encoding="utf-8")
    out = tmp_path / "bench.json"
    assert main(["bench", "--input", str(src), "--limit", "4", "-n", "1", "--json", str(out)]) == 0
    res = json.loads(out.read_text(encoding="utf-8"))
    (run,) = res["runs"]
    assert res["records"] == 4 and run["articles"] == 4 and run["failed"] == 0
    assert run["words"] == 4 * 7 and run["articles_per_s"] > 0 and res["peak_rss_mb"] > 0
    assert "articles/s" in capsys.readouterr().out


def test_bench_missing_input(tmp_path):
    assert main(["bench", "--input", str(tmp_path / "tidak-ada.jsonl")]) == 2


@pytest.mark.parametrize("values, expected", [(None, [1, 2]), (["1", "2"], [1, 2]), (["1,2"], [1, 2]), (["4"], [4])])
def test_parse_n_process(values, expected):
    assert parse_n_process(values) == expected
