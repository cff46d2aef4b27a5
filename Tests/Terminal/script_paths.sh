#!/bin/bash
# `gradstep --plain FILE` and `gradstep FILE` name the script as python3 does (3.9 and later): in
# tracebacks, syntax errors, `can't open file` and `__file__` the working directory joined to the
# path as typed (not normalised), an absolute path as given; sys.argv[0] as typed. python3 is the oracle.
# Usage: Tests/Terminal/script_paths.sh [path/to/gradstep]   (default .build/debug/gradstep; needs python3)
set -u
BIN=$(realpath "${1:-.build/debug/gradstep}")
command -v python3 >/dev/null || { echo "script_paths.sh: python3 not installed: skipped"; exit 0; }
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
mkdir -p "$DIR/sub"
printf 'import sys\nprint(__file__, sys.argv[0])\ndef g(v):\n    return v / 0\nprint(g(1))\n' > "$DIR/sub/t.py"
printf 'x = 1\ny = (\n' > "$DIR/sub/s.py"
failures=0
check() {  # check NAME ARGS...: gradstep --plain ARGS prints what python3 ARGS prints (stdout+stderr)
    local name=$1; shift
    local want got
    # (The ^ and ~ marker lines of python3 3.11's tracebacks, PEP 657, are compared too.)
    want=$(cd "$DIR" && python3 "$@" 2>&1 | sed 's/^.*python3[^:]*: can/gradstep: can/')
    got=$(cd "$DIR" && "$BIN" --plain "$@" 2>&1)
    if [ "$want" = "$got" ]; then echo "ok   $name"; else echo "FAIL $name"; diff <(echo "$want") <(echo "$got") | sed 's/^/     | /'; failures=$((failures+1)); fi
}
check "relative path, traceback and __file__" sub/t.py
check "unnormalised path" ./sub/../sub/t.py
check "absolute path" "$DIR/sub/t.py"
check "syntax error names the file" sub/s.py
check "missing file" sub/nope.py
# The debugger's own mode names the file the same way in its traceback.
got=$(cd "$DIR" && "$BIN" sub/t.py 2>&1)
if echo "$got" | grep -q "File \"$DIR/sub/t.py\", line 5, in <module>"; then echo "ok   debugger mode traceback"; else echo "FAIL debugger mode traceback"; echo "$got" | sed 's/^/     | /'; failures=$((failures+1)); fi

if [ $failures -gt 0 ]; then echo "script_paths.sh: $failures failed"; exit 1; fi
echo "script_paths.sh: all passed"
