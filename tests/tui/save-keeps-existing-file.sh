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
# A link under that name is not followed, and the message is in words,
# not "Too many levels of symbolic links" (QA m3).
ln -s "$SCRATCH/notes.txt" "$SCRATCH/link.txt"
keys p
keys Down Enter
keys "$SCRATCH/link.txt" Enter
wait_for "on jo olemassa"
expect_screen_lacks "symbolic"
grep -qx 'IMPORTANT NOTES' "$SCRATCH/notes.txt" || fail "the link's target was changed"
keys Left
# A folder that is not there is said in words too.
keys p
keys Down Enter
keys "$SCRATCH/no-such-folder/list.txt" Enter
wait_for "kansiota ei ole olemassa"
keys Left
keys p
keys Down Enter
keys "$SCRATCH/$(printf 'a%.0s' $(seq 300)).txt" Enter
wait_for "nimi on liian pitkä"
keys Left
keys p
keys Down Enter
keys "$SCRATCH/new-list.txt" Enter
wait_for "Tallennettu"
[ -s "$SCRATCH/new-list.txt" ] || fail "a new name did not save"
keys q
wait_exit 0
