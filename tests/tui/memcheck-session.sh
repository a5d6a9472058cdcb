#!/bin/sh
# valgrind memcheck on a scripted curses session: reading, the step
# tracker, the directory with filters and search, language switching and
# quit.  No errors, nothing definitely or indirectly lost.
. "${TUKI_SRCDIR}/tests/tui/lib.sh"
need valgrind

TUKI_REAL=$TUKI
TUKI="$(command -v valgrind)"
start_tuki XDG_STATE_HOME="$SCRATCH/state" -- --quiet --leak-check=full \
	--show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect \
	--log-file="$SCRATCH/vg" "$TUKI_REAL" --lang en
TUKI=$TUKI_REAL
wait_for "1  You are not alone" 60
keys 1 Enter
wait_for "Back" 30
keys End Left Left 3 End Enter Space
wait_for "Keep your marks?" 30
keys y
wait_for "1 of " 30
keys Enter
wait_for "Why it matters" 30
keys Left Left 4 a
wait_for "Showing: anonymous only" 30
keys / M I E L I Enter c L 1
wait_for "Auttavat puhelimet ja tuki" 30
keys q
wait_exit 0
if [ -s "$SCRATCH/vg" ]; then
	cat "$SCRATCH/vg" >&2
	fail "valgrind reported problems"
fi
