#!/bin/sh
# Plain mode prints and saves as the screen does (issue 39): p in the
# directory and in the step list, through the same print request.  From a
# filtered directory it asks what the list should hold, the whole list
# first; the file holds the same text as --print-helplines; a printer gets
# the job through lp (a fake one, named by $TUKI_CUPS_BINDIR) and the
# outcome is said in the reader's language.
. "${TUKI_SRCDIR}/tests/lib.sh"
scratch
export XDG_STATE_HOME="$SCRATCH/state" TUKI_NOW=2026-12-07T10:00

# Save the whole directory to a file: the same text as the command line's.
printf '4\np\n2\n%s\nq\n' "$SCRATCH/list.txt" | "$TUKI" --plain --lang fi >"$SCRATCH/out" 2>&1 ||
	fail "status $?"
grep -qx "Tallennettu." "$SCRATCH/out" || fail "fi: not saved: $(cat "$SCRATCH/out")"
"$TUKI" --print-helplines --lang fi >"$SCRATCH/expected" || fail "--print-helplines failed"
cmp -s "$SCRATCH/expected" "$SCRATCH/list.txt" || fail "the saved list differs from --print-helplines"

# Filtered: the question comes first, and 1 is the whole list, 2 what is shown.
printf '4\no\np\n1\n2\n%s\np\n2\n2\n%s\nq\n' "$SCRATCH/whole.txt" "$SCRATCH/shown.txt" |
	"$TUKI" --plain --lang en >"$SCRATCH/out" 2>&1 || fail "status $?"
grep -q "^What should the list hold?$" "$SCRATCH/out" || fail "no scope question: $(cat "$SCRATCH/out")"
grep -q "^1\. The whole list (17 services)$" "$SCRATCH/out" || fail "the whole list is not first"
"$TUKI" --print-helplines --lang en >"$SCRATCH/expected.en"
cmp -s "$SCRATCH/expected.en" "$SCRATCH/whole.txt" || fail "1 did not save the whole list"
"$TUKI" --print-helplines --lang en --open-now >"$SCRATCH/expected.open"
cmp -s "$SCRATCH/expected.open" "$SCRATCH/shown.txt" || fail "2 did not save only what is shown"

# The checklist from the step list, in Swedish.
printf '3\ns\np\n2\n%s\nq\n' "$SCRATCH/steps.txt" | "$TUKI" --plain --lang sv >"$SCRATCH/out" 2>&1 ||
	fail "status $?"
"$TUKI" --print-steps --lang sv >"$SCRATCH/expected.sv"
cmp -s "$SCRATCH/expected.sv" "$SCRATCH/steps.txt" || fail "the checklist differs from --print-steps"

# A printer: the job goes to lp, and the outcome is tuki's own sentence.
mkdir "$SCRATCH/bin"
cat >"$SCRATCH/bin/lp" <<'LP'
#!/bin/sh
cat >"$FAKE_LP_DIR/stdin"
echo "request id is desk-7 (1 file(s))"
LP
cat >"$SCRATCH/bin/lpstat" <<'LPSTAT'
#!/bin/sh
case "$*" in
*-d*) echo "system default destination: desk";;
esac
echo "printer desk is idle.  enabled since Mon 07 Dec 2026 09:00:00"
echo "desk accepting requests since Mon 07 Dec 2026 09:00:00"
LPSTAT
chmod +x "$SCRATCH/bin/lp" "$SCRATCH/bin/lpstat"
printf '4\np\n1\nq\n' | FAKE_LP_DIR="$SCRATCH" TUKI_CUPS_BINDIR="$SCRATCH/bin" "$TUKI" --plain --lang en \
	>"$SCRATCH/out" 2>"$SCRATCH/err" || fail "status $?"
[ -s "$SCRATCH/stdin" ] || fail "lp got nothing: $(cat "$SCRATCH/out" "$SCRATCH/err")"
grep -qi "sent to the printer\|printed" "$SCRATCH/out" || fail "no outcome said: $(cat "$SCRATCH/out")"
grep -q "request id" "$SCRATCH/out" && fail "lp's own words reached the reader"
exit 0
