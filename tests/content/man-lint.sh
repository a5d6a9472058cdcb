#!/bin/sh
# The manual pages, as generated from man/*.in with the configured paths,
# pass mandoc's linter and name no placeholder left unreplaced.
. "${TUKI_SRCDIR}/tests/lib.sh"
need mandoc
for page in "$TUKI_BUILDDIR"/man/tuki.1 "$TUKI_BUILDDIR"/man/tuki.conf.5; do
	[ -f "$page" ] || fail "no $page: make builds it from $page.in"
	! grep -n '@[a-z]*@' "$page" || fail "$page keeps a placeholder (above)"
	out=$(mandoc -Tlint -W warning "$page" 2>&1) || fail "mandoc -Tlint $page: $out"
	[ -z "$out" ] || fail "mandoc -Tlint $page: $out"
done
# The paths are this build's (another prefix, a package), not /usr/local's.
grep -qF "$TUKI_PKGLIBDIR/tuki-pdf.so" "$TUKI_BUILDDIR/man/tuki.1" ||
	fail "tuki.1 does not name the configured $TUKI_PKGLIBDIR/tuki-pdf.so"
