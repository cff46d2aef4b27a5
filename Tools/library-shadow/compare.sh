#!/bin/bash
# Run every corpus program twice with real torch: plainly, and with the bundled library in place
# of torch.nn / torch.optim / torch.utils.data (Tools/library-shadow/run.py). Stdout, the last
# stderr line and the exit code must be identical; with --expected also against the committed
# .out/.err/.code made by Tests/Oracle/nn/make_expected.sh.
# usage: Tools/library-shadow/compare.sh [--expected] [PYTHON] [PROGRAM.py ...]
set -u
root="$(cd "$(dirname "$0")/../.." && pwd)"
check_expected=0
if [ "${1:-}" = "--expected" ]; then check_expected=1; shift; fi
py="${1:-${TORCH_PYTHON:-/work/venv/bin/python}}"
shift || true
files=("$@")
[ ${#files[@]} -eq 0 ] && files=("$root"/Tests/Oracle/nn/*.py)
tmp="$(mktemp -d)"
pass=0; fail=0
last_line() { grep -v '^[[:space:]]*$' "$1" | tail -n 1 | sed 's/^[[:space:]]*//;s/[[:space:]]*$//'; }
for f in "${files[@]}"; do
  name="$(basename "${f%.py}")"
  dir="$(dirname "$f")"
  (cd "$dir" && "$py" "$f" > "$tmp/real.out" 2> "$tmp/real.err"); rc_real=$?
  (cd "$dir" && "$py" "$root/Tools/library-shadow/run.py" "$f" > "$tmp/lib.out" 2> "$tmp/lib.err"); rc_lib=$?
  ok=1
  cmp -s "$tmp/real.out" "$tmp/lib.out" || ok=0
  [ "$rc_real" = "$rc_lib" ] || ok=0
  if [ "$rc_real" != 0 ] && [ "$(last_line "$tmp/real.err")" != "$(last_line "$tmp/lib.err")" ]; then ok=0; fi
  if [ "$check_expected" = 1 ]; then
    cmp -s "$tmp/lib.out" "$dir/$name.out" || ok=0
    [ "$rc_lib" = "$(cat "$dir/$name.code")" ] || ok=0
  fi
  if [ "$ok" = 1 ]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL $name (exit $rc_real vs $rc_lib)"
    diff "$tmp/real.out" "$tmp/lib.out" | head -n 10
    [ "$rc_real" != 0 ] || [ "$rc_lib" != 0 ] && { echo "  real: $(last_line "$tmp/real.err")"; echo "  lib:  $(last_line "$tmp/lib.err")"; }
  fi
done
rm -rf "$tmp"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
