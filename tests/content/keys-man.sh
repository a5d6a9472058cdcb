#!/bin/sh
# tuki.1's KEYS section names exactly the screens' keys of the one key
# table (tui/ui/keys.c, printed by tuki-keys-list), its PLAIN MODE section
# exactly plain mode's letters from the same table (tuki-keys-list --plain),
# and the table keeps its own rules (every key named in its ? line, no key
# with two meanings on one kind of screen, plain letters not hidden).
. "${TUKI_SRCDIR}/tests/lib.sh"

scratch
list="${TUKI_BUILDDIR}/tuki-keys-list"
[ -x "$list" ] || fail "$list was not built"
"$list" --check || fail "the key table breaks its own rules"
"$list" | sort -u >"$SCRATCH/table"
[ -s "$SCRATCH/table" ] || fail "the key table printed nothing"

# The .It lines of KEYS, macros dropped: ".It Ic L , No F2" -> "L" and "F2".
sed -n '/^\.Sh KEYS/,/^\.Sh /p' "${TUKI_BUILDDIR}/man/tuki.1" | sed -n 's/^\.It //p' |
	sed -e 's/\\(en/-/g' -e 's/\\&//g' -e 's/\(^\| \)\(Ic\|No\)\( \|$\)/ /g' |
	tr ',' '\n' | sed -e 's/^ *//' -e 's/ *$//' -e 's/ *- */-/' | grep -v '^$' |
	sort -u >"$SCRATCH/man"
[ -s "$SCRATCH/man" ] || fail "no keys found in tuki.1's KEYS section"

if ! diff -u "$SCRATCH/table" "$SCRATCH/man" >"$SCRATCH/diff"; then
	cat "$SCRATCH/diff" >&2
	fail "tuki.1's KEYS and tui/ui/keys.c differ (- table only, + man page only)"
fi

# PLAIN MODE: the letters of its .It lines (".It Ic 0 , Ic b" -> "0" and "b").
"$list" --plain | sort -u >"$SCRATCH/plain-table"
[ -s "$SCRATCH/plain-table" ] || fail "the key table has no plain-mode letters"
sed -n '/^\.Sh PLAIN MODE/,/^\.Sh /p' "${TUKI_BUILDDIR}/man/tuki.1" | sed -n '/^\.Bl -tag/,/^\.El/p' |
	sed -n 's/^\.It //p' | sed -e 's/\\&//g' | grep -o 'Ic [^ ]*' | sed 's/^Ic //' |
	sort -u >"$SCRATCH/plain-man"
[ -s "$SCRATCH/plain-man" ] || fail "no letters found in tuki.1's PLAIN MODE section"
if ! diff -u "$SCRATCH/plain-table" "$SCRATCH/plain-man" >"$SCRATCH/plain-diff"; then
	cat "$SCRATCH/plain-diff" >&2
	fail "tuki.1's PLAIN MODE and plain mode's rows of tui/ui/keys.c differ (- table only, + man page only)"
fi
