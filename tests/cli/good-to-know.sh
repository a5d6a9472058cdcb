#!/bin/sh
# "Good to know" on a helpline's page says nothing that could stop someone
# calling 112 ("not anonymous"), and the holiday note shows only for
# weekly hours: not on 112 (always open), but on the State Treasury's line.
. "${TUKI_SRCDIR}/tests/lib.sh"
scratch

# page N TITLE: the plain-mode text of directory entry N, from its title
# line to the next prompt (plain mode speaks numbers digit by digit).
page() {
	printf '4\n%s\n0\n0\nq\n' "$1" | "$TUKI" --lang en --plain 2>&1 |
		sed -n "/^$2\$/,/^Type /p"
}
page 1 "Emergency number 1 1 2" >"$SCRATCH/112"
grep -q "Good to know" "$SCRATCH/112" || fail "no 112 page: $(cat "$SCRATCH/112")"
if grep -q "not anonymous" "$SCRATCH/112"; then fail "112 says it is not anonymous"; fi
if grep -q "public holidays" "$SCRATCH/112"; then fail "112 has a holiday note"; fi

page 17 "State Treasury: compensation for crime damage" >"$SCRATCH/weekly"
grep -q "Good to know" "$SCRATCH/weekly" || fail "no State Treasury page: $(cat "$SCRATCH/weekly")"
grep -q "public holidays" "$SCRATCH/weekly" || fail "weekly hours lost the holiday note"
