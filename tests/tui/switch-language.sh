#!/bin/sh
# L switches the language at once and keeps the screen: the coping list
# stays open and is redrawn in Swedish, then in English with F2.
. "${TUKI_SRCDIR}/tests/tui/lib.sh"

start_tuki -- --lang fi
wait_for "Et ole yksin"
keys 2
wait_for "Selviytyminen"
keys L
wait_for "Svenska"
keys Down Enter
wait_for "Att klara sig"
expect_screen_lacks "Selviytyminen"
keys F2
wait_for "English"
keys Down Enter
wait_for "Coping, day by day"
keys Left
wait_for "1  You are not alone"
keys q
wait_exit 0
