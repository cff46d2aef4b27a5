#!/bin/bash
# `gradstep | tee log` keeps the prompt visible, as `python3 | tee log` does: with stdout a pipe and a
# person at the terminal, the line editor draws the prompt (and the banner) on stderr, after the
# previous output came back through tee, so each prompt starts the line the learner types on; the
# log holds the output and no prompt. Also checks completion still works there.
# Usage: Tests/Terminal/tee.sh [path/to/gradstep]   (default .build/debug/gradstep; needs tmux)
set -u
BIN=$(realpath "${1:-.build/debug/gradstep}")
command -v tmux >/dev/null || { echo "tee.sh: tmux not installed: skipped"; exit 0; }
S=gradstep-tee-$$
DIR=$(mktemp -d)
trap 'tmux kill-session -t $S 2>/dev/null; rm -rf "$DIR"' EXIT
failures=0

keys() {  # each argument: lit:TEXT typed literally, or a tmux key name (Enter, Tab)
    for k in "$@"; do
        if [[ "$k" == lit:* ]]; then tmux send-keys -t $S -l "${k#lit:}"; else tmux send-keys -t $S "$k"; fi
        sleep 0.4
    done
}
screen() { tmux capture-pane -p -t $S; }
check() {  # check NAME COMMAND...: passes when the command succeeds
    local name=$1; shift
    if "$@"; then echo "ok   $name"; else echo "FAIL $name"; screen | sed '/^$/d; s/^/     | /'; failures=$((failures+1)); fi
}
on_screen() { screen | grep -Eq -- "$1"; }
not_on_screen() { ! screen | grep -Eq -- "$1"; }

tmux new -d -s $S -x 150 -y 50 "cd $DIR && HOME=$DIR GRADSTEP_HISTORY=$DIR/hist $BIN | tee $DIR/log; echo EXITED; sleep 30"
sleep 1.5
check "the banner shows" on_screen '^gradstep .* Ctrl-D quits\.$'
keys 'lit:x = 41' Enter lit:x Enter 'lit:print(x + 1)' Enter lit:x Enter
check "prompt before the first line" on_screen '^gradstep> x = 41$'
check "each later prompt starts the typed line" on_screen '^gradstep> print\(x \+ 1\)$'
check "the value echoed by tee" on_screen '^41$'
check "print's output" on_screen '^42$'
check "no output glued after a prompt" not_on_screen '^gradstep> 4[12]$'
check "no typed line without its prompt" not_on_screen '^(x|print\(x \+ 1\))$'
keys lit:forw Tab
check "TAB completes through tee" on_screen '^gradstep> forward$'
keys C-u C-d
sleep 0.5
check "Ctrl-D quits" on_screen '^EXITED$'
check "the log holds the output" grep -qx 41 "$DIR/log"
check "the log holds no prompt" bash -c "! grep -q 'gradstep>' '$DIR/log'"

if [ $failures -gt 0 ]; then echo "tee.sh: $failures failed"; exit 1; fi
echo "tee.sh: all passed"
