#!/bin/sh
# Runs a fuzzer: Fuzz/run.sh [interpreter|debugger] [SECONDS] (default: interpreter, 1800 s).
# Crashes land in Fuzz/runs/. Each target keeps its own corpus (corpus/, corpus-debugger/).
# Paths given to libFuzzer are absolute: the debugger target works in a temporary folder (its file
# commands are confined there), and a relative corpus path would then name a folder that is not there.
#
# The run is a series of libFuzzer processes of at most CHUNK_RUNS executions each: the interpreter
# keeps known reference cycles (closures over their scope) alive, about 15 KB an input (the debugger
# target's sessions about 100 KB), so one long process would reach the RSS limit after ~100,000
# inputs (~20,000) and report that as a finding. Each process
# starts from the corpus the previous ones grew. The series stops at the first real finding (a
# libFuzzer exit other than 0) and prints the executions of all its processes.
set -eu
cd "$(dirname "$0")"
here=$(pwd)
target=interpreter
case "${1:-}" in interpreter|debugger) target=$1; shift ;; esac
seconds=${1:-1800}
if [ "$target" = debugger ]; then corpus=corpus-debugger; seeds=seeds-debugger; chunk=${CHUNK_RUNS:-8000}
else corpus=corpus; seeds=seeds; chunk=${CHUNK_RUNS:-60000}; fi
mkdir -p "$corpus" runs
cp "$seeds"/* "$corpus"/ 2>/dev/null || true
# LeakSanitizer's report of those cycles is not a finding either (libFuzzer would save the empty input
# as a bogus artifact and exit non-zero). Swift's crash reporter helper would spin a core after a real
# trap: libFuzzer's own report and artifact are what a fuzz run needs. Allocation stacks are not
# recorded (malloc_context_size=0): unwinding at every allocation was an eighth of the time of a short
# input; rerun an artifact without it to see where a bad block was allocated.
export ASAN_OPTIONS="detect_leaks=0:malloc_context_size=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export SWIFT_BACKTRACE="enable=no"
log=$(mktemp "${TMPDIR:-/tmp}/gradstep-fuzz.XXXXXX")
trap 'rm -f "$log"' EXIT
start=$(date +%s)
total=0
processes=0
status=0
while :; do
    left=$((seconds - ($(date +%s) - start)))
    [ "$left" -gt 0 ] || break
    # Each input is capped at a fraction of a second by the harness itself (FuzzLimits); -timeout only
    # catches a hang the caps miss, with room for a busy machine.
    set +e
    "./fuzz-$target" "$here/$corpus" -dict="$here/fuzz.dict" -max_len=1024 -timeout=5 -rss_limit_mb=2048 \
        -runs="$chunk" -max_total_time="$left" -print_final_stats=1 -detect_leaks=0 \
        -artifact_prefix="$here/runs/" >"$log" 2>&1
    status=$?
    set -e
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    total=$((total + ${runs:-0}))
    processes=$((processes + 1))
    if [ "$status" -ne 0 ]; then
        cat "$log" >&2
        break
    fi
done
echo "fuzz-$target: $total executions in $processes processes, $(( $(date +%s) - start )) s, exit $status"
exit "$status"
