#!/bin/sh
# Printing from the screens with the PDF module missing (tuki copied alone
# into a directory): the print screen says calmly that the PDF could not
# be made and why, nothing reaches lp, and tuki goes on working.
. "${TUKI_SRCDIR}/tests/tui/lib.sh"

if "$TUKI" --version | grep -q "PDF"; then skip "this tuki was built --without-pdf"; fi
if [ -e "$TUKI_PKGLIBDIR/tuki-pdf.so" ]; then
	skip "$TUKI_PKGLIBDIR/tuki-pdf.so is installed, so a copied tuki finds it"
fi
mkdir "$SCRATCH/bin"
cp "$TUKI" "$SCRATCH/bin/tuki"
TUKI="$SCRATCH/bin/tuki"
cat >"$SCRATCH/bin/lp" <<'LP'
#!/bin/sh
echo "lp ran" >>"$FAKE_LP_DIR/lp.log"
cat >/dev/null
LP
chmod +x "$SCRATCH/bin/lp"

start_tuki TUKI_CUPS_BINDIR="$SCRATCH/bin" FAKE_LP_DIR="$SCRATCH" -- --lang en
print_from_directory
keys Enter
wait_for "Could not make the PDF"
wait_for "tuki-pdf.so is"
[ ! -e "$SCRATCH/lp.log" ] || fail "lp was started without a PDF"
# Still working: back to the list, and out.
keys Left
wait_for "Helplines and support"
keys q
wait_exit 0
