#!/usr/bin/env bash
# Instruction counts of the native core with callgrind: stable on a shared,
# noisy machine where wall times are not. Annotates the seed article and
# BYTES of news text (default 51200) once each, and prints instructions per
# byte and the functions of src/ with the largest inclusive share. Then the
# same texts "warm": a second call only (the word lists are loaded by the
# first), which is what a page or a server pays per call; the first call's
# figures include loading the word lists (about 2 M instructions, 40% of the
# seed's count).
#   scripts/bench-profile.sh [BYTES]
# Output files stay in bench/target/callgrind/ for callgrind_annotate, e.g.
#   callgrind_annotate --inclusive=yes --tree=caller bench/target/callgrind/news.out
# Needs valgrind (apt-get install valgrind).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
BYTES="${1:-51200}"
command -v valgrind >/dev/null || { echo "bench-profile: valgrind is missing (apt-get install valgrind)" >&2; exit 1; }
cargo build --quiet --manifest-path bench/Cargo.toml --profile profiling --example profile
BIN=bench/target/profiling/examples/profile
OUT=bench/target/callgrind
mkdir -p "$OUT"

run() {  # name, args... (a last arg --warm counts only the second call)
    local name="$1"; shift
    local collect=()
    [[ "${*: -1}" == "--warm" ]] && collect=(--collect-atstart=no --toggle-collect=profile::measured)
    local log; log="$(valgrind --tool=callgrind "${collect[@]}" --callgrind-out-file="$OUT/$name.out" "$BIN" "$@" 2>&1)"
    local bytes ir
    bytes="$(grep -oE '^[0-9]+ bytes' <<<"$log" | cut -d' ' -f1)"
    ir="$(grep -oE 'refs: +[0-9,]+' <<<"$log" | tr -dc '0-9')"
    echo "## $name: $bytes bytes, $ir instructions, $((ir / bytes)) per byte"
    callgrind_annotate --inclusive=yes "$OUT/$name.out" 2>/dev/null |
        grep -E '/src/[a-z_/]+\.rs:article_annotator::' | grep -v '/library/' |
        sed -E 's|^ *[0-9,]+ \( *([0-9.]+)%\) +.*/(src/[^:]+):([^ ]+).*|\1%  \3  (\2)|' |
        awk '!seen[$2]++' | head -20
}

if [[ -e ../shared/eval/seed-article.txt || -n "${AA_SEED:-}" ]]; then run seed seed; fi
run news news "$BYTES"
if [[ -e ../shared/eval/seed-article.txt || -n "${AA_SEED:-}" ]]; then run seed-warm seed --warm; fi
run news-warm news "$BYTES" --warm
