#!/bin/sh
# The step tracker: Space marks the first step, tuki asks once whether to
# keep marks (y), "1 of M done" shows, and after q and a restart the mark
# is still there.  The file is 0600 in a 0700 directory and holds only
# ids, states and dates.  A corrupt file is set aside with a calm note.
. "${TUKI_SRCDIR}/tests/tui/lib.sh"

state="$SCRATCH/state"
start_tuki XDG_STATE_HOME="$state" -- --lang en
wait_for "1  You are not alone"
keys 3 End Enter
wait_for "Start with the first step at the top"
keys Space
wait_for "Keep your marks?"
keys y
wait_for "1 of "
wait_for "[x]"
keys q
wait_exit 0
$TMUX_CMD kill-server

file="$state/tuki/progress.json"
[ "$(stat -c %a "$state/tuki")" = 700 ] || fail "directory mode $(stat -c %a "$state/tuki")"
[ "$(stat -c %a "$file")" = 600 ] || fail "file mode $(stat -c %a "$file")"
# Only these keys may appear: version, steps, state, date (and step ids).
keys_in_file=$(grep -o '"[a-z-]*":' "$file" | sort -u | tr -d '":' | tr '\n' ' ')
for k in $keys_in_file; do
	case "$k" in
	version|steps|state|date) ;;
	*) grep -q "\"$k\"" "$TUKI_CONTENT_DIR/steps.json" || fail "unexpected field $k in $file";;
	esac
done

start_tuki XDG_STATE_HOME="$state" -- --lang en
wait_for "1  You are not alone"
keys 3 End Enter
wait_for "1 of "
expect_screen_lacks "Keep your marks?"
# Marking again saves without asking.
keys Down Space
wait_for "2 of "
keys q
wait_exit 0
$TMUX_CMD kill-server
grep -c '"state"' "$file" | grep -qx 2 || fail "the second mark was not saved"

# A corrupt file is moved aside, never dropped, and the session goes on.
printf '{"version": 1, "steps": {' >"$file"
start_tuki XDG_STATE_HOME="$state" -- --lang en
wait_for "could not be read"
wait_for "corrupt-"
keys Left
wait_for "1  You are not alone"
keys q
wait_exit 0
ls "$state/tuki" | grep -q '^progress.json.corrupt-' || fail "no moved-aside copy"
[ ! -e "$file" ] || fail "the corrupt file was left in place"

# Saying no writes nothing.
rm -rf "$state"
$TMUX_CMD kill-server
start_tuki XDG_STATE_HOME="$state" -- --lang en
wait_for "1  You are not alone"
keys 3 End Enter Space
wait_for "Keep your marks?"
keys n
wait_for "1 of "
keys q
wait_exit 0
[ ! -e "$state" ] || fail "something was written after no: $(ls -R "$state")"

# An unwritable place gives a message and the session goes on.
$TMUX_CMD kill-server
mkdir -p "$SCRATCH/ro"
printf 'not a directory' >"$SCRATCH/ro/tuki"
start_tuki XDG_STATE_HOME="$SCRATCH/ro" -- --lang en
wait_for "1  You are not alone"
keys 3 End Enter Space
wait_for "Keep your marks?"
keys y
wait_for "could not be saved"
keys Left
wait_for "1 of "
keys q
wait_exit 0
