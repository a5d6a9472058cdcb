#!/bin/sh
# Web addresses in the reader's language on screen (issue 37), through
# plain mode, which reads the same helpline detail and step pages as the
# curses screens: a Swedish reader sees the police's and 112's Swedish
# pages, never the English ones, and DVV's Finnish page marked "(på
# finska)"; an English reader sees it marked "(in Finnish)".  Plain mode
# writes an address without https:// and www. (tuki.1, PLAIN MODE).  Items are
# found by name, so new helplines do not move the test.
. "${TUKI_SRCDIR}/tests/lib.sh"
scratch
export XDG_STATE_HOME="$SCRATCH/state"
export TUKI_NOW=2026-12-06T12:00

# The directory's number of the first entry whose line holds $2, in language $1.
number_of() {
	printf '4\nn\nn\nn\nq\n' | "$TUKI" --plain --lang "$1" 2>/dev/null |
		awk -v name="$2" 'index($0, name) && /^[0-9]+\. / { sub(/\..*/, ""); print; exit }'
}

# Opens directory entry $2 in language $1; its detail is in $SCRATCH/out.
detail() {
	printf '4\n%s\nq\n' "$2" | "$TUKI" --plain --lang "$1" >"$SCRATCH/out" 2>&1 ||
		fail "$1: status $? opening entry $2"
}

police=$(number_of sv "Polisen: brottsanmälan")
dvv=$(number_of sv "(DVV)")
[ -n "$police" ] && [ -n "$dvv" ] || fail "the police or DVV is not in the Swedish directory"

detail sv "$police"
grep -q "^Webbplats poliisi.fi/sv/hur-behandlas-en-brottsanmalan$" "$SCRATCH/out" ||
	fail "sv: the police's Swedish page is not shown: $(grep -E "^(Web|Webbplats|Chat|Verkko)" "$SCRATCH/out")"
detail sv "$dvv"
grep -q "^Webbplats dvv.fi/tietojen-luovuttamisen-kieltaminen (på finska)$" "$SCRATCH/out" ||
	fail "sv: DVV's Finnish page is not marked: $(grep -E "^(Web|Webbplats|Chat|Verkko)" "$SCRATCH/out")"
detail en "$(number_of en "Digital and Population Data Services Agency")"
grep -q "^Web dvv.fi/tietojen-luovuttamisen-kieltaminen (in Finnish)$" "$SCRATCH/out" ||
	fail "en: DVV's Finnish page is not marked: $(grep -E "^(Web|Webbplats|Chat|Verkko)" "$SCRATCH/out")"
detail fi "$(number_of fi "Nollalinja")"
grep -q "nollalinja.fi/en" "$SCRATCH/out" && fail "fi: Nollalinja's English page is shown"
grep -q "^Chat nollalinja.fi$" "$SCRATCH/out" ||
	fail "fi: Nollalinja's Finnish page is not shown: $(grep -E "^(Web|Webbplats|Chat|Verkko)" "$SCRATCH/out")"

# A step's organisation: the police step in Swedish, and the Suomi.fi guide
# in the sources page's text is the Swedish guide.
printf '3\ns\nq\n' | "$TUKI" --plain --lang sv >"$SCRATCH/list" 2>&1 || fail "sv steps: status $?"
step=$(awk '/^[0-9]+\. Gör en brottsanmälan/ { sub(/\..*/, ""); print; exit }' "$SCRATCH/list")
[ -n "$step" ] || fail "sv: no police step in the list"
printf '3\ns\n%s\nq\n' "$step" | "$TUKI" --plain --lang sv >"$SCRATCH/out" 2>&1 ||
	fail "sv step: status $?"
grep -q "poliisi.fi/sv/hur-behandlas-en-brottsanmalan" "$SCRATCH/out" ||
	fail "sv: the police step does not give the Swedish page: $(grep -E "^(Web|Webbplats|Chat|Verkko)" "$SCRATCH/out")"
grep -q "poliisi.fi/en" "$SCRATCH/out" && fail "sv: the police step gives the English page"
exit 0
