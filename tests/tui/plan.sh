#!/bin/sh
# The plan's optional questions: "yes" to a threat brings the police report
# and "do not pay" to the top with the reason; skip gives the standard
# order; c changes the answers; nothing of them survives a restart.
. "${TUKI_SRCDIR}/tests/tui/lib.sh"

state="$SCRATCH/state"
start_tuki -s 80x30 XDG_STATE_HOME="$state" -- --lang en
wait_for "1  You are not alone"
keys 3
wait_for "Question 1 of 5"
wait_for "are not saved"
# 1 yes; 2 no; 3 nothing chosen, go on; 4 no; 5 no.
keys Enter
wait_for "Question 2 of 5"
keys Down Enter
wait_for "Question 3 of 5"
keys Enter
wait_for "Question 4 of 5"
keys Down Enter
wait_for "Question 5 of 5"
keys Down Enter
wait_for "For your situation"
screen | grep -A1 "For your situation" | tail -1 | grep -q "> \[ \] Do not pay and do not reply" ||
	fail "do not pay is not first: $(screen)"
screen | sed -n '/For your situation/,/Other steps/p' | grep -q "Report the crime to the police.*(do first)" ||
	fail "the police report is not among the steps for this situation: $(screen)"
wait_for "because someone is threatening you"
wait_for "Other steps"
# The bank step is among the others, and not called urgent there.
screen | grep -q "Contact your bank.*(do first)" && fail "an other step is called urgent"

# c: change the answers; skip brings back the standard order.
keys c
wait_for "Question 1 of 5"
keys End Enter
wait_for "Start with the first step at the top"
expect_screen_lacks "For your situation"
expect_screen_lacks "because someone"
keys Left
wait_for "1  You are not alone"
# Once per session: the steps open at once now.
keys 3
wait_for "Start with the first step at the top"
expect_screen_lacks "Question 1 of 5"

# Leaked passwords (question 3, several answers): the password step first.
keys c
wait_for "Question 1 of 5"
keys Down Enter Down Enter
wait_for "Question 3 of 5"
keys Down Down Space
wait_for "[x] Passwords"
keys Enter Down Enter Down Enter
wait_for "For your situation"
screen | grep -A1 "For your situation" | tail -1 | grep -q "Change your passwords" ||
	fail "the password step is not first: $(screen)"
wait_for "because your passwords may have leaked"
keys q
wait_exit 0

# The answers are gone after a restart, and nothing was written.
[ -e "$state" ] && fail "answering wrote to $state: $(find "$state")"
start_tuki -s 80x30 XDG_STATE_HOME="$state" -- --lang en
wait_for "1  You are not alone"
keys 3
wait_for "Question 1 of 5"
keys End Enter
wait_for "Start with the first step at the top"
keys q
wait_exit 0

# On the smallest window the questions still say that nothing is kept.
start_tuki -s 40x12 XDG_STATE_HOME="$state" -- --lang sv
wait_for "1  Du är inte ensam"
keys 3
wait_for "Fråga 1 av 5"
wait_for "Svaren sparas inte."
keys q
wait_exit 0
