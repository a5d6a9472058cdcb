#!/bin/sh
# A kiosk whose window is smaller than 80x24 (a 1280x720 console with a
# large font is 80x22) can only be ended by the staff PIN: q, Esc Esc,
# control keys, F-keys, Alt keys and mouse sequences leave it running,
# and it still answers keys when the window grows again.
. "${TUKI_SRCDIR}/tests/tui/lib.sh"

conf="$SCRATCH/tuki.conf"
printf 'languages = fi sv en\ndefault_language = en\nidle_reset = 300\nidle_grace = 30\nstaff_pin = 2468\n' >"$conf"
chmod 600 "$conf"

start_tuki HOME="$SCRATCH/home" XDG_STATE_HOME="$SCRATCH/state" -- --kiosk --config "$conf"
wait_for "Tervetuloa"
keys 3
wait_for "1  You are not alone"
for size in 80x22 60x20 20x5; do
	$TMUX_CMD resize-window -t 0 -x "${size%x*}" -y "${size#*x}"
	sleep 0.3
	keys q
	keys Escape Escape
	keys C-c C-z C-d 'C-\' F1 F2 F10 F12 M-q M-x
	# An SGR mouse click and a legacy one, as raw bytes.
	keys -l "$(printf '\033[<0;5;5M\033[<0;5;5m\033[M !!')"
	keys q
	sleep 0.3
	expect_screen_lacks "TUKI-ENDED"
	[ ! -e "$SCRATCH/status" ] || fail "the kiosk ended at $size with status $(cat "$SCRATCH/status")"
done
$TMUX_CMD resize-window -t 0 -x 80 -y 24
wait_for "Tervetuloa"
keys 3
wait_for "1  You are not alone"
keys S
wait_for "Staff PIN"
keys 2 4 6 8 Enter
# The staff screen: ending the kiosk is its first choice.
wait_for "End the kiosk"
keys Enter
wait_exit 0
[ ! -e "$SCRATCH/state" ] && [ ! -e "$SCRATCH/home" ] || fail "the kiosk wrote files"
