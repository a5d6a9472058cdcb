#!/bin/sh
# Real printing through CUPS into a cups-pdf queue: the PDF comes out A4
# with exactly as many pages as tuki's form feeds say; a missing queue is
# exit 69 with tuki's own sentence.  The test runs a cupsd of its own
# (tests/print/private-cupsd.sh), so it neither depends on nor changes the
# system's printers or scheduler.  Needs root (the cups-pdf backend runs
# only as root), cups and cups-pdf (CI installs them).
. "${TUKI_SRCDIR}/tests/lib.sh"
scratch

need pdfinfo
need flock
# cups-pdf writes every queue's PDFs into the one directory the system's
# cups-pdf.conf names, so two test suites running this test at once would
# take (and remove) each other's files: one at a time on a machine.
exec 9>"${TMPDIR:-/tmp}/tuki-cups-pdf-test.lock"
flock -w 600 9 || fail "another cups-pdf test held the lock for 10 minutes"
. "${TUKI_SRCDIR}/tests/print/private-cupsd.sh"
pdf=""
cleanup_extra() {
	cupsd_stop
	[ -z "$pdf" ] || rm -f "$pdf"
}
ppd=$cups_pdf_ppd

queue="tuki-test"
lpadmin -p "$queue" -E -v cups-pdf:/ -m "$ppd" 2>/dev/null ||
	fail "cannot add the PDF queue: $(tail -3 "$cups/log/error_log")"
queue_ready() { lpstat -p "$queue" | grep -q enabled; }
poll 10 queue_ready || fail "the queue never became ready"

home=$(getent passwd "$(id -un)" | cut -d: -f6)
marker="$SCRATCH/marker"
touch "$marker"

export TUKI_NOW=2026-11-25T12:00
"$TUKI" --print-helplines --lang fi >"$SCRATCH/list.txt"
pages=$(( $(tr -cd '\f' <"$SCRATCH/list.txt" | wc -c) + 1 ))
"$TUKI" --print-helplines --lang fi --format text --printer "$queue" >"$SCRATCH/out" 2>"$SCRATCH/err" ||
	fail "printing failed: $(cat "$SCRATCH/err")"
[ ! -s "$SCRATCH/out" ] || fail "lp's output reached the terminal"

# The job is done once it has left the queue (the private cupsd keeps no
# history); cups-pdf has then closed the PDF.
job_done() { [ -z "$(lpstat -o "$queue")" ]; }
poll 60 job_done || fail "the job never completed: $(lpstat -o "$queue"; tail -3 "$cups/log/error_log")"
# cups-pdf writes to the directory the system's cups-pdf.conf names; on a
# busy machine the file may still be being finished when the job is done.
pdf_out() {
	pdf=$(find "$home/PDF" /var/spool/cups-pdf -name '*.pdf' -newer "$marker" 2>/dev/null | head -1)
	[ -n "$pdf" ] && pdfinfo "$pdf"
}
# A PDF still being written has fewer pages: wait until it has them all.
pages_are() { pdf_out >/dev/null && [ "$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')" = "$1" ]; }
poll 30 pdf_out || fail "no PDF came out of the queue"
poll 30 pages_are "$pages" ||
	fail "the PDF has $(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }') pages, tuki laid out $pages"
info=$(pdfinfo "$pdf" 2>/dev/null)
echo "$info" | grep -q "595 x 842" || fail "the PDF is not A4: $(echo "$info" | grep 'Page size')"

# The typeset handout (the printers' default format) through the same queue:
# as many pages as tuki's own PDF has.
# (A build --without-pdf refuses --format pdf with 64 and prints text.)
if "$TUKI" --print-helplines --lang sv --format pdf >"$SCRATCH/own.pdf" 2>/dev/null; then
	want=$(pdfinfo "$SCRATCH/own.pdf" | awk '/^Pages:/ { print $2 }')
	touch "$marker"
	sleep 1     # cups-pdf names files by time: keep this one apart from the first
	"$TUKI" --print-helplines --lang sv --printer "$queue" >"$SCRATCH/out" 2>"$SCRATCH/err" ||
		fail "printing the PDF failed: $(cat "$SCRATCH/err")"
	poll 60 job_done || fail "the PDF job never completed"
	poll 30 pdf_out || fail "no PDF came out of the queue for the handout"
	poll 30 pages_are "$want" || fail "the printed handout has $(pdfinfo "$pdf" 2>/dev/null |
		awk '/^Pages:/ { print $2 }') pages, tuki's PDF has $want"
fi

set +e
"$TUKI" --print-helplines --printer "no-such-queue-$$" >/dev/null 2>"$SCRATCH/err"
status=$?
set -e
[ "$status" = 69 ] || fail "a missing queue gave status $status"
grep -q "there is no printer called no-such-queue" "$SCRATCH/err" || fail "no message: $(cat "$SCRATCH/err")"
exit 0
