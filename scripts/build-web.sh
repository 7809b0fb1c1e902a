#!/usr/bin/env bash
# Builds the WebAssembly package into pkg/ (the npm package `layak`) and copies it into
# www/pkg/ for the web app. Run scripts/setup.sh first (run.sh and test.sh do).
set -euo pipefail
cd "$(dirname "$0")/.."

# bindgen_opt INPUT OUT_DIR NAME WASM_OPT_FLAGS...: wasm-bindgen, then wasm-opt on its module.
# The outputs are kept in target/web-cache under a hash of the input module, the flags and
# both tools' versions, so that a build with nothing changed copies them back in a second
# instead of optimising four modules again (a minute and a half); any change to the code,
# the flags or the tools builds afresh.
bindgen_opt() {
  local input=$1 out=$2 name=$3; shift 3
  local files=("$name.js" "$name.d.ts" "${name}_bg.wasm" "${name}_bg.wasm.d.ts")
  local key
  key=$({ sha256sum "$input"; echo "$*"; wasm-bindgen --version; e2e/node_modules/.bin/wasm-opt --version; } |
    sha256sum | cut -c1-16)
  local label
  label="$(basename "$out")-$name"
  local cache="target/web-cache/$label-$key"
  mkdir -p "$out"
  if [ -f "$cache/done" ]; then
    for f in "${files[@]}"; do cp "$cache/$f" "$out/$f"; done
    return
  fi
  wasm-bindgen --target web --out-dir "$out" --out-name "$name" "$input"
  e2e/node_modules/.bin/wasm-opt "$@" "$out/${name}_bg.wasm" -o "$out/${name}_bg.wasm"
  rm -rf "target/web-cache/$label-"*
  mkdir -p "$cache"
  for f in "${files[@]}"; do cp "$out/$f" "$cache/$f"; done
  touch "$cache/done"
}

cargo build --lib --profile wasm-release --target wasm32-unknown-unknown --no-default-features --quiet
rm -rf pkg
# npm's binaryen, never Debian's: apt's wasm-opt 108 writes modules that fail to load.
# --low-memory-unused lets loads and stores fold small constant offsets (the module never
# uses the first 1 KiB of memory), --converge repeats -Oz until nothing shrinks, and the
# producers section is of no use to a browser: together about 1.6 KB gzipped
# (docs/performance.md).
bindgen_opt target/wasm32-unknown-unknown/wasm-release/layak.wasm pkg layak \
  -Oz --low-memory-unused --converge --strip-debug --strip-producers
# The screening module (feature xlsx-read: CSV and XLSX, batch rules) for the "Saring data" page's
# Web Worker: loaded only there, built for speed rather than size, with WebAssembly SIMD
# (about 10 % faster; the regency's desktop browsers have it). The forms' module does not use
# SIMD, so that old phones and kiosks (iOS before 16.4) can still load it; hence its own
# target directory with its own flags.
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-C target-feature=+simd128" \
  cargo build --lib --profile wasm-screen --target wasm32-unknown-unknown --no-default-features \
  --features xlsx-read --target-dir target/wasm-simd --quiet
bindgen_opt target/wasm-simd/wasm32-unknown-unknown/wasm-screen/layak.wasm pkg layak_screen -O3 --enable-simd
# The results-workbook module (feature workbook-module: the xlsx writer and one function,
# src/wasm_workbook.rs), loaded by www/workbook.js only when a workbook is asked for, and
# stored by the service worker after the app is ready offline: the writer is the largest
# piece of code in layak and must not slow the first visit (docs/web-app.md).
cargo build --lib --profile wasm-workbook --target wasm32-unknown-unknown --no-default-features \
  --features workbook-module --quiet
