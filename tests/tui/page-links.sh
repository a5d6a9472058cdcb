#!/bin/sh
# Pages end with numbered links that the digits open; n and b turn to the
# next page of the section and back; a step's helplines are numbered, and
# their numbers open them.  The page for someone supporting a person close
# to them reads in Finnish and links the directory.
. "${TUKI_SRCDIR}/tests/tui/lib.sh"

start_tuki -- --lang en
wait_for "1  You are not alone"
keys 1 Enter
wait_for "The client records of a psychotherapy"
keys End
wait_for "See also"
wait_for "1  Helplines and support"
wait_for "n: the next page, b: the page before."
keys 1
wait_for "Helplines and support (17 of 17)"
keys Left
wait_for "See also"
keys n
wait_for "There is no shame in seeking therapy"
keys b
wait_for "The client records of a psychotherapy"
# b on the first page stays there; n then Left shows the list on the page last read.
keys b n Left
wait_for "What the leak means"
screen | grep -q "^ > There is no shame" || { screen >&2; fail "the list lost the page last read"; }
keys Left

# The breathing page's link starts the guided pause.
keys 2
wait_for "A breathing pause"
screen | grep -n "A breathing pause" >/dev/null
keys End
# The text page is the one before the guided item; open it by its title.
for i in 1 2 3 4 5 6 7 8; do
	screen | grep -q "^ > A breathing pause" && break
	keys Up
	sleep 0.1
done
keys Enter
wait_for "See also"
wait_for "1  Start a guided breathing pause"
keys 1
wait_for "Round 1 of 5"
keys x Left Left

# A step's helplines are numbered from 1, and 2 opens the second.
keys 3 End Enter
wait_for "Steps to protect yourself"
keys Enter
wait_for "Why it matters"
keys End
wait_for "1  Victim Support Finland"
wait_for "2  Police of Finland"
keys 2
wait_gone "Where to get help"
wait_for "Police of Finland"
wait_for "Checked on"
keys Left Left Left

# The page for someone supporting a person close to them, in Finnish: its
# text, and its second link opens the directory.
keys L 1
wait_for "1  Et ole yksin"
keys 2 Down Down Enter
wait_for "Jos tuet läheistäsi"
wait_for "Älä etsi vuotaneita tietoja"
keys End
wait_for "2  Auttavat puhelimet ja tuki"
keys 2
wait_for "Auttavat puhelimet ja tuki (17/17)"
keys q
wait_exit 0
