# Entry points. `make run` serves the page; `make test` runs every test. Both install what
# they need through scripts/setup.sh, which does nothing when all is there.
PORT ?= 8080
export CHROMEDRIVER ?= /usr/bin/chromedriver

.PHONY: build run test test-native test-wasm test-browser bench fuzz eval

build:
	scripts/setup.sh build
	scripts/build.sh

run: build
	@echo "kaalrekha: serving http://127.0.0.1:$(PORT)/"
	node scripts/serve.mjs www $(PORT)

test: build
	scripts/setup.sh test
	$(MAKE) test-native test-wasm test-browser

test-native:
	cargo test --release

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
