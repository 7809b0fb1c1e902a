#!/usr/bin/env bash
# Installs what layak's build and tests need, if missing. Idempotent: seconds when all is there.
#   - the wasm32 Rust target
#   - Debian's chromium + chromium-driver (headless browser tests; nothing is downloaded by npm)
#   - wasm-bindgen-cli, exactly the version of the wasm-bindgen crate pinned in Cargo.toml
#   - e2e/node_modules: binaryen (wasm-opt) and playwright-core, exact pins from package-lock.json
# See TOOLCHAIN notes in README.md for why each choice (no --locked, no apt binaryen, no wasm-pack).
set -euo pipefail
cd "$(dirname "$0")/.."

WB_VERSION=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' Cargo.toml)
[ -n "$WB_VERSION" ] || { echo "setup: cannot read the wasm-bindgen pin from Cargo.toml" >&2; exit 1; }

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  echo "setup: adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  echo "setup: installing Debian's chromium and chromium-driver"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi

if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $WB_VERSION"; then
  echo "setup: installing wasm-bindgen-cli $WB_VERSION (a few minutes, once)"
  # Not --locked: its lockfile pins a webpki-roots version this registry lacks.
  cargo install wasm-bindgen-cli --version "$WB_VERSION" --no-default-features --force
fi

if [ ! -x e2e/node_modules/.bin/wasm-opt ] || [ ! -d e2e/node_modules/playwright-core ] \
   || [ e2e/package-lock.json -nt e2e/node_modules/.package-lock.json ]; then
  echo "setup: installing binaryen and playwright-core from npm"
  (cd e2e && npm ci --no-audit --no-fund --loglevel=error)
fi
