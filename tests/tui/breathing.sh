#!/bin/sh
# The breathing pause runs from the coping section: rounds, the words and
# a countdown; any key ends it and goes back.
. "${TUKI_SRCDIR}/tests/tui/lib.sh"

start_tuki -- --lang en
wait_for "1  You are not alone"
keys 2
wait_for "Start a guided breathing pause"
keys End Enter
wait_for "Round 1 of 5"
wait_for "Breathe in"
wait_for "Hold your breath" 8
keys x
wait_for "Start a guided breathing pause"
keys q
wait_exit 0
