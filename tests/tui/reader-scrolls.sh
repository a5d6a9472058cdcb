#!/bin/sh
# A page opens in the reader; the text wraps inside 80 columns, Down and
# PgDn scroll, Left goes back to the list where it was; a heading never
# ends the screen with its text out of sight.
. "${TUKI_SRCDIR}/tests/tui/lib.sh"

start_tuki -- --lang en
wait_for "1  You are not alone"
keys 5
wait_for "About tuki and your privacy"
keys Enter
wait_for "Back"
# The page's first line, once drawn (a capture may come mid-redraw).
deadline=$(( $(date +%s) + 10 ))
until first=$(screen | sed -n 3p); [ -n "$first" ]; do
	[ "$(date +%s)" -lt "$deadline" ] || { screen >&2; fail "the page has no text"; }
	sleep 0.05
done
keys End
keys Home
wait_for "$first"
keys Left
wait_for "About tuki and your privacy"
keys Left

# A heading never sits on the last row with its text below the fold: the
# third step's page at 80x24 would end with "Where to get help".
keys 3
wait_for "Question 1 of 5"
keys End Enter
wait_for "[-] does not"
keys Down Down Enter
wait_for "Why it matters"
wait_for "More below"
last=$($TMUX_CMD capture-pane -e -p -t 0 | sed -n 22p)
case "$last" in
*"[1m"[A-Za-z]*) fail "a heading ends the screen alone: $(screen | sed -n 22p)";;
esac
keys q
wait_exit 0
