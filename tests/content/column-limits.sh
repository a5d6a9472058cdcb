#!/bin/sh
# Strings that must fit (menu items, topic names, badges, key bar labels,
# step titles, hints) carry "at most N columns" in their translator note;
# no English msgid and no fi or sv translation is wider than its limit.
. "${TUKI_SRCDIR}/tests/lib.sh"
need python3
scratch
po="$TUKI_SRCDIR/po"
python3 "$TUKI_SRCDIR/tests/content/column_limits.py" "$po/fi.po" "$po/sv.po" ||
	fail "translations wider than their column limit"

# The check finds an overlong translation.
sed 's/^msgstr "Apua nyt"$/msgstr "Apua nyt heti"/' "$po/fi.po" >"$SCRATCH/fi.po"
grep -q '"Apua nyt heti"' "$SCRATCH/fi.po" || fail "could not plant a long label"
if python3 "$TUKI_SRCDIR/tests/content/column_limits.py" "$SCRATCH/fi.po" >/dev/null; then
	fail "a 13-column key bar label passed its limit of 8"
fi
