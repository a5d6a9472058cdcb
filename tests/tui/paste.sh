#!/bin/sh
# A huge paste (100 000 characters into the search) does not hold tuki:
# the screen is drawn once the keys are read, not after every one, so the
# quick exit behind the paste comes at once and the kiosk starts over in
# time (QA m10: about 10 s of CPU before).  The search keeps its limit and
# the screen shows the result.
. "${TUKI_SRCDIR}/tests/tui/lib.sh"

python3 -c "print('a' * 100000, end='')" >"$SCRATCH/paste" 2>/dev/null ||
	awk 'BEGIN { for (i = 0; i < 100000; i++) printf "a" }' >"$SCRATCH/paste"

# paste_and_time: pastes the file, then Esc Esc; prints how many seconds
# passed until TEXT showed.
paste_then() {
	$TMUX_CMD load-buffer "$SCRATCH/paste"
	$TMUX_CMD paste-buffer -t 0
	wait_for "search: aaaa" 10
}

start_tuki -- --lang en
wait_for "1  You are not alone"
keys 4
wait_for "Helplines and support ("
keys /
wait_for "Search:"
start=$(date +%s)
paste_then
keys Escape Escape
wait_exit 0
took=$(( $(date +%s) - start ))
[ "$took" -le 5 ] || fail "the paste held tuki for ${took}s"
$TMUX_CMD kill-server

conf="$SCRATCH/tuki.conf"
printf 'languages = fi sv en\ndefault_language = en\nstaff_pin = 2497\n' >"$conf"
chmod 600 "$conf"
start_tuki -- --kiosk --config "$conf"
wait_for "Tervetuloa"
keys 3 4
wait_for "Helplines and support ("
keys /
wait_for "Search:"
start=$(date +%s)
paste_then
keys Escape Escape
wait_for "Tervetuloa" 5
took=$(( $(date +%s) - start ))
[ "$took" -le 5 ] || fail "the paste held the kiosk for ${took}s"
keys S
wait_for "Staff PIN"
keys 2 4 9 7 Enter
# The staff screen: ending the kiosk is its first choice.
wait_for "End the kiosk"
keys Enter
wait_exit 0
