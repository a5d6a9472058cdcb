#!/bin/sh
# The shipped content loads, and po/content.pot holds exactly its strings
# (so translators always see the current English).
. "${TUKI_SRCDIR}/tests/lib.sh"
scratch

run_tuki --check-content --content-dir "$TUKI_SRCDIR/content"
expect_status 0

"$TUKI_CONTENT_POT" "$TUKI_SRCDIR/content" >"$SCRATCH/content.pot" || fail "extractor failed"
if ! cmp -s "$SCRATCH/content.pot" "$TUKI_SRCDIR/po/content.pot"; then
	diff -u "$TUKI_SRCDIR/po/content.pot" "$SCRATCH/content.pot" | head -20 >&2
	fail "po/content.pot is stale: run make update-po"
fi
grep -q '^#: content/pages.json:[0-9]' "$SCRATCH/content.pot" || fail "no file:line references"
grep -q '^#\. ' "$SCRATCH/content.pot" || fail "no translator notes"
