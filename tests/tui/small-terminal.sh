#!/bin/sh
# Below 40x12 a small screen still shows how to get help now: 112 and the
# crisis line for the reader's language (the Swedish line in Swedish), and
# h and Esc Esc work there.  Growing the window brings the screen back.
. "${TUKI_SRCDIR}/tests/tui/lib.sh"

start_tuki -s 36x10 -- --lang sv
wait_for "112"
wait_for "09 2525 0112"
expect_screen_lacks "1  Du är inte ensam"
$TMUX_CMD resize-window -t 0 -x 40 -y 12
wait_for "1  Du är inte ensam"
$TMUX_CMD resize-window -t 0 -x 30 -y 8
wait_for "09 2525 0112"
# h there opens Help now, which is what shows when the window grows.
keys h
$TMUX_CMD resize-window -t 0 -x 60 -y 20
wait_for "Hjälp nu"
wait_for "akut fara"
keys Left
wait_for "1  Du är inte ensam"

# English: 112, MIELI's English line and the Finnish line open day and night.
start_tuki -s 38x11 -- --lang en
wait_for "Call 112"
wait_for "09 2525 0116"
wait_for "09 2525 0111"
wait_for "Enlarge the window"
keys Escape Escape
wait_exit 0

# A phone-sized window: the title and 112's words give way, so the crisis
# line's number in the reader's language is still there, in each language.
for lang in en:0116 fi:0111 sv:0112; do
	start_tuki -s 20x5 -- --lang "${lang%:*}"
	wait_for "112"
	wait_for "09 2525 ${lang#*:}"
	keys Escape Escape
	wait_exit 0
done

# No language chosen yet: all three languages.
start_tuki -s 30x11 LANG=C LC_ALL=C LANGUAGE= -- 
wait_for "MIELI"
wait_for "112"
keys q
wait_exit 0
