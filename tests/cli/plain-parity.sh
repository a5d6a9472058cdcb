#!/bin/sh
# Plain mode does what the screen does (issue 39): the directory filters by
# the language a line answers in (l), names every filter after the count,
# names the topic as it is chosen, and reads a page at a time (n); a step's
# helplines open by their numbers; the question whether to keep marks has
# the screen's three paragraphs, the shared computer included.
. "${TUKI_SRCDIR}/tests/lib.sh"
scratch
export XDG_STATE_HOME="$SCRATCH/state" TUKI_NOW=2026-12-07T10:00

run() {         # run LANG INPUT: the transcript in $SCRATCH/out
	printf "$2" | "$TUKI" --plain --lang "$1" >"$SCRATCH/out" 2>&1 || fail "$1: status $?"
}
has() {
	grep -qF -- "$1" "$SCRATCH/out" || fail "no \"$1\": $(cat "$SCRATCH/out")"
}

# l: the reader's language, then the next; the rows answer in it.
run en '4\nl\nq\n'
grep -qE '^Showing [0-9]+ of [0-9]+: in English\.$' "$SCRATCH/out" ||
	fail "l did not filter by English: $(cat "$SCRATCH/out")"
awk '/^Showing .*in English/ { on = 1 } on && /^[0-9]+\. / && /in Finnish\)/ { bad = 1 }
	END { exit bad }' "$SCRATCH/out" || fail "the English filter lists a Finnish-only line"
run sv '4\nl\nl\nq\n'
grep -qE '^[0-9]+ av [0-9]+ visas: på svenska\.$' "$SCRATCH/out" || fail "sv: l is not Swedish first"
[ "$(grep -cE '^[0-9]+ av [0-9]+ visas: ' "$SCRATCH/out")" = 2 ] || fail "sv: a second l named nothing"

# Every filter is named, the topic by its label.
run en '4\na\no\nq\n'
has "of 17: anonymous only, open now."
run en '4\nt\nq\n'
topic=$(sed -n 's/^Showing [0-9]* of [0-9]*: \(.*\)\.$/\1/p' "$SCRATCH/out")
[ -n "$topic" ] || fail "t did not name its topic: $(cat "$SCRATCH/out")"
grep -q "\"label\": *\"$topic\"" "$TUKI_CONTENT_DIR/helplines.json" || fail "\"$topic\" is not a topic's label"

# n reads the rows after the first page; f says the other letters.
run en '4\nn\nf\nq\n'
has "n: the next 11."
grep -qE '^7\. ' "$SCRATCH/out" || fail "n did not read row 7"
has "l: the language a line answers in."

# A step's helplines open by number: the police report step's first line.
run en '3\ns\nq\n'
step=$(sed -n 's/^\([0-9]*\)\. Report the crime to the police.*/\1/p' "$SCRATCH/out")
[ -n "$step" ] || fail "no police report step: $(cat "$SCRATCH/out")"
run en "3\\ns\\n$step\\n1\\nq\\n"
has "1  Police of Finland: report a crime"
has "The number in front of a helpline: more about it."
awk '/^The number in front of a helpline/ { seen = 1 } seen && /^Police of Finland: report a crime$/ { ok = 1 }
	END { exit !ok }' "$SCRATCH/out" || fail "1 did not open the step's first helpline"

# The question whether to keep marks: the screen's paragraphs.
run en '3\ns\nm 1\nn\nq\n'
has "Keep your marks?"
has "You can delete them at any time from the About page"
has "If someone else uses this computer, you may prefer not to keep them."
exit 0
