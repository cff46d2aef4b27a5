#!/bin/sh
# Runs a fuzzer: Fuzz/run.sh [interpreter|debugger] [SECONDS] (default: interpreter, 1800 s).
# Crashes land in Fuzz/runs/. Each target keeps its own corpus (corpus/, corpus-debugger/).
set -eu
cd "$(dirname "$0")"
target=interpreter
case "${1:-}" in interpreter|debugger) target=$1; shift ;; esac
if [ "$target" = debugger ]; then corpus=corpus-debugger; seeds=seeds-debugger; else corpus=corpus; seeds=seeds; fi
mkdir -p "$corpus" runs
cp "$seeds"/* "$corpus"/ 2>/dev/null || true
# The interpreter keeps known reference cycles (closures over their scope) alive at exit: LeakSanitizer's
# report of them is not a finding, and libFuzzer would save the empty input as a bogus artifact and
# exit non-zero. Swift's crash reporter helper would spin a core after a real trap: libFuzzer's own
# report and artifact are what a fuzz run needs.
export ASAN_OPTIONS="detect_leaks=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export SWIFT_BACKTRACE="enable=no"
exec "./fuzz-$target" "$corpus" -dict=fuzz.dict -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
    -max_total_time="${1:-1800}" -print_final_stats=1 -detect_leaks=0 -artifact_prefix=runs/
