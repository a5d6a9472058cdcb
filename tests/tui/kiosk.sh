#!/bin/sh
# The kiosk: control keys do nothing, q returns to the welcome screen, a
# marked step is gone after the idle countdown, the staff PIN exits 0 and
# a wrong one does not.  Nothing is written to disk.
. "${TUKI_SRCDIR}/tests/tui/lib.sh"

conf="$SCRATCH/tuki.conf"
printf 'languages = fi sv en\ndefault_language = en\nidle_reset = 10\nidle_grace = 5\nstaff_pin = 2468\n' >"$conf"
chmod 600 "$conf"

start_tuki HOME="$SCRATCH/home" XDG_STATE_HOME="$SCRATCH/state" -- --kiosk --config "$conf"
wait_for "Tervetuloa"
wait_for "Svenska"
keys 3
wait_for "1  You are not alone"
keys C-c C-z C-s C-q C-d 'C-\'
keys 3 End Enter
wait_for "Steps to protect yourself"
expect_screen_lacks "TUKI-ENDED"
keys Space
wait_for "1 of "
expect_screen_lacks "Keep your marks?"
keys q
wait_for "Tervetuloa"
keys 3 3
wait_for "Question 1 of 5"
keys Enter Enter Enter Enter Enter
wait_for "For your situation"
keys Space
wait_for "1 of "
# Idle: "still there?" after 10 s, reset 5 s later.
wait_for "Are you still there?" 20
wait_for "Tervetuloa" 15
# The reset forgot the plan's answers too: its questions come again.
keys 3 3
wait_for "Question 1 of 5"
keys End Enter
wait_for "Start with the first step"
# Quick exit resets too.
keys Escape Escape
wait_for "Tervetuloa"
# Staff: a wrong PIN stays, the right one exits 0.
keys S
wait_for "Staff PIN"
keys 1 1 1 1 Enter
wait_for "That PIN was not right."
keys 2 4 6 8 Enter
# The staff screen: ending the kiosk is its first choice.
wait_for "End the kiosk"
keys Enter
wait_exit 0
[ ! -e "$SCRATCH/state" ] && [ ! -e "$SCRATCH/home" ] || fail "the kiosk wrote files"
