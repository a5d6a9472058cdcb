#!/bin/sh
# valgrind memcheck over every screen that keeps its own state (ui/app.h:
# struct screen's state_size): each view's state is freed when it closes,
# when the kiosk starts over and when tuki ends.  A section, the breathing
# pause, the plan's questions (from home and from the steps), the print
# prompt, the delete question, the directory's search and its print
# question, then a kiosk: the PIN prompt closed with digits typed, a
# visitor's screens wiped by q, and the staff screen ending it.
# Under valgrind; in a sanitizer build (which valgrind cannot run),
# LeakSanitizer's exit status at the end says the same.
. "${TUKI_SRCDIR}/tests/tui/lib.sh"

TUKI_REAL=$TUKI
if grep -qa libasan "$TUKI_REAL"; then
	vg_run() { TUKI=$TUKI_REAL; pre=""; }
	vg_clean() { :; }
else
	need valgrind
	# vg_run LOG: start_tuki ... -- $pre runs tuki under valgrind, logging to LOG.
	vg_run() {
		TUKI="$(command -v valgrind)"
		pre="--quiet --leak-check=full --show-leak-kinds=definite,indirect
--errors-for-leak-kinds=definite,indirect --log-file=$1 $TUKI_REAL"
	}
	# vg_clean LOG: valgrind said nothing.
	vg_clean() {
		if [ -s "$1" ]; then
			cat "$1" >&2
			fail "valgrind reported problems"
		fi
	}
fi

vg_run "$SCRATCH/vg"
start_tuki XDG_STATE_HOME="$SCRATCH/state" -- $pre --lang en
wait_for "1  You are not alone" 60
keys 2 End Enter
wait_for "A breathing pause" 30
keys Left Left 3
wait_for "Question 1 of" 30
keys Escape
wait_for "Steps to protect yourself" 30
keys p
wait_for "Print it, or save it as a file?" 30
keys Left c
wait_for "Question 1 of" 30
keys Escape
wait_for "Steps to protect yourself" 30
keys Left 5 End Enter
wait_for "Delete your saved marks?" 30
keys n Left 4 / M Enter p
wait_for "What should the list hold?" 30
keys q
wait_exit 0
vg_clean "$SCRATCH/vg"
$TMUX_CMD kill-server 2>/dev/null || :

conf="$SCRATCH/tuki.conf"
printf 'languages = fi sv en\ndefault_language = en\nidle_reset = 300\nidle_grace = 30\nstaff_pin = 2497\n' >"$conf"
chmod 600 "$conf"
vg_run "$SCRATCH/vg-kiosk"
start_tuki -- $pre --kiosk --config "$conf"
wait_for "Tervetuloa" 60
keys S
wait_for "Staff PIN" 30
keys 1 2 Escape
wait_for "Tervetuloa" 30
keys 3
wait_for "1  You are not alone" 30
keys 2 End Enter
wait_for "A breathing pause" 30
keys q
wait_for "Tervetuloa" 30
keys S
wait_for "Staff PIN" 30
keys 2 4 9 7 Enter
wait_for "End the kiosk" 30
keys 1
wait_exit 0
vg_clean "$SCRATCH/vg-kiosk"
