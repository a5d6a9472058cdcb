#!/bin/sh
# Real printing through CUPS into a cups-pdf queue: the PDF comes out A4
# with exactly as many pages as tuki's form feeds say; a missing queue is
# exit 69 with CUPS's own words.  Needs root, cups and cups-pdf (CI
# installs them); it starts cupsd if it is not running.
. "${TUKI_SRCDIR}/tests/lib.sh"
scratch

need cupsd
need lpadmin
need lpinfo
need pdfinfo
[ "$(id -u)" = 0 ] || skip "starting cupsd and adding a queue needs root"
ppd=$(lpinfo -m 2>/dev/null | awk '/CUPS-PDF_noopt/ { print $1; exit }')
if [ -z "$ppd" ] && ! pgrep -x cupsd >/dev/null; then
	cupsd || skip "cupsd does not start here"
fi
for i in $(seq 1 50); do lpstat -r 2>/dev/null | grep -q "is running" && break; sleep 0.1; done
lpstat -r 2>/dev/null | grep -q "is running" || skip "the CUPS scheduler is not running"
ppd=$(lpinfo -m 2>/dev/null | awk '/CUPS-PDF_noopt/ { print $1; exit }')
[ -n "$ppd" ] || skip "cups-pdf is not installed"

queue="tuki-test-$$"
cleanup_extra() { lpadmin -x "$queue" 2>/dev/null || true; }
lpadmin -p "$queue" -E -v cups-pdf:/ -m "$ppd" 2>/dev/null || fail "cannot add the PDF queue"

home=$(getent passwd "$(id -un)" | cut -d: -f6)
marker="$SCRATCH/marker"
touch "$marker"
sleep 1

export TUKI_NOW=2026-11-25T12:00
"$TUKI" --print-helplines --lang fi >"$SCRATCH/list.txt"
pages=$(( $(tr -cd '\f' <"$SCRATCH/list.txt" | wc -c) + 1 ))
"$TUKI" --print-helplines --lang fi --format text --printer "$queue" >"$SCRATCH/out" 2>"$SCRATCH/err" ||
	fail "printing failed: $(cat "$SCRATCH/err")"
[ ! -s "$SCRATCH/out" ] || fail "lp's output reached the terminal"

pdf=""
for i in $(seq 1 300); do
	pdf=$(find "$home/PDF" /var/spool/cups-pdf -name '*.pdf' -newer "$marker" 2>/dev/null | head -1)
	[ -n "$pdf" ] && [ -s "$pdf" ] && break
	sleep 0.2
done
[ -n "$pdf" ] || fail "no PDF came out of the queue"
sleep 0.5
info=$(pdfinfo "$pdf" 2>/dev/null)
got=$(echo "$info" | awk '/^Pages:/ { print $2 }')
rm -f "$pdf"
[ "$got" = "$pages" ] || fail "the PDF has $got pages, tuki laid out $pages"
echo "$info" | grep -q "595 x 842" || fail "the PDF is not A4: $(echo "$info" | grep 'Page size')"

set +e
"$TUKI" --print-helplines --printer "no-such-queue-$$" >/dev/null 2>"$SCRATCH/err"
status=$?
set -e
[ "$status" = 69 ] || fail "a missing queue gave status $status"
grep -q "Printing failed" "$SCRATCH/err" || fail "no message: $(cat "$SCRATCH/err")"
