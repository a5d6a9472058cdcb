#!/bin/sh
# translate-toolkit's pofilter finds nothing in fi and sv with the checks
# unchanged, untranslated, doublespacing, endpunc, startcaps, numbers,
# brackets, puncspacing, xmltags, urls, emails, variables and printf,
# except the reviewed findings in po/pofilter-exceptions (each with a
# reason).  An exception that no longer matches anything fails too.
. "${TUKI_SRCDIR}/tests/lib.sh"
need pofilter
# The Python that runs pofilter has translate-toolkit's modules.
py=$(sed -n '1s/^#! *//p' "$(command -v pofilter)")
case "$py" in */env\ *) py=${py#*/env }; ;; esac
$py -c 'import translate.storage.po' 2>/dev/null || skip "no Python with translate-toolkit"
scratch
for lang in fi sv; do
	pofilter --gnome -t unchanged -t untranslated -t doublespacing -t endpunc -t startcaps \
		-t numbers -t brackets -t puncspacing -t xmltags -t urls -t emails -t variables \
		-t printf -i "$TUKI_SRCDIR/po/$lang.po" -o "$SCRATCH/$lang.po" >/dev/null 2>&1 ||
		fail "pofilter could not check $lang.po"
	[ -e "$SCRATCH/$lang.po" ] || : >"$SCRATCH/$lang.po"
done
$py "$TUKI_SRCDIR/tests/content/pofilter_exceptions.py" "$TUKI_SRCDIR/po/pofilter-exceptions" \
	"$SCRATCH/fi.po" "$SCRATCH/sv.po" || fail "pofilter: problems in the catalogs (see above)"
