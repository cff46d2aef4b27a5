#!/bin/sh
# Runs a fuzzer: Fuzz/run.sh [interpreter|debugger] [SECONDS] (default: interpreter, 1800 s).
# Crashes land in Fuzz/runs/. Each target keeps its own corpus (corpus/, corpus-debugger/).
# Paths given to libFuzzer are absolute: the debugger target works in a temporary folder (its file
# commands are confined there), and a relative corpus path would then name a folder that is not there.
set -eu
cd "$(dirname "$0")"
here=$(pwd)
target=interpreter
case "${1:-}" in interpreter|debugger) target=$1; shift ;; esac
if [ "$target" = debugger ]; then corpus=corpus-debugger; seeds=seeds-debugger; else corpus=corpus; seeds=seeds; fi
mkdir -p "$corpus" runs
cp "$seeds"/* "$corpus"/ 2>/dev/null || true
# The interpreter keeps known reference cycles (closures over their scope) alive at exit: LeakSanitizer's
# report of them is not a finding, and libFuzzer would save the empty input as a bogus artifact and
# exit non-zero. Swift's crash reporter helper would spin a core after a real trap: libFuzzer's own
# report and artifact are what a fuzz run needs. Allocation stacks are not recorded (malloc_context_size=0):
# unwinding at every allocation was an eighth of the time of a short input; rerun an artifact without
# it to see where a bad block was allocated.
export ASAN_OPTIONS="detect_leaks=0:malloc_context_size=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export SWIFT_BACKTRACE="enable=no"
# Each input is capped at a fraction of a second by the harness itself (FuzzLimits); -timeout only
# catches a hang the caps miss, with room for a busy machine.
exec "./fuzz-$target" "$here/$corpus" -dict="$here/fuzz.dict" -max_len=1024 -timeout=5 -rss_limit_mb=2048 \
    -max_total_time="${1:-1800}" -print_final_stats=1 -detect_leaks=0 -artifact_prefix="$here/runs/"
