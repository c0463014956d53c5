#!/usr/bin/env bash
# `make bench`: every benchmark, one table at the end.
#   1. builds the WASM package (scripts/build-wasm.sh, prints its gzip size);
#   2. criterion on the native core (bench/, its own crate: root `cargo test`
#      never builds criterion); AA_BENCH_10MB=1 adds 10 MB natively;
#   3. node scripts/bench.mjs: the WASM in Node and in headless Chromium, with
#      compromise timed in the same runs, and the table (markdown), also
#      written to bench/target/bench-latest.md.
# Arguments go to bench.mjs (e.g. --quick). BENCH_SKIP_BUILD=1 skips step 1,
# BENCH_SKIP_NATIVE=1 step 2.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if [[ -z "${BENCH_SKIP_BUILD:-}" ]]; then
    scripts/setup.sh test   # npm packages (compromise), Chromium
    scripts/build-wasm.sh
fi
# Old criterion results would be read into the table as if new.
rm -rf bench/target/criterion
if [[ -z "${BENCH_SKIP_NATIVE:-}" ]]; then
    cargo bench --quiet --manifest-path bench/Cargo.toml --bench annotate
fi
node scripts/bench.mjs "$@"
