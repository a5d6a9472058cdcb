#!/bin/sh
# The breathing pause runs from the coping section: rounds, the words and
# a countdown; s switches to the still form (no bar, no countdown, the
# length in words, the screen changing only when the breath does); any
# other key ends it and goes back; left alone it ends by itself.
#
# No wall-clock windows: the test samples the screen until it has seen
# what it asserts, and checks each sample.  The timers run four times fast
# (TUKI_TIME_SCALE), so a breath of 4 s takes one.
. "${TUKI_SRCDIR}/tests/tui/lib.sh"

# sample: one capture with attributes (so the reverse-video bar counts);
# appends "<whole screen> <its text> <round and words>" hashes to shots.
sample() {
	$TMUX_CMD capture-pane -p -e -t 0 >"$SCRATCH/shot"
	sed 's/\x1b\[[0-9;]*m//g' "$SCRATCH/shot" >"$SCRATCH/text"
	printf '%s %s %s\n' "$(md5sum <"$SCRATCH/shot" | cut -c1-32)" \
		"$(md5sum <"$SCRATCH/text" | cut -c1-32)" \
		"$(grep -E 'Round|Breathe|Hold' "$SCRATCH/text" | md5sum | cut -c1-32)" >>"$SCRATCH/shots"
}

# count FIELD: how many different values of that field the shots hold.
count() {
	cut -d' ' -f"$1" "$SCRATCH/shots" | sort -u | wc -l
}

# sample_until TEST: samples until the shell function TEST holds.
sample_until() {
	: >"$SCRATCH/shots"
	deadline=$(( $(date +%s) + 30 ))
	while ! "$1"; do
		[ "$(date +%s)" -lt "$deadline" ] || { screen >&2; fail "$1: not seen in 30 s"; }
		sample
		if grep -q "TUKI-ENDED\|Well done" "$SCRATCH/text"; then fail "the pause ended while sampled"; fi
		[ -z "${still:-}" ] || check_still
		sleep 0.02
	done
}

# The still form, in every sample: the length in words, no countdown.
check_still() {
	grep -Eq "(four|six) seconds\." "$SCRATCH/text" || { cat "$SCRATCH/text" >&2; fail "no length in words"; }
	# (the moving form keeps "… 3" together with a no-break space)
	if grep -q "…[  ][0-9]" "$SCRATCH/text"; then cat "$SCRATCH/text" >&2; fail "the still form counts down"; fi
}

start_tuki TUKI_TIME_SCALE=4 -- --lang en
wait_for "1  You are not alone"
keys 2
wait_for "Start a guided breathing pause"
keys End Enter
wait_for "Round 1 of 5"
wait_for "Breathe in"
wait_for "s: a still picture"
# The moving form counts down, and the bar grows between one count and
# the next: some count shows with more than one bar.
bar_moves() {
	[ "$(count 3)" -ge 3 ] && [ "$(count 1)" -gt "$(count 3)" ]
}
sample_until bar_moves

keys s
wait_for "seconds."
wait_for "s: the moving bar"
# The still form changes with the breath and only then: over three breaths,
# one screen for each breath, with no bar.
three_breaths() {
	[ "$(count 3)" -ge 4 ]
}
still=1
sample_until three_breaths
still=
[ "$(count 1)" = "$(count 3)" ] || fail "the still form showed $(count 1) screens for $(count 3) breaths"
wait_for "Hold your breath gently, four seconds." 30

keys s
wait_for "s: a still picture"
keys x
wait_for "Start a guided breathing pause"
keys q
wait_exit 0
$TMUX_CMD kill-server

# Left alone, it ends by itself after five rounds (70 s; 1.4 s at fifty
# times) and says so; any key then goes back.
start_tuki TUKI_TIME_SCALE=50 -- --lang en
wait_for "1  You are not alone"
keys 2
wait_for "Start a guided breathing pause"
keys End Enter
wait_for "Well done. Notice how you feel now." 30
keys x
wait_for "Start a guided breathing pause"
keys q
wait_exit 0
