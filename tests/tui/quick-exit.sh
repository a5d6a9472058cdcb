#!/bin/sh
# A single Esc does nothing; Esc Esc leaves at once with status 0 and
# leaves nothing of tuki on the screen; F12 does the same.
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

start_tuki -- --lang en
wait_for "1  You are not alone"
keys F12
wait_exit 0
expect_screen_lacks "You are not alone"
