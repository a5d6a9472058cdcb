#!/bin/sh
# Each language shows the home screen in that language, with ä and ö
# intact, even under the plain C locale (tuki switches to C.UTF-8).
. "${TUKI_SRCDIR}/tests/tui/lib.sh"

for case in "fi|Et ole yksin|Suojautumisen askeleet" "sv|Du är inte ensam|Steg för att skydda dig" \
	"en|You are not alone|Steps to protect yourself"; do
	lang=${case%%|*}; rest=${case#*|}; first=${rest%%|*}; third=${rest#*|}
	start_tuki LANG=C LC_ALL=C -- --lang "$lang"
	wait_for "1  $first"
	wait_for "3  $third"
	wait_for "5  "
	keys q
	wait_exit 0
	$TMUX_CMD kill-server
done
