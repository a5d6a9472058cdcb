#!/bin/sh
# Printing from a filtered directory asks what the list should hold: the
# whole list first (Enter gives the full take-home list), "only what is
# shown" second; a printout of what is shown names every filter it applies
# (anonymous only, open now, the language, the search).
. "${TUKI_SRCDIR}/tests/tui/lib.sh"
export XDG_STATE_HOME="$SCRATCH/state"

# save_as NAME: from the print question's "where", a text file named NAME.
save_as() {
	wait_for "Print it, or save it as a file?"
	keys Down Enter
	wait_for "Type a file name"
	keys -l "$SCRATCH/$1"
	keys Enter
	wait_for "Saved."
	keys Left
}

start_tuki -s 80x30 TUKI_NOW=2026-12-07T10:00 -- --lang en
wait_for "1  You are not alone"
keys 4
wait_for "Helplines and support"
keys o
wait_for "open now"
keys p
wait_for "What should the list hold?"
screen | grep -q "> The whole list (" || fail "the whole list is not the first answer: $(screen)"
wait_for "Only what is shown ("
keys Enter
save_as whole.txt
grep -q "This list shows" "$SCRATCH/whole.txt" && fail "the whole list names a filter"
total=$(grep -c "^[^ ].*" "$SCRATCH/whole.txt")

# Only what is shown, with every kind of filter.
keys a l / m i e l i Enter
wait_for "search: mieli"
keys p
wait_for "What should the list hold?"
keys Down Enter
save_as shown.txt
grep -q "anonymous only" "$SCRATCH/shown.txt" || fail "the printout does not name 'anonymous only': $(head -12 "$SCRATCH/shown.txt")"
grep -q "open now" "$SCRATCH/shown.txt" || fail "the printout does not name 'open now'"
grep -q "in English" "$SCRATCH/shown.txt" || fail "the printout does not name the language"
grep -q "search: mieli" "$SCRATCH/shown.txt" || fail "the printout does not name the search"
[ "$(grep -c "^[^ ].*" "$SCRATCH/shown.txt")" -lt "$total" ] || fail "only what is shown printed as much as the whole list"
keys q
wait_exit 0
