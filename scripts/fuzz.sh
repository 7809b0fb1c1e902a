#!/usr/bin/env bash
# Fuzzes layak's parsers for a bounded time: every target in turn, one process (one core)
# at a time, SECONDS each (default 30). Not part of scripts/test.sh or CI: run it by hand
# after changing a parser, and longer (e.g. 600) before a release.
#
#   scripts/fuzz.sh            # 30 s per target
#   scripts/fuzz.sh 600        # 10 min per target
#   TARGETS="nik kk" scripts/fuzz.sh 60
#
# Needs the nightly toolchain and cargo-fuzz (installed from crates.io if missing). Seeds
# come from the golden files (fuzz/seeds.mjs); the corpus grows in fuzz/corpus/ (not
# committed). A crash stops that target, leaves its input in fuzz/artifacts/<target>/ and
# makes the script exit 1: reproduce it with `cargo +nightly fuzz run <target> <file>`,
# fix it, and add the input as a regression test in tests/regressions.rs.
set -uo pipefail
cd "$(dirname "$0")/.."

secs=${1:-30}
targets=(${TARGETS:-nik kk check claim params screen})

if ! rustup toolchain list | grep -q '^nightly'; then
  echo "fuzz: needs the nightly toolchain (rustup toolchain install nightly)" >&2
  exit 2
fi
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz
node fuzz/seeds.mjs
cargo +nightly fuzz build --fuzz-dir fuzz >/dev/null 2>&1 || { echo "fuzz: build failed" >&2; exit 2; }

declare -A max_len=([nik]=256 [kk]=256 [check]=4096 [claim]=4096 [params]=8192 [screen]=16384)
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
status=0
summary=()
for t in "${targets[@]}"; do
  echo "== fuzz $t (${secs}s)"
  mkdir -p "fuzz/artifacts/$t"
  LSAN_OPTIONS="suppressions=$PWD/fuzz/lsan.supp" \
    cargo +nightly fuzz run --fuzz-dir fuzz "$t" "fuzz/corpus/$t" -- \
    -max_total_time="$secs" -max_len="${max_len[$t]:-4096}" -dict="fuzz/dict/$t.dict" \
    -print_final_stats=1 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="fuzz/artifacts/$t/" >"$logs/$t.log" 2>&1
  rc=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$logs/$t.log" | tail -n 1)
  took=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$logs/$t.log" | tail -n 1)
  corpus=$(find "fuzz/corpus/$t" -type f | wc -l)
  if [ $rc -ne 0 ]; then
    status=1
    grep -E "panicked|ERROR|Test unit written" "$logs/$t.log" | head -n 5
    summary+=("$t: FAILED after ${runs:-?} runs (see fuzz/artifacts/$t/)")
  else
    summary+=("$t: ${runs:-?} runs in ${took:-$secs} s, corpus $corpus, no failure")
  fi
done
echo "== fuzz summary"
printf '%s\n' "${summary[@]}"
exit $status
