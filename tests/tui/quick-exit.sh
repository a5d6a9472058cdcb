#!/bin/sh
# A single Esc does nothing; Esc Esc leaves at once with status 0 and
# leaves nothing of tuki on the screen; F12 does the same, and the About
# page says so.
. "${TUKI_SRCDIR}/tests/tui/lib.sh"

start_tuki -- --lang en
wait_for "1  You are not alone"
keys 2
wait_for "Coping, day by day"
# Esc, another key, Esc: not a quick exit, and Esc does not go back.
keys Escape j Escape Enter
wait_for "Back"
expect_screen_lacks "TUKI-ENDED"
keys Escape Escape
wait_exit 0
expect_screen_lacks "Coping"
expect_terminal_sane
$TMUX_CMD kill-server

# The About page says what this mode's quick exit does (issue 34).
start_tuki -- --lang en
wait_for "1  You are not alone"
keys 5
wait_for "Where this information comes from"
keys Enter
wait_for "press Esc twice quickly, or F12. The screen and its history are"
expect_screen_lacks "type x and press Enter"
keys F12
wait_exit 0
expect_screen_lacks "You are not alone"
