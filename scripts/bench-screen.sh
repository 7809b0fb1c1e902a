#!/usr/bin/env bash
# Screening benchmarks (issue 6): not a test, numbers to quote.
#   scripts/bench-screen.sh [ROWS]      (default 1,000,000; also runs 4,000,000 for memory)
# 1. native: `layak gen` then `layak screen`, 3 runs, median wall time and peak RSS;
# 2. the pandas script a data officer would write (bench/pandas_screen.py), same file;
# 3. headless Chromium: the same file screened in the web app's worker, 3 runs;
# 4. 4,000,000 rows natively, for peak memory (streaming: it should stay flat).
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-1000000}
AS_OF=2025-06-01
scripts/setup.sh >/dev/null
cargo build --release --quiet
scripts/build-web.sh >/dev/null
python3 -c 'import pandas' 2>/dev/null || pip install --quiet pandas
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
L=target/release/layak

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "== generating $ROWS rows"
/usr/bin/time -f "%e s" $L gen --rows "$ROWS" --seed 1 --as-of $AS_OF --out "$work/in.csv"
ls -l "$work/in.csv" | awk '{print $5 " bytes"}'

echo "== native layak screen (3 runs)"
for i in 1 2 3; do
  /usr/bin/time -f "%e %M" -o "$work/t$i" $L screen "$work/in.csv" --out "$work/out" --as-of $AS_OF --quiet
  cat "$work/t$i"
done
native=$(cat "$work"/t? | awk '{print $1}' | median)
rss=$(cat "$work"/t? | awk '{print $2}' | median)
echo "native median: ${native} s, peak RSS ${rss} KB"

echo "== pandas (3 runs)"
for i in 1 2 3; do
  /usr/bin/time -f "%e %M" -o "$work/pt$i" python3 bench/pandas_screen.py "$work/in.csv" "$work/pd" $AS_OF
  cat "$work/pt$i"
done
pandas=$(cat "$work"/pt? | awk '{print $1}' | median)
echo "pandas median: ${pandas} s"

echo "== headless Chromium, web worker (3 runs)"
node e2e/bench-browser.mjs "$work/in.csv" $AS_OF 3 | tee "$work/browser.txt"
browser_ms=$(sed -n 's/^browser median: \([0-9]*\) ms wall.*/\1/p' "$work/browser.txt")

echo "== 4,000,000 rows, native (memory)"
$L gen --rows 4000000 --seed 4 --as-of $AS_OF --out "$work/in4.csv"
/usr/bin/time -f "%e s, peak RSS %M KB" $L screen "$work/in4.csv" --out "$work/out4" --as-of $AS_OF --quiet

echo
echo "== summary ($ROWS rows)"
awk -v n="$native" -v p="$pandas" -v b="$browser_ms" 'BEGIN {
  printf "native layak screen: %.2f s\n", n
  printf "pandas baseline:     %.2f s  (layak is %.1fx faster)\n", p, p / n
  printf "browser worker:      %.2f s  (%.2fx the native time)\n", b / 1000, (b / 1000) / n
}'
