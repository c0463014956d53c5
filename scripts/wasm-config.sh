#!/usr/bin/env bash
# Sourced by the other scripts: reads wasm-pack.toml (Python 3.11's tomllib)
# into shell variables, and names the repository root.
#   REPO_ROOT, WASM_PACK_VERSION, WASM_BINDGEN_VERSION, BUILD_TARGET,
#   BUILD_OUT_DIR, BUILD_OUT_NAME, BUILD_PROFILE, WASM_OPT_BIN, WASM_OPT_ARGS (array),
#   and exports CARGO_PROFILE_<PROFILE>_OPT_LEVEL when [build] has opt-level,
#   CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS when it has inline-threshold.

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

read_wasm_config() {
    local assignments
    assignments="$(python3 - "$REPO_ROOT/wasm-pack.toml" <<'PY'
import shlex, sys, tomllib
path = sys.argv[1]
try:
    with open(path, "rb") as f:
        c = tomllib.load(f)
    values = {
        "WASM_PACK_VERSION": c["tools"]["wasm-pack"],
        "WASM_BINDGEN_VERSION": c["tools"]["wasm-bindgen-cli"],
        "BUILD_TARGET": c["build"]["target"],
        "BUILD_OUT_DIR": c["build"]["out-dir"],
        "BUILD_OUT_NAME": c["build"]["out-name"],
        "BUILD_PROFILE": c["build"]["profile"],
        "WASM_OPT_BIN": c["wasm-opt"]["binary"],
    }
    args = c["wasm-opt"]["args"]
    # Optional: the WASM's own opt-level, over the Cargo profile's (which
    # then serves the native build); passed to cargo as CARGO_PROFILE_*.
    opt_level = c["build"].get("opt-level")
    # Optional: LLVM's inlining threshold for the WASM target only.
    inline_threshold = c["build"].get("inline-threshold")
except (OSError, tomllib.TOMLDecodeError) as e:
    sys.exit(f"cannot read {path}: {e}")
except KeyError as e:
    sys.exit(f"{path} has no setting {e}; see the comments in that file for the expected keys")
for name, value in values.items():
    print(f"{name}={shlex.quote(str(value))}")
print("WASM_OPT_ARGS=(" + " ".join(shlex.quote(a) for a in args) + ")")
if opt_level is not None:
    var = "CARGO_PROFILE_" + values["BUILD_PROFILE"].upper().replace("-", "_") + "_OPT_LEVEL"
    print(f"export {var}={shlex.quote(str(opt_level))}")
if inline_threshold is not None:
    # only the wasm32 target's rustflags: the native build keeps its own
    flags = f"-C llvm-args=-inline-threshold={int(inline_threshold)}"
    print(f"export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS={shlex.quote(flags)}")
PY
)" || return 1
    eval "$assignments"
}

# The wasm-bindgen version that Cargo.lock resolved, e.g. 0.2.130.
locked_wasm_bindgen_version() {
    python3 - "$REPO_ROOT/Cargo.lock" <<'PY'
import sys, tomllib
with open(sys.argv[1], "rb") as f:
    lock = tomllib.load(f)
print(next((p["version"] for p in lock["package"] if p["name"] == "wasm-bindgen"), ""))
PY
}

# "wasm-bindgen 0.2.130" → 0.2.130; empty when the tool is missing.
installed_version() {
    command -v "$1" >/dev/null 2>&1 || return 0
    "$1" --version 2>/dev/null | awk '{print $2; exit}'
}
