#!/bin/sh
# h gives the crisis line for the reader's language, and a line that
# answers only in Finnish says so: in Swedish the Swedish number comes
# first; in English MIELI's English line with the note that its hours may
# have changed, and 112 without an interpreter (it takes English calls
# directly); plain mode says the same.
. "${TUKI_SRCDIR}/tests/tui/lib.sh"

start_tuki -s 80x30 XDG_STATE_HOME="$SCRATCH/state" -- --lang sv
wait_for "1  Du är inte ensam"
keys h
wait_for "Ring 112"
screen | head -1 | grep -qF "Hjälp nu" || fail "the title is not \"Hjälp nu\""
wait_for "Ring 09 2525 0112 om du vill prata på svenska."
wait_for "Dygnet runt: 09 2525 0111. Samtalen besvaras på finska."
expect_screen_lacks "öppet dygnet runt"
keys q
wait_exit 0

start_tuki -s 80x30 XDG_STATE_HOME="$SCRATCH/state" -- --lang en
wait_for "1  You are not alone"
keys h
wait_for "Call 112"
wait_for "Call 09 2525 0116 to talk in your own language."
wait_for "check them on MIELI's site before you call."
wait_for "Day and night: 09 2525 0111. This line answers in Finnish."
expect_screen_lacks "interpreter"
keys q
wait_exit 0

start_tuki -s 80x30 XDG_STATE_HOME="$SCRATCH/state" -- --lang fi
wait_for "1  Et ole yksin"
keys h
wait_for "09 2525 0111"
expect_screen_lacks "vastataan suomeksi"
expect_screen_lacks "tulkki"
keys q
wait_exit 0

# Plain mode builds the same document.
printf 'h\nx\n' | "$TUKI" --plain --lang sv >"$SCRATCH/plain" 2>&1 || true
grep -qF "Ring 0 9, 2 5 2 5, 0 1 1 2 om du vill prata på svenska." "$SCRATCH/plain" ||
	fail "plain mode's Help now lacks the Swedish line: $(cat "$SCRATCH/plain")"
grep -qF "Samtalen besvaras på finska." "$SCRATCH/plain" || fail "plain mode does not say the line answers in Finnish"
