#!/bin/bash
# Regenerate NAME.out / NAME.err / NAME.code for the pure-Python corpus in Tests/Oracle/python with
# CPython (the `python3` gradstep matches), in the same format as make_expected.sh.
# usage: Tests/Oracle/make_python_expected.sh [NAME.py ...]
set -u
here="$(cd "$(dirname "$0")/python" && pwd)"
cd "$here"
files=("$@")
[ ${#files[@]} -eq 0 ] && files=(*.py)
for f in "${files[@]}"; do
  name="${f%.py}"
  python3 "$f" > "$name.out" 2> "$name.stderr.tmp"
  code=$?
  echo "$code" > "$name.code"
  if [ "$code" -ne 0 ]; then
    grep -v '^[[:space:]]*$' "$name.stderr.tmp" | tail -n 1 | sed 's/^[[:space:]]*//;s/[[:space:]]*$//' > "$name.err"
  else
    : > "$name.err"
  fi
  rm -f "$name.stderr.tmp"
done
