#!/bin/sh
# Two sessions saving marks at once lose nothing: each one's mark is kept
# (the file is read again and merged under a lock before it is written;
# tests/unit/test_progress.c has two processes saving at the same time).
# A FIFO in place of the progress file is set aside instead of hanging.
. "${TUKI_SRCDIR}/tests/lib.sh"
scratch

state="$SCRATCH/state"
file="$state/tuki/progress.json"
mkdir -p "$state/tuki"
chmod 700 "$state/tuki"
printf '{"version": 1, "steps": {}}\n' >"$file"
chmod 600 "$file"

# poll_file FILE TEXT: waits up to 10 s for TEXT in FILE.
poll_file() {
	i=0
	until grep -q -- "$2" "$1" 2>/dev/null; do
		i=$((i + 1))
		[ "$i" -lt 200 ] || fail "$1 never held \"$2\": $(cat "$1" 2>/dev/null)"
		sleep 0.05
	done
}

mkfifo "$SCRATCH/a.in" "$SCRATCH/b.in"
XDG_STATE_HOME="$state" "$TUKI" --plain --lang en <"$SCRATCH/a.in" >"$SCRATCH/a.out" 2>&1 &
a=$!
XDG_STATE_HOME="$state" "$TUKI" --plain --lang en <"$SCRATCH/b.in" >"$SCRATCH/b.out" 2>&1 &
b=$!
exec 3>"$SCRATCH/a.in" 4>"$SCRATCH/b.in"
# Both have read the (empty) file and show the steps (s skips the questions).
printf '3\ns\n' >&3
printf '3\ns\n' >&4
poll_file "$SCRATCH/a.out" "Done 0,"
poll_file "$SCRATCH/b.out" "Done 0,"
printf 'm 1\n' >&3
poll_file "$file" '"do-not-pay"'
printf 'm 2\n' >&4
poll_file "$file" '"police-report"'
printf '0\nq\n' >&3
printf '0\nq\n' >&4
exec 3>&- 4>&-
wait "$a" || fail "the first session ended with $?"
wait "$b" || fail "the second session ended with $?"
grep -q '"do-not-pay"' "$file" || fail "the first session's mark was lost: $(cat "$file")"
grep -q '"police-report"' "$file" || fail "the second session's mark was lost"
[ "$(stat -c %a "$file")" = 600 ] || fail "file mode $(stat -c %a "$file")"
ls "$state/tuki" | grep -qv '^progress.json$' && fail "something else was left: $(ls "$state/tuki")"

# A FIFO under the file's name: set aside, and a fresh file is saved.
rm "$file"
mkfifo "$file"
set +e
printf '3\ns\nm 1\n0\nq\n' | XDG_STATE_HOME="$state" timeout 20 "$TUKI" --plain --lang en \
	>"$SCRATCH/out" 2>&1
status=$?
set -e
[ "$status" = 0 ] || fail "with a FIFO as the file: exit status $status"
grep -q "set the file aside" "$SCRATCH/out" || fail "no note that the file was set aside"
[ -f "$file" ] && grep -q '"do-not-pay"' "$file" || fail "the mark was not saved in a fresh file"
ls "$state/tuki" | grep -q '^progress.json.corrupt-' || fail "the FIFO was not set aside"

# The file damaged during a session (QA M3): the marks loaded at the start
# are kept with the new one, and the person is told calmly.
rm -f "$state/tuki/"*
printf '{"version":1,"steps":{"bank":{"state":"done","date":"2026-12-01"},"police-report":{"state":"done","date":"2026-12-01"},"keep-evidence":{"state":"not-applicable","date":"2026-12-01"}}}\n' >"$file"
chmod 600 "$file"
rm -f "$SCRATCH/a.in"
mkfifo "$SCRATCH/a.in"
XDG_STATE_HOME="$state" "$TUKI" --plain --lang en <"$SCRATCH/a.in" >"$SCRATCH/a.out" 2>&1 &
a=$!
exec 3>"$SCRATCH/a.in"
printf '3\ns\n' >&3
poll_file "$SCRATCH/a.out" "Done 2,"
echo 'garbage{' >"$file"
printf 'm 5\n' >&3
poll_file "$file" '"support"'
printf '0\nq\n' >&3
exec 3>&-
wait "$a" || fail "the session ended with $?"
for id in bank police-report keep-evidence support; do
	grep -q "\"$id\"" "$file" || fail "the mark $id was lost: $(cat "$file")"
done
grep -q "had been damaged, so tuki set it aside as $state/tuki/progress.json.corrupt-" "$SCRATCH/a.out" ||
	fail "the person was not told: $(tail -20 "$SCRATCH/a.out")"
grep -q "Nothing was lost." "$SCRATCH/a.out" || fail "no word that nothing was lost"
grep -q 'garbage{' "$state/tuki/progress.json.corrupt-"* || fail "the damaged file was not kept"

# With no HOME and no XDG_STATE_HOME there is nowhere to save: a mark says
# so once, instead of being dropped without a word (QA m7).
printf '3\ns\nm 1\nm 2\n0\nq\n' | env -u HOME -u XDG_STATE_HOME "$TUKI" --plain --lang en \
	>"$SCRATCH/out" 2>&1 || fail "without HOME: exit $?"
[ "$(grep -c "Your marks are kept only for this session." "$SCRATCH/out")" = 1 ] ||
	fail "not said once that marks are not kept: $(cat "$SCRATCH/out")"
grep -q "no home directory" "$SCRATCH/out" || fail "the reason is not given"
grep -q "Keep your marks" "$SCRATCH/out" && fail "asked to keep marks with nowhere to keep them"
exit 0
