#!/bin/sh
# Below 80x24 a calm three-language message asks for a larger window;
# growing the window brings the home screen back at once.
. "${TUKI_SRCDIR}/tests/tui/lib.sh"

start_tuki -s 60x18 -- --lang en
wait_for "Please enlarge the window."
wait_for "Suurenna ikkunaa"
$TMUX_CMD resize-window -t 0 -x 80 -y 24
wait_for "1  You are not alone"
keys q
wait_exit 0
