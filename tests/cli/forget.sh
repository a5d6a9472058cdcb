#!/bin/sh
# --forget deletes the saved marks, every moved-aside copy, stale temp
# files and the directory if empty; with nothing saved it says so calmly.
. "${TUKI_SRCDIR}/tests/lib.sh"
scratch

dir="$SCRATCH/state/tuki"
mkdir -p "$dir"
printf '{}' >"$dir/progress.json"
printf 'x' >"$dir/progress.json.corrupt-20260101T000000Z"
printf 'x' >"$dir/progress.json.tmp-abc123"
XDG_STATE_HOME="$SCRATCH/state" "$TUKI" --forget --lang en >"$SCRATCH/out" 2>&1 || fail "status $?"
grep -q "deleted" "$SCRATCH/out" || fail "no confirmation: $(cat "$SCRATCH/out")"
[ ! -e "$dir" ] || fail "left behind: $(ls -a "$dir")"
XDG_STATE_HOME="$SCRATCH/state" "$TUKI" --forget --lang en >"$SCRATCH/out" 2>&1 || fail "status $?"
grep -q "no saved marks" "$SCRATCH/out" || fail "$(cat "$SCRATCH/out")"
# Other files in the directory are not touched.
mkdir -p "$dir"
printf 'mine' >"$dir/notes"
printf '{}' >"$dir/progress.json"
XDG_STATE_HOME="$SCRATCH/state" "$TUKI" --forget >/dev/null 2>&1 || fail "status $?"
[ -f "$dir/notes" ] && [ ! -e "$dir/progress.json" ] || fail "wrong files removed"
