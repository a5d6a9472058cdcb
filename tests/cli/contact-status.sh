#!/bin/sh
# One contact per reader and moment (model/contact_choice.c), and every
# place shows its status: a Swedish reader on Monday at 18:30 sees MIELI's
# Swedish line ("check the hours") and the church's Swedish line (opens
# at 20) in the directory's row, on the service's page, first among its
# numbers and on a step's page, and "open now" does not list either (their
# Finnish lines are open, but those are not the lines shown).
. "${TUKI_SRCDIR}/tests/lib.sh"
scratch
export XDG_STATE_HOME="$SCRATCH/state" TUKI_NOW=2026-12-07T18:30

printf '4\n2\n4\no\nq\n' | "$TUKI" --plain --lang sv >"$SCRATCH/out" 2>&1 || fail "status $?"
# The row's status in brackets, and the page's status line under its title.
# Plain mode says the status in words ("stängt, öppnar på måndag klockan
# 20"), and the row may add the language the line answers in after it.
row() {
	sed -n '/^[0-9]* tjänster\.$/,/^Ett nummer/p' "$SCRATCH/out" | grep "^$1\. " | head -1 |
		sed 's/.*(\(.*\))$/\1/'
}
# The row's status begins with the page's.
same() {
	case $2 in "$1"|"$1, "*) return 0;; esac
	return 1
}
page() { grep -A3 -x "$1" "$SCRATCH/out" | sed -n '2,$p' | grep -v '^$' | head -1; }
mieli=$(row 2) church=$(row 4)
[ -n "$mieli" ] && [ -n "$church" ] || fail "no rows: $(cat "$SCRATCH/out")"
same "$(page "MIELI rf:s kristelefon")" "$mieli" ||
	fail "MIELI: the row says \"$mieli\", the page \"$(page "MIELI rf:s kristelefon")\""
same "$(page "Kyrkans samtalstjänst")" "$church" ||
	fail "the church: the row says \"$church\", the page \"$(page "Kyrkans samtalstjänst")\""
case $church in *20*) ;; *) fail "the church's Swedish line opens at 20, the row says \"$church\"";; esac
# The page lists the number the row gives first.
grep -A40 -x "Kyrkans samtalstjänst" "$SCRATCH/out" | grep -m1 "^Telefon " | grep -q "^Telefon 0 4 0 0, 2 2, 1 1, 9 0$" ||
	fail "the church's page does not start with the Swedish number: $(grep -A6 -x "Kyrkans samtalstjänst" "$SCRATCH/out")"
# Open now: neither is listed as open.
# The last list shown: after o.
awk '/ av [0-9]+ visas|^[0-9]+ tjänster\.$/ { list = "" } { list = list $0 "\n" } END { printf "%s", list }' \
	"$SCRATCH/out" >"$SCRATCH/open"
grep -q "^1\. Nödnumret" "$SCRATCH/open" || fail "no list after o: $(cat "$SCRATCH/open")"
grep -qE "^[0-9]+ av [0-9]+ visas: öppet nu\.$" "$SCRATCH/open" || fail "o did not narrow the list"
grep -q "MIELI rf:s kristelefon" "$SCRATCH/open" && fail "open now lists MIELI, whose Swedish line has unconfirmed hours"
grep -q "Kyrkans samtalstjänst" "$SCRATCH/open" && fail "open now lists the church, whose Swedish line opens at 20"

# A step's page gives each line's status after its number, the status of
# the line the directory shows ("Talk to someone" lists MIELI and the church).
printf '3\ns\nq\n' | "$TUKI" --plain --lang sv >"$SCRATCH/steps" 2>&1 || fail "status $?"
n=$(sed -n 's/^\([0-9]*\)\. Prata med någon .*/\1/p' "$SCRATCH/steps" | head -1)
[ -n "$n" ] || fail "no step \"Prata med någon\": $(cat "$SCRATCH/steps")"
printf '3\ns\n%s\nq\n' "$n" | "$TUKI" --plain --lang sv >"$SCRATCH/step" 2>&1 || fail "status $?"
grep -q "^[0-9]  MIELI rf:s kristelefon: 0 9, 2 5 2 5, 0 1 1 2 ($mieli)$" "$SCRATCH/step" ||
	fail "the step's MIELI line lacks the row's status \"$mieli\": $(grep MIELI "$SCRATCH/step")"
grep -q "^[0-9]  Kyrkans samtalstjänst: 0 4 0 0, 2 2, 1 1, 9 0 ($church)$" "$SCRATCH/step" ||
	fail "the step's church line lacks the row's status \"$church\": $(grep Kyrkans "$SCRATCH/step")"
# Paper chooses as the screen does (issue 38): the Swedish checklist gives
# the Swedish lines, and the printed list puts the reader's line first.
"$TUKI" --print-steps --lang sv >"$SCRATCH/steps.txt" 2>&1 || fail "--print-steps: status $?"
grep -q "MIELI rf:s kristelefon: 09 2525 0112$" "$SCRATCH/steps.txt" ||
	fail "the Swedish checklist does not give MIELI's Swedish line: $(grep MIELI "$SCRATCH/steps.txt")"
grep -q "Kyrkans samtalstjänst: 0400 22 11 90$" "$SCRATCH/steps.txt" ||
	fail "the Swedish checklist does not give the church's Swedish line: $(grep Kyrkans "$SCRATCH/steps.txt")"
"$TUKI" --print-helplines --lang sv >"$SCRATCH/list.txt" 2>&1 || fail "--print-helplines: status $?"
grep -A2 "^Kyrkans samtalstjänst$" "$SCRATCH/list.txt" | grep -q "Tfn 0400 22 11 90 — svenska" ||
	fail "the printed list does not put the church's Swedish line first"
# In every language the checklist's number for MIELI and the church (rows
# 2 and 4) is the one the directory's row shows that reader.
for lang in fi sv en; do
	printf '4\nq\n' | "$TUKI" --plain --lang "$lang" >"$SCRATCH/rows.$lang" 2>&1 || fail "$lang rows: status $?"
	"$TUKI" --print-steps --lang "$lang" >"$SCRATCH/steps.$lang" 2>&1 || fail "$lang steps: status $?"
	for n in 2 4; do
		# The row after the directory's count ("17 palvelua."), not the home menu's.
		line=$(awk -v n="$n" '/^[0-9]+ [^ ]+\.$/ { dir = 1 }
			dir && index($0, n ". ") == 1 { print; exit }' "$SCRATCH/rows.$lang")
		name=${line#"$n. "} name=${name%%: *}
		want=$(printf '%s' "${line#*: }" | sed 's/ (.*//' | tr -cd 0-9)
		# A long entry wraps: read the checklist as one line.
		flat=$(tr -s '\n ' '  ' <"$SCRATCH/steps.$lang")
		case $flat in *"- $name: "*) ;; *) fail "$lang: the checklist lacks $name" ;; esac
		got=$(printf '%s' "${flat#*"- $name: "}" | sed 's/[^0-9 ].*//' | tr -cd 0-9)
		[ -n "$want" ] && [ "$want" = "$got" ] ||
			fail "$lang: the checklist gives $name \"$got\", the screen's row \"$want\""
	done
done
exit 0
