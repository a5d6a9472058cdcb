#!/bin/sh
# "Save as a text file" never replaces a file that is already there (nor a
# FIFO under that name): the person's notes stay as they were, the message
# says why in their language, and a new name then saves.
. "${TUKI_SRCDIR}/tests/tui/lib.sh"

printf 'IMPORTANT NOTES\n' >"$SCRATCH/notes.txt"
mkfifo "$SCRATCH/pipe"
start_tuki XDG_STATE_HOME="$SCRATCH/state" -- --lang fi
wait_for "1  Et ole yksin"
keys 4
keys p
wait_for "Tulostetaanko lista vai tallennetaanko se tiedostoksi?"
keys Down Enter
keys "$SCRATCH/notes.txt" Enter
wait_for "on jo olemassa"
grep -qx 'IMPORTANT NOTES' "$SCRATCH/notes.txt" || fail "the existing file was changed: $(head -3 "$SCRATCH/notes.txt")"
keys Left
keys p
keys Down Enter
keys "$SCRATCH/pipe" Enter
wait_for "on jo olemassa"
[ -p "$SCRATCH/pipe" ] || fail "the FIFO was replaced"
keys Left
keys p
keys Down Enter
keys "$SCRATCH/new-list.txt" Enter
wait_for "Tallennettu"
[ -s "$SCRATCH/new-list.txt" ] || fail "a new name did not save"
keys q
wait_exit 0
