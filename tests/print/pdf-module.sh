#!/bin/sh
# The PDF renderer is a module, tuki-pdf.so, loaded only when a PDF is
# made: tuki itself links no pango, cairo or qrencode, and a text print
# maps none of them.  --format pdf still works.  The module is looked for
# next to the program, then in PKGLIBDIR, never in the current directory;
# a missing, world-writable or broken module is exit 69 with a message
# naming it, not a crash.
. "${TUKI_SRCDIR}/tests/lib.sh"
scratch
umask 022

if "$TUKI" --version | grep -q "PDF"; then skip "this tuki was built --without-pdf"; fi
need ldd
export TUKI_NOW=2026-11-25T12:00
export XDG_STATE_HOME="$SCRATCH/state"
heavy='libpango|libcairo|libqrencode|libfontconfig|libharfbuzz|libglib'

# tuki's own libraries: none of the renderer's, directly or through others.
ldd "$TUKI" >"$SCRATCH/ldd" || fail "ldd $TUKI failed"
if grep -E "$heavy" "$SCRATCH/ldd"; then fail "tuki links the PDF renderer's libraries"; fi
[ -f "$TUKI_BUILDDIR/tuki-pdf.so" ] || fail "no tuki-pdf.so was built next to tuki"
ldd "$TUKI_BUILDDIR/tuki-pdf.so" | grep -q libpangocairo || fail "tuki-pdf.so does not link pangocairo"

# A text print loads none of them; a PDF loads the module beside tuki.
LD_DEBUG=files "$TUKI" --print-helplines </dev/null >/dev/null 2>"$SCRATCH/debug" ||
	fail "text print failed: $(grep -v 'file=\|^ *[0-9]*: *$' "$SCRATCH/debug")"
if grep -E "file=.*($heavy|tuki-pdf)" "$SCRATCH/debug"; then fail "a text print loaded the renderer"; fi
LD_DEBUG=files "$TUKI" --print-helplines --format pdf </dev/null >"$SCRATCH/h.pdf" 2>"$SCRATCH/debug" ||
	fail "--format pdf failed: $(grep -v 'file=\|^ *[0-9]*: *$' "$SCRATCH/debug")"
grep -q "file=$TUKI_BUILDDIR/tuki-pdf.so" "$SCRATCH/debug" || fail "the PDF was not made by the module beside tuki"
[ "$(head -c 5 "$SCRATCH/h.pdf")" = "%PDF-" ] || fail "--format pdf did not write a PDF"
run_tuki --print-steps --format pdf
expect_status 0
case "$OUT" in %PDF-*) ;; *) fail "--print-steps --format pdf did not write a PDF" ;; esac

# The module's failure comes back to tuki as a status and a name, and tuki
# says it in the reader's words: here no font at all.
mkdir "$SCRATCH/nofonts"
cat >"$SCRATCH/fonts.conf" <<EOF
<?xml version="1.0"?>
<fontconfig><dir>$SCRATCH/nofonts</dir><cachedir>$SCRATCH/fc-cache</cachedir></fontconfig>
EOF
export FONTCONFIG_FILE="$SCRATCH/fonts.conf"
run_tuki --print-helplines --lang en --format pdf
unset FONTCONFIG_FILE
expect_status 69
expect_err "Could not make the PDF: no installed font has all the letters it needs. Install the package fonts-dejavu-core and try again."
[ -z "$OUT" ] || fail "a PDF without fonts was written"

# tuki alone, with a module only in the current directory: not found.
# (When one is installed in PKGLIBDIR the copy would rightly use it.)
mkdir "$SCRATCH/bin" "$SCRATCH/cwd"
cp "$TUKI" "$SCRATCH/bin/tuki"
cp "$TUKI_BUILDDIR/tuki-pdf.so" "$SCRATCH/cwd/"
TUKI="$SCRATCH/bin/tuki"
if [ -e "$TUKI_PKGLIBDIR/tuki-pdf.so" ]; then
	printf 'note: %s is installed: the missing-module case is not run\n' "$TUKI_PKGLIBDIR/tuki-pdf.so" >&2
else
	for what in --print-helplines --print-steps; do
		(cd "$SCRATCH/cwd" && run_tuki $what --format pdf && expect_status 69 &&
			expect_err "Could not make the PDF: the PDF module $TUKI_PKGLIBDIR/tuki-pdf.so is missing." &&
			[ -z "$OUT" ] || fail "$what: something was written: $OUT") || exit 1
	done
	# Text still prints.
	run_tuki --print-helplines
	expect_status 0
fi

# Beside the program it is used; world-writable, refused; broken, a message.
cp "$TUKI_BUILDDIR/tuki-pdf.so" "$SCRATCH/bin/"
run_tuki --print-helplines --format pdf
expect_status 0
chmod o+w "$SCRATCH/bin/tuki-pdf.so"
run_tuki --print-helplines --format pdf
expect_status 69
expect_err "Could not make the PDF: $SCRATCH/bin/tuki-pdf.so is refused, because anyone can change it."
chmod o-w "$SCRATCH/bin/tuki-pdf.so"
chmod o+w "$SCRATCH/bin"
run_tuki --print-helplines --format pdf
expect_status 69
expect_err "Could not make the PDF: $SCRATCH/bin is refused, because anyone can change it."
chmod o-w "$SCRATCH/bin"
echo "not an ELF file" >"$SCRATCH/bin/tuki-pdf.so"
run_tuki --print-steps --format pdf
expect_status 69
expect_err "Could not make the PDF: the PDF module $SCRATCH/bin/tuki-pdf.so could not be loaded. Reinstall tuki and try again."
[ -z "$OUT" ] || fail "a broken module wrote output"
# The loader's English (issue 38) only follows, on a line of its own, for staff.
printf '%s\n' "$ERR" | head -n 1 | grep -q "invalid ELF header\|file too short" &&
	fail "the loader's English is on the first line: $ERR"
printf '%s\n' "$ERR" | sed -n 2p | grep -q "^tuki: (.*tuki-pdf.so" ||
	fail "the loader's reason does not follow for staff: $ERR"
run_tuki --print-steps --lang sv --format pdf
expect_status 69
expect_err "PDF-filen kunde inte skapas: PDF-modulen $SCRATCH/bin/tuki-pdf.so kunde inte laddas. Installera om tuki"
# A kiosk with a printer would tell visitors printing is not available:
# --check-config says so (QA m2).
printf 'staff_pin = 2497\nprinter = desk\n' >"$SCRATCH/tuki.conf"
chmod 600 "$SCRATCH/tuki.conf"
run_tuki --check-config --config "$SCRATCH/tuki.conf"
expect_status 0
expect_err "tuki: warning: printing will not work: Could not make the PDF: the PDF module $SCRATCH/bin/tuki-pdf.so could not be loaded. Reinstall tuki and try again."
exit 0
