#!/bin/sh
# Printing through a real CUPS (a private cupsd, tests/print/private-cupsd.sh)
# tells the truth in the reader's language: tuki asks CUPS first, so a
# paused, disabled or rejecting printer gets nothing and the reader is told
# why (exit 69), in Finnish or Swedish as well as English; a missing printer
# is said so, not in lp's English; a printer that takes the job is "sent",
# not "printed"; no job and no document is left in the spool afterwards.
# --check-config warns (exit 0) about a printer CUPS lacks or has paused.
. "${TUKI_SRCDIR}/tests/lib.sh"
scratch
. "${TUKI_SRCDIR}/tests/print/private-cupsd.sh"
cleanup_extra() { cupsd_stop; }

# (Into /dev/null, not cups-pdf's directory, which cups-pdf.sh reads.)
lpadmin -p desk -E -v file:///dev/null -m "$cups_pdf_ppd" 2>/dev/null || fail "cannot add the queue"
# Added without -E: disabled and rejecting, as a new queue is.
lpadmin -p off -v file:///dev/null -m "$cups_pdf_ppd" 2>/dev/null || fail "cannot add the second queue"
queue_ready() { lpstat -p desk | grep -q enabled; }
poll 10 queue_ready || fail "the queue never became ready"
export TUKI_NOW=2026-11-25T12:00

# print LANG PRINTER: prints the checklist; sets STATUS and ERR.
print() {
	set +e
	"$TUKI" --print-steps --lang "$1" --format text --printer "$2" </dev/null >"$SCRATCH/out" 2>"$SCRATCH/err"
	STATUS=$?
	set -e
	ERR=$(cat "$SCRATCH/err")
	[ ! -s "$SCRATCH/out" ] || fail "something reached standard output: $(cat "$SCRATCH/out")"
}
# refused LANG PRINTER SENTENCE: exit 69, tuki's sentence, nothing spooled.
refused() {
	print "$1" "$2"
	expect_status 69
	expect_err "$3"
	spool_empty || fail "a job was left in the spool: $(lpstat -o)"
}

# Paused (cupsdisable): nothing is sent, so nothing prints later for
# whoever stands at the printer then.
cupsdisable desk
refused fi desk "Mitään ei tulostettu: tulostin desk on juuri nyt pysäytetty."
refused en desk "Nothing was printed: the printer desk is paused at the moment."
cupsenable desk
# Rejecting (cupsreject).
cupsreject desk
refused sv desk "Ingenting skrevs ut: skrivaren desk tar inte emot nya jobb just nu."
cupsaccept desk
# Disabled (a queue never enabled).
refused sv off "Ingenting skrevs ut: skrivaren off är pausad just nu."
# Missing: tuki's sentence, lp's English only after it, in brackets.
refused fi nosuch "Mitään ei tulostettu: tällä tietokoneella ei ole tulostinta nimeltä nosuch."
refused sv nosuch "Ingenting skrevs ut: den här datorn har ingen skrivare som heter nosuch."
case "$ERR" in *"tuki: (lp: "*) ;; *) fail "lp's own line is not on stderr: $ERR";; esac
# CUPS not answering at all.
CUPS_SERVER="$SCRATCH/no-such-socket" print en desk
expect_status 69
expect_err "the printing service on this computer is not running"

# A printer that takes the job: "sent", and the job leaves the spool.
print fi desk
expect_status 0
expect_err "Lähetetty tulostimelle."
case "$ERR" in *Tulostettu*) fail "said printed before it was: $ERR";; esac
poll 60 spool_empty || fail "the job stayed in the spool: $(lpstat -o)"

# --check-config: a warning, exit 0.
conf="$SCRATCH/tuki.conf"
printf 'staff_pin = 2497\nprinter = gone\n' >"$conf"
chmod 600 "$conf"
run_tuki --check-config --config "$conf"
expect_status 0
expect_err "CUPS has no printer called gone"
cupsdisable desk
printf 'staff_pin = 2497\nprinter = desk\n' >"$conf"
run_tuki --check-config --config "$conf"
expect_status 0
expect_err "the printer desk is paused in CUPS"
cupsenable desk
run_tuki --check-config --config "$conf"
expect_status 0
case "$ERR" in *warning*) fail "a warning for a ready printer: $ERR";; esac
exit 0
