#!/usr/bin/env bash
# Builds the WASM package into the out-dir of wasm-pack.toml (www/pkg), runs
# wasm-opt from node_modules on it, minifies its JavaScript glue
# (scripts/minify-glue.mjs), and prints its gzip size; then bundles the
# page's scripts, which include the bindings (scripts/build-page.mjs). Every
# setting comes from wasm-pack.toml. Run scripts/setup.sh build first on a
# new machine.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/wasm-config.sh"
cd "$REPO_ROOT"
read_wasm_config

fail() { echo "build-wasm: $*" >&2; exit 1; }

check_tools() {
    local locked; locked="$(locked_wasm_bindgen_version)"
    [[ "$locked" == "$WASM_BINDGEN_VERSION" ]] ||
        fail "wasm-pack.toml pins wasm-bindgen-cli $WASM_BINDGEN_VERSION but Cargo.lock has wasm-bindgen ${locked:-none}; make them equal"
    local have
    have="$(installed_version wasm-bindgen)"
    [[ "$have" == "$WASM_BINDGEN_VERSION" ]] ||
        fail "wasm-bindgen ${have:-is not installed}${have:+ is installed} but $WASM_BINDGEN_VERSION is needed; run: scripts/setup.sh build"
    have="$(installed_version wasm-pack)"
    [[ "$have" == "$WASM_PACK_VERSION" ]] ||
        fail "wasm-pack ${have:-is not installed}${have:+ is installed} but $WASM_PACK_VERSION is needed; run: scripts/setup.sh build"
    [[ -x "$WASM_OPT_BIN" ]] || fail "$WASM_OPT_BIN is missing; run: npm ci"
}

build() {
    echo "build-wasm: wasm-pack build --target $BUILD_TARGET --$BUILD_PROFILE --out-dir $BUILD_OUT_DIR"
    # --mode no-install: use the wasm-bindgen on PATH, never download one.
    wasm-pack --quiet build --target "$BUILD_TARGET" "--$BUILD_PROFILE" --mode no-install \
        --out-dir "$BUILD_OUT_DIR" --out-name "$BUILD_OUT_NAME" --no-pack
}

optimize() {
    local wasm="$BUILD_OUT_DIR/${BUILD_OUT_NAME}_bg.wasm"
    echo "build-wasm: $WASM_OPT_BIN ${WASM_OPT_ARGS[*]}"
    "$WASM_OPT_BIN" "${WASM_OPT_ARGS[@]}" "$wasm" -o "$wasm.opt"
    mv "$wasm.opt" "$wasm"
}

gzip_size() { gzip -9 -c "$1" | wc -c; }

report_size() {
    local wasm="$BUILD_OUT_DIR/${BUILD_OUT_NAME}_bg.wasm" glue="$BUILD_OUT_DIR/${BUILD_OUT_NAME}.js"
    local wasm_gz glue_gz
    wasm_gz="$(gzip_size "$wasm")"; glue_gz="$(gzip_size "$glue")"
    printf 'build-wasm: %s: %d bytes, gzip -9 %d\n' "$wasm" "$(wc -c <"$wasm")" "$wasm_gz"
    printf 'build-wasm: %s: %d bytes, gzip -9 %d\n' "$glue" "$(wc -c <"$glue")" "$glue_gz"
    printf 'build-wasm: total gzip -9 (.wasm + JS glue): %d bytes (%.1f KB)\n' \
        "$((wasm_gz + glue_gz))" "$(awk "BEGIN {print ($wasm_gz + $glue_gz) / 1024}")"
}

check_tools
build
optimize
node scripts/minify-glue.mjs "$BUILD_OUT_DIR/${BUILD_OUT_NAME}.js"
report_size
node scripts/build-page.mjs
