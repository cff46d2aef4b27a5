#!/bin/sh
# Runs the interpreter fuzzer: Fuzz/run.sh [SECONDS] (default 1800). Crashes land in Fuzz/runs/.
set -eu
cd "$(dirname "$0")"
mkdir -p corpus runs
cp seeds/*.py corpus/ 2>/dev/null || true
# The interpreter keeps known reference cycles (closures over their scope) alive at exit: LeakSanitizer's
# report of them is not a finding, and libFuzzer would save the empty input as a bogus artifact and
# exit non-zero. Swift's crash reporter helper would spin a core after a real trap: libFuzzer's own
# report and artifact are what a fuzz run needs.
export ASAN_OPTIONS="detect_leaks=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export SWIFT_BACKTRACE="enable=no"
exec ./fuzz-interpreter corpus -dict=fuzz.dict -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
    -max_total_time="${1:-1800}" -print_final_stats=1 -detect_leaks=0 -artifact_prefix=runs/
