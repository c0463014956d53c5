#!/usr/bin/env bash
# Size table of the WASM package for several build settings: Cargo opt-level
# (rebuilt for each) × wasm-opt arguments (applied to the same module).
# Prints gzip -9 of .wasm + JS glue, markdown. Builds a snapshot of HEAD in a
# temporary directory, so www/pkg and target/ are left alone.
#
#   scripts/bench-size.sh [OPT_LEVELS...]        default: z s 3
# Keeps the packages in $SIZE_DIR (default /tmp/aa-size) for speed runs:
#   node scripts/bench-variants.mjs $SIZE_DIR/pkg-z-Oz $SIZE_DIR/pkg-3-O3 ...
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT="$PWD"
WASM_OPT="$ROOT/node_modules/.bin/wasm-opt"
LEVELS=("${@:-z s 3}"); read -r -a LEVELS <<<"${LEVELS[*]}"
SIZE_DIR="${SIZE_DIR:-/tmp/aa-size}"
# name|arguments ("none": no wasm-opt)
VARIANTS=(
    "none|"
    "O1|-O1 --strip-debug --strip-producers"
    "Oz|-Oz --strip-debug --strip-producers"
    "Oz-converge|-Oz --converge --strip-debug --strip-producers"
    "Os|-Os --strip-debug --strip-producers"
    "O3|-O3 --strip-debug --strip-producers"
    "O4|-O4 --strip-debug --strip-producers"
)

rm -rf "$SIZE_DIR/src" && mkdir -p "$SIZE_DIR/src"
git archive HEAD | tar -x -C "$SIZE_DIR/src"
gz() { gzip -9 -c "$1" | wc -c; }
kb() { awk -v b="$1" 'BEGIN { printf "%.1f KB", b / 1024 }'; }

echo "| opt-level | wasm-opt | .wasm bytes | .wasm gzip | glue gzip | total gzip |"
echo "| --- | --- | --- | --- | --- | --- |"
for level in "${LEVELS[@]}"; do
    (cd "$SIZE_DIR/src" && CARGO_TARGET_DIR="$SIZE_DIR/target" CARGO_PROFILE_RELEASE_OPT_LEVEL="$level" \
        cargo build --quiet --lib --release --target wasm32-unknown-unknown)
    raw="$SIZE_DIR/target/wasm32-unknown-unknown/release/article_annotator.wasm"
    bindgen="$SIZE_DIR/bindgen-$level"
    rm -rf "$bindgen"
    wasm-bindgen --target web --out-dir "$bindgen" --out-name article_annotator "$raw"
    for variant in "${VARIANTS[@]}"; do
        name="${variant%%|*}"; read -r -a args <<<"${variant#*|}"
        pkg="$SIZE_DIR/pkg-$level-$name"
        rm -rf "$pkg" && cp -r "$bindgen" "$pkg"
        if [[ ${#args[@]} -gt 0 ]]; then
            "$WASM_OPT" "${args[@]}" "$pkg/article_annotator_bg.wasm" -o "$pkg/article_annotator_bg.wasm"
        fi
        w="$pkg/article_annotator_bg.wasm"; g="$pkg/article_annotator.js"
        printf '| %s | %s | %d | %s | %s | %s |\n' "$level" "${args[*]:-none}" "$(wc -c <"$w")" \
            "$(kb "$(gz "$w")")" "$(kb "$(gz "$g")")" "$(kb $(( $(gz "$w") + $(gz "$g") )))"
    done
done
