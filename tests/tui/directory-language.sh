#!/bin/sh
# A directory row shows the contact for the reader's language (or the
# language filter's), and a line that answers in another language says so.
. "${TUKI_SRCDIR}/tests/tui/lib.sh"

start_tuki -s 100x30 XDG_STATE_HOME="$SCRATCH/state" TUKI_NOW=2026-12-02T14:00 -- --lang sv
wait_for "1  Du är inte ensam"
keys 4
wait_for "MIELI rf:s kristelefon"
# MIELI's Swedish line, not the Finnish one.
screen | grep -q "MIELI rf:s kristelefon .*09 2525 0112" || fail "the Swedish row lacks the Swedish number: $(screen)"
expect_screen_lacks "09 2525 0111"
# The church's Swedish line.
screen | grep -q "0400 22 11 90" || fail "the church's Swedish number is missing"
keys q
wait_exit 0

start_tuki -s 100x30 XDG_STATE_HOME="$SCRATCH/state" TUKI_NOW=2026-12-02T14:00 -- --lang en
wait_for "1  You are not alone"
keys 4
wait_for "MIELI Crisis"
# MIELI's English line ("check the hours"), not the Finnish one.
screen | grep -q "MIELI Crisis Helpline .*09 2525 0116" ||
	fail "the English row lacks MIELI's English line: $(screen)"
expect_screen_lacks "09 2525 0111"
# A line that answers only in Finnish says so.
screen | grep -q "Kirkon keskusteluapu (the church's listening service) · in Finnish$" ||
	fail "the church's row does not say it answers in Finnish: $(screen)"
# The language filter set to Swedish shows the Swedish numbers, unmarked.
keys l l l
wait_for "in Swedish"
screen | grep -q "MIELI Crisis Helpline .*09 2525 0112" || fail "the Swedish filter shows another number: $(screen)"
keys q
wait_exit 0
