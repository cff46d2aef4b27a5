#!/bin/bash
# Regenerate NAME.out / NAME.err / NAME.code for every nn/optim/data corpus program with real PyTorch.
# usage: Tests/Oracle/nn/make_expected.sh [PYTHON] [NAME.py ...]
# PYTHON defaults to $TORCH_PYTHON or /work/venv/bin/python.
set -u
here="$(cd "$(dirname "$0")" && pwd)"
py="${1:-${TORCH_PYTHON:-/work/venv/bin/python}}"
shift || true
cd "$here"
files=("$@")
[ ${#files[@]} -eq 0 ] && files=(*.py)
for f in "${files[@]}"; do
  name="${f%.py}"
  "$py" "$f" > "$name.out" 2> "$name.stderr.tmp"
  code=$?
  echo "$code" > "$name.code"
  if [ "$code" -ne 0 ]; then
    grep -v '^[[:space:]]*$' "$name.stderr.tmp" | tail -n 1 | sed 's/^[[:space:]]*//;s/[[:space:]]*$//' > "$name.err"
  else
    : > "$name.err"
  fi
  rm -f "$name.stderr.tmp"
done
