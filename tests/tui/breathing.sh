#!/bin/sh
# The breathing pause runs from the coping section: rounds, the words and
# a countdown; s switches to the still form (no bar, no countdown, the
# length in words, the screen changing only when the breath does); any
# other key ends it and goes back.
. "${TUKI_SRCDIR}/tests/tui/lib.sh"

# distinct_screens SECONDS: how many different screens (with attributes, so
# the reverse-video bar counts) showed in that time.
distinct_screens() {
	i=0
	: >"$SCRATCH/shots"
	while [ "$i" -lt $(( $1 * 5 )) ]; do
		$TMUX_CMD capture-pane -p -e -N -t 0 | md5sum >>"$SCRATCH/shots"
		sleep 0.2
		i=$((i + 1))
	done
	sort -u "$SCRATCH/shots" | wc -l
}

start_tuki -- --lang en
wait_for "1  You are not alone"
keys 2
wait_for "Start a guided breathing pause"
keys End Enter
wait_for "Round 1 of 5"
wait_for "Breathe in"
wait_for "s: show only the text"
moving=$(distinct_screens 2)
[ "$moving" -ge 4 ] || fail "the moving form changed only $moving times in 2 s"

keys s
wait_for "seconds."
wait_for "s: show the moving bar"
# The still form changes with the breath (every 4 or 6 s), never each second.
still=$(distinct_screens 3)
[ "$still" -le 2 ] || fail "the still form changed $still times in 3 s"
screen | grep -Eq "(four|six) seconds\." || { screen >&2; fail "no length in words"; }
# (the moving form keeps "… 3" together with a no-break space)
if screen | grep -q "…[  ][0-9]"; then fail "the still form counts down"; fi
wait_for "Hold your breath gently, four seconds." 8

keys s
wait_for "s: show only the text"
keys x
wait_for "Start a guided breathing pause"
keys q
wait_exit 0
