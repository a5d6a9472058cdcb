#!/bin/sh
# The model never includes curses: it is shared by the screens, plain mode
# and the printer, and must build and test without a terminal.
. "${TUKI_SRCDIR}/tests/lib.sh"

found=$(grep -lE '#[[:space:]]*include[[:space:]]*[<"](n?curses(w)?|term|ncursesw/[a-z]+)\.h[>"]' \
	"$TUKI_SRCDIR"/tui/model/*.c "$TUKI_SRCDIR"/tui/model/*.h || true)
[ -z "$found" ] || fail "curses included in the model: $found"
# Nor does anything outside tui/ui/ except the program's entry point.
found=$(grep -lE '#[[:space:]]*include[[:space:]]*<(n?curses|term)\.h>' \
	"$TUKI_SRCDIR"/tui/*.c "$TUKI_SRCDIR"/tui/*.h || true)
[ -z "$found" ] || fail "curses outside tui/ui/: $found"
