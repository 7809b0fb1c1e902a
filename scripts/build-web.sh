#!/usr/bin/env bash
# Builds the WebAssembly package into pkg/ (the npm package `layak`) and copies it into
# www/pkg/ for the web app. Run scripts/setup.sh first (run.sh and test.sh do).
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --lib --profile wasm-release --target wasm32-unknown-unknown --no-default-features --quiet
rm -rf pkg
wasm-bindgen --target web --out-dir pkg --out-name layak \
  target/wasm32-unknown-unknown/wasm-release/layak.wasm
# npm's binaryen, never Debian's: apt's wasm-opt 108 writes modules that fail to load.
e2e/node_modules/.bin/wasm-opt -Oz pkg/layak_bg.wasm -o pkg/layak_bg.wasm
if [ -d pkg-config ]; then
  cp -r pkg-config/. pkg/
fi
rm -rf www/pkg
mkdir -p www/pkg
cp pkg/layak.js pkg/layak_bg.wasm pkg/form.js www/pkg/
# The service worker's cache name follows the content, so a new build replaces the old cache.
hash=$(cat www/*.html www/*.js www/*.css www/*.webmanifest www/pkg/* | sha256sum | cut -c1-12)
echo "self.LAYAK_VERSION = 'layak-$hash';" > www/pkg/version.js
raw=$(wc -c < pkg/layak_bg.wasm)
gz=$(gzip -9 -c pkg/layak_bg.wasm | wc -c)
echo "build-web: pkg/layak_bg.wasm ${raw} bytes, ${gz} bytes gzipped"
