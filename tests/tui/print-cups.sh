#!/bin/sh
# The print screen against a real CUPS (a private cupsd,
# tests/print/private-cupsd.sh).  In the kiosk: a paused printer gets
# nothing, and the visitor reads why in their language with "please ask
# the staff"; a printer that takes the job but never prints it (its device
# does not answer) is "sent", never "printed", and after the time tuki
# follows a job it is cancelled, and so is one still followed when the
# kiosk ends, so nothing waits in the spool for the next visitor.  In personal mode: no default printer is said so, calmly.
. "${TUKI_SRCDIR}/tests/tui/lib.sh"
. "${TUKI_SRCDIR}/tests/print/private-cupsd.sh"
cleanup_extra() { tmux_cleanup; cupsd_stop; }

# A device that never answers: nothing listens on the port, so CUPS's
# socket backend keeps the job and retries.
lpadmin -p reception -E -v socket://127.0.0.1:9 -m "$cups_pdf_ppd" 2>/dev/null ||
	fail "cannot add the queue"
queue_ready() { lpstat -p reception | grep -q enabled; }
poll 10 queue_ready || fail "the queue never became ready"

conf="$SCRATCH/tuki.conf"
printf 'languages = fi sv en\ndefault_language = sv\nidle_reset = 300\nidle_grace = 30\nstaff_pin = 2497\nprinter = reception\n' >"$conf"
chmod 600 "$conf"

# kiosk_print: Swedish, the helpline list, yes to the print question.
kiosk_print() {
	wait_for "Tervetuloa"
	keys 2
	wait_for "1  "
	keys 4
	wait_for "Stödtelefoner och hjälp"
	keys p
	wait_for "Vill du skriva ut på terminalens skrivare?"
	keys Up Enter
}

# Paused: nothing sent, the reason in Swedish, and staff can help.
cupsdisable reception
# The 30 s tuki follows a job run six times fast (TUKI_TIME_SCALE): 5 s.
start_tuki TUKI_TIME_SCALE=6 CUPS_SERVER="$CUPS_SERVER" -- --kiosk --config "$conf"
kiosk_print
wait_for "Ingenting skrevs ut: skrivaren reception är pausad just nu."
wait_for "personalen om"
spool_empty || fail "a job went to the paused printer: $(lpstat -o)"
cupsenable reception

# Taken but never printed: "sent", then cancelled when its time is up.
keys Escape Escape
kiosk_print
wait_for "Skickat till skrivaren." 20
expect_screen_lacks "Utskriften är klar"
[ -n "$(lpstat -o reception)" ] || fail "the job never reached the queue"
wait_for "Skrivaren hann inte skriva ut i tid" 45
wait_for "personalen om"
poll 10 spool_empty || fail "the job was left in the spool: $(lpstat -o)"

# The kiosk ends while a job is still followed (a staff stop, or the
# service stopped with TERM): the job is cancelled, not left for the next
# visitor.
keys Escape Escape
kiosk_print
wait_for "Skickat till skrivaren." 20
[ -n "$(lpstat -o reception)" ] || fail "the job never reached the queue"
keys S
wait_for "PIN"
keys 2 4 9 7 Enter
wait_for "1"
keys Enter
wait_exit 0
poll 10 spool_empty || fail "a staff stop left the job in the spool: $(lpstat -o)"
$TMUX_CMD kill-server 2>/dev/null || true
start_tuki CUPS_SERVER="$CUPS_SERVER" -- --kiosk --config "$conf"
kiosk_print
wait_for "Skickat till skrivaren." 20
[ -n "$(lpstat -o reception)" ] || fail "the job never reached the queue"
kill -TERM "$(tuki_pid)" || fail "no kiosk process"
wait_for "TUKI-ENDED"
poll 10 spool_empty || fail "a kiosk ended by TERM left the job in the spool: $(lpstat -o)"
$TMUX_CMD kill-server 2>/dev/null || true

# Personal mode, no default printer: said in plain words.
start_tuki CUPS_SERVER="$CUPS_SERVER" -- --lang en
print_from_directory
keys Enter
wait_for "no printer has been chosen as the usual one"
spool_empty || fail "a job was spooled without a printer: $(lpstat -o)"
keys q
wait_exit 0
