#!/usr/bin/env bash
# Everything `make test` runs, in order, each step's output shown as it
# comes, and at the end one plain line "N passed, N failed" totalled over
# all steps. Exits non-zero if any test failed or any step could not run.
#
#   1. scripts/setup.sh test       tools, npm packages, Chromium (skipped when present)
#   2. cargo test --no-fail-fast  native unit, integration (tests/cli.rs) and doc tests
#   3. scripts/build-wasm.sh       the WASM package in www/pkg
#   4. wasm-pack test --chrome     tests/web.rs in headless Chromium
#   5. node --test tests/parity/   native binary vs WASM
#   6. node --test tests/page/     the page in Chromium (Playwright), when it has tests
#   7. scripts/build-npm.sh, node --test tests/widget/   npm package in pkg/; widget demos in Chromium
#   8. node --test tests/hardening/  hostile paste, no network, CSP, big text, recovery (page and widget)
#   9. scripts/fuzz.sh 30          cargo-fuzz, 30 s per target (README "Hardening")
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

TOTAL_PASSED=0
TOTAL_FAILED=0
STEP_LINES=()
LOG_DIR="$(mktemp -d)"
trap 'rm -rf "$LOG_DIR"' EXIT

# Sums "test result: ok. 8 passed; 0 failed" lines (cargo and
# wasm-bindgen-test-runner); prints "passed failed".
count_cargo() { awk '/test result:/ { for (i = 1; i < NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } } END { print p+0, f+0 }' "$1"; }
# node --test's summary: "# pass 51" / "# fail 0".
count_node() { awk '/^# pass / { p += $3 } /^# fail / { f += $3 } END { print p+0, f+0 }' "$1"; }
# The plain "N passed, N failed" line a script prints last (scripts/fuzz.sh).
count_plain() { awk '/^[0-9]+ passed, [0-9]+ failed$/ { p = $1; f = $3 } END { print p+0, f+0 }' "$1"; }
# A step that is not a test run (setup, build): nothing to count.
count_none() { echo 0 0; }

# run_step <title> <counter> <command...>: runs it, shows and counts its
# output. A step that exits non-zero without reporting a failed test (it did
# not compile, a tool was missing) counts as one failure, so the total line
# never hides it.
run_step() {
    local title="$1" counter="$2"; shift 2
    local log="$LOG_DIR/step-${#STEP_LINES[@]}.log" status passed failed started=$SECONDS
    echo "==> $title"
    set +e
    "$@" 2>&1 | tee "$log"
    status=${PIPESTATUS[0]}
    set -e
    read -r passed failed < <("$counter" "$log")
    local took="($((SECONDS - started)) s)"
    if [[ $status -ne 0 && $failed -eq 0 ]]; then
        failed=1
        STEP_LINES+=("$title: FAILED (exit status $status, see its output above) $took")
    else
        STEP_LINES+=("$title: $passed passed, $failed failed $took")
    fi
    TOTAL_PASSED=$((TOTAL_PASSED + passed))
    TOTAL_FAILED=$((TOTAL_FAILED + failed))
}

# Test files node --test would pick up in a folder (its default patterns).
has_node_tests() {
    [[ -d "$1" ]] && [[ -n "$(find "$1" -type f \( -name '*.test.*js' -o -name '*-test.*js' -o -name '*_test.*js' -o -name 'test-*.*js' \) -print -quit)" ]]
}

run_step "setup" count_none scripts/setup.sh test
# --no-fail-fast: run every test binary even after one fails, so the totals are whole.
run_step "cargo test" count_cargo cargo test --no-fail-fast
run_step "build WASM" count_none scripts/build-wasm.sh
# --mode no-install: use the installed wasm-bindgen-test-runner, download
# nothing. Only tests/web.rs: the other tests spawn processes or read files.
run_step "wasm-pack test (tests/web.rs in Chromium)" count_cargo \
    wasm-pack test --headless --chrome --chromedriver "$(command -v chromedriver || echo /usr/bin/chromedriver)" \
    --mode no-install -- --test web
run_step "parity (native vs WASM)" count_node node --test tests/parity/
if has_node_tests tests/page; then
    run_step "page (Playwright)" count_node node --test tests/page/
else
    STEP_LINES+=("page (Playwright): skipped, no test files in tests/page/")
fi
# The npm package (pkg/, reusing the release build above) and then the widget
# demos and the package in Chromium; a failed package build counts as a failure.
run_step "widget and npm package (Playwright)" count_node \
    bash -c 'scripts/build-npm.sh && node --test tests/widget/'
if has_node_tests tests/hardening; then
    run_step "hardening (Playwright)" count_node node --test tests/hardening/
fi
# Coverage-guided fuzzing of annotate and of options parsing, about a minute
# (the long run: scripts/fuzz.sh 3600).
run_step "fuzz (cargo-fuzz, 30 s per target)" count_plain scripts/fuzz.sh 30

echo
echo "Summary:"
printf '  %s\n' "${STEP_LINES[@]}"
echo "$TOTAL_PASSED passed, $TOTAL_FAILED failed"
[[ $TOTAL_FAILED -eq 0 ]]
