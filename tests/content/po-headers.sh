#!/bin/sh
# The catalogs' headers: fi.po, sv.po and tuki.pot name this version of
# tuki, and the address for reports on the English strings is the one the
# package names as its maintainer (debian/control, debian/copyright,
# po/Makevars), so the four cannot drift apart.  i18nspector finds nothing
# in fi.po and sv.po, with one exception while that address is in a
# reserved domain (.example, RFC 2606): i18nspector rejects such addresses
# (invalid-report-msgid-bugs-to, invalid-last-translator), and the project
# has no deliverable address or public tracker to name instead.  Once the
# maintainer address is a real one, any tag fails.
. "${TUKI_SRCDIR}/tests/lib.sh"
need i18nspector
scratch
cd "$TUKI_SRCDIR"

version=$(sed -n 's/^AC_INIT(\[tuki\], *\[\([^]]*\)\].*/\1/p' configure.ac)
[ -n "$version" ] || fail "no version in configure.ac"
maintainer=$(sed -n 's/^Maintainer: *//p' debian/control)
address=$(printf '%s\n' "$maintainer" | sed -n 's/.*<\(.*\)>.*/\1/p')
[ -n "$address" ] || fail "no address in debian/control's Maintainer: $maintainer"
grep -qxF "Upstream-Contact: $maintainer" debian/copyright ||
	fail "debian/copyright's Upstream-Contact is not debian/control's Maintainer ($maintainer)"
grep -qxF "MSGID_BUGS_ADDRESS = $address" po/Makevars ||
	fail "po/Makevars' MSGID_BUGS_ADDRESS is not the maintainer's address $address"

# A header field, its continuation lines joined.
field() {
	awk -v f="$1" '
		/^msgid ""/ { h = 1; next }
		h && /^$/ { exit }
		h && /^"/ { s = $0; sub(/^"/, "", s); sub(/"$/, "", s); all = all s }
		END { n = split(all, a, /\\n/); for (i = 1; i <= n; i++) if (index(a[i], f ": ") == 1) print substr(a[i], length(f) + 3) }
	' "$2"
}
for po in po/fi.po po/sv.po po/tuki.pot; do
	[ "$(field Project-Id-Version "$po")" = "tuki $version" ] ||
		fail "$po: Project-Id-Version is \"$(field Project-Id-Version "$po")\", not \"tuki $version\""
	[ "$(field Report-Msgid-Bugs-To "$po")" = "$address" ] ||
		fail "$po: Report-Msgid-Bugs-To is \"$(field Report-Msgid-Bugs-To "$po")\", not $address"
done

i18nspector po/fi.po po/sv.po >"$SCRATCH/tags" 2>&1 || fail "i18nspector could not run: $(cat "$SCRATCH/tags")"
case "${address##*@}" in
*.example | *.invalid | *.test | *.localhost | example.com | example.net | example.org)
	# The reserved address, and nothing else.
	grep -vxF -e "W: po/fi.po: invalid-report-msgid-bugs-to '$address'" \
		-e "W: po/sv.po: invalid-report-msgid-bugs-to '$address'" \
		"$SCRATCH/tags" |
		grep -vx "W: po/[fs][iv]\.po: invalid-last-translator '[^<']* <$address>'" >"$SCRATCH/other" || true
	[ ! -s "$SCRATCH/other" ] || fail "i18nspector: $(cat "$SCRATCH/other")"
	echo "i18nspector: only the reserved maintainer address $address"
	;;
*)
	[ ! -s "$SCRATCH/tags" ] || fail "i18nspector: $(cat "$SCRATCH/tags")"
	echo "i18nspector: nothing"
	;;
esac
