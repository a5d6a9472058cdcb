#!/bin/sh
# Plain mode asks the plan's questions as the screens do: whom the plan is
# for first, then about that person ("Is the person under 18?"); Enter alone
# answers nothing the first time; asked again with c, each question names
# the answer chosen before and Enter alone keeps it; for someone else the
# reasons and the way to begin a call speak to the helper.
. "${TUKI_SRCDIR}/tests/lib.sh"
scratch
export XDG_STATE_HOME="$SCRATCH/state"

# Enter alone on the first question answers nothing.
printf '3\n\nq\n' | "$TUKI" --plain --lang en >"$SCRATCH/out" 2>&1 || fail "status $?"
grep -q "^Please type one of the numbers shown.$" "$SCRATCH/out" ||
	fail "Enter alone answered a question: $(cat "$SCRATCH/out")"

# For someone else, threatened, under 18; then c and Enter alone five times.
printf '3\n2\n1\n2\n\n1\nc\n\n\n\n\n\n2\nq\n' | "$TUKI" --plain --lang en >"$SCRATCH/out" 2>&1 ||
	fail "status $?"
grep -q "^Question 2 of 5. Is someone threatening to publish the person's data" "$SCRATCH/out" ||
	fail "question 2 does not ask about the person"
grep -q "^Question 5 of 5. Is the person under 18?$" "$SCRATCH/out" ||
	fail "question 5 does not ask about the person"
[ "$(grep -c "^because someone is threatening the person you are helping$" "$SCRATCH/out")" -ge 2 ] ||
	fail "the reasons do not speak to the helper, or c did not keep the answers: $(cat "$SCRATCH/out")"
grep -q "^2. For someone else (chosen before)$" "$SCRATCH/out" || fail "c does not name the earlier answer"
grep -q "or just Enter to keep the one chosen before" "$SCRATCH/out" || fail "c does not say Enter keeps it"
grep -q "^I want to report a crime against someone close to me\." "$SCRATCH/out" ||
	fail "the police step's call does not begin from the helper"
grep -q "^You can make the report yourself" "$SCRATCH/out" && fail "a young person's note shown to the helper"
grep -q "^because you are under 18$" "$SCRATCH/out" && fail "a reason speaks to the person, not the helper"

# In Finnish too.
printf '3\n2\n1\n2\n\n1\nq\n' | "$TUKI" --plain --lang fi >"$SCRATCH/out" 2>&1 || fail "status $?"
grep -q "^Kysymys 5/5\. " "$SCRATCH/out" || fail "fi: no question 5: $(cat "$SCRATCH/out")"
exit 0
