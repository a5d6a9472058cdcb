#!/bin/sh
# A kiosk whose PDF module is installed but does not load tells the visitor
# calmly that printing is not available and to ask staff, never the
# module's path (QA m2), and sends nothing.  A kiosk with no printer
# configured says the same when p is pressed.
. "${TUKI_SRCDIR}/tests/tui/lib.sh"

if "$TUKI" --version | grep -q "PDF"; then skip "this tuki was built --without-pdf"; fi
# tuki alone with a broken module beside it (used before PKGLIBDIR's), and
# a stand-in lp that records whether anything was sent.
mkdir "$SCRATCH/bin"
cp "$TUKI" "$SCRATCH/bin/tuki"
echo "not an ELF file" >"$SCRATCH/bin/tuki-pdf.so"
TUKI="$SCRATCH/bin/tuki"
cat >"$SCRATCH/bin/lp" <<'LP'
#!/bin/sh
cat >>"$LP_LOG"
echo "request id is reception-1"
LP
chmod +x "$SCRATCH/bin/lp"
conf="$SCRATCH/tuki.conf"
printf 'languages = fi sv en\ndefault_language = en\nstaff_pin = 2497\nprinter = reception\n' >"$conf"
chmod 600 "$conf"

# print_in_kiosk: English, the helpline list, yes to the print question.
print_in_kiosk() {
	wait_for "Tervetuloa"
	keys 3
	wait_for "1  You are not alone"
	keys 4
	wait_for "Helplines and support ("
	keys p
}

start_tuki TUKI_CUPS_BINDIR="$SCRATCH/bin" LP_LOG="$SCRATCH/lp.log" -- --kiosk --config "$conf"
print_in_kiosk
wait_for "Print it on this terminal's printer?"
keys Up Enter
wait_for "Printing is not available on this terminal. Please ask a member"
expect_screen_lacks "tuki-pdf"
expect_screen_lacks "Reinstall"
[ ! -s "$SCRATCH/lp.log" ] || fail "something was sent to the printer"
# The kiosk goes on: back to the list.
keys Left
wait_for "Helplines and support ("
$TMUX_CMD kill-server

# No printer configured: the same calm words, nothing asked.
printf 'languages = fi sv en\ndefault_language = en\nstaff_pin = 2497\n' >"$conf"
start_tuki TUKI_CUPS_BINDIR="$SCRATCH/bin" LP_LOG="$SCRATCH/lp.log" -- --kiosk --config "$conf"
print_in_kiosk
wait_for "Printing is not available on this terminal. Please ask a member"
expect_screen_lacks "Print it on this terminal's printer?"
[ ! -s "$SCRATCH/lp.log" ] || fail "something was sent to the printer"
exit 0
