#!/bin/sh
# Two-choice prompts take the reader's own letters: in Swedish j is yes,
# in Finnish k is yes, and the other of j/k does nothing at all (it never
# moves the focus, as it would in a list).  Both prompts start on the
# choice that changes nothing, and the hint under them names the letters.
. "${TUKI_SRCDIR}/tests/tui/lib.sh"

# prompt_round LANG YES OTHER KEEP-TITLE KEEP-NO DELETE-TITLE DELETE-NO HINT DONE
prompt_round() {
	lang=$1 yes=$2 other=$3
	state="$SCRATCH/state-$lang"
	file="$state/tuki/progress.json"
	rm -rf "$state"
	start_tuki XDG_STATE_HOME="$state" -- --lang "$lang"
	wait_for "1  "
	keys 3 End Enter
	wait_for "[ ]"
	keys Space
	wait_for "$4"
	wait_for "> $5"
	wait_for "$8"
	# The other letter neither answers nor moves the focus.
	keys "$other"
	sleep 0.3
	wait_for "> $5"
	[ ! -e "$file" ] || fail "$lang: $other saved the marks"
	keys "$yes"
	wait_gone "$4"
	wait_for "[x]"
	[ -e "$file" ] || fail "$lang: $yes did not keep the marks"
	# Nothing else: one step marked, and the focus is still on the first one.
	[ "$(grep -c '"state"' "$file")" = 1 ] || fail "$lang: $yes changed more than one mark"
	screen | grep -q '^ > \[x\]' || fail "$lang: the focus moved off the marked step"

	# The delete prompt, last item of section 5.
	keys Left
	wait_for "5  "
	keys 5
	keys End Enter
	wait_for "$6"
	wait_for "> $7"
	keys "$other"
	sleep 0.3
	wait_for "> $7"
	[ -e "$file" ] || fail "$lang: $other deleted the marks"
	keys "$yes"
	wait_gone "$6"
	wait_for "$9"
	[ ! -e "$file" ] || fail "$lang: $yes did not delete the marks"
	keys q
	wait_exit 0
	$TMUX_CMD kill-server
}

prompt_round sv j k "Vill du spara dina markeringar?" "Nej, bara den här gången" \
	"Vill du radera dina sparade markeringar?" "Nej, behåll dem" "j, y: ja   n: nej" \
	"raderades"
prompt_round fi k j "Säilytetäänkö merkintäsi?" "Ei, vain tämän käyttökerran ajan" \
	"Poistetaanko tallennetut merkintäsi?" "Ei, säilytä ne" "k, y: kyllä   e, n: ei" \
	"poistettiin"
