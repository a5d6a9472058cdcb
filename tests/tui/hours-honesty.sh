#!/bin/sh
# Hours are never claimed beyond what a source confirms (issue 14):
# Victim Support Finland, whose 2024 hours are unconfirmed, is neither
# "open now" nor "closed" at a time its old schedule was open or closed;
# 112's detail has no holiday note (it never closes); the police report,
# a web form, is "online, any time".
. "${TUKI_SRCDIR}/tests/tui/lib.sh"

riku_row() {
	screen | grep -F "116 006" | head -1
}

for now in 2026-12-01T10:00 2026-12-01T22:30; do
	start_tuki -s 100x60 TUKI_NOW="$now" -- --lang en
	wait_for "1  You are not alone"
	keys 4
	wait_for "Helplines and support ("
	wait_for "116 006"
	row=$(riku_row)
	case "$row" in
	*"check the hours"*) ;;
	*) fail "at $now RIKU's row is: $row";;
	esac
	case "$row" in *"open now"*|*closed*) fail "at $now RIKU's row claims hours: $row";; esac
	keys Down Down Enter
	wait_for "Phone 116 006"
	wait_for "check them on riku.fi"
	expect_screen_lacks "open now"
	expect_screen_lacks "closed"
	keys Left
	wait_gone "check them on riku.fi"
	keys q
	wait_exit 0
	$TMUX_CMD kill-server
done

start_tuki -s 100x60 TUKI_NOW=2026-12-01T10:00 -- --lang en
wait_for "1  You are not alone"
keys 4
wait_for "Helplines and support ("
screen | grep -F "Police of Finland" | grep -qF "online, any time" ||
	{ screen >&2; fail "the police report's row does not say online, any time"; }
keys Enter
wait_for "Phone 112"
wait_for "Checked on"
expect_screen_lacks "public holidays"
wait_for "In danger, call whatever language you speak."
keys Left
wait_gone "Phone 112"
keys Down Down Down Down Down Down Down Down Enter
wait_for "Web https://poliisi.fi/en/contact-the-police"
wait_for "Online, any time"
expect_screen_lacks "not confirmed"
expect_screen_lacks "public holidays"
keys q
wait_exit 0
