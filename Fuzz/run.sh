#!/bin/sh
# Runs the interpreter fuzzer: Fuzz/run.sh [SECONDS] (default 1800). Crashes land in Fuzz/runs/.
set -eu
cd "$(dirname "$0")"
mkdir -p corpus runs
cp seeds/*.py corpus/ 2>/dev/null || true
exec ./fuzz-interpreter corpus -dict=fuzz.dict -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
    -max_total_time="${1:-1800}" -print_final_stats=1 -detect_leaks=0 -artifact_prefix=runs/
