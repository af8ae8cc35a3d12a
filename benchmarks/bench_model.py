"""Throughput, load time, size and peak memory of the shipped spaCy pipeline.

    PYTHONPATH=src python3 benchmarks/bench_model.py [--model PATH] [--articles N]
        [--repeat N] [--compare PATH]

Text: the first N article bodies of ../shared/corpus/indonews-2025 (one Doc
per paragraph). Reports words/s with n_process=1 and n_process=2 (words =
non-space tokens; also per CPU second of the main process, the fairer
clock on a shared machine), load time of `spacy.load`, size on disk, and peak RSS of
the main process and of worker processes. Results are printed as JSON.

On a shared machine single runs vary by 10 % or more. `--repeat N` adds the
best of N one-process passes, in words per CPU second; with `--compare
PATH` a second pipeline is loaded into the same process and the two take
turns, so both see the same machine (`best_words_per_cpu_s`).
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def paragraphs(n_articles: int) -> list[str]:
    out = []
    with open(SHARED / "corpus" / "indonews-2025" / "articles.jsonl", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= n_articles:
                break
            out += [p.strip() for p in json.loads(line)["body"].split("\n") if p.strip()]
    return out


def dir_size_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 2**20


def best_of(repeat: int, texts: list[str], nlp, other=None) -> dict[str, int]:
    """Words per CPU second of the fastest of `repeat` passes of each pipeline
    over `texts` (one process), the pipelines taking turns."""
    models = {"model": nlp, "compare": other} if other is not None else {"model": nlp}
    best = dict.fromkeys(models, float("inf"))
    words = 0
    for _ in range(repeat):
        for name, pipeline in models.items():
            c0 = time.process_time()
            words = sum(sum(1 for t in doc if not t.is_space) for doc in pipeline.pipe(texts, batch_size=64))
            best[name] = min(best[name], time.process_time() - c0)
    return {name: round(words / secs) for name, secs in best.items()}


def main() -> None:
    import spacy

    import warta.lang  # noqa: F401  (tokenizer registration)

    parser = argparse.ArgumentParser()
    parser.add_argument("--model", type=Path, default=ROOT / "src" / "warta" / "data" / "pipeline")
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=0, help="best of N one-process passes (CPU time)")
    parser.add_argument("--compare", type=Path, help="a second pipeline measured in turns (with --repeat)")
    args = parser.parse_args()

    t0 = time.perf_counter()
    c0 = time.process_time()
    nlp = spacy.load(args.model)
    load_s = time.perf_counter() - t0
    load_cpu_s = time.process_time() - c0
    texts = paragraphs(args.articles)
    nlp("Pemanasan.")
    result = {"model": str(args.model), "pipeline": nlp.pipe_names, "load_s": round(load_s, 2), "load_cpu_s": round(load_cpu_s, 2),
              "size_mb": round(dir_size_mb(args.model), 1), "paragraphs": len(texts)}
    for n_process in (1, 2):
        t0 = time.perf_counter()
        c0 = time.process_time()
        words = sum(sum(1 for t in doc if not t.is_space)
                    for doc in nlp.pipe(texts, batch_size=64, n_process=n_process))
        secs = time.perf_counter() - t0
        result[f"words_per_s_n{n_process}"] = round(words / secs)
        if n_process == 1:  # on a shared machine CPU time is the fairer clock
            result["words_per_cpu_s_n1"] = round(words / (time.process_time() - c0))
        result["words"] = words
    if args.repeat:
        result["best_words_per_cpu_s"] = best_of(args.repeat, texts, nlp, spacy.load(args.compare) if args.compare else None)
        if args.compare:
            result["compare"] = str(args.compare)
    result["peak_rss_mb_main"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    result["peak_rss_mb_workers"] = round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
