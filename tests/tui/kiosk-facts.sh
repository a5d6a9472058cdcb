#!/bin/sh
# The kiosk's staff screen prints the fact-check sheet: after the PIN, its
# third item asks first (starting on no), then sends the sheet in the
# staff's language to the configured printer, made in memory (a PDF in a
# PDF build), and says so; the kiosk writes nothing to disk meanwhile.
# Left goes back to the staff screen, which still ends the kiosk.
. "${TUKI_SRCDIR}/tests/tui/lib.sh"

# A stand-in lp that keeps the job and its arguments, so nothing reaches a printer.
mkdir -p "$SCRATCH/bin" "$SCRATCH/home"
cat >"$SCRATCH/bin/lp" <<'LP'
#!/bin/sh
printf '%s\n' "$@" >"$LP_DIR/argv"
cat >"$LP_DIR/job"
echo "request id is reception-1"
LP
chmod +x "$SCRATCH/bin/lp"
conf="$SCRATCH/tuki.conf"
printf 'languages = fi sv en\ndefault_language = fi\nidle_reset = 300\nidle_grace = 30\nstaff_pin = 2497\nprinter = reception\n' >"$conf"
chmod 600 "$conf"

start_tuki TUKI_CUPS_BINDIR="$SCRATCH/bin" LP_DIR="$SCRATCH" HOME="$SCRATCH/home" \
	XDG_STATE_HOME="$SCRATCH/home/state" -- --kiosk --config "$conf"
wait_for "Tervetuloa"
keys 2
wait_for "1  Du är inte ensam"
keys S
wait_for "PIN"
keys 2 4 9 7 Enter
wait_for "3  Skriv ut kontrollblanketten"
keys 3
wait_for "Vill du skriva ut på terminalens skrivare?"
# It starts on no: Enter alone prints nothing.
keys Enter
wait_for "3  Skriv ut kontrollblanketten"
[ ! -e "$SCRATCH/job" ] || fail "no still printed the sheet"
keys 3
wait_for "Vill du skriva ut på terminalens skrivare?"
keys Up Enter
wait_for "Skickat till skrivaren" 20
[ -s "$SCRATCH/job" ] || fail "nothing reached lp"
grep -qx "reception" "$SCRATCH/argv" || fail "not sent to the configured printer: $(cat "$SCRATCH/argv")"
if head -c 5 "$SCRATCH/job" | grep -q '%PDF-'; then
	need pdftotext
	pdftotext "$SCRATCH/job" "$SCRATCH/job.txt"
else
	cp "$SCRATCH/job" "$SCRATCH/job.txt"
fi
grep -q "Kontrollblankett för uppgifterna" "$SCRATCH/job.txt" || fail "the job is not the Swedish sheet"
grep -q "Kontrollerat" "$SCRATCH/job.txt" || fail "the sheet has no check dates"
[ -z "$(find "$SCRATCH/home" -type f)" ] || fail "the kiosk wrote: $(find "$SCRATCH/home" -type f)"
# Back to the staff screen, which still ends the kiosk.
keys Left
wait_for "1  "
wait_for "3  Skriv ut kontrollblanketten"
keys 1
wait_exit 0
