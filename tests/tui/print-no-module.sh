#!/bin/sh
# Printing with the PDF module missing (tuki copied alone into a directory,
# or Debian's tuki without tuki-pdf): the screens print text pages instead,
# and the command line's --format pdf says calmly that the module is missing.
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
echo "lp $*" >>"$FAKE_LP_DIR/lp.log"
cat >"$FAKE_LP_DIR/lp.in"
LP
chmod +x "$SCRATCH/bin/lp"

start_tuki TUKI_CUPS_BINDIR="$SCRATCH/bin" FAKE_LP_DIR="$SCRATCH" -- --lang en
print_from_directory
keys Enter
# (The outcome's wording is the print screen's; what lp got is asserted.)
for i in $(seq 100); do [ -s "$SCRATCH/lp.in" ] && grep -q '^lp ' "$SCRATCH/lp.log" && break; sleep 0.1; done
[ -s "$SCRATCH/lp.in" ] || fail "lp got nothing"
grep -q '112' "$SCRATCH/lp.in" || fail "lp did not get the helpline list: $(head -c 200 "$SCRATCH/lp.in")"
[ "$(head -c 5 "$SCRATCH/lp.in")" != "%PDF-" ] || fail "lp got a PDF without the module"
# Still working: back to the list, and out.
keys Left
wait_for "Helplines and support"
keys q
wait_exit 0

# The command line names what is missing instead of printing something else.
run_tuki --print-helplines --lang en --format pdf
[ "$STATUS" = 69 ] || fail "--format pdf without the module exits $STATUS, not 69"
case "$ERR" in *"tuki-pdf.so is missing"*) ;; *) fail "no word of the missing module: $ERR";; esac

# --check-config does not warn that printing will not work: without the
# module the kiosk prints text pages.
printf 'staff_pin = 2497\nprinter = desk\n' >"$SCRATCH/tuki.conf"
chmod 600 "$SCRATCH/tuki.conf"
run_tuki --check-config --config "$SCRATCH/tuki.conf"
expect_status 0
case "$ERR" in *"printing will not work"*) fail "a text-printing kiosk is said not to print: $ERR";; esac
exit 0
