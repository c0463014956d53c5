# The two commands (README "Quick start"):
#   make serve   install what is missing, build the WASM, serve www/ on http://127.0.0.1:8080/
#   make test    install what is missing, run every test, end with "N passed, N failed"
# Settings for the WASM build are in wasm-pack.toml; the scripts are in scripts/.

PORT ?= 8080
export PORT

.PHONY: serve test build setup clean bench

serve: build
	scripts/serve.sh

test:
	scripts/test.sh

# Only the WASM package (www/pkg), with its gzip size.
build:
	scripts/setup.sh build
	scripts/build-wasm.sh

# Speed and size: criterion (native), the WASM in Node and Chromium next to
# compromise; prints one table (README "Size and speed"). BENCH_ARGS=--quick.
bench:
	scripts/bench.sh $(BENCH_ARGS)

# Everything tests need, including Chromium and chromedriver.
setup:
	scripts/setup.sh test

clean:
	cargo clean
	rm -rf www/pkg
