#!/bin/bash
# Regenerate NAME.out / NAME.err / NAME.code for every case with real PyTorch.
# usage: Tests/Oracle/make_expected.sh [PYTHON] [NAME.py ...]
# PYTHON defaults to $TORCH_PYTHON or /work/torchenv/bin/python. CASES=DIR picks another corpus
# folder (default Tests/Oracle/cases; Tests/Oracle/shapes is the op-table edge-shape corpus).
set -u
here="$(cd "${CASES:-$(dirname "$0")/cases}" && pwd)"
py="${1:-${TORCH_PYTHON:-/work/torchenv/bin/python}}"
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
