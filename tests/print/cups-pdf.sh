#!/bin/sh
# Real printing through CUPS into a cups-pdf queue: the PDF comes out A4
# with exactly as many pages as tuki's form feeds say; a missing queue is
# exit 69 with CUPS's own words.  The test runs a cupsd of its own (its
# own cupsd.conf and cups-files.conf, ServerRoot, spool and socket in the
# scratch directory, reached through CUPS_SERVER), so it neither depends
# on nor changes the system's printers or scheduler.  Needs root (the
# cups-pdf backend runs only as root), cups and cups-pdf (CI installs them).
. "${TUKI_SRCDIR}/tests/lib.sh"
scratch

need cupsd
need lpadmin
need lpinfo
need lpstat
need pdfinfo
[ "$(id -u)" = 0 ] || skip "the cups-pdf backend runs only as root, so this test needs root"
[ -x /usr/lib/cups/backend/cups-pdf ] || skip "cups-pdf is not installed"
need flock

# cups-pdf writes every queue's PDFs into the one directory the system's
# cups-pdf.conf names, so two test suites running this test at once would
# take (and remove) each other's files: one at a time on a machine.
exec 9>"${TMPDIR:-/tmp}/tuki-cups-pdf-test.lock"
flock -w 600 9 || fail "another cups-pdf test held the lock for 10 minutes"

# The private scheduler.  Filters run as the lp user, so the directories
# it reads must be reachable (mktemp made the scratch dir 0700).
cups="$SCRATCH/cups"
mkdir -p "$cups/spool/tmp" "$cups/state" "$cups/cache" "$cups/log" "$cups/ppd"
chmod 755 "$SCRATCH" "$cups"
cat >"$cups/cupsd.conf" <<EOF
Listen $cups/cups.sock
LogLevel warn
Browsing No
BrowseLocalProtocols none
DefaultShared No
WebInterface No
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order allow,deny
    Allow all
  </Limit>
</Policy>
EOF
cat >"$cups/cups-files.conf" <<EOF
ServerRoot $cups
RequestRoot $cups/spool
TempDir $cups/spool/tmp
StateDir $cups/state
CacheDir $cups/cache
AccessLog $cups/log/access_log
ErrorLog $cups/log/error_log
PageLog $cups/log/page_log
ServerBin /usr/lib/cups
DataDir /usr/share/cups
DocumentRoot /usr/share/cups/doc-root
EOF
export CUPS_SERVER="$cups/cups.sock"
cupsd_pid=""
pdf=""
cleanup_extra() {
	if [ -n "$cupsd_pid" ]; then
		kill "$cupsd_pid" 2>/dev/null || true
		wait "$cupsd_pid" 2>/dev/null || true
	fi
	[ -z "$pdf" ] || rm -f "$pdf"
}
cupsd -t -c "$cups/cupsd.conf" -s "$cups/cups-files.conf" >/dev/null 2>&1 ||
	skip "cupsd does not accept a private configuration here"
cupsd -f -c "$cups/cupsd.conf" -s "$cups/cups-files.conf" 2>"$cups/log/stderr" &
cupsd_pid=$!

# poll SECONDS COMMAND...: runs COMMAND every 0.1 s until it succeeds.
poll() {
	n=$(( $1 * 10 ))
	shift
	while ! "$@" >/dev/null 2>&1; do
		n=$((n - 1))
		[ "$n" -gt 0 ] || return 1
		kill -0 "$cupsd_pid" 2>/dev/null || return 1
		sleep 0.1
	done
}
scheduler_running() { lpstat -r | grep -q "is running"; }
poll 10 scheduler_running ||
	skip "the private cupsd did not start: $(cat "$cups/log/stderr" "$cups/log/error_log" 2>/dev/null | tail -3)"
ppd=$(lpinfo -m 2>/dev/null | awk '/CUPS-PDF_noopt/ { print $1; exit }')
[ -n "$ppd" ] || skip "cups-pdf's PPD is not installed"

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

# The job is done once the scheduler says so; cups-pdf has then closed the PDF.
job_done() { [ -z "$(lpstat -o "$queue")" ] && [ -n "$(lpstat -W completed -o "$queue")" ]; }
poll 60 job_done || fail "the job never completed: $(lpstat -o "$queue"; tail -3 "$cups/log/error_log")"
# cups-pdf writes to the directory the system's cups-pdf.conf names.
pdf=$(find "$home/PDF" /var/spool/cups-pdf -name '*.pdf' -newer "$marker" 2>/dev/null | head -1)
[ -n "$pdf" ] && [ -s "$pdf" ] || fail "no PDF came out of the queue"
info=$(pdfinfo "$pdf" 2>/dev/null)
got=$(echo "$info" | awk '/^Pages:/ { print $2 }')
[ "$got" = "$pages" ] || fail "the PDF has $got pages, tuki laid out $pages"
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
	pdf=$(find "$home/PDF" /var/spool/cups-pdf -name '*.pdf' -newer "$marker" 2>/dev/null | head -1)
	[ -n "$pdf" ] && [ -s "$pdf" ] || fail "no PDF came out of the queue for the handout"
	got=$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')
	[ "$got" = "$want" ] || fail "the printed handout has $got pages, tuki's PDF has $want"; echo "handout: $got pages" >&2
fi

set +e
"$TUKI" --print-helplines --printer "no-such-queue-$$" >/dev/null 2>"$SCRATCH/err"
status=$?
set -e
[ "$status" = 69 ] || fail "a missing queue gave status $status"
grep -q "Printing failed" "$SCRATCH/err" || fail "no message: $(cat "$SCRATCH/err")"
exit 0
