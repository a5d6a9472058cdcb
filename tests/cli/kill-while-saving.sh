#!/bin/sh
# Progress is written atomically: killing tuki with SIGKILL again and again
# while it saves leaves progress.json either the old or the new version,
# always whole, and never a temp file that a later run trips over.
. "${TUKI_SRCDIR}/tests/lib.sh"
scratch

state="$SCRATCH/state"
# Plain mode: 3 opens the steps, m 1 marks, y keeps marks, then steps 1 and 2
# marked many times.
{
	printf '3\ns\nm 1\ny\n'
	for i in $(seq 1 400); do printf 'm 1\nm 2\n'; done
	printf 'q\n'
} >"$SCRATCH/input"
for round in $(seq 1 25); do
	XDG_STATE_HOME="$state" "$TUKI" --plain --lang en <"$SCRATCH/input" >/dev/null 2>&1 &
	pid=$!
	# Let it run for a random moment, then kill it hard.
	sleep "0.0$(( (round * 37) % 9 + 1 ))"
	kill -9 "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
	# tuki's own strict loader is the judge: a partial file would be set aside.
	if [ -e "$state/tuki/progress.json" ]; then
		XDG_STATE_HOME="$state" "$TUKI" --print-steps --lang en >/dev/null 2>&1 || fail "print-steps"
		if ls "$state/tuki" | grep -q corrupt; then
			fail "round $round: progress.json was not whole"
		fi
	fi
done
[ -e "$state/tuki/progress.json" ] || fail "nothing was ever saved"
