#!/bin/sh
# Things with one home stay there: the step marks only in
# tui/text/step_marks.c, the key letters of the global keys only in
# tui/ui/keys.c (no screen compares against 'q', 'h', 'L', '?', 'S' or
# the F-keys itself, and plain mode compares no typed line against a
# command letter), and the layout numbers (the 80x24 design size, the
# rows above the key bar, the colour pairs) only in tui/ui/layout.h.
. "${TUKI_SRCDIR}/tests/lib.sh"

cd "$TUKI_SRCDIR"
# "[-]" is only ever a step's mark ("[x]" also ticks the plan's answers).
marks=$(grep -rlF -e '"[-]"' tui --include='*.c' | grep -v '^tui/text/step_marks.c$' || true)
[ -z "$marks" ] || fail "step marks written outside tui/text/step_marks.c: $marks"

keys=$(grep -lE "key == L'(q|h|L|\?|S)'|KEY_F\(" tui/ui/*.c |
	grep -v -e '^tui/ui/keys.c$' -e '^tui/ui/keys_curses.c$' || true)
[ -z "$keys" ] || fail "global keys compared outside tui/ui/keys.c: $keys"
letters=$(grep -lE "strcmp\([^,]+, \"[^\"]\"\)|\[0\] == '[^']'" tui/plain/*.c || true)
[ -z "$letters" ] || fail "plain-mode letters compared outside tui/ui/keys.c: $letters"

layout=$(grep -lE "(COLS|LINES) *[<>]=? *[0-9]|LINES - [23]\b|COLOR_PAIR\([0-9]|init_pair\([0-9]" tui/ui/*.c || true)
[ -z "$layout" ] || fail "layout numbers outside tui/ui/layout.h: $layout"
