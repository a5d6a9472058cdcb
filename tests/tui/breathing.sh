#!/bin/sh
# The breathing pause runs from the coping section: rounds, the words and
# a countdown; s switches to the still form (no bar, no countdown, the
# length in words, the screen changing only when the breath does); any
# other key ends it and goes back; left alone it ends by itself.
#
# No wall-clock windows: the test samples the screen until it has seen
# what it asserts, and checks each sample.  The timers run twice as fast
# (TUKI_TIME_SCALE), so a count lasts half a second and the whole pause
# 35 s; samples come in quick batches of ten, looked at afterwards, so a
# busy machine still takes several within one count.
. "${TUKI_SRCDIR}/tests/tui/lib.sh"

# sample: ten captures with attributes (so the reverse-video bar counts),
# then for each "<whole screen> <its text> <round and words>" hashes
# appended to shots, and the still form's checks when $still is set.
sample() {
	for i in 0 1 2 3 4 5 6 7 8 9; do
		$TMUX_CMD capture-pane -p -e -t 0 >"$SCRATCH/shot.$i"
	done
	for i in 0 1 2 3 4 5 6 7 8 9; do
		sed 's/\x1b\[[0-9;]*m//g' "$SCRATCH/shot.$i" >"$SCRATCH/text"
		if grep -q "TUKI-ENDED\|Well done" "$SCRATCH/text"; then fail "the pause ended while sampled"; fi
		[ -z "${still:-}" ] || check_still
		printf '%s %s %s\n' "$(md5sum <"$SCRATCH/shot.$i" | cut -c1-32)" \
			"$(md5sum <"$SCRATCH/text" | cut -c1-32)" \
			"$(grep -E 'Round|Breathe|Hold' "$SCRATCH/text" | md5sum | cut -c1-32)" >>"$SCRATCH/shots"
	done
}

# count FIELD: how many different values of that field the shots hold.
count() {
	cut -d' ' -f"$1" "$SCRATCH/shots" | sort -u | wc -l
}

# sample_until TEST: samples until the shell function TEST holds.
sample_until() {
	: >"$SCRATCH/shots"
	deadline=$(( $(date +%s) + 25 ))
	while ! "$1"; do
		[ "$(date +%s)" -lt "$deadline" ] || { screen >&2; fail "$1: not seen in 25 s"; }
		sample
	done
}

# The still form, in every sample: the length in words, no countdown.
check_still() {
	grep -Eq "(four|six) seconds\." "$SCRATCH/text" || { cat "$SCRATCH/text" >&2; fail "no length in words"; }
	# (the moving form keeps "… 3" together with a no-break space)
	if grep -q "…[  ][0-9]" "$SCRATCH/text"; then cat "$SCRATCH/text" >&2; fail "the still form counts down"; fi
	if grep -q "Hold your breath gently, four seconds\." "$SCRATCH/text"; then : >"$SCRATCH/held"; fi
}

start_tuki TUKI_TIME_SCALE=2 -- --lang en
wait_for "1  You are not alone"
keys 2
wait_for "Start a guided breathing pause"
keys End Enter
wait_for "Round 1 of 5"
wait_for "Breathe in"
wait_for "s: show only the text"
# The moving form counts down, and the bar grows between one count and
# the next: some count shows with more than one bar.
bar_moves() {
	[ "$(count 3)" -ge 3 ] && [ "$(count 1)" -gt "$(count 3)" ]
}
sample_until bar_moves

keys s
wait_for "seconds."
wait_for "s: show the moving bar"
# The still form changes with the breath and only then: over three breaths,
# holding among them, one screen for each breath, with no bar.
three_breaths() {
	[ "$(count 3)" -ge 4 ] && [ -e "$SCRATCH/held" ]
}
still=1
sample_until three_breaths
still=
[ "$(count 1)" = "$(count 3)" ] || fail "the still form showed $(count 1) screens for $(count 3) breaths"

keys s
wait_for "s: show only the text"
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
