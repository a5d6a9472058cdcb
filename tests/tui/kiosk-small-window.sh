#!/bin/sh
# The kiosk can only be ended by the staff PIN, whatever the window size
# and whatever a visitor types: at 80x24, 80x22 (a 1280x720 console with
# a large font), 60x20 and 20x5, q, Esc Esc, Ctrl-C/Z/\/D, F-keys, Alt
# keys and mouse sequences leave it running, and after each barrage it
# still answers keys: the welcome screen comes back and opens the home
# screen.  Nothing is ever written.
. "${TUKI_SRCDIR}/tests/tui/lib.sh"

conf="$SCRATCH/tuki.conf"
printf 'languages = fi sv en\ndefault_language = en\nidle_reset = 300\nidle_grace = 30\nstaff_pin = 2497\n' >"$conf"
chmod 600 "$conf"

# still_running SIZE: the kiosk has not ended.
still_running() {
	expect_screen_lacks "TUKI-ENDED"
	[ ! -e "$SCRATCH/status" ] || fail "the kiosk ended at $1 with status $(cat "$SCRATCH/status")"
}

start_tuki HOME="$SCRATCH/home" XDG_STATE_HOME="$SCRATCH/state" -- --kiosk --config "$conf"
wait_for "Tervetuloa"
# answers_keys: 3 at the welcome screen opens the home screen.  The pane
# may show the welcome screen before tuki has seen the last resize, and a
# key that arrives while tuki still sees a small window is rightly
# ignored there, so the key is sent again (once) if nothing happened.
answers_keys() {
	keys 3
	if ! ( wait_for "1  You are not alone" 3 ) 2>/dev/null; then
		keys 3
		wait_for "1  You are not alone"
	fi
}

answers_keys
for size in 80x24 80x22 60x20 20x5; do
	$TMUX_CMD resize-window -t 0 -x "${size%x*}" -y "${size#*x}"
	# Let tuki see the new size before the barrage: at 60x20 the home
	# screen's first paragraph wraps after "arrow", and at 20x5 only how
	# to get help now fits.  (At 80x22 it draws the same rows, higher up,
	# with nothing to wait for: the barrage may then meet the old size.)
	case $size in
	60x20) wait_for "keys and Enter, or press a number." ;;
	20x5) wait_for "Emergency number 112" ;;
	esac
	keys q
	keys Escape Escape
	keys C-c C-z C-d 'C-\' C-s C-q F1 F2 F9 F10 F11 F12 M-q M-x M-S M-h
	# An SGR mouse click and a legacy one, as raw bytes.
	keys -l "$(printf '\033[<0;5;5M\033[<0;5;5m\033[M !!')"
	keys q
	keys Escape Escape
	still_running "$size"
	# Back to full size, it answers keys: Esc Esc starts over at the
	# welcome screen, and a language opens the home screen.
	$TMUX_CMD resize-window -t 0 -x 80 -y 24
	keys Escape Escape
	wait_for "Tervetuloa"
	still_running "$size"
	answers_keys
done
keys S
wait_for "Staff PIN"
keys 2 4 9 7 Enter
# The staff screen: ending the kiosk is its first choice.
wait_for "End the kiosk"
keys Enter
wait_exit 0
[ ! -e "$SCRATCH/state" ] && [ ! -e "$SCRATCH/home" ] || fail "the kiosk wrote files"
