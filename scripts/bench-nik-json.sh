#!/usr/bin/env bash
# `layak nik --json` against the PyPI package lokal-id doing the same work (issue 12): not a
# test, numbers to quote.
#   scripts/bench-nik-json.sh [COUNT] [RUNS]     (default 1,000,000 NIKs, 3 runs each)
# The NIKs are the nik column of `layak gen` (mostly valid Bojonegoro NIKs with realistic
# faults). Both read one NIK a line from standard input and write one JSON object a line;
# bench/lokalid_nik_json.py says what the lokal-id side reports. Whole-process wall time and
# CPU time (user + system), median of RUNS; lokal-id is installed into a venv under /tmp.
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT=${1:-1000000}
RUNS=${2:-3}
AS_OF=2025-06-01
VENV=${LOKAL_VENV:-/tmp/layak-bench-venv}
cargo build --release --quiet --bin layak
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
fi
"$VENV/bin/python" -c 'import lokal.nik' 2>/dev/null || "$VENV/bin/pip" install --quiet lokal-id
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
L=target/release/layak

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

$L gen --rows "$COUNT" --seed 1 --as-of $AS_OF --out "$work/in.csv"
tail -n +2 "$work/in.csv" | cut -d, -f1 > "$work/niks.txt"
echo "== $(wc -l < "$work/niks.txt") NIKs, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

run() { # name, then the command; stdin is the NIK list
  local name=$1; shift
  for i in $(seq "$RUNS"); do
    /usr/bin/time -f "%e %U %S" -o "$work/$name.$i" "$@" < "$work/niks.txt" > "$work/$name.out" || true
    # time(1) adds a line when the command exits non-zero (nik exits 1 on an invalid NIK).
    grep -v '^Command' "$work/$name.$i" > "$work/$name.t$i"
    awk -v n="$name" '{printf "%s: %.2f s wall, %.2f s CPU\n", n, $1, $2 + $3}' "$work/$name.t$i"
  done
  wc -l < "$work/$name.out" | awk -v n="$name" '{print n ": " $1 " lines out"}'
}

run layak $L nik --json --as-of $AS_OF
run lokal "$VENV/bin/python" bench/lokalid_nik_json.py $AS_OF

wall() { cat "$work/$1".t? | awk '{print $1}' | median; }
cpu() { cat "$work/$1".t? | awk '{print $2 + $3}' | median; }
awk -v lw="$(wall layak)" -v lc="$(cpu layak)" -v pw="$(wall lokal)" -v pc="$(cpu lokal)" 'BEGIN {
  printf "\n== medians of %d runs\n", '"$RUNS"'
  printf "layak nik --json: %.2f s wall, %.2f s CPU\n", lw, lc
  printf "lokal-id:         %.2f s wall, %.2f s CPU\n", pw, pc
  printf "layak is %.0fx faster (wall), %.0fx (CPU)\n", pw / lw, pc / lc
}'
