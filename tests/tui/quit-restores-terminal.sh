#!/bin/sh
# q quits with status 0 from a deep screen, and the terminal is usable
# afterwards (echo and line editing back on).
. "${TUKI_SRCDIR}/tests/tui/lib.sh"

start_tuki -- --lang en
wait_for "1  You are not alone"
keys 1 Enter
keys q
wait_exit 0
expect_terminal_sane
