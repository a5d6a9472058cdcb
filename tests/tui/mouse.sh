#!/bin/sh
# --mouse: a click on a list item selects it and a second click opens it,
# through the rows as last drawn (ui/draw.c): the home menu (one row an
# item) and the directory (a heading between items, which may take two
# rows).  A click on a heading selects nothing.  Clicks are sent as the
# terminal sends them (X10: Esc [ M, button, column, row, each + 32).
. "${TUKI_SRCDIR}/tests/tui/lib.sh"

# click LINE: a press and a release at column 10 of screen line LINE (1-based).
click() {
	row=$(printf "\\$(printf %o $((32 + $1)))")
	keys -l "$(printf '\033[M *')$row$(printf '\033[M#*')$row"
}

# line_of TEXT: the first screen line (1-based) showing TEXT.
line_of() {
	screen | grep -nF -- "$1" | head -n 1 | cut -d: -f1
}

start_tuki XDG_STATE_HOME="$SCRATCH/state" -- --lang en --mouse
wait_for "> 1  You are not alone"
click "$(line_of "4  Helplines and support")"
wait_for "> 4  Helplines and support"
expect_screen_lacks "Helplines and support ("
click "$(line_of "4  Helplines and support")"
wait_for "Helplines and support (17 of 17)"

# The directory: a need's heading is no item; a helpline's row is.  (A
# key after the heading's click shows that the click has been read: a
# click that changes nothing shows nothing.)
first=$(screen | grep -n "^ > " | head -n 1)
[ -n "$first" ] || fail "no focus in the directory"
heading=$(line_of "Talk to someone now")
[ -n "$heading" ] || fail "no heading in the directory"
click "$heading"
keys a
wait_for "Showing: anonymous only"
keys c
wait_for "a anonymous  o open now"
[ "$(screen | grep -n "^ > " | head -n 1)" = "$first" ] ||
	fail "a click on a heading moved the focus: $(screen)"
mieli=$(line_of "MIELI")
[ -n "$mieli" ] || fail "no MIELI in the directory"
click "$mieli"
wait_for "> MIELI"
# An item's second row is that item too.
second=$(line_of "116 006")
[ -n "$second" ] || fail "no 116 006 in the directory"
click "$second"
wait_for "> Victim Support Finland"
click "$mieli"
wait_for "> MIELI"
click "$mieli"
wait_for "Trained crisis workers"
expect_screen_lacks "(17 of 17)"
keys q
wait_exit 0
