#!/bin/sh
# The helpline detail on screen says what happens when you get in touch and
# how you could begin, in the reader's language.
. "${TUKI_SRCDIR}/tests/tui/lib.sh"

for lang in fi sv en; do
	case $lang in
	fi) home="1  Et ole yksin"; heading="Mitä tapahtuu, kun otat yhteyttä"; begin="Voit aloittaa vaikka näin";;
	sv) home="1  Du är inte ensam"; heading="Så går det till när du tar kontakt"; begin="Du kan till exempel börja så här";;
	en) home="1  You are not alone"; heading="What happens when you get in touch"; begin="You could begin like this";;
	esac
	start_tuki -s 100x60 XDG_STATE_HOME="$SCRATCH/state" -- --lang $lang
	wait_for "$home"
	keys 4 Down Enter
	# MIELI's detail runs past the window: its end has both (the keys
	# are read in order, so End comes after the detail has opened).
	keys End
	wait_for "$heading"
	wait_for "$begin"
	keys q
	wait_exit 0
done
