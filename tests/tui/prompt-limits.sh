#!/bin/sh
# Text typed at a prompt is never cut without a word: a full search and a
# full file name say so, and a file saved under a long $HOME ("~/name")
# lands at the whole path, not at a name cut short.
. "${TUKI_SRCDIR}/tests/tui/lib.sh"

state="$SCRATCH/state"
long=$(printf 'a%.0s' $(seq 140))

start_tuki XDG_STATE_HOME="$state" -- --lang en
wait_for "1  You are not alone"
keys 4 /
wait_for "Search:"
expect_screen_lacks "That is as long as a search can be."
keys -l "$long"
wait_for "That is as long as a search can be."
keys Escape
wait_gone "Search:"
keys q
wait_exit 0
$TMUX_CMD kill-server

# A $HOME of about 1300 bytes: longer than the old 1200-byte path buffer.
home="$SCRATCH"
for i in $(seq 13); do home="$home/$(printf 'd%.0s' $(seq 99))"; done
mkdir -p "$home"
start_tuki XDG_STATE_HOME="$state" HOME="$home" -- --lang en
wait_for "1  You are not alone"
keys 4 p
wait_for "Print it, or save it as a file?"
keys Down Enter
wait_for "Type a file name"
keys -l "~/saved.txt"
keys Enter
wait_for "Saved."
[ -s "$home/saved.txt" ] || fail "the file was not saved at the whole path under \$HOME"
grep -q "112" "$home/saved.txt" || fail "the saved file lacks the emergency number"
keys Left
wait_for "Helplines and support"
# A file name as long as a path can be: the prompt says so.
keys p
wait_for "Print it, or save it as a file?"
keys Down Enter
wait_for "Type a file name"
keys -l "$(printf 'n%.0s' $(seq 4100))"
wait_for "That is as long as a file name can be." 20
keys Escape
wait_for "Print it, or save it as a file?"
keys q
wait_exit 0
