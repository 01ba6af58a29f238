#!/usr/bin/env bash
# Installs what `make build`, `make run` and `make test` need, when it is missing.
# Idempotent: every step checks first, so a second run does nothing.
# Usage: scripts/setup.sh [build|test]   (test also brings Chromium and its driver)
set -euo pipefail
cd "$(dirname "$0")/.."
want=${1:-build}
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = { version = "=\([0-9.]*\)".*/\1/p' Cargo.toml)
[ -n "$WASM_BINDGEN_VERSION" ] || { echo "setup: cannot read the wasm-bindgen pin from Cargo.toml" >&2; exit 1; }

say() { echo "setup: $*" >&2; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! command -v wasm-bindgen >/dev/null || [ "$(wasm-bindgen --version | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 3 minutes)"
  cargo install wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION"
fi

if [ ! -x node_modules/.bin/wasm-opt ] || ! npm ls --silent >/dev/null 2>&1; then
  say "installing the npm dev dependencies"
  npm ci --no-audit --no-fund
fi

if [ "$want" = test ]; then
  if ! cargo fmt --version >/dev/null 2>&1; then
    say "adding rustfmt (the tests check the formatting)"
    rustup component add rustfmt
  fi
  # Devanagari and Urdu (Nastaliq, Naskh) fonts, so that screenshots of Hindi and Urdu pages
  # show letters, not boxes, and Urdu's right-to-left layout is measured with real glyphs.
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || ! dpkg -s fonts-lohit-deva >/dev/null 2>&1 \
    || ! dpkg -s fonts-noto-core >/dev/null 2>&1; then
    say "installing Debian's chromium, chromium-driver, a Devanagari font and Noto (Urdu)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium chromium-driver fonts-lohit-deva fonts-noto-core >/dev/null
  fi
fi
