#!/bin/sh
# The kiosk: control keys do nothing, q returns to the welcome screen, a
# marked step is gone after the idle countdown, the staff PIN exits 0 and
# a wrong one does not.  Nothing is written to disk.  The timers run twice
# as fast (TUKI_TIME_SCALE=2); the PIN's lock keeps real time.
. "${TUKI_SRCDIR}/tests/tui/lib.sh"

conf="$SCRATCH/tuki.conf"
printf 'languages = fi sv en\ndefault_language = en\nidle_reset = 10\nidle_grace = 5\nstaff_pin = 2497\n' >"$conf"
chmod 600 "$conf"

start_tuki TUKI_TIME_SCALE=2 HOME="$SCRATCH/home" XDG_STATE_HOME="$SCRATCH/state" -- --kiosk --config "$conf"
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
# Idle: "still there?" after 10 s, reset 5 s later (5 s and 2.5 s here).
wait_for "Are you still there?" 20
# The countdown speaks in whole words: "1 second", not "1 seconds" (QA m4).
wait_for "starts over in 1 second," 10
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
keys 2 4 9 7 Enter
# The staff screen: ending the kiosk is its first choice.
wait_for "End the kiosk"
keys Enter
wait_exit 0
[ ! -e "$SCRATCH/state" ] && [ ! -e "$SCRATCH/home" ] || fail "the kiosk wrote files"
$TMUX_CMD kill-server

# The PIN lock: after three wrong PINs the prompt waits, and starting over
# (Esc Esc, as a visitor would) does not lift the lock.  The lock guards the
# PIN and keeps real time even with the timers a hundred times fast.
# (A day's idle reset: 864 s at that speed.)
sed 's/^idle_reset = .*/idle_reset = 86400/' "$conf" >"$SCRATCH/day.conf"
chmod 600 "$SCRATCH/day.conf"
start_tuki TUKI_TIME_SCALE=100 HOME="$SCRATCH/home" XDG_STATE_HOME="$SCRATCH/state" -- --kiosk --config "$SCRATCH/day.conf"
wait_for "Tervetuloa"
keys S
wait_for "Staff PIN"
for try in 1 2 3; do
	keys 1 1 1 "$try" Enter
done
wait_for "Too many tries. Please wait 30 seconds."
keys Escape Escape
wait_for "Tervetuloa"
keys S
wait_for "Too many tries. Please wait"
# A real second is 100 s on the timers' clock: a lock on that clock would
# be over, and its countdown (redrawn every 10 ms) gone.
sleep 1
screen | grep -Eq "Please wait (2[0-9]|30) seconds" || { screen >&2; fail "the lock did not keep real time"; }
# Even the right PIN waits for the lock to pass (watched for a second).
keys 2 4 9 7 Enter
for i in 1 2 3 4 5 6 7 8 9 10; do
	expect_screen_lacks "End the kiosk"
	sleep 0.1
done
wait_for "Too many tries. Please wait"
kill -TERM "$(tuki_pid)"
wait_exit 143
