#!/bin/sh
# The plan's optional questions: "for yourself or for someone else?" first;
# "yes" to a threat brings "do not pay" and the police report to the top
# with the reason; skip gives the standard order; c changes the answers,
# starting on those chosen before; Enter alone never answers "Yes", so a
# hurried adult never gets a minor's advice; for someone else the questions
# ask about that person and the reasons speak to the helper; nothing of
# them survives a restart.
. "${TUKI_SRCDIR}/tests/tui/lib.sh"

state="$SCRATCH/state"
start_tuki -s 80x30 XDG_STATE_HOME="$state" -- --lang en
wait_for "1  You are not alone"
keys 3
wait_for "Question 1 of 5"
wait_for "are not saved"
wait_for "for yourself or for someone else?"
# 1 for myself; 2 yes (the cursor starts on "I am not sure"); 3 no; 4
# nothing chosen, go on; 5 no.
screen | grep -q "> For myself" || fail "question 1 does not start on \"For myself\": $(screen)"
keys Enter
wait_for "Question 2 of 5"
screen | grep -q "> I am not sure" || fail "question 2 does not start on \"I am not sure\": $(screen)"
keys Home Enter
wait_for "Question 3 of 5"
keys Up Enter
wait_for "Question 4 of 5"
keys Enter
wait_for "Question 5 of 5"
wait_for "Are you under 18?"
keys Up Enter
wait_for "For your situation"
screen | grep -A1 "For your situation" | tail -1 | grep -q "> \[ \] Do not pay and do not reply" ||
	fail "do not pay is not first: $(screen)"
screen | sed -n '/For your situation/,/Other steps/p' | grep -q "Report the crime to the police.*(do first)" ||
	fail "the police report is not among the steps for this situation: $(screen)"
wait_for "because someone is threatening you"
wait_for "Other steps"
# The bank step is among the others, and not called urgent there.
screen | grep -q "Contact your bank.*(do first)" && fail "an other step is called urgent"

# c: the questions again, each on the answer chosen before.
keys c
wait_for "Question 1 of 5"
keys Enter
wait_for "Question 2 of 5"
screen | grep -q "> Yes" || fail "c did not return to the earlier answer: $(screen)"
keys Left
wait_for "Question 1 of 5"
# Skip brings back the standard order.
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

# Leaked passwords (question 4, several answers): the password step first.
keys c
wait_for "Question 1 of 5"
keys Enter
wait_for "Question 2 of 5"
keys Up Enter
wait_for "Question 3 of 5"
keys Up Enter
wait_for "Question 4 of 5"
keys Down Down Space
wait_for "[x] Passwords"
keys Enter
wait_for "Question 5 of 5"
keys Up Enter
wait_for "For your situation"
screen | grep -A1 "For your situation" | tail -1 | grep -q "Change your passwords" ||
	fail "the password step is not first: $(screen)"
wait_for "because your passwords may have leaked"

# For someone else: the questions ask about that person, and the reasons
# and the way to begin a call speak to the helper.
keys c
wait_for "Question 1 of 5"
keys Down Enter
wait_for "threatening to publish the person's data"
keys Home Enter Enter Enter
wait_for "Is the person under 18?"
keys Home Enter
wait_for "For your situation"
wait_for "because someone is threatening the person you are helping"
keys Down Enter
wait_for "Why it matters"
wait_for "Anyone who knows of a crime"
expect_screen_lacks "You can make the report yourself"
keys End
wait_for "I want to report a crime against someone close to me."
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

# Enter alone through every question: nothing a hurried adult did not say.
start_tuki -s 80x30 XDG_STATE_HOME="$state" -- --lang en
wait_for "1  You are not alone"
keys 3
wait_for "Question 1 of 5"
keys Enter Enter Enter Enter
wait_for "Question 5 of 5"
screen | grep -q "> I would rather not say" || fail "question 5 does not start on a neutral answer: $(screen)"
keys Enter
wait_for "For your situation"
expect_screen_lacks "under 18"
keys Enter
wait_for "Why it matters"
expect_screen_lacks "parent"
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
