#!/usr/bin/env bash
# Verval benchmark (issue 13): not a test, numbers to quote.
#   scripts/bench-verval.sh [ENROLLED] [CANDIDATES] [DEATHS]   (default 200,000 / 1,000,000 / 10,000)
# Generated data (`layak gen`, fictitious people): the enrolled list is a generated file with a
# `tanggal_daftar` column added, the deaths are NIKs taken from it (every 20th row) with dates.
# Then, 3 runs each, median wall time and peak RSS:
#   1. `layak screen` on the candidates alone (the baseline, same machine, same run);
#   2. `layak verval --enrolled --candidates --deaths`.
set -euo pipefail
cd "$(dirname "$0")/.."
ENROLLED=${1:-200000}
CANDIDATES=${2:-1000000}
DEATHS=${3:-10000}
AS_OF=2025-06-01
cargo build --release --quiet
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
L=target/release/layak
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "== generating $ENROLLED enrolled, $CANDIDATES candidates, $DEATHS deaths"
$L gen --rows "$CANDIDATES" --seed 1 --as-of $AS_OF --out "$work/candidates.csv"
$L gen --rows "$ENROLLED" --seed 2 --as-of $AS_OF --out "$work/gen-enrolled.csv"
awk 'NR == 1 { print $0 ",tanggal_daftar"; next } { print $0 ",2024-0" (NR % 9 + 1) "-15" }' \
  "$work/gen-enrolled.csv" > "$work/enrolled.csv"
awk -F, -v n="$DEATHS" 'NR > 1 && NR % 20 == 0 && c < n {
    c++; printf "%s,2025-0%d-%02d,2025-05-%02d\n", $1, c % 4 + 1, c % 28 + 1, c % 28 + 1 }
  BEGIN { print "nik,tanggal_meninggal,tanggal_lapor" }' "$work/enrolled.csv" > "$work/deaths.csv"
wc -l "$work"/candidates.csv "$work"/enrolled.csv "$work"/deaths.csv

echo "== layak screen on the candidates (3 runs)"
for i in 1 2 3; do
  /usr/bin/time -f "%e %M" -o "$work/s$i" $L screen "$work/candidates.csv" --out "$work/screen" --as-of $AS_OF --quiet
  cat "$work/s$i"
done
echo "== layak verval (3 runs)"
for i in 1 2 3; do
  /usr/bin/time -f "%e %M" -o "$work/v$i" $L verval --enrolled "$work/enrolled.csv" \
    --candidates "$work/candidates.csv" --deaths "$work/deaths.csv" --as-of $AS_OF --quiet --out "$work/verval"
  cat "$work/v$i"
done
s=$(cat "$work"/s? | awk '{print $1}' | median); srss=$(cat "$work"/s? | awk '{print $2}' | median)
v=$(cat "$work"/v? | awk '{print $1}' | median); vrss=$(cat "$work"/v? | awk '{print $2}' | median)
echo
echo "== summary (machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
echo "screen $CANDIDATES candidates:           median ${s} s, peak RSS ${srss} KB"
echo "verval $ENROLLED + $CANDIDATES + $DEATHS: median ${v} s, peak RSS ${vrss} KB"
awk -v s="$s" -v v="$v" 'BEGIN { printf "verval / screen: %.2fx\n", v / s }'
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print("summary:", json.dumps({k: d[k] for k in ("deaths_matched","deaths_unmatched","late_reports","programs")}))' "$work/verval/summary.json"
