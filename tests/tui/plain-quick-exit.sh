#!/bin/sh
# Plain mode's quick exit keeps the About page's promise: on a terminal, x,
# q, Esc Esc (then Enter) and Ctrl-D clear the screen and the scrollback as
# tuki ends, and the About page names x.  Under TERM=dumb nothing is cleared
# (no escape codes at all), and the About page says so and what to do
# instead.
. "${TUKI_SRCDIR}/tests/tui/lib.sh"
export XDG_STATE_HOME="$SCRATCH/state"

history_size() {
	$TMUX_CMD display-message -p -t 0 '#{history_size}'
}

# leave KEYS...: reads pages until they scroll off the screen, then leaves
# with KEYS; nothing of tuki stays on the screen or in the scrollback.
leave() {
	start_tuki -- --plain --lang en
	wait_for "Type h and Enter to see where to get help right away"
	keys 5 Enter
	wait_for "Delete my saved marks"
	keys 1 Enter
	wait_for "type x and press Enter. q, or Esc twice and Enter, do the same."
	keys 1 Enter 2 Enter
	wait_for "Where this information comes from"
	[ "$(history_size)" -gt 0 ] || fail "nothing scrolled off: the test proves nothing"
	keys "$@"
	wait_exit 0
	expect_screen_lacks "support after a data leak"
	expect_screen_lacks "Where this information"
	[ "$(history_size)" = 0 ] || fail "after $*: $(history_size) lines of scrollback left"
	$TMUX_CMD kill-server
}

leave x Enter
leave q Enter
leave Escape Escape Enter
# End of input typed at the terminal (Ctrl-D), as tuki.1 says.
leave C-d

# TERM=dumb: no escape code, and the About page says what cannot be cleared.
start_tuki TERM=dumb -- --lang en
wait_for "Type h and Enter to see where to get help right away"
$TMUX_CMD pipe-pane -t 0 -o "cat >'$SCRATCH/raw'"
keys 5 Enter 1 Enter
wait_for "Here tuki cannot clear what it has shown"
wait_for "close the window, or clear the terminal's history yourself"
expect_screen_lacks "clears the screen and the terminal's history"
keys x Enter
wait_exit 0
wait_raw "$SCRATCH/raw" "TUKI-ENDED"
$TMUX_CMD pipe-pane -t 0
# The pane's own echo of typed keys aside, tuki wrote no escape code.
sed '/TUKI-ENDED/,$d' "$SCRATCH/raw" | grep -q "$(printf '\033')" &&
	fail "plain mode under TERM=dumb wrote an escape code"
exit 0
