#!/usr/bin/env bash
# Installs what building and testing need, on a Debian machine like the CI
# one. Idempotent: every step is skipped when already satisfied, so a warm
# machine passes through in about a second. Tool versions come from
# wasm-pack.toml.
#
#   scripts/setup.sh build   Rust WASM target, wasm-pack, wasm-bindgen-cli, npm packages
#   scripts/setup.sh test    all of the above, plus Chromium and chromedriver, and cargo-fuzz
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/wasm-config.sh"
cd "$REPO_ROOT"
read_wasm_config

say() { echo "setup: $*"; }
fail() { echo "setup: $*" >&2; exit 1; }

need_command() {
    command -v "$1" >/dev/null 2>&1 || fail "$1 is not installed; $2"
}

rust_target() {
    need_command rustup "install Rust with rustup (https://rustup.rs) first"
    if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
        say "ok: Rust target wasm32-unknown-unknown"
    else
        say "installing Rust target wasm32-unknown-unknown"
        rustup target add wasm32-unknown-unknown
    fi
}

# cargo_tool <crate> <command> <version>. No --locked: with it the resolver
# asks for a crate version the registry mirror does not have (TOOLCHAIN.md).
cargo_tool() {
    local crate="$1" cmd="$2" version="$3" have
    have="$(installed_version "$cmd")"
    if [[ "$have" == "$version" ]]; then
        say "ok: $cmd $version"
    else
        say "installing $crate $version (found: ${have:-none}); this takes a few minutes"
        cargo install "$crate" --version "$version" --force
    fi
}

npm_packages() {
    need_command npm "install Node.js 20 and npm"
    # npm ci rewrites node_modules/.package-lock.json, so it is newer than
    # package-lock.json after every successful install.
    if [[ -f node_modules/.package-lock.json && ! package-lock.json -nt node_modules/.package-lock.json ]]; then
        say "ok: node_modules matches package-lock.json"
    else
        say "npm ci (node_modules missing or older than package-lock.json)"
        npm ci --no-audit --no-fund
    fi
}

browser() {
    if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
        say "ok: $(chromium --version 2>/dev/null | head -1), $(chromedriver --version | awk '{print $1, $2}')"
        return
    fi
    need_command apt-get "install Chromium and chromedriver by hand"
    local sudo=""; [[ "$(id -u)" == 0 ]] || sudo="sudo"
    say "installing chromium and chromium-driver with apt-get"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q chromium chromium-driver
}

# cargo-fuzz for the short fuzz run of `make test` (scripts/fuzz.sh). Any
# version will do; libFuzzer itself is built from source by the fuzz crate.
fuzz_tool() {
    if command -v cargo-fuzz >/dev/null 2>&1; then
        say "ok: $(cargo fuzz --version 2>/dev/null)"
    else
        say "installing cargo-fuzz (about 3 minutes)"
        cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION"
    fi
}
CARGO_FUZZ_VERSION=0.13.2

setup_build() {
    need_command cargo "install Rust with rustup (https://rustup.rs) first"
    need_command python3 "install Python 3.11 or later (the scripts read wasm-pack.toml with tomllib)"
    rust_target
    cargo_tool wasm-pack wasm-pack "$WASM_PACK_VERSION"
    cargo_tool wasm-bindgen-cli wasm-bindgen "$WASM_BINDGEN_VERSION"
    npm_packages
}

case "${1:-test}" in
    build) setup_build ;;
    test) setup_build; browser; fuzz_tool ;;
    *) fail "unknown step '$1'; use: scripts/setup.sh [build|test]" ;;
esac
