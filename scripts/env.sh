# Sourced by the scripts: puts the project's tools on PATH and keeps Trunk offline.
# shellcheck shell=bash
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# tools/bin/wasm-opt keeps what the real one (in tools/node_modules/.bin) made, for the same input.
export PATH="$ROOT/tools/bin:$ROOT/tools/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
# Every tool comes from scripts/setup: Trunk must not try to download one.
export TRUNK_OFFLINE=true
export TRUNK_SKIP_VERSION_CHECK=true
# The wasm names the files of the crates it was built from (where a panic would have come
# from): without their place on this machine ($CARGO_HOME/registry/src/<index>/), which
# says nothing to a reader and costs the shipped code a few hundred bytes.
remap=""
for crates in "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/; do
    [ -d "$crates" ] && remap="$remap --remap-path-prefix=${crates%/}=crates"
done
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="${remap# }"
unset remap crates
