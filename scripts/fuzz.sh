#!/usr/bin/env bash
# Fuzzes the core with cargo-fuzz (libFuzzer, coverage-guided): the targets
# in fuzz/fuzz_targets/ (`annotate` on any bytes, `options` parsing then
# annotating), each checking every document invariant on every input.
#
#   scripts/fuzz.sh                 short run: 30 s per target (the `make test` step)
#   scripts/fuzz.sh 3600            the long run: an hour per target
#   FUZZ_JOBS=2 scripts/fuzz.sh 3600   the long run on two cores (libFuzzer -fork)
#   FUZZ_TARGETS=options scripts/fuzz.sh 60   one target only
#
# Stable Rust: cargo-fuzz asks for nightly flags, RUSTC_BOOTSTRAP=1 allows
# them. No sanitizer (`-s none`): the core is safe Rust (no `unsafe`), so
# AddressSanitizer would only slow it down; debug assertions are on (`-a`),
# so arithmetic overflow panics too. A run longer than 10 s on one input
# counts as a crash (a hang, or quadratic cost), and so does more than
# 2 GB of memory.
#
# Corpora grow in fuzz/corpus/<target>/ (git-ignored, kept between local
# runs), seeded from tests/fixtures/, tests/no-panic/ and fuzz/seeds/.
# A crash leaves its input in fuzz/artifacts/<target>/; this script prints it
# escaped, and it becomes a named test in tests/no_panic.rs.
#
# Prints per target its executions, and last the plain line
# "N passed, N failed" (one per target) that scripts/test.sh counts.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../fuzz"

SECONDS_PER_TARGET="${1:-30}"
JOBS="${FUZZ_JOBS:-1}"
read -r -a TARGETS <<< "${FUZZ_TARGETS:-annotate options}"
export RUSTC_BOOTSTRAP=1
FUZZ_FLAGS=(-s none --debug-assertions)

command -v cargo-fuzz >/dev/null 2>&1 || { echo "fuzz: cargo-fuzz is missing; run scripts/setup.sh test"; echo "0 passed, 1 failed"; exit 1; }

echo "fuzz: building the targets (release, debug assertions, coverage instrumentation)"
if ! cargo fuzz build "${FUZZ_FLAGS[@]}" 2>&1 | tail -3; then
    echo "fuzz: the targets did not build"; echo "0 passed, 1 failed"; exit 1
fi

# Seeds: the annotate target reads its first byte as the unit/kinds
# selector, so each text seed gets a 0 byte in front (UTF-16, all kinds).
SEEDS="$(mktemp -d)"
trap 'rm -rf "$SEEDS"' EXIT
mkdir -p "$SEEDS/annotate" "$SEEDS/options"
for file in ../tests/fixtures/*.txt ../tests/no-panic/*; do
    { printf '\0'; cat "$file"; } > "$SEEDS/annotate/$(basename "$file")"
done
cp seeds/options/* "$SEEDS/options/"

passed=0 failed=0
for target in "${TARGETS[@]}"; do
    mkdir -p "corpus/$target" "artifacts/$target"
    log="$SEEDS/$target.log"
    extra=()
    [[ -f "$target.dict" ]] && extra+=(-dict="$target.dict")
    [[ "$JOBS" -gt 1 ]] && extra+=(-fork="$JOBS" -ignore_crashes=0)
    echo "fuzz: $target for $SECONDS_PER_TARGET s ($JOBS job(s))"
    cargo fuzz run "${FUZZ_FLAGS[@]}" "$target" "corpus/$target" "$SEEDS/$target" -- \
        -max_total_time="$SECONDS_PER_TARGET" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="artifacts/$target/" "${extra[@]}" > "$log" 2>&1
    status=$?
    runs="$(awk -F: '/stat::number_of_executed_units/ { n += $2 } END { print n + 0 }' "$log")"
    [[ "$runs" -eq 0 ]] && runs="$(grep -oE '^#[0-9]+' "$log" | tail -1 | tr -d '#')"
    corpus_size="$(find "corpus/$target" -type f | wc -l)"
    if [[ $status -eq 0 ]]; then
        passed=$((passed + 1))
        echo "fuzz: $target ok: ${runs:-0} executions in $SECONDS_PER_TARGET s, corpus $corpus_size inputs, no crash"
    else
        failed=$((failed + 1))
        echo "fuzz: $target FAILED after ${runs:-?} executions (exit status $status); libFuzzer said:"
        grep -E 'panicked|ERROR|SUMMARY|Test unit written|timeout|out-of-memory' "$log" | head -20 | sed 's/^/  /'
        for artifact in $(grep -oE "artifacts/$target/[^ ]+" "$log" | sort -u); do
            [[ -f "$artifact" ]] || continue
            echo "  input $artifact ($(wc -c < "$artifact") bytes), as a Rust string (lossy):"
            python3 -c 'import sys; d=open(sys.argv[1],"rb").read(); print("   ", repr(d[:600]), "..." if len(d) > 600 else "")' "$artifact"
        done
    fi
done
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
