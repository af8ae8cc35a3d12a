#!/bin/sh
# Build a throw-away tree (default /tmp/warta-integ) = this branch + the other
# helpers' cleaner/dateline and acronyms/dates components, to measure entities
# and roles as they will run after the merge. Nothing is written to the repo.
set -e
HERE=$(cd "$(dirname "$0")/.." && pwd)
OUT=${1:-/tmp/warta-integ}
rm -rf "$OUT"; mkdir -p "$OUT"
cp -r "$HERE/src" "$OUT/src"
for f in components/clean.py components/dateline.py components/glued.py; do cp $HERE/../wt-cleaner/src/warta/$f "$OUT/src/warta/$f"; done
for f in components/acronyms.py components/dates.py extensions.py; do cp $HERE/../wt-dates/src/warta/$f "$OUT/src/warta/$f"; done
cp -n $HERE/../wt-cleaner/src/warta/data/lexicons/* $HERE/../wt-dates/src/warta/data/lexicons/* "$OUT/src/warta/data/lexicons/"
mkdir -p "$OUT/src/warta/data/patterns"; cp -n $HERE/../wt-cleaner/src/warta/data/patterns/* "$OUT/src/warta/data/patterns/"
echo "$OUT"
# the scorer (`warta eval`) from the evalkit branch, when there
if [ -d "$HERE/../wt-evalkit/src/warta/eval" ]; then
  cp -r "$HERE/../wt-evalkit/src/warta/eval/." "$OUT/src/warta/eval/"
  cp "$HERE/../wt-evalkit/src/warta/cli/"*.py "$OUT/src/warta/cli/"
  mkdir -p "$OUT/src/warta/data/eval"; cp -rn "$HERE/../wt-evalkit/src/warta/data/eval/." "$OUT/src/warta/data/eval/" 2>/dev/null || true
fi
