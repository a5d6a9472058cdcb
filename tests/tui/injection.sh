#!/bin/sh
# Terminal injection: a tampered catalog whose translations carry escape
# sequences (an OSC title change, a CSI colour, a C1 control, a bidi
# override) never reaches the terminal raw, on the screens, in plain mode
# or in print.  (Content files with such characters are refused at load:
# tests/unit/test_content.c.)
. "${TUKI_SRCDIR}/tests/tui/lib.sh"

mkdir -p "$SCRATCH/locale/fi/LC_MESSAGES"
cat >"$SCRATCH/evil.po" <<'PO'
msgid ""
msgstr "Content-Type: text/plain; charset=UTF-8\n"

msgid "You are not alone"
msgstr "Et ole \033]0;pwned\007yksin \033[31mpunainen\342\200\256"

msgid "Emergency number 112"
msgstr "H\303\244t\303\244numero\302\233 112 \033]2;evil\033\\"

msgid "Helplines and support"
msgstr "Auttavat \033[2J puhelimet"
PO
"${MSGFMT:-msgfmt}" -o "$SCRATCH/locale/fi/LC_MESSAGES/tuki.mo" "$SCRATCH/evil.po" || fail "msgfmt"

raw_escapes() {
	# OSC (ESC ]), a CSI that is not tuki's own drawing is hard to tell
	# apart, so look for the payloads: the title changes and "2J".
	grep -a -q "$(printf '\033')\]0;pwned\|$(printf '\033')\]2;evil\|$(printf '\342\200\256')\|$(printf '\302\233')" "$1"
}

# Screens: capture everything tuki writes.
start_tuki TUKI_LOCALEDIR="$SCRATCH/locale" -- --lang fi
wait_for "yksin"
$TMUX_CMD pipe-pane -t 0 -o "cat >>'$SCRATCH/raw'"
keys 4
wait_for "Hätänumero"
keys q
wait_exit 0
# The capture must hold the whole session, or the check below proves nothing.
wait_raw "$SCRATCH/raw" "TUKI-ENDED"
grep -aq "numero" "$SCRATCH/raw" || fail "the capture lacks the tampered text: $(wc -c <"$SCRATCH/raw") bytes"
raw_escapes "$SCRATCH/raw" && fail "an escape sequence from the catalog reached the screen"

# Plain mode and print.
printf '4\nq\n' | TUKI_LOCALEDIR="$SCRATCH/locale" "$TUKI" --plain --lang fi >"$SCRATCH/plain" 2>&1 ||
	fail "plain mode"
raw_escapes "$SCRATCH/plain" && fail "an escape sequence reached plain mode"
grep -q "$(printf '\033')" "$SCRATCH/plain" && fail "ESC in plain mode output"
TUKI_LOCALEDIR="$SCRATCH/locale" "$TUKI" --print-helplines --lang fi >"$SCRATCH/print" || fail "print"
grep -q "$(printf '\033')" "$SCRATCH/print" && fail "ESC in the printed list"
grep -q "Hätänumero" "$SCRATCH/print" || fail "the tampered catalog was not used"
exit 0
