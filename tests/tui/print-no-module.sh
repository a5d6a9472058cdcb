#!/bin/sh
# Printing from the screens with the PDF module missing (tuki copied alone
# into a directory): the print screen says calmly that the PDF could not
# be made and why, nothing reaches lp, and tuki goes on working.  The
# kiosk says only that printing is not available and staff can help, and
# --check-config warns.
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

# The kiosk: the visitor reads the calm word and staff can help (QA m2);
# the module's path and "reinstall" are for staff, never on the screen.
conf="$SCRATCH/tuki.conf"
printf 'default_language = en\nprinter = reception\nstaff_pin = 2497\n' >"$conf"
chmod 600 "$conf"
start_tuki TUKI_CUPS_BINDIR="$SCRATCH/bin" FAKE_LP_DIR="$SCRATCH" -- --kiosk --config "$conf"
wait_for "Welcome"
keys 3
wait_for "1  You are not alone"
keys 4
wait_for "Helplines and support"
keys p
wait_for "Print it on this terminal's printer?"
keys Up Enter
wait_for "Printing is not available on this terminal."
expect_screen_lacks "tuki-pdf.so"
expect_screen_lacks "Reinstall"
[ ! -e "$SCRATCH/lp.log" ] || fail "lp was started without a PDF"
keys S 2 4 9 7 Enter
wait_for "End the kiosk"
keys Enter
wait_exit 0

# --check-config says so when a printer is set (a warning: the rest works).
set +e
"$TUKI" --check-config --config "$conf" >/dev/null 2>"$SCRATCH/err"
status=$?
set -e
[ "$status" = 0 ] || fail "--check-config: status $status"
grep -q "printing will not work" "$SCRATCH/err" || fail "--check-config is silent: $(cat "$SCRATCH/err")"
