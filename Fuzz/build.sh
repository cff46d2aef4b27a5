#!/bin/sh
# Builds Fuzz/fuzz-interpreter (libFuzzer over the parser and interpreter: Script + Autograd) and
# Fuzz/fuzz-debugger (over the debugger session: commands and Python lines through DebugSession).
# The libraries are built by SwiftPM with coverage and ASan; the entry is linked by swiftc, which keeps
# libFuzzer's own main (SwiftPM cannot link -sanitize=fuzzer executables).
set -eu
cd "$(dirname "$0")/.."
SCRATCH=.build-fuzz
swift build -c release --scratch-path "$SCRATCH" --target Debugger \
    -Xswiftc -sanitize=fuzzer,address
BIN="$SCRATCH/release"
# The objects of a module's current sources only: SwiftPM leaves the objects of deleted or renamed
# files in the build folder, and linking those would name symbols that no longer exist.
objects() {
    find "Sources/$1" -name '*.swift' | while read -r f; do
        echo "$BIN/$1.build/$(basename "$f").o"
    done
}
swiftc -O -sanitize=fuzzer,address -parse-as-library \
    -I "$BIN/Modules" -I "$BIN" \
    Fuzz/FuzzInterpreter.swift \
    $(objects Autograd) $(objects Script) \
    -o Fuzz/fuzz-interpreter 2>&1 | grep -v "Cannot export local symbol" || true
echo "built Fuzz/fuzz-interpreter"
swiftc -O -sanitize=fuzzer,address -parse-as-library \
    -I "$BIN/Modules" -I "$BIN" \
    Fuzz/FuzzDebugger.swift \
    $(objects Autograd) $(objects Script) $(objects Debugger) \
    -o Fuzz/fuzz-debugger 2>&1 | grep -v "Cannot export local symbol" || true
echo "built Fuzz/fuzz-debugger"
