#!/bin/sh
# SIGTERM and SIGHUP end tuki with the terminal restored.
. "${TUKI_SRCDIR}/tests/tui/lib.sh"

for sig in TERM HUP INT; do
	start_tuki -- --lang en
	wait_for "1  You are not alone"
	kill -"$sig" "$(tuki_pid)"
	wait_for "TUKI-ENDED"
	expect_terminal_sane
	$TMUX_CMD kill-server
done
