#!/bin/bash
# The line editor's keys in a real terminal (tmux), as CPython's REPL: Ctrl-C clears the half-typed
# line with "KeyboardInterrupt" and leaves completion, history and arrows working; Ctrl-C at `...`
# drops the block; Ctrl-D at a stepper prompt leaves the stepper, not the program.
# Usage: Tests/Terminal/keys.sh [path/to/gradstep]   (default .build/debug/gradstep; needs tmux)
set -u
BIN=$(realpath "${1:-.build/debug/gradstep}")
command -v tmux >/dev/null || { echo "keys.sh: tmux not installed: skipped"; exit 0; }
S=gradstep-keys-$$
HOMEDIR=$(mktemp -d)
trap 'tmux kill-session -t $S 2>/dev/null; rm -rf "$HOMEDIR"' EXIT
failures=0

start() {
    tmux kill-session -t $S 2>/dev/null
    tmux new -d -s $S -x 150 -y 50 "HOME=$HOMEDIR GRADSTEP_HISTORY=$HOMEDIR/hist $BIN; echo EXITED; sleep 30"
    sleep 1.5
}
keys() {  # each argument: lit:TEXT typed literally, or a tmux key name (C-c, Enter, Tab, Up)
    for k in "$@"; do
        if [[ "$k" == lit:* ]]; then tmux send-keys -t $S -l "${k#lit:}"; else tmux send-keys -t $S "$k"; fi
        sleep 0.4
    done
}
screen() { tmux capture-pane -p -t $S; }
expect() {  # expect NAME PATTERN: the screen matches the extended regex
    if screen | grep -Eq -- "$2"; then echo "ok   $1"; else echo "FAIL $1 (no /$2/)"; screen | sed 's/^/     | /'; failures=$((failures+1)); fi
}
expect_not() {
    if screen | grep -Eq -- "$2"; then echo "FAIL $1 (found /$2/)"; screen | sed 's/^/     | /'; failures=$((failures+1)); else echo "ok   $1"; fi
}

start
keys lit:forw C-c
expect "Ctrl-C prints KeyboardInterrupt" '^KeyboardInterrupt$'
keys Enter
expect_not "the cleared line does not run" "name 'forw'"
keys lit:x\ =\ 41 Enter C-c C-c C-c lit:fo Tab
expect "TAB completes after three Ctrl-C" '^gradstep> forward$'
keys C-u Up
expect "Up recalls history after Ctrl-C" '^gradstep> x = 41$'
keys C-a Right Right Right Right Right Right lit:0 End lit:+1 Enter
expect "arrows edit after Ctrl-C" '^gradstep> x = 410\+1$'
keys lit:def\ g\(v\): Enter lit:\ \ \ \ return\ v Enter C-c lit:g Enter
expect "Ctrl-C at ... drops the block" "NameError: name 'g' is not defined"

start
keys 'lit:w = torch.tensor([1., -1.], requires_grad=True)' Enter 'lit:loss = ((w - 3)**2).mean()' Enter
keys lit:bstep Enter lit:n Enter C-d
expect "Ctrl-D at the stepper leaves it" 'Ctrl-D: leaving the stepper'
expect "grads restored" "grad is as before the pass"
keys lit:print\(\"still\ here\"\) Enter
expect "the program goes on" '^still here$'
expect_not "not exited" '^EXITED$'
keys C-d
sleep 0.5
expect "Ctrl-D at gradstep> quits" '^EXITED$'

if [ $failures -gt 0 ]; then echo "keys.sh: $failures failed"; exit 1; fi
echo "keys.sh: all passed"
