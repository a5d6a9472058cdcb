#!/bin/sh
# Any terminal: the hardware cursor follows the selection (screen readers);
# NO_COLOR and --no-color leave no colour attributes while the default has
# some; TERM=vt100 and TERM=linux render the home screen and leave no page
# up after q; 30x8 and 1x1 do
# not crash and recover at 80x24; a SIGWINCH storm leaves it working.
. "${TUKI_SRCDIR}/tests/tui/lib.sh"

cursor_row() { $TMUX_CMD display -p -t 0 '#{cursor_y}'; }

start_tuki -- --lang en
wait_for "1  You are not alone"
row1=$(cursor_row)
keys Down Down
wait_for "> 3  Steps"
row3=$(cursor_row)
[ "$row3" -eq $((row1 + 2)) ] || fail "the cursor stayed at row $row3 (first item at $row1)"
$TMUX_CMD capture-pane -e -p -t 0 >"$SCRATCH/colour"
grep -q "$(printf '\033')\[[0-9;]*3[0-7]m\|$(printf '\033')\[[0-9;]*38;5" "$SCRATCH/colour" ||
	fail "no colour at all in the default palette"
keys q
wait_exit 0
$TMUX_CMD kill-server

for how in "NO_COLOR=1 --" "-- --no-color"; do
	envs=${how%%--*}; args=${how#*--}
	# shellcheck disable=SC2086
	start_tuki $envs -- --lang en $args
	wait_for "1  You are not alone"
	keys 4
	wait_for "Helplines and support ("
	$TMUX_CMD capture-pane -e -p -t 0 >"$SCRATCH/mono"
	if grep -q "$(printf '\033')\[[0-9;]*\(3[0-7]\|4[0-7]\|38;5\|48;5\)[;m]" "$SCRATCH/mono"; then
		fail "colour with $how"
	fi
	grep -q "$(printf '\033')\[[0-9;]*7m" "$SCRATCH/mono" || fail "no reverse video for the selection"
	keys q
	wait_exit 0
	$TMUX_CMD kill-server
done

for term in vt100 linux; do
	TUKI_TEST_TERM=$term start_tuki -- --lang en
	wait_for "1  You are not alone"
	wait_for "Quit"
	keys 2
	wait_for "Coping, day by day"
	wait_for "Take it one step at a time"
	keys q
	wait_exit 0
	# No alternate screen there: the page is cleared, not left up (QA m10).
	# (The title's line scrolls away as the shell writes below it; the
	# page's items in the middle of the screen would stay.)
	expect_screen_lacks "Coping, day by day"
	expect_screen_lacks "Take it one step at a time"
	expect_terminal_sane
	$TMUX_CMD kill-server
done

for size in 30x8 1x1; do
	start_tuki -s "$size" -- --lang en
	sleep 0.3
	expect_screen_lacks "TUKI-ENDED"
	$TMUX_CMD resize-window -t 0 -x 80 -y 24
	wait_for "1  You are not alone"
	keys q
	wait_exit 0
	$TMUX_CMD kill-server
done

start_tuki -- --lang en
wait_for "1  You are not alone"
pid=$(tuki_pid)
for i in $(seq 1 200); do kill -WINCH "$pid"; done
keys 2
wait_for "Coping, day by day"
keys q
wait_exit 0
