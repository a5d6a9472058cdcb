#!/bin/sh
# The language comes from LANGUAGE, LC_ALL, LC_MESSAGES, LANG, even when
# that locale is not installed (fi_FI.UTF-8 on a kiosk); without any, a
# chooser names each language in itself.
. "${TUKI_SRCDIR}/tests/tui/lib.sh"

start_tuki LANGUAGE= LC_ALL= LC_MESSAGES= LANG=fi_FI.UTF-8 --
wait_for "Et ole yksin"
keys q
wait_exit 0
$TMUX_CMD kill-server

start_tuki LANGUAGE= LC_ALL=sv_FI.UTF-8 LANG=en_US.UTF-8 --
wait_for "Du är inte ensam"
keys q
wait_exit 0
$TMUX_CMD kill-server

start_tuki LANGUAGE=de:sv LC_ALL= LANG=C --
wait_for "Du är inte ensam"
keys q
wait_exit 0
$TMUX_CMD kill-server

start_tuki LANGUAGE= LC_ALL= LC_MESSAGES= LANG=C.UTF-8 --
wait_for "Suomi"
wait_for "Svenska"
wait_for "English"
# Back does not skip the choice.
keys Left
wait_for "Suomi"
keys 1
wait_for "Et ole yksin"
keys q
wait_exit 0
