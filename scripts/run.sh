#!/usr/bin/env bash
# The main job: set up if needed, build the `layak` CLI and the WebAssembly package, then
# serve the web app on 127.0.0.1 and print its URL. Stop with Ctrl-C.
#   PORT=8080 scripts/run.sh      (default port 8080; PORT=0 picks a free one)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cargo build --release --quiet
echo "run: CLI built at target/release/layak"
LAYAK_BIN=target/release/layak scripts/build-web.sh
exec node e2e/serve.mjs www "${PORT:-8080}"
