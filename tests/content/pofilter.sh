#!/bin/sh
# translate-toolkit's pofilter finds nothing in fi and sv with the checks
# urls, emails, variables and printf: no URL, e-mail address, placeholder
# or printf directive is lost or changed by a translation.
. "${TUKI_SRCDIR}/tests/lib.sh"
need pofilter
scratch
for lang in fi sv; do
	pofilter --gnome -t urls -t emails -t variables -t printf \
		-i "$TUKI_SRCDIR/po/$lang.po" -o "$SCRATCH/$lang.po" >/dev/null 2>&1 ||
		fail "pofilter could not check $lang.po"
	if [ -s "$SCRATCH/$lang.po" ] && grep -q '(pofilter)' "$SCRATCH/$lang.po"; then
		grep -A6 '(pofilter)' "$SCRATCH/$lang.po" >&2
		fail "pofilter: problems in $lang.po"
	fi
done
