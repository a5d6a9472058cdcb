#!/bin/sh
# Plain mode says no more about hours than the sources do (issue 14):
# RIKU is "check the hours", never "open now" or "closed"; 112's
# detail has no holiday note; the police report is "online, any time".
. "${TUKI_SRCDIR}/tests/lib.sh"
scratch

# plain_session TIME INPUT: the whole plain-mode transcript in OUT.
plain_session() {
	set +e
	printf "$2" | TUKI_NOW="$1" "$TUKI" --plain --lang en >"$SCRATCH/out" 2>"$SCRATCH/err"
	STATUS=$?
	set -e
	OUT=$(cat "$SCRATCH/out")
	ERR=$(cat "$SCRATCH/err")
}

# The block of the transcript from the title line NAME to the next prompt.
block() {
	awk -v h="$1" '$0 == h { on = 1; next } /^(Type |A number)/ { on = 0 } on' "$SCRATCH/out"
}

for now in 2026-12-01T10:00 2026-12-01T22:30; do
	plain_session "$now" '4\n3\n0\nq\n'
	expect_status 0
	expect_out "Victim Support Finland: 1 1 6, 0 0 6 (check the hours, in Finnish and in Swedish)"
	riku=$(block "Victim Support Finland")
	case "$riku" in *"Phone 1 1 6, 0 0 6"*) ;; *) fail "no RIKU detail: $OUT";; esac
	case "$riku" in *"open now"*|*closed*) fail "at $now RIKU's detail claims hours: $riku";; esac
	# Its dates once, in words (plain mode reads no ISO dates).
	case "$riku" in *"hecked "*" December 2026"*) ;; *) fail "RIKU's contacts lack their date: $riku";; esac
done

plain_session 2026-12-01T10:00 '4\nn\n1\n9\n0\nq\n'
expect_status 0
expect_out "9. Police of Finland: report a crime: poliisi.fi/en/contact-the-police (online, any time)"
e112=$(block "Emergency number 1 1 2")
case "$e112" in *"Every day, around the clock"*) ;; *) fail "no 112 detail: $OUT";; esac
case "$e112" in *"public holidays"*) fail "112's detail has a holiday note: $e112";; esac
police=$(block "Police of Finland: report a crime")
case "$police" in *"    Online, any time"*) ;; *) fail "the police report lacks online, any time: $police";; esac
case "$police" in *"not confirmed"*|*"public holidays"*) fail "the police report has an hours hedge: $police";; esac
