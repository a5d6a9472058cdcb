#!/bin/sh
# Translator notes: a page block's "comment" reaches the template's "#."
# note (and never the screen); list items say they continue the paragraph
# before them; step titles carry their column limit; a comment that is not
# a string is an error naming its JSON path.
. "${TUKI_SRCDIR}/tests/lib.sh"
scratch
[ -x "$TUKI_CONTENT_POT" ] || skip "tuki-content-pot is not built"

"$TUKI_CONTENT_POT" "$TUKI_CONTENT_DIR" >"$SCRATCH/content.pot" || fail "status $?"
grep -q '^#\. Page "talk": a list item (one of three people the reader could talk to' \
	"$SCRATCH/content.pot" || fail "the talk page's comment is not in the note"
grep -q '^#\. Page "[a-z-]*": a list item; the items of a list continue' "$SCRATCH/content.pot" ||
	fail "list items without a comment have no note on their form"
grep -q '^#\. Title of step "bank" (at most 57 columns' "$SCRATCH/content.pot" ||
	fail "an urgent step's title has no column limit"
if grep -q '^msgid "one of three people' "$SCRATCH/content.pot"; then
	fail "a comment became a msgid"
fi

cp "$TUKI_FIXTURES"/*.json "$SCRATCH/"
sed -i '0,/"p": /s/"p": /"comment": 5, "p": /' "$SCRATCH/pages.json"
grep -q '"comment": 5' "$SCRATCH/pages.json" || fail "could not plant a bad comment"
run_tuki --check-content --content-dir "$SCRATCH"
expect_status 65
expect_err "comment: expected a string"
