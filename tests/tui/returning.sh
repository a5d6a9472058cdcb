#!/bin/sh
# A returning person is told on the home screen, in one calm line, that
# their marks were kept and how to remove them; once removed, the line is
# gone.  In the directory's search h is a letter, F3 opens Help now from
# inside the search too, and the key bar says F3 while the search is open.
. "${TUKI_SRCDIR}/tests/tui/lib.sh"
export XDG_STATE_HOME="$SCRATCH/state"
kept="Your marks from last time were kept. To remove them, choose 5 and then"

# Nobody has marks yet: no such line.
start_tuki -- --lang en
wait_for "1  You are not alone"
expect_screen_lacks "Your marks from last time"

# F3 from inside a search, where h is typed; the bar names F3.
keys 4
wait_for "Helplines and support"
keys / h
wait_for "Search: h"
wait_for "F3 Help now"
expect_screen_lacks "h Help now"
keys F3
wait_for "Help now"
wait_for "Emergency number 112"
keys Left
wait_for "Search: h"
keys Escape q
wait_exit 0

# A session that keeps one mark, then a new one: the home screen says so.
printf '3\ns\nm 1\ny\nq\n' | "$TUKI" --plain --lang en >"$SCRATCH/out" 2>&1 || fail "status $?"
[ -f "$XDG_STATE_HOME/tuki/progress.json" ] || fail "the mark was not kept: $(cat "$SCRATCH/out")"
printf 'q\n' | "$TUKI" --plain --lang en >"$SCRATCH/out" 2>&1 || fail "status $?"
grep -q "^$kept Delete my saved marks.$" "$SCRATCH/out" || fail "plain mode does not say the marks were kept"
start_tuki -- --lang en
wait_for "1  You are not alone"
wait_for "Your marks from last time were kept."
# Removing them as the line says: the line goes.
keys 5 End Enter
wait_for "Delete your saved marks?"
keys y
wait_for "Your saved marks were deleted from this computer."
keys Left Left
wait_for "1  You are not alone"
expect_screen_lacks "Your marks from last time"
keys q
wait_exit 0
