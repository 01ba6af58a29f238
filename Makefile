# Entry points. `make run` serves the page; `make test` runs every test. Both install what
# they need through scripts/setup.sh, which does nothing when all is there.
PORT ?= 8080
export CHROMEDRIVER ?= /usr/bin/chromedriver

.PHONY: build run test fmt-check test-native test-wasm test-browser bench fuzz eval

build:
	scripts/setup.sh build
	scripts/build.sh

run: build
	@echo "kaalrekha: serving http://127.0.0.1:$(PORT)/"
	node scripts/serve.mjs www $(PORT)

test: build
	scripts/setup.sh test
	$(MAKE) fmt-check test-native test-wasm test-browser bench-smoke fuzz-smoke

# The code is as `cargo fmt` writes it (the core and the fuzz crate).
fmt-check:
	cargo fmt --check
	cd fuzz && cargo fmt --check

# The language packs (src/packs.rs): Hindi with nothing but the Hindi pack, English and Urdu with
# theirs, each in its own process, in the `packs` build the wasm uses (its own target
# folder, so that target/release/kaalrekha stays the command line with its data built in).
test-native:
	cargo test --release
	CARGO_TARGET_DIR=target/packs cargo test --release --features packs --test packs_hi --test packs_en --test packs_ur
	CARGO_TARGET_DIR=target/tiny cargo test --release --features tiny-language --test tiny_language

test-wasm:
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	  cargo test --release --target wasm32-unknown-unknown --test wasm

test-browser:
	node --test tests/browser/

eval:
	cargo run --release -- eval timex
	cargo run --release -- eval ner

# Benchmarks (bench/run.mjs): `make bench` writes docs/benchmarks.md; `make bench-smoke` is the same
# suite on tiny inputs in seconds, for the tests. Neither runs another benchmark in parallel.
.PHONY: bench-smoke fuzz-smoke
bench: build
	scripts/setup.sh test
	node bench/run.mjs

bench-smoke:
	node bench/run.mjs --smoke

# Fuzzing (docs/robustness.md): `make fuzz` runs libFuzzer for FUZZ_SECONDS when cargo-fuzz and
# nightly are there, else the stable seeded harness; `make fuzz-smoke` is 10 s of the latter.
FUZZ_SECONDS ?= 600
fuzz:
	@if command -v cargo-fuzz >/dev/null && rustup toolchain list | grep -q nightly; then \
	  mkdir -p fuzz/corpus/analyse fuzz/artifacts/analyse; \
	  (cd fuzz && cargo run --release --no-default-features --bin random -- --emit corpus/analyse --count 200 --max-len 600) && \
	  nice cargo +nightly fuzz run analyse -O fuzz/corpus/analyse -- -fork=1 -ignore_crashes=1 \
	    -max_total_time=$(FUZZ_SECONDS) -max_len=4096 -timeout=10 -rss_limit_mb=2048; \
	else \
	  cd fuzz && nice cargo run --release --no-default-features --bin random -- --seconds $(FUZZ_SECONDS) --seed $$(date +%s); \
	fi

fuzz-smoke:
	cd fuzz && cargo run --release --no-default-features --bin random -- --seconds 10 --seed 1
