#!/bin/sh
# A prompt or search gets every key first: a single Esc cancels the
# directory search, the print question and its file name, the plan's
# questions (as "skip"), the keep-marks and delete-marks questions, the
# language chooser and the kiosk's staff PIN, and nothing else happens.  Esc Esc
# from inside each still leaves at once: exit 0 with nothing of tuki left
# on screen (the kiosk starts over at the welcome screen instead).
. "${TUKI_SRCDIR}/tests/tui/lib.sh"

state="$SCRATCH/state"

# quit_from_inside: the second Esc is the quick exit; the screen is wiped.
quit_from_inside() {
	keys Escape Escape
	wait_exit 0
	expect_screen_lacks "$1"
	expect_terminal_sane
	$TMUX_CMD kill-server
}

# ---- the directory's search ----
start_tuki XDG_STATE_HOME="$state" -- --lang en
wait_for "1  You are not alone"
# The ? screen lists Esc from the one key table.
keys '?'
wait_for "Esc: cancel a prompt or a search"
keys Left
wait_for "1  You are not alone"
keys 4
wait_for "Helplines and support"
keys / z z z
wait_for "Search:"
keys Escape
wait_gone "Search:"
expect_screen_lacks "search: zzz"
# The next letters are keys again, not search text: a filters anonymous.
keys a
wait_for "anonymous only"
expect_screen_lacks "search: zzza"
keys c /
wait_for "Search:"
keys x
quit_from_inside "Helplines and support"

# ---- the print file name ----
start_tuki XDG_STATE_HOME="$state" HOME="$SCRATCH" -- --lang en
wait_for "1  You are not alone"
keys 4 p
wait_for "Print it, or save it as a file?"
# Esc cancels "Print it, or save it as a file?" too: back to the list, nothing saved.
keys Escape
wait_gone "Print it, or save it as a file?"
wait_for "Helplines and support"
expect_screen_lacks "TUKI-ENDED"
keys p
wait_for "Print it, or save it as a file?"
keys Down Enter
wait_for "Type a file name"
keys a b c
wait_for "abc"
keys Escape
wait_for "Print it, or save it as a file?"
expect_screen_lacks "Type a file name"
expect_screen_lacks "TUKI-ENDED"
keys Enter
wait_for "Type a file name"
keys d
quit_from_inside "Type a file name"
[ ! -e "$SCRATCH/abc" ] && [ ! -e "$SCRATCH/abcd" ] && [ ! -e "$SCRATCH/d" ] ||
	fail "a cancelled file name was saved"

# ---- the plan's questions ----
start_tuki XDG_STATE_HOME="$state" -- --lang en
wait_for "1  You are not alone"
keys 3
wait_for "A plan for your situation"
keys Down
keys Escape
wait_for "Start with the first step"
expect_screen_lacks "For your situation"
expect_screen_lacks "A plan for your situation"
keys c
wait_for "A plan for your situation"
quit_from_inside "A plan for your situation"

# ---- keep your marks? ----
start_tuki XDG_STATE_HOME="$state" -- --lang en
wait_for "1  You are not alone"
keys 3
wait_for "A plan for your situation"
keys Escape
wait_for "Start with the first step"
keys Space
wait_for "Keep your marks?"
keys Escape
wait_gone "Keep your marks?"
wait_for "Steps to protect yourself"
expect_screen_lacks "TUKI-ENDED"
keys j Space
wait_for "Keep your marks?"
quit_from_inside "Keep your marks?"
[ ! -e "$state/tuki/progress.json" ] || fail "Esc at the question saved the marks"

# ---- delete your saved marks? ----
mkdir -p "$state/tuki"
chmod 700 "$state/tuki"
printf '{"version": 1, "steps": {}}\n' >"$state/tuki/progress.json"
chmod 600 "$state/tuki/progress.json"
start_tuki XDG_STATE_HOME="$state" -- --lang en
wait_for "1  You are not alone"
keys 5
wait_for "Delete my saved marks"
keys End Enter
wait_for "Delete your saved marks?"
keys Escape
wait_gone "Delete your saved marks?"
wait_for "Delete my saved marks"
[ -e "$state/tuki/progress.json" ] || fail "Esc at the question deleted the marks"
keys Enter
wait_for "Delete your saved marks?"
quit_from_inside "Delete your saved marks?"
[ -e "$state/tuki/progress.json" ] || fail "Esc Esc at the question deleted the marks"

# ---- the language chooser ----
start_tuki XDG_STATE_HOME="$state" -- --lang sv
wait_for "1  Du är inte ensam"
keys 2 L
wait_for "Choose a language"
keys Down
keys Escape
wait_gone "Choose a language"
# Back where it was opened, and the language stays as it was.
wait_for "Att klara sig en dag i taget"
keys L
wait_for "Choose a language"
quit_from_inside "Choose a language"

# ---- the kiosk's staff PIN ----
conf="$SCRATCH/tuki.conf"
printf 'languages = fi sv en\ndefault_language = en\nstaff_pin = 2497\n' >"$conf"
chmod 600 "$conf"
start_tuki HOME="$SCRATCH/home" XDG_STATE_HOME="$SCRATCH/kstate" -- --kiosk --config "$conf"
wait_for "Tervetuloa"
keys 3
wait_for "1  You are not alone"
# The kiosk's bar and ? screen come from the same table, in kiosk words.
wait_for "q Start over"
expect_screen_lacks "Quit"
keys '?'
wait_for "q: start over"
expect_screen_lacks "F9"
keys Left
wait_for "1  You are not alone"
keys S
wait_for "Staff PIN"
keys 1 2
wait_for "**"
keys Escape
wait_gone "Staff PIN"
wait_for "1  You are not alone"
# The digits typed before Esc are gone: a new prompt starts empty.
keys S
wait_for "Staff PIN"
expect_screen_lacks "*"
keys 3
wait_for "*"
expect_screen_lacks "**"
# Esc Esc from inside the PIN: the kiosk starts over, it never ends.
keys Escape Escape
wait_for "Tervetuloa"
expect_screen_lacks "Staff PIN"
expect_screen_lacks "TUKI-ENDED"
[ ! -e "$SCRATCH/kstate" ] || fail "the kiosk wrote to disk"
