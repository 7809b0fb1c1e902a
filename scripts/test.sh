#!/usr/bin/env bash
# Every test of layak, after setting up what is missing:
#   1. style: cargo fmt --check, cargo clippy --all-targets -D warnings
#   2. native: unit tests, golden vectors, CLI tests (cargo nextest)
#   3. WebAssembly: the same golden vectors in Node and in headless Chromium (wasm-bindgen-test),
#      and the verval scenarios through the screening worker's module (feature xlsx-read), byte for
#      byte the native output files
#   4. the npm package in Node (exports, form helpers, README example, TypeScript types)
#   5. native = WebAssembly on a few thousand seeded random inputs (CLI --json vs pkg/)
#   6. the web app end to end in headless Chromium (playwright-core + Debian's chromium)
#   7. privacy: the web app makes no request off its origin, with no body, stores nothing,
#      and "Hapus data" leaves no entered value behind (headless Chromium)
#   8. pages: phone and kiosk layouts, 44 px targets, axe-core AA, kiosk idle clear, updates
#      under long HTTP caching, the server's compression (headless Chromium)
#   9. verval: the Verval page's files byte for byte against `layak verval`, offline, and the
#      Lapor kematian form's report accepted by `layak verval --deaths` (headless Chromium)
# The last line adds up every runner's count: "layak: N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/.."

logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
failed_steps=()

step() {  # step NAME COMMAND...: runs a step, keeps its output for the count
  local name=$1; shift
  echo "== $name"
  if "$@" 2>&1 | tee "$logs/$name.log"; then :; else failed_steps+=("$name"); fi
}

scripts/setup.sh || { echo "layak: setup failed"; echo "0 passed, 1 failed"; exit 1; }

step fmt cargo fmt --all -- --check
step clippy cargo clippy --all-targets --quiet -- -D warnings
step native cargo nextest run --no-fail-fast
# The fuzz targets are a package of their own (nightly, cargo-fuzz): they are not run here
# (scripts/fuzz.sh does), but they must still compile against the library's API.
if rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
  step fuzz-check bash -c 'cd fuzz && cargo +nightly check --bins --quiet'
fi
step wasm cargo test --target wasm32-unknown-unknown --no-default-features --no-fail-fast \
  --test wasm_node --test wasm_browser
step wasm-verval cargo test --target wasm32-unknown-unknown --no-default-features --features xlsx-read \
  --no-fail-fast --test wasm_verval_node --test wasm_verval_browser
step build-web scripts/build-web.sh
step package node e2e/package.test.mjs
step random node e2e/random.test.mjs
step e2e node e2e/e2e.mjs
step privacy node e2e/privacy.mjs
step pages node e2e/pages.mjs
step verval node e2e/verval.mjs

# Add up the counts each runner printed.
passed=0; failed=0
if [ -f "$logs/native.log" ]; then
  line=$(grep -E "Summary \[" "$logs/native.log" | tail -n 1)
  p=$(sed -n 's/.* \([0-9][0-9]*\) passed.*/\1/p' <<<"$line"); f=$(sed -n 's/.* \([0-9][0-9]*\) failed.*/\1/p' <<<"$line")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
fi
for name in wasm wasm-verval; do
  [ -f "$logs/$name.log" ] || continue
  while read -r p f; do passed=$((passed + p)); failed=$((failed + f)); done < <(
    sed -n 's/^test result: [A-Za-z]*\. \([0-9]*\) passed; \([0-9]*\) failed.*/\1 \2/p' "$logs/$name.log")
done
for name in package random e2e privacy pages verval; do
  [ -f "$logs/$name.log" ] || continue
  line=$(grep -E "^[0-9]+ passed, [0-9]+ failed" "$logs/$name.log" | tail -n 1)
  p=$(sed -n 's/^\([0-9]*\) passed.*/\1/p' <<<"$line"); f=$(sed -n 's/.* \([0-9]*\) failed.*/\1/p' <<<"$line")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
if [ ${#failed_steps[@]} -gt 0 ]; then
  echo "layak: failing steps: ${failed_steps[*]}"
  # A step that failed without a test count (fmt, clippy, a build) still counts as a failure.
  [ "$failed" -gt 0 ] || failed=${#failed_steps[@]}
fi
echo "layak: $passed passed, $failed failed"
[ ${#failed_steps[@]} -eq 0 ]
