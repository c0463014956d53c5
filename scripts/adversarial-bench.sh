#!/usr/bin/env bash
# The adversarial benchmark (README "Hardening"): builds the release binary
# and the WASM package, then prints the table of scripts/adversarial-bench.mjs
# (time per MB and the 1x -> 4x growth of each hostile input, next to plain
# news text). Not part of `make test`: it measures, it does not judge.
#   scripts/adversarial-bench.sh [--timeout SECONDS] [--only SUBSTRING] [--engines wasm,native]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
cargo build --release --bin annotate
scripts/build-wasm.sh > /dev/null
node scripts/adversarial-bench.mjs "$@"
