#!/bin/sh
# The model never includes curses: it is shared by the screens, plain mode
# and the printer, and must build and test without a terminal.
. "${TUKI_SRCDIR}/tests/lib.sh"

found=$(grep -lE '#[[:space:]]*include[[:space:]]*[<"](n?curses(w)?|term|ncursesw/[a-z]+)\.h[>"]' \
	"$TUKI_SRCDIR"/tui/model/*.c "$TUKI_SRCDIR"/tui/model/*.h || true)
[ -z "$found" ] || fail "curses included in the model: $found"
# Nor does anything outside tui/ui/ except the program's entry point: not
# the text layer, the renderers, plain mode (the second front end) or the
# key table both front ends read.
found=$(grep -lE '#[[:space:]]*include[[:space:]]*[<"](n?curses(w)?|term|ncursesw/[a-z]+)\.h[>"]' \
	"$TUKI_SRCDIR"/tui/*.c "$TUKI_SRCDIR"/tui/*.h "$TUKI_SRCDIR"/tui/text/*.[ch] \
	"$TUKI_SRCDIR"/tui/render/*.[ch] "$TUKI_SRCDIR"/tui/plain/*.[ch] \
	"$TUKI_SRCDIR"/tui/ui/keys.c "$TUKI_SRCDIR"/tui/ui/keys.h || true)
found=$(echo "$found" | grep -v '/tui/main\.c$' || true)
[ -z "$found" ] || fail "curses outside tui/ui/: $found"
# sys/ (locale, privacy, i18n.h) sits below the model: the model may use
# i18n.h, so sys/ including model/ would close a loop.
found=$(grep -nE '#[[:space:]]*include[[:space:]]*"(\.\./)?model/' \
	"$TUKI_SRCDIR"/tui/sys/*.c "$TUKI_SRCDIR"/tui/sys/*.h || true)
[ -z "$found" ] || fail "sys/ includes the model: $found"
