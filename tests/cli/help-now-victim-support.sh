#!/bin/sh
# Help now names Victim Support Finland (RIKU) for someone threatened or
# asked for money, in every language, with the number the directory shows
# the reader (the one rule in model/contact_choice.c), not only 112 and the
# crisis line.
. "${TUKI_SRCDIR}/tests/lib.sh"
scratch
export XDG_STATE_HOME="$SCRATCH/state" TUKI_NOW=2026-12-07T10:00

for l in "en:Victim Support Finland" "fi:Rikosuhripäivystys (RIKU)" "sv:Brottsofferjouren (RIKU)"; do
	lang=${l%%:*} name=${l#*:}
	printf 'h\nq\n' | "$TUKI" --plain --lang "$lang" >"$SCRATCH/out" 2>&1 || fail "$lang: status $?"
	grep -A1 -xF "$name" "$SCRATCH/out" | grep -q "1 1 6, 0 0 6" ||
		fail "$lang: Help now does not name $name with its number: $(cat "$SCRATCH/out")"
done
