#!/bin/sh
# Plain mode (chosen by --plain, TERM=dumb or no terminal): numbered menus,
# no escape codes, a page opened by number, language switched with L, and
# end of input ends the session with status 0.
. "${TUKI_SRCDIR}/tests/lib.sh"
scratch

printf '1\n1\n0\nq\n' | "$TUKI" --lang en >"$SCRATCH/out" 2>"$SCRATCH/err" || fail "status $?"
grep -q "1. You are not alone" "$SCRATCH/out" || fail "no home menu: $(cat "$SCRATCH/out")"
grep -q "== You are not alone ==" "$SCRATCH/out" || fail "the section did not open"
if grep -q "$(printf '\033')" "$SCRATCH/out"; then fail "escape codes in plain mode"; fi
awk 'length > 80 { exit 1 }' "$SCRATCH/out" || fail "a line is wider than 80 columns"

printf 'L\n2\n' | TERM=dumb "$TUKI" --lang fi >"$SCRATCH/out" 2>&1 || fail "status $?"
grep -q "1. Et ole yksin" "$SCRATCH/out" || fail "not Finnish first"
grep -q "1. Du är inte ensam" "$SCRATCH/out" || fail "L did not switch to Swedish"

# No language known: the chooser speaks all three languages.
printf '3\nq\n' | env -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG=C "$TUKI" --plain \
	>"$SCRATCH/out" 2>&1 || fail "status $?"
grep -q "Suomi" "$SCRATCH/out" || fail "no chooser"
grep -q "1. You are not alone" "$SCRATCH/out" || fail "choice 3 is not English"

"$TUKI" --plain --lang en </dev/null >"$SCRATCH/out" 2>&1 || fail "EOF did not end with 0"

# The step groups: an empty line, then the heading; never U+FFFD, which a
# screen reader speaks as "replacement character" (QA M4).
for l in en fi sv; do
	printf '3\n0\nq\n' | "$TUKI" --plain --lang $l >"$SCRATCH/out" 2>&1 || fail "steps in $l: status $?"
	if grep -q "$(printf '\357\277\275')" "$SCRATCH/out"; then
		fail "U+FFFD in the $l step list: $(grep "$(printf '\357\277\275')" "$SCRATCH/out" | head -1)"
	fi
done
printf '3\n0\nq\n' | "$TUKI" --plain --lang en >"$SCRATCH/out"
grep -B1 -x 'First' "$SCRATCH/out" | head -1 | grep -qx '' || fail "no empty line before the heading"