bindgen_opt target/wasm32-unknown-unknown/wasm-workbook/layak.wasm pkg layak_workbook -Oz
# The web app's own build of the forms module (feature page-names): the same code without
# the regency and kecamatan names, which the page carries instead (written into index.html
# below) and hands over at start; on a slow line they then arrive while the browser waits for
# its first answers (docs/web-app.md, "First visit"). build.rs writes them to page_names.txt
# in the build's OUT_DIR, found from cargo's own report of the build script.
page_out=$(cargo build --lib --profile wasm-release --target wasm32-unknown-unknown --no-default-features \
  --features page-names --target-dir target/wasm-page --message-format=json --quiet |
  node -e 'let s="";process.stdin.on("data",(d)=>{s+=d;}).on("end",()=>{for(const l of s.split("\n")){try{const m=JSON.parse(l);if(m.reason==="build-script-executed"&&/[#/]layak[@#]/.test(m.package_id))console.log(m.out_dir);}catch{}}});')
if [ ! -f "$page_out/page_names.txt" ]; then
  echo "build-web: no page_names.txt from the page-names build (out dir: '${page_out}')" >&2
  exit 1
fi
rm -rf target/pkg-page
bindgen_opt target/wasm-page/wasm32-unknown-unknown/wasm-release/layak.wasm target/pkg-page layak \
  -Oz --low-memory-unused --converge --strip-debug --strip-producers
if [ -d pkg-config ]; then
  cp -r pkg-config/. pkg/
fi
# The drop-in for pages without a bundler (a PHP portal): one folder to copy to the web root,
# with a page that shows it working (docs/package.md).
rm -rf pkg/dropin
mkdir -p pkg/dropin/layak
cp pkg/layak.js pkg/layak_bg.wasm pkg/form.js pkg/elements.js pkg/LICENSE pkg/dropin/layak/
cp pkg-config/examples/dropin.html pkg/dropin/layak/contoh.html
# The web app's labels come from the core's messages (src/messages.rs) through the CLI; the
# forms' WebAssembly package leaves them out to stay within its size budget. They are written
# into index.html (the words shown before the app starts, and all of them in a data block that
# app.js reads), not served as a file of their own.
mkdir -p target
if [ -n "${LAYAK_BIN:-}" ] && [ -x "$LAYAK_BIN" ]; then
  "$LAYAK_BIN" catalogue --labels > target/labels.json
else
  cargo run --quiet --bin layak -- catalogue --labels > target/labels.json
fi
rm -f www/labels.json
node scripts/fill-labels.mjs www/index.html target/labels.json "$page_out/page_names.txt"
rm -rf www/pkg
mkdir -p www/pkg
# The web app takes the page-names build of the forms module; everything else is the package's.
cp target/pkg-page/layak.js target/pkg-page/layak_bg.wasm pkg/form.js pkg/layak_screen.js \
  pkg/layak_screen_bg.wasm pkg/layak_workbook.js pkg/layak_workbook_bg.wasm www/pkg/
# The service worker's cache name follows the content, so a new build replaces the old cache;
# the hash of each file lets it check that every file it stores is of this build.
node scripts/web-version.mjs www
raw=$(wc -c < pkg/layak_bg.wasm)
gz=$(gzip -9 -c pkg/layak_bg.wasm | wc -c)
sraw=$(wc -c < pkg/layak_screen_bg.wasm)
sgz=$(gzip -9 -c pkg/layak_screen_bg.wasm | wc -c)
wraw=$(wc -c < pkg/layak_workbook_bg.wasm)
wgz=$(gzip -9 -c pkg/layak_workbook_bg.wasm | wc -c)
praw=$(wc -c < www/pkg/layak_bg.wasm)
pgz=$(gzip -9 -c www/pkg/layak_bg.wasm | wc -c)
echo "build-web: pkg/layak_bg.wasm ${raw} bytes, ${gz} bytes gzipped (forms); www/pkg/layak_bg.wasm ${praw} bytes, ${pgz} bytes gzipped (the web app's forms, names in the page); pkg/layak_screen_bg.wasm ${sraw} bytes, ${sgz} bytes gzipped (screening worker); pkg/layak_workbook_bg.wasm ${wraw} bytes, ${wgz} bytes gzipped (results workbook)"
# The forms' module is the first download of every kiosk and phone: its budget is 200,000
# bytes gzipped (docs/performance.md), and a build above it fails here rather than ship.
budget=200000
if [ "$gz" -gt "$budget" ]; then
  echo "build-web: pkg/layak_bg.wasm is ${gz} bytes gzipped, over the forms module's budget of ${budget} (docs/performance.md)" >&2
  exit 1
fi
