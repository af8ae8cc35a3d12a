#!/usr/bin/env bash
# Throughput of `warta analyze` on the first 1,000 indonews-2025 articles,
# with 1 and 2 worker processes; writes benchmarks/results/<date>-<host>.json.
#   benchmarks/run.sh [INPUT] [LIMIT]
set -euo pipefail
cd "$(dirname "$0")/.."
input="${1:-../shared/corpus/indonews-2025/articles.jsonl}"
limit="${2:-1000}"
out="benchmarks/results/$(date -u +%Y-%m-%d)-$(hostname -s).json"
mkdir -p benchmarks/results
# the checkout's sources first, whatever warta is installed
PYTHONPATH="$PWD/src${PYTHONPATH:+:$PYTHONPATH}" python3 -m warta.cli.main bench \
  --input "$input" --limit "$limit" --n-process 1,2 --json "$out"
