#!/bin/sh
# Before a language is chosen, the kiosk speaks all of its languages, not
# only the default one (issue 38): the welcome's key bar, and Help now
# opened from the welcome screen, in each configured language; once one
# is chosen, only that one.
. "${TUKI_SRCDIR}/tests/tui/lib.sh"

conf="$SCRATCH/tuki.conf"
printf 'languages = sv en\ndefault_language = sv\nstaff_pin = 2497\n' >"$conf"
chmod 600 "$conf"
start_tuki -s 100x30 -- --kiosk --config "$conf"
wait_for "Välkommen · Welcome"
wait_for "Hjälp nu/Help now"
expect_screen_lacks "Apua nyt"
keys h
wait_for "Nödnumret 112"
# Swedish first, then English at the end.
keys End
wait_for "Press Left to go back to where you were."
expect_screen_lacks "Apua nyt"
keys Left
wait_for "Välkommen · Welcome"
keys 1
wait_for "1  Du är inte ensam"
expect_screen_lacks "Help now"
keys h
wait_for "Hjälp nu"
expect_screen_lacks "Help now"

# Finnish and Swedish: the key bar and Help now speak both, Finnish first.
$TMUX_CMD kill-server
printf 'languages = fi sv\ndefault_language = fi\nstaff_pin = 2497\n' >"$conf"
start_tuki -s 100x30 -- --kiosk --config "$conf"
wait_for "Tervetuloa · Välkommen"
wait_for "Apua nyt/Hjälp nu"
expect_screen_lacks "Help now"
keys h
wait_for "Hätänumero 112"
keys End
wait_for "Nödnumret 112"
expect_screen_lacks "Press Left"
