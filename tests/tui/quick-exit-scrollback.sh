#!/bin/sh
# What tuki writes on Esc Esc, captured raw with pipe-pane: the screen is
# cleared, the alternate screen left, and the scrollback cleared (E3).
. "${TUKI_SRCDIR}/tests/tui/lib.sh"

start_tuki -- --lang en
wait_for "1  You are not alone"
$TMUX_CMD pipe-pane -t 0 -o "cat >'$SCRATCH/raw'"
keys Escape Escape
wait_exit 0
wait_raw "$SCRATCH/raw" "TUKI-ENDED"
$TMUX_CMD pipe-pane -t 0
grep -q "$(printf '\033')\[3J" "$SCRATCH/raw" || fail "the scrollback was not cleared"
grep -q "$(printf '\033')\[?1049l" "$SCRATCH/raw" || fail "the alternate screen was not left"
