#!/bin/sh
# The manual pages pass mandoc's linter.
. "${TUKI_SRCDIR}/tests/lib.sh"
need mandoc
for page in "$TUKI_SRCDIR"/man/*.[0-9]; do
	out=$(mandoc -Tlint -W warning "$page" 2>&1) || fail "mandoc -Tlint $page: $out"
	[ -z "$out" ] || fail "mandoc -Tlint $page: $out"
done
