#!/bin/sh
# The directory: 112 first and open; on Sunday 03:00 Helsinki fewer
# services are open than on Wednesday 12:00; a (anonymous) and / (search)
# narrow the list; c clears; Enter opens the detail with hours and the
# date it was checked.
. "${TUKI_SRCDIR}/tests/tui/lib.sh"

# "Helplines and support (N of M)" -> N
listed() {
	screen | sed -n 's/.*Helplines and support (\([0-9]*\) of \([0-9]*\)).*/\1/p' | head -1
}

open_count() {
	start_tuki TUKI_NOW="$1" -- --lang en
	wait_for "1  You are not alone"
	keys 4
	wait_for "Helplines and support ("
	first=$(screen | sed -n 6p)
	case "$first" in *112*"open now"*) ;; *) fail "112 is not first and open: $first";; esac
	keys o
	wait_for "Showing: open now"
	listed
	keys q
	wait_exit 0
	$TMUX_CMD kill-server
}

night=$(open_count 2026-11-22T03:00)
noon=$(open_count 2026-11-25T12:00)
[ -n "$night" ] && [ -n "$noon" ] || fail "no counts ($night, $noon)"
[ "$night" -lt "$noon" ] || fail "open at Sunday 03:00: $night, at Wednesday 12:00: $noon"

# 100 columns: at 80 an English row gives its name room to "· in Finnish".
start_tuki -s 100x30 TUKI_NOW=2026-11-25T12:00 -- --lang en
wait_for "1  You are not alone"
keys 4
wait_for "Helplines and support ("
all=$(listed)
# A name too long for its column ends with an ellipsis when the cut keeps
# most of it (QA m5): OP's row, by its number.  One that a cut would
# leave unknown wraps whole instead, the number and status under it: the
# legal advice line, which would read "Victim Support Finland legal a…".
row=$(screen | grep "0100 0555" | head -1)
case "$row" in *"OP Deactivation Ser… · in Finnish"*) ;; *) fail "a cut name has no ellipsis: $row";; esac
keys NPage
wait_for "0800 161 177"
screen | grep -q "Victim Support Finland legal advice line · in Finnish$" ||
	fail "the legal advice line's name is not whole: $(screen)"
screen | grep -q "^ *0800 161 177  " || fail "the legal line's number is not under its name: $(screen)"
keys Home
wait_for "Emergency number 112"
keys a
wait_for "Showing: anonymous only"
anon=$(listed)
[ "$anon" -lt "$all" ] || fail "anonymous only did not narrow ($anon of $all)"
keys c
wait_for "a anonymous"
[ "$(listed)" = "$all" ] || fail "c did not clear the filters"
keys /
wait_for "Search:"
keys V i c t i m
wait_for "search: Victim"
found=$(listed)
[ "$found" -lt "$all" ] || fail "search did not narrow"
wait_for "Victim Support Finland"
keys Enter
wait_gone "Search:"
keys Down Enter
wait_for "Phone 116 006"
keys End
wait_for "Checked on"
keys Left
wait_for "search: Victim"
keys c
wait_for "a anonymous"
keys q
wait_exit 0
