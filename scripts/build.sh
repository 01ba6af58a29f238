#!/usr/bin/env bash
# Builds the page's WebAssembly into www/pkg/: cargo → wasm-bindgen (--target web) → wasm-opt,
# adds __wbg_reset() to the glue (scripts/patch-glue.mjs, for crash recovery), and writes the
# element's stylesheets as a module (scripts/gen-styles.mjs → www/kaalrekha-view.styles.js).
# The wasm holds the code only (feature `packs`); each language's data is a pack,
# www/pkg/<lang>.pack, written by the native command line (`kaalrekha pack`, src/packs.rs).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --lib --target wasm32-unknown-unknown --profile release-wasm --features packs
cargo build --release --bin kaalrekha
mkdir -p www/pkg
wasm-bindgen --target web --out-dir www/pkg --out-name kaalrekha_core \
  "${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/release-wasm/kaalrekha.wasm"
node_modules/.bin/wasm-opt -O3 --strip-debug --strip-producers \
  www/pkg/kaalrekha_core_bg.wasm -o www/pkg/kaalrekha_core_bg.wasm
node scripts/patch-glue.mjs www/pkg/kaalrekha_core.js
node scripts/gen-styles.mjs
# One pack per registered language: the codes of data/languages.tsv (its first column).
for lang in $(grep -v '^#' data/languages.tsv | cut -f1); do
  "${CARGO_TARGET_DIR:-target}/release/kaalrekha" pack "$lang" --data data --out "www/pkg/$lang.pack"
done
ls -l www/pkg/kaalrekha_core_bg.wasm | awk '{print "build: wasm " $5 " bytes"}' >&2
