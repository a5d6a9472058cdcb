#!/bin/sh
# The app's loop (tui/ui/app.c) calls no particular screen family: the
# kiosk changes it through the hooks it registers (struct app_mode) and
# the print job is polled as a struct app_job, so app.c includes neither
# family's header nor names their functions.  The kiosk's rules
# (model/kiosk_policy.c) know no app, no screen and no curses.
. "${TUKI_SRCDIR}/tests/lib.sh"

app="$TUKI_SRCDIR/tui/ui/app.c"
found=$(grep -nE '#[[:space:]]*include[[:space:]]*"(ui/)?(kiosk|staff|print_prompt)\.h"' "$app" || true)
[ -z "$found" ] || fail "app.c includes a screen family's header: $found"
found=$(grep -nE '\b(kiosk_[a-z_]+|staff_[a-z_]+|print_job_[a-z_]+|print_prompt_[a-z_]+|welcome_screen|pin_screen|still_there_screen)\b' \
	"$app" | grep -v 'struct kiosk_state' || true)
[ -z "$found" ] || fail "app.c calls the kiosk or the print prompt: $found"
found=$(grep -nE '#[[:space:]]*include[[:space:]]*[<"](.*/)?(app|kiosk|curses|ncurses|draw)\.h[>"]' \
	"$TUKI_SRCDIR"/tui/model/kiosk_policy.[ch] || true)
[ -z "$found" ] || fail "the kiosk's rules include the app or curses: $found"
