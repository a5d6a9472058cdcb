#!/bin/sh
# The staff PIN prompt (QA M1): h, ?, L and q do what the bar says, also
# from the welcome screen, where the bar says Back; the lock after wrong
# PINs slows guessing but Esc and Help now still work; the right PIN and
# the idle reset lift it.
. "${TUKI_SRCDIR}/tests/tui/lib.sh"

conf="$SCRATCH/tuki.conf"
printf 'languages = fi sv en\ndefault_language = en\nidle_reset = 15\nidle_grace = 5\nstaff_pin = 2497\n' >"$conf"
chmod 600 "$conf"

# The idle timers run three times fast (TUKI_TIME_SCALE): 5 s without a
# key, then about 2 s of "still there?"; the PIN's lock keeps real time.
start_tuki TUKI_TIME_SCALE=3 -- --kiosk --config "$conf"
wait_for "Tervetuloa"
# From the welcome screen, the staff's screens keep their own bar with
# Back (the welcome's all-language bar has no room for it).
keys S
wait_for "Staff PIN"
wait_for "← Back"
expect_screen_lacks "Apua nyt/"
keys 2 4 9 7 Enter
wait_for "End the kiosk"
wait_for "← Back"
expect_screen_lacks "Apua nyt/"
keys Left
wait_for "Tervetuloa"
wait_for "Apua nyt/"
keys 3
wait_for "1  You are not alone"
keys S
wait_for "Staff PIN"
# The bar's keys, with a digit typed first.
keys 5 h
wait_for "Call 112"
keys Left
wait_for "Staff PIN"
keys '?'
wait_for "help now, from any screen"
keys Left
wait_for "Staff PIN"
keys L
wait_for "Henkilökunta"
keys L L
wait_for "Staff PIN"
keys q
wait_for "Tervetuloa"

# The right PIN clears the count: two misses before it, one after, no lock.
keys 3 S
wait_for "Staff PIN"
keys 1 1 1 2 Enter 1 1 1 3 Enter
wait_for "That PIN was not right."
keys 2 4 9 7 Enter
wait_for "End the kiosk"
keys Escape
wait_for "Tervetuloa"
keys 3 S
wait_for "Staff PIN"
keys 1 1 1 4 Enter
wait_for "That PIN was not right."
expect_screen_lacks "Too many tries"

# Two more misses lock it; the way back is said and works, and so does h.
keys 1 1 1 5 Enter 1 1 1 6 Enter
wait_for "Too many tries. Please wait 30 seconds."
wait_for "Press Esc or Left to go back."
keys h
wait_for "Call 112"
keys Left
wait_for "Too many tries."
keys Escape
wait_for "1  You are not alone"
# Starting over does not lift it ...
keys Escape Escape
wait_for "Tervetuloa"
keys 3 S
wait_for "Too many tries."
keys Left
wait_for "1  You are not alone"
# ... the idle reset does, and the count starts again.
wait_for "Are you still there?" 20
wait_for "Tervetuloa" 15
keys 3 S
wait_for "Staff PIN"
expect_screen_lacks "Too many tries"
keys 1 1 1 7 Enter
wait_for "That PIN was not right."
expect_screen_lacks "Too many tries"
# Left on the welcome screen as long as an idle reset takes (5 + 2 s,
# no key pressed), the kiosk lifts a lock too: a visitor who locked it and
# left with Esc Esc does not pass the wait on.
keys 1 1 1 8 Enter 1 1 1 9 Enter
wait_for "Too many tries."
keys Escape Escape
wait_for "Tervetuloa"
sleep 9
keys 3 S
wait_for "Staff PIN"
expect_screen_lacks "Too many tries"
keys 2 4 9 7 Enter
wait_for "End the kiosk"
keys Enter
wait_exit 0
