#!/usr/bin/env bash
# Builds the npm package `article-annotator` into pkg/ (git-ignored):
#
#   pkg/package.json                 written by wasm-pack from Cargo.toml [package],
#                                    then given exports, files and sideEffects here
#   pkg/article_annotator.js, .d.ts  ES module (wasm-pack --target web, minified as
#                                    for www/pkg) and its types
#   pkg/article_annotator_bg.wasm    the core, optimised by wasm-opt as for www/pkg
#   pkg/widget/*.js                  the <article-annotator> widget (www/widget/),
#                                    its glue path pointed at ../article_annotator.js
#   pkg/README.md                    the repository README (wasm-pack copies it)
#
# Then prints the widget's size (gzip -9, without the WASM). Publish with
# `cd pkg && npm publish`; `npm pack --dry-run` in pkg/ lists what would ship.
# Run scripts/setup.sh build first on a new machine.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/wasm-config.sh"
cd "$REPO_ROOT"
read_wasm_config

OUT_DIR="pkg"
WIDGET_SRC="www/widget"

fail() { echo "build-npm: $*" >&2; exit 1; }

build() {
    [[ -x "$WASM_OPT_BIN" ]] || fail "$WASM_OPT_BIN is missing; run: scripts/setup.sh build"
    echo "build-npm: wasm-pack build --target $BUILD_TARGET --$BUILD_PROFILE --out-dir $OUT_DIR"
    # --mode no-install: use the wasm-bindgen on PATH, never download one.
    wasm-pack --quiet build --target "$BUILD_TARGET" "--$BUILD_PROFILE" --mode no-install \
        --out-dir "$OUT_DIR" --out-name "$BUILD_OUT_NAME"
    local wasm="$OUT_DIR/${BUILD_OUT_NAME}_bg.wasm"
    "$WASM_OPT_BIN" "${WASM_OPT_ARGS[@]}" "$wasm" -o "$wasm.opt"
    mv "$wasm.opt" "$wasm"
    node scripts/minify-glue.mjs "$OUT_DIR/${BUILD_OUT_NAME}.js"
}

# The widget, with its one layout-dependent path (the glue, in core.js) rewritten.
copy_widget() {
    rm -rf "$OUT_DIR/widget"
    mkdir -p "$OUT_DIR/widget"
    cp "$WIDGET_SRC"/*.js "$OUT_DIR/widget/"
    local repo_path="'../pkg/${BUILD_OUT_NAME}.js'" package_path="'../${BUILD_OUT_NAME}.js'"
    sed -i "s#${repo_path}#${package_path}#g" "$OUT_DIR/widget/core.js"
    grep -qF "import(${package_path})" "$OUT_DIR/widget/core.js" && ! grep -qF "'../pkg/" "$OUT_DIR/widget/core.js" ||
        fail "could not point the glue import in $OUT_DIR/widget/core.js at $package_path; update copy_widget"
}

# Entry points: "." the bindings, "./widget" the custom element.
complete_package_json() {
    node - "$OUT_DIR/package.json" "$BUILD_OUT_NAME" <<'JS'
const fs = require('node:fs');
const [file, name] = process.argv.slice(2);
const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
pkg.files = [...new Set([...(pkg.files ?? []), 'widget/'])];
pkg.exports = {
  '.': { types: `./${name}.d.ts`, default: `./${name}.js` },
  './widget': './widget/article-annotator-widget.js',
  [`./${name}_bg.wasm`]: `./${name}_bg.wasm`,
  './package.json': './package.json',
};
pkg.sideEffects = [...new Set([...(pkg.sideEffects ?? []), './widget/article-annotator-widget.js'])];
pkg.homepage ??= pkg.repository?.url;
fs.writeFileSync(file, `${JSON.stringify(pkg, null, 2)}\n`);
JS
}

report_widget_size() {
    local each=0 file
    for file in "$WIDGET_SRC"/*.js; do each=$((each + $(gzip -9 -c "$file" | wc -c))); done
    printf 'build-npm: widget JS (%s/*.js, without the WASM): %d bytes, gzip -9 %d per file summed, %d as one stream\n' \
        "$WIDGET_SRC" "$(cat "$WIDGET_SRC"/*.js | wc -c)" "$each" "$(cat "$WIDGET_SRC"/*.js | gzip -9 | wc -c)"
}

build
copy_widget
complete_package_json
report_widget_size
echo "build-npm: $OUT_DIR/ is the npm package $(node -p "require('./$OUT_DIR/package.json').name + '@' + require('./$OUT_DIR/package.json').version")"
