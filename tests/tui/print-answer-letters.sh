#!/bin/sh
# The kiosk's print question takes the reader's own letters, as every
# yes/no question does (issue 38): in Swedish j prints, in Finnish e
# declines and k prints; y and n work too.  The hint names the letters.
. "${TUKI_SRCDIR}/tests/tui/lib.sh"

mkdir "$SCRATCH/bin"
cat >"$SCRATCH/bin/lp" <<'LP'
#!/bin/sh
cat >/dev/null
echo printed >>"$FAKE_LP_DIR/lp.calls"
LP
chmod +x "$SCRATCH/bin/lp"

# ask LANG SECTION-4-TITLE QUESTION: the kiosk in LANG, at the print question.
ask() {
	conf="$SCRATCH/tuki-$1.conf"
	printf 'languages = %s\ndefault_language = %s\nprinter = reception\nstaff_pin = 2497\n' \
	    "$1" "$1" >"$conf"
	chmod 600 "$conf"
	rm -f "$SCRATCH/lp.calls"
	start_tuki TUKI_CUPS_BINDIR="$SCRATCH/bin" FAKE_LP_DIR="$SCRATCH" -- --kiosk --config "$conf"
	keys 1
	wait_for "1  "
	keys 4
	wait_for "$2"
	keys p
	wait_for "$3"
}

# printed N: lp has been called N times (polled: printing runs in the background).
printed() {
	deadline=$(( $(date +%s) + 10 ))
	while [ "$(cat "$SCRATCH/lp.calls" 2>/dev/null | wc -l)" != "$1" ]; do
		[ "$(date +%s)" -lt "$deadline" ] || fail "lp was called $(cat "$SCRATCH/lp.calls" 2>/dev/null | wc -l) times, not $1"
		sleep 0.1
	done
}

ask sv "Stödtelefoner och hjälp" "Vill du skriva ut på terminalens skrivare?"
wait_for "j, y: ja   n: nej"
keys j
printed 1
$TMUX_CMD kill-server

ask fi "Auttavat puhelimet ja tuki" "Tulostetaanko tämän laitteen tulostimella?"
wait_for "k, y: kyllä   e, n: ei"
keys e
wait_gone "Tulostetaanko tämän laitteen tulostimella?"
sleep 0.3
[ ! -e "$SCRATCH/lp.calls" ] || fail "e printed in Finnish"
keys p
wait_for "Tulostetaanko tämän laitteen tulostimella?"
keys k
printed 1
$TMUX_CMD kill-server
