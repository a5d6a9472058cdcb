#!/bin/sh
# A page opens in the reader; the text wraps inside 80 columns, Down and
# PgDn scroll, Left goes back to the list where it was.
. "${TUKI_SRCDIR}/tests/tui/lib.sh"

start_tuki -- --lang en
wait_for "1  You are not alone"
keys 5
wait_for "About tuki and your privacy"
keys Enter
wait_for "Back"
first=$(screen | sed -n 3p)
[ -n "$first" ] || fail "the page has no text"
keys End
keys Home
wait_for "$first"
keys Left
wait_for "About tuki and your privacy"
keys q
wait_exit 0
