# Sourced by the scripts: puts the project's tools on PATH and keeps Trunk offline.
# shellcheck shell=bash
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# tools/bin/wasm-opt keeps what the real one (in tools/node_modules/.bin) made, for the same input.
export PATH="$ROOT/tools/bin:$ROOT/tools/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
# Every tool comes from scripts/setup: Trunk must not try to download one.
export TRUNK_OFFLINE=true
export TRUNK_SKIP_VERSION_CHECK=true
